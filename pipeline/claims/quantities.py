"""Counts of people and things that matter in a case: "eight Metropolitan Police
officers", "3,500 documents", "four victims", "five of the officers", "two men".

A count is a whole number (digits, "3,500", or a number word up to "ninety-nine",
"hundred", "thousand") that modifies a plural noun (``nummod``) or governs
"of the <plural noun>"; ``unit`` is that noun in lower case, ``text`` runs from the number
to the noun. Not counts: ages ("23-year-old"), years, dates, money, percentages, times
and measures (nouns listed in ``models/lexicons/non_count_units.txt``: "47 minutes",
"10 years"). "two 19-year-olds" is a count with unit "year-olds".

Limits: "All eight are being investigated" (no noun) and "a dozen officers" are not
read; fractions and decimals are skipped; a count of a singular noun ("one officer") is
read only for "one".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.claims.lexicons import words
from pipeline.doctext import doc_text, tokens_with_digit_or_in
from pipeline.numbers import TENS, UNITS
from pipeline.records import Quantity

SKIP_ENTS = frozenset({"MONEY", "PERCENT", "TIME", "ORDINAL", "QUANTITY"})
BIG = {"hundred": 100, "thousand": 1000}
NUMBER_WORDS = frozenset(UNITS) | frozenset(BIG) | frozenset(TENS)


def quantities_in(doc: Doc) -> list[Quantity]:
    """Return the counts in ``doc`` (see the module docstring for what counts)."""
    found = []
    for tok in tokens_with_digit_or_in(doc, NUMBER_WORDS):  # else number_value gives None
        value = number_value(tok)
        if value is None or tok.ent_type_ in SKIP_ENTS or _is_age(tok) or _tens_part(tok):
            continue
        last = tok
        if tok.lower_ in TENS and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
            unit = UNITS.get(doc[tok.i + 2].lower_)
            if unit is not None and 0 < unit < 10:
                value, last = value + unit, doc[tok.i + 2]  # "twenty" "-" "five"
        if _is_age(last):
            continue
        noun, method = _counted_noun(last)
        if noun is None or noun.lower_ in words("non_count_units"):
            continue
        if value != 1 and noun.tag_ not in {"NNS", "NNPS"}:
            continue
        start, end = min(tok.idx, noun.idx), max(tok.idx + len(tok.text), noun.idx + len(noun.text))
        found.append(
            Quantity(
                quantity=value,
                unit="year-olds" if noun.lower_ == "olds" else noun.lower_,
                text=doc_text(doc)[start:end],
                start=start,
                end=end,
                method=method,
            )
        )
    return found


def number_value(tok: Token) -> int | None:
    """The whole number a token spells ("3,500", "eight", "twenty-five"), else None."""
    text = tok.lower_
    digits = text.replace(",", "")
    if digits.isdigit():
        if "," in text and not _grouped(text):
            return None
        return int(digits)
    if text in UNITS:
        return UNITS[text]
    if text in BIG:
        return BIG[text]
    if text in TENS:
        return TENS[text]
    head, _, tail = text.partition("-")
    if head in TENS and tail in UNITS and 0 < UNITS[tail] < 10:
        return TENS[head] + UNITS[tail]
    return None


def _tens_part(tok: Token) -> bool:
    """The "five" of "twenty - five" (read with its tens word)."""
    doc = tok.doc
    return (
        tok.lower_ in UNITS
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and doc[tok.i - 2].lower_ in TENS
    )


def _grouped(text: str) -> bool:
    groups = text.split(",")
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _is_age(tok: Token) -> bool:
    doc = tok.doc
    following = [t.lower_ for t in doc[tok.i + 1 : tok.i + 4]]
    return bool(following) and (
        following[0] in {"year", "years", "-year", "month", "-month"}
        or following[:2] in (["-", "year"], ["-", "years"], ["-", "month"])
    )


def _counted_noun(tok: Token) -> tuple[Token | None, str]:
    """The noun a number counts: its ``nummod`` head, or "five of the officers"."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text in {"$", "£", "€", "#"}:
        return None, ""
    if tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head, "rule:quantity-nummod"
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return obj, "rule:quantity-of"
    return None, ""
