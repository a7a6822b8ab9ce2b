"""Word lists for temporal expressions, read once from ``models/timex_lexicon.json``.

Limits: English only; the lists are meant for news prose, not for historical or
literary dates ("the Ides of March", regnal years).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from pipeline.config import MODELS_DIR
from pipeline.numbers import TENS as TENS  # re-exported for the date rules

LEXICON_PATH = MODELS_DIR / "timex_lexicon.json"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The whole lexicon as a dict (cached)."""
    return json.loads(LEXICON_PATH.read_text(encoding="utf-8"))


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of ``words``, longest first, spaces as ``\\s+``."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


LEX = lexicon()
MONTHS: dict[str, int] = LEX["months"]
WEEKDAYS: dict[str, int] = LEX["weekdays"]
NUMBERS: dict[str, float] = LEX["numbers"]
VAGUE_NUMBERS: list[str] = LEX["vague_numbers"]
ORDINALS: dict[str, int] = LEX["ordinals"]
UNITS: dict[str, str] = LEX["units"]
TIME_UNITS: set[str] = set(LEX["time_units"])
SEASONS: dict[str, str] = LEX["seasons"]
DAY_PARTS: dict[str, str] = LEX["day_parts"]
PRESENT_REF: list[str] = LEX["present_ref"]
PAST_REF: list[str] = LEX["past_ref"]
FUTURE_REF: list[str] = LEX["future_ref"]
SETS: dict[str, str] = LEX["sets"]
TIMEZONES: list[str] = LEX["timezones"]
NOT_YEAR_AFTER: set[str] = set(LEX["not_year_after"])
CAPITALISED_WORDS: set[str] = set(MONTHS) | set(WEEKDAYS)
ATTRIBUTIVE_ONLY: set[str] = set(LEX["attributive_only_words"])
FUTURE_CUES: list[str] = LEX["future_cues"]
DEADLINE_CUES: list[str] = LEX["deadline_cues"]
PAST_CUES: list[str] = LEX["past_cues"]
FUTURE_VERBS: set[str] = set(LEX["future_verbs"])
ONGOING_VERBS: set[str] = set(LEX["ongoing_verbs"])
HOLIDAYS: dict[str, str] = LEX["holidays"]
YEAR_WORDS: dict[str, int] = LEX["year_words"]
DECADE_WORDS: dict[str, int] = LEX["decade_words"]

UNITS_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}


def number_value(text: str) -> float | None:
    """The number a quantity phrase names ("two", "a", "twenty-four", "40", "1.5").

    Returns ``None`` for vague quantities ("several", "a few").
    """
    t = re.sub(r"\s+", " ", text.lower().strip())
    t = t.replace(",", "") if re.fullmatch(r"[\d,.]+", t) else t
    if t in NUMBERS:
        return NUMBERS[t]
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    m = re.fullmatch(r"(\w+)[- ](\w+)", t)
    if m and m.group(1) in TENS and m.group(2) in UNITS_WORDS:
        return TENS[m.group(1)] + UNITS_WORDS[m.group(2)]
    return None


def spelled_year(century: str, rest: str) -> int | None:
    """ "nineteen" + "ninety-six" → 1996; "two thousand" + "" → 2000."""
    century, rest = century.lower(), re.sub(r"\s+", " ", rest.lower().strip())
    if century.startswith("two thousand"):
        tail = number_value(rest) if rest else 0
        return None if tail is None else 2000 + int(tail)
    head = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}.get(century)
    if head is None:
        return None
    tail = YEAR_WORDS.get(rest) or number_value(rest)
    return None if tail is None or tail >= 100 else head + int(tail)
