"""Place mentions that spaCy misses: cities inside organisation names and datelines.

Limits: a place inside an organisation name is found only before an ending listed in
``models/lexicons/org_place_heads.txt`` ("Chicago Police Department" → "Chicago"); datelines
only at the start of a line, in capitals ("NASHVILLE, Tenn. —", "BRUSSELS 1996-08-22").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.claims.lexicons import words
from pipeline.entities.lexicons import (
    common_words,
    first_names,
    name_heads,
    org_place_exclusions,
    org_place_heads,
    state_code_words,
    state_for,
    state_name_continuations,
    state_region_words,
    street_words,
    us_states,
)
from pipeline.records import Mention

if TYPE_CHECKING:
    from pipeline.cases.places import Gazetteer

TOWN_POPULATION = 10_000


def _gazetteer() -> Gazetteer:
    from pipeline.cases.places import gazetteer  # the cases package imports this one

    return gazetteer()


def is_town(word: str) -> bool:
    """True when ``word`` (any case) is a US place of ``TOWN_POPULATION`` people or more
    ("Detroit"). Limits: only US places are known."""
    return max(_gazetteer().cities.get(word.lower(), {}).values(), default=0) >= TOWN_POPULATION


def is_country(word: str) -> bool:
    """True when ``word`` is a country name of the gazetteer ("Mexico", "Canada").
    Limits: only the countries ``case_types.json`` lists."""
    return _gazetteer().country(word) is not None


def is_country_state_or_town(word: str) -> bool:
    """True for a country (``is_country``), a US state or a US town (``is_town``)."""
    return is_country(word) or state_for(word) is not None or is_town(word)


def is_county(word: str) -> bool:
    """True when "<word> County" is a US county ("Labette")."""
    return f"{word.lower()} county" in _gazetteer().counties


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
    return name.lower() in _gazetteer().cities


@lru_cache(maxsize=1)
def _state_names() -> re.Pattern[str]:
    names = sorted(set(us_states().values()), key=len, reverse=True)  # "West Virginia" first
    return re.compile(rf"(?<![\w’'.\-])(?:{'|'.join(map(re.escape, names))})(?![\w’'])")


_NEXT_NAME_WORDS = re.compile(r"[ ]([A-Z][\w’'.\-]*)(?:[ ]([A-Z][\w’'.\-]*))?")
_OF_BEFORE = re.compile(r"(?:^|\bof|\bthe|\bThe)$")
_STATE_AFTER_COMMA = re.compile(r",\s*")
_CAPITAL_AFTER = re.compile(r"[ ][A-Z]")


def _org_head_at(text: str, start: int) -> bool:
    """True when an ``org_place_heads`` ending begins at ``start`` ("Highway Patrol ...");
    reads 40 characters."""
    rest = text[start : start + 40].lower().replace("’", "'") + " "
    return any(rest.startswith(head + " ") for head in org_place_heads())


def _longer_place(text: str, start: int, end: int, before: str | None, name: Mention) -> bool:
    """True when the state name at ``text[start:end]`` begins or ends a longer place or
    street name: "Nebraska City", "Iowa Falls", "Utah Terrace", "Iowa County", "Missouri
    River", "Washington DC", or ``before`` + the name is a known place ("West New York").

    A street word ends a street name only when "of" does not follow ("Ohio Court of
    Appeals" is a court); one that is also an organisation word (``org_words.txt``:
    "Court") at the end of an organisation ``name`` is the organisation ("Ohio Court"
    keeps the state, "Ohio Court Chapel" does not); an organisation ending after the word
    ("Montana Highway Patrol") is an agency, not a street. Reads the text up to 40
    characters past the state (the two next words and an ending).
    """
    state = text[start:end]
    if before and is_known_place(f"{before} {state}"):
        return True
    after = _NEXT_NAME_WORDS.match(text, end)
    if after is None:
        return False
    word = after.group(1).rstrip(".")  # "the Missouri River."
    continuations = state_name_continuations()
    if (
        word in continuations
        or after.group(1) in continuations
        or name_heads().get(word) == "GPE"
        or is_known_place(f"{state} {word}")
        or (after.group(2) and is_known_place(f"{state} {word} {after.group(2)}"))
    ):
        return True
    if _org_head_at(text, after.start() + 1):
        return False  # "Montana Highway Patrol": an agency, not a highway
    if word.lower() not in street_words():
        return False
    word_end = after.start(1) + len(after.group(1))
    if text.startswith(" of ", word_end):
        return False  # "Ohio Court of Appeals"
    if name.label == "ORG" and word.lower() in words("org_words"):
        return word_end < name.end and bool(_CAPITAL_AFTER.match(text, word_end))
    return True


def _given_name_state(text: str, start: int, end: int, name: Mention) -> bool:
    """True when the state at ``text[start:end]`` is also a given name (``first_names.txt``:
    "Georgia", "Virginia") and a capitalised word that is no place or organisation word
    follows and ends the ``name``: "Bank of Georgia Jones" (a person's name). Limits: a
    name that goes on is read as the state ("Virginia Mason Medical Center")."""
    after = _NEXT_NAME_WORDS.match(text, end)
    if after is None or text[start:end] not in first_names() or after.end(1) != name.end:
        return False
    word = after.group(1).rstrip(".")
    return not (
        word.lower() in words("org_words")
        or word.lower() in street_words()
        or word in state_name_continuations()
        or word in name_heads()
        or _state_names().match(word)
        or _org_head_at(text, after.start() + 1)
    )


def states_in_name(text: str, name: Mention) -> list[Mention]:
    """GPE mentions of the US states named inside a longer organisation, facility or place
    name: "Illinois Department of Transportation", "University of Southern Nebraska",
    "Friends of Central Oregon", "Montana Highway Patrol" (FAC), "Lewes, Delaware" or
    "Delaware.17" (one mis-cut GPE).

    The state must open the name, follow "of" / "the", or follow words of
    ``state_region_words.txt`` that do ("Northern Nevada Detention Annex"); a GPE or LOC
    may also have it after a comma. In a facility or location the state counts only after a
    region word or before an organisation ending (an agency tagged FAC: "Montana Highway
    Patrol"), so "Arizona Memorial", "Gulf of Maine", "Utah Jazz" or "Washington Dulles
    International Airport" are named things. Not a state: a name that goes on into a
    longer place or street ("Nebraska City", "Iowa Falls", "Utah Terrace", "Missouri
    River", "West New York"; ``state_name_continuations.txt``), a town before a comma and
    a state ("Nevada, Missouri"), one after another name word ("George Washington
    University", "Brandt-Texas"), a state that is a given name before a surname ("Bank of
    Georgia Jones"), a whole mention (its own place, or a team or person), nor any PERSON
    mention ("Georgia Lane Pell").
    Limits: full state names only, as written ("Tenn." is read by the normaliser); a state
    used as a given name before a word of ``org_words`` ("Virginia Bank") is read as the
    state.
    """
    if name.label not in ("ORG", "FAC", "GPE", "LOC"):
        return []
    found = []
    for match in _state_names().finditer(name.text):
        if match.end() - match.start() == len(name.text):
            continue
        words_before = name.text[: match.start()].split()
        region = (
            words_before[-1] if words_before and words_before[-1] in state_region_words() else None
        )
        while words_before and words_before[-1] in state_region_words():
            words_before.pop()
        before = " ".join(words_before)
        comma = name.label in ("GPE", "LOC") and before.endswith(",")
        if not (_OF_BEFORE.search(before) or comma):
            continue
        start, end = name.start + match.start(), name.start + match.end()
        if name.label in ("FAC", "LOC") and not (region or _org_head_at(text, end + 1)):
            continue  # "Arizona Memorial", "Gulf of Maine": a named thing, not the state
        if _longer_place(text, start, end, region, name) or (
            not region and _given_name_state(text, start, end, name)
        ):
            continue
        comma_after = _STATE_AFTER_COMMA.match(text, end)
        if comma_after and _state_names().match(text, comma_after.end()):
            continue  # "Nevada, Missouri": a town of the state after the comma
        found.append(Mention(start, end, text[start:end], "GPE", PLACE_IN_ORG))
    return found


_TOWN_WORD = r"(?:[SMF]t\.|[A-Z](?:[a-z]*[A-Z]|['’][A-Z])?[a-z]+(?:-[A-Z][a-z]+)?)"
_CITY_CODE = re.compile(
    rf"(?<![\w’'.\-])(?P<city>{_TOWN_WORD}(?:[ ]{_TOWN_WORD}){{0,2}})"
    r"(?:,[ ]|[ ](?=[A-Z]{2}[ ]\d{5}\b))(?P<code>[A-Z]{2})(?![\w’'\-])"
)
_ZIP_AFTER = re.compile(r"[ ]\d{5}\b")
_LOWER_WORD_AFTER = re.compile(r"[ ]+[a-z]")


def _town_states(name: str) -> dict[str, int]:
    """``Gazetteer.city_states`` of ``name`` or of the place it abbreviates ("Mt. Juliet")."""
    from pipeline.cases.places import abbreviated_place

    found = _gazetteer().city_states(name)
    if not found and (spelled := abbreviated_place(name)):
        found = _gazetteer().city_states(spelled)
    return found


def city_state_codes(text: str, names: list[tuple[int, int]] = ()) -> list[Mention]:
    """GPE mentions of a two-letter state code after a town of that state: "Dover, DE",
    "Bexley, OH 43209" (without a comma only before a ZIP code), "Mt. Juliet, TN",
    "O'Fallon, MO", "Winston-Salem, NC", "McKinney, TX".

    The town (or its last one or two words) must be a gazetteer place of that state, so
    "said, OK" is not read; not a town inside a person's or organisation's name (the
    ``names`` spans: "Mayor Ann Augusta, ME"), nor a code before "?" or "!" ("Ada, OK?"),
    nor a code that is an English word (``state_code_words.txt``: "IN", "OK") before a
    lower-case word ("Marion, IN the summer"). Limits: a town of the state that the tagger
    did not take for a name ("Dr. Easton, MD") is read as a place; a code that is a word
    before a lower-case word is missed even when it is the state ("Marion, IN was");
    towns of up to three words; codes in capitals-only text are not read.
    """
    found = []
    for match in _CITY_CODE.finditer(text):
        code, end = match.group("code"), match.end("code")
        if state_for(code, allow_postal=True) is None or text[end : end + 1] in ("?", "!"):
            continue
        if (
            code.lower() in state_code_words()
            and _LOWER_WORD_AFTER.match(text, end)
            and not _ZIP_AFTER.match(text, end)
        ):
            continue  # "Marion, IN the summer"
        words_city = match.group("city").split()
        for k in range(len(words_city)):
            town = " ".join(words_city[k:])
            town_start = match.end("city") - len(town)
            if code in _town_states(town) and not any(
                s < match.end("city") and town_start < e for s, e in names
            ):
                found.append(Mention(end - 2, end, code, "GPE", CITY_STATE_CODE))
                break
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
