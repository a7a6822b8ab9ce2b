"""The case place: abbreviated town names ("Mt. Juliet") and the District's one city
(``pipeline.cases.places`` and ``incident_place``)."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.cases.incident_place.states import states_in_names, voted_states
from pipeline.cases.places import abbreviated_at, abbreviated_place, find_dateline
from pipeline.cases.scene import (
    in_caption,
    outlet_name,
    scene_bonus,
    scene_places,
    street_name_at,
)
from tests.test_cases import case_for


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Mt. Juliet", "Mount Juliet"),
        ("Mt Juliet", "Mount Juliet"),
        ("ST.AUGUSTINE", "St. Augustine"),
        ("St. Louis", "St. Louis"),  # the spelling as written first: not Saint Louis, Mich.
        ("Ft. Pierce", "Fort Pierce"),
        ("Mt. Nowhereville", None),
        ("Juliet", None),
    ],
)
def test_abbreviated_place_spells_out_mount_saint_fort(name: str, place: str | None) -> None:
    assert abbreviated_place(name) == place


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("A girl was shot in Mt. Juliet on Monday.", "Juliet", "Mount Juliet"),
        ("A girl was shot in Juliet on Monday.", "Juliet", None),
        ("A girl was shot in Mt. Juliet on Monday.", "Mt. Juliet", "Mount Juliet"),
    ],
)
def test_abbreviated_at_reads_the_abbreviation_before_a_name(text, name, place) -> None:
    assert abbreviated_at(text, text.rindex(name), name) == place


@pytest.mark.parametrize(
    ("text", "places", "city"),
    [
        # the tagger left "Mt." out: the town is Mount Juliet, not Juliet
        ("A girl was shot in Mt. Juliet on Monday.", [("Juliet", "GPE")], "Mount Juliet"),
        # a part of the District is filed under Washington
        (
            "A man was shot Monday in Anacostia, D.C., police said.",
            [("Anacostia", "GPE")],
            "Washington",
        ),
        (
            "A man was shot on Monday in the District of Columbia.",
            [("District of Columbia", "GPE")],
            "Washington",
        ),
    ],
)
def test_case_place_reads_abbreviations_and_the_district(text, places, city) -> None:
    assert case_for(text, places, [])["city"] == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a town too small for the gazetteer still makes a dateline when a dash follows
        ("on August 7, 2015\n\nSMALLTOWNE — A man died in an accidental shooting.", "Smalltowne"),
        ("SMALLTOWNE\n\nA man died in an accidental shooting.", None),
        # ... but not call letters, a courthouse or a plain word
        ("KXYZ — A man died in an accidental shooting.", None),
        ("COOK COUNTY COURTHOUSE — A man was charged.", None),
        ("UPDATE — A man died in an accidental shooting.", None),
        ("EDITOR'S NOTE — A man died in an accidental shooting.", None),
        # nor an agency or a person in capitals
        ("FBI — A man died in an accidental shooting.", None),
        ("NYPD — A man died in an accidental shooting.", None),
        ("JOHN SMITH — A man died in an accidental shooting.", None),
        # an abbreviated town is spelled out
        ("FT LAUDERDALE — A man died in a shooting.", "Fort Lauderdale"),
    ],
)
def test_dateline_of_a_small_or_abbreviated_town(text: str, city: str | None) -> None:
    found = find_dateline(text)
    assert (found[0] if found else None) == city


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Texas County coroner ruled the death accidental.", set()),
        ("The Indiana State Police were called.", {"IN"}),
        ("He was taken to a Kansas City hospital.", set()),
    ],
)
def test_states_in_names_skip_a_county_named_after_a_state(text: str, codes: set[str]) -> None:
    assert states_in_names(text, set(), set()) == codes


def test_case_place_state_name_before_county_is_no_state_vote() -> None:
    # "Texas" tagged in "Texas County": the county (in Missouri or Oklahoma), not the state
    text = "SMALLTOWNE — A man died in an accidental shooting in Texas County on Monday."
    case = case_for(text, [("Texas", "GPE")], [])
    assert case["city"] == "Smalltowne"
    assert case["state"] != "Texas"


@pytest.mark.parametrize(
    ("text", "place", "bonus"),
    [
        ("Six were hurt by gunfire in Boston on Sunday.", "Boston", 3.0),
        # a possessive before the place: "shot ... in their Roswell home"
        ("A woman was shot Sunday in their Roswell home.", "Roswell", 3.0),
        ("He was found shot at his Marietta home.", "Marietta", 3.0),
    ],
)
def test_scene_bonus_after_a_possessive(text: str, place: str, bonus: float) -> None:
    start = text.index(place)
    assert scene_bonus(text, start, start + len(place)) == bonus


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("FOX Carolina", True), ("CBS Miami", True), ("Fox Lake", False), ("Dayton", False)],
)
def test_outlet_name_is_a_network_in_capitals(name: str, outlet: bool) -> None:
    assert outlet_name(name) is outlet


def test_case_place_skips_an_outlet_tagged_as_a_place() -> None:
    text = (
        "FOX Carolina learned that a girl was shot on Monday. FOX Carolina asked the "
        "Greenville County coroner."
    )
    places = [("FOX Carolina", "GPE"), ("Greenville County", "GPE")]
    assert case_for(text, places, [])["city"] == "Greenville"


def test_case_place_county_keeps_the_voted_state_over_a_same_name_town() -> None:
    # "Orange County" in a Florida story is no Orange, California
    text = "Deputies said a man was shot Monday in Orange County, Florida. He died there."
    case = case_for(text, [("Orange County", "GPE")], [])
    assert (case["city"], case["state"]) == ("Orange County", "Florida")


def test_voted_states_needs_a_clear_lead() -> None:
    assert voted_states({"FL", "CA"}, Counter({"FL": 3.0, "CA": 1.0})) == {"FL"}
    assert voted_states({"FL", "CA"}, Counter({"FL": 1.5, "CA": 1.0})) == {"FL", "CA"}
    assert voted_states({"FL"}, Counter()) == {"FL"}


@pytest.mark.parametrize(
    ("text", "place", "street"),
    [
        ("Police came to Independence and Prospect avenues on Monday.", "Independence", True),
        ("Police came to Independence and Prospect avenues on Monday.", "Prospect", True),
        ("The shooting at Carey & Baker streets left one dead.", "Carey", True),
        ("Police in Independence and Kansas City were called.", "Independence", False),
        # a bare plural street word after a town: the town's streets, not an intersection
        ("Gunfire on Chicago streets rose in May.", "Chicago", False),
    ],
)
def test_street_name_at_reads_an_intersection(text: str, place: str, street: bool) -> None:
    start = text.index(place)
    assert street_name_at(text, start, start + len(place)) is street


def test_case_place_skips_a_name_with_an_age_after_it() -> None:
    # "Mikayla, 12," tagged as a place: a person with her age, no town
    text = "Mikayla, 12, was shot on Monday in the yard."
    assert case_for(text, [("Mikayla", "GPE")], [])["city"] is None


def test_case_place_skips_a_possessive_tagged_as_a_place() -> None:
    # "Thursday's homicide": a tagged possessive is no town
    text = "Police came to the scene of Thursday's homicide."
    assert case_for(text, [("Thursday's", "GPE")], [])["city"] is None


@pytest.mark.parametrize(
    ("text", "place", "caption"),
    [
        ("Story.\nCaption Teen shot in Dravenmoor - Video A teen was shot.", "Dravenmoor", True),
        ("Story.\n  Caption 3 hurt - A man in Dravenmoor was hurt.", "Dravenmoor", True),
        ("Caption Dravenmoor grieves", "Dravenmoor", True),  # the text's first line
        ("The photo's caption named Dravenmoor.", "Dravenmoor", False),  # not a line start
        ("Caption: a man in Dravenmoor.", "Dravenmoor", False),  # no capital after it
        ("Caption Teen shot.\nA man was shot in Dravenmoor.", "Dravenmoor", False),  # next line
    ],
)
def test_in_caption_reads_a_carousel_line(text: str, place: str, caption: bool) -> None:
    assert in_caption(text, text.index(place)) is caption


CAROUSEL = (
    "A man was hurt at a bar in Pellworth on Sunday. Police are looking for a driver.\n"
    "Caption Teen killed in Dravenmoor shooting - Video A teen was shot and killed in "
    "Dravenmoor on Friday. A teen was shot and killed in Dravenmoor on Friday."
)


def test_case_place_skips_a_video_carousel_of_other_stories() -> None:
    places = [("Pellworth", "GPE"), ("Dravenmoor", "GPE")]
    assert case_for(CAROUSEL, places, [])["city"] == "Pellworth"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Deputies found a man shot in Springfield on Sunday.", {"Springfield": 5.0}),
        ("Story.\nCaption Video: a man was shot in Springfield on Sunday.", {}),
    ],
)
def test_scene_places_skip_a_carousel_line(text: str, found: dict) -> None:
    assert scene_places(text, {}, set()) == found
