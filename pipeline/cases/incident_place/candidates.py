"""City candidates: the places an article's entities name, each scored as the scene.

``gather_candidates`` reads the dateline and every GPE mention. A mention that is not a
state or a country (New York and Washington are both) is a city candidate, scored: 1, in
a sentence with an event word +2, after a word of ``place_prepositions.txt`` ("in",
"near", "at", "of"; not the ``lone-name`` words) +1, in the first two sentences +1,
followed by ", <State>" +3 (not when a scene word marks it down), followed by another
place ("Barking, east London") +1, followed by "police" +2, in the headline +2, a county
-3 (GVA and readers name the town), scene words around it (``pipeline.cases.scene``: +3
before a scene noun, -2 for "a Lufkin man" or after a person's name and "of", -3 at a
hospital); a repeated mention adds half its score. The dateline scores 6 (+2 when known;
3 less for a news agency's "CLEVELAND (AP)"). ``add_title_bonus`` and ``add_known_bonus``
add the headline's scene nouns and the gazetteer (+2 known, -2 unknown, -3 unknown in
the state the article names).

State names vote for their state (+1, +2 in an event sentence; not "Texas County"), the
dateline's state +5, "City, State" +3; countries are counted (not after "from"/"to"/"of":
"arrived from Mexico") and so are British places unknown in the US.

Limits: the NER decides what is a place (towns it misses: ``untagged``); a person's
name, an agency ("Brevard County Jail"), a TV outlet, a street, a possessive, a name with
an age after it ("Mikayla, 12,") and the mentions of a repeated sentence are skipped,
which also drops the rare real place among them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipeline.cases.incident_place.states import state_after
from pipeline.cases.places import abbreviated_at, find_dateline, gazetteer
from pipeline.cases.scene import (
    LOWER_LEAD,
    RESIDENT_MALUS,
    in_caption,
    outlet_name,
    resident_of,
    scene_bonus,
    street_name_at,
    title_bonus,
)
from pipeline.cases.words import CaseWords, SentenceIndex

AGENCY_WORDS = {"jail", "office", "department", "police", "sheriff", "sheriff's", "court", "school"}
POSSESSIVE_END = re.compile(r"['’]s$")
AGE_AFTER = re.compile(r",[ \t]*\d{1,2},")
# after a state name tagged as a place: spaces or tabs only, and "City" passes; the
# look-ahead of ``states._state_name_pattern`` also takes any white space and "City", so
# one shared pattern would change what counts: the two stay apart
COUNTY_AFTER = re.compile(r"[ \t]+(?:County|Parish)\b")
REPEAT_MIN_CHARS = 30  # a sentence this long seen twice is page furniture the second time
WIRE_TAG = re.compile(r"[^(\n]{0,20}\((?:AP|Reuters|UPI|AFP)\)")
WIRE_DATELINE_MALUS = 3.0  # a news agency's dateline is its bureau, often not the scene
TITLE_BONUS = 2.0  # each mention of a candidate named in the headline


@dataclass
class Candidates:
    """The places an article names and what they say of its state and country."""

    person_words: set[str]  # the words of the people's names of two words or more
    scores: dict[str, float] = field(default_factory=dict)  # city candidate -> score
    titled: dict[str, str] = field(default_factory=dict)  # -> its form in the headline
    known: dict[str, float] = field(default_factory=dict)  # the gazetteer bonus (US only)
    scenes: set[str] = field(default_factory=set)  # candidates a scene word marks
    named_state: dict[str, str] = field(default_factory=dict)  # "Dallas, Texas": TX
    state_votes: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    counted: set[int] = field(default_factory=set)  # offsets of state names tagged as places
    uk_places: int = 0  # British places unknown in the US ("Leicestershire")


def person_words_of(rows: dict[str, list[dict[str, Any]]]) -> set[str]:
    """The words of the people's names and aliases of two words or more: a one-word
    "person" ("Katy") may be a mistagged town."""
    return {
        word
        for person in rows.get("people", [])
        for name in [person.get("name") or "", *(person.get("aliases") or [])]
        if " " in name.strip()  # a one-word "person" ("Katy") may be a mistagged town
        for word in name.split()
    }


def gather_candidates(
    text: str,
    title: str | None,
    rows: dict[str, list[dict[str, Any]]],
    sents: SentenceIndex,
    words: CaseWords,
) -> Candidates:
    """The dateline and the GPE mentions of ``rows`` as scored city candidates, state
    votes and countries (the scores: the module's docstring)."""
    gaz = gazetteer()
    names = {p["entity_id"]: p["name"] for p in rows.get("places", [])}
    labels = {p["entity_id"]: p.get("label") for p in rows.get("places", [])}
    found = Candidates(person_words_of(rows))
    first_seen: dict[str, int] = {}  # a sentence's text -> its first index (repeats skipped)
    _add_dateline(found, text)
    for mention in rows.get("mentions", []):
        eid = mention.get("entity_id")
        if eid not in names or labels.get(eid) != "GPE":
            continue
        named = _place_name(text, mention, names[eid].strip(), found.person_words, words)
        if named is None:
            continue
        name, shown = named
        n = sents.index(mention["start_char"])
        sentence = sents.texts[n].strip()
        if len(sentence) > REPEAT_MIN_CHARS and first_seen.setdefault(sentence, n) != n:
            continue  # a caption or teaser repeated word for word adds no evidence
        if in_caption(text, mention["start_char"]):
            continue  # "Caption Storm topples oak ...": another story in a video carousel
        event = bool(sents.words[n] & words.event_words)
        is_state_name = gaz.state_code(name) if name in gaz.states.values() else None
        if is_state_name and COUNTY_AFTER.match(text, mention["end_char"]):
            continue  # "Texas County Coroner": a county, no vote for the state
        if is_state_name:
            found.counted.add(mention["start_char"])
            found.state_votes[is_state_name] += 2 if event else 1
            if name not in ("New York", "Washington"):
                continue
        country = gaz.country(name)
        if country:
            origin = re.search(
                r"\b(?:from|to|of|via|for)\s+(?:the\s+)?$",
                text[max(0, mention["start_char"] - 12) : mention["start_char"]],
            )
            if not origin or country == "United States":
                found.countries[country] += 1  # not "arrived from Mexico", "flee to Canada"
            continue
        if name in words.uk_places and not gaz.city_states(name):
            found.uk_places += 1  # "Leicestershire", "Barking"; not "Manchester" (also in the US)
        _add_city_mention(found, text, title, mention, name, shown, n, event)
    return found


def _add_dateline(found: Candidates, text: str) -> None:
    """The dateline's city scores 6 (+2 when known, 3 less after a news agency's tag) and
    its state votes +5."""
    gaz = gazetteer()
    dateline = find_dateline(text)
    if dateline:
        city, code, _ = dateline
        found.scores[city] = 6.0 + (2.0 if gaz.city_states(city) else 0.0)
        if WIRE_TAG.match(text, dateline[2] + len(city), dateline[2] + len(city) + 30):
            found.scores[city] -= WIRE_DATELINE_MALUS  # "CLEVELAND (AP) —": the bureau's city
        if code:
            found.state_votes[code] += 5
            found.named_state[city] = code


def _place_name(
    text: str, mention: dict[str, Any], name: str, person_words: set[str], words: CaseWords
) -> tuple[str, str] | None:
    """The place a GPE mention names, in full ("Mt. Juliet": Mount Juliet), and its form as
    tagged ("Holly"), or None for a mention that is no place: a person's name, an agency,
    a TV outlet, a ``not_cities`` word, a possessive, a name with an age after it, a
    street. Limits: a real town that is also a word of a person's name is dropped unless
    ", <State>" follows it."""
    gaz = gazetteer()
    if (name in person_words or set(name.split()) <= person_words) and not state_after(
        text, mention["end_char"]
    ):
        return None  # "Martinez", "Tyrell Dunmore": a person's name tagged as a place
    if set(name.lower().split()) & AGENCY_WORDS or outlet_name(name):
        return None  # "Brevard County Jail", "Broward County Sheriff's Office", "FOX Carolina"
    if name.isupper() and len(name) > 3:
        name = gaz.spelled(name.title())
    name = LOWER_LEAD.sub("", name)  # "west Houston", "suburban Cleveland": the city
    shown = name  # as tagged: "Juliet" of "Mt. Juliet shooting" in the headline
    name = abbreviated_at(text, mention["start_char"], name) or name  # Mount Juliet
    if name.lower() in words.not_cities:
        return None  # "Side" of "the West Side", "Southeast" of "Southeast DC"
    if POSSESSIVE_END.search(name):
        return None  # "Thursday's", "God's": a place is tagged without its "'s"
    if AGE_AFTER.match(text, mention["end_char"]):
        return None  # "Mikayla, 12, and Amador": a person with her age
    if street_name_at(text, mention["start_char"], mention["end_char"]):
        return None  # "E. Raleigh Avenue", "Orange Grove Trail": a street
    return name, shown


def _add_city_mention(
    found: Candidates,
    text: str,
    title: str | None,
    mention: dict[str, Any],
    name: str,
    shown: str,
    n: int,
    event: bool,
) -> None:
    """Score one mention of the city candidate ``name`` in sentence ``n`` and add it (a
    repeated mention adds half its score); record ", <State>" after it and its gazetteer
    bonus."""
    # lazy: the claims package imports spaCy, which a rerun with nothing to parse avoids
    from pipeline.claims.lexicons import PEOPLE, PEOPLE_OFTEN, after_place_preposition

    gaz = gazetteer()
    bonus = scene_bonus(text, mention["start_char"], mention["end_char"])
    if bonus > 0:
        found.scenes.add(name)
    score = 1.0 + bonus
    if resident_of(text, mention["start_char"], found.person_words):
        score -= RESIDENT_MALUS  # "George Halloran of Libertyville": a home town
    if event:
        score += 2
    if after_place_preposition(text, mention["start_char"], PEOPLE, PEOPLE_OFTEN):
        score += 1
    if n < 2:
        score += 1
    after = state_after(text, mention["end_char"])
    if after:
        found.named_state.setdefault(name, after)
        if bonus >= 0:  # not for a hospital's or home town's "Urbana, Ill.": its state
            score += 3  # may not be the scene's (a hospital across the state line)
            found.state_votes[after] += 3
    elif re.match(r",\s*(?:[a-z]+\s)?[A-Z]", text[mention["end_char"] : mention["end_char"] + 20]):
        score += 1  # "Barking, east London": the first place is the more specific
    found.known[name] = 2.0 if gaz.city_states(name) else -2.0
    if name.split()[-1].lower() in ("county", "parish", "co", "co."):
        score -= 3
    if re.match(r"\s+(?:police|Police|PD|officers)\b", text[mention["end_char"] :][:12]):
        score += 2  # "Clarksville police": the local force names the city
    if title and shown in title:
        score += TITLE_BONUS
        found.titled.setdefault(name, shown)
    if name in found.scores:
        found.scores[name] += max(score, 0.0) * 0.5
    else:
        found.scores[name] = score


def add_title_bonus(found: Candidates, title: str | None) -> None:
    """Once a candidate (not once a mention), +3 when its headline form stands before a
    scene noun ("... in Gary Shooting": ``title_bonus``). Limits: only the candidate's
    form as tagged in the headline, else its name, is looked for."""
    for name in found.scores:
        shown = found.titled.get(name, name)
        if title and shown in title:  # once a place, not once a mention or title place
            found.scores[name] += title_bonus(title, shown)  # "... in Gary Shooting"


def add_known_bonus(found: Candidates, explicit: tuple[str, float] | None) -> None:
    """Add the gazetteer bonus (+2 known, -2 unknown) and -3 for a known place unknown in
    the state the article names (``explicit``, 2 votes or more). For US articles only:
    the gazetteer knows no other country's towns."""
    gaz = gazetteer()
    for name, bonus in found.known.items():
        found.scores[name] += bonus
        options = gaz.city_states(name)
        if explicit and explicit[1] >= 2 and options and explicit[0] not in options:
            found.scores[name] -= 3  # "Homewood" is in Alabama, the story in Pittsburgh
