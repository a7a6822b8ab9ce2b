"""Word lists for the claim rules, read from ``models/lexicons/*.txt``.

Each file has one entry a line; ``#`` starts a comment. Files with a tab give a mapping
(``word<TAB>value``). Lists are read once per process.
"""

from __future__ import annotations

from functools import cache

from pipeline.config import MODELS_DIR

LEXICON_DIR = MODELS_DIR / "lexicons"


def lines(name: str) -> list[str]:
    """The entries of ``models/lexicons/<name>``: comments and blank lines dropped."""
    text = (LEXICON_DIR / name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


@cache
def words(name: str) -> frozenset[str]:
    """The lower-cased entries of ``models/lexicons/<name>.txt``."""
    return frozenset(line.lower() for line in lines(f"{name}.txt"))


@cache
def mapping(name: str) -> dict[str, str]:
    """The ``word<TAB>value`` entries of ``models/lexicons/<name>.txt``."""
    pairs = (line.split("\t", 1) for line in lines(f"{name}.txt"))
    return {word.strip().lower(): value.strip() for word, value in pairs}
