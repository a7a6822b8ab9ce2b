"""Raw entity mentions of one Doc: spaCy's entities cleaned and completed by rules.

Limits: works on one document at a time; finds only PERSON, ORG, GPE, LOC, FAC and NORP
names (no pronouns, no common-noun mentions such as "the watchdog"); nested mentions
appear only for a place inside an organisation name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from spacy.tokens import Doc, Span

from pipeline.claims.lexicons import after_place_preposition
from pipeline.claims.lexicons import words as lexicon
from pipeline.doctext import doc_text
from pipeline.entities.clean import GLUED_NUMBER, clean_span, title_before
from pipeline.entities.kinds import relabel_things_named_as_places
from pipeline.entities.lexicons import (
    MONTHS_AND_DAYS,
    common_words,
    first_names,
    is_title_word,
    name_heads,
    name_particles,
    not_people,
    org_gazetteer,
    place_prefixes,
    state_for,
    street_words,
)
from pipeline.entities.patterns import (
    AGE_WORD,
    APPOSED_WHO,
    CAPITALISED_BEFORE,
    PLACE_PREPOSITION,
    person_mentions,
    place_mentions,
    strong_who_name,
)
from pipeline.entities.people import SUFFIXES, written_in_lower_case
from pipeline.entities.person_context import (
    predicate_cued_names,
    relabel_cued_lone_names,
    relabel_people_in_context,
)
from pipeline.entities.places import (
    city_state_codes,
    dateline_places,
    is_known_place,
    is_town,
    place_in_org,
    states_in_name,
)
from pipeline.records import Claim, Mention

LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
SPACY = "spacy:ner"
ACRONYM_IN_BRACKETS = "rule:acronym-in-brackets"
ORG_LEXICON = "rule:org-lexicon"
ORG_POLICE = "rule:org-police"

_BRACKETED = re.compile(r"^(?P<long>.+?)\s*\(\s*(?P<short>[A-Z][A-Za-z&.]*[A-Z]\.?)\s*\)?$")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(?P<short>[A-Z][A-Za-z&.]*[A-Z])\s*\)")
_POLICE_WORDS = {"police", "constabulary"}


def _mention(doc: Doc, start: int, end: int, label: str, method: str) -> Mention:
    return Mention(start, end, doc_text(doc)[start:end], label, method)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _spacy_mentions(doc: Doc, claims: list[Claim]) -> list[Mention]:
    """spaCy's entities, cleaned; person titles become ``per:title`` claims."""
    mentions: list[Mention] = []
    for ent in _line_pieces(doc.ents):
        if ent.label_ in _OTHER_LABELS and _given_name_first(ent.text.split()):
            # "Crystal Hamlin" tagged PRODUCT, "Johnathan Walmer" WORK_OF_ART
            mentions.append(_mention(doc, ent.start_char, ent.end_char, "PERSON", FIRST_NAME))
            continue
        if ent.label_ not in LABELS:
            continue
        if ent.label_ == "ORG" and (match := _BRACKETED.match(ent.text)):
            mentions.extend(_split_bracketed(doc, ent, match, claims))
            continue
        label = ent.label_
        if label == "NORP" and ent.end < len(doc) and doc[ent.end].lower_ in _POLICE_WORDS:
            # "Metropolitan police": a force named by an adjective
            span = doc[ent.start : ent.end + 1]
            label = "ORG"
            method = ORG_POLICE
        elif label == "ORG" and ent.end < len(doc) and doc[ent.end].text in ("Police",):
            span, method = doc[ent.start : ent.end + 1], ORG_POLICE
        else:
            span, method = ent, SPACY
        cleaned = clean_span(span, strip_titles=label == "PERSON")
        if cleaned is None:
            continue
        mention = _mention(doc, cleaned.start, cleaned.end, label, method)
        mentions.append(mention)
        if label != "PERSON":
            continue
        if cleaned.title_start is not None:
            title = (cleaned.title_start, cleaned.title_end)
            title_method = "rule:title-prefix"
        else:
            title = title_before(span)
            title_method = "rule:title-before"
        if title is not None:
            claims.append(
                Claim(
                    mention.start,
                    mention.end,
                    "per:title",
                    doc_text(doc)[title[0] : title[1]],
                    title[0],
                    title[1],
                    title_method,
                )
            )
    return mentions


_OTHER_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def _given_name_first(words: list[str]) -> bool:
    """True for a 2-3 word capitalised name starting with a known given name and ending in
    no common, place or organisation word ("Crystal Hamlin", not "Delta Phi Omega Day").

    Limits: a product or title named after a person ("Jack Daniels") passes."""
    return (
        2 <= len(words) <= 3
        and words[0] in first_names()
        and words[0] not in place_prefixes()
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and words[-1] not in name_heads()
        and words[-1].lower() not in common_words()
        and words[-1] not in MONTHS_AND_DAYS
    )


def _line_pieces(ents: tuple[Span, ...]) -> list[Span]:
    """Entities with a line break inside cut to the part after the last break: "Mobile
    Video\n\nIlana Pryce" (a caption and the first name of the next paragraph tagged as
    one ORG) gives "Ilana Pryce", with the entity's label. The part before the break ends
    a caption, byline or heading line and is dropped, and so is a remaining part without a
    letter or one common English word ("Scott Thiel\n\nAuthorities").

    Limits: the part keeps the wrong label; later rules (patterns, context) relabel it."""
    pieces: list[Span] = []
    for ent in ents:
        if "\n" not in ent.text:
            pieces.append(ent)
            continue
        doc = ent.doc
        start = max(i for i in range(ent.start, ent.end) if "\n" in doc[i].text_with_ws) + 1
        piece = doc[start : ent.end]
        words = [t for t in piece if t.is_alpha]
        if not words or (len(words) == 1 and words[0].lower_ in common_words()):
            continue
        pieces.append(Span(doc, piece.start, piece.end, label=ent.label))
    return pieces


def _split_bracketed(doc: Doc, ent: Span, match: re.Match, claims: list[Claim]) -> list[Mention]:
    """ "The Independent Office for Police Conduct (IOPC" → the long form, the acronym and an
    ``org:alternate_name`` claim."""
    long_span = doc.char_span(
        ent.start_char, ent.start_char + len(match.group("long")), alignment_mode="contract"
    )
    short_start = ent.start_char + match.start("short")
    short = _mention(
        doc, short_start, short_start + len(match.group("short")), "ORG", ACRONYM_IN_BRACKETS
    )
    if long_span is None or (cleaned := clean_span(long_span, strip_titles=False)) is None:
        return [short]
    long = _mention(doc, cleaned.start, cleaned.end, "ORG", SPACY)
    claims.append(_acronym_claim(long, short))
    return [long, short]


def _acronym_claim(long: Mention, short: Mention) -> Claim:
    """``org:alternate_name``: the acronym ``short`` names the organisation ``long``."""
    return Claim(
        long.start,
        long.end,
        "org:alternate_name",
        short.text,
        short.start,
        short.end,
        ACRONYM_IN_BRACKETS,
        short.start,
        short.end,
    )


def _acronyms_after(doc: Doc, mentions: list[Mention], claims: list[Claim]) -> list[Mention]:
    """An acronym in brackets right after an organisation: "Crown Prosecution Service (CPS)"."""
    found = []
    for mention in mentions:
        if mention.label != "ORG":
            continue
        match = _ACRONYM_AFTER.match(doc_text(doc), mention.end)
        if not match:
            continue
        start, end = match.span("short")
        if any(m.start == start for m in mentions):
            short = next(m for m in mentions if m.start == start)
        else:
            short = _mention(doc, start, end, "ORG", ACRONYM_IN_BRACKETS)
            found.append(short)
        claims.append(_acronym_claim(mention, short))
    return found


def _is_caps_context(text: str, start: int, end: int) -> bool:
    """True when the words around ``start:end`` are in capitals too (a headline)."""
    before = text[max(0, start - 30) : start].split()
    after = text[end : end + 30].split()
    near = [w for w in (before[-1:] + after[:1]) if any(c.isalpha() for c in w)]
    return any(w.isupper() and len(w) > 1 for w in near)


def _gazetteer_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Known organisations from ``models/lexicons/org_short_forms.json`` that spaCy missed or
    cut short ("Metropolitan Police" where spaCy saw NORP "Metropolitan")."""
    text = doc_text(doc)
    added: list[Mention] = []
    for form in org_gazetteer():
        if form not in text:  # most forms are absent: skip building their pattern
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            candidate = _mention(doc, match.start(), match.end(), "ORG", ORG_LEXICON)
            if form.isupper() and _is_caps_context(text, candidate.start, candidate.end):
                continue
            overlapping = [m for m in mentions + added if _overlaps(m, candidate)]
            if any((m.start, m.end) == (candidate.start, candidate.end) for m in overlapping):
                continue
            if any(m.start < candidate.start or m.end > candidate.end for m in overlapping):
                continue
            for m in overlapping:
                (mentions if m in mentions else added).remove(m)
            added.append(candidate)
    return added


NAME_HEAD = "rule:name-head"
FIRST_NAME = "rule:first-name"


def _is_plain_word(word: str) -> bool:
    """A capitalised common English word that is no given name ("Reach", "Together")."""
    return word.lower() in common_words() and word not in first_names()


def _office(words: list[str]) -> bool:
    """Whether a name's words are an office: a title word after a place or organisation
    word ("Elmvale Police Cmdr", "Harris County Sheriff's Sgt", "Allen County Coroner")
    or an acronym ("IMPD Sgt"). Limits: an office with no such word ("Indiana State
    Trooper") is not recognised."""
    return (
        len(words) >= 2
        and is_title_word(words[-1])
        and any(
            w.removesuffix("'s").removesuffix("’s") in name_heads()
            or w in name_heads()
            or (len(w) > 2 and w.isupper())
            for w in words[:-1]
        )
    )


def _lower_case_lead(words: list[str], any_next: bool = False) -> bool:
    """Whether a name's first word is a stray lower-case word before a capitalised one
    ("rob Castello"; with ``any_next`` before any word): no particle ("de Blasio") and no
    inner apostrophe ("d'Angelo")."""
    first = words[0]
    return (
        first[:1].islower()
        and first not in name_particles()
        and not any(q in first[1:] for q in "'’")
        and (any_next or words[1][:1].isupper())
    )


def _fix_person_labels(text: str, mentions: list[Mention]) -> list[Mention]:
    """Correct labels from the name's own words.

    A PERSON mention is cut at a comma ("Jimmy Lyle,34") and loses a leading age
    ("Thirty-one-year-old Adam Rusch"), common word ("Reach Dave Munro") or lower-case
    word before a capitalised one ("rob Castello"; not a particle, "de Blasio", nor a
    word with an apostrophe, "d'Angelo Russ"). One with a digit, starting with a word
    of ``not_people`` ("Copyright 2015", "Javascript"), with a lower-case word after its
    first ("misdemeanor battery", "jane doe", "church van") or naming an office ("DuPage
    County Coroner"; ``_office``) is dropped; one ending in a place or organisation word
    ("Bingham County", "Laurel Street") is relabelled. A 2-4 word place or organisation
    mention starting with a known given name ("Milo Rodas" tagged GPE, "Tyrone Pryce"
    tagged ORG) becomes PERSON unless a later word is a place or organisation word
    ("Henry County Prosecutor", "Harmon Avenue N."; a surname that is a title word is no
    obstacle: "Darius Bishop"; for an organisation its last word may be no common word
    either), it is a US state, or a locative preposition comes right before it ("near
    Shelby Park"; ``place_prepositions.txt``).
    """
    fixed = []
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and ("," in m.text or " / " in m.text):
            cut = min(m.text.find(c) for c in (",", " / ") if c in m.text)
            kept = m.text[:cut].rstrip()  # "Stephen , Det" -> "Stephen", end moved with it
            m = Mention(m.start, m.start + len(kept), kept, m.label, m.method)
            words = m.text.split()
        if m.label == "PERSON":
            if len(words) > 1 and all(_is_plain_word(w) for w in words):
                continue  # "Cry Together"
            while len(words) > 1 and (
                _is_plain_word(words[0])
                or AGE_WORD.search(words[0]) is not None
                or _lower_case_lead(words)  # "rob Castello"
            ):
                cut = m.text.index(words[1], len(words[0]))  # "Reach Dave Munro"
                m = Mention(m.start + cut, m.end, m.text[cut:], m.label, m.method)
                words = m.text.split()
            if not words or words[0].lower() in not_people() or any(c.isdigit() for c in m.text):
                continue
            if any(w[:1].islower() and w.lower() not in name_particles() for w in words[1:]):
                continue
            if len(words) > 1 and _lower_case_lead(words, True):
                continue  # "church van" ("van" is a particle): no capitalised word to keep
            if _office(words):
                continue  # "Elmvale Police Cmdr", "DuPage County Coroner": a title, no name
            if len(words) > 1 and (head := name_heads().get(words[-1])):
                if head == "DROP":
                    continue
                m = Mention(m.start, m.end, m.text, head, NAME_HEAD)
        elif m.label in ("GPE", "LOC") and len(words) > 1 and words[-1] in MONTHS_AND_DAYS:
            cut = len(m.text) - len(words[-1])  # "Chattanooga Sunday"
            m = Mention(
                m.start,
                m.start + len(m.text[:cut].rstrip()),
                m.text[:cut].rstrip(),
                m.label,
                m.method,
            )
        elif (
            m.label in ("GPE", "LOC")
            and len(words) > 1
            and name_heads().get(words[-1]) in ("FAC", "ORG")
        ):
            m = Mention(m.start, m.end, m.text, name_heads()[words[-1]], NAME_HEAD)  # "... Jail"
        elif (
            m.label in ("GPE", "LOC", "FAC", "ORG")
            and m.method == SPACY
            and 2 <= len(words) <= 4
            and words[0] in first_names()
            and words[0] not in place_prefixes()
            and not any(w in name_heads() for w in words[1:])
            and all(w[:1].isupper() for w in words)
            and not state_for(m.text)
            and not any(c in m.text for c in "&0123456789")
            and (m.label != "ORG" or words[-1].lower() not in common_words())
            and not after_place_preposition(text, m.start)
        ):
            m = Mention(m.start, m.end, m.text, "PERSON", FIRST_NAME)
        fixed.append(m)
    return fixed


def _add_patterns(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add pattern people (replacing shorter or non-person mentions they overlap; a name
    before ", who" an organisation only when ``strong_who_name``) and pattern
    places (only where nothing was found)."""
    for person in person_mentions(text):
        overlapping = [m for m in mentions if _overlaps(m, person)]
        if any(
            m.label == "PERSON" and m.start <= person.start and m.end >= person.end
            for m in overlapping
        ):
            continue
        if (
            person.method == APPOSED_WHO
            and not strong_who_name(person.text)
            and any(m.label == "ORG" for m in overlapping)
        ):
            continue  # "Mercy Health, who" tagged ORG stays an organisation
        kept = []
        for m in overlapping:
            sticks_out = m.start < person.start or m.end > person.end
            if sticks_out and m.label in ("ORG", "FAC"):
                if m.start >= person.start:
                    # "Jahleel Mannis of Quincy" tagged ORG: the tail after "of" is a place
                    tail = re.match(r"\s+(?:of|from|in)\s+([A-Z].*)$", text[person.end : m.end])
                    if not tail:
                        break
                    start = person.end + tail.start(1)
                    kept.append(Mention(start, m.end, text[start : m.end], "GPE", m.method))
                    continue
                # "WSMV 4 News as Ilana Pryce", "SAN ANTONIO - Joe Herrera": keep the part
                # before a lower-case connector or a dash
                head = re.match(r"(.*?\S)\s*(?:\s[a-z]+|[-—–:;])\s+$", text[m.start : person.start])
                if not head:
                    break
                kept.append(
                    Mention(m.start, m.start + head.end(1), head.group(1), m.label, m.method)
                )
        else:
            mentions = [m for m in mentions if m not in overlapping] + kept + [person]
    for place in place_mentions(text):
        overlapping = [m for m in mentions if _overlaps(m, place)]
        same = [m for m in overlapping if (m.start, m.end) == (place.start, place.end)]
        weak = place.method == PLACE_PREPOSITION
        possessive = text[place.end : place.end + 2] in ("'s", "’s")

        def replaceable(m: Mention, weak: bool = weak, possessive: bool = possessive) -> bool:
            if m.method != SPACY or m.label not in ("ORG", "NORP", "PERSON"):
                return False
            # "in Aliquippa" tagged PERSON: a one-word non-given-name, not "in Smith's house"
            return (
                m.label != "PERSON"
                or not weak
                or (" " not in m.text and m.text not in first_names() and not possessive)
            )

        if overlapping and not (same == overlapping and all(replaceable(m) for m in same)):
            continue
        mentions = [m for m in mentions if m not in same] + [place]
    return mentions


_NAME_WORD = re.compile(r"[ ](?P<word>(?:[A-Z][a-z]*[’'])?[A-Z][\w’'\-]+)(?![\w’'])")


_QUOTE_REST = re.compile(r"[^\"”\n]{0,12}[\"”][ ](?P<surname>[A-Z][\w’'\-]+)(?![\w’'\-])")


def _close_nicknames(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person cut inside a quoted nickname gets the rest of it and the surname after it:
    'James Robert “J.R.' → 'James Robert “J.R.” Gunderson'; the surname's own mention, if
    any, is dropped."""
    grown: dict[int, int] = {}
    for i, m in enumerate(mentions):
        if m.label != "PERSON" or (m.text.count("“") + m.text.count('"')) % 2 == 0:
            continue
        if m.text.count("“") and m.text.count("”"):
            continue
        match = _QUOTE_REST.match(text, m.end)
        if match and match.group("surname").lower() not in common_words():
            grown[i] = match.end()
    if not grown:
        return mentions
    result = []
    spans = [(mentions[i].start, end) for i, end in grown.items()]
    for i, m in enumerate(mentions):
        if i in grown:
            end = grown[i]
            result.append(Mention(m.start, end, text[m.start : end], "PERSON", m.method))
        elif not any(s <= m.start and m.end <= e for s, e in spans):
            result.append(m)
    return result


_LINE_START = re.compile(r"(?:^|\n|[.!?][\"”]?\s)\s*$")


def _name_part(word: str) -> bool:
    """Whether a capitalised word next to a person name may complete it: 3+ letters and
    no common, title, calendar or place-ending word ("O’Neal", not "Police", "County")."""
    return (
        len(word) >= 3
        and word.lower() not in common_words()
        and not is_title_word(word)
        and word not in MONTHS_AND_DAYS
        and word not in name_heads()
    )


def _given_name_before(text: str, start: int, before: re.Match[str]) -> bool:
    """True when the capitalised word ``before`` (right before a name at ``start``) is a
    given name: a known one, or at the start of a line or sentence one of 3+ letters that
    is no common, title, place, state, town (``is_town``) or calendar word and that the text
    never writes in lower case ("Brantley Michael Lenz suffered"; not "By Jane Doe",
    "Elmvale Mayor Mike Tindall" is left to the title rules)."""
    word = before.group(1)
    if word in MONTHS_AND_DAYS and (word.endswith("day") or word not in first_names()):
        return False  # "police said Sunday Rudy Coulter", not "Jan Louise Pask"
    if word in first_names():
        return True
    at = start - len(before.group(0))
    return _LINE_START.search(text[max(0, at - 4) : at]) is not None and _may_be_given_name(
        word, text
    )


def _may_be_given_name(word: str, text: str) -> bool:
    """Whether ``word`` may be a given name, listed or not: it looks like a name part, is
    no place prefix, state or town, and ``text`` never writes it in lower case ("By",
    "On", "Officer", "When")."""
    return (
        _name_part(word)
        and word not in place_prefixes()
        and not state_for(word)
        and not is_town(word)
        and not written_in_lower_case(word, text)
    )


def _free_or_lone_person(name: Mention, following: Mention | None) -> bool:
    """Whether the word after ``name`` may extend it: no mention starts there, or a
    one-word PERSON mention does after a name of two or more words ("Carlos Navarro" +
    "Franco" tagged apart: one "Carlos Navarro Franco"). Limits: two people written
    side by side with no punctuation ("Ann Lee Smith" for "Ann Lee" and "Smith") join."""
    return following is None or (
        following.label == "PERSON" and " " not in following.text and " " in name.text
    )


def _extend_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Complete person names spaCy cut short: a surname written with an apostrophe or left
    outside the span ("Manuel" + "O’Neal"), a given name left outside or tagged apart
    ("Bentley" + "Michael Lenz"). Only capitalised words that are not common words,
    titles, months or place words; never a word after a suffix ("Rodney Pellman Jr."
    + "Brevard"); the given name must be in the first-names lexicon, or start a line or
    sentence (``_given_name_before``), and is no weekday."""
    starts = {m.start: m for m in mentions}
    ends = {m.end: m for m in mentions}
    result = []
    for m in mentions:
        if m.label != "PERSON" or m.method not in (SPACY,):
            result.append(m)
            continue
        start, end = m.start, m.end
        after = _NAME_WORD.match(text, end)
        last = m.text.split()[-1].lower()
        if after and _free_or_lone_person(m, starts.get(end + 1)) and last not in SUFFIXES:
            word = after.group("word")
            if _name_part(word) and not word.isupper():
                glued = GLUED_NUMBER.search(word)  # "Marquis Garber-23": not the age
                end = after.end() - (len(word) - glued.start() if glued else 0)
        before = re.search(r"(?<![\w’'])([A-Z][a-z]+) $", text[max(0, start - 30) : start])
        if before and len(m.text.split()) >= 2 and _given_name_before(text, start, before):
            new_start = start - len(before.group(0))
            other = ends.get(start - 1)
            if other is None or (other.start == new_start and other.label != "PERSON"):
                start = new_start
        if (start, end) != (m.start, m.end):
            m = Mention(start, end, text[start:end], "PERSON", "rule:name-extension")
        result.append(m)
    taken = [(m.start, m.end) for m in result if m.method == "rule:name-extension"]
    return [
        m
        for m in result
        if m.method == "rule:name-extension"
        or not any(s <= m.start and m.end <= e for s, e in taken)
    ]


GIVEN_NAME_BEFORE_SURNAME = "rule:given-name-before-surname"
_PLACE_BEFORE = re.compile(r"(?<![\w’'])(?:in|near|outside)[ ]$")


def _pair_of_a_known_surname(text: str, match: re.Match[str], bearers: dict[str, set[str]]) -> bool:
    """Whether a two-word span the NER tagged as no person ("Tiberius Durcan" as ORG) is
    a person whose surname another PERSON mention bears, a full name ("Sean Durcan") or
    a lone surname ("Denzel Glover" as ORG, "Glover" as PERSON), never the pair itself
    tagged PERSON elsewhere ("Sri Lanka" in a scorecard); the surname is no organisation
    word ("Gencor Ltd" beside "Ingwe Coal Corporation Ltd"); the first word is no
    nationality ("American Davenport"; ``nationality_words.txt``); no "in", "near" or
    "outside" before it ("near Gujar Khan" beside "Shahid Khan"). Limits: a firm or
    product whose second word the NER once tagged PERSON alone is taken ("Deutsche
    Boerse" beside "Boerse")."""
    given, surname = match.group(1), match.group(2)
    others = bearers.get(surname, set()) - {match.group(0)}
    return (
        bool(others)
        and surname.lower() not in lexicon("org_words")
        and given.lower() not in lexicon("nationality_words")
        and not _PLACE_BEFORE.search(text, max(0, match.start() - 10), match.start())
    )


_ARTICLE_BEFORE = re.compile(r"(?<![\w’'])(?:a|an|the|this|that|another)[ ]$")
_LOWER_WORD_AFTER = re.compile(r"[ ]([a-z]+)\b")
_WORD_PAIR = re.compile(r"(?<![\w’'.\-])([A-Z][a-z]+)[ ]([A-Z][a-z][\w’'\-]*[a-z])(?![\w’'\-])")


def _after_given_name(text: str, form: str) -> bool:
    """Whether ``form`` is written somewhere right after a listed given name ("Oda
    Vrane"): a cheap test (``str.find``) that keeps the pair scan for mislabelled
    surnames off most articles."""
    k = text.find(" " + form)
    while k != -1:
        given = text[max(0, k - 20) : k].rsplit(None, 1)[-1:] if k else []
        if given and given[0] in first_names():
            return True
        k = text.find(" " + form, k + 1)
    return False


def _noun_after(doc: Doc | None, text: str, end: int) -> bool:
    """True when the word after ``end`` is a lower-case noun of ``doc``'s parse ("Sig
    Sauer pistol"); False without a parse."""
    after = _LOWER_WORD_AFTER.match(text, end)
    if doc is None or after is None:
        return False
    span = doc.char_span(*after.span(1))
    return span is not None and span[0].pos_ == "NOUN"


class _SpanIndex:
    """Mention spans sorted by start, with the furthest end reached by each prefix, to
    ask whether a span overlaps one of them by bisection instead of a scan."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # reach[i]: the furthest end among the first i spans (-1 for none)
        self.reach = list(accumulate((e for _, e in self.spans), max, initial=-1))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``start:end``."""
        return self.reach[bisect_left(self.starts, end)] > start

    def overlaps_other(self, start: int, end: int) -> bool:
        """Whether a span other than ``start:end`` itself overlaps it."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return self.reach[first] > start or any(
            e > start and (s, e) != (start, end) for s, e in self.spans[first:last]
        )


def _given_names_before_surnames(
    text: str, mentions: list[Mention], doc: Doc | None = None
) -> list[Mention]:
    """Full names the NER missed whose surname is a person's elsewhere in the article:
    "Ricky Brandeck ... Tesanne Brandeck, a nurse" gives "Tesanne Brandeck" even when the
    given name is not listed. The surname must be the last word of a PERSON mention, or,
    after a listed given name and not after a place preposition, a one-word place or
    organisation mention (a surname the NER mislabelled: "Oda Vrane faces ..." beside
    "Vrane's charge" tagged ORG; not "Officers at Mercy Marriott"), 3+
    letters, no common or street word; the given name an untagged capitalised word (or
    the pair is one place, organisation or nationality span of the NER whose surname a
    full name bears, ``_pair_of_a_known_surname``: "Tiberius Durcan" tagged ORG beside
    "Sean Durcan") that
    is no common, title, calendar or place word, never written in lower case in the text;
    no capitalised word or article right before the given name ("a Good Samaritan"), no
    capitalised word nor (with ``doc``'s parse) lower-case noun after the surname ("a Sig
    Sauer pistol"). Limits: a capitalised word before a known surname that is no name
    ("Teller Brandeck") would be taken, unless the text writes it in lower case; an
    English word that is also a listed given name ("Young Hill") is taken.
    """
    bearers: dict[str, set[str]] = {}  # surname: the PERSON mentions that end with it
    for m in mentions:
        if m.label == "PERSON" and (words := m.text.split()) and len(words[-1]) >= 3:
            bearers.setdefault(words[-1], set()).add(m.text)
    surnames = set(bearers)
    mislabelled = {
        m.text
        for m in mentions
        if m.label in ("ORG", "GPE", "FAC", "LOC")
        and " " not in m.text
        and len(m.text) >= 3
        and _after_given_name(text, m.text)
    }
    if not surnames and not mislabelled:
        return mentions
    spans = _SpanIndex([(m.start, m.end) for m in mentions])
    mislabelled_pairs = {
        (m.start, m.end)
        for m in mentions
        if m.label in ("ORG", "GPE", "FAC", "LOC", "NORP") and m.method == SPACY
    }
    added: list[Mention] = []
    replaced: set[tuple[int, int]] = set()
    for match in _WORD_PAIR.finditer(text):
        given, surname = match.group(1), match.group(2)
        if surname.lower() in common_words():
            continue
        if surname not in surnames and (
            surname not in mislabelled
            or given not in first_names()
            or after_place_preposition(text, match.start(), "people", "lone-name")
        ):
            continue  # "Officers at Mercy Marriott": a place, not a person
        if surname.lower() in street_words() or surname in name_heads():
            continue  # "Morgan Lane": a street
        if CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Elliot Oliver Robertson Rodger": inside a longer name
        if _ARTICLE_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            continue  # "a Good Samaritan": a name takes no article
        g_start, g_end = match.span(1)
        s_start, s_end = match.span(2)
        whole = (g_start, s_end) in mislabelled_pairs and _pair_of_a_known_surname(
            text, match, bearers
        )
        if not whole and spans.overlaps(g_start, g_end):
            continue  # the given name is (part of) a mention already
        if not whole and spans.overlaps_other(s_start, s_end):
            continue  # the surname is inside a longer mention
        if _NAME_WORD.match(text, s_end) or given == surname:
            continue
        if not _may_be_given_name(given, text):
            continue  # a place, or "Officer", "Sunday", "When": written in lower case too
        if _noun_after(doc, text, s_end):
            continue  # "a Sig Sauer pistol": a name that modifies a noun
        added.append(
            Mention(g_start, s_end, text[g_start:s_end], "PERSON", GIVEN_NAME_BEFORE_SURNAME)
        )
        replaced.add((g_start, s_end) if whole else (s_start, s_end))
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in replaced]
    return sorted(kept + added, key=lambda m: (m.start, -m.end))


LISTED_PERSON = "rule:listed-person"
# ", " / " and " / ", and " / " & ", or one of these around an age ("Rodney Hardin, 23, and")
_LIST_SEPARATOR = re.compile(r"(?:,[ ]?\d{1,3})?(?:,[ ]?(?:and[ ]|&[ ])?|[ ](?:and|&)[ ])")
_LIST_NAME = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,2}(?![\w’'\-])")


def _listed_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names listed with people ("Ernest Jessup, Andrew Pardee and Sara Dallow"; "Jahad
    Brumsey, Nia Warde, Albert Dickens"; "Marcellus Wilkes and Marquez Bankston";
    "Rodney Hardin, 23, and Stephen Mayhew 23") become PERSON, whether the NER tagged
    them as a place or organisation or missed them.

    A 2-3 word capitalised name joined by "," or "and" (an age may come between) to a
    full-name PERSON mention on both sides; or on one side when no word after the first is
    a common word ("Houston Chronicle" and "Andrew Pardee" need people on both sides), the
    NER did not call it a place, and punctuation or "and" closes it or "and" joins it to
    the person before ("Stephen McAllister, Little Rock police spokesman" is no list). A
    name ending in a place or organisation word is taken only when it starts with a known
    given name ("Kansas City" never is). Never a US state, a street, a name in capitals or
    with a title, a digit, an age ("Thirty-one-year-old") or a common first word ("Wells
    Fargo").
    """
    people = [m for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2]
    ends = {m.end for m in people}
    starts = {m.start for m in people}

    def joined_left(start: int) -> bool:
        return any(
            _LIST_SEPARATOR.fullmatch(text[end:start]) for end in ends if 0 < start - end <= 11
        )

    def joined_right(end: int) -> bool:
        return any(
            _LIST_SEPARATOR.fullmatch(text[end:start]) for start in starts if 0 < start - end <= 6
        )

    def listed(name: str, start: int, end: int, label: str | None = None) -> bool:
        words = name.split()
        if (
            not 2 <= len(words) <= 3
            or state_for(name)
            or any(w.isupper() or is_title_word(w) or w in MONTHS_AND_DAYS for w in words)
            or words[0].lower() in common_words()
            or words[-1].lower().rstrip(".") in street_words()
            or any(re.search(r"-[a-z]|\d", w) for w in words)  # "Thirty-one-year-old"
        ):
            return False
        given = words[0] in first_names()
        if words[-1] in name_heads() and not given:
            return False  # "Kansas City"
        left, right = joined_left(start), joined_right(end)
        if left and right:
            return True
        plain = (given or words[0].lower() not in common_words()) and not any(
            w.lower() in common_words() for w in words[1:]
        )
        # one side only: never a place the NER saw, and a name closed by punctuation or
        # "and" unless joined by "and" ("Stephen McAllister, Little Rock police spokesman")
        closed = re.match(r"[,.;:)]|[ ](?:and|&)[ ]", text[end : end + 5]) is not None
        joined_by_and = re.search(r"(?:and|&)[ ]$", text[max(0, start - 5) : start]) is not None
        return (left or right) and plain and label != "GPE" and (closed or (left and joined_by_and))

    result = []
    for m in mentions:
        if (
            m.label in ("GPE", "LOC", "FAC", "ORG", "NORP")
            and m.method in (SPACY, NAME_HEAD)
            and listed(m.text, m.start, m.end, m.label)
        ):
            m = Mention(m.start, m.end, m.text, "PERSON", LISTED_PERSON)
        result.append(m)
    taken = [(m.start, m.end) for m in result]
    for match in _LIST_NAME.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        if re.match(r"[ ]?[-–][ ]?\w", text[end : end + 4]):
            continue  # "Leung Che - cheung": the name goes on
        if listed(match.group(0), start, end):
            result.append(Mention(start, end, match.group(0), "PERSON", LISTED_PERSON))
    return result


_COMPASS = re.compile(
    r"^(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Downtown|"
    r"NE|NW|SE|SW|Lower|Upper|Greater|"
    r"north|south|east|west|northeast|northwest|southeast|southwest|central|downtown) )+"
)


_COUNTY = re.compile(r"(?:[A-Z][\w.'’]+ ){1,3}(?:County|Parish)\b")
_HYPHENATED = re.compile(r"^([A-Z][a-z]+)-([A-Z][a-z]+)$")


def _places_in_places(mentions: list[Mention]) -> list[Mention]:
    """Places nested in other names (``rule:place-in-place``): the city inside "North
    Killeen" or "East Baltimore" (not when the whole is a US state, "North Carolina", nor a
    state in a known place, "West New York"), the county inside "Tulsa County Jail", both
    parts of "Miami-Dade"."""
    found = []
    nested = "rule:place-in-place"
    for m in mentions:
        county = _COUNTY.search(m.text) if m.label in ("ORG", "FAC") else None
        if county and county.group(0) != m.text:
            start, end = m.start + county.start(), m.start + county.end()
            found.append(Mention(start, end, county.group(0), "GPE", nested))
        if m.label in ("GPE", "LOC") and (parts := _HYPHENATED.match(m.text)):
            for n in (1, 2):
                start = m.start + parts.start(n)
                found.append(Mention(start, m.start + parts.end(n), parts.group(n), "GPE", nested))
        if (
            m.label in ("GPE", "LOC")
            and (match := _COMPASS.match(m.text))
            and not state_for(m.text)
        ):
            rest = m.text[match.end() :]
            if state_for(rest) and is_known_place(m.text):
                continue  # "West New York" is a town, not the state
            if rest and rest[0].isupper() and rest.split()[-1] not in name_heads():
                start = m.start + match.end()
                found.append(Mention(start, m.end, rest, "GPE", "rule:place-in-place"))
    return found


_AFTER_DATELINE = re.compile(r"[^\w\n]*?[ ][-—–:][ ]+(?=[A-Z])")


def _add_datelines(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Dateline places replace any spaCy mention they overlap; of a person mention running
    on past the dateline's dash the name after the dash is kept."""
    text = doc_text(doc)
    datelines = dateline_places(text)
    kept = []
    for m in mentions:
        over = [d for d in datelines if _overlaps(m, d)]
        if not over:
            kept.append(m)
        elif (
            m.label == "PERSON"
            and (rest := _AFTER_DATELINE.match(text, max(d.end for d in over)))
            and rest.end() <= m.end
            and len(text[rest.end() : m.end].split()) >= 2
        ):
            # "WARREN TOWNSHIP - Jesse Haynes" tagged as one name: the name after the dash
            kept.append(Mention(rest.end(), m.end, text[rest.end() : m.end], m.label, m.method))
    return kept + datelines


_STATE_CODE_GATE = re.compile(r",[ ][A-Z]{2}\b|[A-Z]{2}[ ]\d{5}\b")


def _add_state_codes(text: str, mentions: list[Mention]) -> list[Mention]:
    """State codes after a town (``city_state_codes``) replace a mention of just the code
    ("AL" tagged GPE or ORG); a code inside a longer mention is left to it, and a town
    inside a person's or organisation's name is no town."""
    if not _STATE_CODE_GATE.search(text):
        return mentions
    names = [(m.start, m.end) for m in mentions if m.label in ("PERSON", "ORG")]
    codes = city_state_codes(text, names)
    if not codes:
        return mentions
    spans = {(c.start, c.end) for c in codes}
    kept = [m for m in mentions if (m.start, m.end) not in spans]
    return kept + [c for c in codes if not any(_overlaps(m, c) for m in kept)]


def _states_in_names(text: str, mentions: list[Mention], places: list[Mention]) -> list[Mention]:
    """``states_in_name`` of every mention, except a state inside a longer place found in
    an organisation name (``places``: "Ohio Valley" of "Ohio Valley Fire Department")."""
    return [
        s
        for m in mentions
        for s in states_in_name(text, m)
        if not any(
            p.start <= s.start and s.end <= p.end and p.end - p.start > s.end - s.start
            for p in places
        )
    ]


def find_mentions(doc: Doc) -> tuple[list[Mention], list[Claim]]:
    """Raw PERSON/ORG/GPE/LOC/FAC/NORP mentions of ``doc`` and the claims found while
    cleaning them.

    spaCy's entities are cleaned (person titles stripped and returned as ``per:title``
    claims, possessive "'s" and a leading "the" trimmed), a bracketed acronym is split off
    as its own ORG mention with an ``org:alternate_name`` claim, known organisations from
    the lexicon are added, and places are added for a city inside an organisation name,
    a US state inside a longer name ("University of Southern Nebraska"), a state code
    after a town ("Dover, DE") and for datelines; a full name the NER tagged otherwise that
    an age follows or a person cue precedes ("Derrin Church, 19,") is a person before the
    claims are read (``relabel_people_in_context``); a place the text calls one of a kind
    of things that are no places ("Grindr and other dating apps") is an ORG. Mentions
    are sorted by offset; only ``rule:place-in-org`` and ``rule:place-in-place`` mentions
    nest inside another mention.

    Limits: labels are spaCy's except for the rules above; document-level corrections
    (surnames, mislabelled aliases, non-names) happen in ``merge_entities``.
    """
    claims: list[Claim] = []
    text = doc_text(doc)
    mentions = _fix_person_labels(text, _spacy_mentions(doc, claims))
    mentions = _add_patterns(text, _close_nicknames(text, mentions))
    mentions = _given_names_before_surnames(text, _extend_people(text, mentions), doc)
    mentions = relabel_cued_lone_names(text, _listed_people(text, mentions))
    mentions = relabel_people_in_context(text, predicate_cued_names(text, mentions))
    mentions = relabel_things_named_as_places(text, mentions)
    mentions += _gazetteer_mentions(doc, mentions)
    mentions += _acronyms_after(doc, mentions, claims)
    mentions = _add_datelines(doc, mentions)
    mentions = _add_state_codes(text, mentions)
    places = [p for m in mentions if m.label == "ORG" and (p := place_in_org(text, m))]
    places += _states_in_names(text, mentions, places)
    places += _places_in_places(mentions + places)
    mentions += places
    mentions.sort(key=lambda m: (m.start, -m.end))
    claims = list({(c.target_start, c.predicate, c.start): c for c in claims}.values())
    unique: list[Mention] = []
    for mention in mentions:
        if unique and (unique[-1].start, unique[-1].end) == (mention.start, mention.end):
            continue
        unique.append(mention)
    return unique, claims
