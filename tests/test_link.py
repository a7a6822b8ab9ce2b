"""Linking articles into cases and people into persons across the archive."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.cases.link import (
    dates_compatible,
    link_cases,
    link_key,
    link_outputs,
    link_people,
    name_key,
)
from pipeline.schemas import CASES, PEOPLE


def case(aid, day, city="Dallas", state="Texas", published=None, method="event-sentence"):
    start = date.fromisoformat(day) if day else None
    return {
        "article_id": aid,
        "case_id": None,
        "published": date.fromisoformat(published) if published else start,
        "date_start": start,
        "date": day,
        "date_method": method,
        "date_article_id": aid if day else None,
        "city": city,
        "state": state,
    }


def person(aid, name, role="victim", age=None, n=1):
    return {
        "article_id": aid,
        "entity_id": f"{aid}-per{n}",
        "name": name,
        "aliases": [],
        "age": age,
        "case_role": role,
    }


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Allen Osgood Jr.", "allen osgood jr"),
        ("José  O'Brien", "jose obrien"),
        ("Port", None),
        ("Smith Jr", None),
        (None, None),
    ],
)
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Dorian J. Ivers", "dorian ivers"),
        ("Travis Kellerman Jr.", "travis kellerman"),
        ("Al", None),
    ],
)
def test_link_key(name, key):
    assert link_key(name) == key


def test_two_shared_names_link_across_a_misread_place():
    cases = [
        case("a", "2016-12-10", "Pleasant Hill", "Missouri"),
        case("b", "2016-12-20", "Pleasant Hill", "California"),
        case("c", "2016-12-20", "Pleasant Hill", "California"),
    ]
    people = [
        person("a", "Chad Ridgeway"),
        person("a", "Mitch Vickery", "suspect", n=2),
        person("b", "Chad Ridgeway"),
        person("b", "Mitch Vickery", "suspect", n=2),
        person("c", "Chad Ridgeway"),
    ]
    ids = link_cases(people, cases)
    assert ids["a"] == ids["b"] == ids["c"]
    # one shared name, another state, ten days apart: two incidents
    alone = link_cases([people[0], people[2]], cases[:2])
    assert alone["a"] != alone["b"]


def test_same_victim_and_close_dates_make_one_case():
    cases = [case("a", "2014-01-28"), case("b", "2014-01-29"), case("c", "2014-01-28")]
    people = [
        person("a", "Kevin Whitlock"),
        person("b", "Kevin Whitlock", role="other"),
        person("c", "Jane Roe"),
    ]
    ids = link_cases(people, cases)
    assert ids["a"] == ids["b"] != ids["c"]


def test_common_name_in_other_city_and_year_stays_apart():
    cases = [case("a", "2014-03-02", "Dallas", "Texas"), case("b", "2016-07-09", "Akron", "Ohio")]
    people = [person("a", "John Smith"), person("b", "John Smith")]
    ids = link_cases(people, cases)
    assert ids["a"] != ids["b"]
    persons = link_people(people, cases, ids)
    assert len([p for p in persons if p["name"] == "John Smith"]) == 2


def test_follow_up_in_the_same_town_links_and_relatives_link_only_close_cases():
    cases = [case("a", "2016-09-29", "Johnstown"), case("b", "2016-10-12", "Johnstown")]
    people = [person("a", "Michael Prescott", "suspect"), person("b", "Michael A. Prescott")]
    ids = link_cases(people, cases)
    assert ids["a"] == ids["b"]
    cases = [case("a", "2016-11-16"), case("b", "2016-11-18"), case("c", "2016-12-30")]
    people = [person(x, "Eduardo Aldridge", "relative") for x in "abc"]
    ids = link_cases(people, cases)
    assert ids["a"] == ids["b"] != ids["c"]


@pytest.mark.parametrize(
    ("late_day", "late_city", "names", "linked"),
    [
        ("2017-01-25", "Johnstown", 2, True),  # a trial years later, two names shared
        ("2017-01-25", "Johnstown", 1, False),  # one name: a namesake may live there
        ("2017-01-25", "Erie", 2, False),  # another town
        ("2020-01-25", "Johnstown", 2, False),  # more than four years on
    ],
)
def test_a_lone_late_follow_up_sharing_two_names_joins_its_case(late_day, late_city, names, linked):
    cases = [
        case("a", "2015-07-15", "Johnstown", "Pennsylvania"),
        case("b", "2015-07-16", "Johnstown", "Pennsylvania"),
        case("c", late_day, late_city, "Pennsylvania"),
    ]
    shared = ["Tamara Wickham", "Krystal Shelburne"][:names]
    people = [person(x, n, n=i) for x in "abc" for i, n in enumerate(shared)]
    ids = link_cases(people, cases)
    assert ids["a"] == ids["b"]
    assert (ids["c"] == ids["a"]) is linked


def test_a_late_link_never_joins_two_cases_of_several_articles():
    cases = [
        case("a", "2015-01-19", "Johnstown", "Pennsylvania"),
        case("b", "2015-01-19", "Johnstown", "Pennsylvania"),
        case("c", "2016-06-01", "Johnstown", "Pennsylvania"),
        case("d", "2016-06-01", "Johnstown", "Pennsylvania"),
    ]
    people = [person(x, n, n=i) for x in "abcd" for i, n in enumerate(["Ann Ray", "Bo Ray"])]
    ids = link_cases(people, cases)
    assert ids["a"] == ids["b"] != ids["c"] == ids["d"]


def test_officials_do_not_link_cases():
    cases = [case("a", "2014-03-02"), case("b", "2014-03-03")]
    people = [person("a", "Tim Sullivan", "official"), person("b", "Tim Sullivan", "official")]
    ids = link_cases(people, cases)
    assert ids["a"] != ids["b"]


def test_follow_up_with_only_a_publication_date_joins_its_case():
    cases = [
        case("a", "2014-01-05"),
        case("b", "2014-03-20", method="published-fallback"),
        case("c", "2012-12-01", method="published-fallback"),
    ]
    people = [person(x, "Omar Haddad", "suspect") for x in "abc"]
    ids = link_cases(people, cases)
    assert ids["a"] == ids["b"]
    assert ids["c"] != ids["a"]  # published before the incident
    assert dates_compatible(cases[0], cases[1]) and not dates_compatible(cases[0], cases[2])


def test_case_id_is_stable_when_an_unrelated_article_arrives():
    cases = [case("a", "2014-01-28", published="2014-01-29"), case("b", "2014-01-28")]
    people = [person("a", "Kevin Whitlock"), person("b", "Kevin Whitlock")]
    before = link_cases(people, cases)
    assert before["a"] == before["b"]
    more_cases = [case("z", "2013-05-01", "Akron", "Ohio"), *cases]
    more_people = [person("z", "Ann Lee"), *people]
    after = link_cases(more_people, more_cases)
    assert after["a"] == before["a"] and after["b"] == before["b"]
    assert after["z"] != after["a"]


def test_persons_merge_within_a_case_and_keep_ages_and_roles():
    cases = [case("a", "2014-01-28"), case("b", "2014-01-28")]
    people = [
        person("a", "Kevin Whitlock", age=15),
        person("b", "Kevin Whitlock", age=15),
        person("b", "Whitlock", n=2),
    ]
    ids = link_cases(people, cases)
    persons = link_people(people, cases, ids)
    kevin = next(p for p in persons if p["name"] == "Kevin Whitlock")
    assert kevin["n_articles"] == 2 and kevin["ages"] == [15] and kevin["case_roles"] == ["victim"]
    assert len(persons) == 2  # the one-word "Whitlock" stays its own row


def test_link_outputs_rewrites_cases_and_writes_persons(tmp_path):
    cases = [
        {
            **{f.name: None for f in CASES},
            **case("a", "2014-01-28"),
            "victims": ["a-per1"],
            "suspects": [],
        },
        {
            **{f.name: None for f in CASES},
            **case("b", "2014-01-29"),
            "victims": ["b-per1"],
            "suspects": [],
        },
    ]
    people = [
        {**{f.name: None for f in PEOPLE}, **person(aid, "Kevin Whitlock"), "status": []}
        for aid in "ab"
    ]
    pq.write_table(pa.Table.from_pylist(cases, schema=CASES), tmp_path / "cases.parquet")
    pq.write_table(pa.Table.from_pylist(people, schema=PEOPLE), tmp_path / "people.parquet")
    counts = link_outputs(tmp_path)
    assert counts == {"cases": 2, "persons": 1}
    linked = pq.read_table(tmp_path / "cases.parquet").to_pylist()
    assert linked[0]["case_id"] and linked[0]["case_id"] == linked[1]["case_id"]
    persons = pq.read_table(tmp_path / "persons.parquet").to_pylist()
    assert persons[0]["article_ids"] == ["a", "b"]
    assert not list(tmp_path.glob(".tmp-link-*"))
