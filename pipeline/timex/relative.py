"""Handlers for expressions read against the DCT: last week, next May, a year ago, Tuesday.

Limits: the direction comes from the modifier ("last", "next") or the tense of the
governing verb; "the quarter"/"a year earlier" in results stories use the last quarter
named in the article (not a year-ago one), else the last one completed before the DCT.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.timex.anchor import (
    SEASON_ORDER,
    add_months,
    quarter_of,
    season_of,
    shift,
    value_of_unit,
    week_value,
)
from pipeline.timex.context import (
    _REL_OFFSET,
    _UNIT_CODE,
    EVENING_PARTS,
    FUTURE,
    PAST,
    Context,
    Reading,
    _day_word,
    _default_quarter,
    _direction,
    _from_reference,
    _g,
    _month_number,
    _quarter_minus_year,
    _ref,
    _unit_code,
    _year,
    resolve_weekday,
)
from pipeline.timex.lexicon import (
    DAY_PARTS,
    ORDINALS,
    SEASONS,
    TIME_UNITS,
    WEEKDAYS,
    number_value,
)


def month_rel(m: re.Match, ctx: Context) -> Reading | None:
    """January, last May, January this year: the year from the modifier, else the tense."""
    month = _month_number(m["month"])
    rel, rel2 = _g(m, "rel"), _g(m, "rel2")
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    dct = ctx.published
    year = dct.year
    if rel2:
        year += {"last": -1, "this": 0, "next": 1}[rel2]
    elif rel in ("last", "past", "this past"):
        year = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "this coming"):
        year = dct.year if month > dct.month else dct.year + 1
    elif rel == "this":
        year = dct.year
    else:
        direction = _direction(ctx)
        if direction < 0 and month > dct.month + 1:
            year -= 1
        elif direction > 0 and month < dct.month:
            year += 1
        elif direction == 0 and month > dct.month + 1:
            year -= 1
    return Reading("DATE", f"{year:04d}-{month:02d}")


def year_ended(m: re.Match, ctx: Context) -> Reading | None:
    """ "the year ended June 30": a one-year period."""
    return Reading("DURATION", "P1Y")


def quarter(m: re.Match, ctx: Context) -> Reading | None:
    """the third quarter, fourth-quarter, the fiscal first quarter of 1990."""
    q = ORDINALS[_g(m, "ord") or "first"]
    det, rel = _g(m, "det") or "", _g(m, "rel")
    explicit = m["year"] or m["fy"]
    if explicit:
        year = int(explicit)
    elif ctx.published is None:
        return Reading("DATE", f"XXXX-Q{q}")
    else:
        dct = ctx.published
        year = dct.year
        if det.startswith("the year-") or det.startswith("the comparable"):
            base = _default_quarter(ctx) or f"{dct.year:04d}"
            year = int(base[:4]) - 1
        elif rel or det.endswith("year's"):
            year += {"last": -1, "this": 0, "next": 1}[(rel or det.split()[0])]
        elif q > quarter_of(dct) and _direction(ctx) <= 0:
            year -= 1
    return Reading("DATE", f"{year:04d}-Q{q}")


def quarter_rel(m: re.Match, ctx: Context) -> Reading | None:
    """the quarter, the latest quarter, the year-ago quarter (anchored to the last quarter)."""
    rel = _g(m, "rel") or ""
    if _g(m, "ago"):
        rel = "year-ago"
    if rel == "current" and ctx.published:
        return Reading("DATE", value_of_unit(ctx.published, "Q"))
    base = _default_quarter(ctx)
    if base is None:
        return _ref(-1)
    if rel.startswith("year-") or rel == "comparable":
        return Reading("DATE", _quarter_minus_year(base))
    return Reading("DATE", base)


def year_adj(m: re.Match, ctx: Context) -> Reading | None:
    """year-earlier, year-ago: the anchor quarter a year before, else last year."""
    if ctx.quarter:
        return Reading("DATE", _quarter_minus_year(_default_quarter(ctx) or ctx.quarter))
    if ctx.published is None:
        return _ref(-1)
    return Reading("DATE", f"{ctx.published.year - 1:04d}")


def year_period(m: re.Match, ctx: Context) -> Reading | None:
    """the 1988 quarter, the 1989 period → the anchor quarter in that year."""
    base = _default_quarter(ctx)
    if base is None:
        return Reading("DATE", m["year"])
    return Reading("DATE", f"{m['year']}{base[4:]}")


def half(m: re.Match, ctx: Context) -> Reading | None:
    """the first half (of 1990) → 1990-H1."""
    h = 1 if _g(m, "ord") == "first" else 2
    if m["year"]:
        return Reading("DATE", f"{_year(m['year']):04d}-H{h}")
    if ctx.published is None:
        return Reading("DATE", f"XXXX-H{h}")
    year = ctx.published.year + {"last": -1, "next": 1}.get(_g(m, "rel") or "", 0)
    if not m["rel"] and h == 2 and ctx.published.month <= 6 and _direction(ctx) <= 0:
        year -= 1
    return Reading("DATE", f"{year:04d}-H{h}")


def season(m: re.Match, ctx: Context) -> Reading | None:
    """spring 2019 → 2019-SP; last winter (DCT 2024-05-10) → 2023-WI."""
    code = SEASONS[_g(m, "season") or "spring"]
    if m["year"]:
        return Reading("DATE", f"{_year(m['year']):04d}-{code}")
    if ctx.published is None:
        return Reading("DATE", f"XXXX-{code}")
    rel = _g(m, "rel") or ""
    cur_year, cur_code = season_of(ctx.published)
    index = cur_year * 4 + SEASON_ORDER.index(cur_code)
    if rel in ("last", "past", "this past"):
        step, index = -1, index - 1
    elif rel in ("next", "this coming"):
        step, index = 1, index + 1
    elif rel == "this":
        return Reading("DATE", f"{ctx.published.year:04d}-{code}")
    else:
        step = 1 if _direction(ctx) > 0 else -1
    while SEASON_ORDER[index % 4] != code:
        index += step
    year = index // 4
    return Reading("DATE", f"{year:04d}-{code}")


def day_rel(m: re.Match, ctx: Context) -> Reading | None:
    """yesterday, today, tomorrow (morning)."""
    word = _g(m, "dw") or "today"
    day = _day_word(word, ctx)
    if day is None:
        offset = -1 if "yesterday" in word else (1 if "tomorrow" in word else 0)
        return _ref(offset)
    part = _g(m, "part")
    if part:
        return Reading("TIME", f"{day.isoformat()}T{DAY_PARTS[part]}")
    return Reading("DATE", day.isoformat())


def day_anaphor(m: re.Match, ctx: Context) -> Reading | None:
    """ "the next day", "that same day", "the following morning" after a written day.

    Declines (no row) when no day was mentioned before: the anchor would be a guess.
    """
    ref = ctx.reference or ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref[:10]) or len(ref) < 10:
        return None
    w = _g(m, "w") or ""
    offset = (
        1
        if re.search(r"next|following|after", w)
        else -1
        if re.search(r"previous|preceding|before", w)
        else 0
    )
    day = date.fromisoformat(ref[:10]) + timedelta(days=offset)
    part = w.split()[-1]
    if part in EVENING_PARTS:
        return Reading("TIME", f"{day.isoformat()}T{DAY_PARTS[part]}")
    return Reading("DATE", day.isoformat())


def tonight(m: re.Match, ctx: Context) -> Reading | None:
    """tonight, last night, this morning."""
    w = _g(m, "w") or "tonight"
    if ctx.published is None:
        return _ref(-1 if w.startswith("last") else 0)
    day = ctx.published - timedelta(days=1) if w.startswith("last") else ctx.published
    part = "NI" if "night" in w else DAY_PARTS[w.split()[-1]]
    return Reading("TIME", f"{day.isoformat()}T{part}")


def weekday(m: re.Match, ctx: Context) -> Reading | None:
    """on Tuesday, last Friday, Thursday morning: direction from the modifier or tense."""
    target = WEEKDAYS[_g(m, "wd") or "monday"]
    day = resolve_weekday(target, _g(m, "rel") or "", ctx)
    if day is None:
        return _ref(_direction(ctx) if ctx.tense in (PAST, FUTURE) else -1)
    part = _g(m, "part")
    if part in EVENING_PARTS:
        return Reading("TIME", f"{day.isoformat()}T{DAY_PARTS[part]}")
    return Reading("DATE", day.isoformat())


def rel_unit(m: re.Match, ctx: Context) -> Reading | None:
    """last week, this month, next year, earlier this month, the end of the month."""
    rel, unit = _g(m, "rel") or "this", _g(m, "unit") or "year"
    offset = _REL_OFFSET.get(rel, 0)
    anchored = _from_reference(rel, unit, offset, ctx)
    if anchored:
        return anchored
    if ctx.published is None:
        return _ref(offset)
    dct = ctx.published
    if unit == "weekend":
        saturday = dct + timedelta(days=6 - dct.isoweekday())
        if offset < 0 or (offset == 0 and rel == "the" and _direction(ctx) < 0):
            saturday -= timedelta(days=7)
        elif offset > 0:
            saturday += timedelta(days=7) if dct.isoweekday() >= 6 else timedelta(0)
        return Reading("DATE", f"{week_value(saturday)}-WE")
    code = _UNIT_CODE[unit]
    day = add_months(dct, 3 * offset) if code == "Q" else shift(dct, offset, code)
    return Reading("DATE", value_of_unit(day, code))


def year_end(m: re.Match, ctx: Context) -> Reading | None:
    """year-end → the last day of the DCT year."""
    if ctx.published is None:
        return _ref(0)
    w = _g(m, "w") or ""
    if "mid" in w:
        return Reading("DATE", f"{ctx.published.year:04d}")
    year = ctx.published.year - (1 if _direction(ctx) < 0 and ctx.published.month < 12 else 0)
    return Reading("DATE", f"{year:04d}-12-31")


def ago(m: re.Match, ctx: Context) -> Reading | None:
    """two years ago → a year value; a year earlier in a results story → a quarter."""
    n = number_value(m["num"])
    direction = -1 if _g(m, "dir") in ("ago", "earlier", "previously") else 1
    unit_word = (_g(m, "unit") or "year").rstrip("s")
    if n is None or ctx.published is None:
        return _ref(direction)
    code = _unit_code(unit_word)
    amount = round(n) * direction
    if unit_word in TIME_UNITS:
        return Reading("DATE", ctx.published.isoformat())
    if code == "Y" and abs(amount) == 1 and ctx.quarter and direction < 0:
        return Reading("DATE", _quarter_minus_year(_default_quarter(ctx) or ctx.quarter))
    if code == "2W":
        amount, code = amount * 2, "W"
    if code == "3M":
        return Reading("DATE", value_of_unit(shift(ctx.published, amount * 3, "M"), "Q"))
    day = shift(ctx.published, amount, code)
    return Reading("DATE", value_of_unit(day, "Y" if code in ("10Y", "100Y") else code))
