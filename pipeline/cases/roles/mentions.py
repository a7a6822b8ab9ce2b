"""Who the role rules read: the head of a name, lone surnames, and "he"/"she"/"they".

``mention_head`` is a name's syntactic head; ``lone_surnames`` finds the surnames the NER
missed ("McQuilliams was taken into custody") and the full name each stands for;
``resolve_pronouns`` pairs a "he"/"she" subject with the last person in subject position
(else the last person mentioned) when the genders agree, and "they" with each of the last
conjoined person subjects.

Limits: only "he", "she" and "they" subjects are resolved, naively and with no number
agreement; a surname used before its full name is not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.cases.roles.evidence import SUBJECT_DEPS
from pipeline.doctext import tokens_lowered_in
from pipeline.records import Mention

if TYPE_CHECKING:  # spaCy is imported only where a Doc is parsed
    from spacy.tokens import Doc, Span, Token

PRONOUNS = ("he", "she")


def mention_head(span: Span) -> Token:
    """The syntactic head of a name: the last proper noun attached outside the span.

    ``span.root`` fails when the parser hangs a first name elsewhere ("Will" read as an
    auxiliary in "Will Gonzalez and ... were taken").
    """
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    proper = [t for t in outside if t.pos_ == "PROPN"]
    return proper[-1] if proper else span.root


def lone_surnames(doc: Doc, people: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Lone surnames ("McQuilliams was taken into custody") that the NER missed or gave
    another label, each as a mention (method ``case:surname``) mapped to the full-name
    PERSON mention it stands for: the nearest one before it with that last word.

    Only a capitalised noun (the tagger reads many surnames as common nouns) outside every
    PERSON mention and not next to a capitalised proper noun ("Hale Street", "Dirk Hale") counts.
    Limits: a surname that ends two full names with different first names (relatives)
    is skipped; one used before its full name is not read.
    """
    full: dict[str, list[Mention]] = {}
    for mention in people:
        words = mention.text.split()
        if len(words) >= 2 and words[-1][:1].isupper():
            full.setdefault(words[-1].lower(), []).append(mention)
    firsts = {k: {m.text.split()[0].lower() for m in ms} for k, ms in full.items()}
    surnames = [k for k, first in firsts.items() if len(first) == 1]
    if not surnames:
        return []
    taken = sorted((m.start, m.end) for m in people)
    out: list[tuple[Mention, Mention]] = []
    for token in tokens_lowered_in(doc, surnames):
        if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper():
            continue
        if any(a <= token.idx < b for a, b in taken):
            continue
        if any(_name_word(n) for n in (_neighbour(token, -1), _neighbour(token, 1))):
            continue
        before = [m for m in full[token.lower_] if m.end <= token.idx]
        if before:
            end = token.idx + len(token.text)
            out.append((Mention(token.idx, end, token.text, "PERSON", "case:surname"), before[-1]))
    return out


def _neighbour(token: Token, step: int) -> Token | None:
    i = token.i + step
    return token.doc[i] if 0 <= i < len(token.doc) else None


def _name_word(token: Token | None) -> bool:
    """A capitalised proper noun that is part of the same name ("Derrick" of "Derrick
    Halsey"); "Mr." and "Det." end with a period and do not count."""
    return (
        token is not None
        and token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.text.endswith(".")
    )


def resolve_pronouns(doc: Doc, people: list[Mention]) -> list[tuple[Token, Mention]]:
    """Pair each "he"/"she" subject with the person it most likely refers to.

    The antecedent is the last person mention in subject position before the pronoun (a
    resolved pronoun keeps its antecedent there), else the last person mentioned. "They"
    refers to each of the last conjoined person subjects ("X and Y were taken to a
    hospital, where they died").

    When the gender of the antecedent (``person_gender``: titles, kin nouns, the first
    he/she after its name) disagrees with the pronoun, the pronoun is left unresolved: its
    evidence would go to the wrong person.

    Limits: no number agreement; a pronoun before any person is skipped.
    """
    starts = {m.start: m for m in people}
    pairs: list[tuple[Token, Mention]] = []
    last_subject: Mention | None = None
    last_any: Mention | None = None
    last_group: list[Mention] = []
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in people]
    root_of = {mention_head(s).i: m for s, m in zip(spans, people, strict=True) if s}
    # only these tokens change the state below: mention starts and heads, pronouns
    relevant = {s.start for s in spans if s is not None} | root_of.keys()
    relevant |= {t.i for t in tokens_lowered_in(doc, (*PRONOUNS, "they"))}
    from pipeline.claims.people import Target  # here: pipeline.claims imports this module
    from pipeline.claims.reference import person_gender

    genders: dict[str, str] = {}

    def agrees(mention: Mention, pronoun: str) -> bool:
        if mention.text not in genders:
            target = Target(mention.start, mention.end, mention.text)
            genders[mention.text] = person_gender(doc, target)
        return genders[mention.text] in ("", "m" if pronoun == "he" else "f")

    for token in (doc[i] for i in sorted(relevant)):
        mention = starts.get(token.idx)
        if mention is not None:
            last_any = mention
        owner = root_of.get(token.i)
        if owner is not None and token.dep_ in SUBJECT_DEPS:
            last_subject = owner
            group = [root_of[c.i] for c in token.children if c.dep_ == "conj" and c.i in root_of]
            last_group = [owner, *group] if group else []
        if token.lower_ in PRONOUNS and token.dep_ in SUBJECT_DEPS:
            antecedent = last_subject or last_any
            if antecedent is not None and not agrees(antecedent, token.lower_):
                antecedent = None  # "Mr. Tom Lee was arrested. She was shot"
            if antecedent is not None:
                pairs.append((token, antecedent))
                last_subject = antecedent
        if token.lower_ == "they" and token.dep_ in SUBJECT_DEPS and last_group:
            pairs.extend((token, member) for member in last_group)
    return pairs
