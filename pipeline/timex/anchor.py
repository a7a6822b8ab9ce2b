"""Calendar arithmetic on TIMEX3 values: shifting the DCT, weeks, quarters, seasons, bounds.

Limits: Gregorian calendar, ISO weeks (Monday first); a winter ``YYYY-WI`` runs from
December of ``YYYY`` to February of ``YYYY+1``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_ORDER = ["SP", "SU", "FA", "WI"]
SEASON_BOUNDS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
TIMEX_VALUE = re.compile(
    r"(?:\d{2,4}|\d{4}-\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?)?"
    r"|\d{4}-W\d{2}(?:-WE)?|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(?:SP|SU|FA|WI)"
    r"|P(?:\d+(?:\.\d+)?[YQMWD])+(?:T(?:\d+(?:\.\d+)?[HMS])+)?|PT(?:\d+(?:\.\d+)?[HMS])+"
    r"|PX[YQMWD]|PTX[HMS]"
    r"|XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|XXXX-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|SP|SU|FA|WI)|XXXX-XX-XXT\d{2}:\d{2})"
)


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` months (the day is clipped to the month's length)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` units (D, W, M, Y, 10Y, 100Y; negative = earlier)."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    if unit == "M":
        return add_months(day, amount)
    factor = {"Y": 12, "10Y": 120, "100Y": 1200}.get(unit, 12)
    return add_months(day, amount * factor)


def week_value(day: date) -> str:
    """The ISO week of ``day`` as a TIMEX3 value, ``2019-W35``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    """The calendar quarter (1-4) ``day`` is in."""
    return (day.month - 1) // 3 + 1


def season_of(day: date) -> tuple[int, str]:
    """``(year, season)`` of ``day``; January and February belong to the previous winter."""
    if day.month in (12, 1, 2):
        return (day.year if day.month == 12 else day.year - 1), "WI"
    for code, (lo, hi) in SEASON_BOUNDS.items():
        if lo <= day.month <= hi:
            return day.year, code
    return day.year, "WI"  # pragma: no cover


def season_start(year: int, code: str) -> date:
    """First day of season ``code`` of ``year``."""
    return date(year, 12, 1) if code == "WI" else date(year, SEASON_BOUNDS[code][0], 1)


def value_of_unit(day: date, unit: str) -> str:
    """The TIMEX3 value of the ``unit`` (D, W, M, Q, Y, 10Y, 100Y) that contains ``day``."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        return week_value(day)
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if unit == "10Y":
        return f"{day.year // 10:03d}"
    if unit == "100Y":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def bounds(value: str) -> tuple[date | None, date | None, str]:
    """``(start, end, granularity)`` of a TIMEX3 value; ``None`` ends for non-dates.

    >>> bounds("2014-06")
    (datetime.date(2014, 6, 1), datetime.date(2014, 6, 30), 'month')
    """
    try:
        return _bounds(value)
    except ValueError:
        return None, None, "unknown"


def _bounds(value: str) -> tuple[date | None, date | None, str]:
    if value.endswith("_REF"):
        return None, None, "reference"
    if value.startswith("P"):
        return None, None, "duration"
    if value.startswith("XXXX"):
        return None, None, "set"
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "time" if m[4] else "day"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), "month"
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        first = date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
        return first, first + timedelta(days=1 if m[3] else 6), "week"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        y, q = int(m[1]), int(m[2])
        end_month = q * 3
        return (
            date(y, end_month - 2, 1),
            date(y, end_month, calendar.monthrange(y, end_month)[1]),
            "quarter",
        )
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        y = int(m[1])
        if m[2] == "1":
            return date(y, 1, 1), date(y, 6, 30), "half"
        return date(y, 7, 1), date(y, 12, 31), "half"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        y, code = int(m[1]), m[2]
        start = season_start(y, code)
        end = add_months(start, 3) - timedelta(days=1)
        return start, end, "season"
    if re.fullmatch(r"\d{4}", value):
        y = int(value)
        return date(y, 1, 1), date(y, 12, 31), "year"
    if re.fullmatch(r"\d{3}", value):
        y = int(value) * 10
        return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
    if re.fullmatch(r"\d{2}", value):
        y = int(value) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
    return None, None, "unknown"


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (1 = Monday) of ``month``; ``n = -1`` for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(rule: str, year: int) -> date:
    """The date of a holiday ``rule`` from the lexicon ("12-25", "nth:11:4:4", ...) in ``year``."""
    if rule == "easter":
        return easter(year)
    if rule == "election":
        return nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    parts = rule.split(":")
    if parts[0] == "nth":
        return nth_weekday(year, int(parts[1]), int(parts[2]), int(parts[3]))
    if parts[0] == "last":
        return nth_weekday(year, int(parts[1]), int(parts[2]), -1)
    month, day = rule.split("-")
    return date(year, int(month), int(day))
