"""What the case rules read: the word lists of ``case_types.json`` and an article's sentences.

``case_words`` compiles ``models/lexicons/case_types.json`` once: incident types and their
trigger words, weapons, event, court and crime words, British places and signs, words that
are no city ("Side" of "the West Side"). ``SentenceIndex`` finds the sentence of a
character offset and holds each sentence's lower-case words.

Limits: a word is a run of lower-case letters, hyphens and apostrophes (no digits).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from pipeline.alternation import alternatives
from pipeline.cases.lexicon import load_json

WORD = re.compile(r"[a-z][a-z\-']*")


@dataclass(frozen=True)
class CaseWords:
    types: dict[str, tuple[str, ...]]
    weapons: dict[str, tuple[str, ...]]
    event_words: frozenset[str]
    court_words: frozenset[str]
    today_words: tuple[str, ...]
    uk_places: frozenset[str]
    uk_signals: tuple[str, ...]
    type_weights: dict[str, float]
    secondary_event_words: frozenset[str]
    statement_verbs_after: frozenset[str]
    not_cities: frozenset[str]
    crime_strong: re.Pattern[str]
    crime_weak: re.Pattern[str]
    crime_threshold: float


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternatives(words)})\b")


@lru_cache(maxsize=1)
def case_words() -> CaseWords:
    """The word lists of ``case_types.json`` (cached)."""
    data = load_json("case_types.json")
    types = {k: tuple(v) for k, v in data["types"].items()}
    event = set(data["event_words"])
    for words in types.values():
        event.update(w for w in words if " " not in w)
    return CaseWords(
        types=types,
        weapons={k: tuple(v) for k, v in data["weapons"].items()},
        event_words=frozenset(event),
        court_words=frozenset(data["court_words"]),
        today_words=tuple(data["today_words"]),
        uk_places=frozenset(data["uk_regions"]),
        uk_signals=tuple(data.get("uk_signals", [])),
        type_weights=data.get("type_weights", {}),
        secondary_event_words=frozenset(data.get("secondary_event_words", [])),
        statement_verbs_after=frozenset(data.get("statement_verbs_after", [])),
        not_cities=frozenset(w.lower() for w in data.get("not_cities", [])),
        crime_strong=_words_pattern(data["crime_words"]["strong"]),
        crime_weak=_words_pattern(data["crime_words"]["weak"]),
        crime_threshold=float(data["crime_threshold"]),
    )


class SentenceIndex:
    """Sentences of an article with their lower-case words, found by offset; no bounds
    make the text one sentence. The texts and words are read on first use."""

    def __init__(self, text: str, bounds: list[tuple[int, int]]) -> None:
        self.text = text
        self.bounds = sorted(bounds) or [(0, len(text))]
        self.starts = [s for s, _ in self.bounds]

    @cached_property
    def texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.bounds]

    @cached_property
    def words(self) -> list[set[str]]:
        return [set(WORD.findall(t.lower())) for t in self.texts]

    def index(self, offset: int) -> int:
        """The index of the last sentence starting at or before ``offset`` (0 before the
        first)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)
