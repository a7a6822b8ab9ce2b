"""``find_case_claims``: every person mention's role evidence, as claims.

For each PERSON mention, lone surname and resolved pronoun (``mentions``), ``evidence_for``
gathers what ``descriptors`` and ``verbs`` say of it, also through a conjoined or
appositive name, a group ("four were shot, including X") and a relative clause ("X, who
was shot"). A name with no evidence takes what a list before it says ("identified as X;
Y"), else, weakly, its sentence's words. Statuses said of "the victim(s)" or "the
suspect(s)" go to the named ones.

Limits: a list is followed only within its sentence, with nothing but punctuation, "and",
numbers and age words between the names; the sentence words are a weak vote (``pick_role``).
"""

from __future__ import annotations

from dataclasses import replace
from operator import attrgetter
from typing import TYPE_CHECKING

from pipeline.cases.lexicon import CaseLexicon, case_lexicon
from pipeline.cases.roles.decide import SENTENCE_STATUS
from pipeline.cases.roles.descriptors import descriptor_evidence, relation_evidence
from pipeline.cases.roles.evidence import (
    SUBJECT_DEPS,
    Evidence,
    evidence_at,
    harm_status,
    hedged,
    intended,
    negated,
    noun_role,
)
from pipeline.cases.roles.mentions import lone_surnames, mention_head, resolve_pronouns
from pipeline.cases.roles.verbs import verb_evidence
from pipeline.doctext import doc_text, tokens_lowered_in
from pipeline.quote_marks import QuoteIndex
from pipeline.records import Claim, Mention, first_claims

if TYPE_CHECKING:  # spaCy is imported only where a Doc is parsed
    from spacy.tokens import Doc, Span, Token


def find_case_claims(doc: Doc, mentions: list[Mention]) -> list[Claim]:
    """``case:role``, ``case:status`` and ``case:sentence`` claims on person mentions.

    Args:
        doc: a parsed Doc (tagger and parser needed).
        mentions: the article's mentions; only PERSON ones get claims.

    Limits: see the package docstring (``pipeline.cases.roles``).
    """
    lex = case_lexicon()
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    claims: list[Claim] = []
    surnames = lone_surnames(doc, people)
    stands_for = {(m.start, m.end): full for m, full in surnames}
    everyone = sorted([*people, *(m for m, _ in surnames)], key=lambda m: m.start)
    listed: tuple[int, list[Evidence]] = (-1, [])  # where a list's last name ends, its evidence
    worded: dict[tuple[int, ...], str] = {}  # a clause's tokens -> the status they point to
    quotes = QuoteIndex(doc_text(doc))  # paired on first use
    for mention in everyone:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = mention_head(span)
        speaks = _speaks(_named_ref(head))
        found = evidence_for(head, lex, span)
        if not found and _list_goes_on(doc, listed[0], span):
            found = listed[1]  # "identified as: X; Y; and Z": the list goes on
        listing = [ev for ev in found if ev.method in LIST_METHODS and ev.end <= mention.start]
        listed = (span.end, listing) if listing else (-1, [])
        if not found and mention.method != "case:surname":
            found = sentence_word_evidence(span, lex)
        if speaks and any(ev.role == "relative" for ev in found):
            found = [
                replace(ev, method=ev.method + SPEAKER) if ev.role == "relative" else ev
                for ev in found
            ]
        full = stands_for.get((mention.start, mention.end), mention)
        for ev in found:
            claims.extend(_claims(full, ev, ""))
        if not speaks:  # "X said ...": the words are X's report, not X's state
            claims.extend(sentence_status_claims(span, full, lex, worded, quotes))
    for pronoun, mention in resolve_pronouns(doc, everyone):
        for ev in evidence_for(pronoun, lex, None):
            full = stands_for.get((mention.start, mention.end), mention)
            claims.extend(_claims(full, ev, "+pronoun"))
    claims.extend(group_status_claims(doc, claims, lex))
    claims.extend(coroner_claims(doc, everyone, lex))
    return first_claims(claims, _SAME_CLAIM)


SPEAKER = "+speaker"
"""Appended to the method of relative evidence on a person who speaks ("X's sister, Y,
29, said ..."): ``pick_role`` keeps a quoted relative with an age a relative."""


def _named_ref(head: Token) -> Token:
    """The noun the name whose head is ``head`` stands in for: the one it is in
    apposition or conjoined to ("the victim, X", "Y and X"), else ``head``."""
    ref = head
    while ref.dep_ in ("conj", "appos") and ref.head != ref:
        ref = ref.head
    return ref


def _speaks(ref: Token) -> bool:
    """Whether ``ref`` (a name's ``_named_ref``) is the subject of a reporting verb
    ("said", "told": ``reporting_verbs.txt``).
    Limits: only the subject of the verb itself; "X, who was shot, said" counts too."""
    from pipeline.claims.lexicons import words  # lazy: pipeline.claims imports the roles

    verb = ref.head
    return (
        ref.dep_ == "nsubj"
        and verb.pos_ in ("VERB", "AUX")
        and verb.lower_ in words("reporting_verbs")
    )


LIST_METHODS = ("case:identified-as", "case:they")
"""Evidence said of a list of names before it ("identified as X, Y and Z"); the next name
with no evidence of its own (the parser broke the list at a semicolon) takes it too
(``_list_goes_on``)."""


def _list_goes_on(doc: Doc, end: int, span: Span) -> bool:
    """Whether ``span`` continues a list of names whose last name ended at token ``end``:
    same sentence, and only punctuation, "and", numbers and age words between them ("X;
    17-year-old Y", "X, 25, and Y"); no verb."""
    if end < 0 or end > span.start or doc[end].sent.start != span.sent.start:
        return False
    between = doc[end : span.start]
    return len(between) <= 8 and all(
        t.is_punct or t.lower_ in ("and", "year", "old", "-") or t.like_num for t in between
    )


def group_status_claims(doc: Doc, claims: list[Claim], lex: CaseLexicon) -> list[Claim]:
    """Statuses said of "the victim(s)" / "the suspect(s)", given to the named ones.

    When every "victim" noun with a status in the article has the same status ("the
    victim died at the scene") it is claimed, with method ``case:group-status``, for each
    person mention that has victim evidence; likewise for suspects. ``pick_role`` uses
    such a claim only when the person has no status of that kind of their own and
    ends up with that role (a suspect takes no harm status from "the victims").
    """
    by_role: dict[str, set[str]] = {"victim": set(), "suspect": set()}
    evidence: dict[str, Evidence] = {}
    for token in tokens_lowered_in(doc, lex.role_nouns):
        role = lex.role_nouns.get(token.lower_)
        if role not in by_role or token.pos_ not in ("NOUN", "PROPN"):
            continue
        for ev in verb_evidence(token, lex):
            if ev.status and ev.role == role:
                by_role[role].add(ev.status)
                evidence.setdefault(role, ev)
    out: list[Claim] = []
    for role, statuses in by_role.items():
        if len(statuses) != 1:
            continue
        status = next(iter(statuses))
        ev = evidence[role]
        targets = {
            (c.target_start, c.target_end)
            for c in claims
            if c.predicate == "case:role" and c.value == role
        }
        for start, end in sorted(targets):
            out.append(
                Claim(start, end, "case:status", status, ev.start, ev.end, "case:group-status")
            )
    return out


def coroner_claims(doc: Doc, people: list[Mention], lex: CaseLexicon) -> list[Claim]:
    """A "killed" status (method ``case:coroner``) for a person the coroner or medical
    examiner (``coroner_words``) speaks of as the one examined: they examine the dead.
    ``pick_role`` gives it only to a victim, and it outweighs "injured".

    The name must be (``_examined``) the object of "as" ("the coroner's office
    identified the victim as X"), the object or passive subject of a verb the coroner
    word hangs under ("X was identified by the medical examiner"), or the subject of a
    clause said by it ("the medical examiner says X was shot"); never the subject of a
    reporting verb ("the coroner said X told officers"), a possessor ("X's mother said
    the coroner ..."), nor any name of a negated sentence or one with an injury word
    ("wounded", "hospitalized").

    Limits: the parse decides; "according to the coroner, X died" gives nothing.
    """
    sentences: dict[int, tuple[int, Token]] = {}
    hurt = lex.words["injury"] | lex.words["injury_nouns"]
    for token in tokens_lowered_in(doc, lex.words["coroner_words"]):
        sent = token.sent
        if sent.start_char not in sentences and not any(
            t.lower_ in hurt or t.dep_ == "neg" for t in sent
        ):
            sentences[sent.start_char] = (sent.end_char, token)
    out = []
    for mention in people:
        for start, (end, token) in sentences.items():
            if not start <= mention.start < end:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not len(span) or not _examined(mention_head(span), token):
                continue
            where = (token.idx, token.idx + len(token))
            out.append(
                Claim(mention.start, mention.end, "case:status", "killed", *where, "case:coroner")
            )
    return out


def _examined(head: Token, coroner: Token) -> bool:
    """Whether the name whose head is ``head`` is the one the ``coroner`` word's sentence
    speaks of as examined: see ``coroner_claims``."""
    from pipeline.claims.lexicons import words  # lazy: pipeline.claims imports the roles

    ref = _named_ref(head)
    if ref.dep_ == "poss" or _speaks(ref):
        return False
    if ref.dep_ == "pobj" and ref.head.lower_ == "as":
        return True  # "identified the victim as X"
    verb = ref.head
    if ref.dep_ in ("dobj", "nsubjpass") and coroner in verb.subtree:
        return True  # "the coroner identified X", "X was identified by the coroner"
    return (
        ref.dep_ in SUBJECT_DEPS
        and verb.dep_ == "ccomp"
        and verb.head.lower_ in words("reporting_verbs")
        and coroner in verb.head.subtree
        and coroner not in verb.subtree
    )  # "the medical examiner said X was shot"


CONDITION_WORDS = ("critical", "stable", "serious", "fair", "good")
""""condition" is an injury word with one of these or after "in" ("in stable condition"),
not in "on condition of anonymity"."""


def sentence_status_claims(
    span: Span,
    mention: Mention,
    lex: CaseLexicon,
    cache: dict[tuple[int, ...], str],
    quotes: QuoteIndex,
) -> list[Claim]:
    """A weak status (method ``case:sentence-status``, evidence: the sentence) from the
    words of the name's own clause (``_own_clause``): "killed" when it has killing or
    death words ("killed", "died", "murder": ``killed_words``) and no injury words
    ("wounded", "hospitalized", "in stable condition"), "injured" the other way round.
    Words that do not count: negated ones, ones inside quotation marks (``quotes``, the
    doc text's quoted spans: marks paired per paragraph, so a quote may run over several
    sentences), ones under a modal ("could have been killed") or "if"/"whether".
    ``find_case_claims`` asks nothing for a name that is the subject of a reporting verb
    ("X said": ``_speaks``). ``cache`` keeps each clause's answer ("" for none), keyed
    by the clause's token indices: names hung on one verb can have different clauses ("X
    found Y dead": "dead" is Y's). ``pick_role`` leaves it out; ``worded_status`` reads
    it for ``fill_victim_status``, which gives it to a victim it finds no status for.
    Limits: a clause of another person joined by a pronoun subject ("when he was
    killed") counts as the name's own; the clause is the parser's.
    """
    verb, words = _own_clause(mention_head(span))
    key = tuple(t.i for t in words)  # the verb is the clause's root: the key names it too
    if key not in cache:
        killed = injured = False
        for token in words:
            word = token.lower_
            if (
                word in lex.words["killed_words"]
                or word in lex.words["death"]
                or lex.harm.get(word) == "killed"
            ):
                kind = "killed"
            elif (
                word in lex.words["injury"]
                or word in lex.words["injury_nouns"]
                or (word == "condition" and _condition_of_health(token))
            ):
                kind = "injured"
            else:
                continue
            if quotes.span_at(token.idx) or negated(token) or _possible(token, verb):
                continue  # quoted, denied or not stated as fact
            killed = killed or kind == "killed"
            injured = injured or kind == "injured"
        cache[key] = "" if killed == injured else ("killed" if killed else "injured")
    status = cache[key]
    if not status:
        return []
    sent = span.sent
    tokens = [t for t in sent if not t.is_space] or [sent[0]]
    where = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))  # no whitespace around
    return [Claim(mention.start, mention.end, "case:status", status, *where, SENTENCE_STATUS)]


CLAUSE_DEPS = ("relcl", "advcl", "ccomp", "conj", "acl", "parataxis")
SAME_PERSON = ("he", "she", "who", "that")


def _own_clause(head: Token) -> tuple[Token, list[Token]]:
    """The verb of the clause of the name whose head is ``head`` and that clause's tokens:
    the verb's subtree without the clauses under it whose subject is someone else
    ("X was standing next to his friend when the friend was killed": not "killed").
    A verb that is a preposition ("according to X") is passed over."""
    verb = head
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "prep") and verb.head != verb:
        verb = verb.head
    cut: set[int] = set()
    for token in verb.subtree:
        if token.dep_ not in CLAUSE_DEPS or token is verb:
            continue
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects and not any(s.lower_ in SAME_PERSON or head in s.subtree for s in subjects):
            cut.update(t.i for t in token.subtree)
    return verb, [t for t in verb.subtree if t.i not in cut]


def _possible(token: Token, verb: Token) -> bool:
    """Whether ``token`` or a head of it up to ``verb`` is spoken of as possible
    (``hedged``: "could have been killed", "if anyone was hurt"), or ``token`` is an aim
    (``intended``: "threatened to kill")."""
    if intended(token):
        return True
    for t in (token, *token.ancestors):
        if hedged(t):
            return True
        if t is verb:
            break
    return False


def _condition_of_health(token: Token) -> bool:
    """Whether "condition" speaks of health: "critical condition", "in stable condition"."""
    return token.head.lower_ == "in" or any(c.lower_ in CONDITION_WORDS for c in token.children)


def _claims(mention: Mention, ev: Evidence, suffix: str) -> list[Claim]:
    method = ev.method + suffix
    out = [
        Claim(mention.start, mention.end, "case:role", ev.role, ev.start, ev.end, method),
    ]
    if ev.status:
        out.append(
            Claim(mention.start, mention.end, "case:status", ev.status, ev.start, ev.end, method)
        )
    if ev.sentence:
        out.append(
            Claim(
                mention.start, mention.end, "case:sentence", ev.sentence, ev.start, ev.end, method
            )
        )
    return out


_SAME_CLAIM = attrgetter("target_start", "target_end", "predicate", "value", "start", "end")
"""One case claim: what is said of which mention, by which words (the method aside)."""


def sentence_word_evidence(span: Span, lex: CaseLexicon) -> list[Evidence]:
    """A weak role from the words of the name's sentence when the parse gave none.

    Legal words ("charged", "arrested", "suspect") against harm words ("shot", "died",
    "victim"; harm words used as nouns, "the shooting", name the incident and do not
    count); the side with more wins (method ``case:sentence-words``); negated words
    ("was not charged") do not count. ``pick_role`` makes one vote of all of a person's.
    """
    legal = harm = 0
    for token in span.sent:
        word = token.lower_
        if negated(token):
            continue  # "was not injured", "was not charged"
        if lex.legal.get(word) or lex.role_nouns.get(word) == "suspect":
            legal += 1
        elif (
            (word in lex.harm and token.pos_ != "NOUN")  # "the shooting" names the incident
            or word in lex.words["death"]
            or word in lex.words["injury"]
            or lex.role_nouns.get(word) == "victim"
        ):
            harm += 1
    if legal == harm:
        return []
    role = "suspect" if legal > harm else "victim"
    return [evidence_at(role, "", span[0], "case:sentence-words")]


def evidence_for(head: Token, lex: CaseLexicon, span: Span | None) -> list[Evidence]:
    """Every role reason for the person whose head token is ``head``.

    Args:
        head: the syntactic head of the name (or a pronoun).
        span: the name's span, to read titles just before it (None for pronouns).
    """
    found: list[Evidence] = []
    if span is not None:
        found.extend(descriptor_evidence(head, span, lex))
    ref = head
    while (
        ref.dep_ in ("conj", "appos")
        and ref.head.pos_ in ("PROPN", "NOUN", "NUM", "PRON")
        and ref.head != ref
    ):
        if ref.dep_ == "appos" and ref.head.lower_ in lex.role_nouns and ref is not head:
            found.append(noun_role(ref.head, lex, "case:appos"))
        ref = ref.head
    if ref is not head:
        found.extend(relation_evidence(ref, lex))
    # "four people were injured, including X" / "among the dead was X"
    if ref.dep_ == "pobj" and ref.head.lower_ in ("including", "among"):
        group = ref.head.head
        if group.lower_ in lex.role_nouns:
            found.append(noun_role(group, lex, "case:appos"))
        if group.pos_ in ("NOUN", "NUM", "PRON", "PROPN"):
            ref = group
        elif group.lower_ in lex.harm:  # "four were shot, including X"
            found.append(evidence_at("victim", harm_status(group, lex), group, "case:verb-passive"))
        elif group.lower_ in lex.words["injury"]:
            found.append(evidence_at("victim", "injured", group, "case:verb-state"))
    found.extend(verb_evidence(ref, lex))
    for relcl in (c for c in ref.children if c.dep_ == "relcl"):
        for pron in relcl.children:
            if pron.dep_ in (*SUBJECT_DEPS, "dobj") and pron.lower_ in ("who", "that", "whom"):
                found.extend(verb_evidence(pron, lex))
    return found
