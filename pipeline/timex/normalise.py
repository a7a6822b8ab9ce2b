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

from pipeline.timex import absolute, extents, relative
from pipeline.timex.context import Context, Handler, Reading

__all__ = ["HANDLERS", "Context", "Handler", "Reading"]

# Pattern family name (see pipeline.timex.patterns) -> handler.
HANDLERS: dict[str, Handler] = {
    "iso": absolute.iso,
    "numeric": absolute.numeric,
    "month_day": absolute.month_day,
    "day_month": absolute.month_day,
    "month_year": absolute.month_year,
    "month_rel": relative.month_rel,
    "year_ended": relative.year_ended,
    "year": absolute.year,
    "year_spelled": absolute.year_spelled,
    "decade_word": absolute.decade_word,
    "decade": absolute.decade,
    "century": absolute.century,
    "quarter": relative.quarter,
    "quarter_q": absolute.quarter_q,
    "quarter_rel": relative.quarter_rel,
    "period_rel": relative.quarter_rel,
    "year_adj": relative.year_adj,
    "year_period": relative.year_period,
    "half": relative.half,
    "season": relative.season,
    "holiday": absolute.holiday,
    "day_rel": relative.day_rel,
    "day_anaphor": relative.day_anaphor,
    "tonight": relative.tonight,
    "weekday": relative.weekday,
    "rel_unit": relative.rel_unit,
    "year_end": relative.year_end,
    "ago": relative.ago,
    "duration": extents.duration,
    "vague_plural": extents.vague_plural,
    "one_more": extents.one_more,
    "time": extents.time,
    "clock24": extents.clock24,
    "noon": extents.noon,
    "ref": extents.ref,
    "set_word": extents.set_word,
    "set_every": extents.set_every,
    "set_a": extents.set_a,
    "set_weekdays": extents.set_weekdays,
}
