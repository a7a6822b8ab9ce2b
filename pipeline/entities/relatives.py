"""Unnamed relatives of named people: "Smith's son", "his 3-year-old daughter", "the wife
of John Smith" each stand for one person whose given name the article never states.

Such a relative usually shares the named person's surname, so it becomes a person known
by that surname alone ("Smith"), with the age written in the phrase ("his 3-year-old
son", "her son, 5,"). The kin noun must be in ``models/lexicons/kin_relatives.txt``
(singular nouns only: "their children" is a group, not a person). The owner is the person
mention right before "'s", the person after "<kin> of", or for "his/her/their" the
nearest person mention before it in the same line (within 250 characters). Conversely a
person noun whose named kin follows ("the child's father, Larry Zamir", "the mother of
the child, Kenisha Shelby") is a person known by that kin's surname.

A relative with no age of its own takes the age of the article's other phrases with the
same kin noun when they all state one age ("his 5-year-old son ... Turner's son").

``pipeline.normalise.add_relatives`` makes a person row only of a relative whose age is
stated: unaged ones ("his mother said") are mostly family quoted about the case.

Limits: no coreference, so a relative who is named later ("his son ... Jim Smith") is a
second row; the pronoun owner is a guess (no gender check); a relative with another
surname (a stepchild, a married daughter) gets the owner's surname anyway; one row per
owner and kin noun, so "his son" twice is one son and two different sons are one row.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.claims.lexicons import words
from pipeline.entities.lexicons import kin_relatives
from pipeline.entities.people import age_after, name_words
from pipeline.records import Entity, Mention

RELATIVE = "rule:kin-relative"
PRONOUN_REACH = 250
MAX_AGE = 120
_FILLER_WORD = (
    r"(?!(?:and|or|his|her|their|the|a|an|of|with|to|for|by)\s)"
    r"(?:[a-z]+|\d{1,3})(?:[- ](?:year|month|week|yr)s?[- ]olds?)?\s+"
)
_BEFORE = re.compile(
    r"(?:(?<![\w’'])(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>[A-Z][\w’'.-]*)['’]s?"
    r"|(?<![\w’'])(?P<det>[Tt]he|[Aa]n?))"
    rf"\s+(?P<filler>(?:{_FILLER_WORD}){{0,3}})$"
)
_AGE_IN_FILLER = re.compile(r"(?<![\w-])(\d{1,3})[- ](?:year|yr)s?[- ]old")
_NAMED_AFTER = re.compile(r"\s*[,—–]?\s*(?:\d{1,3}\s*,\s*)?[A-Z“\"]")
_OF_AFTER = re.compile(r"\s+of\s+")
_AGE_BEFORE_NAME = r"\s*[,—–]?\s*(?:\d{1,3}[- ](?:year|month)s?[- ]old\s+)?"
_NOUN_OWNS = re.compile(
    rf"(?<![\w’'])[Tt]he\s+(?:{_FILLER_WORD}){{0,2}}(?P<noun>[a-z]+)(?P<poss>['’]s)\s+"
    rf"(?:{_FILLER_WORD}){{0,2}}$"
)
_OF_NOUN = re.compile(
    rf"\s+of\s+the\s+(?:{_FILLER_WORD}){{0,2}}(?P<noun>[a-z]+)(?![\w’'-]){_AGE_BEFORE_NAME}"
)
_NAME_NEXT = re.compile(_AGE_BEFORE_NAME)


@dataclass
class Relative:
    """One unnamed relative: the kin phrase ``start:end`` and the owner's entity."""

    surname: str
    kin: str
    start: int
    end: int
    owner: int
    age: int | None = None
    age_start: int | None = None  # the age's digits in the text


@lru_cache(maxsize=1)
def _kin_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(kin_relatives(), key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{words})(?![\w’'-])")


def _surname(entity: Entity) -> str | None:
    """The surname of a person entity named by two or more words, else None."""
    words = name_words(entity.name)
    last = words[-1].strip("\"“”'’") if len(words) >= 2 else ""
    return last if last[:1].isupper() and any(c.islower() for c in last) else None


def find_relatives(text: str, entities: list[Entity], mentions: list[Mention]) -> list[Relative]:
    """Unnamed relatives of the people in ``entities`` (see the module docstring).

    Args:
        text: the article text.
        entities: merged entities; ``mention_indices`` index ``mentions``.
        mentions: the merged mention list.
    """
    owner_of = {
        i: n for n, e in enumerate(entities) if e.label == "PERSON" for i in e.mention_indices
    }
    people = sorted((mentions[i].start, mentions[i].end, n) for i, n in owner_of.items())
    starts = [s for s, _, _ in people]
    ends = {e: n for _, e, n in people}
    first = {n: min(mentions[i].start for i in entities[n].mention_indices) for n in ends.values()}
    found: dict[tuple[int, str], Relative] = {}
    kin_ages: dict[str, dict[int, tuple[int | None, int | None]]] = {}
    for match in _kin_pattern().finditer(text):
        start, end = match.span()
        after = text[end : end + 60]
        line_start = text.rfind("\n", 0, start) + 1
        window = text[max(line_start, start - 80) : start]
        if noun := _noun_owning(window, after, start, end, starts, people, entities):
            found.setdefault((noun.owner, noun.kin), noun)
            continue
        if _NAMED_AFTER.match(after):
            continue  # "his son, Jesse" / "her son Kendall": a named relative
        before = _BEFORE.search(window)
        if before is None:
            continue
        at = start - (len(window) - before.start())
        age = _age(before, after, start - len(window), end)
        if age[0] is not None:
            kin_ages.setdefault(match.group(0), {}).setdefault(age[0], age)
        owner = None
        if before.group("owner"):
            owner = ends.get(at + len(before.group("owner")))
        elif before.group("pronoun"):
            k = bisect.bisect_left(starts, at) - 1
            while k >= 0 and owner is None and at - people[k][1] <= PRONOUN_REACH:
                owner = people[k][2] if _surname(entities[people[k][2]]) else None
                k -= 1
        elif of := _OF_AFTER.match(after):  # "the 3-year-old son of John Smith"
            k = bisect.bisect_left(starts, end + of.end())
            if k < len(people) and people[k][0] == end + of.end():
                owner = people[k][2]
        if owner is None or first[owner] >= start:
            continue
        surname = _surname(entities[owner])
        if surname is None:
            continue
        key = (owner, match.group(0))
        relative = found.setdefault(key, Relative(surname, match.group(0), start, end, owner))
        if relative.age is None:
            relative.age, relative.age_start = age
    for relative in found.values():
        ages = kin_ages.get(relative.kin, {})
        if relative.age is None and len(ages) == 1:  # "his 5-year-old son ... Turner's son"
            relative.age, relative.age_start = next(iter(ages.values()))
    return sorted(found.values(), key=lambda r: r.start)


def _noun_owning(
    window: str,
    after: str,
    start: int,
    end: int,
    starts: list[int],
    people: list[tuple[int, int, int]],
    entities: list[Entity],
) -> Relative | None:
    """The person a noun stands for when its named kin follows: "the child's father,
    Larry Zamir" or "the mother of the child, Kenisha Shelby" -> the child, a person
    "Zamora" / "Shelton". The noun must be in ``person_nouns``."""
    owns = _NOUN_OWNS.search(window)
    if owns is not None:
        noun, noun_start = owns.group("noun"), start - len(window) + owns.start("noun")
        gap = _NAME_NEXT.match(after)
        name_at = end + (gap.end() if gap else 0)
    elif of := _OF_NOUN.match(after):
        noun, noun_start = of.group("noun"), end + of.start("noun")
        name_at = end + of.end()
    else:
        return None
    k = bisect.bisect_left(starts, name_at)
    if noun not in words("person_nouns") or k >= len(people) or people[k][0] != name_at:
        return None
    surname = _surname(entities[people[k][2]])
    if surname is None:
        return None
    return Relative(surname, noun, noun_start, noun_start + len(noun), people[k][2])


def _age(
    before: re.Match[str], after: str, window_start: int, end: int
) -> tuple[int | None, int | None]:
    """The age in "his 3-year-old son" or "her son, 5," and where its digits start."""
    inside = _AGE_IN_FILLER.search(before.group("filler"))
    if inside and int(inside.group(1)) <= MAX_AGE:
        return int(inside.group(1)), window_start + before.start("filler") + inside.start(1)
    following = age_after(after, 0)
    if following and int(following.group(1)) <= MAX_AGE:
        return int(following.group(1)), end + following.start(1)
    return None, None


__all__ = ["RELATIVE", "Relative", "find_relatives"]
