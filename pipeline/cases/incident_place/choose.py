"""``incident_place``: the steps that choose an incident's street, city, state and country.

Gather and score the places the entities name (``candidates``), settle whether the article
is a US one (``country``), add the towns the NER missed (``untagged``), vote for the
state (``states``), take the best-scored city and correct it with the gazetteer
(``corrections``), then choose its state (``states``) and the street (``street``).

Limits: only US cities and counties are known (GeoNames places of 500+ people, no
county membership); outside the US a city and a country come only from the entities.
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
from pipeline.cases.incident_place.states import add_context_votes, choose_state
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
) -> tuple[dict[str, Any], list[str]]:
    """``place``, ``city``, ``state`` and ``country`` of the incident, and every city
    candidate's name (the places the article names as the rules read them: a dateline, a
    town the NER missed, "Houston" of "west Houston").

    The steps of the module's docstring, in order; every score is in the docstring of the
    module that adds it. ``explicit``, the state the text names most, is taken before the
    outlet's and the city candidates' votes are added: they do not count as the text
    naming a state. A place in the District of Columbia is Washington, the District's one
    city ("Southeast DC", "Anacostia").

    Limits: in an article outside the US the entities' best-scored place stands
    uncorrected, with no state; in a US article that names no place the city may come
    from a city outlet's domain alone ("mysanantonio.com").
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
    named = list(found.scores)
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
    return {"place": place, "city": city, "state": state_name, "country": country}, named


def _best_city(
    scores: dict[str, float], scenes: set[str], text: str
) -> tuple[str | None, dict[str, int]]:
    """The best-scored candidate (None when there is none) and where the text first names
    each candidate (its length when it does not). Ties go to a place a scene word marks
    ("a shooting in Kapaa" over "Lihue"), then to the place named first ("Goose Creek" in
    the lead, "Vance" later). Limits: a tie on all three goes to the first candidate found."""
    first = {name: text.find(name) % (len(text) + 1) for name in scores}
    city = max(scores, key=lambda k: (scores[k], k in scenes, -first[k])) if scores else None
    return city, first
