"""Unnamed relatives of named people become surname-only person rows with their age."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.article import Article
from pipeline.entities import find_mentions, merge_entities
from pipeline.entities.relatives import find_relatives
from pipeline.extract import extract_doc
from pipeline.normalise import normalise_article


def relatives_of(nlp, text: str) -> set[tuple[str, str, int | None]]:
    mentions, _claims = find_mentions(nlp(text))
    entities, mentions = merge_entities(text, mentions)
    return {(r.surname, r.kin, r.age) for r in find_relatives(text, entities, mentions)}


# text, relatives expected as (surname, kin noun, age)
CASES = [
    (
        "John Hardy, 31, was charged after Hardy's 3-year-old son found the gun.",
        {("Hardy", "son", 3)},
    ),
    (
        "Melinda Thorsby, 21, faces a murder count over her 4-year-old daughter.",
        {("Thorsby", "daughter", 4)},
    ),
    (
        "Police said Roland Tessier was home. His son, 6, was taken to a hospital.",
        {("Tessier", "son", 6)},
    ),
    (
        "Deputies arrested Carl Benson on Monday. The wife of Carl Benson called 911.",
        {("Benson", "wife", None)},
    ),
    # the age of another phrase with the same kin noun, when all such phrases agree
    (
        "A father faces a count over the loss of his 5-year-old son. Roland Tessier, 31, is "
        "jailed. Police said Tessier's son found the gun.",
        {("Tessier", "son", 5)},
    ),
    (
        "A man shot his 5-year-old son and his 9-year-old son. Roland Tessier, 31, is "
        "jailed. Police said Tessier's son found the gun.",
        {("Tessier", "son", None)},
    ),
    # a person noun whose named kin follows takes the kin's surname
    (
        "Witnesses saw the child's father, 37-year-old Lyle Zaragoza, fire the shots.",
        {("Zaragoza", "child", None)},
    ),
    ("The mother of the child, Kenzie Shelburne, was charged.", {("Shelburne", "child", None)}),
    ("The boy's mother said he was a good student.", set()),
    # a named relative is not an unnamed one
    ("Ryder Rockwell and his daughter, Maribel, were shot.", set()),
    ("Pavel Kranz and his son Wade were shot.", set()),
    # no named owner before the kin noun, or only a plural group
    ("His mother said the boy was a good student.", set()),
    ("Verna Jaffrey and her six children were killed.", set()),
    # the owner must be named before: "the son of X" with X first named there
    ("The son of Carl Benson was arrested.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_relatives(nlp, text, expected):
    assert relatives_of(nlp, text) == expected


def test_relative_rows_come_after_named_people(nlp):
    text = "John Hardy, 31, was charged after Hardy's 3-year-old son found the gun."
    extraction = extract_doc(nlp(text), date(2016, 1, 4))
    article = Article(article_id="a", path="a", text=text)
    people = normalise_article(article, extraction)["people"]
    assert [(p["name"], p["age"]) for p in people] == [("John Hardy", 31), ("Hardy", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Deputies arrested Carl Benson on Monday. The wife of Carl Benson called 911.",
        "Police said Roland Tessier was home. Tessier's mother said he was a good son.",
    ],
)
def test_relatives_with_no_stated_age_get_no_row(nlp, text):
    extraction = extract_doc(nlp(text), date(2016, 1, 4))
    article = Article(article_id="a", path="a", text=text)
    people = normalise_article(article, extraction)["people"]
    assert [p["name"] for p in people if " " not in p["name"]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Emily Hardy was taken to a hospital. "
            "John Hardy, 31, was charged after Hardy's 3-year-old daughter found the gun.",
            [("Emily Hardy", 3), ("John Hardy", 31)],
        ),
        (  # the given name clashes with the kin noun: a second row
            "Emily Hardy was taken to a hospital. "
            "John Hardy, 31, was charged after Hardy's 3-year-old son found the gun.",
            [("Emily Hardy", None), ("John Hardy", 31), ("Hardy", 3)],
        ),
        (  # two unaged people of that surname: no guess
            "Emily Hardy and Sarah Hardy were at home. "
            "John Hardy, 31, was charged after Hardy's 3-year-old daughter found the gun.",
            [("Emily Hardy", None), ("Sarah Hardy", None), ("John Hardy", 31), ("Hardy", 3)],
        ),
    ],
)
def test_aged_relative_is_the_only_unaged_namesake(nlp, text, expected):
    extraction = extract_doc(nlp(text), date(2016, 1, 4))
    article = Article(article_id="a", path="a", text=text)
    people = normalise_article(article, extraction)["people"]
    assert [(p["name"], p["age"]) for p in people] == expected
