"""Titles (``per:title``), employers (``per:employee_of``) and family relations of people.

Read from two places around a person mention:

* the words before the name, in the same noun phrase: "IOPC regional director Steve
  Noonan" (title "regional director", employee_of "IOPC"), "Met Police Commander Jon
  Savell" (title "Commander", employee_of "Met Police"), "police spokesman John Doe",
  "his cousin Dean Holt";
* an apposition on either side, set off by a comma: "Steve Noonan, the IOPC regional
  director,", "a former bus driver", "a 23-year-old fashion student" (the age is left to
  ``ages``), "Neil Hudgell, of Hudgell Solicitors", "a spokesman for Acme Ltd",
  "his cousin, Dean Holt", "Rossi's daughter, Carla Rossi".

Targets are person mentions, and ORG/NORP mentions that look like full names (see
``MentionIndex.is_person(strong=True)``): an apposition with a role or kin noun is
evidence enough that "Dean Holt" (tagged ORG) is a person.

A title needs a head word listed in ``models/lexicons/role_nouns.txt``; a relation needs
one in ``family.txt``. The organisation is an ORG/GPE mention inside the phrase, else the
run of capitalised proper nouns before the title word ("Met Police"); its span is the
claim's ``object_start:object_end``.

Family predicates follow TAC-KBP and say what the *object* is to the *target* (the named
relative): "Rossi's daughter, Carla Rossi" gives Carla Rossi ``per:parents`` with object
Rossi and value "daughter" (the kin word as written); mother/father give
``per:children``, brother/sister ``per:siblings``, wife/husband ``per:spouse``, others
``per:other_family`` (mapping in ``family.txt``).

Limits: a possessive pronoun ("his cousin") is taken to mean the nearest person named
before the phrase, with no gender check, and gives no object when there is none; titles
joined by "and" are read as one; "student at X" is reported as ``per:employee_of`` (no
separate schools slot).
"""

from __future__ import annotations

from operator import attrgetter

from spacy.tokens import Doc, Span, Token

from pipeline.claims.lexicons import mapping, words
from pipeline.claims.people import MentionIndex, Target, token_end
from pipeline.doctext import doc_text
from pipeline.records import Claim, Mention, first_claims

AFFILIATION_PREPS = frozenset({"of", "for", "at", "with"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
APPOSITION_MARKS = frozenset({",", "—", "–", "(", "-"})
ORG_LABELS = frozenset({"ORG", "GPE", "FAC", "NORP"})
MAX_PREMODIFIERS = 7
GENERIC_ORG_WORDS = frozenset({"police", "county", "city", "state", "federal", "fire"})


def find_roles(doc: Doc, index: MentionIndex) -> list[Claim]:
    """Return title, affiliation and family claims for the person mentions in ``doc``.

    Args:
        doc: a parsed article (tagger, parser and NER).
        index: the caller's mentions; claims target person-like mentions only.
    """
    claims: list[Claim] = []
    for mention in index.mentions:
        if not index.is_person(mention, strong=True):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        target = Target(mention.start, mention.end, mention.text)
        claims.extend(_premodifier_claims(doc, index, span, target))
        claims.extend(_apposition_claims(doc, index, span, target))
    return first_claims(claims, attrgetter("target_start", "predicate", "value", "start"))


def _premodifier_claims(doc: Doc, index: MentionIndex, name: Span, target: Target) -> list[Claim]:
    """ "IOPC regional director Steve Noonan", "his cousin Dean Holt"."""
    k = name.start - 1
    while (
        k >= 0
        and name.start - k <= MAX_PREMODIFIERS
        and (doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} or doc[k].tag_ == "HYPH")
        and doc[k].lower_ != "old"
        and not _is_other_person(index, doc[k], target)
    ):
        k -= 1
    words_before = list(doc[k + 1 : name.start])
    if not words_before:
        return []
    return _phrase_claims(doc, index, words_before, target, doc[k] if k >= 0 else None, "premod")


def _apposition_claims(doc: Doc, index: MentionIndex, name: Span, target: Target) -> list[Claim]:
    """ "Steve Noonan, the IOPC regional director," / "his cousin, Dean Holt" / "X, of Y"."""
    root = name.root
    claims: list[Claim] = []
    nouns = [
        child
        for child in root.children
        if child.dep_ == "appos" and child.i >= name.end and _marked(doc, name.end, child)
    ]
    if root.dep_ == "appos" and root.head.i < name.start and _marked(doc, root.head.i, name[0]):
        nouns.append(root.head)
    for noun in nouns:
        if noun.pos_ != "NOUN" or index.person_at(noun) is not None:
            continue
        phrase = [
            t
            for t in noun.subtree
            if t.i <= noun.i and t.dep_ not in {"det", "poss", "case", "punct", "predet"}
        ]
        phrase = _trim_age(phrase)
        possessor = _possessor(noun)
        claims.extend(_phrase_claims(doc, index, phrase, target, possessor, "appos"))
        claims.extend(_affiliation_preps(doc, index, noun, target, "rule:affiliation-appos"))
    # "Neil Hudgell, of Hudgell Solicitors"
    comma = doc[name.end] if name.end < len(doc) else None
    if comma is not None and comma.text == ",":
        claims.extend(_affiliation_preps(doc, index, root, target, "rule:affiliation-of", comma))
    return claims


def _marked(doc: Doc, left: int, right: Token) -> bool:
    return any(t.text in APPOSITION_MARKS for t in doc[left : right.i])


def _trim_age(phrase: list[Token]) -> list[Token]:
    """Drop a leading "23-year-old" from a phrase's tokens."""
    for i, tok in enumerate(phrase):
        if (
            tok.lower_ == "old"
            and i >= 1
            and any(t.lower_ in {"year", "years"} for t in phrase[:i])
        ):
            return phrase[i + 1 :]
    return [t for t in phrase if not t.like_num]


def _possessor(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    return None


def _phrase_claims(
    doc: Doc,
    index: MentionIndex,
    phrase: list[Token],
    target: Target,
    before: Token | None,
    where: str,
) -> list[Claim]:
    """Title, affiliation or relation claims from the words of one noun phrase."""
    if not phrase:
        return []
    head = phrase[-1]
    kin = mapping("family").get(head.lower_)
    if kin is not None:
        return _family_claim(doc, index, head, target, before, kin, where)
    if head.lower_.strip(".") not in words("role_nouns"):
        return []
    org, title = _split_org(index, phrase)
    if not title:
        return []
    claims = [
        Claim(
            target_start=target.start,
            target_end=target.end,
            predicate="per:title",
            value=doc_text(doc)[title[0].idx : token_end(title[-1])],
            start=title[0].idx,
            end=token_end(title[-1]),
            method=f"rule:title-{where}",
        )
    ]
    if org is not None:
        claims.append(
            Claim(
                target_start=target.start,
                target_end=target.end,
                predicate="per:employee_of",
                value=org[2],
                start=org[0],
                end=org[1],
                method=f"rule:affiliation-{where}",
                object_start=org[0],
                object_end=org[1],
            )
        )
    return claims


def _split_org(
    index: MentionIndex, phrase: list[Token]
) -> tuple[tuple[int, int, str] | None, list[Token]]:
    """Split "IOPC regional director" into the organisation and the title words.

    The organisation is an ORG/GPE mention in the phrase, extended over the capitalised
    non-title words after it ("Detroit Police Officer" -> "Detroit Police"), else the
    leading run of such words ("Met Police Commander" -> "Met Police"). A lone generic
    word ("Police Chief") stays part of the title.
    """
    role_words = words("role_nouns")

    def org_word(tok: Token) -> bool:
        return tok.pos_ == "PROPN" and tok.lower_.strip(".") not in role_words

    doc = phrase[0].doc
    for i, tok in enumerate(phrase):
        mention = index.mention_at(tok)
        if mention is not None and mention.label in ORG_LABELS and not index.is_person(mention):
            rest = [t for t in phrase[i:] if t.idx >= mention.end]
            end = mention.end
            while len(rest) > 1 and org_word(rest[0]):
                end, rest = token_end(rest[0]), rest[1:]
            return (mention.start, end, doc_text(doc)[mention.start : end]), rest
    run = 0
    while run < len(phrase) - 1 and org_word(phrase[run]):
        run += 1
    if run == 0 or (run == 1 and phrase[0].lower_ in GENERIC_ORG_WORDS):
        return None, phrase
    start, end = phrase[0].idx, token_end(phrase[run - 1])
    return (start, end, doc_text(doc)[start:end]), phrase[run:]


def _affiliation_preps(
    doc: Doc,
    index: MentionIndex,
    head: Token,
    target: Target,
    method: str,
    after: Token | None = None,
) -> list[Claim]:
    """ "director of X", "a spokesman for X", "Name, of X": X an organisation mention."""
    claims = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in AFFILIATION_PREPS:
            continue
        if after is not None and prep.i != after.i + 1:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            mention = index.mention_at(obj)
            if mention is None or mention.label not in ORG_LABELS or index.is_person(mention):
                continue
            if after is not None and not _looks_like_employer(mention):
                continue  # "Smith, of Dayton" is a residence, not an employer
            claims.append(
                Claim(
                    target_start=target.start,
                    target_end=target.end,
                    predicate="per:employee_of",
                    value=mention.text,
                    start=mention.start,
                    end=mention.end,
                    method=method,
                    object_start=mention.start,
                    object_end=mention.end,
                )
            )
    return claims


def _looks_like_employer(mention: Mention) -> bool:
    """ "Name, of X": X is an employer only when tagged ORG and not a bare one-word name
    (US crime news writes "John Doe, of Dayton" for residence; the NER often tags such
    towns ORG)."""
    return mention.label == "ORG" and (len(mention.text.split()) >= 2 or mention.text.isupper())


def _family_claim(
    doc: Doc,
    index: MentionIndex,
    kin_word: Token,
    target: Target,
    before: Token | None,
    predicate: str,
    where: str,
) -> list[Claim]:
    """ "Rossi's daughter, Carla Rossi": object = the possessor (a name, or the nearest
    person before a possessive pronoun)."""
    possessor = _possessor(kin_word)
    if possessor is None and before is not None and before.dep_ in {"poss", "case"}:
        possessor = before if before.dep_ == "poss" else before.head
    if possessor is None and before is not None and before.lower_ in POSSESSIVE_PRONOUNS:
        possessor = before
    relative: Target | None = None
    if possessor is not None and possessor.lower_ in POSSESSIVE_PRONOUNS:
        relative = index.previous_person(min(possessor.idx, target.start))
    elif possessor is not None:
        if possessor.tag_ == "POS":
            possessor = doc[possessor.i - 1]
        relative = index.person_at(possessor, strong=True)
    if relative is not None and (relative.start, relative.end) == (target.start, target.end):
        relative = None
    return [
        Claim(
            target_start=target.start,
            target_end=target.end,
            predicate=predicate,
            value=kin_word.lower_,
            start=kin_word.idx,
            end=token_end(kin_word),
            method=f"rule:family-{where}",
            object_start=relative.start if relative else None,
            object_end=relative.end if relative else None,
        )
    ]


def _is_other_person(index: MentionIndex, tok: Token, target: Target) -> bool:
    mention: Mention | None = index.mention_at(tok)
    return mention is not None and index.is_person(mention) and mention.start != target.start
