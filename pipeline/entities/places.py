"""Place mentions that spaCy misses: cities inside organisation names and datelines.

Limits: a place inside an organisation name is found only before an ending listed in
``models/lexicons/org_place_heads.txt`` ("Chicago Police Department" → "Chicago"); datelines
only at the start of a line, in capitals ("NASHVILLE, Tenn. —", "BRUSSELS 1996-08-22").
"""

from __future__ import annotations

import re

from pipeline.entities.lexicons import (
    common_words,
    org_place_exclusions,
    org_place_heads,
    state_for,
)
from pipeline.records import Mention

TOWN_POPULATION = 10_000


def is_town(word: str) -> bool:
    """True when ``word`` (any case) is a US place of ``TOWN_POPULATION`` people or more
    ("Detroit"). Limits: only US places are known."""
    from pipeline.cases.places import gazetteer  # the cases package imports this one

    return max(gazetteer().cities.get(word.lower(), {}).values(), default=0) >= TOWN_POPULATION


def is_country(word: str) -> bool:
    """True when ``word`` is a country name of the gazetteer ("Mexico", "Canada").
    Limits: only the countries ``case_types.json`` lists."""
    from pipeline.cases.places import gazetteer  # the cases package imports this one

    return gazetteer().country(word) is not None


PLACE_IN_ORG = "rule:place-in-org"
DATELINE = "rule:dateline"

_CAPS_WORD = r"[A-Z][A-Z.'’\-]*[A-Z.]"
_START = r"(?:^|(?<=\s\s)|(?<=\t))"
_STATE = r"[A-Z][A-Za-z.]{1,12}(?:[ ][A-Z][a-z.]+)?"
_TAIL = r"[ \t]*(?P<agency>\([A-Za-z0-9 .]{1,20}\)[ \t]*)?(?P<mark>[—–]|--?|\d{4}-\d\d-\d\d\b|_)"
_DATELINE = re.compile(
    rf"(?m){_START}[ \t]*(?P<city>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}})"
    rf"(?:,[ \t]*(?P<state>{_STATE}))?{_TAIL}"
)
# "Norfolk, Va. - A 26-year-old": a title-case city needs a state to count as a dateline
_TITLE_DATELINE = re.compile(
    rf"(?m){_START}[ \t]*(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){{0,2}}),[ \t]*(?P<state>{_STATE})"
    rf"{_TAIL}"
)
_CONNECTORS = {"and", "of", "upon", "on", "de", "la"}


def place_in_org(text: str, org: Mention) -> Mention | None:
    """The place at the start of an organisation mention, or None.

    "Chicago Police Department" → GPE "Chicago"; "Cook County Sheriff's Office" → "Cook
    County"; "Boston Police Special Investigations Unit" → "Boston" (the ending may be
    followed by more words). Words in ``org_place_exclusions`` ("Metropolitan Police") are
    not places, and are dropped from the end of a place ("Indianapolis Metropolitan").
    """
    name = org.text.replace("’", "'")
    lowered = name.lower().rstrip(".") + " "
    found = [
        lowered.find(" " + head + " ")
        for head in org_place_heads()
        if lowered.find(" " + head + " ") > 0
    ]
    if not found:
        return None
    prefix = name[: min(found)].rstrip(" ,")
    if prefix.lower() in org_place_exclusions():
        return None  # "British Transport Police"
    words = prefix.split()
    while words and words[-1].lower() in org_place_exclusions():
        words.pop()  # "Indianapolis Metropolitan Police" → "Indianapolis"
    prefix = " ".join(words)
    if not words or name[: len(prefix)] != prefix:
        return None
    if any(w.lower() in org_place_exclusions() for w in words):
        return None
    if not all(w[:1].isupper() or w in _CONNECTORS for w in words) or words[-1] in _CONNECTORS:
        return None
    if not all(w.replace("-", "").replace(".", "").isalpha() for w in words):
        return None
    return Mention(
        org.start,
        org.start + len(prefix),
        text[org.start : org.start + len(prefix)],
        "GPE",
        PLACE_IN_ORG,
    )


def _state(form: str) -> str | None:
    form = form.strip()
    return state_for(form, allow_postal=True) or state_for(form.rstrip("."), allow_postal=True)


def state_in_org(text: str, org: Mention) -> Mention | None:
    """A US state named at the start of an organisation ("Illinois Department of
    Transportation" → GPE "Illinois"), or None."""
    words = org.text.split()
    for n in (3, 2, 1):
        if len(words) > n and state_for(" ".join(words[:n])) == " ".join(words[:n]):
            end = org.start + len(" ".join(words[:n]))
            return Mention(org.start, end, text[org.start : end], "GPE", PLACE_IN_ORG)
    return None


def dateline_places(text: str) -> list[Mention]:
    """GPE mentions of a dateline's city and state: "NASHVILLE, Tenn. —" gives "NASHVILLE"
    and "Tenn." (the normaliser maps the state abbreviation to "Tennessee")."""
    mentions: list[Mention] = []
    matches = list(_DATELINE.finditer(text)) + [
        m for m in _TITLE_DATELINE.finditer(text) if _state(m.group("state"))
    ]
    for match in matches:
        city = match.group("city").rstrip(".")
        if len(city) < 3 or (city.lower() in common_words() and not match.group("state")):
            continue
        if match.group("mark") == "-" and not (match.group("state") or match.group("agency")):
            following = text[match.end() : match.end() + 40].split()
            if not following or following[0].isupper() or city.lower() in common_words():
                continue  # "SOCCER - JAPAN WIN": a section heading, not a dateline
        start = match.start("city")
        mentions.append(Mention(start, start + len(city), city, "GPE", DATELINE))
        state = match.group("state")
        if state:
            state = state.strip()
            if _state(state):
                s_start = match.start("state")
                mentions.append(Mention(s_start, s_start + len(state), state, "GPE", DATELINE))
    return mentions
