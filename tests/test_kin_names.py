"""Lone given names named as kin of a named person take that person's surname.

Sentences and names are invented; each table fails when its rule is switched off."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.article import Article
from pipeline.entities import merge_entities
from pipeline.entities.merge import KIN_GIVEN_NAME
from pipeline.extract import Extraction
from pipeline.normalise import normalise_article
from pipeline.records import Claim
from tests.claims_helpers import mentions_in

FAMILY = (
    "Police named Ned Corvo, 41; his wife, Lise, 37; and the couple's three children: "
    "Mina, 9; Ned Jr., 6, and Tessa, 3."
)


def _people(text: str, spans: list[tuple[str, str]]) -> dict[str, list[str]]:
    entities, _ = merge_entities(text, mentions_in(text, spans))
    return {e.name: e.aliases for e in entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    ("text", "spans", "expected", "absent"),
    [
        # "the couple's": the surname the two nearest named members share
        (
            "Found dead were Ed Varnum, 44; his wife, Nola, 39; and the couple's two "
            "children: Pia, 8, and Rudi, 5.",
            [("Ed Varnum", "PERSON"), ("Nola", "PERSON"), ("Pia", "PERSON"), ("Rudi", "PERSON")],
            {"Nola Varnum", "Pia Varnum", "Rudi Varnum"},
            {"Pia", "Rudi"},
        ),
        (
            "Found were Tova Plaskett, 30, Gil Plaskett, 35, and the family's son, Arlo.",
            [("Tova Plaskett", "PERSON"), ("Gil Plaskett", "PERSON"), ("Arlo", "PERSON")],
            {"Arlo Plaskett"},
            {"Arlo"},
        ),
        # a couple with two surnames gives none
        (
            "Found were Tova Rusk, 30, Gil Marsh, 35, and the couple's son, Arlo.",
            [("Tova Rusk", "PERSON"), ("Gil Marsh", "PERSON"), ("Arlo", "PERSON")],
            {"Arlo"},
            {"Arlo Marsh", "Arlo Rusk"},
        ),
        # ", whose <kin>, X": the name before the comma
        (
            "Also hurt was Ina Pellow, whose son, Bram, was shot.",
            [("Ina Pellow", "PERSON"), ("Bram", "PERSON")],
            {"Ina Pellow", "Bram Pellow"},
            {"Bram"},
        ),
        (
            "Also hurt was Ina Pellow, whose 4-year-old daughter Suki was shot.",
            [("Ina Pellow", "PERSON"), ("Suki", "ORG")],
            {"Suki Pellow"},
            {"Suki"},
        ),
        (
            "Also hurt was Ina Pellow, who's daughter, Suki, was shot.",
            [("Ina Pellow", "PERSON"), ("Suki", "PERSON")],
            {"Suki Pellow"},
            {"Suki"},
        ),
        # not a kin noun of one surname, nor a kin noun at all
        (
            "Hal Druce, whose girlfriend, Ann, was shot, spoke.",
            [("Hal Druce", "PERSON"), ("Ann", "PERSON")],
            {"Ann"},
            {"Ann Druce"},
        ),
        (
            "Hal Druce, whose lawyer, Ann, spoke, was held.",
            [("Hal Druce", "PERSON"), ("Ann", "PERSON")],
            {"Ann"},
            {"Ann Druce"},
        ),
    ],
)
def test_group_and_whose_owners_give_their_surname(text, spans, expected, absent):
    people = set(_people(text, spans))
    assert expected <= people, people
    assert not (absent & people), people


@pytest.mark.parametrize(
    ("spans", "expected", "absent"),
    [
        # every name tagged (one as an organisation)
        (
            [
                ("Ned Corvo", "PERSON"),
                ("Lise", "PERSON"),
                ("Mina", "PERSON"),
                ("Ned Jr.", "PERSON"),
                ("Tessa", "ORG"),
            ],
            {"Ned Corvo", "Lise Corvo", "Mina Corvo", "Ned Corvo Jr.", "Tessa Corvo"},
            {"Mina", "Tessa"},
        ),
        # the last listed name missed by the NER, the namesake tagged as a place
        (
            [("Ned Corvo", "PERSON"), ("Lise", "PERSON"), ("Mina", "PERSON"), ("Ned Jr.", "GPE")],
            {"Ned Corvo Jr.", "Tessa Corvo"},
            set(),
        ),
    ],
)
def test_aged_kin_list_with_a_namesake_son(spans, expected, absent):
    people = _people(FAMILY, spans)
    assert expected <= set(people), people
    assert not (absent & set(people)), people
    assert "Ned Jr." not in people["Ned Corvo"]  # the son is no alias of his father


def test_a_namesake_son_joins_his_own_full_name():
    text = "Ned Corvo Jr., 6, was hurt. " + FAMILY
    spans = [("Ned Corvo Jr.", "PERSON"), ("Ned Corvo", "PERSON"), ("Lise", "PERSON")]
    spans += [("Mina", "PERSON"), ("Ned Jr.", "PERSON"), ("Tessa", "PERSON")]
    people = _people(text, spans)
    assert people["Ned Corvo Jr."] == ["Ned Jr."]
    assert people["Ned Corvo"] == []


@pytest.mark.parametrize(
    ("text", "spans", "absent"),
    [
        # an untagged word ends the list unless a listed given name with its own age
        (
            "Named were Ned Corvo, 41, and his children Mina, 9, and Comet, 3.",
            [("Ned Corvo", "PERSON"), ("Mina", "PERSON")],
            "Comet",
        ),
        (
            "Named were Ned Corvo, 41, and his children Mina, 9, and Austin police said.",
            [("Ned Corvo", "PERSON"), ("Mina", "PERSON")],
            "Austin",
        ),
        # no aged kin list before it
        (
            "Named were Ned Corvo, 41, and Tessa, 3.",
            [("Ned Corvo", "PERSON")],
            "Tessa",
        ),
    ],
)
def test_untagged_names_outside_an_aged_kin_list_stay_untagged(text, spans, absent):
    people = _people(text, spans)
    assert not any(absent in name for name in people), people


def test_added_kin_list_name_gets_its_age_and_method():
    spans = [("Ned Corvo", "PERSON"), ("Lise", "PERSON"), ("Mina", "PERSON"), ("Ned Jr.", "GPE")]
    mentions = mentions_in(FAMILY, spans)
    ages = [
        Claim(m.start, m.end, "per:age", a, 0, 1, "rule:test")
        for m, a in zip(mentions, ["41", "37", "9", "6"], strict=True)
    ]
    extraction = Extraction(sentences=[(0, len(FAMILY))], mentions=mentions, claims=ages)
    article = Article(article_id="a1", path="a.txt", text=FAMILY, published=date(2024, 3, 1))
    rows = normalise_article(article, extraction)
    ages_by_name = {p["name"]: p["age"] for p in rows["people"]}
    assert ages_by_name["Tessa Corvo"] == 3
    assert ages_by_name["Ned Corvo Jr."] == 6
    assert ages_by_name["Ned Corvo"] == 41
    tessa = next(r for r in rows["mentions"] if r["text"] == "Tessa")
    assert tessa["method"] == KIN_GIVEN_NAME


def test_every_lone_namesake_of_a_kin_named_son_is_the_son():
    text = "Ned Jr. was hurt. " + FAMILY + " Ned Jr. is stable."
    spans = [("Ned Jr.", "PERSON"), ("Ned Corvo", "PERSON"), ("Lise", "PERSON")]
    spans += [("Mina", "PERSON"), ("Ned Jr.", "PERSON"), ("Ned Jr.", "PERSON")]
    entities, mentions = merge_entities(text, mentions_in(text, spans))
    named = {e.name: [mentions[i].text for i in e.mention_indices] for e in entities}
    assert named["Ned Corvo Jr."] == ["Ned Jr."] * 3
    assert named["Ned Corvo"] == ["Ned Corvo"]


@pytest.mark.parametrize(
    ("text", "spans", "child", "parent_aliases"),
    [
        (
            "Named were Abel Quist, 45; his wife, Ona, 41; and their sons Abel, 9, and Rolf, 6.",
            [("Abel Quist", "PERSON"), ("Ona", "PERSON"), ("Abel", "PERSON"), ("Rolf", "PERSON")],
            "Abel Quist Jr.",
            [],
        ),
        # a daughter named after her mother gets no "Jr."
        (
            "Named were Ona Quist, 41; her husband, Abel, 45; and their children Ona, 9, "
            "and Rolf, 6.",
            [("Ona Quist", "PERSON"), ("Abel", "PERSON"), ("Ona", "PERSON"), ("Rolf", "PERSON")],
            "Ona Quist",
            [],
        ),
        # the same age: the one person named twice
        (
            "Named were Abel Quist, 9, and Rolf Quist, 6. Their mother, Ona, said her son, "
            "Abel, 9, liked school.",
            [
                ("Abel Quist", "PERSON"),
                ("Rolf Quist", "PERSON"),
                ("Ona", "PERSON"),
                ("Abel", "PERSON"),
            ],
            None,
            ["Abel"],
        ),
    ],
)
def test_a_namesake_child_in_a_kin_list_is_not_the_parent(text, spans, child, parent_aliases):
    entities, _ = merge_entities(text, mentions_in(text, spans))
    people = [e for e in entities if e.label == "PERSON"]
    parent = people[0]
    assert parent.aliases == parent_aliases, people
    if child:
        assert sum(e.name == child for e in people) == (2 if child == parent.name else 1)
