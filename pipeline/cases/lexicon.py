"""Word lists of the case rules, loaded once from ``models/lexicons/``.

``case_verbs.json`` holds verb forms (listed in full: the pipeline runs without a
lemmatizer), role nouns and sentence patterns; ``case_types.json`` the trigger words of
incident types; ``us_places.json`` US states, counties and populated places (GeoNames).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.config import MODELS_DIR

LEXICON_DIR = MODELS_DIR / "lexicons"


def load_json(name: str, folder: Path = LEXICON_DIR) -> Any:
    """Parse ``folder/name``."""
    return json.loads((folder / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class CaseLexicon:
    """The case-role word lists as lookup tables (all keys lower-case).

    ``harm``/``legal``/``suspect_acts`` map a verb form to the status it implies ("" for
    none); ``role_nouns`` maps a noun to its role.
    """

    harm: dict[str, str]
    legal: dict[str, str]
    suspect_acts: dict[str, str]
    role_nouns: dict[str, str]
    words: dict[str, frozenset[str]]
    official_phrases: tuple[str, ...]
    lawyer_phrases: tuple[str, ...]
    sentence_patterns: tuple[str, ...]

    def has(self, group: str, word: str) -> bool:
        """Whether ``word`` (any case) is in the plain word list ``group``."""
        return word.lower() in self.words[group]


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    return {form.lower(): value for value, forms in groups.items() for form in forms}


@lru_cache(maxsize=1)
def case_lexicon() -> CaseLexicon:
    """The lexicon of ``models/lexicons/case_verbs.json`` (cached)."""
    data = load_json("case_verbs.json")
    plain = {
        key: frozenset(w.lower() for w in value)
        for key, value in data.items()
        if isinstance(value, list) and key not in ("sentence_patterns",)
    }
    return CaseLexicon(
        harm=_invert(data["harm"]),
        legal=_invert(data["legal"]),
        suspect_acts=_invert(data["suspect_acts"]),
        role_nouns=_invert(data["role_nouns"]),
        words=plain,
        official_phrases=tuple(data["official_phrases"]),
        lawyer_phrases=tuple(data["lawyer_phrases"]),
        sentence_patterns=tuple(data["sentence_patterns"]),
    )
