"""Entity rule helpers: lexicons, name parts, organisation keys, places."""

from __future__ import annotations

import pytest

from pipeline.entities import orgs
from pipeline.entities.lexicons import first_names, is_title_word, state_for
from pipeline.entities.people import is_non_name, same_given_name, surname
from pipeline.entities.places import dateline_places, place_in_org
from pipeline.records import Mention


@pytest.mark.parametrize(
    ("form", "postal", "state"),
    [
        ("Tenn.", False, "Tennessee"),
        ("Tennessee", False, "Tennessee"),
        ("TN", False, None),
        ("TN", True, "Tennessee"),
        ("Calif.", False, "California"),
        ("London", False, None),
    ],
)
def test_state_for(form, postal, state):
    assert state_for(form, allow_postal=postal) == state


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("Sgt.", True),
        ("insp", True),
        ("Coroner", True),
        ("Mr", True),
        ("Port", False),
        ("Stephen", False),
    ],
)
def test_title_words(word, title):
    assert is_title_word(word) is title


def test_first_names_lexicon_is_large_and_title_cased():
    names = first_names()
    assert len(names) > 3000
    assert {"James", "Mary", "Maya"} <= names


@pytest.mark.parametrize(
    ("word", "titled", "non_name"),
    [
        ("Clockwise", False, True),
        ("Police", False, True),
        ("Coroner", False, True),
        ("Barker", True, False),
        ("Wasim", False, False),
        ("James", False, False),
        ("walgate", False, True),
    ],
)
def test_is_non_name(word, titled, non_name):
    assert is_non_name(word, "A short text.", titled) is non_name


def test_word_used_in_lower_case_is_not_a_name():
    assert is_non_name("Grindr", "He used grindr daily.", titled=False)
    assert not is_non_name("Grindr", "He used Grindr daily.", titled=False)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Maya", "Maya", True), ("M.", "Maya", True), ("Maya", "Erik", False)],
)
def test_same_given_name(a, b, same):
    assert same_given_name(a, b) is same


def test_surname_ignores_suffixes():
    assert surname("Martin Luther King Jr.") == "King"


@pytest.mark.parametrize(
    ("name", "key"),
    [("The Met’s", "met"), ("Metropolitan  police", "metropolitan police"), ("IOPC", "iopc")],
)
def test_org_key(name, key):
    assert orgs.key(name) == key


def test_org_short_forms_and_initials():
    assert orgs.canonical("the Met") == "Metropolitan Police"
    assert orgs.canonical("NYPD") == "New York Police Department"
    assert "IOPC" in orgs.initials("Independent Office for Police Conduct")
    assert orgs.is_acronym("F.B.I.") and not orgs.is_acronym("Met")


@pytest.mark.parametrize(
    ("org", "place"),
    [
        ("Chicago Police Department", "Chicago"),
        ("Cook County Sheriff's Office", "Cook County"),
        ("Metropolitan Police", None),
        ("British Transport Police", None),
        ("Hudgell Solicitors", None),
    ],
)
def test_place_in_org(org, place):
    text = f"The {org} said."
    found = place_in_org(text, Mention(4, 4 + len(org), org, "ORG"))
    assert (found.text if found else None) == place


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("NASHVILLE, Tenn. — A man was shot.", ["NASHVILLE", "Tenn."]),
        ("CHICAGO (AP) — Police said.", ["CHICAGO"]),
        ("BRUSSELS 1996-08-22\nThe Commission said.", ["BRUSSELS"]),
        ("SOCCER - JAPAN GET LUCKY WIN", []),
        ("A man said NASHVILLE, Tenn. — was home.", []),
    ],
)
def test_dateline_places(text, places):
    assert [m.text for m in dateline_places(text)] == places
