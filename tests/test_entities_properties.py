"""Properties of the entity stage that must hold for any text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.entities import find_mentions, merge_entities

WORDS = [
    "Port",
    "Mr",
    "Stephen",
    "the",
    "Met",
    "police",
    "(IOPC)",
    "in",
    "Chicago",
    "Police",
    "Department",
    "NASHVILLE,",
    "Tenn.",
    "—",
    "said",
    "’s",
    "and",
    "Maya",
    "Lund",
    ",",
    "47",
    "\n",
    "Det",
    "Ch",
    "Insp",
    "20-year-old",
    "identified",
    "as",
    "O’Neal",
    ".",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
@example(["Mr", "Stephen", ",", "Det"])  # found by Hypothesis: a comma cut kept a space
def test_mentions_and_entities_are_consistent(nlp, words):
    text = " ".join(words)
    mentions, claims = find_mentions(nlp(text))
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
    for c in claims:
        assert text[c.start : c.end] == c.value
    entities, merged = merge_entities(text, mentions)
    seen: set[int] = set()
    for entity in entities:
        assert entity.label in ("PERSON", "ORG", "GPE", "LOC", "FAC")
        assert entity.mention_indices
        assert not seen & set(entity.mention_indices)
        seen |= set(entity.mention_indices)
        for i in entity.mention_indices:
            assert merged[i].label == entity.label
            assert text[merged[i].start : merged[i].end] == merged[i].text
