"""Direct quotes and their speakers.

Quote marks are paired within a paragraph (a line of the text) by
``pipeline.quote_marks``: curly “…” and straight "…" (straight marks alternate
open/close). A paragraph whose last quote is left open and a next paragraph that opens
with a quote mark form one multi-paragraph quote; its ``quote`` joins the parts with a
newline and ``start:end`` runs from the first quoted word to the last (the marks in
between stay in the text). ``start:end`` never includes the quote marks.

The speaker is the subject of the nearest reporting verb (``models/lexicons/
reporting_verbs.txt``: said, told, added, according to ...) in the same sentence or
paragraph, after the quote (`"...," said X` / `"...," X said`) or before it
(`X said: "..."`, `He added: "..."`, `X said the inquiry was "thorough"`):

* a person or organisation mention: its span and text;
* "he"/"she"/"I": the nearest person named before the quote (``-pronoun`` in method);
* a common noun ("A spokesman said"): ``speaker_text`` "spokesman" and no span, or the
  organisation's mention for "a spokesman for X";
* no verb of its own, but an earlier quote in the same paragraph has a speaker
  (`"...," Watts said. "..."`): that speaker (``rule:quote-continued``).

Quotes of one or two words ("scare quotes": “new information”) are skipped, and so are
quotes with no speaker that do not end like a sentence (quoted titles).

Limits: single quotes (‘…’) are not read (they clash with apostrophes); pronouns are
resolved without gender agreement; a quote paragraph with no verb keeps speaker None
even when the next paragraph names the speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.claims.lexicons import words
from pipeline.claims.people import MentionIndex, Target
from pipeline.doctext import doc_text
from pipeline.quote_marks import ANY_MARK, CLOSERS, QuotePart, quote_groups
from pipeline.records import Quote

PRONOUNS = frozenset({"he", "she", "i"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
WINDOW_TOKENS = 20
MIN_WORDS = 3


def quotes_in(doc: Doc, index: MentionIndex) -> list[Quote]:
    """Return the direct quotes of ``doc`` with their speakers.

    Args:
        doc: a parsed article.
        index: the caller's mentions (speakers are mentions; pronouns resolve to persons).
    """
    quotes: list[Quote] = []
    previous: tuple[int, Target | None] | None = None  # (end, speaker) of the last quote
    for parts in quote_groups(doc_text(doc)):
        start, end = parts[0].start, parts[-1].end
        text = "\n".join(doc_text(doc)[p.start : p.end].strip() for p in parts)
        if len(text.split()) < MIN_WORDS:
            continue  # scare quotes: “new information”, “cultural awareness”
        speaker, method = _speaker(doc, index, parts)
        if (
            speaker is None
            and previous is not None
            and previous[1] is not None
            and "\n" not in doc_text(doc)[previous[0] : start]
        ):
            # '"Q1," Watts said. "Q2"': same paragraph, same speaker
            speaker, method = previous[1], "rule:quote-continued"
        previous = (end, speaker)
        if speaker is None and not _worth_keeping(text):
            continue
        quotes.append(
            Quote(
                quote=text,
                start=start,
                end=end,
                method=method,
                speaker_start=speaker.start if speaker and speaker.end > speaker.start else None,
                speaker_end=speaker.end if speaker and speaker.end > speaker.start else None,
                speaker_text=speaker.text if speaker else None,
            )
        )
    return quotes


def _worth_keeping(text: str) -> bool:
    """No speaker found: keep real sentences, skip scare quotes and titles."""
    return len(text.split()) >= 3 and text.rstrip()[-1:] in {".", ",", "!", "?", "…"}


def _speaker(doc: Doc, index: MentionIndex, parts: list[QuotePart]) -> tuple[Target | None, str]:
    first, last = parts[0], parts[-1]
    quoted = doc_text(doc)[first.start : first.end].rstrip()
    after = _verb_after(doc, last.end)
    before = _verb_before(doc, first.start)
    order = [(after, "after"), (before, "before")]
    if quoted.endswith(",") is False and before is not None:
        order.reverse()
    for verb, where in order:
        if verb is None:
            continue
        speaker, how = _subject(doc, index, verb, first.start)
        if speaker is not None:
            return speaker, f"rule:quote-{where}{how}"
    return None, "rule:quote"


def _reporting(tok: Token) -> bool:
    if tok.lower_ == "according":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
    return tok.lower_ in words("reporting_verbs") and tok.pos_ in {"VERB", "AUX"}


def _verb_after(doc: Doc, char: int) -> Token | None:
    """The first reporting verb after a quote, before the paragraph or a new quote ends."""
    span = doc.char_span(char, len(doc_text(doc)), alignment_mode="expand")
    if span is None:
        return None
    for tok in span[:WINDOW_TOKENS]:
        if "\n" in tok.text or (tok.i > span.start + 1 and tok.text in ANY_MARK):
            break
        if tok.text in {".", "!", "?"} and tok.i > span.start + 1:
            break
        if _reporting(tok):
            return tok
    return None


def _verb_before(doc: Doc, char: int) -> Token | None:
    """The nearest reporting verb before a quote, in the same sentence and paragraph."""
    span = doc.char_span(0, char, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    opening = span[-1]
    sent_start = opening.sent.start
    for tok in reversed(list(doc[max(sent_start, opening.i - 40) : opening.i + 1])):
        if "\n" in tok.text or tok.text in CLOSERS:
            break
        if _reporting(tok):
            return tok
    return None


def _subject(
    doc: Doc, index: MentionIndex, verb: Token, quote_start: int
) -> tuple[Target | None, str]:
    if verb.lower_ == "according":
        objs = [c for p in doc[verb.i + 1].children if p.dep_ == "pobj" for c in [p]]
        subject = objs[0] if objs else (doc[verb.i + 2] if verb.i + 2 < len(doc) else None)
    else:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        subject = subjects[0] if subjects else None
    if subject is None:
        return _adjacent_mention(doc, index, verb), "-adjacent"
    if subject.lower_ in PRONOUNS:
        return index.previous_person(min(subject.idx, quote_start)), "-pronoun"
    found = _mention_speaker(index, subject)
    if found is not None:
        return found, ""
    if subject.pos_ in {"NOUN", "PROPN"}:
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "with", "from"}:
                for obj in prep.children:
                    org = _mention_speaker(index, obj)
                    if org is not None:
                        return org, "-for"
        return Target(0, 0, subject.text), "-noun"
    return None, ""


def _mention_speaker(index: MentionIndex, tok: Token) -> Target | None:
    person = index.person_at(tok, strong=True)
    if person is not None:
        return person
    mention = index.mention_at(tok)
    if mention is not None and mention.label in SPEAKER_LABELS:
        return Target(mention.start, mention.end, mention.text)
    return None


def _adjacent_mention(doc: Doc, index: MentionIndex, verb: Token) -> Target | None:
    for tok in list(doc[verb.i + 1 : verb.i + 4]) + list(
        reversed(doc[max(0, verb.i - 3) : verb.i])
    ):
        found = _mention_speaker(index, tok)
        if found is not None:
            return found
    return None
