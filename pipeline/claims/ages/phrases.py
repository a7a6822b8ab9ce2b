"""Find the numbers in a text that read as ages: ``AgePhrase`` and ``age_phrases``.

Reads "25-year-old", "37 years old", "37 years of age", "47-yo", "10-month-old" (whole
years: 0), "17-year-olds", "Thirty-one-year-old", "21st birthday", bare numbers ("Port,
47,") and numbers glued by the crawl ("Lyons,32", "Garrett-23,", "afternoon.16-year-old",
"25,of", "19.[46]", "An8-year-old"). Also holds the words around a phrase that several
attachment rules read (be-forms, determiners, "identified").

Limits: only whole numbers 0-120 that are not money, percentages or times; a bare number
is only a candidate (the attachment rules decide); spelled-out numbers are read only
before "-year-old" and between commas after a proper name ("Smith, twenty,"; not
"Smith, twenty years ago").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pipeline.claims.people import token_at
from pipeline.doctext import tokens_with_digit_or_in
from pipeline.numbers import TENS, UNITS

MAX_AGE = 120
GLUED_AGE = re.compile(r"^[A-Z][\w'’.-]*,(\d{1,3})$")
GLUED_DASH = re.compile(r"^[A-Z][a-z'’]+-(\d{1,3})$")  # "Marquis Colquitt-23,"
GLUED_BEFORE = re.compile(r"^[A-Za-z]+[.,;:](\d{1,3})$")  # "afternoon.16-year-old"
GLUED_AFTER = re.compile(r"^(\d{1,3}),[a-z]+$")  # "Sanford, 25,of Sharon"
GLUED_NOTE = re.compile(r"^(\d{1,3})[.,;]?\[\d*$")  # "Weissmann, 19.[46]": a footnote mark
GLUED_ARTICLE = re.compile(r"^(?:[Aa]n?|[Tt]he)(\d{1,3})$")  # "An8-year-old boy"
ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")  # "21st" in "Kendall's 21st birthday"
NOT_AGE_ENTS = frozenset({"MONEY", "PERCENT", "TIME", "QUANTITY", "ORDINAL"})
NUMBER_WORDS = {**UNITS, "twenty": TENS["twenty"]}
NUMBER_GATE = frozenset(NUMBER_WORDS) | frozenset(TENS)  # only these or digits start an age
# words around an age phrase that several attachment rules read
BE_FORMS = frozenset({"was", "is", "were", "are", "'s", "be", "been", "being"})
ADVERBS_BEFORE_AGE = frozenset({"only", "just", "barely", "then", "now", "also", "both"})
IDENTIFY_WORDS = frozenset({"identified", "named", "id'd", "id’d"})
INDEFINITE = frozenset({"a", "an"})
DEFINITE = frozenset({"the", "this", "that"})


@dataclass
class AgePhrase:
    """A number read as an age: tokens ``start:end`` (the number is ``doc[start]``)."""

    value: int
    start: int
    end: int
    # "year-old", "years-old" ("37 years old"), "year-olds" ("17-year-olds A and B"),
    # "bare", "glued" ("Lyons,32"), "glued-after" ("25,of")
    kind: str


def age_phrases(doc: Doc) -> list[AgePhrase]:
    """Numbers in ``doc`` shaped like ages (plausible value, not money/percent/time)."""
    phrases = []
    for tok in tokens_with_digit_or_in(doc, NUMBER_GATE):
        glued = GLUED_AGE.match(tok.text) or GLUED_DASH.match(tok.text)
        if glued and int(glued.group(1)) <= MAX_AGE:
            # "Jimmy Quintero,32," (no space after the comma: one token), "Marquis Colquitt-23,"
            phrases.append(AgePhrase(int(glued.group(1)), tok.i, tok.i + 1, "glued"))
            continue
        glued = GLUED_BEFORE.match(tok.text) or GLUED_ARTICLE.match(tok.text)
        if glued and int(glued.group(1)) <= MAX_AGE:
            phrase = _year_old(doc, tok, int(glued.group(1)))
            if phrase is not None:
                phrases.append(phrase)
            continue
        glued = GLUED_AFTER.match(tok.text) or GLUED_NOTE.match(tok.text)
        if glued and int(glued.group(1)) <= MAX_AGE:
            phrases.append(AgePhrase(int(glued.group(1)), tok.i, tok.i + 1, "glued-after"))
            continue
        ordinal = ORDINAL.match(tok.text)
        if ordinal:
            nxt = token_at(doc, tok.i + 1)
            if nxt is not None and nxt.lower_ == "birthday" and int(ordinal.group(1)) <= MAX_AGE:
                phrases.append(AgePhrase(int(ordinal.group(1)), tok.i, tok.i + 2, "birthday"))
            continue
        value = age_value(tok)
        tens = _tens_before(doc, tok)
        if value is None and tok.lower_ in TENS:
            # "Thirty-year-old Adam Rainier"; "thirty-one" is read at its unit
            nxt = token_at(doc, tok.i + 2)
            if nxt is None or nxt.lower_ not in UNITS:
                phrase = _year_old(doc, tok, TENS[tok.lower_])
                if phrase is not None:
                    phrases.append(phrase)
            continue
        if value is None or (tok.ent_type_ in NOT_AGE_ENTS and tens is None):
            continue
        prev = token_at(doc, tok.i - 1)
        if prev is not None and prev.text in {"$", "£", "€", "#", "No.", "no."}:
            continue
        phrase = _year_old(doc, tok, value)
        if tens is not None and tok.lower_ in UNITS and 0 < value < 10:
            # "Thirty-one-year-old": the number starts at "Thirty"
            if phrase is None:
                continue
            phrase = AgePhrase(tens + value, tok.i - 2, phrase.end, phrase.kind)
        if phrase is None and tok.text.isdigit():
            nxt = token_at(doc, tok.i + 1)
            unit = nxt is not None and (nxt.lower_ in {"%", "percent", "-", "–"} or nxt.text == ":")
            if unit and not _spaced_dash(doc, tok):
                continue
            phrase = AgePhrase(value, tok.i, tok.i + 1, "bare")
        if phrase is None and _word_apposition(doc, tok):
            phrase = AgePhrase(value, tok.i, tok.i + 1, "bare")  # "Mara Dorn, three,"
        if phrase is not None:
            phrases.append(phrase)
    return phrases


def _word_apposition(doc: Doc, tok: Token) -> bool:
    """True for a number word between commas right after a proper name ("Mara Dorn,
    three, was shot"; "Lena, nine; Mark, six"): read as a bare age like "Port, 47,"."""
    comma, name, after = (
        token_at(doc, tok.i - 1),
        token_at(doc, tok.i - 2),
        token_at(doc, tok.i + 1),
    )
    return (
        not tok.text[:1].isdigit()
        and comma is not None
        and comma.text == ","
        and name is not None
        and name.pos_ == "PROPN"
        and after is not None
        and after.text in {",", ";"}
    )


def _spaced_dash(doc: Doc, tok: Token) -> bool:
    """True when the number ``tok`` is followed by a dash with spaces on both sides and no
    number after it: "Samuel Clay Jr., 20 - were arrested" closes an apposition, while
    "30-60 years" and "ages 19 - 34" are ranges."""
    dash = token_at(doc, tok.i + 1)
    after = token_at(doc, tok.i + 2)
    return (
        dash is not None
        and dash.text in {"-", "–", "—"}
        and bool(tok.whitespace_)
        and bool(dash.whitespace_)
        and (after is None or not after.like_num)
    )


def _tens_before(doc: Doc, tok: Token) -> int | None:
    """The tens of a hyphenated number word ending at ``tok`` ("thirty" in "thirty-one")."""
    hyphen, tens = token_at(doc, tok.i - 1), token_at(doc, tok.i - 2)
    if hyphen is None or tens is None or hyphen.text not in {"-", "–"}:
        return None
    return TENS.get(tens.lower_)


def age_value(tok: Token) -> int | None:
    if tok.text.isdigit() and len(tok.text) <= 3:
        value = int(tok.text)
    elif tok.lower_ in NUMBER_WORDS:
        value = NUMBER_WORDS[tok.lower_]
    else:
        return None
    return value if 0 <= value <= MAX_AGE else None


def _year_old(doc: Doc, tok: Token, value: int) -> AgePhrase | None:
    """Match "N-year-old", "N year old", "N years old", "N-years-old", "N years of age",
    "N-yo", "N yr. old"; "N-month-old" and "N months old" give the age in whole years (N // 12), as
    ages are counted ("10-month-old" is 0, "21-month-old" is 1)."""
    texts = [t.lower_ for t in doc[tok.i + 1 : tok.i + 6]]
    i = 0
    hyphen = bool(texts) and texts[0] in {"-", "–"}
    if hyphen:
        i += 1
    if i < len(texts) and texts[i] in {"yo", "y/o", "y.o."}:
        return AgePhrase(value, tok.i, tok.i + 1 + i + 1, "year-old")  # "47-yo Demetrius"
    if i < len(texts) and texts[i] in {"month", "months"}:
        value //= 12
    elif i >= len(texts) or texts[i] not in {"year", "years", "yr", "yrs"}:
        return None
    plural = texts[i] in {"years", "yrs", "months"}
    i += 1
    if i < len(texts) and texts[i] == "." and texts[i - 1] in {"yr", "yrs"}:
        i += 1  # "12 yr. old"
    if i < len(texts) and texts[i] in {"-", "–"}:
        i += 1
    if i < len(texts) and texts[i] == "old":
        kind = "years-old" if plural and not hyphen else "year-old"
        return AgePhrase(value, tok.i, tok.i + 1 + i + 1, kind)
    if i < len(texts) and texts[i] == "olds" and not plural:
        return AgePhrase(value, tok.i, tok.i + 1 + i + 1, "year-olds")
    if plural and texts[i : i + 2] == ["of", "age"]:
        return AgePhrase(value, tok.i, tok.i + 1 + i + 2, "years-old")
    return None
