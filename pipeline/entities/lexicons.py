"""Word lists used by the entity rules, read once from ``models/lexicons/``.

Every list is data: edit the files, not the code. ``#`` starts a comment.
Look-ups are case-insensitive where the docstring says so; nothing here touches spaCy.
"""

from __future__ import annotations

import json
from functools import lru_cache

from pipeline.claims.lexicons import LEXICON_DIR
from pipeline.claims.lexicons import lines as _lines


def _key(word: str) -> str:
    """Case- and full-stop-insensitive form of a title word or abbreviation."""
    return word.lower().rstrip(".").replace("’", "'")


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Title phrases, keyed by ``_key`` ("det ch insp", "mr justice", "senior coroner")."""
    return frozenset(_key(t) for t in _lines("titles.txt"))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every word of every title, keyed by ``_key``; a run of them before a name is a title."""
    return frozenset(_key(w) for t in _lines("titles.txt") for w in t.split())


def is_title_word(word: str) -> bool:
    """True for "Sgt.", "Insp", "coroner", "Mr" (any case, trailing full stop ignored)."""
    return _key(word) in title_words()


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common US/UK given names, title-cased ("James", "Maya")."""
    return frozenset(_lines("first_names.txt"))


@lru_cache(maxsize=1)
def headline_stop_words() -> frozenset[str]:
    """Lower-case words that end a name in a capitals headline though no common word
    ("to", "at", "case")."""
    return frozenset(_lines("headline_stop_words.txt"))


@lru_cache(maxsize=1)
def kin_same_surname() -> frozenset[str]:
    """Lower-case kin nouns whose bearer usually shares the relative's surname ("son",
    "wife", "grandmother")."""
    return frozenset(_lines("kin_same_surname.txt"))


@lru_cache(maxsize=1)
def kin_relatives() -> frozenset[str]:
    """Lower-case singular kin nouns for one unnamed relative sharing the surname of the
    person they are kin to ("son", "wife"; ``pipeline.entities.relatives``)."""
    return frozenset(_lines("kin_relatives.txt"))


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    """Lower-case last words of street names ("st", "street", "drive")."""
    return frozenset(w.lower() for w in _lines("street_words.txt"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case English words that are not usually names ("clockwise", "police")."""
    return frozenset(_lines("common_words.txt"))


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Lower-case particles inside a person's name ("de", "la", "van", "bin")."""
    return frozenset(_lines("name_particles.txt"))


@lru_cache(maxsize=1)
def us_states() -> dict[str, str]:
    """``{form: state name}`` for names and abbreviations ("Tenn." and "TN" → "Tennessee")."""
    data = json.loads((LEXICON_DIR / "us_states.json").read_text(encoding="utf-8"))
    forms: dict[str, str] = {}
    for state, abbreviations in data.items():
        forms[state] = state
        for abbreviation in abbreviations:
            forms[abbreviation] = state
    return forms


@lru_cache(maxsize=1)
def state_region_words() -> frozenset[str]:
    """Words naming part of a state before its name ("Southern", "Central"; case-sensitive)."""
    return frozenset(_lines("state_region_words.txt"))


@lru_cache(maxsize=1)
def state_code_words() -> frozenset[str]:
    """Lower-case two-letter state codes that are also English words ("in", "ok", "me")."""
    return frozenset(_lines("state_code_words.txt"))


@lru_cache(maxsize=1)
def state_name_continuations() -> frozenset[str]:
    """Words that make a state's name part of another place's ("River", "Island", "Park")."""
    return frozenset(_lines("state_name_continuations.txt"))


def state_for(form: str, allow_postal: bool = False) -> str | None:
    """The US state that ``form`` names, or None.

    Two-letter postal codes ("IN", "OK", "LA") are ambiguous in running text and are
    only accepted with ``allow_postal`` (datelines).
    """
    form = form.strip()
    if form.isupper() and len(form) == 2 and not allow_postal:
        return None
    return us_states().get(form)


@lru_cache(maxsize=1)
def place_short_forms() -> dict[str, str]:
    """``{lower-case short form: place name}`` ("u.s." → "United States")."""
    data = json.loads((LEXICON_DIR / "place_short_forms.json").read_text(encoding="utf-8"))
    return {form.lower(): name for name, forms in data.items() for form in [name, *forms]}


@lru_cache(maxsize=1)
def org_short_forms() -> dict[str, str]:
    """``{lower-case form: long name}`` for known organisations ("met" → "Metropolitan Police")."""
    data = json.loads((LEXICON_DIR / "org_short_forms.json").read_text(encoding="utf-8"))
    return {form.lower(): name for name, forms in data.items() for form in [name, *forms]}


@lru_cache(maxsize=1)
def org_gazetteer() -> tuple[str, ...]:
    """Organisation forms safe to match anywhere in text (case-sensitive): long names,
    multi-word short forms and acronyms; not one-word mixed-case forms such as "Met"."""
    data = json.loads((LEXICON_DIR / "org_short_forms.json").read_text(encoding="utf-8"))
    forms = [f for name, fs in data.items() for f in [name, *fs] if " " in f or f.isupper()]
    return tuple(sorted(set(forms), key=len, reverse=True))


@lru_cache(maxsize=1)
def org_place_heads() -> tuple[str, ...]:
    """Organisation endings that follow a place name, longest first ("police department")."""
    heads = {_key(h) for h in _lines("org_place_heads.txt")}
    return tuple(sorted(heads, key=len, reverse=True))


@lru_cache(maxsize=1)
def org_place_exclusions() -> frozenset[str]:
    """Lower-case words before an organisation ending that are not places ("metropolitan")."""
    return frozenset(w.lower() for w in _lines("org_place_exclusions.txt"))


@lru_cache(maxsize=1)
def name_heads() -> dict[str, str]:
    """``{last word: label}`` for names that are places or organisations, not people
    ("County" → GPE, "Street" → FAC, "School" → ORG, "Day" → DROP)."""
    data = json.loads((LEXICON_DIR / "name_heads.json").read_text(encoding="utf-8"))
    return {
        word: label
        for label, words in data.items()
        if label not in ("_doc", "PLACE_PREFIXES")
        for word in words
    }


@lru_cache(maxsize=1)
def place_prefixes() -> frozenset[str]:
    """First words of place names that are also given names ("Santa", "Fort", "Glen")."""
    data = json.loads((LEXICON_DIR / "name_heads.json").read_text(encoding="utf-8"))
    return frozenset(data["PLACE_PREFIXES"])


_CALENDAR_WORDS = """January February March April May June July August September October November
December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday
Friday Saturday Sunday"""
MONTHS_AND_DAYS = frozenset(_CALENDAR_WORDS.split())


@lru_cache(maxsize=1)
def not_people() -> frozenset[str]:
    """Lower-case forms of capitalised words never used for a person ("javascript",
    "copyright", "facebook")."""
    return frozenset(w.lower() for w in _lines("not_people.txt"))


@lru_cache(maxsize=1)
def nickname_pairs() -> frozenset[tuple[str, str]]:
    """Lower-case ``(formal, short)`` given-name pairs ("andrew", "andy") from
    ``nicknames.txt``; a short form may belong to several formal names."""
    pairs = set()
    for line in _lines("nicknames.txt"):
        formal, _, shorts = line.partition(":")
        pairs.update((formal.strip().lower(), s.lower()) for s in shorts.split())
    return frozenset(pairs)
