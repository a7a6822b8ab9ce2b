"""Text patterns that name people and places where the statistical model misses them.

People: a name after an age ("20-year-old Neely Garner", "47-yo Demetrius Wilkes",
"her 24 year old granddaughter Kianna Brand"),
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from pipeline.alternation import alternatives
from pipeline.claims.lexicons import after_place_preposition, person_nouns
from pipeline.claims.lexicons import words as lexicon
from pipeline.claims.people import NICKNAME_OPENERS
from pipeline.entities.lexicons import (
    MONTHS_AND_DAYS,
    common_words,
    first_names,
    is_title_word,
    kin_same_surname,
    name_heads,
    name_particles,
    not_people,
    place_prefixes,
    state_for,
    street_words,
)
from pipeline.entities.people import SUFFIXES, written_in_lower_case
from pipeline.entities.places import is_town
from pipeline.records import Mention

PERSON_PATTERN = "rule:person-pattern"
# a pattern name before ", who": it replaces an organisation or place mention only when
# ``strong_who_name`` ("The Elmvale Hawks, who" may be a team's)
APPOSED_WHO = "rule:person-before-who"
PLACE_PATTERN = "rule:place-pattern"
PLACE_PREPOSITION = "rule:place-preposition"
_ARTICLES = {"The", "A", "An"}

_WORD = r"(?:[A-Z]\.|[A-Z][\w'’\-]+)"
# a capital after the quote, or "the" then a capital: 'Carl "the Bull" Hatch', not "Tom Rowe
# 'without incident'"
_NICKNAME = r"(?:[\"“‘'](?:the[ ])?[A-Z][^\"”’'\n]{0,19}[\"”’']+[ ])?"
# no name opens inside a quote: not "Bo' Hatch" of "Carl 'Bo' Hatch"
_NAME = rf"(?<![‘']){_WORD}(?:[ ]{_NICKNAME}{_WORD}){{1,3}}"
# "her 24 year old granddaughter Kianna Brand", "Her 10-year old sister, Betzi Castel"
_KIN_OR_ROLE = (
    r"son|daughter|brother|sister|granddaughter|grandson|nephew|niece|cousin|friend|"
    r"girlfriend|boyfriend|wife|husband|victim|suspect|boy|girl|man|woman|student"
)
# a name after an age: "20-year-old Neely Garner", "her 24 year old granddaughter Kia Brand"
_AFTER_AGE = re.compile(
    r"\b(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)[- ](?:(?:year|month|week)s?[- ]olds?|yo|y/o),?[ ]"
    rf"(?:(?:{_KIN_OR_ROLE}),?[ ])?(?P<name>{_NAME})"
)
# the plain patterns: no test of their own beyond ``person_mentions``'s shared ones
_PLAIN_PERSON_PATTERNS = (
    _AFTER_AGE,
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
)
# weaker: "death of Dorian Hale", never "death of Internet Explorer 6"
_DEATH_OF = re.compile(
    r"\b(?:death|deaths|murder|murders|killing|killings|slaying|homicide|shooting)"
    rf"[ ]of[ ](?P<name>{_NAME})(?![ ]?\d)"
)
# a nickname in quotes or brackets between a given name and a surname is a person's:
# 'Takeesha "KiKi" Fulton', "Ezekiel “Junior” Bravard Jr.", "Dion 'Doggy' Lamb", "Orvel
# (Scoop) Pask" (``_keep_nicknamed`` tests the brackets: "Taya (Wilta) Wordsworth" may hold
# the given name the article uses elsewhere, "Montgomery (Ala.) Advertiser" a place)
_NICKNAMED = re.compile(
    r"(?<![\w’'\-])(?P<name>[A-Z][a-z][\w’'\-]*[ ]"
    r"(?:[\"“‘'][A-Z][^\"”’'\n]{0,19}[\"”’']+|\((?P<bracketed>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\))[ ]"
    r"[A-Z][\w’'\-]+(?:[ ](?:Jr|Sr)\b\.?|[ ](?:II|III|IV)\b)?)"
)
# a known given name, a middle initial and a surname, with no capitalised word or
# abbreviation right before it nor a capitalised word after it: "Lorna J. Pettibone"
# (not "USS Harry S. Truman", "the Robert E. Lee High School")
_INITIALED = re.compile(
    r"(?<![\w’'.\-])(?P<name>(?P<given>[A-Z][a-z]+)[ ][A-Z]\.[ ]"
    r"(?P<surname>[A-Z][a-z][\w’'\-]*[a-z]))(?![\w’'\-])(?![ ][A-Z])"
)
# the middle initial after a lower-case letter: where ``_Initialed`` tries ``_INITIALED``
_INITIAL_AFTER_WORD = re.compile(r"(?<=[a-z])[ ][A-Z]\.[ ][A-Z]")


class _Initialed:
    """``_INITIALED`` as a finder: ``finditer`` tries the pattern only at the word before
    each middle initial (the pattern scanned over the whole text cost more than all the
    other new patterns)."""

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for hit in _INITIAL_AFTER_WORD.finditer(text):
            start = hit.start()
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            match = _INITIALED.match(text, start)
            if match is not None:
                yield match


# a capitalised word or abbreviation ("Dr.", "USS") right before a name
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'.\-]*[ ]$")
# a name given as someone's name: "the boy's name is Oren Vale", "his name was Ty Lam"
# (the owner before "name" is checked by ``_owner_before``)
_NAME_IS = re.compile(rf"[ ]name[ ](?:is|was)[ ](?P<name>{_NAME})")
# a name after a person noun and "to be": "confirmed the baby to be Oren Vale" (the noun
# checked by ``_person_noun_before``); a listed given name first (or any after "identified"
# / "confirmed"), no common or title word last ("the first woman to be House Speaker")
_TO_BE = re.compile(rf"[ ]to[ ]be[ ](?P<name>{_NAME})")
_OWNERS = frozenset({"his", "her", "their"})


def _owner_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` ("name is") is an owner that is a person ("his",
    "their", "the boy's", "her son's"; not "the church's")."""
    before = text[max(0, at - 30) : at].split()
    word = before[-1] if before else ""
    owner = word.lower()[:-2] if word.endswith(("'s", "’s")) else None
    return word in _OWNERS or owner in person_nouns() or owner in kin_same_surname()


def _person_noun_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` ("to be") is a person noun ("baby")."""
    before = text[max(0, at - 30) : at].split()
    return (before[-1] if before else "") in person_nouns()


# words that open a clause or phrase: "Mercy Hospital, the place where the victim", "Elm
# Street, a block from the man" read no person noun as the name's apposition
_CLAUSE_WORDS = (
    r"(?:where|who|whom|whose|which|that|when|while|and|or|but|of|in|at|on|for|with|to|"
    r"by|from|near|after|before|than|said|says|told)"
)


# a hyphenated origin word before a name, no part of it: "Texas-born", "Leeds-based"
_ORIGIN_WORD = re.compile(r"-(?:born|based)$")

# a name that ends where the text ends (``search`` with ``endpos`` at an apposition's comma)
_NAME_AT_END = re.compile(rf"(?P<name>{_NAME})$")


@lru_cache(maxsize=1)
def _particle_name_at_end() -> re.Pattern[str]:
    """``_NAME_AT_END`` with one or two particles (``name_particles``) before any word but
    the first: "Maria de la Cruz Lopez", "Jan van Dijk". The group ``particle`` sits in a
    repeated group: Python keeps its last capture when later repetitions skip it, so it
    is set whenever any word had a particle before it, not only the last word."""
    particle = alternatives(w for w in name_particles() if w.isalpha())
    return re.compile(
        rf"(?P<name>(?P<given>{_WORD})(?:[ ](?P<particle>(?:{particle})[ ]){{0,2}}{_WORD}){{1,3}})$"
    )


# where a capitalised word starts (a candidate start of a name with particles)
_CAPITALISED_START = re.compile(r"(?<![\w’'.\-])[A-Z]")


def _particle_name_before(text: str, comma: int) -> re.Match[str] | None:
    """The leftmost name with particles ending at ``comma`` whose first word is a listed
    given name, tried from each capitalised word of the 80 characters before it ("On
    Tuesday Maria de la Cruz Lopez": "Maria ..."), or None."""
    start = max(0, comma - 80)
    pattern = _particle_name_at_end()
    for word in _CAPITALISED_START.finditer(text, start, comma):
        name = pattern.match(text, word.start(), comma)
        if name is not None and name["particle"] and name["given"] in first_names():
            return name
    return None


class _Apposition:
    """Names before an apposition: a comma and "who", or "the", "a", "an" or a possessive
    pronoun before a person or kin noun (``person_nouns``, ``kin_same_surname``) that
    punctuation, "who" or "of" closes: "Ines Marlow, the victim’s mother,", "Ivo Brandt,
    an unarmed man who", "Kasimir Dole, who". ``readings`` finds the apposition first (it
    opens with a comma, quick to scan for), then the names that may end at its comma, best
    first: one with particles (``_particle_name_before``: "Maria de la Cruz Lopez, who",
    "Neighbor Maria de la Cruz Lopez, who") unless a listed given name stands right before
    it, then the capitalised words right before the comma (up to four) unless a capitalised
    word or initial that is no title stands right before them (the name is longer than the
    pattern sees: "Bruce L Castor Jr, who", "Juan Carlos Ortiz Mendez Ruiz, who"); the
    caller keeps the first reading its tests accept ("a Mercedes van Kelsey Dunmore, who":
    "Kelsey Dunmore"). Limits: an apposition closed otherwise ("Ivo Brandt, a father to
    three") is not read; a particle name of more than four words is not read."""

    def __init__(self) -> None:
        nouns = alternatives(person_nouns() | kin_same_surname())
        self.apposition = re.compile(
            rf",[ ](?:who\b|(?:the|an?|his|her|their)[ ]"
            rf"(?:(?!{_CLAUSE_WORDS}\b)[\w’'\-]+[ ]){{0,3}}?(?:{nouns})"
            r"(?=[,.;:)]|[ ](?:who|whose|of)\b))"
        )

    def readings(self, text: str) -> Iterator[tuple[re.Match[str], ...]]:
        for found in self.apposition.finditer(text):
            comma = found.start()
            names = []
            particle = _particle_name_before(text, comma)
            if particle is not None:
                before = CAPITALISED_BEFORE.search(
                    text, max(0, particle.start() - 30), particle.start()
                )
                if before is None or before.group().strip() not in first_names():
                    names.append(particle)
            name = _NAME_AT_END.search(text, max(0, comma - 80), comma)
            if name is not None:
                before = CAPITALISED_BEFORE.search(text, max(0, name.start() - 30), name.start())
                if before is None or is_title_word(before.group().strip()):
                    names.append(name)
            if names:
                yield tuple(names)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for names in self.readings(text):
            yield names[0]


@lru_cache(maxsize=1)
def _apposed_noun() -> _Apposition:
    """The one ``_Apposition`` (its noun list read once)."""
    return _Apposition()


def may_be_full_name(words: list[str], text: str = "") -> bool:
    """Whether ``words`` (title-cased when written in capitals) may be a person's full
    name: 2-4 capitalised words, none a title, street, calendar, organisation ("LLP") or
    place-head word ("County", "Police"); a common word only as a listed given name first
    ("Rose Lenz") or as the last word after one ("Ty Banks"); not a place: no place prefix
    first ("San", "Santa", "Glen"), not a town or state whole or by its first two words
    ("Glen Burnie ..."), and a first word that is a town or state is a listed given name
    ("Dallas Reyes", not "Elmvale Commons"). With ``text``, the first word is never
    written in lower case there. Shared by the apposition, heading, "name is" and paired
    name rules. Limits: a team or firm named after a given name and a surname-like word
    ("Carolina Panthers") passes; callers add their own context checks."""
    if not 2 <= len(words) <= 4 or words[0] in place_prefixes():
        return False
    last = len(words) - 1
    for k, word in enumerate(words):
        bare = word.replace("-", "").replace("'", "").replace("’", "")
        lower = word.lower()
        if not (word[:1].isupper() and bare.isalpha()) or word in MONTHS_AND_DAYS:
            return False
        if is_title_word(word) or lower in street_words() or word in name_heads():
            return False
        if lower in lexicon("org_words"):
            return False
        if lower in common_words() and not (
            (k == 0 and word in first_names()) or (k == last and words[0] in first_names())
        ):
            return False
    first = words[0]
    if is_town(" ".join(words)) or is_town(" ".join(words[:2])):
        return False
    if state_for(" ".join(words)) is not None:
        return False
    if (is_town(first) or state_for(first) is not None) and first not in first_names():
        return False
    return not (text and written_in_lower_case(first, text))


def _place_like(word: str) -> bool:
    """Whether ``word`` is a place: a town, a state or state abbreviation ("Missouri",
    "Mo."), a place prefix ("Fort") or a street or place-head word ("Kingsway", "Park")."""
    return (
        is_town(word)
        or state_for(word, allow_postal=True) is not None
        or word in place_prefixes()
        or word.lower() in street_words()
        or word in name_heads()
    )


def plural_of_common(word: str) -> bool:
    """Whether ``word`` is a plural of a common English word ("Cowboys", "Rockets")."""
    return word.endswith("s") and word[:-1].lower() in common_words()


def common_or_plural(word: str) -> bool:
    """Whether ``word`` is a common English word or a plural of one ("Charged", "Cowboys")."""
    return word.lower() in common_words() or plural_of_common(word)


_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he[ ]$")


def _apposed_name(words: list[str], text: str, start: int, who: bool) -> bool:
    """Whether the words before an apposition, at ``start``, may be a person's name
    (``may_be_full_name``); a suffix ("Jr", "II") last is no name word ("Castor Jr, who"
    is one word). Before ", who", which follows teams and firms as well, no "the" before
    the name and no common word or plural of one last ("The Elmvale Hawks, who", "Carolina
    Panthers, who", "Crystal Palace, who")."""
    while words and words[-1].lower() in SUFFIXES:
        words = words[:-1]
    words = [w for w in words if w not in name_particles()]  # "Maria de la Cruz Lopez"
    if not may_be_full_name(words, text):
        return False
    return not who or (
        not common_or_plural(words[-1])
        and _THE_BEFORE.search(text, max(0, start - 4), start) is None
    )


def strong_who_name(name: str) -> bool:
    """Whether a name before ", who" may replace a mention the NER gave an organisation or
    place label: a listed given name first that is no town or state, no common word last
    ("Mercy Health, who", "Orlando Magic, who" stay organisations)."""
    words = name.split()
    return (
        words[0] in first_names()
        and not is_town(words[0])
        and state_for(words[0]) is None
        and words[-1].lower() not in common_words()
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
        w.isupper()
        and len(w) > 1
        and w[:1] not in "\"“‘'"
        and (i == 0 or w.lower() not in SUFFIXES)
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


def _after_inner_title(words: list[str]) -> int:
    """How many words an office before the name takes, up to its last title word
    ("Elmvale Fire Captain Ned": 3): only when a word before that title is a common word
    or the first is no listed given name ("Sacha Baron Cohen", "Ann Bishop Ross" are
    names). A title word last is a surname ("Darius Bishop") and is kept."""
    inner = [k for k, word in enumerate(words[:-1]) if k and is_title_word(word)]
    if not inner:
        return 0
    office = words[: inner[-1]]
    if office[0] in first_names() and not any(w.lower() in common_words() for w in office):
        return 0
    return inner[-1] + 1


# a line that is a name in capitals, then a paragraph opening with its surname (a comma
# after it in the strict form)
_CAPS_HEADING = re.compile(
    r"(?m)^(?P<name>[A-Z][A-Z’'\-]+(?:[ ](?:[A-Z]\.|[A-Z][A-Z’'\-]+)){1,3})(?P<colon>:?)[ \t]*\n\s*"
    r"(?P<next>[A-Z][a-z’'\-]+)(?:(?P<comma>,)|(?=[ ]))"
)
# what follows the surname of a heading in a series when no comma does: a verb
_HEADING_VERB = re.compile(r"[ ](?:was|is|were|had|has|who|[a-z]+ed)\b")


def heading_names(text: str) -> list[Mention]:
    """Names written in capitals as a heading line of their own, the next paragraph
    opening with the surname and a comma: "ODA VRANE:" then "Vrane, 40, was ..." (not
    "MARCUS QUELL PARK" then "Park officials said"), when the name passes
    ``may_be_full_name`` ("BREAKING NEWS:" then "News ..." is no name) and its first word
    is a listed given name that is no town or state, its last no common word nor a plural
    of one (``strong_who_name``: not "DALLAS COWBOYS", "VIRGINIA TECH", "ROSE BOWL").
    Where two or more headings pass so, the article is a series of profiles, and a
    heading that only passes ``may_be_full_name`` is a name too when it is written like
    them (a colon or none) and its paragraph opens with the surname and a comma or a verb
    ("SAMOR TARVISH:" then "Tarvish, 55, was", "ADA FINE:" then "Fine was"; not "SANDY
    HOOK" then "Hook residents"). Limits: a heading whose paragraph opens otherwise
    ("ODA VRANE" then "She ...") is not read, nor, outside a series, a name whose surname
    is a common word ("MARK FIELD") or whose paragraph has no comma after the surname."""
    strict, loose = [], []
    for match in _CAPS_HEADING.finditer(text):
        words = match["name"].split()
        if match["next"].upper() != words[-1] or len(words[-1]) < 2:
            continue
        titled = [w.title() for w in words]
        if not may_be_full_name(titled):
            continue  # "JACKSON COUNTY", "SAN DIEGO" then "Diego Ruiz, 40"
        if plural_of_common(titled[-1]):
            continue  # "CAROLINA PANTHERS" then "Panthers ..."
        start, end = match.span("name")
        mention = Mention(start, end, match["name"], "PERSON", PERSON_PATTERN)
        strong = strong_who_name(" ".join(titled))  # not "CHASE FIELD" then "Field, ..."
        if strong and match["comma"]:
            strict.append((mention, match["colon"]))
        elif match["comma"] or _HEADING_VERB.match(text, match.end()):
            loose.append((mention, match["colon"]))  # not "SANDY HOOK" then "Hook residents"
    if len(strict) < 2:
        return [m for m, _ in strict]
    colons = {colon for _, colon in strict}  # a series writes its headings alike
    return sorted(
        [m for m, _ in strict] + [m for m, colon in loose if colon in colons],
        key=lambda m: m.start,
    )


# a verb that identifies someone before "<person noun> to be": "confirms the baby to be"
_IDENTIFIED_BEFORE = re.compile(r"\b(?:identif(?:y|ies|ied)|confirm(?:s|ed)?)\s+\S+\s+\S+\s*$")


def _keep_to_be(match: re.Match[str], words: list[str], text: str, start: int) -> bool:
    """A name after "to be": a listed given name first that is no place, no common or
    title word last (not "their son to be Eagle Scout", "the first woman to be House
    Speaker"). After a verb that identifies ("confirmed the baby to be") the given name
    may be unlisted if it is no common word and the text never writes it in lower case."""
    listed = words[0] in first_names() or (
        _IDENTIFIED_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
        and words[0].lower() not in common_words()
        and not written_in_lower_case(words[0], text)
    )
    return not (
        not listed
        or _place_like(words[0])
        or words[-1].lower() in common_words()
        or is_title_word(words[-1])
    )


def _keep_name_is(match: re.Match[str], words: list[str], text: str, start: int) -> bool:
    """A name after "name is": no place first or whole (not "her name is Santa Fe")."""
    return not (_place_like(words[0]) or is_town(" ".join(words)))


def _keep_initialed(match: re.Match[str], words: list[str], text: str, start: int) -> bool:
    """A name with a middle initial: a listed given name, a surname that is no common,
    place-head or place word, no place preposition and no capitalised word right before
    it (not "went to Grant T. Park", "USS Harry S. Truman")."""
    return not (
        match["given"] not in first_names()
        or match["surname"].lower() in common_words()
        or match["surname"] in name_heads()
        or _place_like(match["surname"])
        or after_place_preposition(text, start, "people", "lone-name")
        or CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    )


def _keep_nicknamed(match: re.Match[str], words: list[str], text: str, start: int) -> bool:
    """A name with a nickname: no common word first unless a listed given name (not 'Watch
    "Live" Now'); no common word last unless a suffix or a surname the text writes
    capitalised again inside a sentence and never in lower case ("Orvel “Junior” Tango"
    then "so Tango had fled", not 'the Broadway “Hamilton” Show'). A bracketed one is one
    or two capitalised words (not "(ATF)", "(Ala.)", "(D-Ohio)"), no listed given name,
    written nowhere else, no town or state ("Springfield (Missouri) News-Leader")."""
    last = words[-1].lower().rstrip(".")
    if words[0].lower() in common_words() and words[0] not in first_names():
        return False
    common_last = last in common_words() and last not in SUFFIXES
    if common_last and not _surname_again(words[-1], text, match.end("name")):
        return False
    if words[-1][:1] in NICKNAME_OPENERS:
        return False  # "Brown (D-Ohio) Tuesday": the weekday cut, a nickname left last
    bracketed = match.group("bracketed")
    return bracketed is None or not (
        bracketed.split()[0] in first_names()
        or text.count(bracketed) > 1
        or is_town(bracketed)
        or state_for(bracketed) is not None
    )


def _surname_again(word: str, text: str, end: int) -> bool:
    """Whether ``word``, the surname of a name ending at ``end``, is written capitalised
    again not opening a sentence, never after "the" and never in lower case: a surname
    that is also a common word ("Tango", "Hatch"; not "the Show")."""
    found = list(re.finditer(rf"(?<![\w’'\-]){re.escape(word)}(?![\w\-])", text))
    return (
        any(m.end() != end and not _opens_sentence(text, m.start()) for m in found)
        and not any(_THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) for m in found)
        and not written_in_lower_case(word, text)
    )


def _keep_death_of(match: re.Match[str], words: list[str], text: str, start: int) -> bool:
    """A name after "death of": a listed given name first or no common word (not "death
    of Internet Explorer")."""
    return words[0] in first_names() or not any(w.lower() in common_words() for w in words)


def _keep_apposed(match: re.Match[str], words: list[str], text: str, start: int) -> bool:
    """A name before an apposition: ``_apposed_name`` (not "In Harlem, a man", "San
    Bernardino, a woman", "The Elmvale Hawks, who")."""
    return _apposed_name(words, text, start, text.startswith(", who", match.end()))


class _Finder(Protocol):
    def finditer(self, text: str) -> Iterator[re.Match[str]]: ...


_Keep = Callable[[re.Match[str], list[str], str, int], bool]


@dataclass(frozen=True)
class _PersonRule:
    """One person pattern of ``person_mentions``: its finder (a compiled pattern or an
    object with ``finditer``); ``cue``, a test of the text before the match made before
    any work on the name; ``plausible``, whether the name must pass ``_plausible_name``
    (a middle initial passes only with ``_INITIALED``); ``keep``, the pattern's own test
    of the trimmed name; ``apposition``, whether a name before ", who" gets the method
    ``APPOSED_WHO``."""

    finder: _Finder
    cue: Callable[[str, int], bool] | None = None
    plausible: bool = True
    keep: _Keep | None = None
    apposition: bool = False


@lru_cache(maxsize=1)
def _person_rules() -> tuple[_PersonRule, ...]:
    """The person patterns in the order ``person_mentions`` reads them."""
    return (
        *(_PersonRule(pattern) for pattern in _PLAIN_PERSON_PATTERNS),
        _PersonRule(_DEATH_OF, keep=_keep_death_of),
        _PersonRule(_NICKNAMED, keep=_keep_nicknamed),
        _PersonRule(_Initialed(), plausible=False, keep=_keep_initialed),
        _PersonRule(_NAME_IS, cue=_owner_before, keep=_keep_name_is),
        _PersonRule(_TO_BE, cue=_person_noun_before, keep=_keep_to_be),
        _PersonRule(_apposed_noun(), keep=_keep_apposed, apposition=True),
    )


def _readings(finder: _Finder, text: str) -> Iterator[tuple[re.Match[str], ...]]:
    """Each site a finder finds, as its readings best first (``_Apposition.readings``)."""
    if isinstance(finder, _Apposition):
        return finder.readings(text)
    return ((match,) for match in finder.finditer(text))


def _person_match(rule: _PersonRule, match: re.Match[str], text: str) -> Mention | None:
    """The PERSON mention one match of ``rule`` gives after its tests, or None."""
    if rule.cue is not None and not rule.cue(text, match.start()):
        return None
    start, end = match.span("name")
    words = match.group("name").split()
    while words and (
        is_title_word(words[0])
        or words[0] in _ARTICLES
        or _person_noun(words, text, start)
        or AGE_WORD.search(words[0]) is not None  # "Thirty-one-year-old Adam Roe"
        or _ORIGIN_WORD.search(words[0]) is not None  # "Texas-born Ann Lee"
    ):
        start += len(words[0]) + 1
        words.pop(0)
    office = _after_inner_title(words)  # "Elmvale Fire Captain Ned Voss": "Ned Voss"
    start += sum(len(w) + 1 for w in words[:office])
    words = words[office:]
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
    if rule.plausible and not _plausible_name(words):
        return None  # "W. He was shot"
    if words[0].lower() in not_people():
        return None  # "a stolen Honda Accord was found"
    if _thing_before(text, start):
        return None  # "an unmarked Crown Victoria was hit": a thing, not a person
    if rule.keep is not None and not rule.keep(match, words, text, start):
        return None
    who = rule.apposition and text.startswith(", who", match.end())
    method = APPOSED_WHO if who else PERSON_PATTERN
    return Mention(start, end, text[start:end], "PERSON", method)


def person_mentions(text: str) -> list[Mention]:
    """PERSON mentions found by the patterns (titles at the start are skipped; each
    pattern's own tests in ``_person_rules``; at a site with several readings the first
    that passes), and names heading a paragraph (``heading_names``)."""
    found = heading_names(text) if "\n" in text else []
    for rule in _person_rules():
        for readings in _readings(rule.finder, text):
            for match in readings:
                mention = _person_match(rule, match, text)
                if mention is not None:
                    found.append(mention)
                    break
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
