"""Provenance of the case place: the sentence that names the incident's city.

``incident_place`` weighs every mention of a place; ``place_evidence`` then names the
sentence a reader should check: the first sentence with an event word ("shot", "killed")
that names the chosen city as a whole word, else the first sentence that names it, else
the title. ``place_method`` is ``event-sentence`` for the first, ``text`` for the others
and ``outlet`` when the city is named nowhere (the city of a local outlet, or a town read
from "X County"), null with no city.

Limits: the sentence names the city; it is not always the one that weighed most (a
dateline or a headline can decide the city while the sentence is a later one).
"""

from __future__ import annotations

import re
from typing import Any, Protocol


class Sentences(Protocol):
    texts: list[str]
    words: list[set[str]]


def place_evidence(
    text: str, title: str | None, sents: Sentences, city: str | None, event_words: frozenset[str]
) -> dict[str, Any]:
    """``{"place_sentence", "place_method"}`` for the chosen ``city`` (see module doc)."""
    if not city:
        return {"place_sentence": None, "place_method": None}
    pattern = re.compile(rf"(?<!\w){re.escape(city)}(?!\w)")
    first = None
    if city in text:  # a substring test first: most sentences never name the city
        for n, sentence in enumerate(sents.texts):
            if city in sentence and pattern.search(sentence):
                if sents.words[n] & event_words:
                    return {"place_sentence": sentence.strip(), "place_method": "event-sentence"}
                first = first or sentence.strip()
    if first is None and title and pattern.search(title):
        first = title.strip()
    return {"place_sentence": first, "place_method": "text" if first else "outlet"}
