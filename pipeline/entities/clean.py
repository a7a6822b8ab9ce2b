"""Clean raw entity spans: strip titles, possessives and a leading "the".

Works on spaCy ``Span`` s and returns character offsets into ``doc.text``. Limits: a title
is recognised only from the word list in ``models/lexicons/titles.txt``; lower-case role
descriptions ("the regional director") are left to the claims extractors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.doctext import doc_text
from pipeline.entities.lexicons import is_title_word, state_for

POSSESSIVES = ("'s", "’s", "'", "’")
LEADING_ARTICLES = {"the"}


@dataclass
class CleanSpan:
    """A cleaned span: ``start:end`` of the name, and the title span it carried (if any)."""

    start: int
    end: int
    title_start: int | None = None
    title_end: int | None = None


TRAILING_FUNCTION_WORDS = frozenset({"of", "and", "in", "at", "from", "on", "for", "to"})
GLUED_NUMBER = re.compile(r"(?<=[a-z])-\d{1,3}$")  # "Marquis Garber-23": an age glued on


def trim_possessive(text: str, start: int, end: int) -> int:
    """New end offset of ``text[start:end]`` with a trailing "'s", "’s" or "'" removed."""
    span = text[start:end]
    for suffix in POSSESSIVES:
        if span.endswith(suffix) and len(span) > len(suffix):
            return start + len(span[: -len(suffix)].rstrip())
    return end


def _stray_mark(word: str) -> bool:
    """A one-character token that cannot start a name: no capital letter, digit or ASCII
    letter ("º", "•", U+0097 left over from a list bullet or a bad encoding; "a" stays)."""
    return len(word) == 1 and not word.isupper() and not word.isdigit() and not word.isascii()


def _before_possessed_noun(tokens: list[Token]) -> list[Token]:
    """The tokens before a possessive followed only by lower-case words: "Quillan’s van"
    (a person the NER ran into the thing he owns) is "Quillan"."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text in POSSESSIVES and all(t.text[:1].islower() for t in tokens[k + 1 :]):
            return tokens[:k]
    return tokens


def clean_span(span: Span, strip_titles: bool) -> CleanSpan | None:
    """Offsets of ``span`` without a leading "the", trailing possessive (for people also one
    followed by lower-case words: "Quillan’s van"), punctuation,
    lower-case function word ("Candace LaBrie of"), and,
    when ``strip_titles`` (people), leading title words ("Det Ch Insp", "Mr", "Senior
    coroner") and a number glued on by a hyphen ("Marquis Garber-23": "Interstate-95"
    keeps its number).

    Returns None when nothing but titles or punctuation is left ("Coroner's", "Mr"); a
    lone state abbreviation ("Ark.", "N.Y.") is kept when not ``strip_titles``.
    Does not strip titles after the name ("John Smith QC") or inside it.
    """
    tokens = list(span)
    while tokens and (
        tokens[0].is_punct
        or tokens[0].text in POSSESSIVES
        or tokens[0].text in ("s",)
        or _stray_mark(tokens[0].text)
    ):
        tokens.pop(0)  # "’s Detective B. Goldfarb", "º Roberts-Cole"
    while tokens and tokens[0].lower_ in LEADING_ARTICLES:
        tokens.pop(0)
    if strip_titles:
        tokens = _before_possessed_noun(tokens)
    while tokens and (tokens[-1].is_punct or tokens[-1].text in POSSESSIVES):
        if tokens[-1].text in (".",) and len(tokens) > 1 and len(tokens[-2].text) <= 3:
            break  # keep the full stop of an abbreviation split off as its own token
        tokens.pop()
    while len(tokens) > 1 and tokens[-1].text in TRAILING_FUNCTION_WORDS:
        tokens.pop()  # "Candace LaBrie of" (Elmvale)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
    title_tokens = []
    if strip_titles:
        while tokens and is_title_word(tokens[0].text):
            title_tokens.append(tokens.pop(0))
        while title_tokens and tokens and tokens[0].is_punct:
            tokens.pop(0)
    if not tokens or not any(
        t.is_alpha or (not strip_titles and state_for(t.text)) for t in tokens
    ):
        return None  # a lone "N.Y." or "Ark." (no alphabetic token) is a state, not punctuation
    start = tokens[0].idx
    end = trim_possessive(doc_text(span.doc), start, tokens[-1].idx + len(tokens[-1].text))
    glued = GLUED_NUMBER.search(doc_text(span.doc), start, end) if strip_titles else None
    if glued is not None:
        end = glued.start()  # the age is read by ``pipeline.claims.ages``
    if end <= start:
        return None
    cleaned = CleanSpan(start, end)
    if title_tokens:
        cleaned.title_start = title_tokens[0].idx
        cleaned.title_end = title_tokens[-1].idx + len(title_tokens[-1].text)
    return cleaned


def title_before(span: Span) -> tuple[int, int] | None:
    """Offsets of a title written just before ``span`` ("Commander" in "Met Police Commander
    Jon Savell"), or None. At least one title word must be capitalised."""
    doc = span.doc
    i = span.start
    while i > 0:
        word = doc[i - 1]
        if word.text == "." and i > 1 and is_title_word(doc[i - 2].text):
            i -= 2  # "Sgt ." split into two tokens
        elif word.text.rstrip(".").isalpha() and is_title_word(word.text):
            i -= 1
        else:
            break
    if i == span.start:
        return None
    words = doc[i : span.start]
    if not any(t.text[:1].isupper() for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)
