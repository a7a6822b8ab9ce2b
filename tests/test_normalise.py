"""normalise: entities get stable ids, claims land on the right entity, rows carry provenance."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.article import Article
from pipeline.extract import Extraction
from pipeline.normalise import MentionIndex, Sentences, normalise_article, pick_age, title_age
from pipeline.records import Claim, Mention

TEXT = "Stephen Port, 47, was jailed. Port lived in Barking. The IOPC said so."


def _extraction() -> Extraction:
    return Extraction(
        sentences=[(0, 29), (30, 52), (53, 71)],
        mentions=[
            Mention(0, 12, "Stephen Port", "PERSON"),
            Mention(30, 34, "Port", "PERSON"),
            Mention(44, 51, "Barking", "GPE"),
            Mention(57, 61, "IOPC", "ORG"),
        ],
        claims=[Claim(30, 34, "per:age", "47", 14, 16, "rule:test")],
    )


@pytest.fixture
def rows() -> dict:
    article = Article(article_id="a1", path="a.txt", text=TEXT, published=date(2023, 11, 16))
    return normalise_article(article, _extraction())


def test_claim_on_alias_lands_on_the_person(rows: dict) -> None:
    people = rows["people"]
    port = next(p for p in people if p["name"] == "Stephen Port")
    assert port["age"] == 47
    assert port["age_sentence"] == "Stephen Port, 47, was jailed."
    assert "Port" in port["aliases"]
    assert port["n_mentions"] == 2


def test_every_row_has_provenance(rows: dict) -> None:
    for table in ("mentions", "facts"):
        for row in rows[table]:
            assert TEXT[row["start_char"] : row["end_char"]]
            assert row["sentence"] and row["method"]
            assert TEXT[row["start_char"] : row["end_char"]] in row["sentence"]


def test_entity_ids_are_stable_and_unique(rows: dict) -> None:
    article = Article(article_id="a1", path="a.txt", text=TEXT, published=date(2023, 11, 16))
    again = normalise_article(article, _extraction())
    ids = [r["entity_id"] for r in rows["mentions"]]
    assert ids == [r["entity_id"] for r in again["mentions"]]
    entity_ids = [r["entity_id"] for t in ("people", "organisations", "places") for r in rows[t]]
    assert len(entity_ids) == len(set(entity_ids))
    assert all(i.startswith("a1-") for i in entity_ids)


def test_places_and_organisations(rows: dict) -> None:
    assert [p["name"] for p in rows["places"]] == ["Barking"]
    assert rows["places"][0]["label"] == "GPE"
    assert [o["name"] for o in rows["organisations"]] == ["IOPC"]


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([], None),
        ([("per:age", "30", 0)], 30),
        ([("per:age", "30", 0), ("per:age", "31", 5), ("per:age", "31", 9)], 31),
        ([("per:age", "30", 0), ("per:age", "31", 5)], 30),
        ([("per:age_at_time", "16", 0), ("per:age", "47", 5)], 47),
        ([("per:age_at_time", "16", 0)], None),
    ],
)
def test_pick_age(claims: list, expected: int | None) -> None:
    made = [Claim(0, 1, p, v, s, s + 2, "rule:test") for p, v, s in claims]
    assert pick_age(made)[0] == expected


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([("7", "rule:age-cataphor"), ("3", "rule:age-appos")], 3),
        ([("7", "rule:age-cataphor"), ("7", "rule:age-cataphor"), ("3", "rule:age-appos")], 3),
        ([("7", "rule:age-cataphor")], 7),
    ],
)
def test_pick_age_prefers_a_stated_age_to_a_guess(claims: list, expected: int) -> None:
    made = [Claim(0, 1, "per:age", v, i, i + 2, m) for i, (v, m) in enumerate(claims)]
    assert pick_age(made)[0] == expected


def test_sentences_around_spans() -> None:
    s = Sentences("One two. Three four. Five.", [(0, 8), (9, 20), (21, 26)])
    assert s.around(9, 14) == "Three four."
    assert s.around(4, 14) == "One two. Three four."
    assert Sentences("no bounds here", []).around(3, 8) == "no bounds here"


def test_mention_index_prefers_exact_then_overlap() -> None:
    mentions = [Mention(0, 12, "Stephen Port", "PERSON"), Mention(20, 24, "Port", "PERSON")]
    index = MentionIndex(mentions, {0: 0, 1: 0})
    assert index.entity_at(20, 24) == 0
    assert index.entity_at(8, 12) == 0
    assert index.entity_at(13, 19) is None
    assert index.entity_at(None, None) is None


def _row(name: str, age: int | None, role: str) -> dict:
    return {"name": name, "age": age, "age_sentence": None, "case_role": role}


@pytest.mark.parametrize(
    ("title", "people", "expected"),
    [
        ("14-Year-Old Accidentally Shot", [_row("Ann Roe", None, "victim")], [14]),
        (
            "Police name 3-year-old boy killed",
            [_row("Ann Roe", None, "victim"), _row("Sam Poe", None, "other")],
            [3, None],
        ),
        # the one ageless victim of a harm headline, not the ageless suspect
        (
            "16-Year-Old Shot",
            [_row("Ann Roe", None, "victim"), _row("Sam Poe", None, "suspect")],
            [16, None],
        ),
        # two ageless victims, an age already stated, two ages, no age: nothing
        (
            "16-Year-Old Shot",
            [_row("Ann Roe", None, "victim"), _row("Ian Coe", None, "victim")],
            [None, None],
        ),
        (
            "16-Year-Old Shot",
            [_row("Ann Roe", 16, "victim"), _row("Sam Poe", None, "suspect")],
            [16, None],
        ),
        ("16-year-old and 18-year-old shot", [_row("Ann Roe", None, "victim")], [None]),
        ("Teen shot on Main Street", [_row("Ann Roe", None, "victim")], [None]),
        # the headline's aged person must have the role its verb gives
        ("16-year-old charged in shooting", [_row("Sam Poe", None, "suspect")], [16]),
        ("16-year-old charged in shooting", [_row("Ann Roe", None, "victim")], [None]),
        ("Man charged in killing of 16-year-old", [_row("Sam Poe", None, "suspect")], [None]),
        # a person noun with the age between commas: "Kennesaw man, 22, killed"
        ("Kennesaw man, 22, killed in shootout", [_row("Ann Roe", None, "victim")], [22]),
        ("Boy, 15, charged with murder", [_row("Sam Poe", None, "suspect")], [15]),
        ("Girl, 3, and brother, 6, shot", [_row("Ann Roe", None, "victim")], [None]),
        ("Shooting kills 3, wounds 2", [_row("Ann Roe", None, "victim")], [None]),
    ],
)
def test_title_age(title: str, people: list[dict], expected: list) -> None:
    title_age(title, people)
    assert [p["age"] for p in people] == expected


def test_an_unused_weak_status_vote_is_no_fact() -> None:
    """A status read only from the words of a person's sentence (``case:sentence-status``)
    is a fact when the person ends with it, not when stronger evidence gives another."""
    text = "Tom Hale was charged. Hale gave Ann Roe a fatal dose."
    weak = "case:sentence-status"
    extraction = Extraction(
        sentences=[(0, 21), (22, 53)],
        mentions=[
            Mention(0, 8, "Tom Hale", "PERSON"),
            Mention(22, 26, "Hale", "PERSON"),
            Mention(32, 39, "Ann Roe", "PERSON"),
        ],
        claims=[
            Claim(0, 8, "case:role", "suspect", 0, 21, "case:verb-passive"),
            Claim(0, 8, "case:status", "charged", 0, 21, "case:verb-passive"),
            Claim(22, 26, "case:status", "killed", 22, 53, weak),
            Claim(32, 39, "case:role", "victim", 22, 53, "case:verb-object"),
            Claim(32, 39, "case:status", "killed", 22, 53, weak),
        ],
    )
    article = Article(article_id="a1", path="a.txt", text=text, published=date(2023, 11, 16))
    rows = normalise_article(article, extraction)
    people = {p["name"]: p for p in rows["people"]}
    assert people["Tom Hale"]["status"] == ["charged"]
    assert people["Ann Roe"]["status"] == ["killed"]
    votes = [(f["subject_name"], f["object"]) for f in rows["facts"] if f["method"] == weak]
    assert votes == [("Ann Roe", "killed")]
