"""Full person names read from a headline the text never names."""

from __future__ import annotations

import pytest

from pipeline.entities.headline import headline_names
from pipeline.normalise import headline_people

STORY = "Deputies found two men in the house on Monday. One of them died later."

# headline, the names expected
CASES = [
    (
        "Brothers Aldo Fennimore, Cyril Fennimore to stand trial",
        ["Aldo Fennimore", "Cyril Fennimore"],
    ),
    ("Police Officer Dana Lee Quarrow", ["Dana Lee Quarrow"]),
    ("Trio indicted in Ana Brindel's murder", ["Ana Brindel"]),
    ("Lucas Ostrand March 3, 2015 - Hill Funeral Home", ["Lucas Ostrand"]),
    ("Teen charged in Nora Velloso shooting", ["Nora Velloso"]),
    # a place, a longer name, a word the story writes in lower case, capitals, no surname
    ("Two shot in Palm Beach on Sunday", []),
    ("Shots fired near Maria Ostrand HS", []),
    ("Man charged in death of Glen Ostrand man", []),
    ("Man Killed In Tulsa Diner Shooting", []),
    ("Teen charged in Nora Velloso Shooting", []),  # a title-case run: a longer name?
    ("BROTHERS ALDO FENNIMORE CHARGED", []),
    ("Warren Twp shooting leaves one dead", []),
]


@pytest.mark.parametrize(("title", "names"), CASES)
def test_headline_names(title, names):
    assert headline_names(title, STORY) == names


def test_headline_people_adds_rows_for_names_nobody_bears():
    people = [{"name": "Cyril Fennimore"}, {"name": "Ostrand"}]
    headline_people("a1", "Aldo Fennimore, Cyril Fennimore to stand trial", STORY, people)
    assert [p["name"] for p in people] == ["Cyril Fennimore", "Ostrand", "Aldo Fennimore"]
    assert people[-1]["case_role"] == "suspect" and people[-1]["n_mentions"] == 0
    headline_people("a1", "Officer Lucas Ostrand", STORY, people)  # "Ostrand" is him
    headline_people("a1", "Officer Dana Lee Quarrow", STORY, people)
    assert [p["name"] for p in people][3:] == ["Dana Lee Quarrow"]
    assert people[-1]["case_role"] == "victim"
