"""Find temporal expressions in a parsed document and normalise each one in context.

Steps: every pattern family is run over ``doc.text``; candidates that fail a context
check (lower-case month names, "May" as a verb, years that count things, ages) are
dropped; overlaps are resolved longest first; each span is normalised with the tense of
its governing verb and the last quarter mentioned; coordinated days ("24 and 28
January") get their own rows; the end points of "between X and Y" / "from X to Y" share
a ``range``.

Limits: one DCT per document; no event anchoring ("two days after the crash"); ages
are rejected by pattern ("47-year-old", "37 years old"), and bare numbers are never
read as dates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from pipeline.doctext import doc_text
from pipeline.timex.anchors import AnchorIndex
from pipeline.timex.lexicon import (
    ATTRIBUTIVE_ONLY,
    CAPITALISED_WORDS,
    MONTHS,
    NOT_YEAR_AFTER,
    TIMEZONES,
)
from pipeline.timex.patterns import (
    CUE_BEFORE,
    DEADLINE_CUE,
    FUTURE_CUE,
    NEEDS_CUE,
    PAST_CUE,
    RATE_BEFORE,
)
from pipeline.timex.record import Timex
from pipeline.timex.rules import PRIORITY, RULES, Normalised, Rule, normalise_expression
from pipeline.timex.tense import tense_of

NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b")
MAY_CUE = re.compile(
    r"\b(?:in|by|since|until|till|of|from|to|through|during|early|late|mid|last|next|this|"
    r"before|after|on|between|and)\s*-?\s*$",
    re.IGNORECASE,
)
CURRENCY_BEFORE = re.compile(r"[$£€#¥]\s*$|\b(?:No\.|number|Flight|Route|Room)\s*$", re.I)
WORD_AFTER = re.compile(r"\s*([A-Za-z%]+)")
QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
DAY_BEFORE = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|or|to|-|–|through|until)\s*$", re.I)
DAY_AFTER = re.compile(
    r"^\s*(?:,|and|or|to|-|–|through|until)\s*([0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?![,.:]?\d|\s*%|-\w|\s*[ap]\.?m\b)",
    re.I,
)
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
PLAN_BEFORE = re.compile(r"\b(?:will|would|'ll|going to|plans?|planned|scheduled|set to)\b", re.I)
NOUN_AFTER = re.compile(r"\s+[a-z]{3,}")  # "a Thursday evening homicide": a lower-case word follows
MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_BEFORE = re.compile(
    rf"\b({MONTH_WORD})\.?\s*(?:,|and|or|to|-|–|through|until)\s*$", re.IGNORECASE
)
RANGE_OPEN = {
    "between": re.compile(r"\s+and\s+"),
    "from": re.compile(r"\s*(?:to|until|till|through|-|–)\s*"),
}
FUTURE_CUE_RULES = {"weekday", "time", "noon", "month_day", "day_month", "month_rel", "year_end"}
# Families whose title-case form in mid-sentence is usually a name ("This Week").
NAME_LIKE = {"day_rel", "rel_unit", "tonight", "noon", "ref"}
TIMEZONE_WORDS = {tz.lower() for tz in TIMEZONES}
# Families whose value anchors "the following year", "that day", "the next morning".
REFERENCE_RULES = {
    "iso",
    "numeric",
    "month_year",
    "year",
    "year_spelled",
    "month_day",
    "month_rel",
    "day_month",
    "weekday",
    "day_rel",
    "holiday",
    "day_anaphor",
}
ANCHOR_RULES = {"quarter", "quarter_q"}


def article_day_first(text: str) -> bool | None:
    """``True``/``False`` if the text's unambiguous numeric dates show the day/month order."""
    for a, b in NUMERIC_DATE.findall(text):
        if int(a) > 12 >= int(b):
            return True
        if int(b) > 12 >= int(a):
            return False
    return None


def _capitalised_ok(text: str) -> bool:
    for word in re.findall(r"[A-Za-z]+", text):
        if word.lower() in CAPITALISED_WORDS and not word[0].isupper():
            return False
    return True


def _accept(rule: Rule, match: re.Match, text: str) -> bool:
    """Context checks a candidate must pass before it is kept."""
    start, end = match.span()
    if not match.group(0).strip() or not _capitalised_ok(match.group(0)):
        return False
    if rule.name == "holiday" and not match["h"][0].isupper():
        return False
    before = text[max(0, start - 40) : start]
    if rule.follows and not rule.follows.match(text, end):
        return False
    if rule.precedes and not rule.precedes.search(before):
        return False
    name = rule.name
    if name == "month_rel" and not (match["mod"] or match["rel"] or match["rel2"]):
        month = match["month"]
        if len(month) <= 4 and month.lower() not in ("may", "june", "july"):
            return False
        if month.lower() == "may" and not MAY_CUE.search(before):
            return False
        if month.lower() == "march" and match.group(0)[0] == "m":
            return False
        if re.match(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]", text[end:]):
            return False  # "the March for Life": a name
    rel = (match.groupdict().get("rel") or "").lower()
    bare = (
        rel in ("", "the")
        and not match.groupdict().get("year")
        and not re.search(r"\b(?:early|late|mid)\b", match.group(0), re.I)
    )
    if (
        name == "vague_plural"
        and rel in ("the", "the early")
        and re.match(r"\s+(?:before|after|leading|following|of)\b", text[end:])
    ):
        return False  # "in the weeks before the shooting": anchored to an event
    if name == "half" and bare:
        return False  # "the second half" of a match, not of a year
    if name in NAME_LIKE and _title_case_mid_sentence(match, text):
        return False
    long_form = match.group(0).lower().endswith("-long")  # "the decades-long battle"
    if name in NEEDS_CUE and bare and not long_form and not re.search(CUE_BEFORE, before, re.I):
        return False
    is_a = name == "duration" and (match["num"] or "").lower() in ("a", "an")
    if is_a and re.search(RATE_BEFORE, before, re.IGNORECASE):
        return False
    if name == "duration" and match["unit"][0].isupper() and not match.group(0).isupper():
        return False  # CBS's "60 Minutes": a title
    if name in ("quarter_rel", "rel_unit") and text[end : end + 1] == "-":
        return False
    if name == "ref" and match.group(0) == "Now" and text[end : end + 1] == ",":
        return False  # "Now, he says": a discourse marker
    if (
        name == "ref"
        and match["ref"].lower() == "soon"
        and (re.search(r"\bas\s+$", before, re.I) or re.match(r"\s+(?:after|as)\b", text[end:]))
    ):
        return False
    if name == "year":
        if CURRENCY_BEFORE.search(before):
            return False
        after = WORD_AFTER.match(text, end)
        if after and after.group(1).lower() in NOT_YEAR_AFTER | TIMEZONE_WORDS:
            return False
    return True


def _title_case_mid_sentence(match: re.Match, text: str) -> bool:
    """ "Radio 4's Today programme", "Businessman of the Year": a name, not a date."""
    words = re.findall(r"[A-Za-z]+", match.group(0))
    if not words or not all(w[0].isupper() for w in words if w.lower() != "the"):
        return False
    before = text[: match.start()].rstrip()
    if re.search(r"[\w'’]\s*[\"“]$", before) and re.match(
        r"\s*[,.]?\s*[\"”]|\s+[A-Z]", text[match.end() :]
    ):
        return True  # ABC News' "This Week," / "This Week With David Brinkley": a title
    return bool(before) and before[-1] not in ".!?:;\"'`(\n-—"


def _candidates(text: str) -> list[tuple[int, int, Rule]]:
    found = []
    index = AnchorIndex(text)
    for rule in RULES:
        for match in index.matches(rule.name, rule.regex):
            if match.end() > match.start() and _accept(rule, match, text):
                found.append((match.start(), match.end(), rule))
    return found


def _select(found: list[tuple[int, int, Rule]]) -> list[tuple[int, int, Rule]]:
    """Non-overlapping spans, longest first (ties: the higher-priority family)."""
    found.sort(key=lambda c: (-(c[1] - c[0]), PRIORITY[c[2].name], c[0]))
    taken: list[tuple[int, int, Rule]] = []
    for start, end, rule in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, rule))
    return sorted(taken, key=lambda c: c[0])


def _cued_tense(tense: str | None, rule: str, before: str) -> str | None:
    """The tense, overridden by a cue right before the span ("until Tuesday", "since May")."""
    if rule not in FUTURE_CUE_RULES:
        return tense
    if re.search(r"\bnot\s+until\s+$", before, re.IGNORECASE):
        return tense  # "it was not until Tuesday that ...": the tense decides
    if tense != "pluperfect" and re.search(DEADLINE_CUE, before, re.IGNORECASE):
        return "future"
    if tense not in ("past", "pluperfect") and re.search(FUTURE_CUE, before, re.IGNORECASE):
        return "future"
    if re.search(PAST_CUE, before, re.IGNORECASE):
        return "past"
    return tense


def _in_future(tense: str | None, before: str) -> bool:
    return tense in ("future", "infinitive") and bool(re.search(r"\bin\s+$", before, re.I))


def _counts_things(doc: Doc, start: int, end: int) -> bool:
    """A four-digit number that spaCy reads as a count of a following noun or an amount."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if not token.like_num:
            continue
        if token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
            return True
        head = token.head
        if (
            token.dep_ == "nummod"
            and head.i > token.i
            and head.pos_ == "NOUN"
            and (head.lower_ in NOT_YEAR_AFTER)
        ):
            return True
    return False


def _attributive(doc: Doc, start: int, end: int) -> bool:
    """The span is one adjective modifying a noun ("future earnings", "quarterly dividend")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.dep_ in ("amod", "compound", "nmod") and token.head.i > token.i


def _coordinated(text: str, timex: Timex) -> list[Timex]:
    """Rows for the bare days/months coordinated with ``timex`` ("24 and 28 January")."""
    extra: list[Timex] = []
    value = timex.value
    if timex.method in ("timex:day_month", "timex:month_day") and re.fullmatch(
        r"\d{4}-\d{2}-\d{2}", value
    ):
        if timex.method == "timex:day_month":
            m = DAY_BEFORE.search(text, 0, timex.start_char)
            if m and m.end() == timex.start_char:
                extra.append(_with_day(timex, int(m.group(1)), m.start(1), m.end(1), text))
        m = DAY_AFTER.match(text[timex.end_char :])
        if m and timex.method == "timex:month_day":
            s, e = timex.end_char + m.start(1), timex.end_char + m.end(1)
            extra.append(_with_day(timex, int(m.group(1)), s, e, text))
    if timex.method == "timex:month_year":
        m = MONTH_BEFORE.search(text, 0, timex.start_char)
        if m and m.end() == timex.start_char:
            result = None
            if m.group(1)[0].isupper():
                result = normalise_expression(f"{m.group(1)} {value[:4]}", None)
            if result:
                extra.append(_row(m.start(1), m.end(1), text, result, "timex:coordinated"))
    return [t for t in extra if t is not None]


def _with_day(timex: Timex, day: int, start: int, end: int, text: str) -> Timex | None:
    try:
        d = date.fromisoformat(timex.value[:8] + f"{day:02d}")
    except ValueError:
        return None
    return Timex(
        start, end, text[start:end], "DATE", d.isoformat(), d, d, "day", None, "timex:coordinated"
    )


def _row(start: int, end: int, text: str, result: Normalised, method: str | None = None) -> Timex:
    return Timex(
        start,
        end,
        text[start:end],
        result.type,
        result.value,
        result.start,
        result.end,
        result.granularity,
        None,
        method or result.method,
    )


def _ranges(text: str, rows: list[Timex]) -> list[Timex]:
    """Give both end points of "between X and Y" / "from X to Y" the range "X/Y"."""
    rows = list(rows)
    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        if a.type != "DATE" or b.type != "DATE" or a.range:
            continue
        opener = re.search(
            r"\b(between|from)\s+$", text[max(0, a.start_char - 12) : a.start_char], re.IGNORECASE
        )
        if not opener:
            continue
        if RANGE_OPEN[opener.group(1).lower()].fullmatch(text[a.end_char : b.start_char]):
            span = f"{a.value}/{b.value}"
            rows[i], rows[i + 1] = replace(a, range=span), replace(b, range=span)
    return rows


def find_timexes(doc: Doc, published: date | None, day_first: bool | None = None) -> list[Timex]:
    """Every temporal expression in ``doc`` with its TIMEX3 type and value.

    Args:
        doc: a parsed document from :func:`pipeline.nlp.load_nlp` (tagger and parser
            are used for tense and to reject counts; NER only to reject amounts).
        published: the document creation date relative expressions are resolved
            against; ``None`` leaves them as references ("PAST_REF") or ``XXXX``.
        day_first: order of ambiguous numeric dates; ``None`` lets the article's own
            unambiguous numeric dates decide (else month first).

    Returns:
        Rows sorted by offset. Never raises on odd text.
    """
    text = doc_text(doc)
    if day_first is None:
        day_first = article_day_first(text)
    rows: list[Timex] = []
    coordinated: list[Timex] = []
    quarter: str | None = None
    reference: str | None = None
    for start, end, rule in _select(_candidates(text)):
        if rule.name == "year" and _counts_things(doc, start, end):
            continue
        if text[start:end].lower() in ATTRIBUTIVE_ONLY and _attributive(doc, start, end):
            continue
        tense = _cued_tense(tense_of(doc, start, end), rule.name, text[max(0, start - 30) : start])
        if (
            rule.name == "weekday"
            and re.match(r"['’]s\b", text[end:])
            and len(text[start:end].split()) <= 2
        ):
            tense = "past"  # "before Friday's purchases": an event the article reports
        elif (
            rule.name == "weekday"
            and ARTICLE_BEFORE.search(text[max(0, start - 6) : start])
            and NOUN_AFTER.match(text, end)
            and not PLAN_BEFORE.search(text[max(0, start - 40) : start])
        ):
            tense = "past"  # "investigating a Thursday evening homicide": an event reported
        result = normalise_expression(
            text[start:end], published, tense, day_first, quarter, rule.name, reference
        )
        if (
            rule.name == "duration"
            and result
            and _in_future(tense, text[max(0, start - 4) : start])
        ):
            # "will be redeemed in five years": a date five years after the DCT.
            shifted = normalise_expression(
                f"{text[start:end]} from now", published, tense, day_first, quarter, "ago"
            )
            result = shifted or result
        if (
            result
            and text[start:end].lower() == "one day"
            and re.search(r"\b(?:will|would|could|might|may|can|shall)\s+$", text[:start], re.I)
        ):
            # "Islam will one day be ...": an indefinite future, not a day long
            result = replace(result, type="DATE", value="FUTURE_REF", granularity="reference")
        if result is None or (result.value == "FUTURE_REF" and tense == "past"):
            continue  # "was soon released": no future seen from the DCT
        timex = _row(start, end, text, result)
        if (
            rule.name in ANCHOR_RULES
            and QUARTER_VALUE.fullmatch(result.value)
            and not re.search(r"year-|comparable|last year", text[start:end], re.IGNORECASE)
            and (published is None or result.end is None or result.end <= published)
            and not (
                re.search(r"\ban?\s+(?:\w+\s+)?$", text[max(0, start - 20) : start], re.I)
                and re.search(r"\s+(?:quarter|period)\s*$", text[start:end], re.I)
            )
        ):
            # A results story reports on a completed quarter: forecasts ("fourth-quarter
            # earnings are expected to ...") and asides ("after a flat second quarter")
            # do not move the anchor.
            quarter = result.value
        if rule.name in REFERENCE_RULES and result.type in ("DATE", "TIME"):
            reference = result.value
        rows.append(timex)
        coordinated.extend(_coordinated(text, timex))
    # A coordinated reading ("June" in "June and July 2014") replaces the bare one.
    rows = [r for r in rows if not any(_overlaps(r, c) for c in coordinated)] + coordinated
    rows.sort(key=lambda t: t.start_char)
    unique: list[Timex] = []
    for row in rows:
        if not unique or row.start_char >= unique[-1].end_char:
            unique.append(row)
    return _ranges(text, _attach_clock_times(text, unique))


def _overlaps(a: Timex, b: Timex) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


CLOCK_METHODS = {"timex:time", "timex:clock24", "timex:noon"}
CLOCK_GLUE = re.compile(r"\s*(?:,|at|on)?\s*(?:,|at|on)?\s*", re.IGNORECASE)
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _attach_clock_times(text: str, rows: list[Timex]) -> list[Timex]:
    """Give a clock time the day written next to it ("Jan. 28, 2014 8:18 PM", "10:30 Monday")."""
    out = list(rows)
    for i, row in enumerate(out):
        if row.method not in CLOCK_METHODS or "T" not in row.value:
            continue
        neighbours = []
        if i > 0:
            neighbours.append((out[i - 1], text[out[i - 1].end_char : row.start_char]))
        if i + 1 < len(out):
            neighbours.append((out[i + 1], text[row.end_char : out[i + 1].start_char]))
        for other, gap in neighbours:
            day = DAY_VALUE.match(other.value)
            if other.type == "DATE" and day and CLOCK_GLUE.fullmatch(gap):
                clock = row.value.split("T", 1)[1]
                value = f"{day.group(0)}T{clock}"
                start = date.fromisoformat(day.group(0))
                out[i] = replace(row, value=value, start=start, end=start)
                break
    return out
