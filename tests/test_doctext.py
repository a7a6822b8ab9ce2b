"""The per-Doc caches the rules share."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.doctext import doc_text, tokens_lowered_in, tokens_with_digit_or_in


def test_doc_text_is_the_doc_text(nlp):
    doc = nlp("Stephen Port, 47, was jailed.  Twice.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_tokens_lowered_in_finds_every_casing_in_order(nlp):
    doc = nlp("The Victim was identified. The VICTIM and the suspects were not.")
    found = tokens_lowered_in(doc, {"victim", "suspects", "identified"})
    assert [(t.i, t.text) for t in found] == [
        (t.i, t.text) for t in doc if t.lower_ in {"victim", "suspects", "identified"}
    ]
    assert [t.text for t in found] == ["Victim", "identified", "VICTIM", "suspects"]
    assert tokens_lowered_in(doc, ()) == []
    assert tokens_lowered_in(doc, {"absent"}) == []


WORDS = {"thirty", "five", "hundred"}


def _slow(doc, words):
    return [t.i for t in doc if any(c.isdigit() for c in t.text) or t.lower_ in words]


def test_tokens_with_digit_or_in_finds_numbers_glued_or_spelled(nlp):
    doc = nlp("Jimmy Lydon,32, and Thirty-five others; 21st birthday, 3,500 people, An8-year-old.")
    found = tokens_with_digit_or_in(doc, WORDS)
    assert [t.i for t in found] == _slow(doc, WORDS)
    assert {"Lydon,32", "Thirty", "five", "21st", "3,500"} <= {t.text for t in found}
    assert tokens_with_digit_or_in(nlp("No numbers here."), WORDS) == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Ann", "32", "Lydon,32", "five", "21st", "-", ",", "x9", " ", "\n"]),
        max_size=12,
    )
)
def test_tokens_with_digit_or_in_matches_a_scan_of_every_token(nlp, parts):
    doc = nlp(" ".join(parts))
    assert [t.i for t in tokens_with_digit_or_in(doc, WORDS)] == _slow(doc, WORDS)
