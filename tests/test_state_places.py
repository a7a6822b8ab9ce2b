"""US states as place mentions: inside longer names, as lone abbreviations, as postal
codes after a town; and state names that are part of another place's name."""

from __future__ import annotations

import pytest
import spacy

from pipeline.entities.clean import clean_span


@pytest.mark.parametrize(
    ("text", "word", "strip_titles", "kept"),
    [
        ("Rena Voss moved to Dover, Ark., last fall.", "Ark.", False, True),
        ("She grew up near Troy, N.Y. and left.", "N.Y.", False, True),
        ("She grew up near Troy, N.Y. and left.", "N.Y.", True, False),  # never a person
        ("The rest was ... quiet.", "...", False, False),
    ],
)
def test_clean_span_keeps_a_lone_state_abbreviation(text, word, strip_titles, kept):
    doc = spacy.blank("en")(text)
    i = next(t.i for t in doc if t.text == word)
    cleaned = clean_span(doc[i : i + 1], strip_titles=strip_titles)
    assert (cleaned is not None) == kept
    if kept:
        assert text[cleaned.start : cleaned.end] == word
