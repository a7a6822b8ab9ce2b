"""The case place: words around a place that mark the scene, boroughs, wire datelines,
counties that give way to a named town (``pipeline.cases.scene`` and ``incident_place``)."""

from __future__ import annotations

import pytest

from pipeline.cases.places import find_dateline
from pipeline.cases.scene import (
    city_part,
    scene_bonus,
    scene_places,
    title_bonus,
    town_of_state,
)
from tests.test_cases import case_for


@pytest.mark.parametrize(
    ("text", "place", "sign"),
    [
        ("A man was shot Friday night in Cedar Grove, deputies said.", "Cedar Grove", 1),
        ("Police are investigating the Masury shooting.", "Masury", 1),
        ("The shooting happened in the town of Isla Vista.", "Isla Vista", 1),
        ("A Killeen man was arrested on Tuesday.", "Killeen", -1),
        ("A 19-year-old from Paragould is in critical condition.", "Paragould", -1),
        ("She is treated at Charleston Area Medical Center.", "Charleston", -1),
        ("The boy was airlifted to Jacksonville.", "Jacksonville", -1),
        ("The gun was reported stolen in Sharon in 1995.", "Sharon", -1),
        ("Police in Dayton asked for tips.", "Dayton", 0),
    ],
)
def test_scene_bonus_reads_the_words_around_a_place(text: str, place: str, sign: int) -> None:
    start = text.index(place)
    bonus = scene_bonus(text, start, start + len(place))
    assert (bonus > 0) - (bonus < 0) == sign


@pytest.mark.parametrize(
    ("city", "candidates", "part"),
    [
        ("New York", {"New York": 9.0, "Brooklyn": 4.0}, "Brooklyn"),
        ("New York City", {"The Bronx": 2.0, "Queens": 1.0}, "Bronx"),
        ("New York", {"New York": 9.0}, None),
        ("Chicago", {"Chicago": 9.0, "Brooklyn": 4.0}, None),
    ],
)
def test_city_part_names_the_borough(city, candidates, part) -> None:
    assert city_part(city, candidates) == part


@pytest.mark.parametrize(
    ("candidates", "states", "town"),
    [
        ({"Harris County": 4.0, "Cypress": 3.0, "Texas": 2.0}, {"TX"}, "Cypress"),
        ({"Harris County": 4.0, "Cypress": -1.0}, {"TX"}, None),
        ({"Lake County": 4.0, "Waukegan": 3.0, "Dallas": 5.0}, {"IL"}, "Waukegan"),
    ],
)
def test_town_of_state_is_a_known_town_of_the_county_state(candidates, states, town) -> None:
    assert town_of_state(candidates, states) == town


@pytest.mark.parametrize(
    ("text", "places", "people", "city"),
    [
        # a home town before "man", the scene after "shooting ... in"
        (
            "Dayton police said a Dayton man was arrested in Dayton. He is charged in the "
            "shooting in Kettering.",
            [("Dayton", "GPE"), ("Kettering", "GPE")],
            (),
            "Kettering",
        ),
        # a direction in front of the city, "Town of" in front of the town
        ("A man was shot in west Houston on Monday.", [("west Houston", "GPE")], (), "Houston"),
        ("A hunter was found dead in the Town of Busti.", [("Town of Busti", "GPE")], (), "Busti"),
        # "Chicago Police" names the city of a marked neighbourhood the NER missed
        (
            "Five were shot in the Brighton Park neighborhood, Chicago Police said.",
            [("Brighton Park", "GPE")],
            (),
            "Chicago",
        ),
        # GVA files New York City incidents under the borough
        (
            "New York police said a man was shot in New York on Sunday in Brooklyn.",
            [("New York", "GPE"), ("Brooklyn", "GPE")],
            (),
            "Brooklyn",
        ),
        # a news agency's dateline is its bureau
        (
            "CLEVELAND (AP) — Cincinnati police are at the bar. A man was killed there.",
            [("Cincinnati", "GPE")],
            (),
            "Cincinnati",
        ),
        # a one-word "person" that is a town after "in"
        (
            "Harris County deputies said a girl was shot at a house in Katy.",
            [("Harris County", "GPE")],
            [{"entity_id": "a-per0", "name": "Katy", "aliases": []}],
            "Katy",
        ),
        # a neighbourhood gives way only to a city big in its own state
        (
            "Five were shot in the Brighton Park neighborhood. He lived on Fairfield Avenue.",
            [("Brighton Park", "GPE"), ("Fairfield", "GPE")],
            (),
            "Brighton Park",
        ),
        # a person's surname that is a town followed by its state is the town
        (
            "Lisa Anderson said a woman was shot at a range in Anderson, S.C., on Monday.",
            [("Anderson", "GPE")],
            [{"entity_id": "a-per0", "name": "Lisa Anderson", "aliases": ["Anderson"]}],
            "Anderson",
        ),
        # a county gives way to a known town of its state that the story names
        (
            "HARRIS COUNTY, Texas — A boy was shot in northwest Harris County. Deputies "
            "went to the Cypress home.",
            [("Harris County", "GPE"), ("Cypress", "GPE")],
            (),
            "Cypress",
        ),
    ],
)
def test_case_place_prefers_the_scene(text, places, people, city) -> None:
    assert case_for(text, places, [], people=people)["city"] == city


@pytest.mark.parametrize(
    ("title", "name", "bonus"),
    [
        ("Indianapolis Man Dies in Gary Shooting", "Gary", 5.0),
        ("Indianapolis Man Dies in Gary Shooting", "Indianapolis", 2.0),
        ("Police: Masury shooting was an accident", "Masury", 5.0),
    ],
)
def test_title_bonus_rewards_the_place_of_the_shooting(title, name, bonus) -> None:
    assert title_bonus(title, name, 2.0) == bonus


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a place alone on its line before a blank line, a dash garbled into a control char
        ("CAMPBELL\n\nPolice named the suspect who opened fire in a home.", "Campbell"),
        ("\x97 ALBANY — A man was charged in connection with a shooting.", "Albany"),
        ("BREAKING NEWS\n\nPolice named the suspect.", None),
        # a county between the town and the state
        ("GREENCASTLE, FRANKLIN COUNTY, Pa. -- A teen was shot and killed.", "Greencastle"),
    ],
)
def test_dateline_on_its_own_line(text: str, city: str | None) -> None:
    found = find_dateline(text)
    assert (found[0] if found else None) == city


def test_case_place_headline_scene_beats_a_home_town() -> None:
    from pipeline.article import Article
    from pipeline.cases import build_case
    from tests.test_cases import make_rows, sentences_of

    text = "An Indianapolis man, 18, of Indianapolis, died. Gary police are asking for tips."
    article = Article("a", "a.txt", text, title="Indianapolis man dies in Gary shooting")
    rows = make_rows(text, [("Indianapolis", "GPE"), ("Gary", "GPE")], [])
    assert build_case(article, rows, sentences_of(text))["city"] == "Gary"


@pytest.mark.parametrize(
    ("text", "found", "names"),
    [
        ("Deputies investigate a shooting in Cedar Grove on Friday.", {}, ["Cedar Grove"]),
        ("Two people were shot and killed in Miami Gardens.", {"Miami": 3.0}, ["Miami Gardens"]),
        ("A man was shot in West Texas on Friday.", {}, []),
        ("A man was shot in Cedar Grove on Friday.", {"Cedar Grove": 4.0}, []),
        ("Deputies said he was arrested in Cedar Grove.", {}, []),
    ],
)
def test_scene_places_finds_untagged_towns_of_the_scene(text, found, names) -> None:
    assert list(scene_places(text, found, set())) == names
