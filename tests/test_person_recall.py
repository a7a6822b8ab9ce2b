"""Person recall rules: names spaCy tags wrongly, cuts across lines, or leaves alone."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.entities import merge_entities
from pipeline.entities.mentions import _add_datelines, _line_pieces, _spacy_mentions
from pipeline.entities.patterns import person_mentions
from pipeline.entities.person_context import cued_lone_names, relabel_cued_lone_names
from pipeline.records import Mention

_BLANK = spacy.blank("en")


def _doc(text: str, spans: list[tuple[str, str]]) -> Doc:
    """A blank-model Doc whose entities are the first occurrences of ``spans``."""
    doc = _BLANK(text)
    ents = []
    for surface, label in spans:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        ents.append(span)
    doc.ents = ents
    return doc


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Mobile Video\n\nIlanye Price was taken to hospital.",
            "Mobile Video\n\nIlanye Price",
            ["Ilanye Price"],
        ),
        ("By Scott Theisen\n\nAuthorities said", "Scott Theisen\n\nAuthorities", []),
        ("Ann Lee\nBob Smith went home.", "Ann Lee\nBob Smith", ["Bob Smith"]),
        ("Ann Lee went home.", "Ann Lee", ["Ann Lee"]),
    ],
)
def test_entities_cut_at_line_breaks(text, surface, expected):
    doc = _doc(text, [(surface, "ORG")])
    assert [p.text for p in _line_pieces(doc.ents)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "label", "person"),
    [
        ("Police found Crystal Hamilton inside.", "Crystal Hamilton", "PRODUCT", True),
        ("He read Jonathon Walker aloud.", "Jonathon Walker", "WORK_OF_ART", True),
        ("On Martin Luther King Day we met.", "Martin Luther King Day", "EVENT", False),
        ("He bought a Ford Focus yesterday.", "Focus", "PRODUCT", False),
    ],
)
def test_given_name_other_labels_are_people(text, surface, label, person):
    mentions = _spacy_mentions(_doc(text, [(surface, label)]), [])
    assert [(m.text, m.label) for m in mentions] == ([(surface, "PERSON")] if person else [])


@pytest.mark.parametrize(
    ("text", "person", "kept"),
    [
        (
            "WARREN TOWNSHIP - Jesse Hayes, 15, of Parma died.",
            "WARREN TOWNSHIP - Jesse Hayes",
            "Jesse Hayes",
        ),
        ("WARREN TOWNSHIP - Hayes died.", "WARREN TOWNSHIP - Hayes", None),
    ],
)
def test_person_after_a_dateline_dash_is_kept(text, person, kept):
    doc = _BLANK(text)
    mention = Mention(0, len(person), person, "PERSON", "spacy:ner")
    people = [m.text for m in _add_datelines(doc, [mention]) if m.label == "PERSON"]
    assert people == ([kept] if kept else [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bobbie Odneal III, 23, was found dead.", "Bobbie Odneal III"),
        ('Police said Takeeya "KeKe" Fulton, a mother of six, was shot.', 'Takeeya "KeKe" Fulton'),
        ("Ezekial “Junior” Bravo Jr. fled the scene.", "Ezekial “Junior” Bravo Jr."),
        ("Tyrone Price, aka Price, 26, of Detroit, is charged.", "Tyrone Price"),
    ],
)
def test_suffixed_nicknamed_and_aka_names(text, name):
    assert name in [m.text for m in person_mentions(text)]


@pytest.mark.parametrize(
    "text",
    ['Watch "Live" Now on our site.', "THE BIG MATCH III, 12 March", "Taya (Wilta) Wordsworth"],
)
def test_no_names_from_quoted_titles_or_capitals(text):
    assert person_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "label", "cued"),
    [
        (
            "the children, 10-year-old Myles and 13-year-old Chris, had surgery",
            "Myles",
            "ORG",
            True,
        ),
        ("Police say 2-year-old Reign was shot in the head.", "Reign", "PERSON", True),
        ("a photo shows a boy identified as Zackary with his mother", "Zackary", "GPE", True),
        ("A 17-year-old Juneau high school student was killed.", "Juneau", "GPE", False),
        ("a 4-year-old Houston-area girl was shot", "Houston", "GPE", False),
        ("A 69-year-old Vietnam veteran was shot.", "Vietnam", "GPE", False),
        ("the 20-year-old Smith Jones was shot.", "Smith", "PERSON", False),
    ],
)
def test_one_word_names_after_an_age(text, surface, label, cued):
    start = text.index(surface)
    mentions = [Mention(start, start + len(surface), surface, label, "spacy:ner")]
    assert (surface.lower() in cued_lone_names(text, mentions)) is cued
    assert (relabel_cued_lone_names(text, mentions)[0].label == "PERSON") is (
        cued or label == "PERSON"
    )


def test_cued_name_is_a_person_everywhere_but_after_a_place_preposition():
    text = "10-year-old Myles was hurt. Myles is at home. He lives in Myles."
    mentions = [Mention(m, m + 5, "Myles", "ORG", "spacy:ner") for m in (12, 28, 58)]
    labels = [m.label for m in relabel_cued_lone_names(text, mentions)]
    assert labels == ["PERSON", "PERSON", "ORG"]


def test_kin_of_a_given_name_takes_the_full_names_surname():
    text = "Police arrested Cleveland Smelley. Cleveland's brother, Antoine, was arrested too."
    spans = [("Cleveland Smelley", "PERSON"), ("Cleveland", "GPE"), ("Antoine", "PERSON")]
    mentions, at = [], 0
    for surface, label in spans:
        start = text.index(surface, at)
        mentions.append(Mention(start, start + len(surface), surface, label, "spacy:ner"))
        at = start + len(surface)
    entities, _ = merge_entities(text, mentions)
    assert "Antoine Smelley" in [e.name for e in entities if e.label == "PERSON"]
