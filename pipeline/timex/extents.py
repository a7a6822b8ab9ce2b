"""Handlers for durations, sets, clock times and references: three months, every Tuesday, 3pm, now.

Limits: vague quantities give ``X`` values (``PXY``); fractions such as "2 1/2 years" are
read as their whole part only.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.timex.context import (
    Context,
    Reading,
    _day_of,
    _format_number,
    _g,
    _month_number,
    _resolve_month_day,
    _time_value,
    duration_value,
)
from pipeline.timex.lexicon import (
    DAY_PARTS,
    FUTURE_REF,
    PAST_REF,
    SETS,
    WEEKDAYS,
    number_value,
)


def duration(m: re.Match, ctx: Context) -> Reading | None:
    """three months → P3M, more than 40 years → P40Y, the first nine months → P9M."""
    num = _g(m, "num") or ""
    unit_word = _g(m, "unit") or ""
    if num in ("a", "an") and unit_word.startswith(("second", "quarter")):
        return None
    if unit_word.startswith("quarter") and re.search(r"-quarters?$", m.group(0), re.I):
        return None  # "three-quarters" is a fraction, "four-quarter" a count
    n = number_value(num)
    if n is not None and (m["half"] or m["half2"]):
        n += 0.5
    value = duration_value(n, unit_word)
    return Reading("DURATION", value) if value else None


def one_more(m: re.Match, ctx: Context) -> Reading | None:
    """another year, an additional month → P1Y, P1M."""
    value = duration_value(1, _g(m, "unit") or "year")
    return Reading("DURATION", value) if value else None


def vague_plural(m: re.Match, ctx: Context) -> Reading | None:
    """years, recent months, the past weeks → PXY, PXM, PXW."""
    value = duration_value(None, _g(m, "unit") or "years")
    return Reading("DURATION", value) if value else None


def time(m: re.Match, ctx: Context) -> Reading | None:
    """3pm, 10:30 a.m. Friday → 2019-09-05T15:00 (the day from the words around or the DCT)."""
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if not 1 <= hour <= 12:
        return None
    pm = (m["ampm"] or "").lower().startswith("p")
    hour = (hour % 12) + (12 if pm else 0)
    day = _day_of(m["pre"] or m["post"], ctx)
    if m["pmon"]:
        on = _resolve_month_day(_month_number(m["pmon"]), int(m["pday"]), ctx)
        day = date.fromisoformat(on.value) if on and ctx.published else day
    return Reading("TIME", _time_value(day, f"{hour:02d}:{minute:02d}"))


def clock24(m: re.Match, ctx: Context) -> Reading | None:
    """(at) 14:30, 09.15 GMT → ...T14:30 on the DCT."""
    return Reading("TIME", _time_value(ctx.published, f"{int(m['h']):02d}:{m['mi']}"))


def noon(m: re.Match, ctx: Context) -> Reading | None:
    """noon Thursday → ...T12:00."""
    clock = "24:00" if _g(m, "w") == "midnight" else "12:00"
    return Reading("TIME", _time_value(_day_of(m["pre"] or m["post"], ctx), clock))


def ref(m: re.Match, ctx: Context) -> Reading | None:
    """now, recently, the future → PRESENT_REF, PAST_REF, FUTURE_REF."""
    word = _g(m, "ref") or "now"
    if word in PAST_REF:
        return Reading("DATE", "PAST_REF")
    if word in FUTURE_REF:
        return Reading("DATE", "FUTURE_REF")
    return Reading("DATE", "PRESENT_REF")


def set_word(m: re.Match, ctx: Context) -> Reading | None:
    """daily, quarterly → P1D, P3M."""
    return Reading("SET", SETS[_g(m, "w") or "daily"])


def set_every(m: re.Match, ctx: Context) -> Reading | None:
    """every Tuesday → XXXX-WXX-2; every day → P1D; every other week → P2W."""
    unit = (_g(m, "unit") or "day").rstrip("s")
    if unit in WEEKDAYS:
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[unit]}")
    if unit in DAY_PARTS:
        return Reading("SET", "P1D")
    num = _g(m, "num")
    n = 2 if num == "other" else (number_value(num) if num else 1) or 1
    if unit == "quarter":
        return Reading("SET", f"P{_format_number(3 * n)}M")
    return Reading("SET", duration_value(n, unit) or "P1D")


def set_a(m: re.Match, ctx: Context) -> Reading | None:
    """(twice) a year, ($5) a day → P1Y, P1D."""
    return Reading("SET", duration_value(1, _g(m, "unit") or "day") or "P1D")


def set_weekdays(m: re.Match, ctx: Context) -> Reading | None:
    """Tuesdays → XXXX-WXX-2."""
    return Reading("SET", f"XXXX-WXX-{WEEKDAYS[_g(m, 'wd') or 'monday']}")
