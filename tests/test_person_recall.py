"""Person recall rules: names spaCy tags wrongly, cuts across lines, or leaves alone.

Sentences are invented; each table fails when its rule is switched off."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.entities import merge_entities
from pipeline.entities.mentions import (
    _add_datelines,
    _extend_people,
    _line_pieces,
    _spacy_mentions,
)
from pipeline.entities.patterns import person_mentions
from pipeline.entities.person_context import (
    cued_forms,
    cued_lone_names,
    relabel_cued_lone_names,
)
from pipeline.records import Mention
from tests.claims_helpers import mentions_in

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
            "Photo Gallery\n\nOrla Brennock was taken in.",
            "Photo Gallery\n\nOrla Brennock",
            ["Orla Brennock"],
        ),
        ("By Tamsin Quarle\n\nAuthorities said", "Tamsin Quarle\n\nAuthorities", []),
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
        ("Police found Laura Pennick inside.", "Laura Pennick", "PRODUCT", True),
        ("He read Thomas Ardley aloud.", "Thomas Ardley", "WORK_OF_ART", True),
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
            "EAST FALLOW - Dana Whitcombe, 15, of Ardmore died.",
            "EAST FALLOW - Dana Whitcombe",
            "Dana Whitcombe",
        ),
        ("EAST FALLOW - Whitcombe died.", "EAST FALLOW - Whitcombe", None),
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
        ("Rollo Farquist III, 23, was found dead.", "Rollo Farquist III"),
        ('Police said Marla "Mo" Tennant, a mother of six, was shot.', 'Marla "Mo" Tennant'),
        ("Evander “Junior” Pask Jr. fled the scene.", "Evander “Junior” Pask Jr."),
        ("Corwin Daley, aka Daley, 26, of Reno, is charged.", "Corwin Daley"),
        ("the night during which Rolando Pike Jr. was killed", "Rolando Pike Jr"),
    ],
)
def test_suffixed_nicknamed_and_aka_names(text, name):
    assert name in [m.text for m in person_mentions(text)]


@pytest.mark.parametrize(
    "text", ['Watch "Live" Now on our site.', "THE BIG MATCH III, 12 March", "Tia (Mara) Holt"]
)
def test_no_names_from_quoted_titles_or_capitals(text):
    assert person_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "label", "cued"),
    [
        ("the boys, 10-year-old Ormond and 13-year-old Jed, had surgery", "Ormond", "ORG", True),
        ("Police say 2-year-old Harmony was shot in the head.", "Harmony", "PERSON", True),
        ("a photo shows a boy identified as Tobiah with his mother", "Tobiah", "GPE", True),
        ("A neighbor held a bleeding baby Tobiah.", "Tobiah", "ORG", True),
        ("Baby Tobiah remains listed in critical condition.", "Tobiah", "ORG", True),
        ("She planned the Baby Shower, which was held Friday.", "Shower", "ORG", False),
        ("A 17-year-old Fairbanks high school student was killed.", "Fairbanks", "GPE", False),
        ("a 4-year-old Dallas-area girl was shot", "Dallas", "GPE", False),
        ("A 69-year-old Korea veteran was shot.", "Korea", "GPE", False),
        ("the 20-year-old Smith Jones was shot.", "Smith", "PERSON", False),
    ],
)
def test_one_word_names_after_an_age(text, surface, label, cued):
    mentions = mentions_in(text, [(surface, label)])
    assert (surface.lower() in cued_lone_names(text, mentions)) is cued
    relabelled = relabel_cued_lone_names(text, mentions)[0]
    assert (relabelled.label == "PERSON") is (cued or label == "PERSON")
    assert (surface.lower() in cued_forms(text, [relabelled])) is cued  # what the merge reads
    if label == "PERSON":  # the NER's own mention keeps its provenance
        assert relabelled.method == "spacy:ner"


@pytest.mark.parametrize(
    ("text", "spans", "cued"),
    [
        # a listed given name joined by "and" to a full name the NER tagged PERSON
        (
            "The twins, Ava and Mia Quellwood, were shot.",
            [("Ava", "ORG"), ("Mia Quellwood", "PERSON")],
            True,
        ),
        (
            "Police said Ava and Mia Quellwood fled.",
            [("Ava", "GPE"), ("Mia Quellwood", "PERSON")],
            True,
        ),
        # not a town, a common word, or before a name with no listed given name first
        (
            "Trips to Austin and Mia Quellwood's farm.",
            [("Austin", "GPE"), ("Mia Quellwood", "PERSON")],
            False,
        ),
        ("Ava and Quellwood Farms sued.", [("Ava", "ORG"), ("Quellwood Farms", "PERSON")], False),
        ("France and Mia Quellwood met.", [("France", "GPE"), ("Mia Quellwood", "PERSON")], False),
        ("Ava and the Quellwood family", [("Ava", "ORG")], False),
    ],
)
def test_a_given_name_joined_to_a_full_name_is_a_person(text, spans, cued):
    given = spans[0][0].lower()
    assert (given in cued_lone_names(text, mentions_in(text, spans))) is cued


def test_cued_name_is_a_person_everywhere_but_after_a_place_preposition():
    text = "10-year-old Ormond was hurt. Ormond is at home. He lives in Ormond."
    mentions = mentions_in(text, [("Ormond", "ORG")] * 3)
    labels = [m.label for m in relabel_cued_lone_names(text, mentions)]
    assert labels == ["PERSON", "PERSON", "ORG"]


def test_kin_of_a_given_name_takes_the_full_names_surname():
    text = "Police arrested Dorian Vale. Dorian's brother, Anselm, was arrested too."
    spans = [("Dorian Vale", "PERSON"), ("Dorian", "GPE"), ("Anselm", "PERSON")]
    entities, _ = merge_entities(text, mentions_in(text, spans))
    assert "Anselm Vale" in [e.name for e in entities if e.label == "PERSON"]


def test_untagged_names_inside_an_aged_kin_list_are_people():
    text = (
        "killed were her husband Rufus Marley, 50; and their children Rufus, 10; "
        "Patience, 11; Caleb, 9; and Jonah, 6."
    )
    spans = [("Rufus Marley", "PERSON"), ("Rufus", "PERSON"), ("Jonah", "GPE")]
    entities, _ = merge_entities(text, mentions_in(text, spans))
    people = {e.name for e in entities if e.label == "PERSON"}
    assert {"Patience Marley", "Caleb Marley", "Jonah Marley"} <= people


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Quillon Michael Reddy suffered a wound.", "Michael Reddy", "Quillon Michael Reddy"),
        ("Shots fired.\nLakor Anthony Finch died.", "Anthony Finch", "Lakor Anthony Finch"),
        ("By Rhoda Thrale\nHe said.", "Rhoda Thrale", "Rhoda Thrale"),
        ("Police said Quillon Michael Reddy died.", "Michael Reddy", "Michael Reddy"),
        ("Detroit Michael Reddy died.", "Michael Reddy", "Michael Reddy"),
    ],
)
def test_unknown_given_name_at_a_line_or_sentence_start_extends_a_name(text, surface, name):
    mention = mentions_in(text, [(surface, "PERSON")])[0]
    assert [m.text for m in _extend_people(text, [mention])] == [name]


def test_cue_of_a_name_the_ner_tagged_person_reaches_the_merge():
    text = "Police say 2-year-old Harmony was shot. Harmony is in hospital. Harmony woke."
    mentions = relabel_cued_lone_names(
        text, mentions_in(text, [("Harmony", "PERSON"), ("Harmony", "GPE"), ("Harmony", "GPE")])
    )
    assert mentions[0].method == "spacy:ner"
    entities, merged = merge_entities(text, mentions)
    assert [e.label for e in entities] == ["PERSON"]
    assert merged[0].method == "spacy:ner"
