"""The incident's state: the state votes of an article and the state of its chosen city.

Votes (``pipeline.cases.incident_place.candidates`` adds those of the place mentions): a
state name +1 (+2 in an event sentence), the dateline's state +5, "City, State" +3; here
the outlet's state +1.5 (``outlet_place``), a state named only inside other names +1
(``states_in_names``) and each city candidate's possible states (+1 shared among them).
``choose_state`` then takes the state named after the city, else the state the article
names when the city is small and unknown there, else the best-voted of the city's states.

Limits: a vote is a vote whatever the subject (a victim's home state, a suspect's escape);
only US states are known, and a foreign article gets no state.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from pipeline.cases.places import gazetteer

COUNTY_STATE_VOTES = 1.5  # a state vote lead this large names the state of a county
OUTLET_VOTE = 1.5  # state vote of a state or big city spelled in the outlet's domain
NAME_STATE_VOTE = 1.0  # state vote of a state name not tagged as a place ("Ohio State Patrol")
POPULATION_WEIGHT = 0.1  # state choice: votes + this x log10(population / largest namesake)


def state_after(text: str, end: int) -> str | None:
    """The state code named after a place: "Smyrna, Tenn.", "Dallas, Texas", "Columbus, GA"."""
    gaz = gazetteer()
    match = re.match(r",\s*([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)", text[end : end + 30])
    if not match:
        return None
    words = match.group(1).split()
    for n in (2, 1):
        if len(words) >= n:
            code = gaz.state_code(" ".join(words[:n]))
            postal = n == 1 and len(words[0]) == 2 and words[0].isupper()  # "Columbus, GA"
            if code and (n == 2 or postal or len(words[0].rstrip(".")) > 2 or "." in words[0]):
                return code
    return None


COUNTY = re.compile(r"\b((?:[A-Z][a-z]+[ \t]){1,2}(?:County|Parish))\b")


def counties_in_states(text: str, options: Iterable[str]) -> dict[str, int]:
    """For each state of ``options``, how many counties named in ``text`` are known in it.

    "Hillsboro" (Oregon or Ohio) with "Hill County" (Ohio or Virginia): Ohio. Limits:
    each distinct county counts once whatever its namesakes; a county far away counts too;
    only "<Capitalised> County/Parish" of one or two words is seen.
    """
    gaz = gazetteer()
    found = [set(gaz.counties.get(m.lower(), [])) for m in set(COUNTY.findall(text))]
    return {code: sum(code in states for states in found) for code in options}


def voted_states(states: set[str], votes: Counter[str]) -> set[str]:
    """The states of ``states`` with the most ``votes`` when they lead the others by
    ``COUNTY_STATE_VOTES`` or more, else all of ``states``: "Orange County" in a story
    the Florida votes lead is Florida's. Limits: a lead of votes from other places counts.

    Not ``leading_state``: this one looks only at ``states``, wants a clear lead and keeps
    the tied leaders."""
    ranked = [*sorted((votes.get(s, 0.0) for s in states), reverse=True), 0.0]
    if len(states) < 2 or ranked[0] - ranked[1] < COUNTY_STATE_VOTES:
        return states
    return {s for s in states if votes.get(s, 0.0) == ranked[0]}


def leading_state(votes: Counter[str]) -> str | None:
    """The state with more ``votes`` than any other, else None (no votes, or a tie).

    Limits: any lead counts, however small (unlike ``voted_states``)."""
    top = [*votes.most_common(2), ("", 0.0), ("", 0.0)]
    return top[0][0] if top[0][1] > top[1][1] else None


@lru_cache(maxsize=1)
def _state_name_pattern() -> re.Pattern[str]:
    """State names, longest first, as whole words not followed by "City", "County" or
    "Parish" (after any white space: not the candidates' ``COUNTY_AFTER``, which allows
    spaces and tabs only and lets "City" pass)."""
    names = sorted(gazetteer().states.values(), key=len, reverse=True)
    return re.compile(
        r"\b(" + "|".join(map(re.escape, names)) + r")\b(?!\s+(?:City|County|Parish)\b)"
    )


def states_in_names(text: str, counted: set[int], person_words: set[str]) -> set[str]:
    """The set of state codes of the state names in ``text`` not already counted as place mentions:
    the ones inside organisation names ("Georgia Coastal Medical Center", "the Florida
    Department of Corrections"). One scan of the text.

    Limits: a state name that is a word of a person's name is skipped; "Kansas City" and
    "Texas County" are no state; a name on another subject (a victim's home state) counts too."""
    gaz = gazetteer()
    return {
        code
        for m in _state_name_pattern().finditer(text)
        if m.start() not in counted
        and m.group(1) not in person_words
        and (code := gaz.state_code(m.group(1)))
    }


def add_context_votes(
    votes: Counter[str],
    text: str,
    outlet: tuple[str, str | None] | None,
    counted: set[int],
    person_words: set[str],
    candidates: Iterable[str],
) -> None:
    """Add to ``votes`` the outlet's state (``OUTLET_VOTE``), the states named only inside
    other names (``NAME_STATE_VOTE``) and each candidate's possible states (+1 shared).

    Limits: a candidate's share counts whatever its score, a far-away mention too."""
    gaz = gazetteer()
    if outlet:
        votes[outlet[0]] += OUTLET_VOTE  # "nbcmiami.com": a local outlet's state
    for code in states_in_names(text, counted, person_words):
        votes[code] += NAME_STATE_VOTE  # "the Tennessee Bureau of Investigation"
    for name in candidates:
        options = gaz.city_states(name)
        for code in options:
            votes[code] += 1 / len(options)


def choose_state(
    text: str,
    city: str | None,
    named: dict[str, str],
    explicit: tuple[str, float] | None,
    votes: Counter[str],
    countries: Counter[str],
    us_article: bool,
) -> str | None:
    """The state code of ``city``: the one named after it (``named``: "Urbana, Ill."),
    else the state the text names (``explicit``, 2 votes or more) when ``city`` is unknown
    in it and small (under 50,000 people) or unknown, else among ``city``'s
    possible states the one with the most ``votes`` + 1 per county of that state the text
    names (``counties_in_states``) + ``POPULATION_WEIGHT`` x log10(its population / the
    largest namesake's), so that population only breaks near-ties (Baltimore, Md., over
    Baltimore, Ohio); a city with one known state or none (or an article that also names
    other countries) takes the best-voted state it may be in (1 vote or more), else its
    most populous state. None for an article whose country is not the US.

    Limits: the votes are the whole article's, so a second place far away can outvote the
    scene's state; the gazetteer knows no county membership."""
    gaz = gazetteer()
    if not us_article and countries.most_common(1)[0][0] != "United States":
        return None  # a British "Leicester" is not the one in Massachusetts
    state = named.get(city) if city else None
    if state is None and explicit and explicit[1] >= 2:
        options = gaz.city_states(city) if city else {}
        small = not options or max(options.values()) < 50000
        if small and explicit[0] not in options:
            state = explicit[0]  # the article names its state: trust it over a small town
    if state is None:
        options = gaz.city_states(city) if city else {}
        voted = [s for s, v in votes.most_common() if v >= 1 and (not options or s in options)]
        if len(options) > 1 and not countries.keys() - {"United States"}:
            # votes first; population breaks near-ties (Baltimore, Md., not Baltimore, Ohio)
            top = max(max(options.values()), 1)
            near = counties_in_states(text, options)
            state = max(
                options,
                key=lambda s: (
                    votes.get(s, 0.0)
                    + near[s]
                    + POPULATION_WEIGHT * math.log10(max(options[s], 1) / top)
                ),
            )
        elif voted:
            state = voted[0]
        elif options and not countries.keys() - {"United States"}:
            state = max(options, key=lambda s: options[s])
    return state
