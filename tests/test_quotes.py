from pathlib import Path

import pytest

from pipeline.claims import find_quotes
from pipeline.quote_marks import QuoteIndex, quote_spans
from tests.claims_helpers import mentions_from_ents


def quotes(nlp, text):
    doc = nlp(text)
    out = []
    for q in find_quotes(doc, mentions_from_ents(doc)):
        speaker = doc.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
        out.append((q.quote, speaker, q.speaker_text))
    return doc, out


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            '"We will find him," said Sheriff Mark Jones on Monday.',
            "We will find him,",
            "Mark Jones",
        ),
        ("“We will find him,” Mark Jones said.", "We will find him,", "Mark Jones"),
        ("Mark Jones said: “We will find him.”", "We will find him.", "Mark Jones"),
        (
            "Mark Jones spoke to reporters.\n\nHe added: “We will find him.”",
            "We will find him.",
            "Mark Jones",
        ),
        (
            "Steve Noonan said the inquiry had been “thorough and detailed”.",
            "thorough and detailed",
            "Steve Noonan",
        ),
        (
            '"It was a tragedy," according to Mark Jones.',
            "It was a tragedy,",
            "Mark Jones",
        ),
    ],
)
def test_quote_and_speaker(nlp, text, quote, speaker):
    _, found = quotes(nlp, text)
    assert (quote, speaker) in {(q, s) for q, s, _ in found}


def test_second_quote_of_a_paragraph_keeps_the_speaker(nlp):
    text = '"We heard shots," said Mark Watts. "Then everyone ran to the street."\n\nIt was late.'
    _, found = quotes(nlp, text)
    assert [(q, s) for q, s, _ in found] == [
        ("We heard shots,", "Mark Watts"),
        ("Then everyone ran to the street.", "Mark Watts"),
    ]


def test_quote_in_a_new_paragraph_does_not_inherit_the_speaker(nlp):
    text = '"We heard shots," said Mark Watts.\n\n"Then everyone ran to the street."'
    _, found = quotes(nlp, text)
    assert ("Then everyone ran to the street.", None) in [(q, s) for q, s, _ in found]


def test_quote_offsets_exclude_the_marks(nlp):
    doc = nlp("Mark Jones said: “We will find him.”")
    (q,) = find_quotes(doc, mentions_from_ents(doc))
    assert doc.text[q.start : q.end] == "We will find him."


def test_unnamed_spokesman_and_spokesman_for_an_organisation(nlp):
    _, found = quotes(nlp, "A spokesman said: “We are reviewing the case.”")
    assert found == [("We are reviewing the case.", None, "spokesman")]
    _, found = quotes(nlp, "A spokesman for Acme Corporation said: “We are reviewing the case.”")
    assert [(s, t) for _, s, t in found] == [("Acme Corporation", "Acme Corporation")]


def test_multi_paragraph_quote_is_one_quote(nlp):
    text = (
        "A spokesman said: “We have reviewed the material.\n\n"
        "“We continue to follow lines of enquiry.”\n\nMark Jones was not available."
    )
    _, found = quotes(nlp, text)
    assert len(found) == 1
    quote, _, speaker_text = found[0]
    assert "We have reviewed" in quote and "lines of enquiry." in quote
    assert speaker_text == "spokesman"


def test_scare_quotes_are_not_quotes(nlp):
    _, found = quotes(nlp, "Senior staff admitted a lack of “cultural awareness” at the time.")
    assert found == []


SEED = Path(__file__).resolve().parents[1] / "corpus" / "000_a43bdba0afa9a79a.txt"


@pytest.fixture(scope="module")
def seed_quotes(nlp):
    text = SEED.read_text(encoding="utf-8").removeprefix(" date 2023-11-16 ")
    return quotes(nlp, text)[1]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("We would not have reached this point", "Neil Hudgell"),
        ("Though we have found an indication", "Steve Noonan"),
        ("The deaths of these four young men", "Jon Savell"),
    ],
)
def test_seed_article_quotes(seed_quotes, opening, speaker):
    assert any(q.startswith(opening) and s == speaker for q, s, _ in seed_quotes)


def test_seed_article_multi_paragraph_spokesman_quote(seed_quotes):
    (found,) = [f for f in seed_quotes if f[0].startswith("As part of our re-investigation")]
    assert "3,500 documents" in found[0]
    assert found[2] == "spokesman"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a quote over two sentences ends at its closing mark
        ('He said: "We ran. They hit him." The clerk died.', ["We ran. They hit him."]),
        ("He said: \u201cWe ran.\u201d The clerk died.", ["We ran."]),
        # a quote left open runs to the paragraph's end, not into the next one
        ('He said: "We ran.\nThe clerk died.', ["We ran."]),
        # an inch mark closes nothing
        ('A man, 6\'2", was shot. "It hurt," he said.', ["It hurt,"]),
    ],
)
def test_quote_spans(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == quoted


@pytest.mark.parametrize(
    ("text", "at", "around"),
    [
        ('He said: "We ran. They hit him." The clerk died.', "They", "We ran. They hit him."),
        ('He said: "We ran. They hit him." The clerk died.', "clerk", None),
        ('He said: "We ran." The clerk died.', '"We', None),  # a mark is not quoted
        ("No marks here at all.", "marks", None),
    ],
)
def test_quote_index_finds_the_quote_around_an_offset(text: str, at: str, around) -> None:
    quotes = QuoteIndex(text)
    assert quotes.around(text.index(at)) == around
    assert (quotes.span_at(text.index(at)) is None) == (around is None)
