"""Merge one article's mentions into people, organisations and places.

Document evidence corrects spaCy: a surname alone goes to the person who carries it, a
form that is a person's alias is PERSON wherever it occurs, one surface form keeps one
label through the article, one-word "people" that never behave like names are dropped,
and untagged later occurrences of a known name are added.

Limits: within one article only; does not resolve pronouns or descriptions ("the
watchdog", "he"); only listed short forms ("Andy"/"Andrew", ``nicknames.txt``), one-letter
spelling variants and two swapped letters of a given name, one of them no listed given
name, are merged ("Anne"/"Anna" and "Dean"/"Dena" are not); two people with the same
full name are one entity unless "Jr."/"Sr." (or, between a plain name and its "Jr.", the
ages written after them) tells them apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from pipeline.alternation import alternatives
from pipeline.claims.lexicons import (
    PEOPLE,
    PEOPLE_OFTEN,
    after_place_preposition,
    spouse_nouns,
)
from pipeline.claims.lexicons import words as lexicon_words
from pipeline.entities import orgs
from pipeline.entities.lexicons import (
    common_words,
    first_names,
    headline_stop_words,
    is_title_word,
    kin_same_surname,
    nickname_pairs,
    place_short_forms,
    state_for,
)
from pipeline.entities.patterns import common_or_plural, may_be_full_name
from pipeline.entities.people import (
    SUFFIXES,
    age_after,
    honorific_before,
    is_non_name,
    name_words,
    same_given_name,
)
from pipeline.entities.person_context import cued_forms, relabel_people_in_context
from pipeline.entities.places import (
    CITY_STATE_CODE,
    PLACE_IN_ORG,
    POSTAL_METHODS,
    is_country_state_or_town,
    is_county,
)
from pipeline.names import NAME_SUFFIXES
from pipeline.records import Claim, Entity, Mention

# rule-made place mentions: nested in another name or a bare state code; never voted on,
# propagated or taken for a person's alias
_RULE_PLACES = (PLACE_IN_ORG, CITY_STATE_CODE)

PLACE_LABELS = ("GPE", "LOC", "FAC")
ENTITY_LABELS = ("PERSON", "ORG", *PLACE_LABELS)
PERSON_ALIAS = "rule:person-alias"
PROPAGATED = "rule:name-propagation"
LABEL_VOTE = "rule:one-label-per-form"
# the methods of a mention no rule of ours tagged (the NER's, or its label after the vote)
_NER_METHODS = frozenset({"spacy:ner", LABEL_VOTE})
PLACE_CONTEXT = "rule:place-context"


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    return match.group(1) if match else ""


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s+(\S+)", text[end : end + 40])
    return match.group(1) if match else ""


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“‘'—:"


def _all_caps(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _person_alias_keys(mentions: list[Mention]) -> dict[str, str]:
    """``{lower-case form: full name}`` for full names and surnames of multi-word people."""
    keys: dict[str, str] = {}
    for m in mentions:
        words = name_words(m.text)
        if m.label == "PERSON" and len(words) >= 2:
            keys.setdefault(" ".join(words).lower(), m.text)
            keys.setdefault(words[-1].lower(), m.text)
    return keys


def _relabel_person_aliases(text: str, mentions: list[Mention], aliases: dict[str, str]) -> None:
    """A non-person mention that equals a person's alias becomes PERSON ("Port" tagged GPE),
    unless a place preposition comes before it ("in Washington")."""
    for i, m in enumerate(mentions):
        if m.label == "PERSON" or m.method in _RULE_PLACES or orgs.key(m.text) not in aliases:
            continue
        if m.label in PLACE_LABELS and after_place_preposition(text, m.start, PEOPLE):
            continue
        mentions[i] = replace(m, label="PERSON", method=PERSON_ALIAS)


TRIMMED = "rule:trailing-word"


def _trim_trailing_words(mentions: list[Mention]) -> list[Mention]:
    """A person mention of 3+ words that is another person mention of the article plus
    one word that is nobody's surname loses that word: "Nick Tullo Strong" (a caption)
    beside "Nick Tullo", "Zoe Hartley Chattanooga"; not "Colin Marsh Bruckner" beside
    "Colin Marsh" when "Kaitlin Bruckner" is named too, nor when the shorter form ends in
    a listed given name ("Mary Ann Hollis" beside "Mary Ann": a double given name used
    alone, which the clustering joins to the full name). Limits: a second surname used
    only after the full name ("Pedro Rosas Aguirre" beside "Pedro Rosas") is cut as well;
    a surname that is also a given name ("Dana Allen Strong" beside "Dana Allen") keeps
    the extra word."""
    people = [m for m in mentions if m.label == "PERSON"]
    forms = {m.text for m in people if " " in m.text}
    if len(forms) < 2:
        return mentions
    trimmed: dict[int, Mention] = {}
    for i, m in enumerate(mentions):
        words = m.text.split()
        if m.label != "PERSON" or len(words) < 3 or words[-1].lower().strip(",") in SUFFIXES:
            continue
        head = m.text[: m.text.rfind(" ")].rstrip()
        if head not in forms or head.split()[-1] in first_names():
            continue  # "Mary Ann Hollis" ... "Mary Ann": a double given name
        if any(n.text.split()[-1] == words[-1] and not n.text.startswith(head) for n in people):
            continue  # "Bruckner" is the surname of "Kaitlin Bruckner" too
        trimmed[i] = replace(m, end=m.start + len(head), text=head, method=TRIMMED)
    return [trimmed.get(i, m) for i, m in enumerate(mentions)]


def _vote_labels(mentions: list[Mention]) -> None:
    """One label per surface form (case-insensitive): the majority, ties to the first
    mention not in capitals."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.method not in _RULE_PLACES:
            groups[orgs.key(m.text)].append(i)
    for indices in groups.values():
        counts = Counter(mentions[i].label for i in indices)
        if len(counts) < 2:
            continue
        best = max(counts.values())
        tied = {label for label, n in counts.items() if n == best}
        ordered = sorted(
            indices, key=lambda i: (mentions[i].method == "spacy:ner", _all_caps(mentions[i].text))
        )
        label = next(mentions[i].label for i in ordered if mentions[i].label in tied)
        for i in indices:
            if mentions[i].label != label:
                mentions[i] = replace(mentions[i], label=label, method=LABEL_VOTE)


def _drop_non_names(text: str, mentions: list[Mention], aliases: dict[str, str]) -> list[Mention]:
    """Remove one-word PERSON mentions whose word never behaves like a name (a common word
    kin introduces, "their children Harmony, 12", is kept unless also written in lower
    case); make one a place when it always follows a place preposition ("of Chattanooga")
    and is no given name. Of the words only the NER tagged (no person cue of the rules)
    and with no title before them, drop one the text counts as a thing ("an Oscar";
    ``_counted_as_a_thing``) and make a place of a US town, state or country that looks
    like a place and never like a person ("in southwest Killeen", "Two Stockton
    residents"; not "Butler tells us"; ``_place_only``)."""
    single: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label == "PERSON" and len(name_words(m.text)) == 1:
            single[orgs.key(m.text)].append(m)
    dropped: set[int] = set()
    relabel: dict[int, Mention] = {}
    for form, group in single.items():
        if form in aliases:
            continue
        titled = any(is_title_word(_previous_word(text, m.start)) for m in group)
        word = name_words(group[0].text)[0]
        kin_named = any(m.method == KIN_GIVEN_NAME for m in group)  # "children Harmony, 12"
        ner_only = all(m.method in _NER_METHODS for m in group)
        if is_non_name(word, text, titled or (kin_named and word.lower() not in text)):
            dropped.update(id(m) for m in group)
        elif not titled and ner_only and _counted_as_a_thing(text, group):
            dropped.update(id(m) for m in group)  # "won an Oscar", "a Yukos unit"
        elif (
            not titled
            and word not in first_names()
            and all(m.method != KIN_GIVEN_NAME for m in group)
            and (
                all(after_place_preposition(text, m.start, PEOPLE, PEOPLE_OFTEN) for m in group)
                or (ner_only and _place_only(text, word, group))
            )
        ):
            for m in group:  # "of Chattanooga", "in Thibodaux"
                relabel[id(m)] = replace(m, label="GPE", method=PLACE_CONTEXT)
    return [relabel.get(id(m), m) for m in mentions if id(m) not in dropped]


def _place_only(text: str, word: str, group: list[Mention]) -> bool:
    """Whether a lone word tagged PERSON is a place the text never treats as a person: a
    US town or state or a known country (``is_country_state_or_town``) and no listed given
    name, one mention with the look of a place (``_place_evidence``: "in southwest
    Killeen", "Two Stockton residents", a list of towns) and none with a person's
    (``_person_cue``: "Stockton said", "C Latham", a team sheet)."""
    if not is_country_state_or_town(word) or word.title() in first_names():
        return False
    if any(_person_cue(text, m) for m in group):
        return False
    return any(_place_evidence(text, m) for m in group)


_DIRECTION = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown)"
_PLACE_PREPOSITION_BEFORE = re.compile(
    rf"(?<![\w’'])(?:[Ii]n|at|near|from|off|outside|across|around|through|toward|towards)\s+"
    rf"(?:{_DIRECTION}\s+)?(?:[A-Z][^\W\d_]+[ ](?:and|or)[ ])?$"
)
# a noun that follows a town, not a person: "Stockton residents", "Killeen police"
_PLACE_NOUN_AFTER = re.compile(
    r"[ ](?:residents?|police|area|county|natives?|man|woman|men|women|teens?|boy|girl|"
    r"hospital|bar|office|neighbou?rhood|suburb|streets?|schools?|department|council|"
    r"city|town|mayor|airport|station|deput(?:y|ies)|sheriff|firefighters|High)\b"
)
_STATE_AFTER = re.compile(r",[ ]*([A-Z][A-Za-z.]{1,13}(?:[ ][A-Z][a-z]+)?)")


def _place_evidence(text: str, mention: Mention) -> bool:
    """Whether a mention reads as a place: after "in/at/near/from/..." (with a direction,
    or as the second of two: "in southwest Killeen", "in Elmvale and Fridley"), before a
    noun of a place ("Killeen police", "Stockton residents") or a state ("BLUFFTON,
    Ind."), or as an item of a list of places (``_list_kind``)."""
    state = _STATE_AFTER.match(text, mention.end)
    return (
        _PLACE_PREPOSITION_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        is not None
        or _PLACE_NOUN_AFTER.match(text, mention.end) is not None
        or (state is not None and state_for(state.group(1), allow_postal=True) is not None)
        or _list_kind(text, mention) == "places"
    )


def _person_cue(text: str, mention: Mention) -> bool:
    """Whether a mention reads as a person: a reporting verb or a past tense after it
    ("Stockton said", "Baldwin tried"), an age (", 14,"), an initial or a given name
    before it ("C Latham", "J.R. Moore", "and Marquise McPherson", a listed given name
    opening the sentence), a hyphenated name ("Bush-Cheney"), or a list of names (a team
    sheet, ``_list_kind``)."""
    after = re.match(r"[ ]+([a-z]+)", text[mention.end : mention.end + 20])
    reporting = lexicon_words("reporting_verbs")
    if after and (after.group(1) in reporting or _PAST_TENSE.fullmatch(after.group(1))):
        return True
    if age_after(text, mention.end) or _initial_before(text, mention):
        return True
    before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before and (before.group("inside") or before.group("word") in first_names()):
        return True  # "and Marquise McPherson", "Marquise McPherson was" opening a sentence
    if _HYPHEN_NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return True
    return _list_kind(text, mention) == "names"


def _counted_as_a_thing(text: str, group: list[Mention]) -> bool:
    """Whether a lone word tagged PERSON is a thing: one of its mentions comes right after
    "a" or "an" ("won an Oscar", "a Yukos unit"; not the initial of "A Foley"), not before
    a noun of a person's circle ("a Trump supporter", "a Kim family tradition"), and no
    mention reads as a person's (``_person_cue``: "Oscar, 5,"). Limits: a person only ever
    named as "a Smith" is dropped."""
    counted = [
        m
        for m in group
        if _A_OR_AN.search(text, max(0, m.start - 4), m.start)
        and not _CIRCLE_NOUN_AFTER.match(text, m.end)
        and not re.match(r"[ ]+[A-Z]", text[m.end : m.end + 3])
    ]
    return bool(counted) and not any(_person_cue(text, m) for m in group)


_A_OR_AN = re.compile(r"(?:(?<![\w’'])an?|\bAn)[ ]$")
# nouns that follow a person's name used as a modifier: "a Trump aide", "a Kim family"
_CIRCLE_NOUN_AFTER = re.compile(
    r"[ ]+(?:aides?|supporters?|spokes(?:man|woman|person)|family|relatives?|administration|"
    r"government|campaign|fans?|lawyers?|attorneys?|advis[eo]rs?|all(?:y|ies)|officials?|"
    r"loyalists?|associates?)\b"
)
_INITIAL = re.compile(r"(?<![\w’'])((?:[A-Z]\.?){1,2})[ ]$")
_ITEM_END = re.compile(r"[ \t]*(?:[,.;:)(]|$)", re.MULTILINE)


def _initial_before(text: str, mention: Mention) -> bool:
    """Whether initials stand right before ``mention`` ("J Pask", "J.R. Pask", "TJ Pask");
    a lone "A" or "I" only when punctuation follows the name ("A Foley," but not "A
    Stockton man")."""
    initial = _INITIAL.search(text, max(0, mention.start - 6), mention.start)
    if initial is None:
        return False
    return initial.group(1) not in ("A", "I") or _ITEM_END.match(text, mention.end) is not None


_PAST_TENSE = re.compile(r"[a-z]{2,}ed")
# the capitalised word right before a mention; ``inside`` when a word or comma precedes
# it on the line (it does not open a sentence: "and Marquise McPherson")
_WORD_BEFORE = re.compile(
    r"(?:(?P<inside>[^\W\d_,;][ ]+|[,;][ ]+)|(?:^|[.!?\n][ ]*))(?P<word>[A-Z][^\W\d_]+)[ ]$",
    re.MULTILINE,
)
_HYPHEN_NAME_BEFORE = re.compile(r"[A-Z][^\W\d_]+-$")
_LIST_ITEM = re.compile(r"[A-Z][\w’'\-]*")


def _list_kind(text: str, mention: Mention) -> str:
    """ "names" or "places" when ``mention`` is an item of a comma, semicolon or "and"
    list on its line (a leading "Label:" left out) with three or more other one-word items, else "".
    Places when most of those items are US towns, states or countries, or nearly all
    (four in five) US counties ("Allen, Barton, Butler, Chase"); names otherwise (a team
    sheet: "Carsley, Arteta, Wright, Weir")."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end != -1 else len(text)].rstrip("\r")
    line = re.sub(r"\s*\([^()]*\)", "", line)  # "Edwards (Wolves), Gabbidon (Cardiff)"
    line = line.split(":", 1)[-1]  # "England: Pickford; Walker, ..."
    items = [item.strip(" .") for item in re.split(r"[,;]|[ ](?:and|&)[ ]", line)]
    if mention.text not in items or len(items) < 4:
        return ""
    others = [
        item
        for item in items
        if item != mention.text and " " not in item and _LIST_ITEM.fullmatch(item)
    ]
    if len(others) < 3:
        return ""
    places = sum(1 for item in others if is_country_state_or_town(item))
    counties = sum(1 for item in others if is_county(item))
    return "places" if places * 2 >= len(others) or counties * 5 >= len(others) * 4 else "names"


def _propagation_forms(mentions: list[Mention]) -> dict[str, str]:
    """``{form: label}`` of names worth finding again: full forms and person surnames."""
    forms: dict[str, str] = {}
    for m in mentions:
        if m.label not in ENTITY_LABELS or m.method in _RULE_PLACES:
            continue
        words = name_words(m.text)
        candidates = [m.text]
        if m.label == "PERSON" and len(words) >= 2:
            candidates.append(words[-1])
        for form in candidates:
            if len(form) == 2 and state_for(form, allow_postal=True):
                continue  # a state code ("OK", "IN") is no name to find again
            if (len(form) >= 2 and form[0].isupper() and not _all_caps(form)) or orgs.is_acronym(
                form
            ):
                forms.setdefault(form, m.label)
    return forms


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``\w`` matches in a str pattern


def _standalone(text: str, form: str) -> list[tuple[int, int]]:
    """Spans of ``form`` not inside a longer word, hyphenation or abbreviation, nor
    followed by an apostrophe suffix other than "'s" ("Port's" yes, "O'Neil" no).

    A literal search: per-article names would each cost a regex compilation.
    """
    spans: list[tuple[int, int]] = []
    start = text.find(form) if form else -1
    while start != -1:
        end = start + len(form)
        before = text[start - 1] if start else ""
        after = text[end : end + 2]
        if (
            not (before and (_word_char(before) or before in "-.'’"))
            and not (after[:1] and (_word_char(after[0]) or after[0] == "-"))
            and not (after[:1] in ("'", "’") and "a" <= after[1:2] <= "z" and after[1:2] != "s")
        ):
            spans.append((start, end))
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)
    return spans


def _propagate(text: str, mentions: list[Mention]) -> list[Mention]:
    """New mentions for untagged occurrences of known names ("Port was only caught")."""
    taken = sorted((m.start, m.end) for m in mentions)
    added: list[Mention] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    for form, label in sorted(_propagation_forms(mentions).items(), key=lambda kv: -len(kv[0])):
        common = " " not in form and form.lower() in common_words()
        for start, end in _standalone(text, form):
            if not free(start, end):
                continue
            before, after = _previous_word(text, start), _next_word(text, end)
            initial = _sentence_initial(text, start)
            if (not initial and before[:1].isupper()) or after[:1].isupper():
                continue  # part of a longer name ("Port Authority")
            if common and initial:
                continue
            if _all_caps(before) or _all_caps(after):
                continue  # a headline in capitals
            added.append(Mention(start, end, form, label, PROPAGATED))
            taken.append((start, end))
    return added


def _best_name(forms: list[str], fullest: bool = False) -> str:
    """Fullest form: most words, then longest; mixed case preferred; capitals title-cased.
    With ``fullest`` (people) a form in capitals with more words than every mixed-case
    form wins ("SAMIR VALE" over "Vale") when it may be a full name (``_caps_name``: not
    "SMITH FAMILY"; a headline's trailing common words cut after the surname, "DAVID
    JONES JAILED" gives "David Jones")."""
    mixed = [f for f in forms if not _all_caps(f)] or forms
    if fullest:
        surnames = {f.split()[-1] for f in mixed if not _all_caps(f)}
        caps = [_caps_name(f, surnames) if _all_caps(f) else f for f in forms]
        named = [f for f in caps if f]
        most = max(len(f.split()) for f in named or forms)
        mixed = [f for f in mixed if len(f.split()) == most] or named or forms
    best = max(mixed, key=lambda f: (len(f.split()), len(f), f[:1].isupper()))
    return best.title() if _all_caps(best) else best


_NICKNAME_WORDS = re.compile(r"[ ](?:[\"“‘'][^\"”’'\n]{1,20}[\"”’']+|\([^()\n]{1,20}\))(?=[ ])")


def _without_nickname(form: str) -> str:
    """``form`` without a nickname in quotes or brackets between its words: a person's
    name is "Xavi Rowe", and "Xavi 'Zee' Rowe" one of its aliases."""
    return _NICKNAME_WORDS.sub("", form)


def _caps_name(form: str, surnames: set[str]) -> str:
    """The title-cased full name a form in capitals gives, or "". A headline opening
    with a listed given name (``_given_name_headline``): ``_given_name_cut`` ("KEVIN
    ORTIZ TO STAND TRIAL" -> "Kevin Ortiz"). Else up to
    a surname the text writes in mixed case (``surnames``) when only common words (or
    their plurals) follow it ("ANDREW COLE CHARGED" -> "Andrew Cole"), else the whole
    form with no common word after its first ("ANDREW COLE CHARGED" alone gives ""); then
    ``may_be_full_name``. Limits: a headline verb that is no common word stays."""
    words = form.title().split()
    if _given_name_headline(words):
        return _given_name_cut(words)
    cut = next(
        (
            k + 1
            for k in range(len(words) - 1, 0, -1)
            if words[k] in surnames and all(common_or_plural(w) for w in words[k + 1 :])
        ),
        0,
    )
    if cut:
        words = words[:cut]
    elif any(common_or_plural(w) for w in words[1:]):
        return ""
    return " ".join(words) if may_be_full_name(words) else ""


_ROMAN = NAME_SUFFIXES - {"jr", "sr"}  # suffixes written in capitals


def _headline_stop(word: str) -> bool:
    """Whether a title-cased headline word ends a name: a common word or plural of one,
    or a function word common_words.txt leaves out (``headline_stop_words``)."""
    return word.lower() in headline_stop_words() or common_or_plural(word)


def _given_name_headline(words: list[str]) -> bool:
    """Whether title-cased capitals words are a headline opening with a listed given
    name: a common or function word (``_headline_stop``; no suffix) after the first word
    ("PETER HALL ARRESTED", not the heading "CARLA NAVAS FUENTES", which stays whole)."""
    return words[0] in first_names() and any(
        w.lower() not in SUFFIXES and _headline_stop(w) for w in words[1:]
    )


def _given_name_cut(words: list[str]) -> str:
    """The name a title-cased capitals form opening with a listed given name gives, or "":
    the listed given names, then one surname word that is no common or function word
    (``_headline_stop``), then a suffix ("Jr.", "III"); when a common or function word or
    a suffix follows the given names the last of them is the surname ("PETER JAMES
    ARRESTED" -> "Peter James", "JAMES ROBERT LEE III SENTENCED" -> "James Robert Lee
    III"); then ``may_be_full_name``. Limits: a surname that is a common word ("MARK
    FIELD SHOT") gives ""; a listed given name after the surname is read as a given name
    ("MARY ROSE LEE MAY" if "May" is listed)."""
    k = 1
    while k < len(words) and words[k] in first_names() and not _headline_stop(words[k]):
        k += 1
    if k < len(words) and words[k].lower() not in SUFFIXES and not _headline_stop(words[k]):
        k += 1  # the surname
    name = words[:k]
    if not may_be_full_name(name):
        return ""
    if k < len(words) and words[k].lower() in SUFFIXES:
        suffix = words[k]
        name.append(suffix.upper() if suffix.rstrip(".").lower() in _ROMAN else suffix)
    return " ".join(name)


def _headline_name(form: str) -> str:
    """The name a capitals headline opening with a listed given name gives
    (``_given_name_headline``, ``_given_name_cut``), else ``form`` itself: what a
    headline's mention is clustered by ("PETER HALL ARRESTED" joins the body's "Peter
    Hall")."""
    if not _all_caps(form):
        return form
    words = form.title().split()
    if not _given_name_headline(words):
        return form
    return _given_name_cut(words) or form


def _aliases(name: str, forms: list[str]) -> list[str]:
    seen = {name.lower()}
    aliases = []
    for form in forms:
        if form.lower() not in seen:
            seen.add(form.lower())
            aliases.append(form)
    return aliases


def _coordinated_partner(text: str, mentions: list[Mention], i: int) -> str | None:
    """Full name of a given name joined by "and" to a full name: "Omar and Jamar Hamlin"
    → "Omar Hamlin"."""
    m = mentions[i]
    for other in mentions[i + 1 : i + 3]:
        words = name_words(other.text)
        if (
            other.label == "PERSON"
            and len(words) >= 2
            and re.fullmatch(r"\s+(?:and|&)\s+", text[m.end : other.start])
        ):
            return f"{m.text} {words[-1]}"
    return None


def _coordinated_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Untagged given names before "and" + a full name ("Suze and Tavi Sandler")."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for m in mentions:
        if m.label != "PERSON" or len(name_words(m.text)) < 2:
            continue
        match = re.search(
            r"(?<![\w’'])([A-Z][a-z]+)\s+(?:and|&)\s+$", text[max(0, m.start - 40) : m.start]
        )
        if not match or match.group(1) not in first_names():
            continue
        start = m.start - len(match.group(0))
        end = start + len(match.group(1))
        if not any(s < end and start < e for s, e in taken):
            found.append(Mention(start, end, match.group(1), "PERSON", COORDINATED_NAME))
    return found


_FILLER = r"(?:(?:[a-z]+|\d+)(?:[- ](?:year|month|week)s?[- ]olds?|-yo)?\s+){0,3}?"
_AGE_BEFORE_NAME = r"(?:\d+[- ](?:(?:year|month)s?[- ]olds?|yo)\s+)?"
_KIN_OWNER = (
    r"(?:(?<![\w’'])(?P<pronoun>his|her|their|His|Her|Their)|(?P<owner>[A-Z][\w’'.-]*)(?:['’]s?))"
)
_KIN_NOUN = rf"(?P<kin>[a-z]+)\s*[,:—–-]?\s*{_AGE_BEFORE_NAME}$"
# ", whose [one word] <kin>" ("Ana Roe, whose 6-year-old son"); "who's <kin>" and
# "who <kin>" misspell it (no word between: "Roe, who was ..." is no owner)
_WHOSE = (
    r",\s*(?P<whose>whose\s+(?:(?!(?:his|her|their|the)\s)(?:[a-z]+|\d+)"
    r"(?:[- ](?:year|month|week)s?[- ]olds?|-yo)?\s+)?|who(?:['’]s)?\s+)"
)


@lru_cache(maxsize=1)
def _kin_before() -> re.Pattern[str]:
    """A kin noun before a name, after its owner ("his", "Hall's", "the couple's" with a
    group noun of ``kin_group_owners.txt``, or ", whose" after a name) or with no owner
    after a harm verb of ``case_verbs.json`` or "survived by" ("executed 7-year-old
    daughter Mina", "survived by son Tavin"), whose owner is found as a pronoun's."""
    from pipeline.cases.lexicon import case_lexicon  # the cases package imports this one

    harm = alternatives(case_lexicon().harm)
    group = alternatives(lexicon_words("kin_group_owners"))
    return re.compile(
        rf"(?:{_KIN_OWNER}\s+{_FILLER}"
        rf"|(?<![\w’'])[Tt]he\s+(?P<group>{group})['’]s?\s+{_FILLER}"
        rf"|{_WHOSE}"
        rf"|(?<![\w’'])(?P<verb>{harm}|survived[ ]+by)\s+(?:\d+[- ](?:year|month)s?[- ]old\s+)?)"
        rf"{_KIN_NOUN}"
    )


_KIN_AFTER = re.compile(rf"^(?:['’]s?)\s+{_FILLER}(?P<kin>[a-z]+)\s*[,—–-]?\s*{_AGE_BEFORE_NAME}")


KIN_POSSESSOR = "rule:kin-possessor"
_POSSESSOR = re.compile(r"(?<![\w’'.-])([A-Z][a-z][\w’'-]*)['’]s?\s")


def _kin_possessors(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word name owning a kin noun before a full name is a person when the NER
    tagged it as an organisation or missed it: "Amirah's father, 47-yo Demetrius
    Williams". A place is never relabelled ("Chicago's mother"). Returns the mentions
    with such names relabelled or added."""
    full_starts = {
        m.start for m in mentions if m.label == "PERSON" and len(name_words(m.text)) >= 2
    }
    by_span = {(m.start, m.end): i for i, m in enumerate(mentions)}
    result = list(mentions)
    for match in _POSSESSOR.finditer(text):
        start, end = match.span(1)
        after = _KIN_AFTER.match(text[end : end + 80])
        if (
            not after
            or after.group("kin") not in kin_same_surname()
            or end + after.end() not in full_starts
            or match.group(1).lower() in common_words()
        ):
            continue
        i = by_span.get((start, end))
        if i is not None and result[i].label in ("ORG", "NORP"):  # never a place
            result[i] = replace(result[i], label="PERSON", method=KIN_POSSESSOR)
        elif i is None and not any(m.start < end and start < m.end for m in mentions):
            result.append(Mention(start, end, match.group(1), "PERSON", KIN_POSSESSOR))
    return sorted(result, key=lambda m: (m.start, -m.end))


KIN_GIVEN_NAME = "rule:kin-given-name"
COORDINATED_NAME = "rule:coordinated-name"
TEXT_NAME = "text"  # the name is a form written in the article
# a listed name's suffix ("Carl Jr., 6"): one of ``people.SUFFIXES``
_SUFFIX = alternatives(SUFFIXES)
_LISTED_NAME = rf"[A-Z][a-z]+(?:,?\s+(?i:{_SUFFIX})(?![\w]))?"
_LISTED_NAME_RE = re.compile(_LISTED_NAME)
_AGED_ITEM = r"\s*,\s*\d{1,3}\s*(?:[;,]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)"
# ", 9; Caleb, 7; "
_AGED_LIST_GAP = re.compile(rf"(?:{_AGED_ITEM}{_LISTED_NAME})*{_AGED_ITEM}")
_LIST_GAP = re.compile(
    rf"(?:{_AGED_ITEM}{_LISTED_NAME})*(?:{_AGED_ITEM}|\s*[;,]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)"
)
_AND_AFTER = re.compile(r"\s+(?:and|&)\s+")


# a plural kin noun, then a closed list of one-word names: "their children Lena, Mark and
# Willow", "his sons: Abe and Ike"
_LIST_WORD = r"[A-Z][a-z]+"
_UNAGED_KIN_LIST = re.compile(
    rf"(?<![\w’'-])(?:children|kids|sons|daughters|brothers|sisters|twins)\s*[,:]?\s+"
    rf"(?P<list>{_LIST_WORD}(?:\s*,\s*{_LIST_WORD})*,?\s+(?:and|&)\s+{_LIST_WORD})"
    rf"(?![\w’'-]|\s+[A-Z])"
)


def _untagged_kin_list_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The listed given names the NER missed in a closed list after a plural kin noun
    ("their children Lena, Mark and Willow": "Willow"), when the list holds at least one
    person mention and every untagged word is a listed given name that is no US state,
    town or known country (else nothing is added: "his sons Abe and Texas ..."). Limits:
    an unlisted given name in the list stays unread."""
    spans = _span_starts(mentions)
    found = []
    for match in _UNAGED_KIN_LIST.finditer(text):
        words = list(re.finditer(_LIST_WORD, match.group("list")))
        base = match.start("list")
        tagged = [w for w in words if base + w.start() in spans]
        untagged = [w for w in words if base + w.start() not in spans]
        if not tagged or not untagged:
            continue
        if not all(
            w.group(0) in first_names() and not is_country_state_or_town(w.group(0))
            for w in untagged
        ):
            continue
        found += [
            Mention(base + w.start(), base + w.end(), w.group(0), "PERSON", KIN_GIVEN_NAME)
            for w in untagged
        ]
    return found


def _span_starts(mentions: list[Mention]) -> set[int]:
    """The start of every mention, and of every word inside a longer one."""
    return {m.start + k.start() for m in mentions for k in re.finditer(r"\S+", m.text)}


def _kin_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word given name the NER tagged as an organisation or place becomes PERSON
    (every mention of that form) when a kin noun introduces it ("his 17-year-old son,
    Tyler"), when it continues such a list with ages ("their children Lena, 9; Megan, 6;
    and Willow, 2"; a name inside such a list that the NER missed is added, as is one in
    an unaged list after a plural kin noun, ``_untagged_kin_list_names``) or when it is
    joined by "and" to a full name ("Cedric and James Pettigrew"). A namesake "Carl Jr.,
    6" is a link of such a list.
    Not a common English word unless a known given name or, inside an aged list, never
    written in lower case; a mention after "in", "at", "from" ... keeps its label."""
    full_starts = {
        m.start for m in mentions if m.label == "PERSON" and len(name_words(m.text)) >= 2
    }
    forms: set[str] = set()
    added: list[Mention] = _untagged_kin_list_names(text, mentions)
    chain_end = -1  # end of the last kin-introduced one-word name

    def add(start: int, name: str) -> None:
        added.append(Mention(start, start + len(name), name, "PERSON", KIN_GIVEN_NAME))

    for m in mentions:
        word = m.text
        if not _LISTED_NAME_RE.fullmatch(word):
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        before = _kin_before().search(text[max(line_start, m.start - 80) : m.start])
        kin = bool(before and before.group("kin") in kin_same_surname())
        listed = chain_end >= 0 and _AGED_LIST_GAP.fullmatch(text[chain_end : m.start])
        if listed:  # untagged names inside the list: "Dwayne, 11; Harmony, 12; Colby, 9; ..."
            for inner in _LISTED_NAME_RE.finditer(text[chain_end : m.start]):
                add(chain_end + inner.start(), inner.group(0))
        chain_end = m.end if kin or listed else -1
        after = _AND_AFTER.match(text, m.end)
        if (
            m.label in ("ORG", "GPE", "NORP", "LOC", "FAC")
            and (
                word.lower() not in common_words()
                or word in first_names()
                or (listed and word.lower() not in text)  # "Harmony, 12;" in an aged list
            )
            and (kin or listed or (after and after.end() in full_starts))
        ):
            forms.add(word)
    relabelled = [
        replace(m, label="PERSON", method=KIN_GIVEN_NAME)
        if m.text in forms
        and m.label != "PERSON"
        and not after_place_preposition(text, m.start, PEOPLE)
        else m
        for m in mentions
    ]
    if not added:
        return relabelled
    return sorted(relabelled + added, key=lambda m: (m.start, -m.end))


def kin_list_ages(
    text: str, mentions: list[Mention], aged: frozenset[tuple[int, int]]
) -> list[Claim]:
    """``per:age`` claims for the given names ``_kin_given_names`` made people whose age is
    written right after them ("and Tess, 3."), which the age rules (run before the merge)
    never read: a span in ``aged`` (already given an age) gets none. Limits: only the
    ", N," form ``age_after`` reads."""
    claims = []
    for m in mentions:
        if m.method != KIN_GIVEN_NAME or (m.start, m.end) in aged:
            continue
        if found := age_after(text, m.end):
            age = found.group(1)
            claims.append(
                Claim(m.start, m.end, "per:age", age, found.start(1), found.end(1), KIN_GIVEN_NAME)
            )
    return claims


def _kin_surnames(
    text: str, mentions: list[Mention], named_at: dict[int, tuple[str, str]] | None = None
) -> dict[str, str]:
    """``{given name: surname}`` for lone given names introduced as kin of a named person
    (``named_at``, when given, gets ``{mention start: (surname, kin noun)}`` of each such
    mention; the kin noun is "" for the reverse "Dorian's grandmother, Lynne Hawley").

    "Ryan Ruckwald and his daughter, Madeline", "Crystal Tinsdale ... her son Kendall",
    "Brock Lorne's wife Ainsley" give the given name the relative's surname; so does the
    reverse "Dorian's grandmother, Lynne Hawley". The kin noun must be one whose bearer
    usually shares the surname (``models/lexicons/kin_same_surname.txt``); "his/her/their"
    stands for the person ``_pronoun_owner_surname`` picks (the nearest person mention
    before it, else the nearest full name), and so does a kin noun with no owner after a
    past-tense verb or "by" ("executed 6-year-old daughter Mina", "survived by son
    Tavin"); "the couple's"/"the pair's" stands for the surname ``_couple_surname``
    finds, ", whose" for the full name (``_whose_owner``) or lone surname right before
    the comma ("Ruth Roe, whose son, Wes"); the owner may also be a lone surname of
    a full name ("Hall's son, Jesse") or the given name of just one full name
    ("Cleveland's brother, Antoine" after "Cleveland Smalling"). A name that continues a
    list after such a name ("their children Dwayne, 11; Harmony, 12; Colby, 9") takes the
    same surname. A word
    that is itself some full name's surname is never a given name here.
    """
    full = [m for m in mentions if m.label == "PERSON" and len(name_words(m.text)) >= 2]
    surnames = {name_words(m.text)[-1].lower() for m in full}
    lone_surnames = {
        m.end: m.text
        for m in mentions
        if m.label == "PERSON" and " " not in m.text and m.text.lower() in surnames
    }
    given_surnames: dict[str, set[str]] = defaultdict(set)
    for f in full:
        given_surnames[name_words(f.text)[0].lower()].add(name_words(f.text)[-1])
    lone_given = {g: next(iter(s)) for g, s in given_surnames.items() if len(s) == 1}
    found: dict[str, str] = {}
    kin_of: dict[int, tuple[str, str]] = {}  # mention start: surname, kin noun
    listed: tuple[int, str, str] | None = None  # end, surname, kin noun of the last one
    for m in mentions:
        words = name_words(m.text)
        if m.label != "PERSON" or len(words) != 1 or words[0].lower() in surnames:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        before = _kin_before().search(text[max(line_start, m.start - 80) : m.start])
        surname = None
        kin = before.group("kin") if before else ""
        if before and kin in kin_same_surname():
            at = m.start - (len(text[max(line_start, m.start - 80) : m.start]) - before.start())
            if before.group("pronoun"):
                surname = _pronoun_owner_surname(
                    mentions, full, at, {**lone_given, **found}, lone_surnames
                )
            elif before.group("verb"):  # no owner written: not an official reporting it
                near = [n for n in mentions if n.end <= at and at - n.end <= _OWNER_REACH]
                owners = [n for n in near if not _official_or_reporting(text, n, at)]
                surname = _pronoun_owner_surname(
                    owners,
                    [f for f in full if f in owners],
                    at,
                    {**lone_given, **found},
                    lone_surnames,
                )
            elif before.group("group"):  # "the couple's children": the couple's surname
                surname = _couple_surname(
                    text, mentions, at, {**lone_given, **found}, lone_surnames, kin_of
                )
            elif before.group("whose"):  # "Ruth Roe, whose son, Wes": at is the comma
                owner = next((f for f in full if _whose_owner(text, f, at)), None)
                surname = name_words(owner.text)[-1] if owner else lone_surnames.get(at)
            else:
                owner_end = at + len(before.group("owner"))
                owner = next((f for f in full if f.end == owner_end), None)
                surname = name_words(owner.text)[-1] if owner else lone_surnames.get(owner_end)
                if surname is None:  # "Cleveland's brother, Antoine": a given name's owner
                    surname = lone_given.get(before.group("owner").rstrip("'’s").lower())
        after = _KIN_AFTER.match(text[m.end : m.end + 80])
        if surname is None and after and after.group("kin") in kin_same_surname():
            owner = next((f for f in full if f.start == m.end + after.end()), None)
            surname, kin = (name_words(owner.text)[-1], "") if owner else (None, kin)
        if surname is None and listed and _LIST_GAP.fullmatch(text[listed[0] : m.start]):
            _, surname, kin = listed  # "their children Dwayne, 11; Harmony, 12; and Jonah, 5"
        if surname is not None:
            found.setdefault(words[0].lower(), surname)
            kin_of[m.start] = (surname, kin)
        listed = (m.end, surname, kin) if surname is not None else None
    if named_at is not None:
        named_at.update(kin_of)
    return found


_OWNER_REACH = 300  # characters back from a kin noun that its owner may stand
_AGE_BETWEEN = re.compile(r",\s*\d{1,3}")  # "Ruth Roe, 61, whose son"
_AND_BEFORE = re.compile(r"(?:\band|&)\s+$")


def _whose_owner(text: str, full: Mention, at: int) -> bool:
    """True when the full name ``full`` owns the ", whose" at ``at`` (the comma): it ends
    there or before its age ("Ruth Roe, 61, whose son"), and is not the second of two
    people joined by "and" ("Ula Bent, 30, and Rik Soto, 35, whose son": either's)."""
    if full.end == at:
        return True
    return bool(
        full.end < at
        and _AGE_BETWEEN.fullmatch(text, full.end, at)
        and not _AND_BEFORE.search(text, max(0, full.start - 6), full.start)
    )


@lru_cache(maxsize=1)
def _couple_link() -> re.Pattern[str]:
    """What joins the two members of a couple: "and", or a spouse noun of
    ``family.txt`` after "his"/"her" or a possessive ("Ed Farr, 40, and his wife, Lena",
    "Ed Farr; his wife, Lena", "Farr's wife, Lena"), after an optional age and home town
    ("Ed Farr, 40, of Ely, and Lena Farr")."""
    spouse = alternatives(spouse_nouns())
    return re.compile(
        r"\s*(?:,\s*(?:both\s+)?\d{1,3}\s*)?(?:,\s*of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
        r"\s*[,;]?\s*(?:"
        r"(?P<and>and|&)\s+(?:(?:his|her)\s+(?P<spouse>" + spouse + r")\s*,?\s*)?"
        r"|(?:(?:his|her)\s+|['’]s?\s+)(?:" + spouse + r")\s*,?\s*)" + _AGE_BEFORE_NAME
    )


# two people listed with a comma ("33-year-old Ann Farr, 40-year-old Ed Farr and the
# couple's ..."): a couple only when they share the surname
_COMMA_LINK = re.compile(r"\s*(?:,\s*\d{1,3}\s*)?,\s*" + _AGE_BEFORE_NAME)


def _couple_surname(
    text: str,
    mentions: list[Mention],
    at: int,
    lone_given: dict[str, str],
    lone_surnames: dict[int, str],
    kin_of: dict[int, tuple[str, str]],
) -> str | None:
    """Surname of "the couple" / "the family" at ``at``: the one surname of every couple
    written within ``_OWNER_REACH`` before it, a couple being two person mentions in a
    row joined by ``_couple_link`` ("Ed Farr, 40, and Lena Farr", "Ed Farr; his wife,
    Lena", "Lena and Ed Farr", "Ed Farr and 40-year-old Lena Farr"), two full names of one
    surname listed with a comma ("Lena Farr, 40-year-old Ed Farr and the couple's") or the
    second a given name ``kin_of`` (``{start: (kin
    surname, kin noun)}``) names by a spouse noun with the first's surname ("Ed Farr
    shot his wife, Lena"), each member's surname read as ``_pronoun_owner_surname``
    reads it. Limits: None when no such couple is written, when one couple has two
    surnames or is unknown, or when two couples differ ("Amy Hill and Tom Baker ... her
    parents, Don and Rita Hill")."""
    near = _near_people(mentions, at)
    found: dict[str | None, str | None] = {}  # lower case: as written
    for a, b in pairwise(near):
        link = _couple_link().fullmatch(text, a.end, b.start)
        second = _mention_surname(b, lone_given, lone_surnames)
        first = _mention_surname(a, lone_given, lone_surnames)
        spouse = kin_of.get(b.start, ("", ""))
        listed = (
            _COMMA_LINK.fullmatch(text, a.end, b.start) is not None
            and " " in a.text.strip()
            and _same_surname(first, second)
        )
        if not link and not listed and not (spouse[1] in spouse_nouns() and spouse[0] == first):
            continue
        if link and _AGED_SECOND.search(link.group(0)) and not _same_surname(first, second):
            continue  # "Ed Farr and 6-year-old Tyler Roe": a parent and a child, no couple
        if link and link.group("and") and not link.group("spouse") and " " not in a.text.strip():
            first = second  # "Lena and Ed Farr": the given name shares the full name's
        same = _same_surname(first, second)
        found[second.lower() if same and second else None] = second if same else None
    if len(found) != 1 or None in found:
        return None
    return next(iter(found.values()))


_AGED_SECOND = re.compile(r"(?:old|olds|yo)\s+$")


def _same_surname(first: str | None, second: str | None) -> bool:
    """Whether two known surnames are one (any case)."""
    return first is not None and second is not None and first.lower() == second.lower()


def _near_people(mentions: list[Mention], at: int) -> list[Mention]:
    """Person mentions ending before ``at`` within ``_OWNER_REACH``, in text order."""
    return sorted(
        (n for n in mentions if n.label == "PERSON" and n.end <= at and at - n.end <= _OWNER_REACH),
        key=lambda n: n.end,
    )


def _mention_surname(
    mention: Mention, lone_given: dict[str, str], lone_surnames: dict[int, str]
) -> str | None:
    """Surname of a person mention: a full name's last word, the surname of a given name
    only one full name bears or already given a kin surname, or a lone surname."""
    words = name_words(mention.text)
    if len(words) >= 2:
        return words[-1]
    if words and words[0].lower() in lone_given:
        return lone_given[words[0].lower()]
    return lone_surnames.get(mention.end)


_TITLE_BEFORE = re.compile(r"(?<![\w’'])([A-Z][\w’'.]*)[ ]+$")
_WORD = re.compile(r"[a-z]+")


def _official_or_reporting(text: str, person: Mention, at: int) -> bool:
    """True when ``person`` is an official (a title right before: "Sheriff Ray Dunn") or
    a reporting verb (``reporting_verbs.txt``: said, told) stands between it and ``at``:
    "Sheriff Ray Dunn said deputies interviewed daughter Mina" names no kin of his."""
    title = _TITLE_BEFORE.search(text, max(0, person.start - 30), person.start)
    if title and is_title_word(title.group(1)):
        return True
    between = text[person.end : at] if person.end <= at else ""
    reporting = lexicon_words("reporting_verbs")
    return any(w in reporting for w in _WORD.findall(between))


def _pronoun_owner_surname(
    mentions: list[Mention],
    full: list[Mention],
    at: int,
    lone_given: dict[str, str],
    lone_surnames: dict[int, str],
) -> str | None:
    """Surname of the person "his"/"her"/"their" at ``at`` stands for: the nearest person
    mention before it when that is a full name, a given name only one full name bears
    ("Ava and her sister, Betzi" after "Ava Castel") or one already given a kin surname
    ("daughter Mina and her sister, Betzi"), or a lone surname; else the nearest full
    name (within ``_OWNER_REACH`` characters)."""
    near = _near_people(mentions, at)
    if near and (surname := _mention_surname(near[-1], lone_given, lone_surnames)):
        return surname
    previous = [f for f in full if f.end <= at and at - f.end <= _OWNER_REACH]
    return name_words(previous[-1].text)[-1] if previous else None


def _cluster_people(text: str, mentions: list[Mention]) -> list[tuple[list[int], str | None, str]]:
    """Groups of person mention indices, each with the name the rules formed for it (None:
    the fullest written form) and how (``TEXT_NAME``, ``COORDINATED_NAME`` or
    ``KIN_GIVEN_NAME``); see ``merge_entities`` for the rules."""
    clusters: list[list[int]] = []
    full_names: list[list[str]] = []  # words of each cluster's fullest name
    generations: list[str] = []  # "jr", "sr" or "" for each cluster
    ages: list[set[int]] = []  # ages written right after each cluster's full mentions
    person = [i for i, m in enumerate(mentions) if m.label == "PERSON"]
    for i in person:
        form = _headline_name(mentions[i].text)  # "PETER HALL ARRESTED": "Peter Hall"
        words = name_words(_fold_quotes(form))  # "O’Bryan" is "O'Bryan"
        if len(words) < 2:
            continue
        gen = _generation(form)
        written = age_after(text, mentions[i].end)  # "Julian Rorry Jr., 12,"
        age = int(written.group(1)) if written else None
        same = [
            c
            for c, name in enumerate(full_names)
            if not (gen and generations[c] not in {gen, ""})  # "Jr." is not "Sr."
            and not (gen != generations[c] and _ages_differ(age, ages[c]))  # "47" vs "Jr., 12"
            and name[-1].lower() == words[-1].lower()
            and same_given_name(name[0], words[0])
        ]
        # the cluster of the mention's own generation first: a later plain "Julian Rorry"
        # is the father's once "Julian Rorry Jr., 12" is a cluster of its own
        found = next((c for c in same if generations[c] == gen), same[-1] if same else None)
        if found is None and len(words) == 2 and _listed_given_name(words[1]):
            found = _double_given_name(full_names, words)  # "Mary Ann" of "Mary Ann Hollis"
        for variant in _GIVEN_NAME_VARIANTS:  # in order: spelling, then short forms
            if found is not None:
                break
            found = next(
                (
                    c
                    for c, name in enumerate(full_names)
                    if name[-1].lower() == words[-1].lower()
                    and variant(name, words)
                    and (not gen or generations[c] in {gen, ""})
                    and not _ages_differ(age, ages[c])
                    and not (
                        variant is _spelled_alike
                        and _listed_pair_side_by_side(text, mentions, clusters[c], i)
                    )
                ),
                None,
            )
        if found is None:
            clusters.append([i])
            full_names.append(words)
            generations.append(gen)
            ages.append(set())
        else:
            clusters[found].append(i)
            generations[found] = generations[found] or gen
            if len(words) > len(full_names[found]):
                full_names[found] = words
        if age is not None:
            ages[found if found is not None else -1].add(age)
    singles: dict[str, list[int]] = defaultdict(list)
    formed: dict[str, str] = {}  # a single's name -> the rule that formed it
    kin_at: dict[int, tuple[str, str]] = {}
    kin = _kin_surnames(text, mentions, kin_at)
    sons = _namesake_sons(text, mentions, person, kin_at, (clusters, full_names, ages))
    for i in person:
        words = name_words(mentions[i].text)
        if len(words) != 1:
            continue
        word = words[0].lower()
        if i in sons:  # "his son, Carl Jr." is "Carl Brennig Jr."
            son = sons[i]
            if isinstance(son, int):
                clusters[son].append(i)
            else:
                singles[son].append(i)
                formed[son] = KIN_GIVEN_NAME
            continue
        if partner := _coordinated_partner(text, mentions, i):
            same = _clusters_named(full_names, partner)
            if len(same) == 1:  # "Brittany and Tiffany Cofman" ... "Brittany S. Cofman"
                clusters[same[0]].append(i)
            else:
                singles[partner].append(i)
                formed[partner] = COORDINATED_NAME
            continue
        folded = _fold_quotes(word)
        target = _nearest_cluster(mentions, clusters, full_names, i, folded, -1)
        if target is None:
            target = _nearest_cluster(mentions, clusters, full_names, i, folded, 0)
        if target is None and word in kin:
            variants = _variant_clusters(full_names, words[0], kin[word])
            if len(variants) == 1:  # "his daughter Oliva" ... "Olivia Mirren"
                clusters[variants[0]].append(i)
            else:
                singles[f"{words[0]} {kin[word]}"].append(i)
                formed[f"{words[0]} {kin[word]}"] = KIN_GIVEN_NAME
        elif target is None:
            singles[word].append(i)
        else:
            clusters[target].append(i)
    named = [(sorted(c), None, TEXT_NAME) for c in clusters]
    return named + [
        (sorted(c), key, formed[key]) if key in formed else (sorted(c), None, TEXT_NAME)
        for key, c in singles.items()
    ]


def _namesake_sons(
    text: str,
    mentions: list[Mention],
    person: list[int],
    kin_at: dict[int, tuple[str, str]],
    named: tuple[list[list[int]], list[list[str]], list[set[int]]],
) -> dict[int, int | str]:
    """``{mention index: cluster index or new name}`` for a lone "Carl Jr." / "Carl III"
    given a kin surname after a son noun of ``kin_sons.txt`` ("his son, Carl Jr., 6";
    "their children: Amy, 9; Carl III, 6"): a person of his own, "Carl Brennig Jr." with
    the written suffix, not his father's alias. He joins a written "Carl Brennig Jr."
    with that suffix unless it is the father himself (another age, or written before him
    with no ages to tell); a full name "Carl Reed" of another surname leaves him "Carl
    Jr." (he may bear his father's surname, not his mother's). Every other lone "Carl
    Jr." of the article is his when he is the one such son. Limits: a son named with no
    suffix ("his son, Carl, 6") stays his father's alias."""
    clusters, full_names, ages = named
    found: dict[int, int | str] = {}
    by_name: dict[tuple[str, str], set[int | str]] = defaultdict(set)  # (given, suffix)
    for i in person:
        m = mentions[i]
        suffix = _suffix(m.text)
        surname, kin = kin_at.get(m.start, ("", ""))
        if suffix in {"", "sr"} or kin not in lexicon_words("kin_sons"):
            continue
        given = name_words(m.text)[0]
        son: int | str = f"{given} {surname} {m.text.split()[-1]}"
        if any(
            f[0].lower() == given.lower() and f[-1].lower() != surname.lower() for f in full_names
        ):
            son = m.text  # "her son, Marcus Jr." beside "Marcus Reed": no surname
        elif own := [
            c
            for c in _clusters_named(full_names, f"{given} {surname}")
            if any(_suffix(mentions[j].text) == suffix for j in clusters[c])
        ]:
            written = age_after(text, m.end)
            age = int(written.group(1)) if written else None
            father = _ages_differ(age, ages[own[0]]) or (
                (age is None or not ages[own[0]]) and mentions[clusters[own[0]][0]].start < m.start
            )
            if len(own) > 1 or father:
                continue
            son = own[0]  # "Carl Brennig Jr." is written in full too
        found[i] = son
        by_name[(given.lower(), suffix)].add(son)
    for i in person:  # every other lone "Carl Jr."
        words = name_words(mentions[i].text)
        sons = by_name.get((words[0].lower(), _suffix(mentions[i].text))) if words else None
        if i not in found and len(words) == 1 and sons and len(sons) == 1:
            found[i] = next(iter(sons))
    return found


def _suffix(name: str) -> str:
    """The suffix of ``people.SUFFIXES`` ending a name, lower case without its dot ("jr",
    "iii"), or ""."""
    words = name.split()
    last = words[-1].strip(",.").lower() if len(words) > 1 else ""
    return last if last in SUFFIXES else ""


_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _listed_pair_side_by_side(
    text: str, mentions: list[Mention], cluster: list[int], i: int
) -> bool:
    """True when mention ``i`` and a full mention of ``cluster`` have two different listed
    given names and stand in one sentence within 80 characters ("Sara Dallow and Sarah
    Dallow"): two people, not one name spelled two ways. Limits: two such people named
    only in different sentences still merge."""
    mention = mentions[i]
    given = name_words(mention.text)[0]
    if not _listed_given_name(given):
        return False
    for j in cluster:
        other = mentions[j]
        words = name_words(other.text)
        if len(words) < 2 or words[0].lower() == given.lower() or not _listed_given_name(words[0]):
            continue
        lo, hi = sorted((other, mention), key=lambda m: m.start)
        gap = text[lo.end : hi.start]
        if len(gap) <= 80 and not _SENTENCE_BREAK.search(gap):
            return True
    return False


def _double_given_name(full_names: list[list[str]], words: list[str]) -> int | None:
    """The one cluster whose fullest name (3+ words) starts with the two given names
    ``words`` ("Mary Ann" ... "Mary Ann Hollis"), else None. Limits: only a cluster named
    before the double given name is found."""
    key = [w.lower() for w in words]
    found = [
        c
        for c, name in enumerate(full_names)
        if len(name) >= 3 and [w.lower() for w in name[:2]] == key
    ]
    return found[0] if len(found) == 1 else None


def _fold_quotes(name: str) -> str:
    """``name`` with curly apostrophes written straight, so "O’Bryan Spiker" and "O'Bryan
    Spiker" (both in one article) compare equal."""
    return name.replace("’", "'")


def _spelled_alike(a: list[str], b: list[str]) -> bool:
    """ "Sarah Dallow" ... "Sara Dallow": the given names are spelling variants."""
    return _spelling_variant(a[0], b[0])


def _short_form(a: list[str], b: list[str]) -> bool:
    """ "Andrew Pardee" ... "Andy Pardee" or "J.R. Pardee": a listed short form or the
    dotted initials of the given and middle names."""
    return _nickname(a[0], b[0]) or _initials_match(a, b)


def _clusters_named(full_names: list[list[str]], name: str) -> list[int]:
    """Clusters whose fullest name has the surname and given name of ``name`` (a name
    built from context, "Brittany Cofman"); a middle name or initial may differ, and the
    given name may be a listed short form of the other ("William and Sheila Tarrow" with
    "Bill Tarrow" as the cluster's name)."""
    words = name_words(name)
    return [
        c
        for c, full in enumerate(full_names)
        if full[-1].lower() == words[-1].lower()
        and (same_given_name(full[0], words[0]) or _nickname(full[0], words[0]))
    ]


def _variant_clusters(full_names: list[list[str]], given: str, surname: str) -> list[int]:
    """Clusters whose fullest name has ``surname`` and a given name that is a one-letter
    spelling variant or a listed short form of ``given``: a kin-introduced given name
    ("his daughter Oliva") written another way in the full name ("Olivia Mirren").
    Limits: a sibling whose name differs by one letter from the other's would merge."""
    return [
        c
        for c, full in enumerate(full_names)
        if full[-1].lower() == surname.lower()
        and (_spelling_variant(full[0], given) or _nickname(full[0], given))
    ]


def _ages_differ(age: int | None, ages: set[int]) -> bool:
    """True when a mention's age and a cluster's ages are both written and disagree."""
    return age is not None and bool(ages) and age not in ages


def _generation(name: str) -> str:
    """ "jr" for a name ending in "Jr."/"II"/"III"/"IV", "sr" for "Sr.", else "" (the
    generation ``_suffix`` names)."""
    suffix = _suffix(name)
    return "sr" if suffix == "sr" else "jr" if suffix else ""


def _nickname(a: str, b: str) -> bool:
    """True when one given name is a listed short form of the other ("Andy"/"Andrew",
    "Mike"/"Michael"; ``models/lexicons/nicknames.txt``). Limits: only the listed common
    English forms; a father and son told apart only by "Bill"/"William" would merge."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    pairs = nickname_pairs()
    return (a, b) in pairs or (b, a) in pairs


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _initials_match(a: list[str], b: list[str]) -> bool:
    """True when one name's given name is the dotted initials of the other's given and
    middle names ("J.R. Gunderson" / "James Robert Gunderson"). Limits: only dotted
    capitals ("JR" is not read as initials); surnames are compared by the caller."""
    for short, full in ((a, b), (b, a)):
        if len(short) == 2 and _DOTTED_INITIALS.fullmatch(short[0]):
            letters = short[0].replace(".", "")
            return len(full) == len(letters) + 1 and all(
                w[:1] == ch for w, ch in zip(full[:-1], letters, strict=False)
            )
    return False


def _spelling_variant(a: str, b: str) -> bool:
    """True for two spellings of one given name, one letter added or dropped inside or at
    the end ("Sara"/"Sarah", "Darrel"/"Darrell", "Oliva"/"Olivia"), or two neighbouring
    letters swapped ("Adrain"/"Adrian") when one of the two is no listed given name
    (``first_names.txt``: "Dean"/"Dena" are two people): both 4+ letters, same first
    letter. Limits: a final "a"/"e" is a different name ("Carl"/"Carla",
    "Louis"/"Louise"); short forms ("Ken"/"Kenny": often father and son) never merge; two
    listed names one letter added apart would ("Jon"/"John" are too short)."""
    listed = all(_listed_given_name(w.rstrip(".")) for w in (a, b))
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and len(a) == len(b) and a[0] == b[0]:
        return not listed and _swapped(a, b)  # "Adrain"/"Adrian", not "Dean"/"Dena"
    if len(short) < 4 or len(long) != len(short) + 1 or short[0] != long[0]:
        return False
    if long[:-1] == short and long[-1] in "ae":
        return False
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _listed_given_name(word: str) -> bool:
    """True for a listed given name in any case ("Dean", "DEAN")."""
    return word in first_names() or word.title() in first_names()


def _swapped(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with two neighbouring letters swapped ("ei"/"ie")."""
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and (a[diff[1]] == b[diff[0]])
    )


def _nearest_cluster(
    mentions: list[Mention],
    clusters: list[list[int]],
    full_names: list[list[str]],
    i: int,
    word: str,
    part: int,
) -> int | None:
    """The cluster whose surname (``part`` -1) or given name (0) is ``word`` and whose full
    mention precedes mention ``i`` most closely (else the first one after it)."""
    start = mentions[i].start
    best, best_key = None, None
    for c, name in enumerate(full_names):
        if name[part].lower() != word:
            continue
        full = [mentions[j].start for j in clusters[c] if len(name_words(mentions[j].text)) >= 2]
        before = [s for s in full if s < start]
        sort_key = (0, start - max(before)) if before else (1, min(full) - start)
        if best_key is None or sort_key < best_key:
            best, best_key = c, sort_key
    return best


def _org_key(name: str) -> str:
    long = orgs.canonical(name)
    return orgs.key(long) if long else orgs.key(name)


def _cluster_orgs(text: str, mentions: list[Mention]) -> list[list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.label == "ORG":
            groups[_org_key(m.text)].append(i)
    parent = {k: k for k in groups}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    # an acronym in brackets right after a long form, or matching its initials
    for k, indices in groups.items():
        for i in indices:
            m = mentions[i]
            match = re.match(r"\s*\(\s*", text[m.end : m.end + 4])
            if not match:
                continue
            after = [
                j
                for j, n in enumerate(mentions)
                if n.label == "ORG" and n.start == m.end + match.end()
            ]
            for j in after:
                parent[root(_org_key(mentions[j].text))] = root(k)
    for k, indices in groups.items():
        forms = {mentions[i].text for i in indices}
        if not all(orgs.is_acronym(f) for f in forms):
            continue
        letters = {f.replace(".", "").replace("&", "") for f in forms}
        for other, other_indices in groups.items():
            if other == k or root(other) == root(k):
                continue
            if any(letters & orgs.initials(mentions[j].text) for j in other_indices):
                parent[root(k)] = root(other)
                break
    merged: dict[str, list[int]] = defaultdict(list)
    for k, indices in groups.items():
        merged[root(k)].extend(indices)
    return [sorted(v) for v in merged.values()]


def _place_key(name: str, postal: bool = False) -> str:
    """Grouping key of a place form; a state code ("IN") only when ``postal`` (its rule
    read it as one)."""
    name = name.strip()
    state = state_for(name, allow_postal=postal)
    return (state or place_short_forms().get(name.lower()) or orgs.key(name)).lower()


def _place_name(forms: list[str], postal: bool = False) -> str:
    for form in forms:
        if state := state_for(form, allow_postal=postal) or place_short_forms().get(form.lower()):
            return state
    return _best_name(forms)


def merge_entities(text: str, mentions: list[Mention]) -> tuple[list[Entity], list[Mention]]:
    """Merge an article's mentions into entities, correcting labels by document evidence.

    Rules, in order: (0) a one-word name owning a kin noun before a full name, or a given
    name introduced by a kin noun or joined by "and" to a full name, is PERSON whatever
    the NER said (``_kin_possessors``, ``_kin_given_names``), and so is a full name in a
    person context ("Warren Church, 19,"; ``relabel_people_in_context``); (1) a non-person mention
    equal to a full name or surname of a multi-word person becomes PERSON (not after
    "in", "at", "from" ... when it was a place), and a 3+ word person that is another
    person's name plus a word nobody bears as a surname loses it (``_trim_trailing_words``);
    (2) one label per surface form (majority vote; ties go to rule-made mentions);
    (3) one-word PERSON mentions that are not an alias of a full name and do not behave
    like a name are dropped (``is_non_name``), or become places when they always follow
    "in", "of", "near" ... and are no given name;
    (4) untagged occurrences of known names are added (``rule:name-propagation``), and
    untagged given names before "and" + a full name (``rule:coordinated-name``);
    (5) clustering: people by surname and compatible given name (or a one-letter spelling
    variant, "Sara"/"Sarah", two swapped letters when one spelling is no listed given
    name, "Adrain"/"Adrian", or a listed short form, "Andy"/"Andrew"; "Jr." and "Sr."
    never together, nor a plain name and its "Jr." when the ages written after them
    differ, and a full name joins its own generation's cluster first), a bare surname or given
    name to the nearest preceding full mention (else the first following one), a given
    name joined by "and" to a full name gets its surname ("Omar and Jamar Hamlin" →
    "Omar Hamlin", a name that is not itself a mention), and so does a lone given name
    introduced as kin of a named person ("Ryan Ruckwald and his daughter, Madeline",
    "Amirah's father, Demetrius Wilkes", "the couple's son, Eli", "Ruth Roe, whose son,
    Wes"; ``_kin_surnames``), joining the one cluster
    with that surname whose given name is a spelling variant or short form of it ("his
    daughter Oliva" ... "Olivia Mirren"), while a son named "Carl Jr." is a person of
    his own ("Carl Brennig Jr.") after a son noun when his surname is found (limits: a
    written "Carl Brennig Jr." already clustered with the father, or parents of two
    surnames, leave the son the father's alias); organisations by key, lexicon
    short forms ("Met" → Metropolitan Police) and acronyms (bracketed after the long form,
    or matching its initials); places by name, state abbreviations and
    country short forms ("Tenn." → Tennessee).

    Names: the fullest person name without titles; an organisation's long form (the
    lexicon's when a word form such as "Met" is used; an organisation named only by an
    acronym keeps the acronym: the lexicon never expands "IOPC" alone); for places the
    state or country name, else the fullest form, title-cased when written in capitals.

    Args:
        text: the article text the mentions point into.
        mentions: from ``find_mentions``; not modified.

    Returns:
        The entities (``entity_id`` left empty) and the new mention list that their
        ``mention_indices`` index, sorted by offset. NORP mentions stay in the list without
        an entity. Limits: see the module docstring.
    """
    cued = cued_forms(text, mentions)
    mentions = _kin_possessors(text, [replace(m) for m in mentions])
    mentions = _kin_given_names(text, relabel_people_in_context(text, mentions))
    aliases = _person_alias_keys(mentions)
    for form in cued:  # the cues read again from the text (``cued_forms``)
        aliases.setdefault(form, form)  # "2-year-old Reign": a person wherever tagged
    _relabel_person_aliases(text, mentions, aliases)
    mentions = _trim_trailing_words(mentions)
    _vote_labels(mentions)
    mentions = _drop_non_names(text, mentions, aliases)
    mentions = mentions + _propagate(text, mentions)
    mentions = sorted(
        mentions + _coordinated_given_names(text, mentions), key=lambda m: (m.start, -m.end)
    )

    entities: list[Entity] = []
    for cluster, formed, how in _cluster_people(text, mentions):
        forms = [mentions[i].text for i in cluster]
        name = formed or _best_name([_without_nickname(f) for f in forms], fullest=True)
        titled = [
            f"{h} {mentions[i].text}"
            for i in cluster
            if (h := honorific_before(text, mentions[i].start))
        ]
        how = TEXT_NAME if name in forms else how
        entities.append(
            Entity("PERSON", name, cluster, _aliases(name, forms + titled), name_method=how)
        )
    for cluster in _cluster_orgs(text, mentions):
        forms = [mentions[i].text for i in cluster]
        long_forms = [lf for f in forms if (lf := orgs.canonical(f))]
        words = [f for f in forms if not orgs.is_acronym(f)]
        if long_forms and words:
            name = long_forms[0]  # "Met", "Metropolitan police" → "Metropolitan Police"
        elif words:
            name = _best_name(words)
        else:  # only an acronym: never expanded from the lexicon alone
            name = Counter(forms).most_common(1)[0][0]
        entities.append(Entity("ORG", name, cluster, _aliases(name, forms)))
    places: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.label in PLACE_LABELS:
            places[_place_key(m.text, m.method in POSTAL_METHODS)].append(i)
    for cluster in places.values():
        forms = [mentions[i].text for i in cluster]
        label = Counter(mentions[i].label for i in cluster).most_common(1)[0][0]
        name = _place_name(forms, any(mentions[i].method in POSTAL_METHODS for i in cluster))
        entities.append(Entity(label, name, cluster, _aliases(name, forms)))
    for entity in entities:
        for i in entity.mention_indices:
            if mentions[i].label != entity.label:
                mentions[i] = replace(mentions[i], label=entity.label)
    entities.sort(key=lambda e: e.mention_indices[0])
    return entities, mentions


# given-name tests of two full names with one surname, tried in this order
_GIVEN_NAME_VARIANTS = (_spelled_alike, _short_form)

__all__ = ["kin_list_ages", "merge_entities"]
