"""Anchor words: scan a document with a pattern family only near the words it needs.

Every match of a family contains at least one of its anchor words (a month name for
``month_day``, a unit for ``duration``, any run of digits for ``iso``...). One pass over
the text finds the words; each family then runs its regular expression only in windows
around its anchors, instead of trying 45 case-insensitive patterns at every character.
Candidates are the same as a whole-text scan, as long as a match (with the context its
look-arounds read) is shorter than ``REACH`` characters. A family with no entry in
``ANCHORS`` is scanned whole.

Limits: a match longer than ``REACH`` (80 characters) is missed; the longest in 3,758
real articles (BBC, casefacts dev, TempEval-3) is 34 ("the winter of nineteen
ninety-four"), and every candidate there is the same as a whole-text scan's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pipeline.timex.lexicon import (
    DAY_PARTS,
    DECADE_WORDS,
    FUTURE_REF,
    HOLIDAYS,
    MONTHS,
    PAST_REF,
    PRESENT_REF,
    SEASONS,
    SETS,
    UNITS,
    WEEKDAYS,
)

DIGITS = "<digits>"  # stands for any run of digits
REACH = 80
TOKEN = re.compile(r"[^\W\d_]+|\d+")


FUNCTION_WORDS = frozenset({"the", "a", "an", "at", "of", "s"})


def _words(*groups: Iterable[str]) -> frozenset[str]:
    """The words of every entry, lower-cased, less function words ("the near future" gives
    near, future); an entry of function words only keeps them all."""
    found: set[str] = set()
    for group in groups:
        for entry in group:
            words = {w.lower() for w in TOKEN.findall(entry)}
            found |= (words - FUNCTION_WORDS) or words
    return frozenset(found)


_MONTHS = _words(MONTHS)
_WEEKDAYS = _words(w for w in WEEKDAYS if len(w) > 4)
_UNITS = _words(UNITS, (f"{u}s" for u in UNITS), ["centuries", "weekend", "weekends"])
_PARTS = _words(DAY_PARTS)
_PLURAL_UNITS = _words(["years months weeks days decades hours minutes centuries"])

ANCHORS: dict[str, frozenset[str]] = {
    "iso": frozenset({DIGITS}),
    "numeric": frozenset({DIGITS}),
    "month_day": _MONTHS,
    "day_month": _MONTHS,
    "week_of": _MONTHS,
    "month_year": _MONTHS,
    "month_rel": _MONTHS,
    "year_ended": frozenset({"year"}),
    "year": frozenset({DIGITS, "nineteen", "twenty"}),
    "year_spelled": frozenset({"nineteen", "eighteen", "twenty", "thousand"}),
    "decade_word": _words(DECADE_WORDS),
    "decade": frozenset({DIGITS}),
    "century": frozenset({"century"}),
    "quarter": frozenset({"quarter", "period"}),
    "quarter_q": frozenset({DIGITS}),
    "quarter_rel": frozenset({"quarter"}),
    "period_rel": frozenset({"period"}),
    "year_adj": frozenset({"year"}),
    "year_period": frozenset({"quarter", "period"}),
    "half": frozenset({"half"}),
    "season": _words(SEASONS),
    "holiday": _words(HOLIDAYS),
    "day_rel": frozenset({"yesterday", "today", "tomorrow"}),
    "day_anaphor": _PARTS | {"day"},
    "tonight": _PARTS | {"tonight"},
    "weekday": _WEEKDAYS,
    "rel_unit": _UNITS,
    "year_end": frozenset({"year", "midyear"}),
    "ago": frozenset({"ago", "earlier", "now", "hence", "previously"}),
    "duration": _UNITS,
    "ref": _words(PRESENT_REF, PAST_REF, FUTURE_REF),
    "vague_plural": _PLURAL_UNITS,
    "one_more": _UNITS,
    "time": frozenset({DIGITS}),
    "clock24": frozenset({DIGITS}),
    "noon": frozenset({"noon", "midnight", "midday", "mid", "midmorning", "midafternoon"}),
    "set_word": _words(SETS),
    "set_every": frozenset({"every", "each", "per"}),
    "set_a": _UNITS,
    "set_weekdays": frozenset(f"{w}s" for w in _WEEKDAYS),
    "a_while": frozenset({"while"}),
    "nth_day": frozenset({"day"}),
}


class AnchorIndex:
    """The positions of every word of one text, by lower-cased word (digits: ``DIGITS``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: dict[str, list[int]] = {}
        for match in TOKEN.finditer(text):
            word = match.group()
            key = DIGITS if word[0].isdigit() else word.lower()
            self.at.setdefault(key, []).append(match.start())

    def matches(self, name: str, regex: re.Pattern) -> Iterator[re.Match]:
        """The matches of ``regex`` (family ``name``) a whole-text ``finditer`` gives."""
        anchors = ANCHORS.get(name)
        if anchors is None:
            yield from regex.finditer(self.text)
            return
        hits = sorted(p for word in anchors & self.at.keys() for p in self.at[word])
        for lo, last in _windows(hits):
            for match in regex.finditer(self.text, lo, last + 2 * REACH):
                if match.start() > last:
                    break
                yield match


def _windows(hits: list[int]) -> Iterator[tuple[int, int]]:
    """Merge anchor positions into ``(scan_from, last_anchor)`` windows."""
    lo = last = None
    for hit in hits:
        if last is not None and hit - REACH <= last + 2 * REACH:
            last = hit
            continue
        if last is not None:
            yield lo, last
        lo, last = max(0, hit - REACH), hit
    if last is not None:
        yield lo, last
