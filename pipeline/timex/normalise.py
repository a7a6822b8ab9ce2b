"""Turn one matched temporal expression into a TIMEX3 type and value.

Each pattern family of :mod:`pipeline.timex.patterns` has a handler here taking the regex
match and a :class:`Context` (the published date, the tense of the governing verb, the
day/month order and the last quarter the article spoke of).

Limits: relative expressions are anchored to the published date, never to another date
in the text, except "a year earlier/ago" and "the year-ago quarter" in articles about
quarterly results, which are anchored to the last quarter mentioned. Modifiers ("early",
"mid-", "about") are dropped from the value, as TIMEX3 keeps them in ``mod``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.timex.anchor import (
    SEASON_ORDER,
    add_months,
    holiday_date,
    quarter_of,
    season_of,
    season_start,
    shift,
    value_of_unit,
    week_value,
)
from pipeline.timex.lexicon import (
    DAY_PARTS,
    DECADE_WORDS,
    FUTURE_REF,
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    PAST_REF,
    SEASONS,
    SETS,
    TIME_UNITS,
    UNITS,
    WEEKDAYS,
    number_value,
    spelled_year,
)

PAST, PRESENT, FUTURE, INFINITIVE = "past", "present", "future", "infinitive"
PERFECT = "perfect"
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
    return {PAST: -1, PERFECT: -1, FUTURE: 1, INFINITIVE: 1}.get(ctx.tense or "", 0)


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
    month, day = _month_number(m["month"]), int(m["day"])
    if m["year"]:
        d = _safe_date(_year(m["year"]), month, day)
        return Reading("DATE", d.isoformat()) if d else None
    return _resolve_month_day(month, day, ctx)


def month_year(m: re.Match, ctx: Context) -> Reading | None:
    """June 2014 → 2014-06 (never a day)."""
    return Reading("DATE", f"{_year(m['year']):04d}-{_month_number(m['month']):02d}")


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


def _default_quarter(ctx: Context) -> str | None:
    """The last completed quarter before the DCT: what "the latest quarter" means."""
    if ctx.published is None:
        return None
    return value_of_unit(add_months(ctx.published, -3), "Q")


def _quarter_minus_year(value: str) -> str:
    return f"{int(value[:4]) - 1:04d}{value[4:]}"


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


def quarter_q(m: re.Match, ctx: Context) -> Reading | None:
    """Q3 2019 / 2019 Q3."""
    return Reading("DATE", f"{m['year'] or m['year2']}-Q{m['q'] or m['q2']}")


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
    assert season_start(year, code)  # valid year
    return Reading("DATE", f"{year:04d}-{code}")


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


def tonight(m: re.Match, ctx: Context) -> Reading | None:
    """tonight, last night, this morning."""
    w = _g(m, "w") or "tonight"
    if ctx.published is None:
        return _ref(-1 if w.startswith("last") else 0)
    day = ctx.published - timedelta(days=1) if w.startswith("last") else ctx.published
    part = "NI" if "night" in w else DAY_PARTS[w.split()[-1]]
    return Reading("TIME", f"{day.isoformat()}T{part}")


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
    if rel in ("last", "this past", "past"):
        return dct - timedelta(days=back or 7)
    if ctx.tense == FUTURE:
        return dct + timedelta(days=(target - today) % 7 or 7)
    return dct - timedelta(days=back)


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
    return Reading("DATE", f"{ctx.published.year:04d}-12-31")


def _unit_code(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        word = "century"
    return UNITS[word.rstrip("s") if word.rstrip("s") in UNITS else word]


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
    return f"{prefix}{_format_number(n * factor)}{letter}"


def duration(m: re.Match, ctx: Context) -> Reading | None:
    """three months → P3M, more than 40 years → P40Y, the first nine months → P9M."""
    num = _g(m, "num") or ""
    unit_word = _g(m, "unit") or ""
    if num in ("a", "an") and unit_word.startswith(("second", "quarter")):
        return None
    if unit_word.startswith("quarter") and re.search(r"-quarters?$", m.group(0), re.I):
        return None  # "three-quarters" is a fraction, "four-quarter" a count
    value = duration_value(number_value(num), unit_word)
    return Reading("DURATION", value) if value else None


def vague_plural(m: re.Match, ctx: Context) -> Reading | None:
    """years, recent months, the past weeks → PXY, PXM, PXW."""
    value = duration_value(None, _g(m, "unit") or "years")
    return Reading("DURATION", value) if value else None


def _day_of(word: str | None, ctx: Context) -> date | None:
    if not word:
        return ctx.published
    word = word.lower()
    if word in WEEKDAYS:
        return resolve_weekday(WEEKDAYS[word], "", ctx)
    return _day_word(word, ctx)


def _time_value(day: date | None, clock: str) -> str:
    return f"{day.isoformat() if day else 'XXXX-XX-XX'}T{clock}"


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


HANDLERS: dict[str, Handler] = {
    "iso": iso,
    "numeric": numeric,
    "month_day": month_day,
    "day_month": month_day,
    "month_year": month_year,
    "month_rel": month_rel,
    "year_ended": year_ended,
    "year": year,
    "year_spelled": year_spelled,
    "decade_word": decade_word,
    "decade": decade,
    "century": century,
    "quarter": quarter,
    "quarter_q": quarter_q,
    "quarter_rel": quarter_rel,
    "period_rel": quarter_rel,
    "year_adj": year_adj,
    "year_period": year_period,
    "half": half,
    "season": season,
    "holiday": holiday,
    "day_rel": day_rel,
    "tonight": tonight,
    "weekday": weekday,
    "rel_unit": rel_unit,
    "year_end": year_end,
    "ago": ago,
    "duration": duration,
    "vague_plural": vague_plural,
    "time": time,
    "clock24": clock24,
    "noon": noon,
    "ref": ref,
    "set_word": set_word,
    "set_every": set_every,
    "set_a": set_a,
    "set_weekdays": set_weekdays,
}
