"""Temporal expressions: detection in spaCy documents and TIMEX3 normalisation.

Public API: :class:`Timex`, :func:`find_timexes` and :func:`normalise_expression`.
Patterns live in :mod:`pipeline.timex.patterns`, word lists in
``models/timex_lexicon.json``.
"""

from __future__ import annotations

from pipeline.timex.detect import article_day_first, find_timexes
from pipeline.timex.record import Timex
from pipeline.timex.rules import Normalised, normalise_expression

__all__ = ["Normalised", "Timex", "article_day_first", "find_timexes", "normalise_expression"]
