"""The incident date: the day of the best sentence about the event, and the act it dates.

``incident_date`` scores each day- or time-granularity date on or before publication in
its sentence (``_best_date``): a sentence with an event word scores, one with court,
arrest or funeral words is penalised, earlier sentences win ties; page furniture (bylines,
"Posted", photo credits, embedded tweets) is skipped. With none, "today"/"tonight" give
the publication date, else the publication date is the fallback (``date_method`` says
which).

Which act a date mention dates: the attack itself, a death or discovery, or a later act.

``governing_act`` reads the words next to a date mention:

* a date that modifies a crime noun ("Friday's shooting", "the May 10 home invasion")
  dates the attack;
* else the nearest listed word to its left within the clause and ``LEFT_WORDS`` words
  ("was shot early Sunday" → attack, "died Friday" → secondary, "turned himself in
  Wednesday", "spoke to reporters Monday" → later);
* else, for a date that opens its clause ("On Nov. 14, police obtained a warrant"), the
  nearest listed word to its right; for any other date, an attack word in a "when"
  clause right after it ("home alone on May 9 when the shooting occurred").

``act_weight`` turns that into a change of the date's score in
``_best_date``; a clock time with the day ("about 8:45 p.m.
Sunday") counts for the attack unless the words name another act. Word lists:
``models/lexicons/incident_date.json``.

Limits: words, not the parse: "died Friday after being shot Thursday" is read right,
"shot the man who died Friday" is not; a listed word farther than ``LEFT_WORDS`` words
is not seen. Crime nouns ("murder", "homicide") are no attack words, so "was charged
with murder Thursday" is read as the charge's day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from pipeline.cases.lexicon import load_json
from pipeline.cases.words import WORD, CaseWords, SentenceIndex

# a clause ends at these marks; a full stop after "a.m."/"p.m." or a short capitalised
# abbreviation ("Jan.", "St.", "Sgt.") does not end it
CLAUSE_BREAK = re.compile(
    r"[;:!?()\n\"“”—]|(?<![ap]\.m)(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)\.(?!\w)"
)
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?::\d+)?")
POSSESSIVE = re.compile(r"['’]s\b")
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|that|this)\s+$", re.I)
NOUN_AFTER = re.compile(r"\s+((?:[a-z-]+\s+){0,2}[a-z-]+)")
CLOCK = re.compile(r"(?i)\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b")
WHEN_AFTER = re.compile(r"\W{0,3}(?:[a-z]+\s+){0,2}?when\s+((?:\S+\s+){0,5}\S+)", re.I)
LEFT_WORDS = 8  # words read leftwards from the date
RIGHT_WORDS = 8  # words read rightwards from a date that opens its clause
WINDOW = 90  # characters read on either side

ATTACK_WEIGHT = 0.5  # "was shot Sunday"
SECONDARY_WEIGHT = -0.5  # "died Friday", "was found dead Monday": often a later day
LATER_WEIGHT = -2.0  # "turned himself in Wednesday", "gathered Saturday for a vigil"
LATER_BEFORE_WEIGHT = -3.0  # the word right before: "police said Sunday", "arrested Saturday"
CLOCK_WEIGHT = 1.0  # "around 10:15 p.m. on Saturday": times are given for the incident


@dataclass(frozen=True)
class DateWords:
    """The word lists of ``incident_date.json``."""

    attack: frozenset[str]
    later: frozenset[str]
    secondary: frozenset[str]
    skip: frozenset[str]
    crime_nouns: frozenset[str]


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    """The word lists of ``incident_date.json`` (cached)."""
    data = load_json("incident_date.json")
    return DateWords(
        attack=frozenset(data["attack_words"]),
        later=frozenset(data["later_words"]),
        secondary=frozenset(data["secondary_words"]),
        skip=frozenset(data["skip_words"]),
        crime_nouns=frozenset(data["crime_nouns"]),
    )


def _kind(word: str, words: DateWords) -> str | None:
    if word in words.attack:
        return "attack"
    if word in words.later:
        return "later"
    if word in words.secondary:
        return "secondary"
    return None


def _names_crime(text: str, start: int, end: int, words: DateWords) -> bool:
    """Whether the date modifies a crime noun: "Friday's shooting", "the May 10 home invasion"."""
    possessive = POSSESSIVE.match(text, end)
    if possessive:
        end = possessive.end()
    elif not DETERMINER_BEFORE.search(text[max(0, start - 8) : start]):
        return False
    after = NOUN_AFTER.match(text, end)
    if not after:
        return False
    return any(w in words.attack or w in words.crime_nouns for w in after.group(1).split())


def governing_act(text: str, start: int, end: int, floor: int = 0) -> str | None:
    """ "attack", "secondary", "later" or None: the act the date ``text[start:end]`` dates.

    ``floor`` is the start of the date's sentence: no word before it is read.
    """
    if not text:
        return None
    words = date_words()
    if _names_crime(text, start, end, words):
        return "attack"
    left = text[max(floor, start - WINDOW) : start]
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(left)]
    if breaks:
        left = left[breaks[-1] :]
    content = 0
    for token in reversed(TOKEN.findall(left)[-LEFT_WORDS:]):
        token = token.lower()
        kind = _kind(token, words)
        if kind:
            return kind
        if token not in words.skip:
            content += 1
    right = CLAUSE_BREAK.split(text[end : end + WINDOW], maxsplit=1)[0]
    if content > 1:
        when = WHEN_AFTER.match(right)
        if when and any(_kind(t.lower(), words) == "attack" for t in TOKEN.findall(when.group(1))):
            return "attack"  # "home alone on May 9 when the tragedy occurred"
        return None
    for token in TOKEN.findall(right)[:RIGHT_WORDS]:
        kind = _kind(token.lower(), words)
        if kind:
            return kind
    return None


def later_act_before(text: str, start: int) -> bool:
    """Whether the word just before a date, past ``skip_words`` ("on", "early"), names a
    later act ("police said Sunday", "was arrested on Saturday"; ``later_words``).

    The word must be in the date's clause: "police said. On Sunday, a man was shot" is no
    later act. Limits: only that one word is read; "told reporters Monday" is left to
    ``governing_act``."""
    words = date_words()
    clause = CLAUSE_BREAK.split(text[max(0, start - 30) : start])[-1]
    before = TOKEN.findall(clause.lower())
    while before and before[-1] in words.skip:
        before.pop()
    return bool(before) and before[-1] in words.later


def act_weight(act: str | None, score: float, expression: str, later_before: bool) -> float:
    """The change of a date's score for the act it dates and a clock time in it.

    A later act named by the word right before the date (``later_before``, see
    ``later_act_before``) gives ``LATER_BEFORE_WEIGHT`` and nothing else; otherwise an
    attack adds ``ATTACK_WEIGHT``, a death or discovery ``SECONDARY_WEIGHT``, a later
    act ``LATER_WEIGHT`` (only to a date still scoring above 0: one already penalised
    stays as it is); a clock time ("9:30 p.m. Friday") adds ``CLOCK_WEIGHT`` to a date
    scoring above 0 that no later act, death or discovery governs.
    """
    if later_before:
        return LATER_BEFORE_WEIGHT
    change = 0.0
    if act == "attack":
        change += ATTACK_WEIGHT
    elif act == "secondary":
        change += SECONDARY_WEIGHT
    elif act == "later" and score > 0:
        change += LATER_WEIGHT
    if act not in ("later", "secondary") and score + change > 0 and CLOCK.search(expression):
        change += CLOCK_WEIGHT
    return change


def incident_date(
    dates: list[dict[str, Any]],
    sents: SentenceIndex,
    published: date | None,
    words: CaseWords,
    text: str,
) -> dict[str, Any]:
    """``date``, ``date_start``, ``date_sentence`` and ``date_method`` of the incident.

    Each day- or time-granularity date on or before publication is scored in its
    sentence: +3 when the nearest trigger word is an event word ("shot", "died"; -0.5
    when it is a death or discovery word and no attack word is as near; +2 only when
    court/arrest/funeral words are in the sentence too), +1 when an event word is there
    but a court word is nearer, -1 with court words only; +0.5 for a calendar date
    ("July 17") near an event word; +1 in the first three sentences; +0.5 within a week
    before publication.
    A date right before a verb of a later act ("police on Monday identified";
    ``statement_verbs_after``) gets -3; a bare weekday six days before publication
    ("still in critical condition Wednesday" in a story dated Tuesday: the next day's
    news) gets -2 unless an attack word governs it ("shot at his home Thursday"). The act
    the date governs (``governing_act``: "was shot early Sunday", "died
    Friday", "turned himself in Wednesday") adds +0.5, -0.5 or -2, or -3 when the word
    right before the date names the later act ("police said Sunday", "was arrested on
    Saturday"), a clock time with the day ("about 8:45 p.m. Sunday") +1. Page
    furniture ("Posted: Monday, March 9, 2015 5:12 PM EDT", "updated at 3:17pm on
    August 12, 2013"), embedded tweets ("(@jdoe) May 30, 2016"),
    photo credits ("August 10, 2016 (Sheriff's Office)"), birth dates ("born June 25,
    2001") and clock times with no day ("11 p.m.") are skipped. The best score wins, then the
    earlier sentence, then the earlier date (a shooting comes before the death it
    causes); a best score of 0 or less is no evidence.

    With no day evidence, month, season and year dates are scored the same way: the best
    one, when its period (a range "between June 2014 and September 2015" as a whole)
    ends more than a week before publication, is the incident period: ``date`` is its
    TIMEX3 value ("2014-06", "2014-06/2015-09"), ``date_start`` its first day and
    ``date_method`` event-period.
    """
    best, best_row = _best_date(dates, sents, published, words, text, ("day", "time"))
    if best_row is not None and best is not None and best[0] > 0:
        start = _start_of(best_row)
        return {
            "date": start.isoformat(),
            "date_start": start,
            "date_sentence": best_row.get("sentence"),
            "date_method": "event-sentence",
        }
    best, best_row = _best_date(dates, sents, published, words, text, PERIODS)
    if best_row is not None and best is not None and best[0] > 0:
        start, end = _period_start(best_row), _end_of(best_row)
        if published is None or (end is not None and (published - end).days > PERIOD_GAP_DAYS):
            # "killed ... between June 2014 and September 2015": the period, not the day
            return {
                "date": best_row.get("range") or best_row.get("value"),
                "date_start": start,
                "date_sentence": best_row.get("sentence"),
                "date_method": "event-period",
            }
    if published is not None:
        lowered = [t.lower() for t in sents.texts[:5]]
        for n, sent in enumerate(lowered):
            if any(w in sent for w in words.today_words) and sents.words[n] & words.event_words:
                return {
                    "date": published.isoformat(),
                    "date_start": published,
                    "date_sentence": sents.texts[n].strip(),
                    "date_method": "today",
                }
        return {
            "date": published.isoformat(),
            "date_start": published,
            "date_sentence": None,
            "date_method": "published-fallback",
        }
    return {"date": None, "date_start": None, "date_sentence": None, "date_method": None}


PERIODS = ("month", "season", "quarter", "year")
WEEK_EDGE_DAYS = 6  # "Wednesday" in a story dated Tuesday: six days back, or the next day
PERIOD_GAP_DAYS = 7  # a period ending this close to publication may hold the publication day


def _start_of(row: dict[str, Any]) -> date | None:
    start = row.get("start")
    return date.fromisoformat(start[:10]) if isinstance(start, str) else start


def _end_of(row: dict[str, Any]) -> date | None:
    """The last day of a date row: the end of its range ("between June 2014 and
    September 2015") when it has one, else of the date itself."""
    if row.get("range") and "/" in row["range"]:
        last = row["range"].split("/")[-1]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", last):
            return date.fromisoformat(last)
        if not re.fullmatch(r"\d{4}(?:-\d{2})?", last):
            return None
        year, month = int(last[:4]), int(last[5:7]) if len(last) == 7 else 12
        following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    end = row.get("end")
    return date.fromisoformat(end[:10]) if isinstance(end, str) else end


def _period_start(row: dict[str, Any]) -> date | None:
    """The first day of a date row's range, else of the date itself."""
    first = (row.get("range") or "").split("/")[0]
    if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", first):
        return date.fromisoformat(first if len(first) == 10 else f"{first}-01")
    return _start_of(row)


def _best_date(
    dates: list[dict[str, Any]],
    sents: SentenceIndex,
    published: date | None,
    words: CaseWords,
    text: str,
    granularities: tuple[str, ...],
) -> tuple[tuple[float, int, int] | None, dict[str, Any] | None]:
    """The best-scored date row of these granularities and its key (see ``incident_date``)."""
    best: tuple[float, int, int] | None = None
    best_row: dict[str, Any] | None = None
    for row in dates:
        start = _start_of(row)
        if row.get("granularity") not in granularities or start is None:
            continue
        if published is not None and start > published:
            continue
        if text and _furniture(text, row["start_char"], row["end_char"]):
            continue
        if row.get("granularity") == "time" and not DAY_WORD.search(row.get("text") or ""):
            continue  # "11 p.m." alone says nothing about the day
        n = sents.index(row["start_char"])
        sentence = sents.texts[n].lower()
        at = row["start_char"] - sents.bounds[n][0]
        d_primary = _nearest(sentence, at, words.event_words - words.secondary_event_words)
        d_event = _nearest(sentence, at, words.event_words)
        d_court = _nearest(sentence, at, words.court_words)
        score = 0.0
        if d_event is not None:
            if d_court is None:
                score += 3
            else:  # a court, arrest or funeral sentence may date that event instead
                score += 2 if d_event <= d_court else 1
            if d_primary is None or (d_primary > d_event + 15):
                score -= 0.5  # nearest is a death or discovery word, not the attack
            if MONTH.search(row.get("text") or ""):
                score += 0.5  # "on July 17": a calendar date cited for the event
        elif d_court is not None:
            score -= 1
        later_before = bool(text) and later_act_before(text, row["start_char"])
        if not later_before and text and _statement_after(text, row["end_char"], words):
            score -= 3  # "Police on Monday identified the suspect": the day of a later act
        act = governing_act(text, row["start_char"], row["end_char"], sents.bounds[n][0])
        score += act_weight(act, score, row.get("text") or "", later_before)
        if n < 3:
            score += 1
        if published is not None and (published - start).days <= 7:
            score += 0.5
        if (
            published is not None
            and (published - start).days == WEEK_EDGE_DAYS
            and not MONTH.search(row.get("text") or "")
            and act != "attack"  # "shot at his home Thursday" is read as the attack
        ):
            score -= 2  # a bare weekday named the day after publication's: the next day's news
        key = (score, -n, -start.toordinal())
        if best is None or key > best:
            best, best_row = key, row
    return best, best_row


FURNITURE_BEFORE = re.compile(
    r"(?:posted|updated|published|created|modified|last update[d]?|born|birth|dob)\W{0,3}"
    r"(?:at\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
CLOCK_AFTER = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{2,4}\b", re.I)
# "Jeffrey Doe, August 10, 2016 (County Sheriff's Office)": a photo caption's credit
CREDIT_AFTER = re.compile(
    r"\s*\((?:[^()\n]{0,60}\b(?:Office|Department|Police|Photo|Courtesy|Jail|AP))\)"
)
TWEET_BEFORE = re.compile(r"\(@\w+\)\s*$")  # "— Jane Doe (@jdoe) May 30, 2016": an embedded tweet
ZONE = re.compile(r"\b(?:[ECMP][SD]T|GMT|UTC|BST)\b")


DAY_WORD = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|last night)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}/\d{1,2}"
)
MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d")


def _statement_after(text: str, end: int, words: CaseWords) -> bool:
    """Whether the word right after a date, with no punctuation between, is a verb of a
    statement or later act ("police on Monday identified", "declined Thursday to")
    (``statement_verbs_after``). Limits: "Monday morning said" is not seen."""
    after = re.match(r"\s+([a-z]+)", text[end : end + 20])
    return bool(after) and after.group(1) in words.statement_verbs_after


def _furniture(text: str, start: int, end: int) -> bool:
    """A page timestamp ("Posted: ... 4:43 PM EDT") or a birth date, not an event date."""
    before = text[max(0, start - 25) : start]
    if FURNITURE_BEFORE.search(before) or TWEET_BEFORE.search(before):
        return True
    if ZONE.search(text[start:end]):
        return True
    if CREDIT_AFTER.match(text, end):
        return True
    return bool(CLOCK_AFTER.match(text[end : end + 20]))


def _nearest(sentence: str, at: int, vocabulary: frozenset[str]) -> int | None:
    """Character distance from ``at`` to the nearest word of ``vocabulary``, else None."""
    best = None
    for match in WORD.finditer(sentence):
        if match.group(0) in vocabulary:
            distance = min(abs(match.start() - at), abs(match.end() - at))
            if best is None or distance < best:
                best = distance
    return best
