"""Scanning near anchor words finds exactly what a whole-text scan finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.timex.anchors import ANCHORS, REACH, AnchorIndex
from pipeline.timex.rules import RULES


def _whole(text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(r.name, m.span()) for r in RULES for m in r.regex.finditer(text)]


def _windowed(text: str) -> list[tuple[str, tuple[int, int]]]:
    index = AnchorIndex(text)
    return [(r.name, m.span()) for r in RULES for m in index.matches(r.name, r.regex)]


def test_every_family_has_anchors() -> None:
    assert {r.name for r in RULES} <= ANCHORS.keys()


@pytest.mark.parametrize(
    "text",
    [
        "He died on Tuesday, June 3, 2014, three weeks ago, at 10:30 p.m. EST.",
        "Over the weekend, the first-quarter results for the year-earlier period came in.",
        "In the mid-1990s and the late nineties, every Monday, sales rose daily.",
        "He will be 24 next month; the 21st century began in 2001. Now, soon, recently.",
        "No dates here at all.",
        "",
    ],
)
def test_windowed_scan_equals_whole_scan(text: str) -> None:
    assert _windowed(text) == _whole(text)


def test_far_apart_anchors_each_get_a_window() -> None:
    filler = "word " * REACH
    text = f"It began in May 2014. {filler} It ended in June 2015. {filler}"
    found = {text[s:e] for name, (s, e) in _windowed(text) if name == "month_year"}
    assert found == {"May 2014", "June 2015"}


VOCAB = [
    "the", "last", "next", "week", "weekend", "year", "years", "ago", "May", "June", "3",
    "2014", "1990s", "Tuesday", "morning", "quarter", "first", "half", "of", "early",
    "twenty", "nineteen", "ninety", "now", "today", "10:30", "p.m.", "daily", "every",
    "century", "21st", "spring", "Christmas", ",", ".", "\n\n", "a", "while", "fiscal",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=120), st.sampled_from([" ", "  ", "-"]))
def test_windowed_scan_equals_whole_scan_on_generated_text(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert _windowed(text) == _whole(text)


def test_windowed_scan_equals_whole_scan_on_real_news(shared_dir: Path) -> None:
    """Every TimeBank article (the shared TempEval-3 data) gives the same candidates."""
    path = shared_dir / "data" / "tempeval3" / "tbaq_timebank.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    assert texts
    for text in texts:
        assert _windowed(text) == _whole(text)
