"""Handlers for expressions that name their date: 2023-11-16, June 2014, the 1990s, Q3 2019.

Limits: a month-day without a year takes the DCT's year, moved by the tense (see
:func:`pipeline.timex.context.resolve_month_day`); holidays are US/UK-centric.
"""

from __future__ import annotations

import re

from pipeline.timex.anchor import (
    holiday_date,
)
from pipeline.timex.context import (
    Context,
    Reading,
    _direction,
    _g,
    _month_number,
    _resolve_month_day,
    _safe_date,
    _year,
)
from pipeline.timex.lexicon import (
    DECADE_WORDS,
    HOLIDAYS,
    ORDINALS,
    spelled_year,
)


def iso(m: re.Match, ctx: Context) -> Reading | None:
    """2023-11-16 (optionally with T15:00)."""
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        return Reading("TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}")
    return Reading("DATE", d.isoformat())


def numeric(m: re.Match, ctx: Context) -> Reading | None:
    """25/12/2020, 12/25/20: the day/month order comes from the numbers or ``day_first``."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        y += 1900 if y > 30 else 2000
    day_first = a > 12 or (b <= 12 and bool(ctx.day_first))
    day, month = (a, b) if day_first else (b, a)
    d = _safe_date(y, month, day)
    return Reading("DATE", d.isoformat()) if d else None


def month_day(m: re.Match, ctx: Context) -> Reading | None:
    """Sept. 23, 2022 / 17 July 2023 / March 12 (year from the DCT and the tense)."""
    day_word = m.groupdict().get("dayw")
    day = ORDINALS[day_word.lower()] if day_word else int(m["day"])
    month = _month_number(m["month"])
    if m["year"]:
        d = _safe_date(_year(m["year"]), month, day)
        return Reading("DATE", d.isoformat()) if d else None
    return _resolve_month_day(month, day, ctx)


def month_year(m: re.Match, ctx: Context) -> Reading | None:
    """June 2014 → 2014-06 (never a day)."""
    return Reading("DATE", f"{_year(m['year']):04d}-{_month_number(m['month']):02d}")


def year(m: re.Match, ctx: Context) -> Reading | None:
    """2016, fiscal 1989, mid-1996, the end of 1990."""
    return Reading("DATE", f"{_year(m['year']):04d}")


def year_spelled(m: re.Match, ctx: Context) -> Reading | None:
    """nineteen ninety-six → 1996, the year two thousand → 2000."""
    value = spelled_year(m["c2"], m["rest2"] or "") if m["c2"] else spelled_year(m["c"], m["rest"])
    return Reading("DATE", f"{value:04d}") if value else None


def decade_word(m: re.Match, ctx: Context) -> Reading | None:
    """the nineties → 199."""
    digit = DECADE_WORDS[_g(m, "w") or "nineties"]
    return Reading("DATE", f"19{digit}")


def decade(m: re.Match, ctx: Context) -> Reading | None:
    """the 1990s → 199, the '80s → 198."""
    if m["dec"]:
        return Reading("DATE", m["dec"])
    digit = int(m["short"])
    return Reading("DATE", f"{20 if digit <= 2 else 19}{digit}")


def century(m: re.Match, ctx: Context) -> Reading | None:
    """the 20th century → 19."""
    n = int(m["n"]) if m["n"] else ORDINALS.get(_g(m, "word") or "", 0)
    if not 1 <= n <= 30:
        return None
    return Reading("DATE", f"{n - 1:02d}")


def quarter_q(m: re.Match, ctx: Context) -> Reading | None:
    """Q3 2019 / 2019 Q3."""
    return Reading("DATE", f"{m['year'] or m['year2']}-Q{m['q'] or m['q2']}")


def holiday(m: re.Match, ctx: Context) -> Reading | None:
    """Thanksgiving, Christmas Eve, Election Day: the nearest one in the tense's direction."""
    rule = HOLIDAYS[_g(m, "h") or "christmas"]
    if m["year"]:
        return Reading("DATE", holiday_date(rule, _year(m["year"])).isoformat())
    if ctx.published is None:
        return None
    dct, rel = ctx.published, _g(m, "rel") or ""
    this_year = holiday_date(rule, dct.year)
    forward = rel in ("next", "this coming") or (not rel and _direction(ctx) > 0)
    if forward:
        day = this_year if this_year >= dct else holiday_date(rule, dct.year + 1)
    elif rel == "this":
        day = this_year
    else:
        day = this_year if this_year <= dct else holiday_date(rule, dct.year - 1)
    return Reading("DATE", day.isoformat())
