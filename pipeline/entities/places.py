"""Place mentions that spaCy misses: cities inside organisation names and datelines.

Limits: a place inside an organisation name is found only before an ending listed in
``models/lexicons/org_place_heads.txt`` ("Chicago Police Department" → "Chicago"); datelines
only at the start of a line, in capitals ("NASHVILLE, Tenn. —", "BRUSSELS 1996-08-22").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.entities.lexicons import (
    common_words,
    name_heads,
    org_place_exclusions,
    org_place_heads,
    state_for,
    state_name_continuations,
    state_region_words,
    street_words,
    us_states,
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
CITY_STATE_CODE = "rule:city-state-code"
POSTAL_METHODS = (DATELINE, CITY_STATE_CODE)  # mentions whose two capitals are a state code

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


def is_known_place(name: str) -> bool:
    """True when ``name`` (any case) is a US place of the gazetteer, of any size ("Nebraska
    City", "West New York"). Limits: only US places are known."""
    from pipeline.cases.places import gazetteer  # the cases package imports this one

    return name.lower() in gazetteer().cities


@lru_cache(maxsize=1)
def _state_names() -> re.Pattern[str]:
    names = sorted(set(us_states().values()), key=len, reverse=True)  # "West Virginia" first
    return re.compile(rf"(?<![\w’'.\-])(?:{'|'.join(map(re.escape, names))})(?![\w’'])")


_NEXT_NAME_WORDS = re.compile(r"[ ]([A-Z][\w’'.\-]*)(?:[ ]([A-Z][\w’'.\-]*))?")
_OF_BEFORE = re.compile(r"(?:^|\bof|\bthe|\bThe)$")


def _longer_place(text: str, start: int, end: int, before: str | None) -> bool:
    """True when the state name at ``text[start:end]`` begins or ends a longer place or
    street name: "Nebraska City", "Iowa Falls", "Utah Terrace", "Iowa County", "Missouri
    River", or ``before`` + the name is a known place ("West New York")."""
    name = text[start:end]
    if before and is_known_place(f"{before} {name}"):
        return True
    after = _NEXT_NAME_WORDS.match(text, end)
    if after is None:
        return False
    word = after.group(1).rstrip(".")  # "the Missouri River."
    rest = text[after.start() + 1 : after.start() + 40].lower().replace("’", "'") + " "
    if any(rest.startswith(head + " ") for head in org_place_heads()):
        return False  # "Montana Highway Patrol": an agency, not a highway
    if (
        word.lower() in street_words()
        or word in state_name_continuations()
        or name_heads().get(word) == "GPE"
    ):
        return True
    return is_known_place(f"{name} {word}") or bool(
        after.group(2) and is_known_place(f"{name} {word} {after.group(2)}")
    )


def states_in_name(text: str, name: Mention) -> list[Mention]:
    """GPE mentions of the US states named inside a longer organisation, facility or place
    name: "Illinois Department of Transportation", "University of Southern Nebraska",
    "Friends of Central Oregon", "Montana Highway Patrol" (FAC), "Lewes, Delaware" or
    "Delaware.17" (one mis-cut GPE).

    The state must open the name, follow "of" / "the", or follow words of
    ``state_region_words.txt`` that do ("Northern Nevada Detention Annex"); a GPE or LOC
    may also have it after a comma. Not a state: a name that goes on into a longer place
    or street ("Nebraska City", "Iowa Falls", "Utah Terrace", "Missouri River", "West New
    York"; ``state_name_continuations.txt``), one after another name word ("George
    Washington University", "Brandt-Texas"), a whole mention (its own place, or a team or
    person), nor any PERSON mention ("Georgia Lane Pell").
    Limits: full state names only, as written ("Tenn." is read by the normaliser); a state
    used as a given name inside an organisation ("Virginia Oakes Trust") is read as one.
    """
    if name.label not in ("ORG", "FAC", "GPE", "LOC"):
        return []
    found = []
    for match in _state_names().finditer(name.text):
        if match.end() - match.start() == len(name.text):
            continue
        words = name.text[: match.start()].split()
        region = words[-1] if words and words[-1] in state_region_words() else None
        while words and words[-1] in state_region_words():
            words.pop()
        before = " ".join(words)
        comma = name.label in ("GPE", "LOC") and before.endswith(",")
        if not (_OF_BEFORE.search(before) or comma):
            continue
        start, end = name.start + match.start(), name.start + match.end()
        if _longer_place(text, start, end, region):
            continue
        found.append(Mention(start, end, text[start:end], "GPE", PLACE_IN_ORG))
    return found


_CITY_CODE = re.compile(
    r"(?<![\w’'.\-])(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})"
    r"(?:,[ ]|[ ](?=[A-Z]{2}[ ]\d{5}\b))(?P<code>[A-Z]{2})(?![\w’'\-])"
)


def city_state_codes(text: str) -> list[Mention]:
    """GPE mentions of a two-letter state code after a town of that state: "Dover, DE",
    "Bexley, OH 43209" (without a comma only before a ZIP code). The town (or its last one
    or two words) must be a gazetteer place of that state, so "said, OK" or "Wexlar Pummel,
    MD" are not read. Limits: a person named like a town of the state ("Dr. Ann Easton, MD")
    is read as a place; codes in capitals-only text are not."""
    from pipeline.cases.places import gazetteer  # the cases package imports this one

    found = []
    for match in _CITY_CODE.finditer(text):
        code = match.group("code")
        if state_for(code, allow_postal=True) is None:
            continue
        words = match.group("city").split()
        towns = (gazetteer().cities.get(" ".join(words[k:]).lower(), {}) for k in range(len(words)))
        if any(code in town for town in towns):
            start = match.start("code")
            found.append(Mention(start, start + 2, code, "GPE", CITY_STATE_CODE))
    return found


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
