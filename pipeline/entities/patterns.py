"""Text patterns that name people and places where the statistical model misses them.

People: a name after an age ("20-year-old Neely Garner", "47-yo Demetrius Wilkes",
"10-month-old Justice Burrell", "her 24 year old granddaughter Kianna Brand"),
before an age ("Tabitha Bowen, 21", also after an alias: "Tyrone Pryce, aka Pryce,
26"), before "was shot" ("Treyvon Edmonds of Elmvale was killed"), a quoted nickname between
a given name and a surname ('Takeesha "KiKi" Fulmer'), after "death of" / "murder of",
after "identified as" / "named" / "his name is" / "the boy to be", or before an
apposition ("Ines Marlow, the victim’s mother,", "Kasimir Dole, who"). An office before
the name is cut ("Elmvale Fire Captain Ned Voss" gives "Ned Voss").
Places: a name before lower-case "police" ("Albuquerque police"), before a resident or
event noun ("a Memphis man", "the Lookout Mountain home", "accidental Palm Bay
shooting"), or after "in", "near", "outside", "town of", "north of" ("in Elsmere").

Limits: English news conventions only; names must be capitalised words; a one-word place
is never a common English word ("the town of Bell" is missed), and "in"/"near"/"outside"
never take a name starting with a given name or a common word ("in Jackson" is missed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.alternation import alternatives
from pipeline.claims.lexicons import person_nouns
from pipeline.claims.lexicons import words as lexicon
from pipeline.entities.lexicons import (
    MONTHS_AND_DAYS,
    common_words,
    first_names,
    is_title_word,
    kin_same_surname,
    name_heads,
    not_people,
    place_prefixes,
    state_for,
)
from pipeline.entities.people import SUFFIXES, written_in_lower_case
from pipeline.entities.places import is_town
from pipeline.records import Mention

PERSON_PATTERN = "rule:person-pattern"
PLACE_PATTERN = "rule:place-pattern"
PLACE_PREPOSITION = "rule:place-preposition"
_ARTICLES = {"The", "A", "An"}

_WORD = r"(?:[A-Z]\.|[A-Z][\w'’\-]+)"
_NICKNAME = r"(?:[\"“][^\"”\n]{1,20}[\"”]+[ ])?"
_NAME = rf"{_WORD}(?:[ ]{_NICKNAME}{_WORD}){{1,3}}"
# "her 24 year old granddaughter Kianna Brand", "Her 10-year old sister, Betzi Castel"
_KIN_OR_ROLE = (
    r"son|daughter|brother|sister|granddaughter|grandson|nephew|niece|cousin|friend|"
    r"girlfriend|boyfriend|wife|husband|victim|suspect|boy|girl|man|woman|student"
)
_PERSON_PATTERNS = [
    re.compile(
        r"\b(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)[- ](?:(?:year|month|week)s?[- ]olds?|yo|y/o),?[ ]"
        rf"(?:(?:{_KIN_OR_ROLE}),?[ ])?(?P<name>{_NAME})"
    ),
    # "Tabitha Bowen, 21", "Tyrone Pryce, aka Pryce, 26"
    re.compile(
        rf"(?P<name>{_NAME})(?:,?[ ](?:aka|a\.k\.a\.|a/k/a|also known as)[ ][^,;\n]{{1,30}})?"
        r"\.?,[ ]?\(?\d{1,2}\)?(?=[,;.)\s])"
    ),
    re.compile(
        rf"(?P<name>{_NAME})\.?(?:[ ]of[ ]{_WORD}(?:[ ]{_WORD})?,?)?"
        r"[ ](?:was|were|is|has been|had been)[ ](?:fatally[ ])?"
        r"(?:shot|killed|wounded|injured|hurt|arrested|charged|found|pronounced|taken|"
        r"identified|booked|hit|struck|sentenced|convicted|indicted|accused)\b"
    ),
    re.compile(rf"\bidentified[ ](?:[\w'’\-]+[ ]){{0,8}}?as[ ](?P<name>{_NAME})"),
    re.compile(
        r"\b(?:named|arrested|charged|booked|indicted|sentenced|convicted|killed|shot|victim|"
        rf"suspect|gunman|shooter)[ ](?:as[ ])?(?P<name>{_NAME})"
    ),
]
# weaker: "death of Dorian Hale", never "death of Internet Explorer 6"
_DEATH_OF = re.compile(
    r"\b(?:death|deaths|murder|murders|killing|killings|slaying|homicide|shooting)"
    rf"[ ]of[ ](?P<name>{_NAME})(?![ ]?\d)"
)
_PERSON_PATTERNS.append(_DEATH_OF)
# a nickname in quotes between a given name and a surname is a person's: 'Takeesha "KiKi"
# Fulton', "Ezekiel “Junior” Bravard Jr."
_NICKNAMED = re.compile(
    r"(?<![\w’'\-])(?P<name>[A-Z][a-z][\w’'\-]*[ ]"
    r"[\"“][A-Z][^\"”\n]{0,19}[\"”]+[ ]"
    r"[A-Z][\w’'\-]+(?:[ ](?:Jr|Sr)\b\.?|[ ](?:II|III|IV)\b)?)"
)
_PERSON_PATTERNS.append(_NICKNAMED)
# and so is one in brackets, one or two capitalised words: "Earl (Scooter) Fenn" (not "The
# Joplin (Mo.) Globe", "Explosives (ATF) Detroit"); never when the text also writes the
# bracketed word before the surname ("Tia (Mara) Holt" ... "Mara Holt": the bracket holds
# the given name the article uses, and the whole would make a second person)
_BRACKETED = re.compile(
    r"(?<![\w’'\-])(?P<name>[A-Z][a-z][\w’'\-]*[ ]"
    r"\((?P<nick>[A-Z][a-z][\w’'\-]*(?:[ ][A-Z][a-z][\w’'\-]*)?)\)[ ]"
    r"(?P<surname>[A-Z][a-z][\w’'\-]+)(?:[ ](?:Jr|Sr)\b\.?|[ ](?:II|III|IV)\b)?)"
)
_PERSON_PATTERNS.append(_BRACKETED)
# a known given name, a middle initial and a surname, with no capitalised word or
# abbreviation right before it nor a capitalised word after it: "Lorna J. Pettibone"
# (not "USS Harry S. Truman", "the Robert E. Lee High School")
_INITIALED = re.compile(
    r"(?<![\w’'.\-])(?P<name>(?P<given>[A-Z][a-z]+)[ ][A-Z]\.[ ]"
    r"(?P<surname>[A-Z][a-z][\w’'\-]*[a-z]))(?![\w’'\-])(?![ ][A-Z])"
)
_PERSON_PATTERNS.append(_INITIALED)
# cheap tests that skip a costly pattern in texts where it cannot match
_GATES = {
    _BRACKETED: re.compile(r"\([A-Z][a-z][^()\n]{0,30}\)[ ][A-Z]"),
    _INITIALED: re.compile(r"[ ][A-Z]\.[ ][A-Z]"),
}
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'.\-]*[ ]$")
# a name given as someone's name: "the boy's name is Oren Vale", "his name was Ty Lam"
# (the owner before "name" is checked by ``_cue_word_before``)
_NAME_IS = re.compile(rf"[ ]name[ ](?:is|was)[ ](?P<name>{_NAME})")
_PERSON_PATTERNS.append(_NAME_IS)
# a name after a person noun and "to be": "confirmed the baby to be Oren Vale" (the noun
# checked by ``_cue_word_before``)
_TO_BE = re.compile(rf"[ ]to[ ]be[ ](?P<name>{_NAME})")
_PERSON_PATTERNS.append(_TO_BE)
_OWNERS = frozenset({"his", "her", "their"})


def _cue_word_before(pattern: re.Pattern[str], text: str, at: int) -> bool:
    """Whether the word before ``at`` cues the name that ``_NAME_IS`` or ``_TO_BE`` found:
    an owner ("his", "their", "the boy's") before "name is", a person noun ("baby") before
    "to be"."""
    before = text[max(0, at - 30) : at].split()
    word = before[-1] if before else ""
    if pattern is _NAME_IS:
        return word in _OWNERS or word.endswith(("'s", "’s"))
    return word in person_nouns()


# words that open a clause or phrase: "Mercy Hospital, the place where the victim", "Elm
# Street, a block from the man" read no person noun as the name's apposition
_CLAUSE_WORDS = (
    r"(?:where|who|whom|whose|which|that|when|while|and|or|but|of|in|at|on|for|with|to|"
    r"by|from|near|after|before|than|said|says|told)"
)


# a name that ends where the text ends (``search`` with ``endpos`` at an apposition's comma)
_NAME_AT_END = re.compile(rf"(?P<name>{_NAME})$")


class _Apposition:
    """Names before an apposition: a comma and "who", or "the", "a", "an" or a possessive
    pronoun before a person or kin noun (``person_nouns``, ``kin_same_surname``) that
    punctuation, "who" or "of" closes: "Ines Marlow, the victim’s mother,", "Ivo Brandt,
    an unarmed man who", "Kasimir Dole, who". ``finditer`` finds the apposition first (it
    opens with a comma, quick to scan for), then the name of up to four words ending at its
    comma. Limits: an apposition closed otherwise ("Ivo Brandt, a father to three") is not
    read."""

    def __init__(self) -> None:
        nouns = alternatives(person_nouns() | kin_same_surname())
        self.apposition = re.compile(
            rf",[ ](?:who\b|(?:the|an?|his|her|their)[ ]"
            rf"(?:(?!{_CLAUSE_WORDS}\b)[\w’'\-]+[ ]){{0,3}}?(?:{nouns})"
            r"(?=[,.;:)]|[ ](?:who|whose|of)\b))"
        )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for found in self.apposition.finditer(text):
            comma = found.start()
            name = _NAME_AT_END.search(text, max(0, comma - 80), comma)
            if name is not None:
                yield name


@lru_cache(maxsize=1)
def _apposed_noun() -> _Apposition:
    """The one ``_Apposition`` (its noun list read once)."""
    return _Apposition()


def _not_apposed_name(words: list[str], text: str) -> bool:
    """Whether the words before an apposition are no name: with no given name first, a
    common word ("Back Then", "Elmvale Garden Guild") or an opening word ``text`` writes in
    lower case ("In Harlem"); a place prefix first ("San Bernardino"), a town or a state."""
    name = " ".join(words)
    first = words[0]
    return (
        (
            first not in first_names()
            and (
                any(w.lower() in common_words() for w in words)
                or written_in_lower_case(first, text)
            )
        )
        or words[0] in place_prefixes()
        or is_town(name)
        or state_for(name) is not None
    )


_PLACE_WORDS = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}"
_PLACE_PATTERNS = [
    re.compile(rf"(?P<name>{_PLACE_WORDS})[ ]police\b"),
    re.compile(
        r"(?:\b[a-z]+|\b(?:An?|The)|\b\d{1,2}|^|[,\"“(])[ ]"
        rf"(?:\d{{1,3}}-year-old[ ])?(?P<name>{_PLACE_WORDS})[ ]"
        r"(?:man|men|woman|women|boy|girl|teen|teens|teenager|resident|residents|couple|family|"
        r"home|native|neighborhood|neighbourhood|apartment|house|shooting|killing|murder|"
        r"homicide|area|community)\b"
    ),
    re.compile(
        rf"\b(?:town of|city of|village of|suburb of|(?:north|south|east|west)(?:east|west)? of)"
        rf"[ ](?P<name>{_PLACE_WORDS})(?=[,.;:]?\s|[’']s\b)"
    ),
    # "Brian Boyne, 31, of Jackson," / "both 31 and of Jackson,"
    re.compile(rf"\b\d{{1,2}},?[ ](?:and[ ])?of[ ](?P<name>{_PLACE_WORDS})(?=[,.;])"),
    # weakest: never a given name ("in Jackson" may be a person's house)
    re.compile(rf"\b(?:in|near|outside)[ ](?P<name>{_PLACE_WORDS})(?=[,.;:]?\s|[’']s\b)"),
]


# "a stolen ", "an old ": an indefinite article and lower-case words right before a name
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)[ ](?P<words>(?:[a-z][\w\-]*[ ]){0,2})$")


def _thing_before(text: str, start: int) -> bool:
    """Whether an indefinite article, alone or with one or two lower-case words that are
    neither ages, titles nor person nouns ("a stolen", not "an off-duty officer" or "a
    nineteen-year-old"), comes right before ``start``: the name is a thing's."""
    before = _INDEFINITE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    words = before.group("words").split()
    return not any(
        w.endswith(("-old", "-olds")) or is_title_word(w) or w in lexicon("person_nouns")
        for w in words
    )


def _plausible_name(words: list[str]) -> bool:
    if len(words) < 2 or words[0] in MONTHS_AND_DAYS or words[-1] in name_heads():
        return False
    if any(
        w.isupper() and len(w) > 1 and w[:1] not in '"“' and (i == 0 or w.lower() not in SUFFIXES)
        for i, w in enumerate(words)
    ):
        return False  # capitals, but a quoted nickname may be ('James “J.R.” Gunderson'), and
        # so may a generation suffix after the name ("Bobbie Odell III")
    return not all(w.lower().rstrip(".") in common_words() for w in words)


# a spelled-out or hyphenated age as a word: "Thirty-one-year-old", "10-month-olds"
AGE_WORD = re.compile(r"(?i)-(?:year|month|week)s?-olds?$")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a line, a sentence (after ". ", a quote, a dash
    or a colon) or an item of a run-in list (after ")" or ";": "Bo Kahn, 23 (shot)
    Wounded Ida Lenz, 50")."""
    before = text[max(0, start - 20) : start].rstrip(" \t")
    return start == 0 or (bool(before) and before[-1] in ".!?\n\"“‘'—:);")


def _person_noun(words: list[str], text: str, start: int) -> bool:
    """Whether the first of ``words``, at ``start``, is a capitalised person noun
    ("Victim Dorian Pell"; ``person_nouns.txt``) or a common English word ("Family
    Handout Alexa Merton"), no listed given name, before two or more words; a common word
    must also be written in lower case in the text while opening a line, sentence or list
    item (where labels such as "Courtesy" or "Wounded" sit), or the rest of the name be written
    without it ("Alexa Merton, 3, died"). Limits: a rare given name that is a common word
    ("Marquise Santon Beam") is cut when the text also names "Santon Beam" alone, or when
    it opens a sentence and is written in lower case elsewhere ("Sincere Tyrell Gaines"
    first in a paragraph beside "a sincere apology")."""
    word = words[0].lower()
    if len(words) < 3 or words[0] in first_names():
        return False
    if word in lexicon("person_nouns"):
        return True
    if word not in common_words():
        return False
    rest = " ".join(words[1:])
    alone = any(not text[:k].rstrip().endswith(words[0]) for k in _find_all(text, rest))
    return alone or (_opens_sentence(text, start) and written_in_lower_case(word, text))


def _find_all(text: str, form: str) -> list[int]:
    """Start offsets of every occurrence of ``form`` in ``text``."""
    found, k = [], text.find(form)
    while k != -1:
        found.append(k)
        k = text.find(form, k + 1)
    return found


_DAY_NUMBER = re.compile(r"[ ]\d{1,2}(?:st|nd|rd|th)?\b(?![-/.:]?\d|[- ](?:year|month|week))")


def _calendar_after(word: str, text: str, end: int) -> bool:
    """Whether ``word``, the last word of a name ending at ``end``, is a weekday or a month
    with a day number after it ("Dalton Edmonds Wednesday night", "Lyle Vance January
    1"): the date written after the name, not its surname. Limits: a month with no day
    after it stays ("Tobias May, 26"; "Jenna May said")."""
    if word not in MONTHS_AND_DAYS:
        return False
    if word.endswith("day"):
        return True
    return _DAY_NUMBER.match(text, end) is not None


def _given_name_after_age(pattern: re.Pattern[str], words: list[str]) -> bool:
    """Whether a title word first is a given name: right after an age, a listed given name
    before a surname alone ("10-month-old Justice Arno", "21-year-old Major Tull"). Limits:
    "a 40-year-old Major Tull" the army officer keeps the rank as his given name."""
    return pattern is _PERSON_PATTERNS[0] and len(words) == 2 and words[0] in first_names()


def _after_inner_title(words: list[str]) -> range:
    """Indices of the words up to the last title word inside a name, that title word
    included ("Elmvale Fire Captain Ned": 0-2): an office ("Elmvale Fire Captain") before
    the name. A title word last is a surname ("Darius Bishop") and is kept."""
    inner = [k for k, word in enumerate(words[:-1]) if k and is_title_word(word)]
    return range(inner[-1] + 1) if inner else range(0)


# a line that is a name in capitals, then a paragraph opening with its surname
_CAPS_HEADING = re.compile(
    r"(?m)^(?P<name>[A-Z][A-Z’'\-]+(?:[ ](?:[A-Z]\.|[A-Z][A-Z’'\-]+)){1,3}):?[ \t]*\n\s*"
    r"(?P<next>[A-Z][a-z’'\-]+)\b"
)


def heading_names(text: str) -> list[Mention]:
    """Names written in capitals as a heading line of their own, the next paragraph
    opening with the surname: "ODA VRANE:" then "Vrane, 40, was ...". The first word is a
    known given name, or no word is a common English word ("BREAKING NEWS:" then "News
    ..." is no name). Limits: a heading whose paragraph opens otherwise ("ODA VRANE" then
    "She ...") is not read."""
    found = []
    for match in _CAPS_HEADING.finditer(text):
        words = match["name"].split()
        if match["next"].upper() != words[-1] or len(words[-1]) < 2:
            continue
        if words[0].title() not in first_names() and any(
            w.lower() in common_words() for w in words
        ):
            continue
        start, end = match.span("name")
        found.append(Mention(start, end, match["name"], "PERSON", PERSON_PATTERN))
    return found


def person_mentions(text: str) -> list[Mention]:
    """PERSON mentions found by the patterns (titles at the start are skipped), and
    names heading a paragraph (``heading_names``)."""
    found = heading_names(text) if "\n" in text else []
    apposed = _apposed_noun()
    for pattern in (*_PERSON_PATTERNS, apposed):
        if (gate := _GATES.get(pattern)) is not None and gate.search(text) is None:
            continue
        for match in pattern.finditer(text):
            if pattern in (_NAME_IS, _TO_BE) and not _cue_word_before(pattern, text, match.start()):
                continue
            start, end = match.span("name")
            words = match.group("name").split()
            while words and (
                (is_title_word(words[0]) and not _given_name_after_age(pattern, words))
                or words[0] in _ARTICLES
                or _person_noun(words, text, start)
                or AGE_WORD.search(words[0]) is not None  # "Thirty-one-year-old Adam Roe"
            ):
                start += len(words[0]) + 1
                words.pop(0)
            for k in _after_inner_title(words):  # "Elmvale Fire Captain Ned Voss": "Ned Voss"
                start += len(words[k]) + 1
            words = words[len(_after_inner_title(words)) :]
            for suffix in ("'s", "’s"):
                if words and words[-1].endswith(suffix):  # "Hector Marten's upper back"
                    words[-1] = words[-1][: -len(suffix)]
                    end -= len(suffix)
            if words and words[-1].endswith(".") and len(words[-1]) > 3:
                words[-1] = words[-1][:-1]
                end -= 1
            while len(words) > 1 and _calendar_after(words[-1], text, end):
                end -= len(words[-1]) + 1  # "20-year-old Lyle Vance January 1, 2013"
                words.pop()  # also "Tomas Brill Friday's shooting", "... Brill Friday."
            if pattern is not _INITIALED and not _plausible_name(words):
                continue  # "W. He was shot" (a middle initial passes only in _INITIALED)
            if words[0].lower() in not_people():
                continue  # "a stolen Honda Accord was found"
            if _thing_before(text, start):
                continue  # "an unmarked Crown Victoria was hit": a thing, not a person
            if apposed is pattern and _not_apposed_name(words, text):
                continue  # "In Harlem, a man", "San Bernardino, a woman"
            if pattern is _INITIALED and (
                match["given"] not in first_names()
                or match["surname"].lower() in common_words()
                or match["surname"] in name_heads()
                or _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
            ):
                continue  # "Grant T. Park", "USS Harry S. Truman"
            if pattern is _BRACKETED and f"{match['nick']} {match['surname']}" in text:
                continue  # "Tia (Mara) Holt" ... "Mara Holt"
            if pattern in (_NICKNAMED, _BRACKETED) and (
                (words[0].lower() in common_words() and words[0] not in first_names())
                or (
                    words[-1].lower().rstrip(".") in common_words()
                    and words[-1].lower().rstrip(".") not in SUFFIXES
                    and written_in_lower_case(words[-1].rstrip("."), text)
                )
            ):
                continue  # 'Watch "Live" Now', not 'Mateo “Chico” Tango'
            if (
                pattern is _DEATH_OF
                and words[0] not in first_names()
                and any(w.lower() in common_words() for w in words)
            ):
                continue  # "death of Internet Explorer"
            found.append(Mention(start, end, text[start:end], "PERSON", PERSON_PATTERN))
    return found


def place_mentions(text: str) -> list[Mention]:
    """GPE mentions found by the patterns; never a given name, month or common word."""
    found = []
    for pattern in _PLACE_PATTERNS:
        weakest = pattern is _PLACE_PATTERNS[-1]
        for match in pattern.finditer(text):
            name = match.group("name").rstrip(".")
            words = name.split()
            while len(words) > 1 and words[-1] in MONTHS_AND_DAYS:
                words.pop()  # "in Chattanooga Sunday"
            name = " ".join(words)
            if (weakest and words[0] in first_names()) or words[0] in MONTHS_AND_DAYS:
                continue
            if any(is_title_word(w) for w in words) or (
                weakest and words[0].lower() in common_words()
            ):
                continue
            if all(w.lower() in common_words() for w in words) and len(words) == 1:
                continue
            if any(w.isupper() for w in words) or name_heads().get(words[-1], "GPE") != "GPE":
                continue
            start = match.start("name")
            method = PLACE_PREPOSITION if weakest else PLACE_PATTERN
            found.append(Mention(start, start + len(name), name, "GPE", method))
    return found
