"""Intermediate records passed from extract to normalise.

Extract turns each spaCy Doc into plain, JSON-serialisable records (no Doc crosses a
stage boundary): raw entity ``Mention`` s, ``Claim`` s about whatever entity a mention
belongs to (ages, titles, affiliations, relations), ``Quote`` s and ``Quantity`` s. The
normalise stage merges mentions into ``Entity`` s and hangs claims on them.

Offsets are character offsets into the article text, end exclusive.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field


@dataclass
class Mention:
    """A raw named-entity mention.

    ``label`` is PERSON, ORG, GPE, LOC, FAC or NORP. ``text`` is the cleaned span (titles,
    possessive "'s" and leading "the" removed); ``method`` names the model or rule.
    """

    start: int
    end: int
    text: str
    label: str
    method: str = "spacy:ner"


@dataclass
class Claim:
    """A fact about the entity of the mention at ``target_start:target_end``.

    Args:
        predicate: slot name: ``per:age``, ``per:title``, ``per:employee_of``,
            ``per:other_family``, ``per:age_at_time`` (an age at an earlier time, which
            never replaces the current age), ``org:alternate_name``, ...
        value: the object as text ("47", "regional director", "IOPC").
        start, end: the evidence span of the value (e.g. the "47" or "regional director").
        object_start, object_end: span of the object's own mention when the object is an
            entity (an organisation for ``per:employee_of``, a person for family).
    """

    target_start: int
    target_end: int
    predicate: str
    value: str
    start: int
    end: int
    method: str
    object_start: int | None = None
    object_end: int | None = None


def first_claims(claims: Iterable[Claim], key: Callable[[Claim], Hashable]) -> list[Claim]:
    """``claims`` in their order, each ``key`` once: the first claim of a key is kept
    (the rules that make claims give one fact once, by their own key)."""
    seen: set[Hashable] = set()
    out = []
    for claim in claims:
        k = key(claim)
        if k not in seen:
            seen.add(k)
            out.append(claim)
    return out


@dataclass
class Quote:
    """A direct quote and its speaker's mention span (None when no speaker was found)."""

    quote: str
    start: int
    end: int
    method: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_text: str | None = None


@dataclass
class Quantity:
    """A count of something that matters in a case: "eight officers", "3,500 documents"."""

    quantity: int
    unit: str
    text: str
    start: int
    end: int
    method: str


@dataclass
class Entity:
    """Mentions of one person, organisation or place within one article.

    ``mention_indices`` index into the article's mention list; ``name`` is the fullest form
    and ``aliases`` the other forms used; ``name_method`` says how the name was formed:
    "text" (written in the article; a person's nickname in quotes or brackets is left out of
    ``name`` and kept in the alias written with it) or the rule that gave a given name its surname.
    """

    label: str
    name: str
    mention_indices: list[int] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    entity_id: str = ""
    name_method: str = "text"
