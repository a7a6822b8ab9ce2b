"""The incident's place: street, city, state and country of one article's incident.

``incident_place`` scores every place the article names as the scene (the dateline, a
sentence about the event, "in"/"near" before it, ", <State>" after it, the headline,
scene words around it: ``pipeline.cases.scene``), votes for the state, and corrects the
choice with the gazetteer (``pipeline.cases.places``): a county gives way to its town, a
neighbourhood to its city, a far-away namesake to the local place. ``_street`` adds the
street of the event sentences ("2100 block of Thistlewood Drive") or a FAC entity.

Limits: only US cities and counties are known (GeoNames places of 500+ people, no
county membership); outside the US a city and a country come only from the entities.
Every score and correction is listed in ``incident_place``'s docstring.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from pipeline.cases.places import (
    abbreviated_at,
    abbreviated_place,
    find_dateline,
    gazetteer,
    outlet_place,
)
from pipeline.cases.scene import (
    LOWER_LEAD,
    RESIDENT_MALUS,
    address_places,
    city_part,
    outlet_name,
    resident_of,
    scene_bonus,
    scene_places,
    street_name_at,
    title_bonus,
    town_of_state,
)
from pipeline.cases.words import CaseWords, SentenceIndex

STREET = re.compile(
    r"\b(?:(?:\d+|the \d+)(?:[- ]block of )?|\d+ )?(?:[NSEW]\.? )?"
    r"(?:[A-Z][a-z0-9]+ ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|"
    r"Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Trail|Pike)\b\.?"
)
AGENCY_WORDS = {"jail", "office", "department", "police", "sheriff", "sheriff's", "court", "school"}


def _state_after(text: str, end: int) -> str | None:
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


def _counties_in_states(text: str, options: Iterable[str]) -> dict[str, int]:
    """For each state of ``options``, how many counties named in ``text`` are known in it.

    "Hillsboro" (Oregon or Ohio) with "Hill County" (Ohio or Virginia): Ohio. Limits:
    each distinct county counts once whatever its namesakes; a county far away counts too;
    only "<Capitalised> County/Parish" of one or two words is seen.
    """
    gaz = gazetteer()
    found = [set(gaz.counties.get(m.lower(), [])) for m in set(COUNTY.findall(text))]
    return {code: sum(code in states for states in found) for code in options}


POSSESSIVE_END = re.compile(r"['’]s$")
AGE_AFTER = re.compile(r",[ \t]*\d{1,2},")
COUNTY_AFTER = re.compile(r"[ \t]+(?:County|Parish)\b")
REPEAT_MIN_CHARS = 30  # a sentence this long seen twice is page furniture the second time
WIRE_TAG = re.compile(r"[^(\n]{0,20}\((?:AP|Reuters|UPI|AFP)\)")
COUNTY_STATE_VOTES = 1.5  # a state vote lead this large names the state of a county
WIRE_DATELINE_MALUS = 3.0  # a news agency's dateline is its bureau, often not the scene
OUTLET_VOTE = 1.5  # state vote of a state or big city spelled in the outlet's domain
DISTRICT, DISTRICT_CITY = "DC", "Washington"  # every place in the District is Washington
TITLE_BONUS = 2.0  # each mention of a candidate named in the headline
TITLE_PLACE_BONUS = 3.0  # a known place of 5,000+ people in the headline (``_title_places``)
POPULATION_WEIGHT = 0.1  # state choice: votes + this x log10(population / largest namesake)


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
    ``street_name_at``) a name with an age after it ("Mikayla, 12,") and a possessive
    ("Thursday's"). The state is voted for by state names (+1, +2 in an event sentence; not
    "Texas County"), the dateline (+5), "City, State" (+3; not a hospital's or home
    town's, which a scene word marks down), the state or big city spelled in
    ``source_url``'s domain (+1.5, ``outlet_place``; not counted as the text naming a
    state), each state named only inside other names (+1, ``_states_in_names``) and, for
    each known city candidate, its possible states (+1 shared among them); the chosen city's
    state is, among its possible states, the one with the most votes + 1 per county of that
    state named in the text (``_counties_in_states``) + 0.1 x log10(its population / the
    largest namesake's), so population only breaks near-ties (Baltimore, Md., over
    Baltimore, Ohio). A county that wins gives way to a known town of its state named after
    a place preposition or before "police" (``_town_in_county``), else to the town of the
    same name in a state it may be in (when the state votes lead by ``COUNTY_STATE_VOTES``,
    only in the leading state: ``_voted_states``); a place the text marks as a neighbourhood
    ("the Englewood neighborhood", "Baltimore's Pigtown") gives way to the big city named
    with it (``_city_of_neighbourhood``), and so does a small place with no state named that
    is unknown in the state of a big city scoring close to it, that state leading the state
    votes when one state leads them (``_big_city_elsewhere``); a city outlet's city
    (``outlet_place``) that the text names replaces a place not known in its state or known
    there with under 10,000 people (``_outlet_city``: "Linden Park" in the Baltimore Sun)
    and fills in when no place is named, unless the text names another state. A known place
    of 5,000+ people in the headline adds +3; towns the NER missed are scanned ("Sylvester
    police"). When the article names a state (2 votes or more) that the chosen town (under
    50,000 people or unknown) is not known in, the named state wins. An article that names a
    non-US country (not after "from"/"to"/"of"/"via": "arrived from Mexico") more often than
    it votes for US states, or a British place unknown in the US or shows British signs
    ("£", "Crown Court", "Det Sgt") and names no US state, gets no state.

    Scene words (``pipeline.cases.scene``): a mention before a scene noun or after
    "shooting ... in" scores +3, one before a resident noun ("a Lufkin man") -2, at a
    hospital or after "airlifted to" -3; a headline place before a scene noun +3 more, once a place;
    known towns after "shooting ... in" the NER missed are candidates; a news agency's
    dateline ("CLEVELAND (AP)") scores 3 less; "west Houston" and "Town of Kiantone" are
    read as the town; New York gives way to a borough the text names; a county with no
    town found by ``_town_in_county`` gives way to the best-scored known town of its
    state (``town_of_state``) before the town of its name.

    Also: a place that starts a street name ("E. Raleigh Avenue") is skipped, and so
    are the mentions of a sentence seen word for word before (a repeated caption); a
    place after a person's name and "of" ("George Halloran of Libertyville", "Slade, 26, of
    Hickory") scores 2 less; known towns after a street address the NER missed ("at 4127
    Pine Ridge Road, Goose Creek") are candidates (``address_places``); a tie goes to a
    place a scene word marks, then to the place the text names first, and a best place no
    scene word marks gives way to a close known town of its state that one marks
    (``_scene_place``); a known smaller place with no scene word and no police of its
    own gives way to the one big city of its state whose police the story names
    (``_big_city_police``). An abbreviated town the tagger or a scan cut short ("Mt.
    Juliet" tagged "Holly") is read in full (``abbreviated_at``); a place in the District
    of Columbia is Washington, the District's one city ("Southeast DC", "Anacostia").
    """
    # lazy: the claims package imports spaCy, which a rerun with nothing to parse avoids
    from pipeline.claims.lexicons import PEOPLE, PEOPLE_OFTEN, after_place_preposition

    gaz = gazetteer()
    names = {p["entity_id"]: p["name"] for p in rows.get("places", [])}
    labels = {p["entity_id"]: p.get("label") for p in rows.get("places", [])}
    city_scores: dict[str, float] = {}
    titled: dict[str, str] = {}  # candidate -> its form in the headline ("Juliet": Mount Juliet)
    uk_places = 0
    known: dict[str, float] = {}  # the gazetteer bonus, used in US articles only
    state_votes: Counter[str] = Counter()
    city_state: dict[str, str] = {}
    countries: Counter[str] = Counter()
    counted: set[int] = set()  # offsets of the state names tagged as places
    scenes: set[str] = set()
    first_seen: dict[str, int] = {}  # a sentence's text -> its first index (repeats skipped)
    dateline = find_dateline(text)
    if dateline:
        city, code, _ = dateline
        city_scores[city] = 6.0 + (2.0 if gaz.city_states(city) else 0.0)
        if WIRE_TAG.match(text, dateline[2] + len(city), dateline[2] + len(city) + 30):
            city_scores[city] -= WIRE_DATELINE_MALUS  # "CLEVELAND (AP) —": the bureau's city
        if code:
            state_votes[code] += 5
            city_state[city] = code
    person_words = {
        word
        for person in rows.get("people", [])
        for name in [person.get("name") or "", *(person.get("aliases") or [])]
        if " " in name.strip()  # a one-word "person" ("Katy") may be a mistagged town
        for word in name.split()
    }
    for mention in rows.get("mentions", []):
        eid = mention.get("entity_id")
        if eid not in names or labels.get(eid) != "GPE":
            continue
        name = names[eid].strip()
        if (name in person_words or set(name.split()) <= person_words) and not _state_after(
            text, mention["end_char"]
        ):
            continue  # "Martinez", "Tyrell Dunmore": a person's name tagged as a place
        if set(name.lower().split()) & AGENCY_WORDS or outlet_name(name):
            continue  # "Brevard County Jail", "Broward County Sheriff's Office", "FOX Carolina"
        if name.isupper() and len(name) > 3:
            name = gaz.spelled(name.title())
        name = LOWER_LEAD.sub("", name)  # "west Houston", "suburban Cleveland": the city
        shown = name  # as tagged: "Juliet" of "Mt. Juliet shooting" in the headline
        name = abbreviated_at(text, mention["start_char"], name) or name  # Mount Juliet
        if name.lower() in words.not_cities:
            continue  # "Side" of "the West Side", "Southeast" of "Southeast DC"
        if POSSESSIVE_END.search(name):
            continue  # "Thursday's", "God's": a place is tagged without its "'s"
        if AGE_AFTER.match(text, mention["end_char"]):
            continue  # "Mikayla, 12, and Amador": a person with her age
        if street_name_at(text, mention["start_char"], mention["end_char"]):
            continue  # "E. Raleigh Avenue", "Orange Grove Trail": a street
        n = sents.index(mention["start_char"])
        sentence = sents.texts[n].strip()
        if len(sentence) > REPEAT_MIN_CHARS and first_seen.setdefault(sentence, n) != n:
            continue  # a caption or teaser repeated word for word adds no evidence
        event = bool(sents.words[n] & words.event_words)
        is_state_name = gaz.state_code(name) if name in gaz.states.values() else None
        if is_state_name and COUNTY_AFTER.match(text, mention["end_char"]):
            continue  # "Texas County Coroner": a county, no vote for the state
        if is_state_name:
            counted.add(mention["start_char"])
            state_votes[is_state_name] += 2 if event else 1
            if name not in ("New York", "Washington"):
                continue
        country = gaz.country(name)
        if country:
            origin = re.search(
                r"\b(?:from|to|of|via|for)\s+(?:the\s+)?$",
                text[max(0, mention["start_char"] - 12) : mention["start_char"]],
            )
            if not origin or country == "United States":
                countries[country] += 1  # not "arrived from Mexico", "flee to Canada"
            continue
        if name in words.uk_places and not gaz.city_states(name):
            uk_places += 1  # "Leicestershire", "Barking"; not "Manchester" (also in the US)
        bonus = scene_bonus(text, mention["start_char"], mention["end_char"])
        if bonus > 0:
            scenes.add(name)
        score = 1.0 + bonus
        if resident_of(text, mention["start_char"], person_words):
            score -= RESIDENT_MALUS  # "George Halloran of Libertyville": a home town
        if event:
            score += 2
        if after_place_preposition(text, mention["start_char"], PEOPLE, PEOPLE_OFTEN):
            score += 1
        if n < 2:
            score += 1
        after = _state_after(text, mention["end_char"])
        if after:
            city_state.setdefault(name, after)
            if bonus >= 0:  # not for a hospital's or home town's "Urbana, Ill.": its state
                score += 3  # may not be the scene's (a hospital across the state line)
                state_votes[after] += 3
        elif re.match(
            r",\s*(?:[a-z]+\s)?[A-Z]", text[mention["end_char"] : mention["end_char"] + 20]
        ):
            score += 1  # "Barking, east London": the first place is the more specific
        known[name] = 2.0 if gaz.city_states(name) else -2.0
        if name.split()[-1].lower() in ("county", "parish", "co", "co."):
            score -= 3
        if re.match(r"\s+(?:police|Police|PD|officers)\b", text[mention["end_char"] :][:12]):
            score += 2  # "Clarksville police": the local force names the city
        if title and shown in title:
            score += TITLE_BONUS
            titled.setdefault(name, shown)
        if name in city_scores:
            city_scores[name] += max(score, 0.0) * 0.5
        else:
            city_scores[name] = score
    signals = sum(1 for signal in words.uk_signals if signal in text)
    if (signals or uk_places) and not state_votes:
        # "£", "Crown Court", "Det Sgt", "Leicester" (British names are US towns too:
        # they count only when no US state is named)
        countries["United Kingdom"] += signals + uk_places
    us_article = not countries.keys() - {"United States"}
    foreign_mentions = sum(v for k, v in countries.items() if k != "United States")
    if foreign_mentions and sum(state_votes.values()) >= foreign_mentions:
        # a US story naming a US state at least as often as another country
        us_article = True
        countries = Counter({k: v for k, v in countries.items() if k == "United States"})
    if us_article:
        for name, score in _scanned_places(text, city_scores, sents, words).items():
            city_scores[name] = score
            known[name] = 2.0
        for name, score in scene_places(text, city_scores, person_words).items():
            city_scores[name] = score  # "a shooting in Alum Creek" the NER missed
            known[name] = 2.0
            scenes.add(name)
        for name, score in address_places(text, city_scores, person_words).items():
            city_scores[name] = score  # "at 4127 Pine Ridge Road, Goose Creek" the NER missed
            known[name] = 2.0
        for name in _title_places(title):
            city_scores[name] = city_scores.get(name, 0.0) + TITLE_PLACE_BONUS
            known.setdefault(name, 2.0)
    for name in city_scores:
        shown = titled.get(name, name)
        if title and shown in title:  # once a place, not once a mention or title place
            city_scores[name] += title_bonus(title, shown)  # "... in Gary Shooting"
    explicit = state_votes.most_common(1)[0] if state_votes else None
    outlet = outlet_place(source_url)
    if outlet:
        state_votes[outlet[0]] += OUTLET_VOTE  # "nbcmiami.com": a local outlet's state
    for code in _states_in_names(text, counted, person_words):
        state_votes[code] += NAME_STATE_VOTE  # "the Tennessee Bureau of Investigation"
    for name in city_scores:
        options = gaz.city_states(name)
        for code in options:
            state_votes[code] += 1 / len(options)
    if us_article:
        for name, bonus in known.items():
            city_scores[name] += bonus
            options = gaz.city_states(name)
            if explicit and explicit[1] >= 2 and options and explicit[0] not in options:
                city_scores[name] -= 3  # "Homewood" is in Alabama, the story in Pittsburgh
    # ties go to a place a scene word marks ("a shooting in Kapaa" over "Lihue"), then to
    # the place named first ("Goose Creek" in the lead, "Vance" later)
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
        elif town.lower() in gaz.cities and _voted_states(county_states, state_votes) & set(
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
    state = city_state.get(city) if city else None
    foreign = not us_article and countries.most_common(1)[0][0] != "United States"
    if foreign:
        state = None  # a British "Leicester" is not the one in Massachusetts
    elif state is None and explicit and explicit[1] >= 2:
        options = gaz.city_states(city) if city else {}
        small = not options or max(options.values()) < 50000
        if small and explicit[0] not in options:
            state = explicit[0]  # the article names its state: trust it over a small town
    if state is None and not foreign:
        options = gaz.city_states(city) if city else {}
        voted = [
            s for s, v in state_votes.most_common() if v >= 1 and (not options or s in options)
        ]
        if len(options) > 1 and not countries.keys() - {"United States"}:
            # votes first; population breaks near-ties (Baltimore, Md., not Baltimore, Ohio)
            top = max(max(options.values()), 1)
            near = _counties_in_states(text, options)
            state = max(
                options,
                key=lambda s: (
                    state_votes.get(s, 0.0)
                    + near[s]
                    + POPULATION_WEIGHT * math.log10(max(options[s], 1) / top)
                ),
            )
        elif voted:
            state = voted[0]
        elif options and not countries.keys() - {"United States"}:
            state = max(options, key=lambda s: options[s])
    if state == DISTRICT and us_article:
        city = DISTRICT_CITY  # "Southeast DC", "Anacostia": the District has one city
    country = None
    if state:
        country = "United States"
    elif countries:
        country = countries.most_common(1)[0][0]
    street = _street(text, rows, sents, words)
    state_name = gaz.state_name(state)
    place = ", ".join(p for p in (street, city, state_name, country) if p) or None
    return {"place": place, "city": city, "state": state_name, "country": country}


def _voted_states(states: set[str], votes: Counter[str]) -> set[str]:
    """The states of ``states`` with the most ``votes`` when they lead the others by
    ``COUNTY_STATE_VOTES`` or more, else all of ``states``: "Orange County" in a story
    the Florida votes lead is Florida's. Limits: a lead of votes from other places counts."""
    ranked = [*sorted((votes.get(s, 0.0) for s in states), reverse=True), 0.0]
    if len(states) < 2 or ranked[0] - ranked[1] < COUNTY_STATE_VOTES:
        return states
    return {s for s in states if votes.get(s, 0.0) == ranked[0]}


NAME_STATE_VOTE = 1.0  # state vote of a state name not tagged as a place ("Ohio State Patrol")


@lru_cache(maxsize=1)
def _state_name_pattern() -> re.Pattern[str]:
    """State names, longest first, as whole words not followed by "City"."""
    names = sorted(gazetteer().states.values(), key=len, reverse=True)
    return re.compile(
        r"\b(" + "|".join(map(re.escape, names)) + r")\b(?!\s+(?:City|County|Parish)\b)"
    )


def _states_in_names(text: str, counted: set[int], person_words: set[str]) -> set[str]:
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
    lead = _leading_state(votes)
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


def _leading_state(votes: Counter[str]) -> str | None:
    """The state with more ``votes`` than any other, else None (no votes, or a tie)."""
    top = [*votes.most_common(2), ("", 0.0), ("", 0.0)]
    return top[0][0] if top[0][1] > top[1][1] else None


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


SCAN = re.compile(
    r"(?:\b(?:in|near|of)\s+)?((?:[A-Z][a-z]+|[A-Z]\.)(?:\s(?:[A-Z][a-z]+|[A-Z]\.)){0,2})"
    r"(?=(?:\s+(police|Police|man|woman|teen|teenager|boy|girl|resident|residents|home|"
    r"officers|detectives|native))|(?:,\s+[A-Z]))"
)


TITLE_WORDS = re.compile(r"(?:(?:Mt|St|Ft)\.?\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}")


def _title_places(title: str | None, min_population: int = 5000) -> list[str]:
    """Known US places of 5,000+ people named in the headline ("Miami Boy Killed ...")."""
    if not title:
        return []
    gaz = gazetteer()
    found = []
    for match in TITLE_WORDS.finditer(title.split(" - ")[0]):
        words = match.group(0).split()
        for n in range(len(words), 0, -1):  # longest known prefix: "Los Angeles Man"
            name = " ".join(words[:n])
            name = abbreviated_place(name) or name  # "Mt. Juliet Shooting": Mount Juliet
            pops = gaz.cities.get(name.lower(), {})
            if pops and max(pops.values()) >= min_population and not gaz.state_code(name):
                found.append(gaz.spelled(name))
                break
    return found


def _scanned_places(
    text: str, found: dict[str, float], sents: SentenceIndex, words: CaseWords
) -> dict[str, float]:
    """Known US places the NER missed: "Sylvester police", "a Palm Bay man".

    Only names in the gazetteer, before "police"/"man"/"teen"/... ; scored +1, +2 in a
    sentence with an event word, +2 before "police". Names already found are left alone.
    """
    gaz = gazetteer()
    out: dict[str, float] = {}
    for match in SCAN.finditer(text):
        name = match.group(1)
        name = abbreviated_at(text, match.start(1), name) or name  # "Mt. Oliver police"
        if name in found or name in out or not match.group(2):
            continue
        if not gaz.city_states(name) or gaz.state_code(name):
            continue
        n = sents.index(match.start(1))
        score = 1.0 + (2.0 if sents.words[n] & words.event_words else 0.0)
        if match.group(2) in ("police", "Police"):
            score += 2
        out[name] = score
    return out


COURTS = re.compile(
    r"(?i)\b(?:crown|magistrates'?|county|high|municipal|district|superior|circuit|family|"
    r"supreme|juvenile|criminal)\s+court\b"
)
NOT_SCENES = re.compile(r"(?i)\b(?:court|hospital|station|police|prison|jail|office|center)\b")


def _street(
    text: str, rows: dict[str, list[dict[str, Any]]], sents: SentenceIndex, words: CaseWords
) -> str | None:
    """A street address or a FAC entity named in an event sentence, else None.

    Courts, hospitals, police stations, jails and offices are where the story goes
    afterwards, not the scene: they are skipped.
    """
    for n, sentence in enumerate(sents.texts):
        if not sents.words[n] & words.event_words:
            continue
        match = STREET.search(sentence)
        if match and not COURTS.search(match.group(0)):
            street = match.group(0).strip().rstrip(".")
            return street[4:] if street.startswith("the ") else street
    names = {
        p["entity_id"]: p["name"]
        for p in rows.get("places", [])
        if p.get("label") == "FAC" and not NOT_SCENES.search(p["name"])
    }
    for mention in rows.get("mentions", []):
        if mention.get("entity_id") in names:
            n = sents.index(mention["start_char"])
            if sents.words[n] & words.event_words:
                return names[mention["entity_id"]]
    return None
