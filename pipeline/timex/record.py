"""The ``Timex`` row: one temporal expression found in a text, with its TIMEX3 reading."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Timex:
    """A temporal expression in a document and its TIMEX3 normalisation.

    Attributes:
        start_char, end_char: character offsets into ``doc.text`` (end exclusive).
        text: the expression as written.
        type: DATE, TIME, DURATION or SET.
        value: the TIMEX3 value ("2014-06", "2019-W35", "P40Y", "PRESENT_REF", ...).
        start, end: first and last day the value covers; ``None`` for durations,
            references and sets.
        granularity: century, decade, year, half, season, quarter, month, week, day,
            time, duration, set or reference.
        range: for each end point of a range ("between June 2014 and September 2015"),
            the whole range as "FROM/TO" values; else ``None``.
        method: the rule that produced the row, e.g. "timex:weekday".
    """

    start_char: int
    end_char: int
    text: str
    type: str
    value: str
    start: date | None
    end: date | None
    granularity: str
    range: str | None
    method: str
