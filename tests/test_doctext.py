"""The per-Doc caches the rules share."""

from __future__ import annotations

from pipeline.doctext import doc_text, tokens_lowered_in


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
