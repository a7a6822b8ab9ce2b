"""Roles from the nouns that describe a person: titles, appositions, "identified as", copulas.

``descriptor_evidence``: a title before the name ("Officer X", "District Attorney X",
"suspect X"), a role noun in apposition ("the suspect, X", "X, the victim's mother", "X,
a person of interest"), a lawyer's firm ("X, of Y Solicitors"), and ``relation_evidence``:
"the victim was identified as X", "two teens, identified as X and Y, were arrested",
"they were identified as X and Y" (the group the sentence before names), "X is the
suspect", "the victims were: X; Y", and the states a copula gives ("X is in critical
condition", "X was dead", "X is in custody").

Limits: a title is read only in the 40 characters (three tokens for a role noun) before
the name; "they" reaches one sentence back; "the man was identified as X" (any noun) is
only weak victim evidence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.cases.lexicon import CaseLexicon
from pipeline.cases.roles.evidence import (
    REFLEXIVE,
    SUBJECT_DEPS,
    Evidence,
    evidence_at,
    harm_status,
    negated,
    noun_role,
    phrase_role,
)
from pipeline.cases.roles.verbs import verb_evidence
from pipeline.doctext import doc_text

if TYPE_CHECKING:  # spaCy is imported only where a Doc is parsed
    from spacy.tokens import Span, Token


def descriptor_evidence(head: Token, span: Span, lex: CaseLexicon) -> list[Evidence]:
    """Roles from nouns that describe the person: titles, appositions, copulas."""
    found: list[Evidence] = []
    doc = head.doc
    # Titles just before the name: "Officer", "Det Sgt", "District Attorney", "suspect".
    before = doc_text(doc)[max(0, span.start_char - 40) : span.start_char].lower().rstrip(" .")
    phrase = phrase_role(before, lex)
    if phrase:
        role, _ = phrase
        first = doc[max(0, span.start - 1)]
        found.append(evidence_at(role, "", first, "case:title"))
    else:
        for token in reversed(doc[max(0, span.start - 3) : span.start]):
            word = token.lower_.strip(".")
            if token.is_punct or token.pos_ in ("DET", "NUM", "ADP", "VERB", "AUX"):
                break
            if word in lex.role_nouns:
                found.append(evidence_at(lex.role_nouns[word], "", token, "case:title"))
                break
    # "X, the suspect" / "X, the victim's mother" / "X, a person of interest"
    for child in (c for c in head.children if c.dep_ == "appos"):
        found.extend(_named_by(child, lex, "case:appos"))
    # "the suspect, X" / "his father, X"
    if head.dep_ == "appos" and head.head.lower_ in lex.role_nouns:
        found.append(noun_role(head.head, lex, "case:appos"))
    # "Neil Hudgell, of Hudgell Solicitors"
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "with")):
        for obj in prep.children:
            if (
                obj.dep_ == "pobj"
                and obj.lower_ in lex.words["lawyer_orgs"]
                and obj.text[0].isupper()
            ):
                found.append(evidence_at("lawyer", "", obj, "case:firm"))
    found.extend(relation_evidence(head, lex))
    return found


def relation_evidence(head: Token, lex: CaseLexicon) -> list[Evidence]:
    """Roles from "identified as" and copulas: "the victim was identified as X"."""
    found: list[Evidence] = []
    # "the victim was identified as X" / "X was identified as the shooter"
    verb = _identify_verb_of(head.head, lex) if head.dep_ == "pobj" else None
    if verb is not None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PRON", "NUM"):
        # "two teens, identified as X and Y, were arrested": what is said of the teens;
        # "one of the victims, identified as X, later died": of the number
        group = verb.head
        if group.lower_ in lex.role_nouns:
            found.append(noun_role(group, lex, "case:identified-as"))
        found.extend(
            ev if ev.method.startswith(REFLEXIVE) else replace(ev, method="case:identified-as")
            for ev in verb_evidence(group, lex)
        )
    if verb is not None:
        for arg in verb.children:
            noun = _role_noun_of(arg, lex) if arg.dep_ in ("nsubjpass", "dobj") else None
            if noun is not None:
                found.append(noun_role(noun, lex, "case:identified-as"))
                harm = _harmed_group(noun, lex)
                if harm is not None and lex.role_nouns[noun.lower_] == "official":
                    # "the two injured deputies were identified as Officer X and ..."
                    status = harm_status(harm, lex)
                    found.append(evidence_at("victim", status, harm, "case:identified-as"))
            elif arg.dep_ in ("nsubjpass", "dobj") and _legal_group(arg, lex) is not None:
                # "the four men arrested in the shooting were identified as X"
                legal = _legal_group(arg, lex)
                found.append(
                    evidence_at("suspect", lex.legal[legal.lower_], legal, "case:identified-as")
                )
            elif arg.dep_ in ("nsubjpass", "dobj") and _harmed_group(arg, lex) is not None:
                # "police identified those wounded in the gunfire as X"
                harm = _harmed_group(arg, lex)
                found.append(
                    evidence_at("victim", harm_status(harm, lex), harm, "case:identified-as")
                )
            elif arg.dep_ in ("nsubjpass", "dobj") and arg.lower_ in ("they", "them"):
                found.extend(_they_evidence(arg, lex))  # "they were identified as X and Y"
            elif arg.dep_ in ("nsubjpass", "dobj") and arg.pos_ in ("NOUN", "ADJ"):
                # "the man was identified as X": usually the person the story is about
                found.append(evidence_at("victim", "", arg, "case:identified-weak"))
    if head.dep_ in ("nsubjpass", "dobj") and lex.has("identify_verbs", head.head.text):
        for prep in (c for c in head.head.children if c.lower_ == "as"):
            for arg in (c for c in prep.children if c.dep_ == "pobj"):
                found.extend(_named_by(arg, lex, "case:identified-as"))
    # "X is the suspect" / "the victim was X"
    verb = head.head
    if verb.lower_ in ("is", "was", "are", "were", "been", "be", "remains", "remained"):
        if head.dep_ == "nsubj":
            found.extend(_state_of_being(verb, lex))
        if head.dep_ == "nsubj":
            for arg in verb.children:
                if arg.dep_ != "attr":
                    continue
                if _person_of_interest(arg):
                    found.append(evidence_at("suspect", "", arg, "case:copula"))
                noun = _role_noun_of(arg, lex)
                if noun is not None:
                    found.append(noun_role(noun, lex, "case:copula"))
        if head.dep_ in ("attr", "nsubj"):  # "the victim was X", "the victims were: X; Y"
            for arg in verb.children:
                if arg.dep_ == "nsubj" and arg != head and arg.lower_ in lex.role_nouns:
                    found.append(noun_role(arg, lex, "case:copula"))
                elif arg.dep_ == "nsubj" and arg != head and arg.lower_ == "they":
                    found.extend(_they_evidence(arg, lex))  # "they are X and Y"
    return found


def _they_evidence(they: Token, lex: CaseLexicon) -> list[Evidence]:
    """What the sentence before says of the group that "they" names ("Three men were
    arrested. They were identified as X, Y and Z"; "Two people died. They are X and Y"):
    the victim or suspect role of its last plural noun or number subject or object, police
    and officials aside ("investigators arrested three men"), from its role noun and verb
    evidence (method ``case:they``, weight as a pronoun's).

    Limits: only the one sentence before is read, and only its subjects and objects.
    """
    sent = they.sent
    if sent.start == 0:
        return []
    before = they.doc[sent.start - 1].sent
    groups = [
        t
        for t in before
        if t.dep_ in (*SUBJECT_DEPS, "dobj")
        and (t.tag_ == "NNS" or t.pos_ == "NUM")
        and lex.role_nouns.get(t.lower_) != "official"
        and not lex.has("police_agents", t.text)
    ]
    if not groups:
        return []
    group = groups[-1]
    found = [noun_role(group, lex, "case:they")] if group.lower_ in lex.role_nouns else []
    found.extend(replace(ev, method="case:they") for ev in verb_evidence(group, lex))
    return [ev for ev in found if ev.role in ("victim", "suspect")]


def _identify_verb_of(prep: Token, lex: CaseLexicon) -> Token | None:
    """The "identified" of "identified ... as X", also when the parser hung "as" on a
    noun in between ("identified those wounded in the gunfire as X")."""
    if prep.lower_ != "as":
        return None
    for ancestor in prep.ancestors:
        if lex.has("identify_verbs", ancestor.text):
            return ancestor
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("acl", "amod"):
            return None  # another clause's verb
    return None


def _harmed_group(noun: Token, lex: CaseLexicon) -> Token | None:
    """The harm verb describing a group: "those wounded", "the people killed"."""
    for child in noun.children:
        harmed = child.dep_ in ("acl", "amod", "relcl") and child.lower_ in lex.harm
        if harmed and not negated(child):
            return child
    return None


def _named_by(noun: Token, lex: CaseLexicon, method: str) -> list[Evidence]:
    """What a noun naming the person says ("X, the suspect", "identified as a person of
    interest"): a role noun's role (``noun_role``), "a person of interest" a suspect."""
    if noun.lower_ in lex.role_nouns:
        return [noun_role(noun, lex, method)]
    if _person_of_interest(noun):
        return [evidence_at("suspect", "", noun, method)]
    return []


def _person_of_interest(noun: Token) -> bool:
    """ "a person of interest" (in the inquiry): how police name a suspect."""
    return noun.lower_ == "person" and any(
        prep.lower_ == "of" and any(o.lower_ == "interest" for o in prep.children)
        for prep in noun.children
    )


def _legal_group(noun: Token, lex: CaseLexicon) -> Token | None:
    """The legal verb describing a group: "the men arrested", "those charged"."""
    for child in noun.children:
        legal = child.dep_ in ("acl", "relcl") and lex.legal.get(child.lower_)
        if legal and not negated(child):
            return child
    return None


def _state_of_being(verb: Token, lex: CaseLexicon) -> list[Evidence]:
    """ "X is in critical condition" (injured), "X was among those killed", "X was dead"
    (killed), "X was critically injured" (injured; killed with "fatally"); "X is (remains,
    was already) in (police) custody" (suspect, arrested; "no longer in custody" too: they
    were held); none when negated ("X was not hurt")."""
    if negated(verb):
        return []
    for comp in (c for c in verb.children if c.dep_ == "acomp" and not negated(c)):
        if comp.lower_ in lex.words["death_states"]:
            return [evidence_at("victim", "killed", comp, "case:copula-state")]
        if comp.lower_ in lex.harm:
            return [evidence_at("victim", harm_status(comp, lex), comp, "case:copula-state")]
        if comp.lower_ in lex.words["injury"]:
            return [evidence_at("victim", "injured", comp, "case:copula-state")]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "in" and any(o.lower_ == "condition" for o in objects):
            return [evidence_at("victim", "injured", prep, "case:copula-state")]
        if prep.lower_ == "in" and any(lex.has("custody_nouns", o.text) for o in objects):
            return [
                evidence_at("suspect", "arrested", prep, "case:copula-state")
            ]  # "X is in custody"
        if prep.lower_ == "among":
            for obj in objects:
                if obj.lower_ in lex.role_nouns:
                    return [noun_role(obj, lex, "case:copula")]
                for acl in (c for c in obj.children if c.dep_ in ("acl", "relcl")):
                    if acl.lower_ in lex.harm:
                        return [
                            evidence_at("victim", harm_status(acl, lex), acl, "case:copula-state")
                        ]
    return []


def _role_noun_of(noun: Token, lex: CaseLexicon) -> Token | None:
    """The role noun of an attribute: "the suspect", "one of the gunmen"."""
    if noun.lower_ in lex.role_nouns:
        return noun
    if noun.lower_ in ("one", "two", "three", "four", "five", "six", "all", "both") or (
        noun.pos_ == "NUM"
    ):
        for prep in (c for c in noun.children if c.lower_ == "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in lex.role_nouns:
                    return obj
    return None
