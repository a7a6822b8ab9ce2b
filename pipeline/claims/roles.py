"""Titles, affiliations and family relations (placeholder until the rules land)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.claims.people import MentionIndex
from pipeline.records import Claim


def find_roles(doc: Doc, index: MentionIndex) -> list[Claim]:
    """Return no claims yet."""
    return []
