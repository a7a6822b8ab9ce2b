"""Full names tagged as organisations or places become PERSON in a person context."""

from __future__ import annotations

import pytest

from pipeline.entities import merge_entities
from pipeline.entities.person_context import (
    CUED_LONE_NAME,
    PERSON_CONTEXT,
    predicate_cued_names,
    relabel_people_in_context,
)
from pipeline.records import Mention


def _relabelled(text: str, name: str) -> str:
    start = text.index(name)
    mention = Mention(start, start + len(name), name, "ORG")
    return relabel_people_in_context(text, [mention])[0].label


# text, the mislabelled name, the label expected
CASES = [
    ("According to the statement Darnell Chapel, 19, was charged.", "Darnell Chapel", "PERSON"),
    ("A 16-year-old family friend, Dashay Merritt, was shot.", "Dashay Merritt", "PERSON"),
    ("A woman, identified as Phoenix O' Malley, was shot.", "Phoenix O' Malley", "PERSON"),
    ("The family of Bryson Halvorsen released a statement.", "Bryson Halvorsen", "PERSON"),
    ("He shot 22-year-old Corwin Wiedemann twice.", "Corwin Wiedemann", "PERSON"),
    # no person context, a place, or common words with no known given name first
    ("Bryson Halvorsen released a statement.", "Bryson Halvorsen", "ORG"),
    ("Police in Kansas City, 23, said so.", "Kansas City", "ORG"),
    ("A 20-year-old Cottage Grove man shot his daughter.", "Cottage Grove", "ORG"),
    ("He robbed a woman, Santa Monica Police Chief Jane Doe said.", "Santa Monica Police", "ORG"),
    ("A friend, Jackson Memorial Hospital said, was hurt.", "Jackson Memorial Hospital", "ORG"),
    ("He robbed a woman, Santa Monica Police Chief Jane Doe said.", "Santa Monica", "ORG"),
    ("A friend, Kelvan Black, was hurt.", "Kelvan Black", "PERSON"),
    ("The family of Happy Valley Church met.", "Happy Valley Church", "ORG"),
    ("The family of West Virginia mourned.", "West Virginia", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "label"), CASES)
def test_relabel_people_in_context(text, name, label):
    assert _relabelled(text, name) == label


def test_relabelled_mentions_name_the_rule():
    text = "According to the statement Darnell Chapel, 19, was charged."
    start = text.index("Darnell")
    mention = Mention(start, start + 14, "Darnell Chapel", "FAC")
    assert relabel_people_in_context(text, [mention])[0].method == PERSON_CONTEXT


def _cued(text: str, tagged: dict[str, str]) -> dict[str, str]:
    """``{mention text: label}`` after ``predicate_cued_names``; ``tagged`` gives the NER's
    one-word mentions (first occurrence) and their labels."""
    mentions = []
    for word, label in tagged.items():
        start = text.index(word)
        mentions.append(Mention(start, start + len(word), word, label))
    return {m.text: m.label for m in predicate_cued_names(text, mentions)}


# text, the NER's mentions, the labels expected afterwards
PREDICATE_CASES = [
    # a reflexive or a passive of custody or harm after a lone uncommon word
    ("Deputies say Quarrow shot himself in the yard.", {"Quarrow": "ORG"}, {"Quarrow": "PERSON"}),
    ("Hours later Brindel turned herself in.", {}, {"Brindel": "PERSON"}),
    ("Later Brindel ran off.", {}, {}),
    ("Deputies found Ostrand. Ostrand was arrested.", {"Ostrand": "GPE"}, {"Ostrand": "PERSON"}),
    ("The guard said Velloso is being held on bond.", {}, {"Velloso": "PERSON"}),
    ("Kessler was fatally shot near the bar.", {"Kessler": "ORG"}, {"Kessler": "PERSON"}),
    ("Medics came, but Tollan died there.", {}, {"Tollan": "PERSON"}),
    ("Hours later Tollan pleaded guilty.", {}, {"Tollan": "PERSON"}),
    ("They've said Tollan's dog died.", {}, {}),
    # not: a common word, a word also in lower case, a town, a state, a month, a place
    # after a preposition, the end of a longer name, no such predicate
    ("Police were told. Police was arrested.", {}, {}),
    ("A man was hurt. Man shot himself.", {}, {}),
    ("Detroit was shot up in the riot.", {"Detroit": "GPE"}, {"Detroit": "GPE"}),
    ("Nevada was hit hard. Nevada was found to be dry.", {}, {}),
    ("A manager in Ostrand was arrested.", {"Ostrand": "GPE"}, {"Ostrand": "GPE"}),
    ("Lake Quarrow was found frozen.", {"Lake Quarrow": "LOC"}, {"Lake Quarrow": "LOC"}),
    ("Quarrow released a statement.", {"Quarrow": "ORG"}, {"Quarrow": "ORG"}),
]


@pytest.mark.parametrize(("text", "tagged", "expected"), PREDICATE_CASES)
def test_predicate_cued_names(text, tagged, expected):
    assert _cued(text, tagged) == expected


def test_predicate_cued_name_is_a_person_after_the_merge():
    text = "Deputies found Quarrow near the car. Deputies say Quarrow shot himself."
    start = text.index("Quarrow")
    mentions = predicate_cued_names(text, [Mention(start, start + 7, "Quarrow", "ORG")])
    assert all(m.method == CUED_LONE_NAME for m in mentions)
    entities, _ = merge_entities(text, mentions)
    assert [(e.label, e.name) for e in entities] == [("PERSON", "Quarrow")]
