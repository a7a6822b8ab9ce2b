"""One date and one place per case: the articles of one incident agree on them."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.cases.agree import agree_case_dates, agree_case_places
from pipeline.cases.link import link_cases
from tests.test_link import case, person


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        # the day most event sentences give wins; a follow-up story's fallback takes it
        (
            [
                ("a", "2016-05-01", "event-sentence"),
                ("b", "2016-05-01", "event-sentence"),
                ("c", "2016-05-03", "event-sentence"),
                ("d", "2016-06-20", "published-fallback"),
            ],
            ["2016-05-01"] * 4,
        ),
        # a tie: the earlier day (the attack comes before the acts that follow it)
        (
            [("a", "2016-05-02", "event-sentence"), ("b", "2016-05-01", "event-sentence")],
            ["2016-05-01", "2016-05-01"],
        ),
        # no member dates it from an event sentence: nothing changes
        (
            [("a", "2016-05-02", "published-fallback"), ("b", "2016-05-05", "published-fallback")],
            ["2016-05-02", "2016-05-05"],
        ),
    ],
)
def test_members_of_a_case_agree_on_the_voted_day(members, expected):
    cases = [case(aid, day, method=method) for aid, day, method in members]
    agree_case_dates(cases, {aid: "case-1" for aid, _, _ in members})
    assert [c["date"] for c in cases] == expected
    for row, (_, day, method) in zip(cases, members, strict=True):
        if row["date"] != day:
            assert row["date_method"] == "case-vote"
            assert row["date_start"] == date.fromisoformat(row["date"])
            # provenance: the sentence and the id of the article that dated it
            source = next(c for c in cases if c["article_id"] == row["date_article_id"])
            assert source["date"] == row["date"] and source["date_method"] == "event-sentence"
        else:
            assert row["date_method"] == method


def test_a_lone_article_keeps_its_date():
    cases = [case("a", "2016-05-02"), case("b", "2016-05-09")]
    assert agree_case_dates(cases, {"a": "case-1", "b": "case-2"}) == 0
    assert [c["date"] for c in cases] == ["2016-05-02", "2016-05-09"]


def test_link_cases_gives_one_date_and_links_again_from_the_articles_own_dates():
    cases = [
        case("a", "2016-05-01"),
        case("b", "2016-05-01"),
        case("c", "2016-06-20", published="2016-06-20", method="published-fallback"),
    ]
    people = [person(aid, "Chad Hollister") for aid in "abc"]
    ids = link_cases(people, cases)
    assert len(set(ids.values())) == 1
    assert [c["date"] for c in cases] == ["2016-05-01"] * 3
    assert cases[2]["date_method"] == "case-vote"
    # linking the same rows again reads each article's own date first
    alone = link_cases([people[2]], cases)
    assert cases[2]["date"] == "2016-06-20"
    assert cases[2]["date_article_id"] == "c"
    assert alone == {"a": alone["a"], "b": alone["b"], "c": alone["c"]}
    assert alone["c"] != alone["a"]


def placed(aid, city, state="Texas", sentence=None, method="text"):
    row = case(aid, "2016-05-01", city=city, state=state)
    row.update(
        place=", ".join(p for p in (city, state) if p) or None,
        country="United States" if state else None,
        place_sentence=sentence or (f"A man was shot in {city}." if city else None),
        place_article_id=aid if city else None,
        place_method=method if city else None,
    )
    return row


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        # the city and state more members give than any other wins; a row with none takes it
        (
            [("a", "Garland"), ("b", "Garland"), ("c", "Dallas"), ("d", None)],
            ["Garland"] * 4,
        ),
        # one member with a city: the others have none to set against it
        ([("a", None), ("b", "Mesquite")], ["Mesquite", "Mesquite"]),
        # a tie of places with the same population (here unknown: 0) changes nothing
        ([("a", "Elmcrest Hollow"), ("b", "Oakvale Bend")], ["Elmcrest Hollow", "Oakvale Bend"]),
    ],
)
def test_members_of_a_case_agree_on_the_voted_place(members, expected):
    cases = [placed(aid, city) for aid, city in members]
    agree_case_places(cases, {aid: "case-1" for aid, _ in members})
    assert [c["city"] for c in cases] == expected
    for row, (_, city) in zip(cases, members, strict=True):
        if row["city"] != city:
            assert row["place_method"] == "case-vote"
            source = next(c for c in cases if c["article_id"] == row["place_article_id"])
            assert source["city"] == row["city"] and source["place_method"] == "text"
            assert row["place_sentence"] == source["place_sentence"]
            assert row["place"] == source["place"]


def test_the_place_vote_counts_a_city_of_another_state_apart():
    cases = [
        placed("a", "Springfield", "Illinois"),
        placed("b", "Springfield", "Missouri"),
        placed("c", "Springfield", "Missouri"),
    ]
    agree_case_places(cases, {"a": "case-1", "b": "case-1", "c": "case-1"})
    assert [c["state"] for c in cases] == ["Missouri"] * 3


def test_link_cases_gives_one_place_and_links_again_from_the_articles_own_places():
    cases = [placed("a", "Garland"), placed("b", "Garland"), placed("c", "Dallas")]
    people = [person(aid, "Chad Hollister") for aid in "abc"]
    link_cases(people, cases)
    assert [c["city"] for c in cases] == ["Garland"] * 3
    link_cases([], cases)  # no shared name: each article alone, with its own place
    assert [c["city"] for c in cases] == ["Garland", "Garland", "Dallas"]
    assert cases[2]["place_method"] == "text" and cases[2]["place_article_id"] == "c"


def test_a_city_named_in_a_sentence_about_the_event_breaks_a_tie():
    cases = [placed("a", "Lansdowne"), placed("b", "Halethorpe", method="event-sentence")]
    agree_case_places(cases, {"a": "case-1", "b": "case-1"})
    assert [c["city"] for c in cases] == ["Halethorpe", "Halethorpe"]
    # but it does not outweigh two articles
    cases.append(placed("c", "Lansdowne"))
    for c in cases:  # back to each article's own place
        c.update(c.pop("own_place", {}))
    agree_case_places(cases, {"a": "case-1", "b": "case-1", "c": "case-1"})
    assert [c["city"] for c in cases] == ["Lansdowne"] * 3


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        # a tie goes to the place with more people: the city over its suburb
        ([("a", "Garland"), ("b", "Dallas")], "Dallas"),
        ([("a", "Dallas"), ("b", "Garland")], "Dallas"),
        # a town over its county (a county counts no people)
        ([("a", "Harris County"), ("b", "Plano")], "Plano"),
        # a known town over a place the gazetteer does not know
        ([("a", "Elmcrest Hollow"), ("b", "Mesquite")], "Mesquite"),
        # no tie: the vote decides, not the population
        ([("a", "Garland"), ("b", "Garland"), ("c", "Dallas")], "Garland"),
    ],
)
def test_a_tie_of_the_place_vote_goes_to_the_bigger_place(members, expected):
    cases = [placed(aid, city) for aid, city in members]
    agree_case_places(cases, {aid: "case-1" for aid, _ in members})
    assert [c["city"] for c in cases] == [expected] * len(cases)


def test_a_population_tie_break_weighs_the_state_of_each_place():
    # Springfield, Illinois is bigger than Springfield, Ohio: the state comes with it
    cases = [placed("a", "Springfield", "Ohio"), placed("b", "Springfield", "Illinois")]
    agree_case_places(cases, {"a": "case-1", "b": "case-1"})
    assert [(c["city"], c["state"]) for c in cases] == [("Springfield", "Illinois")] * 2
