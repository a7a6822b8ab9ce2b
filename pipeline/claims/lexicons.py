"""Word lists for the claim rules (and the place prepositions every stage reads), read
from ``models/lexicons/*.txt``.

Each file has one entry a line; ``#`` starts a comment. A file read with ``mapping``
gives ``word<TAB>value`` pairs; ``place_prepositions.txt`` uses the tab for a mark that
``place_prepositions`` filters on. Lists are read once per process.
"""

from __future__ import annotations

import re
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


@cache
def person_nouns() -> frozenset[str]:
    """Nouns for a person ("man", "victim", ``person_nouns.txt``) and the gendered ones
    of ``gender_nouns.txt`` ("son", "girl")."""
    return words("person_nouns") | mapping("gender_nouns").keys()


@cache
def kin_or_person_nouns() -> frozenset[str]:
    """Nouns for a person (``person_nouns.txt``) and kin nouns (``family.txt``: "son",
    "uncle"), read once for the age rules that ask of every candidate."""
    return frozenset(words("person_nouns") | mapping("family").keys())


@cache
def spouse_nouns() -> frozenset[str]:
    """Kin nouns of a spouse (``family.txt`` slot ``per:spouse``: "wife", "husband")."""
    return frozenset(w for w, slot in mapping("family").items() if slot == "per:spouse")


# marks of ``place_prepositions.txt``: words a person may follow ("shot at Ray Cobb"), one
# a person often follows ("the son of Ray Cobb"), and words only the age rules read ("on")
PEOPLE = "people"
PEOPLE_OFTEN = "people-often"
LONE_NAME = "lone-name"


@cache
def place_prepositions(*marks: str) -> frozenset[str]:
    """Lower-case prepositions that put a place after them ("near", "inside"): the
    unmarked words of ``place_prepositions.txt`` and those with one of ``marks``
    ("people": a person may follow, "at"; "people-often": "of"; "lone-name": "on")."""
    found = set()
    for line in lines("place_prepositions.txt"):
        word, _, mark = line.partition("\t")
        if not mark.strip() or mark.strip() in marks:
            found.add(word.strip().lower())
    return frozenset(found)


_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z]+)\s+$")


def after_place_preposition(text: str, start: int, *marks: str) -> bool:
    """Whether a word of ``place_prepositions(*marks)`` ends right before ``start``, with
    only white space between ("near Shelby Park", "in Milo")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in place_prepositions(*marks)
