"""TempEval-3 timex scores: strict span, relaxed span and value F1.

Follows UzZaman et al. (2013), section 4: a system timex matches a gold timex strictly
when the offsets are identical and relaxed when the spans overlap. Value F1 counts a
relaxed match whose normalised value equals the gold value. Precision divides by the
system's timexes, recall by the gold timexes.

Limits: each system timex is matched to at most one gold timex (the first overlapping one
in offset order, preferring an exact span), as the official scorer does for extents; the
``type`` attribute is not scored except through the caller's filtering.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Span = Mapping[str, Any]


@dataclass
class Counts:
    """Running counts for one score family (strict, relaxed or value)."""

    correct_system: int = 0
    correct_gold: int = 0
    n_system: int = 0
    n_gold: int = 0

    def prf(self) -> dict[str, float]:
        """Precision, recall and F1 (0.0 when undefined)."""
        p = self.correct_system / self.n_system if self.n_system else 0.0
        r = self.correct_gold / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


@dataclass
class TimexScore:
    """Strict, relaxed and value counts accumulated over documents."""

    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    value: Counts = field(default_factory=Counts)

    def add(self, gold: Iterable[Span], system: Iterable[Span]) -> None:
        """Score one document's ``gold`` and ``system`` timexes (``start``, ``end``, ``value``)."""
        gold = sorted(gold, key=lambda t: (t["start"], t["end"]))
        system = sorted(system, key=lambda t: (t["start"], t["end"]))
        for counts in (self.strict, self.relaxed, self.value):
            counts.n_gold += len(gold)
            counts.n_system += len(system)
        pairs = _align(gold, system)
        for g, s in pairs:
            self.relaxed.correct_gold += 1
            self.relaxed.correct_system += 1
            if (g["start"], g["end"]) == (s["start"], s["end"]):
                self.strict.correct_gold += 1
                self.strict.correct_system += 1
            if str(g["value"]) == str(s["value"]):
                self.value.correct_gold += 1
                self.value.correct_system += 1

    def summary(self) -> dict[str, dict[str, float]]:
        """``{"strict": {p, r, f1}, "relaxed": {...}, "value": {...}}``."""
        return {
            "strict": self.strict.prf(),
            "relaxed": self.relaxed.prf(),
            "value": self.value.prf(),
        }


def _overlap(a: Span, b: Span) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _align(gold: list[Span], system: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of overlapping timexes, exact spans first, then by offset."""
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[Span, Span]] = []
    for exact in (True, False):
        for i, g in enumerate(gold):
            if i in used_gold:
                continue
            for j, s in enumerate(system):
                if j in used_system or not _overlap(g, s):
                    continue
                if exact and (g["start"], g["end"]) != (s["start"], s["end"]):
                    continue
                used_gold.add(i)
                used_system.add(j)
                pairs.append((g, s))
                break
    return pairs
