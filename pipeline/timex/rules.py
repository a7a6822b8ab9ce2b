"""The compiled pattern families and ``normalise_expression``, the cached normaliser.

Limits: a string is normalised by the first family (in priority order) whose pattern
matches all of it; context words outside the string (tense, "ended") are only known
when the caller passes them (:func:`pipeline.timex.detect.find_timexes` does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipeline.timex.anchor import TIMEX_VALUE, bounds
from pipeline.timex.normalise import HANDLERS, Context, Handler
from pipeline.timex.patterns import FOLLOWS, PATTERNS, PRECEDES

GRANULARITY_BY_TYPE = {"DURATION": "duration", "SET": "set"}


@dataclass(frozen=True)
class Rule:
    """One pattern family: its name, compiled regex, handler and detection context."""

    name: str
    regex: re.Pattern
    handler: Handler
    follows: re.Pattern | None
    precedes: re.Pattern | None


RULES: list[Rule] = [
    Rule(
        name,
        re.compile(source, re.IGNORECASE),
        HANDLERS[name],
        re.compile(FOLLOWS[name], re.IGNORECASE) if name in FOLLOWS else None,
        re.compile(PRECEDES[name], re.IGNORECASE) if name in PRECEDES else None,
    )
    for name, source in PATTERNS.items()
]
RULE_BY_NAME = {rule.name: rule for rule in RULES}
PRIORITY = {rule.name: i for i, rule in enumerate(RULES)}


@dataclass(frozen=True)
class Normalised:
    """A normalised expression, without position: what ``normalise_expression`` returns."""

    text: str
    type: str
    value: str
    start: date | None
    end: date | None
    granularity: str
    method: str


def apply_rule(rule: Rule, match: re.Match, ctx: Context) -> Normalised | None:
    """Run ``rule``'s handler on ``match``; ``None`` if it declines or the value is malformed."""
    try:
        reading = rule.handler(match, ctx)
    except (ValueError, KeyError, OverflowError, TypeError):
        return None
    if reading is None or not TIMEX_VALUE.fullmatch(reading.value):
        return None
    start, end, granularity = bounds(reading.value)
    granularity = GRANULARITY_BY_TYPE.get(reading.type, granularity)
    if start and end and start > end:
        return None
    return Normalised(
        match.group(0), reading.type, reading.value, start, end, granularity, f"timex:{rule.name}"
    )


@lru_cache(maxsize=8192)
def normalise_expression(
    text: str,
    published: date | None,
    tense: str | None = None,
    day_first: bool | None = None,
    quarter: str | None = None,
    rule: str | None = None,
    reference: str | None = None,
) -> Normalised | None:
    """Normalise one temporal expression against ``published`` (the DCT).

    Args:
        text: the expression alone, e.g. "last winter" or "Sept. 23, 2022".
        published: the document creation date, or ``None`` (relative values then
            become ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF`` or ``XXXX``).
        tense: "past", "present" or "future" of the governing verb, if known.
        day_first: read 03/04/2021 as 3 April.
        quarter: the last quarter mentioned before ("1989-Q3"), for "a year earlier".
        rule: use only this pattern family.
        reference: the last absolute date mentioned before ("1995"), for "the
            following year" and "that month".

    Returns:
        A :class:`Normalised` or ``None`` when no family reads the whole text.
        Never raises on any string.
    """
    stripped = text.strip()
    if not stripped or len(stripped) > 200:
        return None
    ctx = Context(published, tense, day_first, quarter, reference)
    rules = [RULE_BY_NAME[rule]] if rule in RULE_BY_NAME else RULES
    for candidate in rules:
        match = candidate.regex.fullmatch(stripped)
        if match:
            result = apply_rule(candidate, match, ctx)
            if result is not None:
                return result
    return None
