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
    ("According to the statement Derrick Church, 19, was charged.", "Derrick Church", "PERSON"),
    ("A 17-year-old family friend, Dasmine Mitchell, was shot.", "Dasmine Mitchell", "PERSON"),
    ("A woman, identified as Phoenix O' Dell, was shot.", "Phoenix O' Dell", "PERSON"),
    ("The family of Bryson Hernandez released a statement.", "Bryson Hernandez", "PERSON"),
    ("He shot 22-year-old Corbin Wiederholt twice.", "Corbin Wiederholt", "PERSON"),
    # no person context, a place, or common words with no known given name first
    ("Bryson Hernandez released a statement.", "Bryson Hernandez", "ORG"),
    ("Police in Kansas City, 23, said so.", "Kansas City", "ORG"),
    ("A 19-year-old Myrtle Creek man shot his daughter.", "Myrtle Creek", "ORG"),
    ("He robbed a woman, Santa Monica Police Chief Jane Doe said.", "Santa Monica Police", "ORG"),
    ("A friend, Jackson Memorial Hospital said, was hurt.", "Jackson Memorial Hospital", "ORG"),
    ("He robbed a woman, Santa Monica Police Chief Jane Doe said.", "Santa Monica", "ORG"),
    ("A friend, Kahleal Black, was hurt.", "Kahleal Black", "PERSON"),
    ("The family of Happy Valley Church met.", "Happy Valley Church", "ORG"),
    ("The family of West Virginia mourned.", "West Virginia", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "label"), CASES)
def test_relabel_people_in_context(text, name, label):
    assert _relabelled(text, name) == label


def test_relabelled_mentions_name_the_rule():
    text = "According to the statement Derrick Church, 19, was charged."
    start = text.index("Derrick")
    mention = Mention(start, start + 14, "Derrick Church", "FAC")
    assert relabel_people_in_context(text, [mention])[0].method == PERSON_CONTEXT
