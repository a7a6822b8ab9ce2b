"""One incident date per case: the articles of one incident agree on its day."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.cases.case_date import agree_case_dates
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
    people = [person(aid, "Chet Hockman") for aid in "abc"]
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
