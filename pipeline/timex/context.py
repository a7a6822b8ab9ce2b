"""What every TIMEX3 handler shares: the context, the reading and calendar helpers.

Limits: relative values are anchored to the published date (the DCT); a missing DCT
turns them into references (``PAST_REF``...) or ``XXXX`` years.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.timex.anchor import (
    add_months,
    value_of_unit,
)
from pipeline.timex.lexicon import (
    MONTHS,
    TIME_UNITS,
    UNITS,
    WEEKDAYS,
    spelled_year,
)

PAST, PRESENT, FUTURE, INFINITIVE = "past", "present", "future", "infinitive"


PERFECT, PLUPERFECT = "perfect", "pluperfect"


# A month-day without a year is put in the previous (next) year only when the tense is
# past (future) and the date lies this many days after (before) the DCT.
PAST_SLACK_DAYS, FUTURE_SLACK_DAYS = 75, 60


# "Tuesday morning/night" is annotated as the day; "Tuesday evening" as a time of day.
EVENING_PARTS = {"evening"}


@dataclass(frozen=True)
class Context:
    """What a handler may use besides the matched text.

    Args:
        published: the document creation time; ``None`` leaves relative values as
            ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF`` or ``XXXX`` years.
        tense: ``"past"``, ``"present"``, ``"future"`` or ``None`` (unknown).
        day_first: read 03/04/2021 as 3 April; ``None`` means month first.
        quarter: the last quarter value ("1989-Q3") mentioned before, if any.
        reference: the last absolute date value ("1995", "1998-06") mentioned before,
            the anchor of "the following year", "that month", "the previous year".
    """

    published: date | None = None
    tense: str | None = None
    day_first: bool | None = None
    quarter: str | None = None
    reference: str | None = None


@dataclass(frozen=True)
class Reading:
    """A handler's answer: TIMEX3 type and value."""

    type: str
    value: str


Handler = Callable[[re.Match, Context], Reading | None]


def _g(m: re.Match, name: str) -> str | None:
    """Group ``name`` lower-cased with single spaces, or ``None`` (also when absent)."""
    try:
        text = m.group(name)
    except IndexError:
        return None
    return re.sub(r"\s+", " ", text.lower()) if text else None


def _direction(ctx: Context) -> int:
    return {PAST: -1, PERFECT: -1, PLUPERFECT: -1, FUTURE: 1, INFINITIVE: 1}.get(ctx.tense or "", 0)


def _ref(offset: int) -> Reading:
    return Reading("DATE", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[offset])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    """A year written in digits ("1996") or words ("nineteen ninety-six")."""
    if text.isdigit():
        return int(text)
    words = re.sub(r"\s+", " ", text.lower()).split(" ", 1)
    value = spelled_year(words[0], words[1] if len(words) > 1 else "")
    if value is None:
        raise ValueError(text)
    return value


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _resolve_month_day(month: int, day: int, ctx: Context) -> Reading | None:
    if not 1 <= day <= 31:
        return None
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")
    dct = ctx.published
    candidate = _safe_date(dct.year, month, day) or _safe_date(dct.year, month, 28)
    if candidate is None:
        return None
    direction = _direction(ctx)
    year = dct.year
    if direction < 0 and candidate > dct + timedelta(days=PAST_SLACK_DAYS):
        year -= 1
    elif direction > 0 and candidate < dct - timedelta(days=FUTURE_SLACK_DAYS):
        year += 1
    elif direction == 0 and candidate > dct + timedelta(days=PAST_SLACK_DAYS):
        year -= 1
    if _safe_date(year, month, day) is None:
        return None
    return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _default_quarter(ctx: Context) -> str | None:
    """The quarter the article reports on: the last one it named, else the last completed."""
    if ctx.quarter:
        return ctx.quarter
    if ctx.published is None:
        return None
    return value_of_unit(add_months(ctx.published, -3), "Q")


def _quarter_minus_year(value: str) -> str:
    return f"{int(value[:4]) - 1:04d}{value[4:]}"


def _day_word(word: str, ctx: Context) -> date | None:
    offsets = {
        "yesterday": -1,
        "today": 0,
        "tonight": 0,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    if ctx.published is None:
        return None
    return ctx.published + timedelta(days=offsets[word])


def resolve_weekday(target: int, rel: str, ctx: Context) -> date | None:
    """The date of weekday ``target`` (1 = Monday) seen from the DCT, ``rel`` and tense."""
    if ctx.published is None:
        return None
    dct = ctx.published
    today = dct.isoweekday()
    if rel in ("this",):
        return dct + timedelta(days=target - today)
    if rel in ("next", "this coming", "coming"):
        ahead = (target - today) % 7 or 7
        return dct + timedelta(days=ahead)
    back = (today - target) % 7
    if rel == "last" and back == 1:
        return dct - timedelta(days=8)  # "last Thursday" said on a Friday: not yesterday
    if rel in ("last", "this past", "past"):
        return dct - timedelta(days=back or 7)
    if ctx.tense == FUTURE:
        return dct + timedelta(days=(target - today) % 7 or 7)
    return dct - timedelta(days=back)


_REL_OFFSET = {
    "last": -1,
    "the past": -1,
    "the last": -1,
    "the previous": -1,
    "the prior": -1,
    "this past": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "this coming": 1,
    "the following": 1,
    "the preceding": -1,
    "coming": 1,
}


_UNIT_CODE = {
    "week": "W",
    "month": "M",
    "year": "Y",
    "quarter": "Q",
    "decade": "10Y",
    "century": "100Y",
    "fiscal year": "Y",
    "calendar year": "Y",
    "full year": "Y",
}


ANAPHORIC = {"the following", "the previous", "the prior", "the preceding", "that", "the same"}


def _from_reference(rel: str, unit: str, offset: int, ctx: Context) -> Reading | None:
    """ "the following year" after "in 1995" → 1996; "that month" after "June 1998"."""
    ref = ctx.reference
    if rel not in ANAPHORIC or not ref or unit not in ("year", "month"):
        return None
    if unit == "year":
        return Reading("DATE", f"{int(ref[:4]) + offset:04d}")
    if len(ref) < 7:
        return None
    day = add_months(date(int(ref[:4]), int(ref[5:7]), 1), offset)
    return Reading("DATE", f"{day.year:04d}-{day.month:02d}")


def _unit_code(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        word = "century"
    return UNITS[word.rstrip("s") if word.rstrip("s") in UNITS else word]


def _format_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit_word: str) -> str | None:
    """``P3M``, ``PT5H``, ``PXY``... for ``n`` units (``None`` = unknown number)."""
    unit_word = unit_word.lower().rstrip("s")
    if unit_word == "centurie":
        unit_word = "century"
    code = UNITS.get(unit_word)
    if code is None:
        return None
    prefix = "PT" if unit_word in TIME_UNITS else "P"
    if n is None:
        letter = {"10Y": "Y", "100Y": "Y", "2W": "W", "3M": "Q"}.get(code, code)
        return f"{prefix}X{letter}"
    factor, letter = {"10Y": (10, "Y"), "100Y": (100, "Y"), "2W": (2, "W"), "3M": (1, "Q")}.get(
        code, (1, code)
    )
    amount = n * factor
    half = HALF_OF_TIME if prefix == "PT" else HALF_OF_DATE
    if not float(amount).is_integer() and (amount * 2).is_integer() and letter in half:
        head = f"{int(amount)}{letter}" if int(amount) else ""
        return f"{prefix}{head}{half[letter]}"
    return f"{prefix}{_format_number(amount)}{letter}"


# Half of a unit in the next smaller one: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M.
HALF_OF_DATE = {"Y": "6M", "M": "15D", "W": "3DT12H", "D": "T12H"}
HALF_OF_TIME = {"H": "30M", "M": "30S"}


def _day_of(word: str | None, ctx: Context) -> date | None:
    if not word:
        return ctx.published
    word = word.lower()
    if word in WEEKDAYS:
        return resolve_weekday(WEEKDAYS[word], "", ctx)
    return _day_word(word, ctx)


def _time_value(day: date | None, clock: str) -> str:
    return f"{day.isoformat() if day else 'XXXX-XX-XX'}T{clock}"
