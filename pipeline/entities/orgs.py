"""Organisation names: comparison keys, acronyms and known short forms.

Limits: an acronym is matched to a long form only by the initials of its capitalised
words ("IOPC" ↔ "Independent Office for Police Conduct", with or without the small words);
acronyms that skip or reorder words (e.g. "ATF") need the lexicon.
"""

from __future__ import annotations

import re

from pipeline.entities.lexicons import org_short_forms

SMALL_WORDS = {"of", "for", "the", "and", "&", "in", "on", "de", "at", "to"}


def key(name: str) -> str:
    """Comparison key: lower case, curly quotes straightened, leading "the" and
    possessive removed, spaces collapsed ("The Met’s" → "met")."""
    name = name.replace("’", "'").strip()
    name = re.sub(r"^(?i:the)\s+", "", name)
    name = re.sub(r"'s?$", "", name)
    return " ".join(name.lower().split())


def canonical(name: str) -> str | None:
    """The long name of a known organisation ("Met" → "Metropolitan Police"), or None."""
    return org_short_forms().get(key(name))


def is_acronym(name: str) -> bool:
    """True for "IOPC", "F.B.I.", "NYPD": 2-8 capital letters, maybe with dots or "&"."""
    letters = name.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def initials(name: str) -> set[str]:
    """Possible acronyms of a long name: initials of all words and of the non-small words."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in SMALL_WORDS).upper()
    return {every, content}
