"""Full names the NER tagged as an organisation or place, made PERSON by their context.

"According to the statement Warren Church, 19, was charged", "a 17-year-old family
friend, Dasha Mitchum, were shot", "identified as Phoenix O' Dale", "The family of
Bryson Herrera": a 2-4 word mention whose words are all capitalised becomes PERSON
when an age follows it (", 19,") or an age, "identified as", "named" or a person or kin
noun ("friend,", "family of") comes right before it, and no person noun follows it
("a 19-year-old Cottage Grove man" is a place) nor a capitalised word (a longer name);
with an organisation word in it ("Church") only a following age counts. The name must
start with a known given name or contain no common English word ("Kansas City" never
qualifies).

Limits: only the mention in that context is relabelled (the label vote of
``merge_entities`` may spread it); a name with a common English word and no known given
name first ("Happy Valley Church") is left alone, even when it is a person's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.alternation import alternatives
from pipeline.claims.lexicons import PEOPLE, PEOPLE_OFTEN, after_place_preposition
from pipeline.claims.lexicons import words as lexicon
from pipeline.entities.lexicons import (
    MONTHS_AND_DAYS,
    common_words,
    first_names,
    kin_same_surname,
    state_for,
)
from pipeline.entities.people import age_after, written_in_lower_case
from pipeline.entities.places import is_country_state_or_town
from pipeline.records import Mention

PERSON_CONTEXT = "rule:person-context"
# labels a word must not bear for ``predicate_cued_names`` to read it as a name
_NON_PERSON = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’.-]*")


@lru_cache(maxsize=1)
def _cue_before() -> re.Pattern[str]:
    nouns = "|".join(sorted(lexicon("person_nouns") | kin_same_surname() | {"family"}, key=len))
    return re.compile(
        r"(?:\b(?:identified|id'd)\s+(?:him|her|them\s+)?as|\bnamed"
        rf"|\b(?:{nouns})(?:\s+of|\s*,)"
        r"|\b\d{1,3}[- ](?:year|month)s?[- ]old)\s+$"
    )


def _looks_like_name(words: list[str]) -> bool:
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if words[0] in first_names():
        return True
    return not any(w.lower().strip(".") in common_words() for w in words)


def _modifies_noun(text: str, end: int) -> bool:
    """True when a person noun follows: "a 19-year-old Cottage Grove man"."""
    after = re.match(r"\s+([a-z]+)", text[end : end + 30])
    return after is not None and after.group(1) in lexicon("person_nouns")


def relabel_people_in_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with such names relabelled PERSON (see the module docstring)."""
    result = []
    for m in mentions:
        words = m.text.split()
        if (
            m.label in _NON_PERSON
            and _looks_like_name(words)
            and not state_for(m.text)
            and not _modifies_noun(text, m.end)
            and not _next_word(text, m.end)[:1].isupper()  # "Santa Monica Police Chief"
        ):
            aged = age_after(text, m.end) is not None
            cued = _cue_before().search(text[max(0, m.start - 40) : m.start]) is not None
            if aged or (cued and not any(w.lower() in lexicon("org_words") for w in words)):
                m = replace(m, label="PERSON", method=PERSON_CONTEXT)
        result.append(m)
    return result


_LONE_CUE = re.compile(
    r"(?:\b\d{1,3}[- ](?:year|month|week)s?[- ]old,?|\bidentified\s+(?:him\s+|her\s+)?as"
    r"|\b[Bb]aby)\s$"
)
_LONE_NAME = re.compile(r"[A-Z][a-z][a-z’'-]*")
# what may follow such a name: punctuation, a possessive, "and"/"or", an auxiliary, a
# past-tense verb ("Reign was shot", "Milo and", "Zackary found"); never a noun
_LONE_END = re.compile(
    r"(?:[’']s\b|\s*[,.;:!?)]|\s+(?:and|or|with|who|was|is|were|has|had|remains|\w+ed)\b)"
)


def cued_lone_names(text: str, mentions: list[Mention]) -> set[str]:
    """Lower-case one-word names that an age, "identified as" or "baby" introduces:
    "10-year-old Milo and 13-year-old Chris", "2-year-old Reign was shot", "a boy
    identified as Zackary", "baby Tobiah remains in hospital" (after "baby" no common
    word: not "Baby Shower"); or a listed given name joined by "and" to a full name ("Ava and Mia
    Quist": ``_given_name_and_full_name``). Only words the NER tagged (with any label),
    followed by punctuation, a possessive, "and"/"or", an auxiliary or a past-tense verb,
    never by a noun ("a 19-year-old Memphis man", "a 5-year-old Dallas-area girl"); never
    a month, day or US state.

    Limits: a one-word place right after an age with no noun after it ("a 20-year-old
    Memphis, Tenn., man") would be taken; the merge then treats the word as a person
    everywhere it is tagged, except after a place preposition.
    """
    found: set[str] = set()
    full = {m.start: m for m in mentions if m.label == "PERSON" and " " in m.text}
    for m in mentions:
        if " " in m.text or not _LONE_NAME.fullmatch(m.text) or m.text in MONTHS_AND_DAYS:
            continue
        if state_for(m.text):
            continue
        if _given_name_and_full_name(text, m, full):
            found.add(m.text.lower())
            continue
        cue = _LONE_CUE.search(text[max(0, m.start - 30) : m.start])
        if cue is None or not _LONE_END.match(text, m.end):
            continue
        if cue.group(0).lower().startswith("baby") and _plain_word(m.text):
            continue  # "the Baby Shower, which": no baby's name
        found.add(m.text.lower())
    return found


def _plain_word(word: str) -> bool:
    """A common English word that is no listed given name ("Shower", not "Hope")."""
    return word.lower() in common_words() and word not in first_names()


def _given_name_and_full_name(text: str, mention: Mention, full: dict[int, Mention]) -> bool:
    """ "Ava and Mia Quist" with "Ava" tagged ORG: a listed given name, no common word,
    town or country ("France"; only the gazetteer's few countries: "Jordan" passes),
    joined by "and" to a PERSON full name that starts with a listed given name."""
    word = mention.text
    if word not in first_names() or word.lower() in common_words():
        return False
    if is_country_state_or_town(word):  # "Austin and ...", "France and ..."
        return False
    if not text.startswith(" and ", mention.end):
        return False
    other = full.get(mention.end + len(" and "))
    return other is not None and other.text.split()[0] in first_names()


CUED_LONE_NAME = "rule:cued-lone-name"


def relabel_cued_lone_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Every one-word mention of a form ``cued_lone_names`` finds becomes PERSON ("Milo"
    tagged ORG) with the method ``CUED_LONE_NAME``, except after a place preposition ("in
    Milo"); one the NER already tagged PERSON keeps its label and method."""
    forms = cued_lone_names(text, mentions)
    if not forms:
        return mentions
    return [
        replace(m, label="PERSON", method=CUED_LONE_NAME)
        if m.label != "PERSON"
        and m.text.lower() in forms
        and not after_place_preposition(text, m.start, PEOPLE, PEOPLE_OFTEN)
        else m
        for m in mentions
    ]


_AUXILIARY = r"(?:was|is|has[ ]been|had[ ]been|is[ ]being|was[ ]being|will[ ]be)[ ]+"
_ADVERB = r"(?:[a-z]+ly[ ]+)?"


@lru_cache(maxsize=1)
def _predicate_cue() -> re.Pattern[str]:
    """A lone capitalised word before a person-only predicate, the verbs read from
    ``case_verbs.json``: a reflexive ("shot himself"); after an auxiliary a participle of
    custody, charge or killing ("was arrested", "is being charged", "was slain"), of
    injury ("was wounded"), of harm with a continuation only people take ("was shot in
    the leg", "shot three times", "stabbed to death", "fatally shot"), "held" before
    "in/on/without" ("is being held on bond"), a state verb before a death or found state
    ("was found dead", "pronounced dead", "found unresponsive", "found guilty"), "taken
    into custody"; or an active verb of dying or giving up ("died", "surrendered"), a
    plea ("pleaded guilty")."""
    from pipeline.cases.lexicon import case_lexicon  # the cases package imports this one

    lexicon = case_lexicon()
    group = lexicon.words

    def participles(forms: set[str] | frozenset[str]) -> set[str]:
        """The "-ed"/"-en" forms, and "slain" beside "slay"."""
        return {
            f
            for f in forms
            if f.endswith(("ed", "en")) or (f.endswith("ain") and f"{f[:-3]}ay" in forms)
        }

    custody = participles({f for f, status in lexicon.legal.items() if status})
    killed = {f for f, status in lexicon.harm.items() if status == "killed"}
    hurt = {f for f, status in lexicon.harm.items() if status == "injured"}
    strong = custody | participles(killed) | (group["injury"] & hurt)
    harm = {f for f in hurt - strong if not f.endswith("ing")}
    body = alternatives(group["body_parts"])
    continuation = (
        rf"(?:and[ ]+(?:{alternatives(participles(killed) | strong)})"
        rf"|(?:{alternatives(group['death_states'])})|to[ ]+death"
        rf"|(?:in|to)[ ]+(?:the|his|her)[ ]+(?:[a-z]+[ ]+)?(?:{body})"
        r"|(?:[a-z]+[ ]+)?times|once|twice)"
    )
    fatally = alternatives({f for f in group["fatal_modifiers"] if f.endswith("ally")})
    states = alternatives(group["death_states"] | group["found_states"])
    state_verbs = alternatives(group["death_state_verbs"] | group["guilty_verbs"])
    acts = {f for f, status in lexicon.suspect_acts.items() if status} - group["guilty_verbs"]
    dying = participles(group["death"] | acts)
    pleas = participles(group["guilty_verbs"])
    return re.compile(
        r"(?<![\w’'.\-])(?P<name>[A-Z][a-z][a-z\-]*[a-z])(?:[’']s)?[ ]+"
        r"(?:(?P<reflexive>(?:[a-z]+ly[ ]+)?[a-z]+[ ]+(?:himself|herself))\b"
        rf"|{_AUXILIARY}(?:{_ADVERB}(?:{alternatives(strong)})\b"
        rf"|(?:{fatally})[ ]+(?:{alternatives(harm)})\b"
        rf"|{_ADVERB}(?:{alternatives(harm)})[ ]+{continuation}\b"
        r"|held[ ]+(?:in|on|without)\b"
        rf"|(?:{state_verbs})[ ]+(?:not[ ]+)?(?:{states})\b"
        rf"|taken[ ]+into[ ]+(?:{alternatives(group['custody_nouns'])})\b)"
        rf"|(?:later[ ]+)?(?:{alternatives(dying)})\b"
        rf"|(?:{alternatives(pleas)})[ ]+(?:not[ ]+)?guilty\b)"
    )


# a preposition right before a lone name: "an officer with Metro shot himself"
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:at|with|for|from|of|in|on|near|by|to|into|inside|outside|behind|against)[ ]+$",
    re.IGNORECASE,
)
# a capitalised word (no abbreviation: "Dr.") right before a lone name: "Lake Quarrow"
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w’'\-]*[ ]+$")


def predicate_cued_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with lone capitalised words that a person-only predicate follows
    (``_predicate_cue``: "Quarrow shot himself", "Brindel was found dead", "Velloso is
    being held on bond") made PERSON with the method ``CUED_LONE_NAME`` wherever that form
    is a one-word mention not after a place preposition (an untagged cued occurrence is
    added), so the merge keeps the form as a person's name.

    Only words that are no common English word (nor written in lower case in the text),
    month, day, US state, country or town of ``TOWN_POPULATION`` people, that do not
    follow a capitalised word (the end of a longer name) nor a place preposition; a word
    the NER tagged an organisation, place or nationality anywhere ("Boeing was charged",
    "Hamas", "Haitians died") only when it is also the first or last word of a full PERSON
    mention of the text ("Zaria Quell ... Zaria died") or the subject of "<verb> himself /
    herself" with no "'s" nor preposition before it ("Quarrow shot himself": no
    organisation does that; not "an officer with Metro shot himself"). Limits: a
    person's name that is a common word ("Black was arrested") is not read; an untagged
    organisation named by an uncommon word before such a predicate would be taken for a
    person.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    rejected: set[str] = set()
    reflexive: set[str] = set()  # "Quarrow shot himself": no organisation does that
    for match in _predicate_cue().finditer(text):
        start, end = match.span("name")
        word = match.group("name")
        if word in rejected:
            continue
        if (
            match.group("reflexive")
            and not text.startswith(("'s", "’s"), end)
            and not _PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
        ):
            reflexive.add(word)
        if _NAME_WORD_BEFORE.search(text, max(0, start - 30), start):
            continue  # "Lake Quarrow was": the end of a longer name
        if after_place_preposition(text, start, PEOPLE, PEOPLE_OFTEN):
            continue  # "a manager in Ostrand was arrested"
        if word in found:
            found[word].append((start, end))
            continue
        if (
            word in MONTHS_AND_DAYS
            or word.lower() in common_words()
            or is_country_state_or_town(word)  # "Detroit was shot up"
            or written_in_lower_case(word, text)  # "Man shot himself" beside "a man"
        ):
            rejected.add(word)
            continue
        found[word] = [(start, end)]
    if not found:
        return mentions
    name_ends = {  # the given names and surnames of full PERSON mentions
        word
        for m in mentions
        if m.label == "PERSON" and len(words := m.text.split()) > 1
        for word in (words[0], words[-1])
    }
    forms = {
        word
        for word in found
        if word in name_ends
        or (word in reflexive and not any(m.text == word and m.label == "NORP" for m in mentions))
        or not any(m.text == word and m.label in _NON_PERSON for m in mentions)
    }
    result = [
        replace(m, label="PERSON", method=CUED_LONE_NAME)
        if m.text in forms
        and m.label != "PERSON"
        and not after_place_preposition(text, m.start, PEOPLE, PEOPLE_OFTEN)
        else m
        for m in mentions
    ]
    for word in forms:
        for start, end in found[word]:
            if not any(m.start < end and start < m.end for m in mentions):
                result.append(Mention(start, end, word, "PERSON", CUED_LONE_NAME))
    return sorted(result, key=lambda m: (m.start, -m.end))


def cued_forms(text: str, mentions: list[Mention]) -> set[str]:
    """The lower-case forms the cues of ``cued_lone_names`` introduce, read again from the
    text: those ``relabel_cued_lone_names`` relabelled (their method) and those the NER
    already tagged PERSON."""
    relabelled = {m.text.lower() for m in mentions if m.method == CUED_LONE_NAME}
    return relabelled | cued_lone_names(text, [m for m in mentions if m.label == "PERSON"])


def _next_word(text: str, end: int) -> str:
    after = re.match(r"\s+(\S+)", text[end : end + 30])
    return after.group(1) if after else ""


__all__ = [
    "CUED_LONE_NAME",
    "PERSON_CONTEXT",
    "cued_forms",
    "cued_lone_names",
    "predicate_cued_names",
    "relabel_cued_lone_names",
    "relabel_people_in_context",
]
