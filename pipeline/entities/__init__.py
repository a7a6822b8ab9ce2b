"""Entities of one article: raw mentions from a spaCy Doc, then merged entities.

``find_mentions(doc)`` returns cleaned mentions and the claims found while cleaning them;
``merge_entities(text, mentions)`` merges them into people, organisations and places with
aliases, correcting labels by document evidence. Word lists live in ``models/lexicons/``.
"""

from __future__ import annotations

from pipeline.entities.mentions import find_mentions
from pipeline.entities.merge import merge_entities

__all__ = ["find_mentions", "merge_entities"]
