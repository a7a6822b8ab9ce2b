"""Provenance of the case place: the sentence that names the incident's city.

``incident_place`` weighs every mention of a place; ``place_evidence`` then names the
sentence a reader should check: the first sentence with an event word ("shot", "killed")
that names the chosen city as a whole word (in any case, "Mt." for "Mount": "MOUNT
JULIET —", "Mt. Juliet"), else the first sentence that names it, else the title.
``place_method`` is ``event-sentence`` for the first, ``text`` for the others and
``outlet`` when the city is named nowhere (the city of a local outlet, or a town read
from "X County"), null with no city.

Limits: the sentence names the city; it is not always the one that weighed most (a
dateline or a headline can decide the city while the sentence is a later one). A city
written differently from its normal form other than by "Mt."/"St."/"Ft." ("Southeast DC"
read as Washington) is looked for only in its normal form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.cases.places import SPELLED_OUT
from pipeline.cases.words import SentenceIndex

NAMED_METHODS = ("event-sentence", "text")  # place methods of a city the article names

# the short forms a town is written with: "Mt. Juliet", "St. Louis", "FT. LAUDERDALE"
SHORT_FORMS = {full.lower(): short for short, (_, full) in SPELLED_OUT.items()} | {"sainte": "ste"}


def place_evidence(
    text: str,
    title: str | None,
    sents: SentenceIndex,
    city: str | None,
    event_words: frozenset[str],
) -> dict[str, Any]:
    """``{"place_sentence", "place_method"}`` for the chosen ``city`` (see module doc)."""
    if not city:
        return {"place_sentence": None, "place_method": None}
    pattern = _city_pattern(city)
    first = None
    if pattern.search(text):  # one scan of the text first: most never name it twice
        for n, sentence in enumerate(sents.texts):
            if pattern.search(sentence):
                if sents.words[n] & event_words:
                    return {"place_sentence": sentence.strip(), "place_method": "event-sentence"}
                first = first or sentence.strip()
    if first is None and title and pattern.search(title):
        first = title.strip()
    return {"place_sentence": first, "place_method": "text" if first else "outlet"}


def _city_pattern(city: str) -> re.Pattern[str]:
    """``city`` as a whole name in any case, its first word also in its short form."""
    first, *rest = city.split()
    short = SHORT_FORMS.get(first.lower())
    head = rf"(?:{re.escape(first)}|{short}\.?)" if short else re.escape(first)
    tail = "".join(rf"\s+{re.escape(word)}" for word in rest)
    return re.compile(rf"(?<!\w){head}{tail}(?!\w)", re.IGNORECASE)


def named_place_rows(
    case: dict[str, Any],
    candidates: list[str],
    places: list[dict[str, Any]],
    text: str,
    title: str | None,
    first_id: int,
    around: Callable[[int, int], str],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``places`` rows (GPE) for the places the case rules read that no place row names,
    and their ``mentions`` rows:
    the incident city of ``case`` when the article names it (``place_method``
    event-sentence or text), then the other ``candidates`` (``build_case``'s
    ``named_places``) that the text or headline names as a whole word: a dateline
    ("DUNMORVALE" alone on its line), a town the NER missed ("a Pellworth man"), "Houston"
    of "west Houston". Ids go on from ``{article_id}-loc{first_id}``; each whole-name
    match in the text gives a ``mentions`` row with method ``rule:case-place`` and the
    sentence ``around(start, end)`` gives, so the place keeps its offsets and evidence.

    Limits: only the candidates of an article with a case row; a name is compared to the
    place rows' names and aliases in any case, not loosely ("Mount Ashby" is added
    beside "Mt.Ashby"). ``n_mentions`` and ``first_char`` count the text's whole-name
    matches (0 and None when only the headline names it)."""
    aid = case.get("article_id")
    seen = {name.lower() for p in places for name in [p["name"], *(p.get("aliases") or [])]}
    city = case.get("city")
    names = [city] if city and case.get("place_method") in NAMED_METHODS else []
    rows: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    for name in names + candidates:
        if not name or name.lower() in seen:
            continue
        seen.add(name.lower())
        pattern = _city_pattern(name)
        found = list(pattern.finditer(text))
        if name != city and not found and not (title and pattern.search(title)):
            continue  # a candidate the article does not name as such (a spelled-out form)
        entity_id = f"{aid}-loc{first_id + len(rows)}"
        mentions += [_mention_row(aid, entity_id, m, around) for m in found]
        rows.append(
            {
                "article_id": aid,
                "entity_id": entity_id,
                "name": name,
                "aliases": [],
                "n_mentions": len(found),
                "first_char": found[0].start() if found else None,
                "label": "GPE",
            }
        )
    return rows, mentions


def _mention_row(
    aid: str, entity_id: str, match: re.Match[str], around: Callable[[int, int], str]
) -> dict[str, Any]:
    """The ``mentions`` row of one whole-name match of a case place."""
    return {
        "article_id": aid,
        "entity_id": entity_id,
        "label": "GPE",
        "text": match.group(0),
        "start_char": match.start(),
        "end_char": match.end(),
        "sentence": around(match.start(), match.end()),
        "method": "rule:case-place",
    }
