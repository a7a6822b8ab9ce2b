"""The article's country: a US article or not, and the country of a place outside the US.

``gather_candidates`` counts the countries the text names (not after "from"/"to"/"of":
"arrived from Mexico") and the British places unknown in the US; ``settle_countries``
adds the British signs ("£", "Crown Court", "Det Sgt") and decides whether the article
is a US one: it names no other country, or names US states at least as often as others.

Limits: only the United Kingdom has signs of its own; a US story that names another
country more often than it votes for US states (a trip abroad) loses its state.
"""

from __future__ import annotations

from collections import Counter

from pipeline.cases.incident_place.candidates import Candidates
from pipeline.cases.words import CaseWords

US = "United States"


def settle_countries(found: Candidates, text: str, words: CaseWords) -> bool:
    """Whether the article is a US one. The British signs and places count for the United
    Kingdom when no US state is named; a US story that names US states at least as often
    as another country keeps only the United States in ``found.countries``."""
    signals = sum(1 for signal in words.uk_signals if signal in text)
    if (signals or found.uk_places) and not found.state_votes:
        # "£", "Crown Court", "Det Sgt", "Leicester" (British names are US towns too:
        # they count only when no US state is named)
        found.countries["United Kingdom"] += signals + found.uk_places
    us_article = not found.countries.keys() - {US}
    foreign_mentions = sum(v for k, v in found.countries.items() if k != US)
    if foreign_mentions and sum(found.state_votes.values()) >= foreign_mentions:
        # a US story naming a US state at least as often as another country
        us_article = True
        found.countries = Counter({k: v for k, v in found.countries.items() if k == US})
    return us_article


def article_country(state: str | None, countries: Counter[str]) -> str | None:
    """The United States when a state was chosen, else the most named country, else None."""
    if state:
        return US
    if countries:
        return countries.most_common(1)[0][0]
    return None
