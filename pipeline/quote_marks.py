"""Quote marks of a text paired into quoted spans, without spaCy.

Quote marks are paired within a paragraph (a line of the text): curly “…” and straight
"…" (straight marks alternate open/close; a straight mark opens when followed by a
non-space and closes when preceded by one). A paragraph whose last quote is left open and
a next paragraph that opens with a quote mark form one multi-paragraph quote
(``quote_groups``); ``quote_spans`` flattens them, and ``QuoteIndex`` finds the one
around an offset. ``pipeline.claims.quotes`` finds the speakers; ``pipeline.cases``
tells quoted words from narration (``incident`` on the text, ``roles.find`` on a parse).

Limits: single quotes (‘…’) are not read (they clash with apostrophes).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

OPENERS = "“"
CLOSERS = "”"
STRAIGHT = '"'
ANY_MARK = OPENERS + CLOSERS + STRAIGHT
QUOTE_MARK = re.compile(f"[{ANY_MARK}]")


@dataclass
class QuotePart:
    """One quoted part of a paragraph: ``start:end`` without the marks; ``closed`` when
    its closing mark is in the paragraph."""

    start: int
    end: int
    closed: bool


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every quoted part of ``text`` (marks excluded), in order;
    a quote left open runs to its paragraph's end."""
    return [(part.start, part.end) for group in quote_groups(text) for part in group]


class QuoteIndex:
    """The quoted spans of one text (``quote_spans``), paired on first use; a text with
    no quote mark has none."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: list[tuple[int, int]] | None = None
        self._starts: list[int] = []

    def span_at(self, offset: int) -> tuple[int, int] | None:
        """The ``(start, end)`` of the quoted span around ``offset``, or None when
        ``offset`` is not quoted (a mark itself is not)."""
        if self._spans is None:
            self._spans = quote_spans(self.text) if QUOTE_MARK.search(self.text) else []
            self._starts = [a for a, _ in self._spans]
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._spans[i][1]:
            return self._spans[i]
        return None

    def around(self, offset: int) -> str | None:
        """The quoted text around ``offset``, or None when ``offset`` is not quoted."""
        span = self.span_at(offset)
        return None if span is None else self.text[span[0] : span[1]]


def quote_groups(text: str) -> list[list[QuotePart]]:
    """Quoted spans (without marks), multi-paragraph quotes grouped."""
    groups: list[list[QuotePart]] = []
    open_group: list[QuotePart] | None = None
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        parts = _parts_in_line(line, line_start)
        if open_group is not None:
            first_mark = line.lstrip()[:1]
            if (
                parts
                and first_mark in OPENERS + STRAIGHT
                and parts[0].start <= line_start + (len(line) - len(line.lstrip()) + 1)
            ):
                open_group.append(parts.pop(0))
                if not open_group[-1].closed:
                    continue
            open_group = None
        for part in parts:
            groups.append([part])
        if parts and not parts[-1].closed:
            open_group = groups[-1]
    return groups


def _parts_in_line(line: str, offset: int) -> list[QuotePart]:
    """Pair the marks of one line. A straight mark opens when followed by a non-space and
    closes when preceded by one; a stray closing-looking mark with nothing open is skipped.
    """
    parts = []
    opened: int | None = None
    for mark in QUOTE_MARK.finditer(line):
        i, char = mark.start(), mark.group()
        prev_space = i == 0 or line[i - 1].isspace() or line[i - 1] in "([—–-"
        next_space = i + 1 >= len(line) or line[i + 1].isspace()
        if char == STRAIGHT and opened is None and next_space and not prev_space:
            continue  # a closer with nothing open
        if char == STRAIGHT and opened is not None and prev_space and not next_space:
            opened = i + 1  # an opener while one is open: the earlier mark was stray
            continue
        if opened is None and (char in OPENERS or char == STRAIGHT):
            opened = i + 1
        elif opened is not None and (char in CLOSERS or char == STRAIGHT):
            if i > opened:
                parts.append(QuotePart(offset + opened, offset + i, True))
            opened = None
    if opened is not None and line[opened:].strip():
        end = len(line.rstrip())
        parts.append(QuotePart(offset + opened, offset + end, False))
    return parts
