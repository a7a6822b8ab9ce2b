"""The case place: words around a place that mark the scene, boroughs, wire datelines,
counties that give way to a named town (``pipeline.cases.scene`` and ``incident_place``)."""

from __future__ import annotations

import pytest

from pipeline.cases.places import find_dateline
from pipeline.cases.scene import (
    address_places,
    city_part,
    resident_of,
    scene_bonus,
    scene_places,
    street_name_at,
    title_bonus,
    town_of_state,
)
from tests.test_cases import case_for


@pytest.mark.parametrize(
    ("text", "place", "sign"),
    [
        ("A man was shot Friday night in Alum Creek, deputies said.", "Alum Creek", 1),
        ("Police are investigating the Masury shooting.", "Masury", 1),
        ("The shooting happened in the town of Pine Haven.", "Pine Haven", 1),
        ("A Lufkin man was arrested on Tuesday.", "Lufkin", -1),
        ("A 19-year-old from Blytheville is in critical condition.", "Blytheville", -1),
        ("She is treated at Roanoke Regional Medical Center.", "Roanoke", -1),
        ("The boy was airlifted to Jacksonville.", "Jacksonville", -1),
        ("The gun was reported stolen in Sharon in 1995.", "Sharon", -1),
        ("Police in Dayton asked for tips.", "Dayton", 0),
        # a scene word after the move: the scene ("arrested in connection with ...")
        ("He was arrested in connection to the shooting in Dayton.", "Dayton", 1),
        ("He was later arrested in Dayton.", "Dayton", -1),
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
        (
            "A hunter was found dead in the Town of Kiantone.",
            [("Town of Kiantone", "GPE")],
            (),
            "Kiantone",
        ),
        # "Chicago Police" names the city of a marked neighbourhood the NER missed
        (
            "Five were shot in the Albany Park neighborhood, Chicago Police said.",
            [("Albany Park", "GPE")],
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
            "Five were shot in the Albany Park neighborhood. He lived on Pulaski Avenue.",
            [("Albany Park", "GPE"), ("Pulaski", "GPE")],
            (),
            "Albany Park",
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
        ("Muncie Man Dies in Gary Shooting", "Gary", 3.0),
        ("Muncie Man Dies in Gary Shooting", "Muncie", 0.0),
        ("Police: Masury shooting was an accident", "Masury", 3.0),
    ],
)
def test_title_bonus_rewards_the_place_of_the_shooting(title, name, bonus) -> None:
    assert title_bonus(title, name) == bonus


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a place alone on its line before a blank line, a dash garbled into a control char
        ("CAMPBELL\n\nPolice named the man who opened fire inside a home.", "Campbell"),
        ("\x97 ALBANY — A man was charged in connection with a shooting.", "Albany"),
        ("BREAKING NEWS\n\nPolice named the suspect.", None),
        # a common word alone on its line is a heading, though a town bears the name
        ("HOME\n\nA man was shot in Dayton.", None),
        ("HOME, Wash. — A man was shot.", "Home"),
        # a county between the town and the state
        ("CHAMBERSBURG, FRANKLIN COUNTY, Pa. -- A teen was shot and killed.", "Chambersburg"),
    ],
)
def test_dateline_on_its_own_line(text: str, city: str | None) -> None:
    found = find_dateline(text)
    assert (found[0] if found else None) == city


def test_case_place_headline_scene_beats_a_home_town() -> None:
    from pipeline.article import Article
    from pipeline.cases import build_case
    from tests.test_cases import make_rows, sentences_of

    text = "A Muncie man, 18, of Muncie, died. Gary police are asking for tips."
    article = Article("a", "a.txt", text, title="Muncie man dies in Gary shooting")
    rows = make_rows(text, [("Muncie", "GPE"), ("Gary", "GPE")], [])
    assert build_case(article, rows, sentences_of(text)).row["city"] == "Gary"


@pytest.mark.parametrize(
    ("text", "found", "names"),
    [
        ("Deputies investigate a shooting in Alum Creek on Friday.", {}, ["Alum Creek"]),
        ("Two people were shot dead in Miami Gardens.", {"Miami": 3.0}, ["Miami Gardens"]),
        ("A man was shot in West Texas on Friday.", {}, []),
        ("A man was shot in Alum Creek on Friday.", {"Alum Creek": 4.0}, []),
        ("Deputies said he was arrested in Alum Creek.", {}, []),
    ],
)
def test_scene_places_finds_untagged_towns_of_the_scene(text, found, names) -> None:
    assert list(scene_places(text, found, set())) == names


@pytest.mark.parametrize(
    ("text", "place", "people", "home"),
    [
        (
            "The victim was identified as George Pettigrew of Mundelein.",
            "Mundelein",
            {"Pettigrew"},
            True,
        ),
        ("Jacques Overbrook, 26, of Hickory, pleaded guilty.", "Hickory", set(), True),
        ("Tom Lee Jr. of Dayton was charged.", "Dayton", {"Lee"}, True),
        ("Speaking for the City of Champaign, we mourn.", "Champaign", {"Pettigrew"}, False),
        ("He was shot near the University of Illinois.", "Illinois", set(), False),
    ],
)
def test_resident_of_reads_a_person_of_a_town(text, place, people, home) -> None:
    assert resident_of(text, text.index(place), people) is home


@pytest.mark.parametrize(
    ("text", "place", "street"),
    [
        ("The shooting was on N. Birch Street near E. Raleigh Avenue.", "Raleigh", True),
        ("A drive-by shooting on North Orange Grove Trail.", "Orange", True),
        ("Police found him on Florence Road.", "Florence", True),
        ("Charlotte police said the man died.", "Charlotte", False),
        ("A man was shot in Orange on Friday.", "Orange", False),
    ],
)
def test_street_name_at_tells_a_street_from_a_place(text, place, street) -> None:
    start = text.index(place)
    assert street_name_at(text, start, start + len(place)) is street


@pytest.mark.parametrize(
    ("text", "found", "names"),
    [
        (
            "Four were found shot at 4127 Pinecrest Road, Goose Creek on July 15.",
            {},
            ["Goose Creek"],
        ),
        ("Troopers went to a house on Hollins Neck Road in Bethany Beach.", {}, ["Bethany Beach"]),
        ("Shot in the 13800 block of Wendover Road in New Orleans East.", {}, ["New Orleans"]),
        (
            "A guard was shot in the 3300 block of Halloway Boulevard in East Dallas.",
            {},
            ["Dallas"],
        ),
        ("She was found at 6215 Briarwood Lane in West Knox County.", {}, []),
        ("Four were found shot at 4127 Pinecrest Road, Goose Creek.", {"Goose Creek": 3.0}, []),
        ("Troopers went to Hollins Neck Road on Friday.", {}, []),
    ],
)
def test_address_places_finds_the_town_of_a_street_address(text, found, names) -> None:
    assert list(address_places(text, found, set())) == names


PEOPLE = [{"entity_id": "a-per9", "name": "Tom Smith", "aliases": []}]


@pytest.mark.parametrize(
    ("text", "places", "city"),
    [
        # a smaller known place whose police go unnamed gives way to the big city whose
        # police the story names (a neighbourhood, a court town)
        (
            "Teens sat on a porch in Portage Park when a van pulled up, a Chicago Police "
            "spokesman said. Neighbors in Portage Park were afraid.",
            [("Portage Park", "GPE"), ("Chicago", "GPE")],
            "Chicago",
        ),
        # ... not when a scene word marks the place
        (
            "Teens were shot in Portage Park on Monday, a Chicago Police spokesman said.",
            [("Portage Park", "GPE"), ("Chicago", "GPE")],
            "Portage Park",
        ),
        # ... nor for a retired officer's former force
        (
            "A burglar broke into a home in Lake Wales, Fla., said a retired Tampa police captain.",
            [("Lake Wales", "GPE"), ("Tampa", "GPE")],
            "Lake Wales",
        ),
        # a sentence repeated word for word (a caption) adds nothing the second time
        (
            "Photo: Police cars at the party in Sunrise, Fla., on Sunday night. A man was "
            "found dead in Plantation on Sunday. Photo: Police cars at the party in Sunrise, "
            "Fla., on Sunday night.",
            [("Plantation", "GPE"), ("Sunrise", "GPE")],
            "Plantation",
        ),
        # a tie goes to the place named first
        (
            "Deputies searched Goose Creek. Deputies searched Vance.",
            [("Vance", "GPE"), ("Goose Creek", "GPE")],
            "Goose Creek",
        ),
        # a place name that starts a street name is no place
        (
            "A man was found dead off Raleigh Avenue on Friday. The home is in Hickory.",
            [("Raleigh", "GPE"), ("Hickory", "GPE")],
            "Hickory",
        ),
        # a person's home town after "Name of" or "Name, 30, of" is marked down
        (
            "Police said a man died at a home in Dayton. He was identified as Tom Smith of "
            "Kettering, Ohio.",
            [("Dayton", "GPE"), ("Kettering", "GPE")],
            "Dayton",
        ),
        (
            "Police said a man died at a home in Dayton. He was identified as Jo Ames, 30, of "
            "Kettering, Ohio.",
            [("Dayton", "GPE"), ("Kettering", "GPE")],
            "Dayton",
        ),
        # the town after a street address the NER missed
        (
            "Four people were found shot dead at 4127 Pinecrest Road, Goose Creek. "
            "Ann Wright was later arrested in Hanahan.",
            [("Hanahan", "GPE")],
            "Goose Creek",
        ),
    ],
)
def test_case_place_police_repeats_ties_streets(text, places, city) -> None:
    assert case_for(text, places, [], people=PEOPLE)["city"] == city


@pytest.mark.parametrize(
    ("text", "places", "city"),
    [
        # a wire bureau's dateline, no scene word, gives way to a close town a scene word marks
        (
            "CLEVELAND (AP) — A juror in the murder trial of a man accused in the slayings at a "
            "Bedford Heights barbershop was dismissed in Cleveland.",
            [("Cleveland", "GPE"), ("Bedford Heights", "GPE")],
            "Bedford Heights",
        ),
        # ... also to one the NER missed after "shooting in"
        (
            "CHARLESTON, W.Va. (AP) — Deputies were sent to look into a shooting in Alum "
            "Creek on Friday. Charleston police helped.",
            [("Charleston", "GPE")],
            "Alum Creek",
        ),
        # ... but not to a town of another state
        (
            "CLEVELAND (AP) — A juror in the murder trial of a man accused "
            "in the slayings at a Gary "
            "barbershop was dismissed in Cleveland.",
            [("Cleveland", "GPE"), ("Gary", "GPE")],
            "Cleveland",
        ),
    ],
)
def test_case_place_prefers_a_close_town_marked_as_the_scene(text, places, city) -> None:
    assert case_for(text, places, [])["city"] == city


def test_case_place_state_after_a_hospital_town_adds_nothing() -> None:
    # "Urbana, Ill." after "Hospital in": the state makes the hospital town no likelier
    text = (
        "Officers went to a party on Sycamore Street in Champaign. A man was pronounced dead "
        "at Mercy Hospital in Urbana, Ill."
    )
    case = case_for(text, [("Champaign", "GPE"), ("Urbana", "GPE")], [])
    assert (case["city"], case["state"]) == ("Champaign", "Illinois")
