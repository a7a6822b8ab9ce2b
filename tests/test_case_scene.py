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
        ("A man was shot Friday night in Cedar Grove, deputies said.", "Cedar Grove", 1),
        ("Police are investigating the Masury shooting.", "Masury", 1),
        ("The shooting happened in the town of Isla Vista.", "Isla Vista", 1),
        ("A Killeen man was arrested on Tuesday.", "Killeen", -1),
        ("A 19-year-old from Paragould is in critical condition.", "Paragould", -1),
        ("She is treated at Charleston Area Medical Center.", "Charleston", -1),
        ("The boy was airlifted to Jacksonville.", "Jacksonville", -1),
        ("The gun was reported stolen in Sharon in 1995.", "Sharon", -1),
        ("Police in Dayton asked for tips.", "Dayton", 0),
        # a scene word after the move: the scene ("arrested in connection with ...")
        ("He was arrested in connection with the shooting in Dayton.", "Dayton", 1),
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
        ("Indianapolis Man Dies in Gary Shooting", "Gary", 3.0),
        ("Indianapolis Man Dies in Gary Shooting", "Indianapolis", 0.0),
        ("Police: Masury shooting was an accident", "Masury", 3.0),
    ],
)
def test_title_bonus_rewards_the_place_of_the_shooting(title, name, bonus) -> None:
    assert title_bonus(title, name) == bonus


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a place alone on its line before a blank line, a dash garbled into a control char
        ("CAMPBELL\n\nPolice named the suspect who opened fire in a home.", "Campbell"),
        ("\x97 ALBANY — A man was charged in connection with a shooting.", "Albany"),
        ("BREAKING NEWS\n\nPolice named the suspect.", None),
        # a common word alone on its line is a heading, though a town bears the name
        ("HOME\n\nA man was shot in Dayton.", None),
        ("HOME, Wash. — A man was shot.", "Home"),
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


@pytest.mark.parametrize(
    ("text", "place", "people", "home"),
    [
        (
            "The victim was identified as George Pettigrew of Mundelein.",
            "Mundelein",
            {"Pettigrew"},
            True,
        ),
        ("Jacques Overbrook, 26, of Gastonia, pleaded guilty.", "Gastonia", set(), True),
        ("Tom Lee Jr. of Dayton was charged.", "Dayton", {"Lee"}, True),
        ("On behalf of the City of Champaign, we mourn.", "Champaign", {"Pettigrew"}, False),
        ("He was shot near the University of Illinois.", "Illinois", set(), False),
    ],
)
def test_resident_of_reads_a_person_of_a_town(text, place, people, home) -> None:
    assert resident_of(text, text.index(place), people) is home


@pytest.mark.parametrize(
    ("text", "place", "street"),
    [
        ("The shooting was on N. River Street off of E. Charlotte Avenue.", "Charlotte", True),
        ("A drive-by shooting on South Orange Blossom Trail.", "Orange", True),
        ("Police found him on Brownsville Road.", "Brownsville", True),
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
        ("Four were found shot at 7050 Old State Road, Holly Hill on July 15.", {}, ["Holly Hill"]),
        ("Troopers went to a house on Muddy Neck Road in Ocean View.", {}, ["Ocean View"]),
        ("Shot in the 14500 block of Duane Road in New Orleans East.", {}, ["New Orleans"]),
        (
            "A guard was shot in the 2100 block of Singleton Boulevard in West Dallas.",
            {},
            ["Dallas"],
        ),
        ("She was found at 6802 Cardindale Drive in North Knox County.", {}, []),
        ("Four were found shot at 7050 Old State Road, Holly Hill.", {"Holly Hill": 3.0}, []),
        ("Troopers went to Muddy Neck Road on Friday.", {}, []),
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
            "Teens sat on a porch in Gage Park when a van pulled up, a Chicago Police "
            "spokesman said. Neighbors in Gage Park were afraid.",
            [("Gage Park", "GPE"), ("Chicago", "GPE")],
            "Chicago",
        ),
        # ... not when a scene word marks the place
        (
            "Teens were shot in Gage Park on Monday, a Chicago Police spokesman said.",
            [("Gage Park", "GPE"), ("Chicago", "GPE")],
            "Gage Park",
        ),
        # ... nor for a retired officer's former force
        (
            "A burglar broke into a home in Winter Haven, Fla., said a retired Tampa police "
            "captain.",
            [("Winter Haven", "GPE"), ("Tampa", "GPE")],
            "Winter Haven",
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
            "Deputies searched Holly Hill. Deputies searched Vance.",
            [("Vance", "GPE"), ("Holly Hill", "GPE")],
            "Holly Hill",
        ),
        # a place name that starts a street name is no place
        (
            "A man was found dead off Charlotte Avenue on Friday. The home is in Gastonia.",
            [("Charlotte", "GPE"), ("Gastonia", "GPE")],
            "Gastonia",
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
            "Four people were found shot to death at 7050 Old State Road, Holly Hill. "
            "Ann Wright was later arrested in Manning.",
            [("Manning", "GPE")],
            "Holly Hill",
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
            "CLEVELAND (AP) — A juror in the trial of a man accused in the slayings at a "
            "Warrensville Heights barbershop was dismissed in Cleveland.",
            [("Cleveland", "GPE"), ("Warrensville Heights", "GPE")],
            "Warrensville Heights",
        ),
        # ... also to one the NER missed after "shooting in"
        (
            "CHARLESTON, W.Va. (AP) — Deputies were called to investigate a shooting in Cedar "
            "Grove on Friday. Charleston police helped.",
            [("Charleston", "GPE")],
            "Cedar Grove",
        ),
        # ... but not to a town of another state
        (
            "CLEVELAND (AP) — A juror in the trial of a man accused in the slayings at a Gary "
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
        "Officers went to a party on Green Street in Champaign. A man was pronounced dead "
        "at Carle Hospital in Urbana, Ill."
    )
    case = case_for(text, [("Champaign", "GPE"), ("Urbana", "GPE")], [])
    assert (case["city"], case["state"]) == ("Champaign", "Illinois")
