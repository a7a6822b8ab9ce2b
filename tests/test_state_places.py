"""US states as place mentions: inside longer names, as lone abbreviations, as postal
codes after a town; and state names that are part of another place's name."""

from __future__ import annotations

import pytest
import spacy

from pipeline.entities import merge_entities
from pipeline.entities.clean import clean_span
from pipeline.entities.mentions import _add_state_codes, _places_in_places, _states_in_names
from pipeline.entities.places import (
    CITY_STATE_CODE,
    DATELINE,
    city_state_codes,
    place_in_org,
    states_in_name,
)
from pipeline.records import Mention


def _mention(text: str, name: str, label: str, method: str = "spacy:ner") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, method)


@pytest.mark.parametrize(
    ("text", "word", "strip_titles", "kept"),
    [
        ("Rena Voss moved to Dover, Ark., last fall.", "Ark.", False, True),
        ("She grew up near Troy, N.Y. and left.", "N.Y.", False, True),
        ("She grew up near Troy, N.Y. and left.", "N.Y.", True, False),  # never a person
        ("The rest was ... quiet.", "...", False, False),
    ],
)
def test_clean_span_keeps_a_lone_state_abbreviation(text, word, strip_titles, kept):
    doc = spacy.blank("en")(text)
    i = next(t.i for t in doc if t.text == word)
    cleaned = clean_span(doc[i : i + 1], strip_titles=strip_titles)
    assert (cleaned is not None) == kept
    if kept:
        assert text[cleaned.start : cleaned.end] == word


@pytest.mark.parametrize(
    ("text", "name", "label", "states"),
    [
        (
            "said the Vermont Department of Corrections on",
            "Vermont Department of Corrections",
            "ORG",
            ["Vermont"],
        ),
        (
            "studied at the University of Southern Nebraska for",
            "University of Southern Nebraska",
            "ORG",
            ["Nebraska"],
        ),
        (
            "gifts to Friends of Central Oregon now",
            "Friends of Central Oregon",
            "ORG",
            ["Oregon"],
        ),
        ("a Montana Highway patrol plane flew", "Montana Highway patrol", "FAC", ["Montana"]),
        (
            "the North Dakota Parole Board said",
            "North Dakota Parole Board",
            "ORG",
            ["North Dakota"],
        ),
        (
            "held at Northern Nevada Detention Annex since",
            "Northern Nevada Detention Annex",
            "FAC",
            ["Nevada"],
        ),
        ("moved to Lewes, Delaware last year", "Lewes, Delaware", "GPE", ["Delaware"]),
        ("born in Tennessee.17-year-old Pim Arlo", "Tennessee.17-year-old", "GPE", ["Tennessee"]),
        # not the state: a longer place or street name, or another name's word
        ("the Nebraska City Marshal's Office said", "Nebraska City Marshal's Office", "ORG", []),
        ("an Iowa Falls Police officer", "Iowa Falls Police", "ORG", []),
        ("the Utah Terrace Bridge was shut", "Utah Terrace Bridge", "FAC", []),
        ("found in the Missouri River.", "Missouri River", "LOC", []),
        ("a flat in West New York today", "West New York", "GPE", []),
        ("the Iowa County Sheriff's Office said", "Iowa County Sheriff's Office", "ORG", []),
        ("at Brandt Texas Eye Clinic", "Brandt Texas Eye Clinic", "ORG", []),
        ("at George Washington University", "George Washington University", "ORG", []),
        ("Georgia Lane Pell, 40, said", "Georgia Lane Pell", "PERSON", []),
        ("drove to Utah on Monday", "Utah", "GPE", []),
        # a street word ends a street name, not "Court of" nor an organisation's last word
        ("the Idaho Court of Claims ruled", "Idaho Court of Claims", "ORG", ["Idaho"]),
        ("said the Vermont Court on Friday", "Vermont Court", "ORG", ["Vermont"]),
        ("at the Kansas Court Chapel today", "Kansas Court Chapel", "ORG", []),
        ("a fire at Utah Circle on Monday", "Utah Circle", "FAC", []),
        ("a shop on Idaho Avenue said", "Idaho Avenue", "ORG", []),
        # a state that is a given name before a surname is a person's name
        ("the Fund of Virginia Pellow paid", "Fund of Virginia Pellow", "ORG", []),
        ("the Bank of Georgia Quist was robbed", "Bank of Georgia Quist", "ORG", []),
        ("the Bank of Georgia Department said", "Bank of Georgia Department", "ORG", ["Georgia"]),
        (
            "taken to Georgia Pell Surgical Clinic",
            "Georgia Pell Surgical Clinic",
            "ORG",
            ["Georgia"],
        ),
        # a facility or location is a named thing unless an agency ending follows the state
        ("we saw the Oregon Memorial at dusk", "Oregon Memorial", "FAC", []),
        ("flew to Ohio Brisbane Regional Airport", "Ohio Brisbane Regional Airport", "FAC", []),
        ("a boat sank in the Gulf of Maine", "Gulf of Maine", "LOC", []),
        ("played for the Idaho Comets last year", "Idaho Comets", "FAC", []),
        ("a Wyoming Highway Patrol car", "Wyoming Highway Patrol", "FAC", ["Wyoming"]),
        # a town before a comma and a state is not the state
        ("born in Nevada, Missouri in 1990", "Nevada, Missouri", "GPE", ["Missouri"]),
        (
            "a man from Washington, Pennsylvania said",
            "Washington, Pennsylvania",
            "GPE",
            ["Pennsylvania"],
        ),
        ("the Washington DC office", "Washington DC", "GPE", []),
    ],
)
def test_states_in_name(text, name, label, states):
    found = states_in_name(text, _mention(text, name, label))
    assert [m.text for m in found] == states
    assert all(text[m.start : m.end] == m.text and m.label == "GPE" for m in found)


def test_state_highway_patrol_gives_the_state():
    text = "the Nebraska state highway patrol said"
    place = place_in_org(text, _mention(text, "Nebraska state highway patrol", "ORG"))
    assert place is not None and place.text == "Nebraska"


@pytest.mark.parametrize(
    ("name", "nested"),
    [("North Quillan", ["Quillan"]), ("West New York", [])],
)
def test_compass_place_in_place_not_a_state_in_a_known_place(name, nested):
    found = _places_in_places([Mention(0, len(name), name, "GPE")])
    assert [m.text for m in found] == nested


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("a man from Columbus, IN, was held", ["IN"]),
        ("a man from Columbus, IN.", ["IN"]),
        ("a man from Columbus, IN - police said", ["IN"]),
        ("a man from Columbus, IN 47201 was held", ["IN"]),
        ("a man from Dover, DE was held", ["DE"]),
        # a code that is a word before a lower-case word, or before "?" / "!"
        ("She sang in Marion, IN the spring of 2011.", []),
        ('"Stay, Ada, OK? Wait," he said.', []),
        ("Stop, Ada, OK!", []),
        # towns the simple pattern missed
        ("moved to St. Louis, MO in May", ["MO"]),
        ("moved to Mt. Juliet, TN in May", ["TN"]),
        ("moved to Winston-Salem, NC in May", ["NC"]),
        ("moved to O'Fallon, MO in May", ["MO"]),
        ("moved to McKinney, TX in May", ["TX"]),
        ("mail it to Bronx, NY 10451 soon", ["NY"]),
        ("gifts to 12 Quarry Ln, Lodi, WI 53555 by June", ["WI"]),
        ("services in Greencastle PA 17225 on Friday", ["PA"]),
        ("a man from Lodi, TX was held", []),  # no Lodi in Texas
        ("shot in Columbus IN the morning", []),  # no comma, no ZIP code
    ],
)
def test_city_state_codes(text, codes):
    found = city_state_codes(text)
    assert [m.text for m in found] == codes
    assert all(text[m.start : m.end] == m.text and m.method == CITY_STATE_CODE for m in found)


@pytest.mark.parametrize(
    ("text", "person", "codes"),
    [
        ("said Dr. Nell Easton, MD on Friday", "Nell Easton", []),  # a surname, not a town
        ("Mayor Rudd Augusta, ME and others spoke.", "Rudd Augusta", []),
        ("said Dr. Nell Quarle of Easton, MD on Friday", "Nell Quarle", ["MD"]),
    ],
)
def test_state_code_not_after_a_name(text, person, codes):
    merged = _add_state_codes(text, [_mention(text, person, "PERSON")])
    assert [m.text for m in merged if m.method == CITY_STATE_CODE] == codes


def test_state_code_replaces_a_spacy_mention_of_the_code():
    text = "News for Mobile, AL and beyond."
    merged = _add_state_codes(text, [_mention(text, "Mobile", "GPE"), _mention(text, "AL", "ORG")])
    assert sorted((m.text, m.label, m.method) for m in merged) == [
        ("AL", "GPE", CITY_STATE_CODE),
        ("Mobile", "GPE", "spacy:ner"),
    ]


@pytest.mark.parametrize(
    ("method", "name"),
    [(CITY_STATE_CODE, "Indiana"), (DATELINE, "Indiana"), ("spacy:ner", "In")],
)
def test_a_state_code_read_by_a_rule_names_the_state(method, name):
    text = "OSWIN, IN - A man was shot."
    entities, _ = merge_entities(text, [_mention(text, "IN", "GPE", method)])
    assert [e.name for e in entities] == [name]


def test_a_dateline_code_is_not_propagated_as_a_name():
    text = "FENWICK, OK (KXYZ) - A man was hurt. His aunt said he is OK now."
    entities, mentions = merge_entities(text, [_mention(text, "OK", "GPE", DATELINE)])
    starts = [mentions[i].start for e in entities for i in e.mention_indices]
    assert starts == [9]  # not the "OK" of "he is OK"


@pytest.mark.parametrize(
    ("name", "states"),
    [("Nevada Coldbrook Sheriff's Office", []), ("Ohio Fire Department", ["Ohio"])],
)
def test_state_in_a_longer_place_of_an_organisation_is_not_added(name, states):
    text = f"the {name} said"
    org = _mention(text, name, "ORG")
    places = [p for p in [place_in_org(text, org)] if p]
    assert [m.text for m in _states_in_names(text, [org], places)] == states
