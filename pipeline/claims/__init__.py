"""Claims about the people in an article: ages, titles, affiliations, family; quotes; counts.

Public API::

    find_claims(doc, mentions)   # per:age, per:age_at_time, per:title, per:employee_of,
                                 # per:parents/children/siblings/spouse/other_family
    find_quotes(doc, mentions)   # direct quotes and their speakers
    find_quantities(doc)         # "eight officers", "3,500 documents"

The functions take whatever mention list the caller gives (any labels, character offsets)
and return records from ``pipeline.records``; a claim's ``target_start:target_end`` is the
span of the mention it is about, or, when the mention list lacks the name (the NER missed
it), the span of the proper name itself. Every record names the rule that made it in
``method``; rules and their limits are documented in ``ages``, ``reference``, ``roles``,
``quotes`` and ``quantities``; word lists live in ``models/lexicons/``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.claims.ages import find_ages
from pipeline.claims.people import MentionIndex
from pipeline.claims.quantities import quantities_in
from pipeline.claims.quotes import quotes_in
from pipeline.claims.roles import find_roles
from pipeline.records import Claim, Mention, Quantity, Quote

__all__ = ["find_claims", "find_quantities", "find_quotes"]


def find_claims(doc: Doc, mentions: list[Mention]) -> list[Claim]:
    """Ages, titles, affiliations and family relations of the people in ``doc``.

    Args:
        doc: the article parsed by ``pipeline.nlp.load_nlp()`` (tagger, parser, NER).
        mentions: the caller's entity mentions (character offsets into ``doc.text``).
    """
    index = MentionIndex(doc, mentions)
    claims = find_ages(doc, index) + find_roles(doc, index)
    return sorted(claims, key=lambda c: (c.start, c.target_start, c.predicate))


def find_quotes(doc: Doc, mentions: list[Mention]) -> list[Quote]:
    """Direct quotes in ``doc`` with their speakers (see ``pipeline.claims.quotes``)."""
    return quotes_in(doc, MentionIndex(doc, mentions))


def find_quantities(doc: Doc) -> list[Quantity]:
    """Counts of people and things in ``doc`` (see ``pipeline.claims.quantities``)."""
    return quantities_in(doc)
