"""Person names: name parts, and whether a one-word "person" behaves like a name.

Limits: Western name order (given name first, surname last) is assumed; suffixes "Jr.",
"Sr.", "II" to "IV" and "VI" are ignored when taking the surname. No nicknames or transliteration
variants ("Bill" ↔ "William") are resolved.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.entities.lexicons import common_words, first_names, is_title_word
from pipeline.names import NAME_SUFFIXES

SUFFIXES = NAME_SUFFIXES | {"jr.", "sr."}
_AGE_AFTER = re.compile(r"\.?\s*,\s*(\d{1,3})\s*[,;.)]")
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.")
_WORD_RUN = re.compile(r"[\w-]+")


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The runs of word characters and hyphens of ``text`` (one set per text, cached)."""
    return frozenset(_WORD_RUN.findall(text))


def written_in_lower_case(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case as a whole word ("man" for "Man",
    "officer" for "Officer"; not "man" inside "woman" or "man-made")."""
    lowered = word.lower()
    if _WORD_RUN.fullmatch(lowered):
        return lowered in _lower_case_words(text)
    return re.search(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", text) is not None  # "o'neal"


def age_after(text: str, end: int) -> re.Match[str] | None:
    """The age written right after a name or kin noun ending at ``end``, group 1 its
    digits: "Rona Baxley, 30,", "Julian Rorry Jr., 12;", "her son, 5.". Limits: one to
    three digits between commas; "Rona Baxley (30)" is not read."""
    return _AGE_AFTER.match(text, end)


def name_words(name: str) -> list[str]:
    """Words of a person name without suffixes or trailing commas ("John Smith Jr." → 2)."""
    words = [w.strip(",") for w in name.split()]
    while len(words) > 1 and words[-1].lower() in SUFFIXES:
        words.pop()
    return [w for w in words if w]


def surname(name: str) -> str:
    """Last word of a name (suffixes ignored)."""
    words = name_words(name)
    return words[-1] if words else name


def given_name(name: str) -> str:
    """First word of a name."""
    words = name_words(name)
    return words[0] if words else name


def same_given_name(a: str, b: str) -> bool:
    """True when two given names agree: equal, or one is the initial of the other."""
    a, b = a.rstrip(".").lower(), b.rstrip(".").lower()
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def honorific_before(text: str, start: int) -> str | None:
    """ "Mr" or "Mrs" written right before ``start`` ("Mr Port"), or None."""
    before = text[max(0, start - 6) : start]
    match = re.search(r"(?:^|\s)(\w+\.?)\s$", before)
    if match and match.group(1) in HONORIFICS:
        return match.group(1)
    return None


def is_non_name(word: str, text: str, titled: bool) -> bool:
    """True when a one-word "person" does not behave like a name in ``text``.

    It is not a name when it is a title word ("Coroner"), has no letters or digits in it,
    is all lower case, or is a common English word (not a known given name) that was never
    written with a title such as "Mr" before it ("Clockwise", "Police"), or that the text
    also uses in lower case. Limits: a rare surname that is also a common word and is used
    alone without a title ("Port" with no "Stephen Port" in the text) is dropped.
    """
    if is_title_word(word) or not any(c.isalpha() for c in word) or word.islower():
        return True
    if any(c.isdigit() for c in word):
        return True
    if titled or word.title() in first_names():
        return False
    lowered = word.lower()
    if lowered in common_words():
        return True
    return written_in_lower_case(lowered, text)
