"""The incident date: which act a date mention dates, page furniture, and timex fixes."""

from __future__ import annotations

from datetime import date

import pytest

import pipeline.cases.incident_date as incident_date
from pipeline.cases.incident_date import governing_act
from pipeline.timex import find_timexes, normalise_expression
from tests.test_cases import case_for, timex


@pytest.mark.parametrize(
    ("text", "phrase", "act"),
    [
        ("The boy was shot early Sunday near his home.", "early Sunday", "attack"),
        ("The man died Friday at a hospital.", "Friday", "secondary"),
        ("The suspect turned himself in Wednesday afternoon.", "Wednesday afternoon", "later"),
        ("Friends gathered Saturday for a candlelight vigil.", "Saturday", "later"),
        # a date modifying a crime noun dates the crime
        ("Police are still looking into Friday's shooting.", "Friday", "attack"),
        ("Charges followed the May 10 home invasion.", "May 10", "attack"),
        # a date opening its clause: the words after it
        ("On Nov. 14, detectives obtained a warrant.", "Nov. 14", "later"),
        # "a.m." ends no clause
        ("The man was shot about 2 a.m. on May 14, the prosecutor said.", "May 14", "attack"),
        # "... on June 1 when the shooting occurred"
        ("The twins were by themselves on June 1 when the shooting occurred.", "June 1", "attack"),
        # nothing listed near the date
        ("The weather was cold Monday in the city.", "Monday", None),
        # general verbs date no attack ("began", "opened", "took place")
        ("The murder trial began Monday in the county court.", "Monday", "later"),
        ("Police opened an investigation Friday.", "Friday", None),
    ],
)
def test_governing_act(text, phrase, act):
    start = text.index(phrase)
    assert governing_act(text, start, start + len(phrase)) == act


LATER_TEXT = (
    "The suspect turned himself in to police Wednesday in the shooting of a man. "
    "Officers were called to the home Monday."
)
CLOCK_TEXT = (
    "Neighbors were shaken by the shooting Saturday. "
    "The man was shot around 9:30 p.m. Friday outside a store."
)
EDGE_TEXT = "A teenager died Saturday after he was shot at a park Friday."


@pytest.mark.parametrize(
    ("text", "dates", "published", "expected", "switch"),
    [
        # the day of a later act (surrender, arrest, vigil) is not the incident's
        (
            LATER_TEXT,
            [("Wednesday", "2015-04-29"), ("Monday", "2015-04-27")],
            date(2015, 4, 30),
            "2015-04-27",
            "LATER_WEIGHT",
        ),
        # a clock time with the day is given for the incident
        (
            CLOCK_TEXT,
            [("Saturday", "2015-05-02"), ("9:30 p.m. Friday", "2015-05-01T21:30")],
            date(2015, 5, 3),
            "2015-05-01",
            "CLOCK_WEIGHT",
        ),
        # "shot ... Friday" six days before publication is still the attack (no
        # next-day-news penalty), "died Saturday" is the death after it
        (
            EDGE_TEXT,
            [("Saturday", "2015-05-02"), ("Friday", "2015-05-01")],
            date(2015, 5, 7),
            "2015-05-01",
            "governing_act",
        ),
    ],
)
def test_case_date_reads_the_act_the_date_governs(
    monkeypatch, text, dates, published, expected, switch
):
    rows = [timex(text, p, v, "time" if "T" in v else "day") for p, v in dates]
    assert case_for(text, [], rows, published=published)["date"] == expected
    if switch == "governing_act":  # no act read: the week-edge penalty comes back
        monkeypatch.setattr(incident_date, "governing_act", lambda *args: None)
    else:
        monkeypatch.setattr(incident_date, switch, 0.0)
    assert case_for(text, [], rows, published=published)["date"] != expected


@pytest.mark.parametrize(
    ("text", "furniture", "event"),
    [
        # an embedded tweet's date
        (
            "Deadly shooting scene pic.twitter.com/x — Jane Doe (@jdoe) May 30, 2016. "
            "A man was shot in the leg Sunday.",
            ("May 30, 2016", "2016-05-30"),
            ("Sunday", "2016-05-29"),
        ),
        # a photo caption's credit
        (
            "Suspect in the shooting John Doe, August 10, 2016 (County Sheriff's Office). "
            "A deputy was shot Monday.",
            ("August 10, 2016", "2016-08-10"),
            ("Monday", "2016-08-08"),
        ),
        # "story updated at 5:12pm on August 10, 2013"
        (
            "Story updated at 5:12pm on August 10, 2013 about the shooting. "
            "Two men were shot dead Friday night.",
            ("August 10, 2013", "2013-08-10"),
            ("Friday night", "2013-08-09"),
        ),
    ],
)
def test_case_date_skips_tweets_credits_and_update_lines(text, furniture, event):
    published = date.fromisoformat(furniture[1])
    rows = [timex(text, *furniture), timex(text, *event)]
    assert case_for(text, [], rows, published=published)["date"] == event[1]


@pytest.mark.parametrize(
    ("text", "published", "kept"),
    [
        # "Oct. 27, 2-year-old ...": the age is no second day of October
        ("On Oct. 27, 2-year-old Ann was shot.", date(2015, 11, 2), ["Oct. 27"]),
        # "Jun 20, 2016 - 8:46 PM": the hour is no second day of June
        ("Updated: Jun 20, 2016 - 8:46 PM. A man was shot.", date(2016, 6, 20), None),
    ],
)
def test_no_coordinated_day_from_an_age_or_a_clock(nlp, text, published, kept):
    found = [t.text for t in find_timexes(nlp(text), published) if t.granularity == "day"]
    assert not [t for t in found if t.strip().isdigit()]
    if kept is not None:
        assert found == kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("last Thursday", "2024-05-02"),  # said on a Friday: the week before, not yesterday
        ("Thursday", "2024-05-09"),
        ("this past Thursday", "2024-05-09"),
        ("last Wednesday", "2024-05-08"),
    ],
)
def test_last_weekday_is_not_yesterday(text, value):
    assert normalise_expression(text, date(2024, 5, 10)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a weekday after "a"/"the" naming an event is the past one, whatever the tense
        ("Detectives are looking into a Thursday evening homicide.", "2015-07-02"),
        ("Echoes of Thursday night's violence will ring on.", "2015-07-02"),
        # a plan stays in the future
        ("The church will hold a Sunday service.", "2015-07-05"),
    ],
)
def test_weekday_naming_a_reported_event_is_past(nlp, text, value):
    found = [t.value[:10] for t in find_timexes(nlp(text), date(2015, 7, 3))]
    assert found == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an activity under way is no plan: the weekday is the past one
        ("Deputies are looking into the shooting of a boy Thursday evening.", "2015-07-02"),
        # a present-progressive plan stays in the future
        ("He is meeting Thursday with the mayor.", "2015-07-09"),
    ],
)
def test_ongoing_progressive_is_not_a_plan(nlp, text, value):
    found = [t.value[:10] for t in find_timexes(nlp(text), date(2015, 7, 3))]
    assert found == [value]
