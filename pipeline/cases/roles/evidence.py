"""The ``Evidence`` record and the token tests every role rule shares.

``Evidence`` is one reason for a person's role, read off the parse; ``evidence_at`` makes
one on a token's characters. The helpers read a token's own children and conjoined verbs
(negation, "killed" or "injured", role nouns and title phrases), never the whole sentence,
except ``noun_role``, which reads the sentence's words for "killed" (not for "included").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.cases.lexicon import CaseLexicon, case_lexicon
from pipeline.doctext import doc_text

if TYPE_CHECKING:  # spaCy is imported only where a Doc is parsed
    from spacy.tokens import Token


SUBJECT_DEPS = ("nsubj", "nsubjpass")
REFLEXIVE = "case:verb-reflexive"
LIVED = "-lived"
"""Appended to ``REFLEXIVE`` when the sentence says the one who shot himself lived
(``subjects.self_shot_lived``): ``pick_role`` then does not make him killed."""
SURVIVE_VERBS = ("survive", "survived", "survives")  # "X survived" (injured), "did not" (killed)


@dataclass
class Evidence:
    """One reason for a role: the role, an optional status, the words and the rule."""

    role: str
    status: str
    start: int
    end: int
    method: str
    sentence: str = ""


def evidence_at(role: str, status: str, token: Token, method: str, sentence: str = "") -> Evidence:
    """Evidence whose words are ``token``'s characters."""
    return Evidence(role, status, token.idx, token.idx + len(token.text), method, sentence)


def negated(verb: Token) -> bool:
    """ "was not injured", "never charged": the verb has a negation."""
    return any(c.dep_ == "neg" for c in verb.children)


MODALS = ("could", "might", "may", "would")
"""A word under one of these is spoken of as possible ("could have been killed")."""
NARRATED = ("later", "eventually")
"""With one of these, "would" narrates what happened next ("would later die")."""


def hedged(token: Token) -> bool:
    """Whether ``token`` has a modal (``MODALS``: "could have been killed") or an
    "if"/"whether" ("if anyone was hurt") of its own; not a narrating "would" (``_narrated``).
    """
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in token.children):
        return True
    modals = [
        c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS
    ]
    return bool(modals) and not (modals == ["would"] and _narrated(token))


def _narrated(token: Token) -> bool:
    """Whether "would" on ``token`` tells what happened next: a ``NARRATED`` word on it or
    its modifier ("would later die", "would die hours later", "would eventually be
    charged"), or it is a death verb of a main clause with no condition ("She would die
    at a hospital"; not "feared he would die", "would die if ...").
    Limits: a main-clause "would die" that is a wish or a habit ("I would die for him")
    reads as narration."""
    for child in token.children:
        if child.dep_ in ("advmod", "npadvmod") and (
            child.lower_ in NARRATED or any(g.lower_ in NARRATED for g in child.children)
        ):
            return True
    return (
        token.lower_ in ("die", "succumb")
        and token.dep_ in ("ROOT", "conj")
        and (token.dep_ == "ROOT" or token.head.dep_ == "ROOT")
        and not any(c.dep_ == "advcl" for c in token.children)
    )


def intended(token: Token) -> bool:
    """Whether ``token`` is a bare infinitive under an aim word (``aim_words`` of the lexicon:
    "threatened to kill", "tried to hurt", "plotting to murder", "an attempt to kill"),
    an aim rather than a deed; not "went on to kill", "managed to kill", "the gun used to
    kill", "believed to have been killed" (a perfect infinitive is a deed), nor a purpose
    ("drove to the house to kill his wife": the parser's ``advcl``).
    Limits: the aim word must be the verb's head ("ordered him to kill" is read as the
    parser attaches it)."""
    return (
        token.tag_ == "VB"
        and token.dep_ in ("xcomp", "acl", "ccomp")
        and token.head.lower_ in case_lexicon().words["aim_words"]  # word forms: no lemmas here
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def has_word(token: Token, word: str) -> bool:
    """Whether ``word`` (lower case) is in ``token``'s subtree."""
    return any(t.lower_ == word for t in token.subtree)


def pronounced_dead(verb: Token, lex: CaseLexicon, after: int = -1) -> bool:
    """Whether ``verb`` is a ``death_state_verbs`` verb ("pronounced", "found") with a
    ``death_states`` word ("dead") among its children after token ``after``: "X was
    pronounced dead" (its passive subject), "medics pronounced X dead" (its object, with
    ``after`` the object). Limits: a child only; "found X lying dead" is not read."""
    return lex.has("death_state_verbs", verb.lower_) and any(
        c.lower_ in lex.words["death_states"] for c in verb.children if c.i > after
    )


def conj_verbs(verb: Token) -> list[Token]:
    """Verbs conjoined to ``verb`` that share its subject ("was shot and killed")."""
    out = []
    for conj in verb.children:
        if (
            conj.dep_ == "conj"
            and conj.pos_ in ("VERB", "AUX", "ADJ")
            and not any(c.dep_ in SUBJECT_DEPS for c in conj.children)
        ):
            out.append(conj)
            out.extend(conj_verbs(conj))
    return out


def harm_status(verb: Token, lex: CaseLexicon) -> str:
    """killed when the verb, a conjoined verb or a modifier says so, else injured; none
    ("") when the verb is an aim or a possibility ("threatened to kill X", "X could have
    been killed": ``intended``, ``hedged``)."""
    if intended(verb) or hedged(verb):
        return ""
    chain = [verb, *conj_verbs(verb)]
    for v in chain:
        if lex.harm.get(v.lower_) == "killed":
            return "killed"
        if lex.harm.get(v.lower_) and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in v.children
        ):
            return "killed"  # "gunned down", "shot down"
        for child in v.children:
            if (
                child.dep_ in ("advmod", "acomp", "oprd")
                and child.lower_ in lex.words["fatal_modifiers"]
            ):
                return "killed"
            if (
                child.dep_ == "prep"
                and child.lower_ == "to"
                and any(g.lower_ == "death" for g in child.children)
            ):
                return "killed"
    return lex.harm[verb.lower_]


def fatal_noun(noun: Token, lex: CaseLexicon) -> str:
    """killed when a modifier of ``noun`` is fatal ("fatal shooting"), else ""."""
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    return "killed" if mods & lex.words["fatal_modifiers"] else ""


def phrase_role(before: str, lex: CaseLexicon) -> tuple[str, str] | None:
    """Official or lawyer, and the phrase, when ``before`` (lower case) ends with an official's
    or a lawyer's title phrase ("district attorney"); else None."""
    for phrase in lex.official_phrases:
        if before.endswith(phrase):
            return "official", phrase
    for phrase in lex.lawyer_phrases:
        if before.endswith(phrase):
            return "lawyer", phrase
    return None


INCLUDE = "case:include"
"""The method of "the wounded included X" (``verbs``); it weighs like an apposition."""


def noun_role(noun: Token, lex: CaseLexicon, method: str) -> Evidence:
    """The role a descriptor noun gives; "the victim's mother" is a relative. A victim noun
    that is itself an injury word ("the wounded", "the injured") is injured, one that is
    a killed word ("the dead", "the deceased") or has a fatal modifier killed; any other
    victim noun is killed in a sentence with a ``killed_words`` word, except for the
    subject of "included" (``INCLUDE``), which says only what the noun itself says
    ("the wounded included X, and the dead included Y": X injured).
    Limits: "the victim, X, ..." reads the whole sentence ("killed" may be someone else's)."""
    role = lex.role_nouns[noun.lower_]
    text = doc_text(noun.doc)[max(0, noun.idx - 30) : noun.idx].lower().rstrip()
    phrase = phrase_role(text + " " + noun.lower_, lex)
    if phrase:
        role = phrase[0]
    status = ""
    if role == "victim":
        if noun.lower_ in lex.words["injury"]:
            status = "injured"  # "the wounded", "the injured"
        elif noun.lower_ in lex.words["killed_words"]:
            status = "killed"  # "the dead"
        else:
            status = fatal_noun(noun, lex)
        if not status and method != INCLUDE:
            sentence = {t.lower_ for t in noun.sent}
            status = "killed" if sentence & lex.words["killed_words"] else ""
    return evidence_at(role, status, noun, method)
