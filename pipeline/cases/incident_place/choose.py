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

from typing import Any

from pipeline.cases.incident_place.candidates import (
    add_known_bonus,
    add_title_bonus,
    gather_candidates,
)
from pipeline.cases.incident_place.corrections import correct_city
from pipeline.cases.incident_place.country import article_country, settle_countries
from pipeline.cases.incident_place.states import (
    add_context_votes,
    choose_state,
)
from pipeline.cases.incident_place.street import incident_street
from pipeline.cases.incident_place.untagged import add_untagged
from pipeline.cases.places import gazetteer, outlet_place
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
    us_article = settle_countries(found, text, words)
    if us_article:
        add_untagged(found, text, title, sents, words)
    add_title_bonus(found, title)
    votes = found.state_votes
    explicit = votes.most_common(1)[0] if votes else None  # the state the text names most
    outlet = outlet_place(source_url)
    add_context_votes(votes, text, outlet, found.counted, found.person_words, found.scores)
    if us_article:
        add_known_bonus(found, explicit)
    city, first = _best_city(found.scores, found.scenes, text)
    if us_article:
        city = correct_city(found, text, city, first, explicit, outlet)
    state = choose_state(
        text, city, found.named_state, explicit, votes, found.countries, us_article
    )
    if state == DISTRICT and us_article:
        city = DISTRICT_CITY  # "Southeast DC", "Anacostia": the District has one city
    country = article_country(state, found.countries)
    street = incident_street(text, rows, sents, words)
    state_name = gaz.state_name(state)
    place = ", ".join(p for p in (street, city, state_name, country) if p) or None
    return {"place": place, "city": city, "state": state_name, "country": country}


def _best_city(
    scores: dict[str, float], scenes: set[str], text: str
) -> tuple[str | None, dict[str, int]]:
    """The best-scored candidate (None when there is none) and where the text first names
    each candidate (its length when it does not). Ties go to a place a scene word marks
    ("a shooting in Pahoa" over "Hilo"), then to the place named first ("Holly Hill" in
    the lead, "Vance" later). Limits: a tie on all three goes to the first candidate found."""
    first = {name: text.find(name) % (len(text) + 1) for name in scores}
    city = max(scores, key=lambda k: (scores[k], k in scenes, -first[k])) if scores else None
    return city, first
