"""Which person an unnamed age phrase is about: anaphora ("the 19-year-old") and
cataphora ("A 67-year-old man was shot ... Daniel Norcott").

Both are heuristics with no coreference model; gender agreement comes from nouns
("girl", "son") and the he/she, titles and kin nouns around a name. The claims they give
carry ``rule:age-anaphor`` / ``rule:age-cataphor`` so a user can weigh
or drop them. Officials (a title word just before the name, or the subject of a
reporting verb: "Sheriff John Doe said") are never chosen.
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from pipeline.cases.lexicon import case_lexicon
from pipeline.cases.roles import evidence_for, mention_head
from pipeline.cases.roles.evidence import REFLEXIVE
from pipeline.claims.lexicons import (
    PEOPLE,
    mapping,
    person_nouns,
    place_prepositions,
    spouse_nouns,
    words,
)
from pipeline.claims.people import MentionIndex, Target, looks_like_name, token_at, token_end
from pipeline.doctext import doc_text
from pipeline.names import NAME_SUFFIXES
from pipeline.records import Claim, Mention

CATAPHOR_SENTENCES = 8
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"northern", "southern", "eastern", "western", "central", "downtown", "rural"}
)
# a call sign or network, maybe with its channel, before "'s": "KTLA", "CBS2", "KESQ-TV"
BROADCASTER = re.compile(r"[KW][A-Z]{2,3}\d*(?:-(?:TV|FM|AM))?|(?:ABC|CBS|NBC|FOX|CNN)\d*")
MALE_PRONOUNS = frozenset({"he", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "herself"})


class Phrase(Protocol):
    """An age phrase: the number is ``doc[start]``, the phrase ends before ``doc[end]``."""

    value: int
    start: int
    end: int


def aged_noun(doc: Doc, phrase: Phrase) -> Token:
    """The noun an age phrase modifies ("boy" in "a 15-year-old boy"), else its last token."""
    tok = doc[phrase.end - 1]
    while tok.dep_ in {"amod", "compound", "nummod", "npadvmod"} and tok.head is not tok:
        tok = tok.head
    return tok


def introduces_unnamed(phrase: Phrase, others: list[Phrase], claims: list[Claim], doc: Doc) -> bool:
    """True when the last earlier phrase with the same age named nobody."""
    start = doc[phrase.start].idx
    earlier = [p.start for p in others if p.value == phrase.value and p.start < phrase.start]
    named = [c.start for c in claims if c.value == str(phrase.value) and c.end <= start]
    if not earlier:
        return False
    return not named or doc[max(earlier)].idx > max(named)


def antecedent(
    doc: Doc, index: MentionIndex, phrase: Phrase, claims: list[Claim], kin: Target | None
) -> Target | None:
    """ "The 19-year-old": the person last given that age, else the nearest person named
    before who is not an official: no title word before the name ("Sheriff John Doe"), and
    a speaker ("Doe said", "Walker told his brother") only when no mention of the name has
    a title (``_titled_anywhere``). "X, the uncle of the 16-year-old" (``kin``, X from
    ``kin_of_phrase``) gives X's namesake (``_namesake``) or nobody, and the caller makes
    no cataphor guess for it; a nearest person already given another age gives nobody too
    ("19-year-old Ian Roe was holding
    the gun ... Roe and the 15-year-old": someone new; the caller then looks ahead).
    Limits: an untitled official or lawyer who speaks may be taken for the aged person."""
    start = doc[phrase.start].idx
    value = str(phrase.value)
    earlier = [
        c for c in claims if c.value == value and c.end <= start and c.predicate == "per:age"
    ]
    if earlier:
        last = max(earlier, key=lambda c: c.start)
        return Target(
            last.target_start, last.target_end, doc_text(doc)[last.target_start : last.target_end]
        )
    gender = phrase_gender(doc, phrase)
    if kin is not None:
        # "Calvin Pike, the uncle of the 16-year-old victim": not the victim, but maybe the
        # one other person of that surname named before ("Dean Pike was shot")
        return _namesake(doc, index, phrase, kin)
    aged = _aged_names(
        doc, index, [c for c in claims if c.end <= start and c.predicate == "per:age"]
    )
    inside = _own_clause(doc, phrase)
    companions = (
        {w for p in index.people_between(*inside) for w in p.text.lower().split()}
        if inside
        else set()
    )
    for person in reversed(index.people_between(0, start)):
        if companions & set(person.text.lower().split()):
            return None  # "the 19-year-old who had been with Tyre" is not Tyre King
        if _has_age(person.text, aged, lone_covers_all=False):
            return None  # "19-year-old Ian Roe ... Roe and the 15-year-old": someone else
        if _official_not_aged(doc, person):
            continue  # not "Sheriff John Doe said"; an untitled speaker may be the aged one
        if gender and person_gender(doc, person) not in {gender, ""}:
            continue  # "the 3-year-old girl" is not the man named before
        if phrase.value >= ADULT_AGE and introduced_as_child(doc, person):
            continue  # "the toddler killed was X ... The 32-year-old woman"
        return person
    return None


def _not_a_person(doc: Doc, person: Target) -> bool:
    """True for a mention the NER tagged PERSON that is a place, organisation or station:
    "Mercy Hospital", "Thistle Lane", "in Waukegan", "block of Emma", "(Credit: KMOV)", a
    name before a person noun ("a 19-year-old Glenwood Heights man")."""
    if not looks_like_name(person.text) and (
        len(person.text.split()) > 1
        or person.text.lower() in words("street_words") | words("org_words")
    ):
        return True
    return (
        _after_place_word(doc, person)
        or bool(BROADCASTER.fullmatch(person.text))
        or _modifies_person_noun(doc, person)
    )


def _modifies_person_noun(doc: Doc, person: Target) -> bool:
    """True for a name right before a person noun ("a 19-year-old Glenwood Heights man",
    "the Lakeview teen"): a place or group the NER tagged PERSON, modifying the noun.
    Limits: only the token right after the mention is read."""
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    after = token_at(doc, span.end) if span is not None else None
    return after is not None and after.pos_ == "NOUN" and after.lower_ in person_nouns()


def cataphor(
    doc: Doc,
    index: MentionIndex,
    phrase: Phrase,
    claims: list[Claim],
    noun: Token | None = None,
    sentences: int = CATAPHOR_SENTENCES,
) -> Target | None:
    """ "A 67-year-old man was shot ... Daniel Norcott of Zionsville was ...": the first
    person named after an unnamed aged noun, within the next ``CATAPHOR_SENTENCES``
    sentences, who is not an official (a title word just before the name, or the subject
    of a reporting verb: "Sheriff John Doe said") and has no age of their own stated
    elsewhere ("Samir Lockhart, 19, was charged over the slaying of a 13-year-old boy ... Ian
    Wilsey": Price is skipped).
    """
    last_sent = sentence_after(doc, phrase.start, sentences)
    named = _aged_names(doc, index, claims, resolve=False)
    k = phrase.end
    while k < len(doc) and (doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} or doc[k].tag_ == "HYPH"):
        k += 1  # not the modifiers of the aged noun itself ("a 3-year-old Joplin girl")
    search_from = doc[k].idx if k < len(doc) else len(doc_text(doc))
    gender = phrase_gender(doc, phrase)
    role = phrase_role(doc, noun) if noun is not None else ""
    owners = _possessors(doc, index, phrase)
    inside = _own_clause(doc, phrase)
    for person in index.people_between(search_from, last_sent.end_char):
        if _is_official(doc, person) or person.text in owners:
            continue
        if inside is not None and inside[0] <= person.start < inside[1]:
            continue  # "the 19-year-old who had been with Tyre": someone else
        if _not_a_person(doc, person) or _has_age(person.text, named):
            continue
        if _named_as_kin(doc, person):
            continue  # "a 62-year-old man died ... identified his son as X"
        if noun is not None and _kin_of_the_noun(doc, person, noun, gender):
            continue  # "a 15-year-old boy ... The boy's mother, identified as X"
        if noun is not None and names_coordinated_noun(doc, noun, person.start):
            continue  # "a 19-year-old man and the driver, Omar Sadik": the driver's name
        if gender and person_gender(doc, person) not in {gender, ""}:
            continue
        if phrase.value >= ADULT_AGE and introduced_as_child(doc, person):
            continue
        if role and _name_role(doc, index, person) not in {role, ""}:
            continue  # "a 19-year-old man was charged in the death of ..." is not the victim
        return person
    return None


def sentence_after(doc: Doc, i: int, sentences: int = CATAPHOR_SENTENCES) -> Span:
    """The sentence ``sentences`` after the one of token ``i`` (the document's last when
    it ends sooner): the end of what a cataphor reads."""
    last = doc[i].sent
    for _ in range(sentences):
        nxt = token_at(doc, last.end)
        if nxt is None:
            break
        last = nxt.sent
    return last


def _token_before(doc: Doc, person: Target) -> Token | None:
    """The token right before ``person``'s name, or None."""
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    return token_at(doc, span.start - 1) if span is not None else None


def _identifying_as(tok: Token) -> bool:
    """Whether ``tok`` is the "as" of "identified / named ... as" (the parse has no
    lemmas: "identified", "identifies", "named")."""
    return tok.lower_ == "as" and tok.head.lower_.startswith(("identif", "name"))


def _named_as_kin(doc: Doc, person: Target) -> bool:
    """True for X in "identified his son as X" / "the man's daughter was named as X": a
    kin noun (``family``) is a relative of someone, so X is not the unnamed aged person.
    Limits: only "identify" / "name" whose object or passive subject is the kin noun
    itself; the kin of a named person ("Peter Roe, 30, said ... identified his father as
    X") may be the aged person, and is skipped too."""
    as_ = _token_before(doc, person)
    if as_ is None or not _identifying_as(as_):
        return False
    family = mapping("family")
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in family for c in as_.head.children)


def _kin_of_the_noun(doc: Doc, person: Target, noun: Token, gender: str) -> bool:
    """True for X in "The boy's mother, X" / "The boy's mother, identified as X" after "a
    15-year-old boy", or "His wife, identified as X" after "a 40-year-old man": a kin
    noun (``family``) owned by the aged noun repeated, or by "His"/"Her" opening a sentence
    and agreeing with the aged noun's ``gender`` ("m"/"f"), names a relative of the aged
    person, not that person. "her son, X" after "a 15-year-old boy" may be the boy, and a
    "his" inside a sentence may be anyone's ("the boy admitted shooting his brother, X"):
    neither is read."""
    before = _token_before(doc, person)
    if before is None or before.i == 0:
        return False
    if before.text == ",":
        kin = doc[before.i - 1]
    elif _identifying_as(before):
        kin = before.head.head if before.head.dep_ in {"acl", "relcl"} else before.head
    else:
        return False
    pronoun = _POSSESSIVE_OF.get(gender)
    return kin.lower_ in mapping("family") and any(
        c.dep_ == "poss"
        and (c.lower_ == noun.lower_ or (c.lower_ == pronoun and c.i == c.sent.start))
        for c in kin.children
    )


_POSSESSIVE_OF = {"m": "his", "f": "her"}


def names_coordinated_noun(doc: Doc, noun: Token, start: int) -> bool:
    """True when the name starting at character ``start`` is in apposition ("<noun>, Name")
    to a common noun of its own phrase (a determiner or possessor: "the driver", "her
    mother") coordinated after the aged ``noun`` in its sentence, with no verb between: "A
    17-year-old boy, a 19-year-old man and the driver, Omar Sadik, were hurt" names the
    driver, whose age is not stated. A singular verb after the name ("a 28-year-old
    father of three and the owner of the store, Sam Patel, was shot") makes them one
    person. Limits: only a comma before the name ("-- and his wife -- Jane Roe" may be the
    aged noun itself); a conjunct the parse hangs elsewhere is not seen."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start < noun.i + 3:
        return False
    comma, other = doc[span.start - 1], doc[span.start - 2]
    if comma.text != "," or other.pos_ != "NOUN" or other.dep_ != "conj":
        return False
    if other.sent.start != noun.sent.start:
        return False
    if not any(c.dep_ in {"det", "poss"} for c in other.children):
        return False
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[noun.i + 1 : other.i]):
        return False
    return not _singular_verb(noun)


def _singular_verb(noun: Token) -> bool:
    """True when ``noun`` heads the subject of a singular verb ("... was shot")."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = head.head
    verbs = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in verbs)


# the parse has no lemmas: word beginnings of "identified", "named", "called"
NAMING_VERBS = ("identif", "name", "call")


def _own_clause(doc: Doc, phrase: Phrase) -> tuple[int, int] | None:
    """The character range of a relative clause on the aged noun ("a 19-year-old who had
    been with Tyre"): a person named there is someone else. None when there is no such
    clause or it names the noun ("a 16-year-old who was identified as X"). Limits: only
    ``relcl`` clauses; "a 19-year-old with Tyre" is not read."""
    for child in aged_noun(doc, phrase).rights:
        if child.dep_ == "relcl" and not child.lower_.startswith(NAMING_VERBS):
            return child.left_edge.idx, token_end(child.right_edge)
    return None


def _roles_of(head: Token, span: Span | None) -> set[str]:
    """Victim/suspect roles the case-role rules read off ``head``'s verbs and descriptors;
    none for a self-inflicted harm ("a 4-year-old girl died of a self-inflicted bullet
    wound"), whose person is the victim as much as the shooter."""
    evidence = evidence_for(head, case_lexicon(), span)
    if any(ev.method == REFLEXIVE for ev in evidence):
        return set()
    return {ev.role for ev in evidence} & {"victim", "suspect"}


def phrase_role(doc: Doc, noun: Token) -> str:
    """ "victim" / "suspect" for the aged noun ``noun`` ("a 19-year-old man was charged"),
    "" when unknown, mixed or self-inflicted ("a 6-year-old girl shot herself")."""
    verbs = [noun.head, *noun.head.conjuncts]
    if any(case_lexicon().has("reflexive", c.text) for verb in verbs for c in verb.children):
        return ""
    roles = _roles_of(noun, None)
    return next(iter(roles)) if len(roles) == 1 else ""


def _role(doc: Doc, person: Target) -> str:
    """ "victim" / "suspect" read off the verbs around ``person``'s mention, "" when unknown."""
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    if span is None:
        return ""
    roles = _roles_of(mention_head(span), span)
    return next(iter(roles)) if len(roles) == 1 else ""


def _name_role(doc: Doc, index: MentionIndex, person: Target) -> str:
    """``_role`` of ``person``'s mention, or when that says nothing, the one role read off
    the other mentions of the same name and, for a lone word, of the full name it repeats
    ("Sienna" after "victim Sienna Owens"): the only full name named before it with that
    first name or surname (``_full_names_before``). Limits: a full name named only after
    the lone word lends nothing ("Reed ... victim Ann Reed"), nor do two full names that
    share the word ("Reed" after "Ann Reed" and "Tom Reed")."""
    role = _role(doc, person)
    if role:
        return role
    key = _name_key(person.text)
    same = [m for m in index.antecedents if _name_key(m.text) == key]
    if not key[0]:
        full = _full_names_before(index, person.text.lower(), person.start, given=True)
        if len({_name_key(m.text) for m in full}) > 1:
            return ""
        same += full
    roles = {_role(doc, Target(m.start, m.end, m.text)) for m in same if m.start != person.start}
    roles.discard("")
    return next(iter(roles)) if len(roles) == 1 else ""


def _after_place_word(doc: Doc, person: Target) -> bool:
    """True for a one-word name after a place preposition ("in", "at", "near"; the
    ``people`` words of ``place_prepositions.txt`` too), maybe with a compass word between
    ("in southwest Temple", "near Waco"), or after "block of": a place the NER tagged
    PERSON. Limits: a
    surname after "at" or "from" ("shot at Jones") is skipped too."""
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    if " " in person.text or span is None:
        return False
    tok = token_at(doc, span.start - 1)
    if tok is not None and tok.lower_ in COMPASS_WORDS:
        tok = token_at(doc, tok.i - 1)
    if tok is not None and tok.lower_ == "of" and doc[max(0, tok.i - 1)].lower_ == "block":
        return True  # "the 5900 block of Emma": a street
    return tok is not None and tok.lower_ in place_prepositions(PEOPLE)


def _official_not_aged(doc: Doc, person: Target) -> bool:
    """An official an earlier age phrase is not about: a title word before the name
    ("Sheriff John Doe"), or a speaker ("Vollmar said") some mention of whose name has a
    title ("Chief Rena Vollmar ... Vollmar said"). An untitled speaker may be the aged
    person."""
    return _is_official(doc, person, speaker=False) or (
        _is_official(doc, person) and _titled_anywhere(doc, person)
    )


# "according to" and up to three capitalised title words right before a name
_ACCORDING_TO = re.compile(r"\b[Aa]ccording[ ]to[ ](?:[A-Z][\w.’']*[ ]){0,3}$")


def source_official(doc: Doc, person: Target, aged: Token) -> bool:
    """True for a titled official ("Police Chief Jon Roe", ``_is_official``) who is the
    source of the news about the aged phrase ending at ``aged``, not the aged person: the
    object of "according to" ("According to Chief Jon Roe, a 9-year-old was shot"), or
    the subject of a reporting verb whose clause holds the phrase outside the official's
    own apposition ("Sheriff Ann Roe told reporters, a 9-year-old was shot"). An official
    whose apposition the phrase is ("Chief Jon Roe, a 59-year-old, said ...", "Officer
    Tim Roe, the 31-year-old, was shot") is not. Limits: read off the parse; "according
    to X, a 58-year-old, ..." is taken as the source even when it is X's age."""
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    if span is None or not _is_official(doc, person, speaker=False):
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    if _ACCORDING_TO.search(doc_text(doc), max(0, person.start - 60), person.start):
        return True  # "According to Sgt. Ann Poe": the title's full stop breaks the parse
    verb = root.head
    return (
        root.dep_ == "nsubj"
        and verb.lower_ in words("reporting_verbs")
        and verb.is_ancestor(aged)
        and not root.is_ancestor(aged)
    )


def _is_official(doc: Doc, person: Target, speaker: bool = True) -> bool:
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    if span is None:
        return False
    roles = words("role_nouns")
    k = span.start - 1
    if k > 0 and doc[k].text == ".":
        k -= 1  # "Cmdr. Lorenzo Quarles": the abbreviation's full stop split off
    if k >= 0 and doc[k].lower_.strip(".") in roles:
        return True  # "Sheriff John Doe", "coroner Jane Roe"
    root = span.root
    if speaker and root.dep_ == "nsubj" and root.head.lower_ in words("reporting_verbs"):
        return True
    return _is_journalist(doc, span)


def kin_of_phrase(doc: Doc, index: MentionIndex, phrase: Phrase) -> Target | None:
    """The person named just before "<name>, the <kin noun> of the N-year-old" ("Calvin
    Pike, the uncle of the 16-year-old victim"): a relative of the aged person, so not
    that person, and the person named before is no better guess (``_namesake`` may be),
    nor the people named after it (no cataphor guess). None for other forms."""
    k = phrase.start
    det, of, kin = (token_at(doc, k - i) for i in (1, 2, 3))
    if det is None or of is None or kin is None or det.lower_ not in {"the", "a", "an"}:
        return None
    if of.lower_ != "of" or kin.lower_ not in mapping("family"):
        return None
    j = kin.i - 1
    if j >= 0 and doc[j].lower_ in {"the", "a", "an", "his", "her", "their"}:
        j -= 1
    if j < 1 or doc[j].text not in {",", "—", "–"}:
        return None
    return index.person_ending_at(doc[j - 1])


def _namesake(doc: Doc, index: MentionIndex, phrase: Phrase, relative: Target) -> Target | None:
    """The one other full name sharing ``relative``'s surname, named before the phrase, for
    "Calvin Pike, the uncle of the 16-year-old victim" ("Dean Pike was shot"), when it is
    no official (``_is_official``, ``_titled_anywhere``), no place (``_not_a_person``),
    agrees in gender with the phrase, has a victim/suspect role of its own agreeing with
    the aged noun's, and is not introduced as a spouse ("his wife Rita Pike"). None when
    there are none or several. Limits: a relative with a role of their own ("Rita Pike
    was also hurt") still takes the age."""
    first, last = _name_key(relative.text)
    if not first:
        return None
    gender = phrase_gender(doc, phrase)
    aged_roles = _roles_of(aged_noun(doc, phrase), None)
    others: dict[tuple[str, str], Target] = {}
    for person in index.people_between(0, doc[phrase.start].idx):
        key = _name_key(person.text)
        if key[1] != last or not key[0] or key[0] == first:
            continue
        if _official_not_aged(doc, person) or _not_a_person(doc, person):
            continue
        if gender and person_gender(doc, person) not in {gender, ""}:
            continue
        if _spouse_of_someone(doc, person):
            continue
        role = _role(doc, person)
        if not role or (aged_roles and role not in aged_roles):
            continue  # "Amy Pike was at home" is no victim
        others[key] = person
    return next(iter(others.values())) if len(others) == 1 else None


def _spouse_of_someone(doc: Doc, person: Target) -> bool:
    """True for a name right after a spouse noun ("his wife Rita Pike", "her husband,")."""
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    if span is None:
        return False
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start] if t.text != ","]
    return bool(before) and before[-1] in spouse_nouns()


def _titled_anywhere(doc: Doc, person: Target) -> bool:
    """True when some mention of ``person``'s name has a role word before it ("Police Chief
    Cedric Hollins" covers a later "Hollins said"; given names between are skipped)
    or in apposition ("An attorney for the family, Sean Pettigrew,")."""
    roles = words("role_nouns")
    for span in _mentions_of(doc, person):
        k = span.start - 1
        while k >= 0 and (doc[k].pos_ == "PROPN" or doc[k].text == ".") and k > span.start - 4:
            if doc[k].lower_.strip(".") in roles:
                return True
            k -= 1
        if k >= 0 and doc[k].lower_.strip(".") in roles:
            return True
        root = span.root
        appos = [root.head] if root.dep_ == "appos" else []
        appos += [c for c in root.children if c.dep_ == "appos"]
        if any(a.lower_ in roles for a in appos):
            return True
    return False


def _is_journalist(doc: Doc, span: Span) -> bool:
    """True for a byline, photo credit or reporter: "By Jane Roe" starting a line, "Jane
    Roe (@JaneRoe)", or a word of ``media_words`` right before the name ("reporter Jane
    Roe", "Photo/John Roe"), a station's possessive ("Channel 2's Steve Roe", "KTLA's
    Jane Roe", ``BROADCASTER``), "Reporting by Jane Roe", a photo credit ("(Jane Roe /
    Chicago Tribune)", "(Jane Roe)") or a media word right after it ("Jane Roe's report",
    "Jane Roe reporting").
    Limits: a journalist named with none of these cues is still a candidate."""
    media = words("media_words")
    k = span.start - 1
    if k >= 0 and doc[k].text in {"/", ":"}:
        k -= 1
    if k >= 1 and doc[k].text in {"'s", "’s"}:
        owner = doc[k - 1]
        if owner.like_num and k >= 2 and doc[k - 2].text[:1].isupper():
            return True  # a station: "Channel 2's Steve Roe", "WCBS 880's", "News 4's"
        if BROADCASTER.fullmatch(owner.text):
            return True  # "KTLA's Jane Roe", "CBS2's", "WUSA9's"
        k -= 1
    if k >= 0 and doc[k].lower_ in media:
        return True
    if k >= 1 and doc[k].lower_ == "by" and doc[k - 1].lower_ in media:
        return True  # "(Reporting by Jane Roe; Editing by ...)", "Photo by Jane Roe"
    if k >= 0 and doc[k].lower_ == "by":
        text = doc_text(doc)
        if not text[text.rfind("\n", 0, doc[k].idx) + 1 : doc[k].idx].strip():
            return True  # a byline
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "(" and after[1].text.startswith("@"):
        return True
    if len(after) and after[0].text == "/":
        return True  # a photo credit: "(Brian Roe / Chicago Tribune)", "Jeff Roe/for the News"
    if k >= 0 and doc[k].text == "(" and len(after) and after[0].text == ")":
        return True  # a photo credit alone in brackets: "(Danny Roe)"
    if len(after) and after[0].text in {"'s", "’s"}:
        after = doc[span.end + 1 : span.end + 2]
    return len(after) > 0 and after[0].lower_ in media


def _name_key(name: str) -> tuple[str, str]:
    """(first name, surname) of a name; the first name is empty for a lone surname."""
    parts = [p for p in name.lower().split() if p.strip(".") not in NAME_SUFFIXES]
    if not parts:
        return "", ""
    return (parts[0] if len(parts) > 1 else ""), parts[-1]


def _aged_names(
    doc: Doc, index: MentionIndex, claims: list[Claim], resolve: bool = True
) -> set[tuple[str, str]]:
    """(first name, surname) of the people ``claims`` are about; with ``resolve``, a lone
    surname ("Marsh, 34") is read as the nearest full name with that surname named
    before it ("Owen Marsh"), and stays a lone surname when none is. Limits: a lone
    surname that is another person of the family ("Owen Marsh ... his wife, Marsh, 34")
    is read as the full name before."""
    text = doc_text(doc)
    keys = set()
    for claim in claims:
        first, last = _name_key(text[claim.target_start : claim.target_end])
        if resolve and not first:
            full = _full_names_before(index, last, claim.target_start)
            first = _name_key(full[-1].text)[0] if full else ""
        keys.add((first, last))
    return keys


def _full_names_before(
    index: MentionIndex, word: str, start: int, given: bool = False
) -> list[Mention]:
    """The full-name PERSON mentions ending before ``start`` whose surname (with
    ``given``, or first name) is the lone name ``word``, in text order."""
    return [
        m
        for m in index.antecedents
        if m.end <= start
        and len(m.text.split()) > 1
        and word in (_name_key(m.text) if given else _name_key(m.text)[1:])
    ]


def _has_age(name: str, named: set[tuple[str, str]], lone_covers_all: bool = True) -> bool:
    """True when ``name`` already has an age: the same first name and surname, or a lone
    surname on either side ("Marsh, 34" covers every Marsh; but Owen Marsh's age says
    nothing of his daughter Ella Marsh). Without ``lone_covers_all`` a lone surname in
    ``named`` (``_aged_names`` found no full name before it) covers only a lone surname:
    "Rourke, 45, said her son Jake Rourke" says nothing of Jake's age."""
    first, last = _name_key(name)
    return any(
        surname == last and (not first or other == first or (lone_covers_all and not other))
        for other, surname in named
    )


def phrase_gender(doc: Doc, phrase: Phrase) -> str:
    """ "m" or "f" for "a 3-year-old girl", "the 19-year-old man"; "" when unknown."""
    genders = mapping("gender_nouns")
    for tok in doc[phrase.end : phrase.end + 4]:
        if tok.lower_ in genders:
            return genders[tok.lower_]
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ"} and tok.tag_ != "HYPH":
            break
    return ""


def person_gender(doc: Doc, person: Target) -> str:
    """ "m" or "f" from the words around every mention of ``person``'s name: a title or
    kin noun just before in its sentence ("Mrs. Ann Roe", "his daughter, Ann Roe"), else the first
    he/his/she/her after the name in its sentence or at the start of the next; with no
    such cue, a given name that marks one sex (``first_name_genders``: "Holly Dorsett").
    "" when the cues are absent or disagree. Limits: a name shared by both sexes
    ("Jordan") or missing from the census list gives nothing."""
    genders = mapping("gender_nouns")
    votes = {"m": 0, "f": 0}
    for span in _mentions_of(doc, person):
        for tok in doc[max(span.sent.start, span.start - 3) : span.start]:
            if tok.lower_ in genders:  # in the name's own sentence: not "... a boy. Ann Roe"
                votes[genders[tok.lower_]] += 2
        following = list(doc[span.end : span.sent.end])
        nxt = doc[span.sent.end : span.sent.end + 3] if span.sent.end < len(doc) else []
        for tok in following + list(nxt):
            if tok.lower_ in MALE_PRONOUNS:
                votes["m"] += 1
                break
            if tok.lower_ in FEMALE_PRONOUNS:
                votes["f"] += 1
                break
    if votes["m"] == votes["f"]:
        return _given_name_gender(person.text) if votes["m"] == 0 else ""
    return "m" if votes["m"] > votes["f"] else "f"


ADULT_AGE = 18


def introduced_as_child(doc: Doc, person: Target) -> bool:
    """True when a noun of ``child_nouns.txt`` stands in the three words before a mention
    of ``person``'s name, in its sentence, with no noun or possessive between ("the
    toddler killed was Tia Roe", "baby Tia Roe"; not "the toddler's father Ed Roe", "the
    baby sitter, Tia Roe"). Limits: a child named with no such noun ("the boy, Tia Roe")
    is not seen."""
    nouns = words("child_nouns")
    for span in _mentions_of(doc, person):
        window = doc[max(span.sent.start, span.start - 3) : span.start]
        for k, tok in enumerate(window):
            if tok.lower_ in nouns and not any(
                t.pos_ in ("NOUN", "PROPN") or t.tag_ == "POS" for t in window[k + 1 :]
            ):
                return True
    return False


def _given_name_gender(name: str) -> str:
    """ "m"/"f" for a full name whose first word is a given name of one sex, else ""."""
    parts = name.split()
    return given_name_gender(parts[0]) if len(parts) >= 2 else ""


def given_name_gender(word: str) -> str:
    """ "m"/"f" for a given name of one sex (``first_name_genders.txt``), else ""."""
    return mapping("first_name_genders").get(word.strip(".,\"“”'’").lower(), "")


def _mentions_of(doc: Doc, person: Target) -> list:
    """Token spans of every occurrence of ``person``'s name text in ``doc``."""
    spans = []
    start = doc_text(doc).find(person.text)
    while start >= 0:
        span = doc.char_span(start, start + len(person.text), alignment_mode="expand")
        if span is not None:
            spans.append(span)
        start = doc_text(doc).find(person.text, start + 1)
    return spans


def _possessors(doc: Doc, index: MentionIndex, phrase: Phrase) -> set[str]:
    """The name owning the aged noun ("Ivan Calloway's 14-year-old son"), which the noun
    cannot stand for."""
    owners = set()
    for tok in doc[phrase.end : phrase.end + 4]:
        for child in tok.children:
            if child.dep_ == "poss" and child.i < phrase.start:
                person = index.person_at(child)
                if person is not None:
                    owners |= {person.text, person.text.split()[-1]}
    return owners
