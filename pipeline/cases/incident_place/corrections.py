"""Corrections of the best-scored city with the gazetteer, in US articles.

``correct_city`` applies them in order: a best place no scene word marks gives way to a
close known town of its state that one marks (``_scene_place``); a county gives way to a
known town of its state named after a place preposition or before "police"
(``_town_in_county``), else to the best-scored known town of its state
(``town_of_state``), else to the town of its name in a state it may be in (only the
leading one when the state votes lead clearly: ``voted_states``); a place the text calls
a neighbourhood gives way to the big city named with it (``_city_of_neighbourhood``); a
known smaller place with no scene word and no police of its own to the one big city of
its state whose police the story names (``_big_city_police``); New York to a borough the
text names (``city_part``); a small place with no state named to a close big city of
another state (``_big_city_elsewhere``); a place unknown or small in a city outlet's
state to the outlet's city (``_outlet_city``), which also fills in when no place is named.

Limits: the gazetteer knows no county membership and no neighbourhoods, so "its state"
stands for "its county" and a neighbourhood is recognised only by its wording, its size
or the big city next to it; every correction can move a real small town to a big city.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.cases.incident_place.candidates import Candidates
from pipeline.cases.incident_place.states import leading_state, voted_states
from pipeline.cases.places import gazetteer
from pipeline.cases.scene import city_part, town_of_state


def correct_city(
    found: Candidates,
    text: str,
    city: str | None,
    first: dict[str, int],
    explicit: tuple[str, float] | None,
    outlet: tuple[str, str | None] | None,
) -> str | None:
    """The corrected ``city`` of a US article (the module's docstring), or the outlet's
    city when no place is named (``city`` None) and the text names no other state."""
    if not city:
        if city is None and outlet and (not explicit or explicit[0] == outlet[0]):
            return outlet[1]  # no place named: the city of a city outlet ("mysanantonio.com")
        return city
    candidates = found.scores
    if city not in found.scenes:
        city = _scene_place(city, candidates, found.scenes, explicit, first) or city
    if city.endswith(" County"):
        city = _county_town(text, city, found)
    city = _city_of_neighbourhood(text, city, candidates) or city
    if city not in found.scenes:
        city = _big_city_police(text, city, candidates) or city
    city = city_part(city, candidates) or city  # "Brooklyn", not "New York"
    if city not in found.named_state:
        city = _big_city_elsewhere(city, candidates, explicit, found.state_votes) or city
    if city not in found.named_state and outlet and outlet[1] in candidates:
        own = _police_of(text, city)  # "Dixmoor police": a town of its own
        city = _outlet_city(city, outlet, explicit, own) or city
    return city


def _county_town(text: str, county: str, found: Candidates) -> str:
    """The town of a best-scored ``county`` ("Sacramento County deputies ..."): a known
    town of its state named after a place preposition or before "police", else the
    best-scored known town of its state, else the town of the same name in a state the
    county may be in (the leading one when the votes lead clearly), else the county."""
    gaz = gazetteer()
    town = county[: -len(" County")]
    county_states = set(gaz.city_states(county))
    named = _town_in_county(text, county_states, found.person_words)
    named = named or town_of_state(found.scores, county_states)
    if named:
        return named  # "Floyd County police ... in Rome": not Floyd, Virginia
    if town.lower() in gaz.cities and voted_states(county_states, found.state_votes) & set(
        gaz.cities[town.lower()]
    ):
        return gaz.spelled(town)  # not Orange, Calif. for "Orange County" in Florida
    return county


OUTLET_SMALL_PLACE = 10_000  # people: a known place this small may be the outlet city's part


def _outlet_city(
    city: str, outlet: tuple[str, str | None], explicit: tuple[str, float] | None, own: bool
) -> str | None:
    """The big city of a city outlet ("chicago.suntimes.com") when the chosen place is
    not known in its state ("Austin", a Chicago neighbourhood) or, when the text names no
    police of its own there (``own`` False: "Dixmoor police" is a town's), is a known place
    of that state under ``OUTLET_SMALL_PLACE`` people (a neighbourhood in the city's paper that
    the gazetteer also lists as a place: GVA files it under the city), and the text names
    no other state. The caller checks that the text names that city and no state for the
    place.

    Limits: a suburb unknown to the gazetteer, or a small town of its own that the
    city's paper reports without naming its police, becomes the big city too; a county
    stays a county."""
    code, big = outlet
    if big is None or (explicit and explicit[0] != code):
        return None
    gaz = gazetteer()
    if code not in gaz.city_states(city):
        return big
    people = gaz.cities.get(city.lower(), {}).get(code)
    small = people is not None and people < OUTLET_SMALL_PLACE and not own
    return big if small and city.lower() != big.lower() else None


BIG_CITY = 100_000  # people: a city large enough to have named neighbourhoods
CLOSE_SCORE = 4.0  # a big city this close to the best place may be its city


def _city_of_neighbourhood(text: str, place: str, candidates: dict[str, float]) -> str | None:
    """The big city (100,000+ people, sharing a state) of a place the text calls a
    neighbourhood ("the Englewood neighborhood", "Chicago's Rogers Park"), when the article
    names that city: GVA files the incident under the city. The best-scored one wins.

    Limits: a neighbourhood named without such a marker stays the place."""
    marked = re.search(rf"\b{re.escape(place)}\s+(?:neighborhood|neighbourhood|section)\b", text)
    owner = re.search(rf"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+{re.escape(place)}\b", text)
    if not marked and not owner:
        return None
    gaz = gazetteer()
    own = set(gaz.city_states(place))
    bigger = []
    for name in candidates:
        options = gaz.cities.get(name.lower(), {})
        big = {s for s, people in options.items() if people >= BIG_CITY}
        if name == place or not big:
            continue  # big in the place's own state: not Fairfield, Calif. for Chicago
        if (not own or own & big) and (marked or (owner and owner.group(1) == name)):
            bigger.append(name)
    return max(bigger, key=lambda n: candidates[n]) if bigger else None


def _scene_place(
    place: str,
    candidates: dict[str, float],
    scenes: set[str],
    explicit: tuple[str, float] | None,
    first: dict[str, int],
) -> str | None:
    """The best-scored known town that a scene word marks ("the slayings at a Bedford
    Heights barbershop", "a shooting in Alum Creek"), scoring within ``CLOSE_SCORE`` of
    ``place`` that no scene word marks (a wire bureau's dateline, an arrest town) and
    known in a state of ``place`` or of the state the article names most.

    Limits: one scene word anywhere is enough ("shot and fled in Dayton"); counties are
    left to the county rules."""
    gaz = gazetteer()
    states = set(gaz.city_states(place)) | ({explicit[0]} if explicit else set())
    marked = [
        name
        for name in scenes
        if name in candidates
        and candidates[name] >= candidates[place] - CLOSE_SCORE
        and not name.endswith((" County", " Parish"))
        and set(gaz.city_states(name)) & states
    ]
    # sorted: ties beyond score and position go by name, not by set order (hash seed)
    return max(sorted(marked), key=lambda k: (candidates[k], -first[k])) if marked else None


POLICE_AFTER = re.compile(r"[ \t]+(?:police|Police|PD)\b")
FORMER_BEFORE = re.compile(r"\b(?:retired|former|ex-)[ \t]*(?:an?[ \t]+)?$", re.I)


def _police_of(text: str, place: str) -> bool:
    """Whether ``text`` names ``place``'s police ("Chicago Police said"), not a retired or
    former officer's ("a retired Tampa police captain")."""
    start = text.find(place)
    while start >= 0:
        if POLICE_AFTER.match(text, start + len(place)) and not FORMER_BEFORE.search(
            text, max(0, start - 20), start
        ):
            return True
        start = text.find(place, start + 1)
    return False


def _big_city_police(text: str, place: str, candidates: dict[str, float]) -> str | None:
    """The one big city (100,000+ people in a state of ``place``) among ``candidates``
    whose police the story names, when ``place`` is a known smaller place whose own police
    it does not name: "Portage Park" with "a Chicago Police spokesman" is Chicago's
    neighbourhood, "Belton" with "Temple police responded" a court town.

    Limits: a suburb policed by the county with the big city's police helping moves to
    the big city too; a place the gazetteer does not know stays."""
    gaz = gazetteer()
    own = gaz.city_states(place)
    if not own or max(own.values()) >= BIG_CITY or _police_of(text, place):
        return None
    found = [
        name
        for name in candidates
        if name != place
        and {s for s, people in gaz.cities.get(name.lower(), {}).items() if people >= BIG_CITY}
        & set(own)
        and _police_of(text, name)
    ]
    return found[0] if len(found) == 1 else None


def _big_city_elsewhere(
    place: str,
    candidates: dict[str, float],
    explicit: tuple[str, float] | None,
    votes: Counter[str],
) -> str | None:
    """A big city (100,000+ people) the article names, scoring within ``CLOSE_SCORE`` of
    the small ``place``, in a state where ``place`` is unknown, when no state is named for
    ``place``: "Homewood" next to "Pittsburgh" is Pittsburgh's neighbourhood, not
    Homewood, Alabama. When one state leads the state ``votes`` (the outlet's, the text's
    and the shares of the places it names, so that towns known only in one state count
    for it), the big city must be in it: "Lakewood" (Colorado's big one) next to "Kiantone"
    in a New York story is the hamlet, not a city elsewhere. Limits: a town named as often
    as a far-away big city (a suspect "from Detroit") and no state moves there too."""
    gaz = gazetteer()
    own = gaz.city_states(place)
    lead = leading_state(votes)
    if place not in candidates or (own and max(own.values()) >= BIG_CITY):
        return None  # a big city is no other city's neighbourhood
    if explicit and explicit[1] >= 2 and explicit[0] in own:
        return None
    best = None
    for name, score in candidates.items():
        options = gaz.cities.get(name.lower(), {})
        if name == place or not options or gaz.state_code(name):
            continue
        state, people = max(options.items(), key=lambda kv: kv[1])
        fits = people >= BIG_CITY and state not in own and lead in (None, state)
        close = score >= candidates[place] - CLOSE_SCORE and (best is None or score > best[1])
        if fits and close and (explicit is None or explicit[1] < 2 or explicit[0] == state):
            best = (name, score)
    return best[0] if best else None


@lru_cache(maxsize=1)
def _town_after() -> re.Pattern[str]:
    """A town after a word of ``place_prepositions.txt`` (not the age rules' ``lone-name``
    words) or before "police"."""
    from pipeline.claims.lexicons import PEOPLE, PEOPLE_OFTEN, place_prepositions  # lazy: spaCy

    return re.compile(
        rf"\b(?:{'|'.join(sorted(place_prepositions(PEOPLE, PEOPLE_OFTEN)))})\s+"
        r"((?:[A-Z][a-z]+|[A-Z]\.)(?:\s[A-Z][a-z]+){0,2})"
        r"|\b((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+){0,2})\s+(?:[Pp]olice|PD)\b"
    )


def _town_in_county(text: str, states: set[str], person_words: set[str]) -> str | None:
    """A known town of the county's state named after a place preposition (all of
    ``place_prepositions.txt`` but the ``lone-name`` words: "in", "near", "from", "at") or
    before "police" ("Police in Church Hill", "near Lakeport Shores"), the most often named.

    Used only when the best place is a county: GVA and readers name the town. Limits:
    the gazetteer has no county membership, so any town of that state will do."""
    gaz = gazetteer()
    found: Counter[str] = Counter()
    for match in _town_after().finditer(text):
        name = match.group(1) or match.group(2)
        words = name.split()
        for n in range(len(words), 0, -1):  # the longest known prefix: "Katy home" -> "Katy"
            candidate = " ".join(words[:n])
            if candidate in person_words or gaz.state_code(candidate):
                break
            if words[n : n + 1] in (["County"], ["Parish"]):
                break  # "in Floyd County": the county's name, not a town
            if set(gaz.cities.get(candidate.lower(), {})) & states:
                found[gaz.spelled(candidate)] += 1
                break
    return found.most_common(1)[0][0] if found else None
