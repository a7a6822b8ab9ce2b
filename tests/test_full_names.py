"""Full names written plainly in the text that the NER cuts, mislabels or misses.

Sentences and names are invented; each table fails when its rule is switched off."""

from __future__ import annotations

import pytest

from pipeline.entities import merge_entities
from pipeline.entities.mentions import (
    PAIRED_NAME,
    _extend_people,
    _given_names_before_surnames,
    _split_paired_names,
)
from pipeline.entities.patterns import heading_names, person_mentions
from tests.claims_helpers import mentions_in


@pytest.mark.parametrize(
    ("text", "spans", "names"),
    [
        (
            "her uncle, Tobias Arreola Venn, was hurt.",
            [("Tobias Arreola", "PERSON"), ("Venn", "PERSON")],
            ["Tobias Arreola Venn"],
        ),
        # a one-word name does not take the next one-word name
        ("Dear Oriel Venn,", [("Oriel", "PERSON"), ("Venn", "PERSON")], ["Oriel", "Venn"]),
        # a place after the name stays apart
        (
            "Tobias Arreola Venn Street",
            [("Tobias Arreola", "PERSON"), ("Venn Street", "FAC")],
            ["Tobias Arreola", "Venn Street"],
        ),
    ],
)
def test_a_one_word_person_right_after_a_name_completes_it(text, spans, names):
    assert [m.text for m in _extend_people(text, mentions_in(text, spans))] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thirty-year-old Elmvale Fire Captain Ned Voss was arrested.", "Ned Voss"),
        ("Yarrow County Deputy Ilsa Brandt was hurt.", "Ilsa Brandt"),
        ("Orrin Bishop was arrested Monday.", "Orrin Bishop"),
    ],
)
def test_an_office_before_a_pattern_name_is_cut(text, name):
    assert [m.text for m in person_mentions(text)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "It happened at the home of Quenby Talla, the boy’s grandmother, on Elm.",
            ["Quenby Talla"],
        ),
        ("Speaking of Darnel Ojuku, an unarmed man who died, he wept.", ["Darnel Ojuku"]),
        ("The officer aimed at Kasimir Dole, who held a knife.", ["Kasimir Dole"]),
        ("Ysolde Marr, a mother of two, wept.", ["Ysolde Marr"]),
        # no apposition: a place, an opening phrase, a group, a subject of a new clause
        ("In Harlow Glen, a 20-year-old man was shot.", []),
        ("Back Then, the woman moved.", []),
        ("The Elmvale Garden Guild, who met, agreed.", []),
        ("San Tomas, a man said, is quiet.", []),
        ("at Mercy Vale, the place where the victim died", []),
        ("Ysolde Marr, the victim’s mother said.", []),
    ],
)
def test_a_name_apposed_to_a_person_noun_or_who_is_a_person(text, names):
    assert [m.text for m in person_mentions(text)] == names


_PAIRS = "Ravi Odum & Jerrell Vance"


@pytest.mark.parametrize(
    ("text", "span", "label", "people"),
    [
        (f"{_PAIRS} are in hospital.", _PAIRS, "ORG", ["Ravi Odum", "Jerrell Vance"]),
        ("Thomas Qualen and Darnay Fisk died.", "Thomas Qualen and Darnay Fisk", "GPE", None),
        ("at Quarry Road and Fennick Drive", "Quarry Road and Fennick Drive", "FAC", []),
        ("to Baylin Frost & Pell Hospital", "Baylin Frost & Pell Hospital", "ORG", []),
        ("the Elmvale Arts and Crafts Guild", "Elmvale Arts and Crafts Guild", "ORG", []),
        (_PAIRS, _PAIRS, "PERSON", []),
    ],
)
def test_two_full_names_tagged_as_one_organisation_are_two_people(text, span, label, people):
    people = span.split(" and ") if people is None else people
    split = _split_paired_names(mentions_in(text, [(span, label)]))
    assert [m.text for m in split if m.method == PAIRED_NAME] == people
    assert all(text[m.start : m.end] == m.text for m in split)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Friends say Mateo “Chico” Tango was armed with a rifle.", ["Mateo “Chico” Tango"]),
        ("Mateo “Chico” Tango Jr. fled.", ["Mateo “Chico” Tango Jr."]),
        ("Dance “Forever” Tango, a tango show", []),
        ("Lumen “Glow” Show at the show", []),
    ],
)
def test_a_quoted_nickname_name_may_end_in_a_common_word_the_text_never_writes_lower(text, names):
    assert [m.text for m in person_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police said Earl (Scooter) Fenn was shot.", ["Earl (Scooter) Fenn"]),
        ("Earl (Scooter) Fenn Jr., 40, fled.", ["Earl (Scooter) Fenn Jr."]),
        ("Tia (Mara) Holt, 15, died. Friends said Mara Holt was kind.", []),
        ("Source: The Ardley (Mo.) Courier", []),
        ("the Bureau of Explosives (ATF) Ardley office", []),
    ],
)
def test_a_bracketed_nickname_between_given_name_and_surname(text, names):
    assert [m.text for m in person_mentions(text) if "(" in m.text] == names


def test_a_bracketed_nickname_is_an_alias_not_part_of_the_name():
    text = "Police said Earl (Scooter) Fenn was shot. Fenn died."
    mentions = mentions_in(text, [("Earl (Scooter) Fenn", "PERSON"), ("Fenn", "PERSON")])
    (entity,) = merge_entities(text, mentions)[0]
    assert entity.name == "Earl Fenn"
    assert "Scooter" in entity.aliases


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He left.\n\nODA VRANE:\n\nVrane, 40, was a nurse.", ["ODA VRANE"]),
        ("NILS PETTER AUNE\nAune was hit first.", ["NILS PETTER AUNE"]),
        ("He left.\n\nBREAKING NEWS:\n\nNews came in late.", []),
        ("ODA VRANE:\n\nShe was a nurse.", []),
        ("ORIGINAL STORY\n\nThe shooting began.", []),
    ],
)
def test_a_name_heading_its_paragraph_in_capitals(text, names):
    assert [m.text for m in heading_names(text)] == names
    assert [m.text for m in person_mentions(text)] == names


def test_a_fuller_name_in_capitals_names_the_person():
    text = "ODA VRANE:\n\nVrane, 40, was a nurse. Vrane worked nights."
    mentions = mentions_in(
        text, [("ODA VRANE", "PERSON"), ("Vrane", "PERSON"), ("Vrane", "PERSON")]
    )
    (entity,) = merge_entities(text, mentions)[0]
    assert entity.name == "Oda Vrane"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The family confirmed the baby to be Oriana Pelt.", ["Oriana Pelt"]),
        ("I have a son, his name is Tobiah Wren and he is 3.", ["Tobiah Wren"]),
        ("Officials said the boy's name was Caius Brandt.", ["Caius Brandt"]),
        ("The town's name is Elm and it is old.", []),
        ("The code name is Ruby Falcon, they said.", []),
        ("He wanted the trip to be Ruby Falcon again.", []),
    ],
)
def test_a_name_given_as_someones_name(text, names):
    assert [m.text for m in person_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The victim was named Saturday - Lorna J. Pettibone of Elmvale.", ["Lorna J. Pettibone"]),
        ("Lorna J. Pettibone said so.", ["Lorna J. Pettibone"]),
        ("He served on the USS Harry S. Quellbright. He", []),
        ("at Robert E. Quellbright Academy", []),
        ("the Torva Mill N. He was shot there.", []),
    ],
)
def test_a_given_name_middle_initial_and_surname(text, names):
    assert [m.text for m in person_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "label", "added"),
    [
        ("(link) Wanda Quillfeather faces ten years. Quillfeather's charge", "ORG", True),
        ("(link) Wanda Quillfeather faces ten years. Quillfeather's charge", "GPE", True),
        # an unlisted given name needs a PERSON surname
        ("(link) Zorvan Quillfeather faces ten years. Quillfeather's charge", "ORG", False),
    ],
)
def test_a_listed_given_name_before_a_mislabelled_surname(text, label, added):
    mentions = mentions_in(text, [("Quillfeather", label)] * 2)[1:]
    names = [m.text for m in _given_names_before_surnames(text, mentions)]
    assert (" ".join(text.split()[1:3]) in names) is added


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police said 10-month-old Justice Arnott was hurt.", ["Justice Arnott"]),
        ("Police said 21-year-old Major Tullock was hurt.", ["Major Tullock"]),
        ("Police said 30-year-old Officer Tullock was hurt.", []),
        ("Police said Justice Arnott spoke.", []),
    ],
)
def test_a_title_word_that_is_a_given_name_after_an_age(text, names):
    assert [m.text for m in person_mentions(text)] == names
