"""The incident's place: street, city, state and country of one article's incident.

``incident_place`` scores every place the article names as the scene (the dateline, a
sentence about the event, "in"/"near" before it, ", <State>" after it, the headline,
scene words around it: ``pipeline.cases.scene``), votes for the state, and corrects the
choice with the gazetteer (``pipeline.cases.places``): a county gives way to its town, a
neighbourhood to its city, a far-away namesake to the local place. ``incident_street``
adds the street of the event sentences ("2100 block of Bridlewood Drive") or a FAC entity.

Limits: only US cities and counties are known (GeoNames places of 500+ people, no
county membership); outside the US a city and a country come only from the entities.
Every score and correction is listed in ``incident_place``'s docstring.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from pipeline.cases.incident_place.candidates import (
    add_known_bonus,
    add_title_bonus,
    gather_candidates,
)
from pipeline.cases.incident_place.states import (
    add_context_votes,
    choose_state,
    leading_state,
    voted_states,
)
from pipeline.cases.incident_place.street import incident_street
from pipeline.cases.incident_place.untagged import add_untagged
from pipeline.cases.places import gazetteer, outlet_place
from pipeline.cases.scene import city_part, town_of_state
from pipeline.cases.words import CaseWords, SentenceIndex

DISTRICT, DISTRICT_CITY = "DC", "Washington"  # every place in the District is Washington


def incident_place(
    text: str,
    title: str | None,
    rows: dict[str, list[dict[str, Any]]],
    sents: SentenceIndex,
    words: CaseWords,
    source_url: str | None = None,
) -> dict[str, Any]:
    """``place``, ``city``, ``state`` and ``country`` of the incident.

    Each GPE mention that is not a state or a country is a city candidate, scored: in a
    sentence with an event word +2, after a word of ``place_prepositions.txt`` ("in",
    "near", "at", "of"; not the ``lone-name`` words) +1, in the first two sentences +1,
    followed by ", <State>" +3 (not when a scene word marks it down), followed by another
    place ("Barking, east London") +1, followed by "police" +2, in the title +2, a known US
    place +2 (unknown -2; not counted when a place outside the US is named), a county -3
    (GVA and readers name the town), the dateline +6 (+2 when known); repeated mentions add
    half their score; a person's name or surname tagged as a place, agencies ("... Jail")
    and TV outlets ("FOX Carolina", ``outlet_name``) are skipped, and so are ``not_cities``
    ("Side" of "the West Side"); so is a place before "and X avenues" (an intersection,
    ``street_name_at``) a name with an age after it ("Michaela, 12,") and a possessive
    ("Thursday's"). The state is voted for by state names (+1, +2 in an event sentence; not
    "Indiana County"), the dateline (+5), "City, State" (+3; not a hospital's or home
    town's, which a scene word marks down), the state or big city spelled in
    ``source_url``'s domain (+1.5, ``outlet_place``; not counted as the text naming a
    state), each state named only inside other names (+1, ``states_in_names``) and, for
    each known city candidate, its possible states (+1 shared among them); the chosen city's
    state is, among its possible states, the one with the most votes + 1 per county of that
    state named in the text (``counties_in_states``) + 0.1 x log10(its population / the
    largest namesake's), so population only breaks near-ties (Baltimore, Md., over
    Baltimore, Ohio). A county that wins gives way to a known town of its state named after
    a place preposition or before "police" (``_town_in_county``), else to the town of the
    same name in a state it may be in (when the state votes lead by ``COUNTY_STATE_VOTES``,
    only in the leading state: ``voted_states``); a place the text marks as a neighbourhood
    ("the Englewood neighborhood", "Baltimore's Pigtown") gives way to the big city named
    with it (``_city_of_neighbourhood``), and so does a small place with no state named that
    is unknown in the state of a big city scoring close to it, that state leading the state
    votes when one state leads them (``_big_city_elsewhere``); a city outlet's city
    (``outlet_place``) that the text names replaces a place not known in its state or known
    there with under 10,000 people (``_outlet_city``: "Wilson Park" in the Baltimore Sun)
    and fills in when no place is named, unless the text names another state. A known place
    of 5,000+ people in the headline adds +3; towns the NER missed are scanned ("Sylvester
    police"). When the article names a state (2 votes or more) that the chosen town (under
    50,000 people or unknown) is not known in, the named state wins. An article that names a
    non-US country (not after "from"/"to"/"of"/"via": "arrived from Mexico") more often than
    it votes for US states, or a British place unknown in the US or shows British signs
    ("£", "Crown Court", "Det Sgt") and names no US state, gets no state.

    Scene words (``pipeline.cases.scene``): a mention before a scene noun or after
    "shooting ... in" scores +3, one before a resident noun ("a Killeen man") -2, at a
    hospital or after "airlifted to" -3; a headline place before a scene noun +3 more, once a place;
    known towns after "shooting ... in" the NER missed are candidates; a news agency's
    dateline ("CLEVELAND (AP)") scores 3 less; "west Houston" and "Town of Busti" are
    read as the town; New York gives way to a borough the text names; a county with no
    town found by ``_town_in_county`` gives way to the best-scored known town of its
    state (``town_of_state``) before the town of its name.

    Also: a place that starts a street name ("E. Charlotte Avenue") is skipped, and so
    are the mentions of a sentence seen word for word before (a repeated caption); a
    place after a person's name and "of" ("George Halloran of Mundelein", "Slade, 26, of
    Gastonia") scores 2 less; known towns after a street address the NER missed ("at 7050
    Old State Road, Holly Hill") are candidates (``address_places``); a tie goes to a
    place a scene word marks, then to the place the text names first, and a best place no
    scene word marks gives way to a close known town of its state that one marks
    (``_scene_place``); a known smaller place with no scene word and no police of its
    own gives way to the one big city of its state whose police the story names
    (``_big_city_police``). An abbreviated town the tagger or a scan cut short ("Mt.
    Holly" tagged "Holly") is read in full (``abbreviated_at``); a place in the District
    of Columbia is Washington, the District's one city ("Southeast DC", "Anacostia").
    """
    gaz = gazetteer()
    found = gather_candidates(text, title, rows, sents, words)
    city_scores = found.scores
    state_votes = found.state_votes
    city_state = found.named_state
    countries = found.countries
    scenes = found.scenes
    person_words = found.person_words
    signals = sum(1 for signal in words.uk_signals if signal in text)
    if (signals or found.uk_places) and not state_votes:
        # "£", "Crown Court", "Det Sgt", "Leicester" (British names are US towns too:
        # they count only when no US state is named)
        countries["United Kingdom"] += signals + found.uk_places
    us_article = not countries.keys() - {"United States"}
    foreign_mentions = sum(v for k, v in countries.items() if k != "United States")
    if foreign_mentions and sum(state_votes.values()) >= foreign_mentions:
        # a US story naming a US state at least as often as another country
        us_article = True
        countries = Counter({k: v for k, v in countries.items() if k == "United States"})
    if us_article:
        add_untagged(found, text, title, sents, words)
    add_title_bonus(found, title)
    explicit = state_votes.most_common(1)[0] if state_votes else None
    outlet = outlet_place(source_url)
    add_context_votes(state_votes, text, outlet, found.counted, person_words, city_scores)
    if us_article:
        add_known_bonus(found, explicit)
    # ties go to a place a scene word marks ("a shooting in Pahoa" over "Hilo"), then to
    # the place named first ("Holly Hill" in the lead, "Vance" later)
    first = {name: text.find(name) % (len(text) + 1) for name in city_scores}
    city = (
        max(city_scores, key=lambda k: (city_scores[k], k in scenes, -first[k]))
        if city_scores
        else None
    )
    if city and us_article and city not in scenes:
        city = _scene_place(city, city_scores, scenes, explicit, first) or city
    if city and city.endswith(" County") and us_article:
        # "Sacramento County deputies ...": the town of the same name, when there is one
        town = city[: -len(" County")]
        county_states = set(gaz.city_states(city))
        named = _town_in_county(text, county_states, person_words)
        named = named or town_of_state(city_scores, county_states)
        if named:
            city = named  # "Floyd County police ... in Rome": not Floyd, Virginia
        elif town.lower() in gaz.cities and voted_states(county_states, state_votes) & set(
            gaz.cities[town.lower()]
        ):
            city = gaz.spelled(town)  # not Orange, Calif. for "Orange County" in Florida
    if city and us_article:
        city = _city_of_neighbourhood(text, city, city_scores) or city
        if city not in scenes:
            city = _big_city_police(text, city, city_scores) or city
        city = city_part(city, city_scores) or city  # "Brooklyn", not "New York"
        if city not in city_state:
            city = _big_city_elsewhere(city, city_scores, explicit, state_votes) or city
        if city not in city_state and outlet and outlet[1] in city_scores:
            own = _police_of(text, city)  # "Dixmoor police": a town of its own
            city = _outlet_city(city, outlet, explicit, own) or city
    if city is None and us_article and outlet and (not explicit or explicit[0] == outlet[0]):
        city = outlet[1]  # no place named: the city of a city outlet ("mysanantonio.com")
    state = choose_state(text, city, city_state, explicit, state_votes, countries, us_article)
    if state == DISTRICT and us_article:
        city = DISTRICT_CITY  # "Southeast DC", "Anacostia": the District has one city
    country = None
    if state:
        country = "United States"
    elif countries:
        country = countries.most_common(1)[0][0]
    street = incident_street(text, rows, sents, words)
    state_name = gaz.state_name(state)
    place = ", ".join(p for p in (street, city, state_name, country) if p) or None
    return {"place": place, "city": city, "state": state_name, "country": country}


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
    """The best-scored known town that a scene word marks ("the slayings at a Warrensville
    Heights barbershop", "a shooting in Cedar Grove"), scoring within ``CLOSE_SCORE`` of
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
    it does not name: "Gage Park" with "a Chicago Police spokesman" is Chicago's
    neighbourhood, "Belton" with "Killeen police responded" a court town.

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
    for it), the big city must be in it: "Lakewood" (Colorado's big one) next to "Busti"
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
    before "police" ("Police in Bean Station", "near Clearlake Oaks"), the most often named.

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
