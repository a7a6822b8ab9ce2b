"""Which act a date mention dates: the attack itself, a death or discovery, or a later act.

``governing_act`` reads the words next to a date mention:

* a date that modifies a crime noun ("Friday's shooting", "the May 10 home invasion")
  dates the attack;
* else the nearest listed word to its left within the clause and ``LEFT_WORDS`` words
  ("was shot early Sunday" → attack, "died Friday" → secondary, "turned himself in
  Wednesday", "spoke to reporters Monday" → later);
* else, for a date that opens its clause ("On Nov. 14, police obtained a warrant"), the
  nearest listed word to its right; for any other date, an attack word in a "when"
  clause right after it ("home alone on June 1 when the shooting occurred").

``act_weight`` turns that into a change of the date's score in
``pipeline.cases.incident._best_date``; a clock time with the day ("about 8:45 p.m.
Sunday") counts for the attack unless the words name another act. Word lists:
``models/lexicons/incident_date.json``.

Limits: words, not the parse: "died Friday after being shot Thursday" is read right,
"shot the man who died Friday" is not; a listed word farther than ``LEFT_WORDS`` words
is not seen. Crime nouns ("murder", "homicide") are no attack words, so "was charged
with murder Thursday" is read as the charge's day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.cases.lexicon import load_json

# a clause ends at these marks; a full stop after "a.m."/"p.m." or a short capitalised
# abbreviation ("Jan.", "St.", "Sgt.") does not end it
CLAUSE_BREAK = re.compile(
    r"[;:!?()\n\"“”—]|(?<![ap]\.m)(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)\.(?!\w)"
)
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?::\d+)?")
POSSESSIVE = re.compile(r"['’]s\b")
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|that|this)\s+$", re.I)
NOUN_AFTER = re.compile(r"\s+((?:[a-z-]+\s+){0,2}[a-z-]+)")
CLOCK = re.compile(r"(?i)\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b")
WHEN_AFTER = re.compile(r"\W{0,3}(?:[a-z]+\s+){0,2}?when\s+((?:\S+\s+){0,5}\S+)", re.I)
LEFT_WORDS = 8  # words read leftwards from the date
RIGHT_WORDS = 8  # words read rightwards from a date that opens its clause
WINDOW = 90  # characters read on either side

ATTACK_WEIGHT = 0.5  # "was shot Sunday"
SECONDARY_WEIGHT = -0.5  # "died Friday", "was found dead Monday": often a later day
LATER_WEIGHT = -2.0  # "turned himself in Wednesday", "gathered Saturday for a vigil"
LATER_BEFORE_WEIGHT = -3.0  # the word right before: "police said Sunday", "arrested Saturday"
CLOCK_WEIGHT = 1.0  # "around 9:30 p.m. on Friday": times are given for the incident


@dataclass(frozen=True)
class DateWords:
    """The word lists of ``incident_date.json``."""

    attack: frozenset[str]
    later: frozenset[str]
    secondary: frozenset[str]
    skip: frozenset[str]
    crime_nouns: frozenset[str]


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    """The word lists of ``incident_date.json`` (cached)."""
    data = load_json("incident_date.json")
    return DateWords(
        attack=frozenset(data["attack_words"]),
        later=frozenset(data["later_words"]),
        secondary=frozenset(data["secondary_words"]),
        skip=frozenset(data["skip_words"]),
        crime_nouns=frozenset(data["crime_nouns"]),
    )


def _kind(word: str, words: DateWords) -> str | None:
    if word in words.attack:
        return "attack"
    if word in words.later:
        return "later"
    if word in words.secondary:
        return "secondary"
    return None


def _names_crime(text: str, start: int, end: int, words: DateWords) -> bool:
    """Whether the date modifies a crime noun: "Friday's shooting", "the May 10 home invasion"."""
    possessive = POSSESSIVE.match(text, end)
    if possessive:
        end = possessive.end()
    elif not DETERMINER_BEFORE.search(text[max(0, start - 8) : start]):
        return False
    after = NOUN_AFTER.match(text, end)
    if not after:
        return False
    return any(w in words.attack or w in words.crime_nouns for w in after.group(1).split())


def governing_act(text: str, start: int, end: int, floor: int = 0) -> str | None:
    """ "attack", "secondary", "later" or None: the act the date ``text[start:end]`` dates.

    ``floor`` is the start of the date's sentence: no word before it is read.
    """
    if not text:
        return None
    words = date_words()
    if _names_crime(text, start, end, words):
        return "attack"
    left = text[max(floor, start - WINDOW) : start]
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(left)]
    if breaks:
        left = left[breaks[-1] :]
    content = 0
    for token in reversed(TOKEN.findall(left)[-LEFT_WORDS:]):
        token = token.lower()
        kind = _kind(token, words)
        if kind:
            return kind
        if token not in words.skip:
            content += 1
    right = CLAUSE_BREAK.split(text[end : end + WINDOW], maxsplit=1)[0]
    if content > 1:
        when = WHEN_AFTER.match(right)
        if when and any(_kind(t.lower(), words) == "attack" for t in TOKEN.findall(when.group(1))):
            return "attack"  # "home alone on June 1 when the tragedy occurred"
        return None
    for token in TOKEN.findall(right)[:RIGHT_WORDS]:
        kind = _kind(token.lower(), words)
        if kind:
            return kind
    return None


def later_act_before(text: str, start: int) -> bool:
    """Whether the word just before a date, past ``skip_words`` ("on", "early"), names a
    later act ("police said Sunday", "was arrested on Saturday"; ``later_words``).

    The word must be in the date's clause: "police said. On Sunday, a man was shot" is no
    later act. Limits: only that one word is read; "told reporters Monday" is left to
    ``governing_act``."""
    words = date_words()
    clause = CLAUSE_BREAK.split(text[max(0, start - 30) : start])[-1]
    before = TOKEN.findall(clause.lower())
    while before and before[-1] in words.skip:
        before.pop()
    return bool(before) and before[-1] in words.later


def act_weight(act: str | None, score: float, expression: str, later_before: bool = False) -> float:
    """The change of a date's score for the act it dates and a clock time in it.

    A later act named by the word right before the date (``later_before``, see
    ``later_act_before``) gives ``LATER_BEFORE_WEIGHT`` and nothing else; otherwise an
    attack adds ``ATTACK_WEIGHT``, a death or discovery ``SECONDARY_WEIGHT``, a later
    act ``LATER_WEIGHT`` (only to a date still scoring above 0: one already penalised
    stays as it is); a clock time ("9:30 p.m. Friday") adds ``CLOCK_WEIGHT`` to a date
    scoring above 0 that no later act, death or discovery governs.
    """
    if later_before:
        return LATER_BEFORE_WEIGHT
    change = 0.0
    if act == "attack":
        change += ATTACK_WEIGHT
    elif act == "secondary":
        change += SECONDARY_WEIGHT
    elif act == "later" and score > 0:
        change += LATER_WEIGHT
    if act not in ("later", "secondary") and score + change > 0 and CLOCK.search(expression):
        change += CLOCK_WEIGHT
    return change
