"""Full names tagged as organisations or places become PERSON in a person context."""

from __future__ import annotations

import pytest

from pipeline.entities.person_context import PERSON_CONTEXT, relabel_people_in_context
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
