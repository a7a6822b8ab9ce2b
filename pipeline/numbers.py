"""English number words shared by the age, count and date rules."""

from __future__ import annotations

_UNIT_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TEN_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# "zero" → 0 ... "nineteen" → 19
UNITS: dict[str, int] = {word: value for value, word in enumerate(_UNIT_WORDS)}

# "twenty" → 20 ... "ninety" → 90
TENS: dict[str, int] = {word: 10 * (n + 2) for n, word in enumerate(_TEN_WORDS)}
