"""Lone given names named as kin of a named person take that person's surname: "the
couple's" and ", whose" owners, a son named "Carl Jr." after a son noun, and the given
names of an aged kin list.

Sentences and names are invented. Each table has rows that fail when its rule is switched
off (the couple's surname, the whose/who owner, the namesake son, the untagged names
inside an aged list, their ages); its other rows guard against wrong surnames."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from pipeline.article import Article
from pipeline.entities import merge_entities
from pipeline.entities.merge import COORDINATED_NAME, KIN_GIVEN_NAME
from pipeline.entities.relatives import RELATIVE
from pipeline.extract import Extraction
from pipeline.normalise import normalise_article
from pipeline.records import Claim
from tests.claims_helpers import mentions_in


def _people(text: str, spans: list[tuple[str, str]]) -> dict[str, list[str]]:
    """``{name: aliases}`` of the person entities; no two share a name."""
    entities, _ = merge_entities(text, mentions_in(text, spans))
    names = Counter(e.name for e in entities if e.label == "PERSON")
    assert max(names.values(), default=1) == 1, names
    return {e.name: e.aliases for e in entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    ("text", "spans", "expected", "absent"),
    [
        # the couple joined by "and" or by a spouse noun
        (
            "Deputies named Ed Varnum, 44, and his wife, Nola, 39, and said the couple's "
            "son, Rudi, 5, was unhurt.",
            [("Ed Varnum", "PERSON"), ("Nola", "PERSON"), ("Rudi", "PERSON")],
            {"Nola Varnum", "Rudi Varnum"},
            {"Rudi"},
        ),
        (
            "Tova Plaskett, 30, and Gil Plaskett, 35, were held; the pair's son, Arlo, was not.",
            [("Tova Plaskett", "PERSON"), ("Gil Plaskett", "PERSON"), ("Arlo", "PERSON")],
            {"Arlo Plaskett"},
            {"Arlo"},
        ),
        (
            "Neighbors said Tova and Gil Plaskett argued often. The couple's boy, Arlo, hid.",
            [("Tova", "PERSON"), ("Gil Plaskett", "PERSON"), ("Arlo", "PERSON")],
            {"Arlo Plaskett"},
            {"Arlo"},
        ),
        # the second member named by a spouse noun of the first
        (
            "Gil Plaskett stabbed his wife, Tova, before the pair's daughter, Suki, ran out.",
            [("Gil Plaskett", "PERSON"), ("Tova", "PERSON"), ("Suki", "PERSON")],
            {"Tova Plaskett", "Suki Plaskett"},
            {"Suki"},
        ),
        # two full names of one surname listed with a comma, an age before the second
        (
            "Deputies found 33-year-old Tova Plaskett, 40-year-old Gil Plaskett and the "
            "couple's three children: Arlo, 8; Suki, 5, and Ike, 2.",
            [
                ("Tova Plaskett", "PERSON"),
                ("Gil Plaskett", "PERSON"),
                ("Arlo", "PERSON"),
                ("Suki", "PERSON"),
                ("Ike", "PERSON"),
            ],
            {"Arlo Plaskett", "Suki Plaskett", "Ike Plaskett"},
            {"Arlo", "Suki", "Ike"},
        ),
        (
            "Tova Plaskett and 40-year-old Gil Plaskett were held; the pair's son, Arlo, was not.",
            [("Tova Plaskett", "PERSON"), ("Gil Plaskett", "PERSON"), ("Arlo", "PERSON")],
            {"Arlo Plaskett"},
            {"Arlo"},
        ),
        # an age before the second of two surnames: a parent and child, not a couple that
        # would cancel the real one
        (
            "Ed Farr and 6-year-old Tyler Roe were hurt. Tova Plaskett, 34, and Gil Plaskett, "
            "36, were held; the couple's children, Arlo, 8, and Suki, 5, were not.",
            [
                ("Ed Farr", "PERSON"),
                ("Tyler Roe", "PERSON"),
                ("Tova Plaskett", "PERSON"),
                ("Gil Plaskett", "PERSON"),
                ("Arlo", "PERSON"),
                ("Suki", "PERSON"),
            ],
            {"Arlo Plaskett", "Suki Plaskett"},
            {"Arlo", "Suki"},
        ),
        # listed with a comma but of two surnames: no couple, and none of the others' either
        (
            "Deputies found Tova Rusk, Gil Marsh and the couple's son, Arlo.",
            [("Tova Rusk", "PERSON"), ("Gil Marsh", "PERSON"), ("Arlo", "PERSON")],
            {"Arlo"},
            {"Arlo Marsh", "Arlo Rusk"},
        ),
        # a couple with two surnames gives none
        (
            "Tova Rusk, 30, and Gil Marsh, 35, were found with the couple's son, Arlo.",
            [("Tova Rusk", "PERSON"), ("Gil Marsh", "PERSON"), ("Arlo", "PERSON")],
            {"Arlo"},
            {"Arlo Marsh", "Arlo Rusk"},
        ),
        # the nearest couple is another one: two couples disagree
        (
            "Nell Voss, 29, and Abe Kurtz, 31, died, according to Nell's parents, Ray Voss "
            "and Una Voss. The couple's son, Ike, 3, lived.",
            [
                ("Nell Voss", "PERSON"),
                ("Abe Kurtz", "PERSON"),
                ("Ray Voss", "PERSON"),
                ("Una Voss", "PERSON"),
                ("Ike", "PERSON"),
            ],
            {"Ike"},
            {"Ike Voss", "Ike Kurtz"},
        ),
        # "the family's" may be another family than the couple named before it
        (
            "Tenants Ivo Marsh and Lina Marsh heard shots across the hall. The family's "
            "son, Osk, 15, was hit.",
            [("Ivo Marsh", "PERSON"), ("Lina Marsh", "PERSON"), ("Osk", "PERSON")],
            {"Osk"},
            {"Osk Marsh"},
        ),
        # two people named side by side are no couple
        (
            "Lab worker Ona Brisk told Dr. Pol Brisk that the couple's son, Ike, was sick.",
            [("Ona Brisk", "PERSON"), ("Pol Brisk", "PERSON"), ("Ike", "PERSON")],
            {"Ike"},
            {"Ike Brisk"},
        ),
    ],
)
def test_a_couple_gives_its_kin_its_surname(text, spans, expected, absent):
    people = set(_people(text, spans))
    assert expected <= people, people
    assert not (absent & people), people


@pytest.mark.parametrize(
    ("text", "spans", "expected", "absent"),
    [
        # ", whose <kin>, X": the name before the comma
        (
            "Ina Pellow, whose son, Bram, 20, is in jail, spoke to reporters.",
            [("Ina Pellow", "PERSON"), ("Bram", "PERSON")],
            {"Ina Pellow", "Bram Pellow"},
            {"Bram"},
        ),
        (
            "Neighbors helped Ina Pellow, whose 4-year-old daughter Suki had been hit.",
            [("Ina Pellow", "PERSON"), ("Suki", "ORG")],
            {"Suki Pellow"},
            {"Suki"},
        ),
        # "who's" and a bare "who" misspell it when the kin noun follows at once
        (
            "Ed Penn, who's sister, 9-year-old Joy, was hurt, called police.",
            [("Ed Penn", "PERSON"), ("Joy", "PERSON")],
            {"Joy Penn"},
            {"Joy"},
        ),
        (
            "A cousin of Ed Penn, who daughter Joy, 7, was hurt, called 911.",
            [("Ed Penn", "PERSON"), ("Joy", "PERSON")],
            {"Joy Penn"},
            {"Joy"},
        ),
        # a word between "who" and the kin noun: no owner
        (
            "The neighbor, Ed Penn, who babysat sisters Joy, 6, and Amy, 4, called police.",
            [("Ed Penn", "PERSON"), ("Joy", "PERSON"), ("Amy", "PERSON")],
            {"Joy", "Amy"},
            {"Joy Penn", "Amy Penn"},
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
        # "whose" after the owner's age, unless after two people's
        (
            "Also hurt was Ina Pellow, 52, whose grandson, Bram, was shot.",
            [("Ina Pellow", "PERSON"), ("Bram", "PERSON")],
            {"Bram Pellow"},
            {"Bram"},
        ),
        (
            "Police named Ula Bent, 30, and Rik Soto, 35, whose son, Ivo, 5, lived.",
            [("Ula Bent", "PERSON"), ("Rik Soto", "PERSON"), ("Ivo", "PERSON")],
            {"Ivo"},
            {"Ivo Soto", "Ivo Bent"},
        ),
    ],
)
def test_whose_owner_gives_its_surname(text, spans, expected, absent):
    people = set(_people(text, spans))
    assert expected <= people, people
    assert not (absent & people), people


@pytest.mark.parametrize(
    ("text", "spans", "expected", "absent"),
    [
        # a son noun before "Abel Jr.": the son, with every lone "Abel Jr." of the text
        (
            "Abel Quist, 39, was held. His son, Abel Jr., 14, was hurt; Abel Jr. is stable.",
            [("Abel Quist", "PERSON"), ("Abel Jr.", "PERSON"), ("Abel Jr.", "PERSON")],
            {"Abel Quist": [], "Abel Quist Jr.": ["Abel Jr."]},
            set(),
        ),
        # a "III" son of a "Jr." father is neither his father nor a "Jr."
        (
            "Abel Quist Jr., 40, whose boy, Abel III, 6, was also hit, died.",
            [("Abel Quist Jr.", "PERSON"), ("Abel III", "PERSON")],
            {"Abel Quist Jr.": [], "Abel Quist III": ["Abel III"]},
            set(),
        ),
        # an aged list linked through the son, whom the NER missed
        (
            "Deputies found Ned Corvo, 41, his wife, Lise, 37, and their sons Abe, 9, "
            "Ned Jr., 6, and Rolf, 2.",
            [("Ned Corvo", "PERSON"), ("Lise", "PERSON"), ("Abe", "PERSON"), ("Rolf", "GPE")],
            {"Ned Corvo": [], "Ned Corvo Jr.": ["Ned Jr."], "Rolf Corvo": ["Rolf"]},
            set(),
        ),
        # the son's full name written before him
        (
            "Ned Corvo Jr., 6, was flown to a hospital. Ned Corvo, 41, and his son, "
            "Ned Jr., 6, had been shot.",
            [("Ned Corvo Jr.", "PERSON"), ("Ned Corvo", "PERSON"), ("Ned Jr.", "PERSON")],
            {"Ned Corvo Jr.": ["Ned Jr."], "Ned Corvo": []},
            set(),
        ),
        # two sons of one given name and two surnames stay apart
        (
            "Ned Corvo, 41, and his son, Ned Jr., 6, died. Ann Pike, 30, and her son, "
            "Ned Jr., 4, lived.",
            [
                ("Ned Corvo", "PERSON"),
                ("Ned Jr.", "PERSON"),
                ("Ann Pike", "PERSON"),
                ("Ned Jr.", "PERSON"),
            ],
            {"Ned Corvo": [], "Ned Corvo Jr.": ["Ned Jr."], "Ned Jr.": []},
            {"Ned Pike Jr."},
        ),
        # a man of that given name and another surname: the son may bear his surname
        (
            "Ula Bent, 26, and her son, Rik Jr., 3, were hurt by Rik Soto, 29, the child's father.",
            [("Ula Bent", "PERSON"), ("Rik Jr.", "PERSON"), ("Rik Soto", "PERSON")],
            {"Rik Jr.": [], "Rik Soto": []},
            {"Rik Bent Jr."},
        ),
        # no son noun: a husband or father "Abel Jr." is no new person
        (
            "Abel Quist, 40, died. His widow, Ona Quist, said her husband, Abel Jr., was afraid.",
            [("Abel Quist", "PERSON"), ("Ona Quist", "PERSON"), ("Abel Jr.", "PERSON")],
            {"Abel Quist": ["Abel Jr."]},
            {"Abel Quist Jr."},
        ),
        (
            "Abel Quist III, 19, was held. His father, Abel Jr., 45, was shot.",
            [("Abel Quist III", "PERSON"), ("Abel Jr.", "PERSON")],
            {},
            {"Abel Quist Jr."},
        ),
        # no suffix written: no "Jr." is made up for a namesake child or sibling
        (
            "Vera Holm, 35, and her daughter, Vera, 10, were found.",
            [("Vera Holm", "PERSON"), ("Vera", "PERSON")],
            {},
            {"Vera Holm Jr."},
        ),
        (
            "Cal Ives, 19, and his brother, Cal, 7, were wounded.",
            [("Cal Ives", "PERSON"), ("Cal", "PERSON")],
            {},
            {"Cal Ives Jr."},
        ),
        (
            "Abel Quist Jr., 45, was killed. His son, Abel, 19, was held.",
            [("Abel Quist Jr.", "PERSON"), ("Abel", "PERSON")],
            {"Abel Quist Jr.": ["Abel"]},
            set(),
        ),
        # the written "Abel Quist Jr." is the father himself
        (
            "Abel Quist Jr., 45, and his son, Abel Jr., 9, were shot.",
            [("Abel Quist Jr.", "PERSON"), ("Abel Jr.", "PERSON")],
            {},
            set(),
        ),
    ],
)
def test_a_namesake_son_is_a_person_of_his_own(text, spans, expected, absent):
    people = _people(text, spans)  # asserts that no two people share a name
    for name, aliases in expected.items():
        assert people.get(name) == aliases, people
    assert not (absent & set(people)), people


@pytest.mark.parametrize(
    ("text", "spans", "expected", "absent"),
    [
        # an untagged name inside an aged kin list is added
        (
            "Named were Ned Corvo, 41, and his children Mina, 9, Pell, 5, and Ivo, 3.",
            [("Ned Corvo", "PERSON"), ("Mina", "PERSON"), ("Ivo", "PERSON")],
            "Pell Corvo",
            None,
        ),
        # an untagged name after the list's last tagged one is not
        (
            "Hurt were Vera Holm, 39, her sons, Ike, 8, and Lon, 6, and Merry, 29, a neighbor.",
            [("Vera Holm", "PERSON"), ("Ike", "PERSON"), ("Lon", "PERSON")],
            None,
            "Merry",
        ),
        (
            "Named were Ned Corvo, 41, and his children Mina, 9, and Comet, 3.",
            [("Ned Corvo", "PERSON"), ("Mina", "PERSON")],
            None,
            "Comet",
        ),
        (
            "Named were Ned Corvo, 41, and his children Mina, 9, and Austin police said.",
            [("Ned Corvo", "PERSON"), ("Mina", "PERSON")],
            None,
            "Austin",
        ),
        # a closed, unaged list after a plural kin noun: its untagged listed given names
        (
            "Dead were Ned Corvo, his wife, Tessa, and their children Mina, Ivo and Hazel.",
            [("Ned Corvo", "PERSON"), ("Tessa", "PERSON"), ("Ivo", "PERSON")],
            "Hazel Corvo",
            None,
        ),
        (
            "Dead were Ned Corvo, his wife, Tessa, and their children Mina, Ivo and Hazel.",
            [("Ned Corvo", "PERSON"), ("Tessa", "PERSON"), ("Ivo", "PERSON")],
            "Mina Corvo",
            None,
        ),
        # ... but not a list with a word that is no listed given name, a place, nor an
        # open list
        (
            "Dead were Ned Corvo and his sons Ivo and Quellbright.",
            [("Ned Corvo", "PERSON"), ("Ivo", "PERSON")],
            None,
            "Quellbright",
        ),
        (
            "Ned Corvo took his kids, Ivo and Austin, police said.",
            [("Ned Corvo", "PERSON"), ("Ivo", "PERSON")],
            None,
            "Austin",
        ),
        (
            "Ned Corvo and his kids Ivo, Hazel visited.",
            [("Ned Corvo", "PERSON"), ("Ivo", "PERSON")],
            None,
            "Hazel",
        ),
        # no aged kin list before it
        (
            "Named were Ned Corvo, 41, Pell, 6, and Tessa, 3.",
            [("Ned Corvo", "PERSON"), ("Tessa", "PERSON")],
            None,
            "Pell",
        ),
    ],
)
def test_untagged_names_of_an_aged_kin_list(text, spans, expected, absent):
    people = _people(text, spans)
    if expected:
        assert expected in people, people
    if absent:
        assert not any(absent in name for name in people), people


def test_added_kin_list_name_gets_its_age_and_method():
    text = (
        "Deputies found Ned Corvo, 41, his wife, Lise, 37, and their sons Abe, 9, "
        "Ned Jr., 6, and Rolf, 2."
    )
    spans = [("Ned Corvo", "PERSON"), ("Lise", "PERSON"), ("Abe", "PERSON"), ("Rolf", "PERSON")]
    mentions = mentions_in(text, spans)
    ages = [
        Claim(m.start, m.end, "per:age", a, 0, 1, "rule:test")
        for m, a in zip(mentions, ["41", "37", "9", "2"], strict=True)
    ]
    extraction = Extraction(sentences=[(0, len(text))], mentions=mentions, claims=ages)
    article = Article(article_id="a1", path="a.txt", text=text, published=date(2024, 3, 1))
    rows = normalise_article(article, extraction)
    ages_by_name = {p["name"]: p["age"] for p in rows["people"]}
    assert ages_by_name["Ned Corvo Jr."] == 6
    assert ages_by_name["Ned Corvo"] == 41
    assert ages_by_name["Rolf Corvo"] == 2
    son = next(r for r in rows["mentions"] if r["text"] == "Ned Jr.")
    assert son["method"] == KIN_GIVEN_NAME


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a surname from a named relative: the rule that gave it
        (
            "Ed Varnum, 44, and his wife, Nola, 39, were shot.",
            [("Ed Varnum", "PERSON"), ("Nola", "PERSON")],
            {"Ed Varnum": "text", "Nola Varnum": KIN_GIVEN_NAME},
        ),
        (
            "Omri and Jace Tullen were arrested.",
            [("Omri", "PERSON"), ("Jace Tullen", "PERSON")],
            {"Omri Tullen": COORDINATED_NAME, "Jace Tullen": "text"},
        ),
        # a name written in full later is the written form
        (
            "Ed Varnum and his wife, Nola, were shot. Nola Varnum died.",
            [("Ed Varnum", "PERSON"), ("Nola", "PERSON"), ("Nola Varnum", "PERSON")],
            {"Ed Varnum": "text", "Nola Varnum": "text"},
        ),
        # an unnamed relative with an age is known by the owner's surname
        (
            "Ed Varnum said his 6-year-old son was hurt.",
            [("Ed Varnum", "PERSON")],
            {"Ed Varnum": "text", "Varnum": RELATIVE},
        ),
    ],
)
def test_people_rows_say_how_the_name_was_formed(text, spans, expected):
    mentions = mentions_in(text, spans)
    extraction = Extraction(sentences=[(0, len(text))], mentions=mentions, claims=[])
    article = Article(article_id="a1", path="a.txt", text=text, published=date(2024, 3, 1))
    rows = normalise_article(article, extraction)
    assert {p["name"]: p["name_method"] for p in rows["people"]} == expected
