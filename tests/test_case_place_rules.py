"""The case place: abbreviated town names ("Mt. Holly") and the District's one city
(``pipeline.cases.places`` and ``incident_place``)."""

from __future__ import annotations

import pytest

from pipeline.cases.places import abbreviated_at, abbreviated_place
from tests.test_cases import case_for


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Mt. Holly", "Mount Holly"),
        ("Mt Holly", "Mount Holly"),
        ("ST.AUGUSTINE", "St. Augustine"),
        ("St. Louis", "St. Louis"),  # the spelling as written first: not Saint Louis, Mich.
        ("Ft. Pierce", "Fort Pierce"),
        ("Mt. Nowhereville", None),
        ("Holly", None),
    ],
)
def test_abbreviated_place_spells_out_mount_saint_fort(name: str, place: str | None) -> None:
    assert abbreviated_place(name) == place


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("A girl was shot in Mt. Holly on Monday.", "Holly", "Mount Holly"),
        ("A girl was shot in Holly on Monday.", "Holly", None),
        ("A girl was shot in Mt. Holly on Monday.", "Mt. Holly", "Mount Holly"),
    ],
)
def test_abbreviated_at_reads_the_abbreviation_before_a_name(text, name, place) -> None:
    assert abbreviated_at(text, text.rindex(name), name) == place


@pytest.mark.parametrize(
    ("text", "places", "city"),
    [
        # the tagger left "Mt." out: the town is Mount Holly, not Holly
        ("A girl was shot in Mt. Holly on Monday.", [("Holly", "GPE")], "Mount Holly"),
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
