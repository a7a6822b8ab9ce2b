"""Which person an unnamed age phrase is about: anaphora ("the 19-year-old") and
cataphora ("A 67-year-old man was shot ... Daniel Wright").

Both are heuristics with no coreference model and no gender or number agreement; the
claims they give carry ``rule:age-anaphor`` / ``rule:age-cataphor`` so a user can weigh
or drop them. Officials (a title word just before the name, or the subject of a
reporting verb: "Sheriff John Doe said") are never chosen.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc

from pipeline.claims.lexicons import words
from pipeline.claims.people import MentionIndex, Target, token_at
from pipeline.records import Claim

CATAPHOR_SENTENCES = 4


class Phrase(Protocol):
    """An age phrase: the number is ``doc[start]``, the phrase ends before ``doc[end]``."""

    value: int
    start: int
    end: int


def introduces_unnamed(phrase: Phrase, others: list[Phrase], claims: list[Claim], doc: Doc) -> bool:
    """True when the last earlier phrase with the same age named nobody."""
    start = doc[phrase.start].idx
    earlier = [p.start for p in others if p.value == phrase.value and p.start < phrase.start]
    named = [c.start for c in claims if c.value == str(phrase.value) and c.end <= start]
    if not earlier:
        return False
    return not named or doc[max(earlier)].idx > max(named)


def antecedent(doc: Doc, index: MentionIndex, phrase: Phrase, claims: list[Claim]) -> Target | None:
    """ "The 19-year-old": the person last given that age, else the nearest person named
    before who is not an official (see ``_is_official``)."""
    start = doc[phrase.start].idx
    value = str(phrase.value)
    earlier = [
        c for c in claims if c.value == value and c.end <= start and c.predicate == "per:age"
    ]
    if earlier:
        last = max(earlier, key=lambda c: c.start)
        return Target(
            last.target_start, last.target_end, doc.text[last.target_start : last.target_end]
        )
    for person in reversed(index.people_between(0, start)):
        if not _is_official(doc, person):  # not "Sheriff John Doe said"
            return person
    return None


def cataphor(doc: Doc, index: MentionIndex, phrase: Phrase, claims: list[Claim]) -> Target | None:
    """ "A 67-year-old man was shot ... Daniel Wright of Brownsburg was ...": the first
    person named after an unnamed aged noun, within the next ``CATAPHOR_SENTENCES``
    sentences, who is not an official (a title word just before the name, or the subject
    of a reporting verb: "Sheriff John Doe said"), unless that person has an age of their
    own stated elsewhere.
    """
    last_sent = doc[phrase.start].sent
    for _ in range(CATAPHOR_SENTENCES):
        nxt = token_at(doc, last_sent.end)
        if nxt is None:
            break
        last_sent = nxt.sent
    named = {_surname(doc.text[c.target_start : c.target_end]) for c in claims}
    k = phrase.end
    while k < len(doc) and (doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} or doc[k].tag_ == "HYPH"):
        k += 1  # not the modifiers of the aged noun itself ("a 3-year-old Joplin girl")
    search_from = doc[k].idx if k < len(doc) else len(doc.text)
    for person in index.people_between(search_from, last_sent.end_char):
        if _is_official(doc, person):
            continue
        return None if _surname(person.text) in named else person
    return None


def _is_official(doc: Doc, person: Target) -> bool:
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    if span is None:
        return False
    roles = words("role_nouns")
    if span.start > 0 and doc[span.start - 1].lower_.strip(".") in roles:
        return True  # "Sheriff John Doe", "coroner Jane Roe"
    root = span.root
    return root.dep_ == "nsubj" and root.head.lower_ in words("reporting_verbs")


def _surname(name: str) -> str:
    parts = [p for p in name.lower().split() if p.strip(".") not in {"jr", "sr", "ii", "iii"}]
    return parts[-1] if parts else ""
