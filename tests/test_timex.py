"""Table-driven tests of the temporal expression detector and TIMEX3 normaliser."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pipeline.timex import Timex, article_day_first, find_timexes, normalise_expression

FRIDAY = date(2024, 5, 10)  # a Friday
MONDAY = date(2019, 9, 2)  # a Monday, ISO week 36


def rows(nlp, text: str, published: date | None, day_first: bool | None = None):
    return [(t.text, t.type, t.value) for t in find_timexes(nlp(text), published, day_first)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("17 July 2023", FRIDAY, ("DATE", "2023-07-17", "day")),
        ("Sept. 23, 2022", FRIDAY, ("DATE", "2022-09-23", "day")),
        ("2023-11-16", FRIDAY, ("DATE", "2023-11-16", "day")),
        ("June 2014", FRIDAY, ("DATE", "2014-06", "month")),
        ("2016", FRIDAY, ("DATE", "2016", "year")),
        ("mid-1996", FRIDAY, ("DATE", "1996", "year")),
        ("the 1990s", FRIDAY, ("DATE", "199", "decade")),
        ("the late 1970s", FRIDAY, ("DATE", "197", "decade")),
        ("20th century", FRIDAY, ("DATE", "19", "century")),
        ("spring 2019", FRIDAY, ("DATE", "2019-SP", "season")),
        ("the third quarter", date(1989, 11, 2), ("DATE", "1989-Q3", "quarter")),
        ("last winter", FRIDAY, ("DATE", "2023-WI", "season")),
        ("next year", FRIDAY, ("DATE", "2025", "year")),
        ("yesterday", FRIDAY, ("DATE", "2024-05-09", "day")),
        ("today", FRIDAY, ("DATE", "2024-05-10", "day")),
        ("this week", MONDAY, ("DATE", "2019-W36", "week")),
        ("last week", MONDAY, ("DATE", "2019-W35", "week")),
        ("this month", FRIDAY, ("DATE", "2024-05", "month")),
        ("this summer", FRIDAY, ("DATE", "2024-SU", "season")),
        ("two years ago", FRIDAY, ("DATE", "2022", "year")),
        ("a year earlier", FRIDAY, ("DATE", "2023", "year")),
        ("earlier this month", FRIDAY, ("DATE", "2024-05", "month")),
        ("the end of the month", FRIDAY, ("DATE", "2024-05", "month")),
        ("January this year", FRIDAY, ("DATE", "2024-01", "month")),
        ("last May", date(2024, 9, 1), ("DATE", "2024-05", "month")),
        ("nineteen ninety-six", FRIDAY, ("DATE", "1996", "year")),
        ("March eighth", FRIDAY, ("DATE", "2024-03-08", "day")),
        ("now", FRIDAY, ("DATE", "PRESENT_REF", "reference")),
        ("currently", FRIDAY, ("DATE", "PRESENT_REF", "reference")),
        ("recent years", FRIDAY, ("DATE", "PAST_REF", "reference")),
        ("the past", FRIDAY, ("DATE", "PAST_REF", "reference")),
        ("then-current", FRIDAY, ("DATE", "PAST_REF", "reference")),
        ("the future", FRIDAY, ("DATE", "FUTURE_REF", "reference")),
        ("more than 40 years", FRIDAY, ("DURATION", "P40Y", "duration")),
        ("three months", FRIDAY, ("DURATION", "P3M", "duration")),
        ("the first nine months", FRIDAY, ("DURATION", "P9M", "duration")),
        ("five hours", FRIDAY, ("DURATION", "PT5H", "duration")),
        ("2 1/2 years", FRIDAY, ("DURATION", "P2Y6M", "duration")),
        ("a minute and a half", FRIDAY, ("DURATION", "PT1M30S", "duration")),
        ("half an hour", FRIDAY, ("DURATION", "PT30M", "duration")),
        ("every Tuesday", FRIDAY, ("SET", "XXXX-WXX-2", "set")),
        ("each July", FRIDAY, ("SET", "XXXX-07", "set")),
        ("daily", FRIDAY, ("SET", "P1D", "set")),
        ("3pm", FRIDAY, ("TIME", "2024-05-10T15:00", "time")),
        ("Thanksgiving Day", date(2000, 1, 7), ("DATE", "1999-11-25", "day")),
        ("Easter 2019", FRIDAY, ("DATE", "2019-04-21", "day")),
        ("the week of March 6", date(2000, 2, 24), ("DATE", "2000-W10", "week")),
        ("the latest fiscal year", date(1989, 10, 26), ("DATE", "1988", "year")),
        ("the year-earlier nine months", FRIDAY, ("DURATION", "P9M", "duration")),
        ("the comparable year-ago quarter", date(1989, 10, 26), ("DATE", "1988-Q3", "quarter")),
        ("the corresponding period last year", date(1989, 11, 1), ("DATE", "1988-Q3", "quarter")),
        ("last year's quarter", date(1989, 11, 1), ("DATE", "1988-Q3", "quarter")),
    ],
)
def test_normalise_expression(text, published, expected):
    result = normalise_expression(text, published)
    assert result is not None
    assert (result.type, result.value, result.granularity) == expected
    if result.start is not None:
        assert result.start <= result.end


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("June 2014", "2014-06", date(2014, 6, 1), date(2014, 6, 30)),
        ("the 1990s", "199", date(1990, 1, 1), date(1999, 12, 31)),
        ("last winter", "2023-WI", date(2023, 12, 1), date(2024, 2, 29)),
        ("the third quarter", "2024-Q3", date(2024, 7, 1), date(2024, 9, 30)),
    ],
)
def test_start_and_end_cover_the_value(text, value, start, end):
    result = normalise_expression(text, FRIDAY, tense="future")
    assert (result.value, result.start, result.end) == (value, start, end)


def test_relative_values_without_published_date_are_references():
    assert normalise_expression("yesterday", None).value == "PAST_REF"
    assert normalise_expression("next year", None).value == "FUTURE_REF"
    assert normalise_expression("Sept. 23", None).value == "XXXX-09-23"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("He said on Tuesday that he would stay.", FRIDAY, [("Tuesday", "DATE", "2024-05-07")]),
        (
            "The trial will resume on Thursday.",
            MONDAY,
            [("Thursday", "DATE", "2019-09-05")],
        ),
        ("Prices rose last week.", MONDAY, [("last week", "DATE", "2019-W35")]),
        (
            "He is scheduled to stand before a judge on Thursday.",
            MONDAY,
            [("Thursday", "DATE", "2019-09-05")],
        ),
        ("He appeared in court on Thursday.", MONDAY, [("Thursday", "DATE", "2019-08-29")]),
        ("The hearing was postponed until Thursday.", MONDAY, [("Thursday", "DATE", "2019-09-05")]),
        (
            "Until Thursday, they had described him as a witness.",
            MONDAY,
            [("Thursday", "DATE", "2019-08-29")],
        ),
        (
            "The minister is meeting union leaders on Thursday.",
            MONDAY,
            [("Thursday", "DATE", "2019-09-05")],
        ),
        ("It fell last month's index.", FRIDAY, [("last month", "DATE", "2024-04")]),
        ("They met at 3pm on Thursday.", MONDAY, [("3pm on Thursday", "TIME", "2019-08-29T15:00")]),
        ("It sold for more than 40 years.", FRIDAY, [("more than 40 years", "DURATION", "P40Y")]),
        ("She visits every Tuesday.", FRIDAY, [("every Tuesday", "SET", "XXXX-WXX-2")]),
        (
            "The hearings were on 24 and 28 January.",
            FRIDAY,
            [("24", "DATE", "2024-01-24"), ("28 January", "DATE", "2024-01-28")],
        ),
        ("The 1989 results were weak.", FRIDAY, [("1989", "DATE", "1989")]),
        (
            "It ran in June and July 2014.",
            FRIDAY,
            [("June", "DATE", "2014-06"), ("July 2014", "DATE", "2014-07")],
        ),
        ("Flight 17, 28 January", FRIDAY, [("28 January", "DATE", "2024-01-28")]),
        (
            "He was arrested on 3 March and charged the next day.",
            FRIDAY,
            [("3 March", "DATE", "2024-03-03"), ("the next day", "DATE", "2024-03-04")],
        ),
        ("He was charged the next day.", FRIDAY, []),
        ("The bonds will be redeemed in five years.", FRIDAY, [("five years", "DATE", "2029")]),
        ("It is the first rise in five years.", FRIDAY, [("five years", "DURATION", "P5Y")]),
        ("Patients did better over the years.", FRIDAY, [("the years", "DURATION", "PXY")]),
        ("The car was seen in the weeks before the shooting.", FRIDAY, []),
        ("The deal was extended for another year.", FRIDAY, [("another year", "DURATION", "P1Y")]),
        ("The index has risen since year-end.", FRIDAY, [("year-end", "DATE", "2023-12-31")]),
        ("Police were called at 14:30 BST.", FRIDAY, [("14:30 BST", "TIME", "2024-05-10T14:30")]),
        (
            "Posted: Tuesday, January 28, 2014 8:52 PM EST",
            date(2014, 1, 29),
            [
                ("Tuesday, January 28, 2014", "DATE", "2014-01-28"),
                ("8:52 PM EST", "TIME", "2014-01-28T20:52"),
            ],
        ),
        ("It happens once a year.", FRIDAY, [("a year", "SET", "P1Y")]),
        (
            "The site is 1,000 years old and was built over 2,000 years.",
            FRIDAY,
            [("over 2,000 years", "DURATION", "P2000Y")],
        ),
        ("He was seen on Sunday 12 May.", FRIDAY, [("Sunday 12 May", "DATE", "2024-05-12")]),
        (
            "He joined in 1995, and the following year he left.",
            FRIDAY,
            [("1995", "DATE", "1995"), ("the following year", "DATE", "1996")],
        ),
        (
            "Third-quarter profit rose. Sales in the third quarter of 1990 may fall. "
            "Profit a year ago was lower.",
            date(1989, 10, 26),
            [
                ("Third-quarter", "DATE", "1989-Q3"),
                ("the third quarter of 1990", "DATE", "1990-Q3"),
                ("a year ago", "DATE", "1988-Q3"),
            ],
        ),
        (
            "It is trying to sell itself under a June agreement.",
            date(1989, 10, 27),
            [("June", "DATE", "1989-06")],
        ),
        (
            "It agreed to acquire the bank in January.",
            date(1989, 11, 2),
            [("January", "DATE", "1990-01")],
        ),
        (
            "But it was not until Tuesday that he spoke.",
            date(2000, 3, 30),
            [("Tuesday", "DATE", "2000-03-28")],
        ),
        (
            "Three days later, the index closed higher.",
            FRIDAY,
            [("Three days", "DURATION", "P3D")],
        ),
        (
            "The rules should be in place by year's end.",
            date(1989, 10, 26),
            [("year's end", "DATE", "1989")],
        ),
        (
            "Talks began in March. The following month, it put itself up for sale.",
            date(1989, 10, 27),
            [("March", "DATE", "1989-03"), ("The following month", "DATE", "1989-04")],
        ),
        (
            "In London at mid-afternoon yesterday, shares were up.",
            FRIDAY,
            [("mid-afternoon yesterday", "TIME", "2024-05-09TAF")],
        ),
        (
            "They will have to live without it for a while.",
            FRIDAY,
            [("a while", "DURATION", "PXX")],
        ),
        (
            "It symbolised the government's decades-long battle.",
            FRIDAY,
            [("decades-long", "DURATION", "PXY")],
        ),
        (
            "It struggled to meet demand well into the summer.",
            date(1989, 10, 26),
            [("the summer", "DATE", "1989-SU")],
        ),
        (
            "Orders rose from the low levels of the early summer.",
            date(1989, 10, 26),
            [("the early summer", "DATE", "1989-SU")],
        ),
        (
            "It's the second day of an offensive by the police.",
            FRIDAY,
            [("the second day", "DATE", "2024-05-10")],
        ),
        (
            "The index closed Friday, down from the previous Friday.",
            date(1989, 10, 30),
            [("Friday", "DATE", "1989-10-27"), ("the previous Friday", "DATE", "1989-10-20")],
        ),
        (
            "It was down from the previous Friday.",
            FRIDAY,
            [("the previous Friday", "DATE", "2024-05-03")],
        ),
        ("Islam will one day be the second religion.", FRIDAY, [("one day", "DATE", "FUTURE_REF")]),
        ("He had only been in the job one day.", FRIDAY, [("one day", "DURATION", "P1D")]),
        (
            "The stock is to resume trading in Paris Tuesday.",
            date(1989, 10, 27),
            [("Tuesday", "DATE", "1989-10-31")],
        ),
        (
            "Its share before Friday's purchases is small.",
            date(1989, 10, 30),
            [("Friday", "DATE", "1989-10-27")],
        ),
        (
            "Third-quarter net rose. After a flat second quarter, results improved. "
            "Taxes were lower than a year ago.",
            date(1989, 11, 1),
            [
                ("Third-quarter", "DATE", "1989-Q3"),
                ("second quarter", "DATE", "1989-Q2"),
                ("a year ago", "DATE", "1988-Q3"),
            ],
        ),
        (
            "The case is heard in May in the appeals court.",
            date(2000, 3, 29),
            [("May", "DATE", "2000-05")],
        ),
    ],
)
def test_find_timexes(nlp, text, published, expected):
    assert rows(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Port, 47, was arrested.",
        "a 23-year-old student was hurt",
        "The man, aged 22, was charged.",
        "John Smith (29) appeared in court.",
        "He is 37 years old.",
        "The company sold 2000 shares for $1990.",
        "Arsenal won 3-1 and scored 2 goals.",
        "It may rain, and we march on.",
        "They raised $1.76 a year in dividends.",
        "He told BBC Radio 4's Today programme.",
        "The carmaker blamed the fall in profits.",
        "They scored twice in the second half.",
        "At 1405 GMT, shares fell.",
        "He was named Businessman of the Year.",
        "He was shot in the 1700 block of Alder Avenue.",
        "Now, he says, it looks different.",
        "They joined the annual March for Life.",
        "He was soon released.",
        'He said on CBS\'s "60 Minutes" that he would stay.',
        'Baker, speaking on ABC News\' "This Week," said it was over.',
    ],
)
def test_never_a_date(nlp, text):
    assert rows(nlp, text, FRIDAY) == []


def test_range_end_points_share_the_range(nlp):
    found = find_timexes(nlp("It ran between June 2014 and September 2015."), FRIDAY)
    assert [(t.text, t.value, t.range) for t in found] == [
        ("June 2014", "2014-06", "2014-06/2015-09"),
        ("September 2015", "2015-09", "2014-06/2015-09"),
    ]
    found = find_timexes(nlp("It ran between 24 and 28 January."), FRIDAY)
    assert [(t.text, t.value, t.range) for t in found] == [
        ("24", "2024-01-24", "2024-01-24/2024-01-28"),
        ("28 January", "2024-01-28", "2024-01-24/2024-01-28"),
    ]
    found = find_timexes(nlp("He served from 2014 to 2016."), FRIDAY)
    assert [t.range for t in found] == ["2014/2016", "2014/2016"]


def test_offsets_point_into_the_text(nlp):
    text = "On Tuesday, 17 July 2023, and last week, prices rose."
    for timex in find_timexes(nlp(text), FRIDAY):
        assert isinstance(timex, Timex)
        assert text[timex.start_char : timex.end_char] == timex.text
        assert timex.method.startswith("timex:")


@pytest.mark.parametrize(
    ("text", "day_first", "value"),
    [
        ("Filed on 03/04/2021.", True, "2021-04-03"),
        ("Filed on 03/04/2021.", False, "2021-03-04"),
        ("Filed on 25/12/2020 and 03/04/2021.", None, "2021-04-03"),
        ("Filed on 12/25/2020 and 03/04/2021.", None, "2021-03-04"),
    ],
)
def test_numeric_dates_follow_day_first_or_the_article(nlp, text, day_first, value):
    assert rows(nlp, text, FRIDAY, day_first)[-1][2] == value


def test_article_day_first():
    assert article_day_first("on 25/12/2020") is True
    assert article_day_first("on 12/25/2020") is False
    assert article_day_first("on 03/04/2021") is None


def test_evaluate_dates_on_tempeval_sample(shared_dir, tmp_path, capsys):
    from pipeline.evaluate.dates import evaluate_dates

    source = shared_dir / "data" / "tempeval3" / "tbaq_aquaint.jsonl"
    if not source.is_file():
        pytest.skip(f"{source} is absent")
    out = tmp_path / "pred.jsonl"
    summary = evaluate_dates(source, predictions=out, limit=3)
    assert summary["docs"] == 3
    assert summary["all"]["relaxed"]["f1"] > 0.7
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 3 and {"doc_id", "timexes"} <= set(lines[0])
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["file"] == source.name


def test_without_published_date_nothing_crashes(nlp):
    found = rows(nlp, "Yesterday, on Tuesday, last week and in 2016 it rose.", None)
    assert found == [
        ("Yesterday", "DATE", "PAST_REF"),
        ("Tuesday", "DATE", "PAST_REF"),
        ("last week", "DATE", "PAST_REF"),
        ("2016", "DATE", "2016"),
    ]
    assert find_timexes(nlp(""), None) == []
