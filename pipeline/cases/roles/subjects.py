"""What a verb says of its subject: passive states and active deeds.

``passive_state``: the passive subject of a verb that is neither a harm nor a legal verb
("was pronounced dead", "was found with gunshot wounds", "was taken to a hospital", "was
taken into custody", "was found guilty"). ``active_subject``: the subject of an active
verb: who shot (unless the verb reads as passive: "X, 25, shot in the chest"), shot
themselves, died, took their own life, pleaded guilty, appeared in court, faces charges,
suffered wounds or survived. ``sentence_given``: the sentence named after "sentenced".

Limits: only the verb, its children and its subtree are read; negation is left to the
caller (``verbs``); a harm or death verb that is an aim or a possibility ("would die":
``harm_status``, ``hedged``, ``intended``) gives no status, but the modality of a legal
verb ("could face charges") is not detected.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.cases.lexicon import CaseLexicon
from pipeline.cases.roles.evidence import (
    LIVED,
    REFLEXIVE,
    SURVIVE_VERBS,
    Evidence,
    conj_verbs,
    evidence_at,
    harm_status,
    has_word,
    hedged,
    intended,
    negated,
    pronounced_dead,
)
from pipeline.doctext import doc_text

if TYPE_CHECKING:  # spaCy is imported only where a Doc is parsed
    from spacy.tokens import Token


def _wounds(verb: Token, lex: CaseLexicon) -> str:
    """killed/injured when ``verb`` has "with (fatal) gunshot wounds", else ""."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        words = {t.lower_ for t in prep.subtree}
        if words & lex.words["injury_nouns"]:
            return "killed" if words & lex.words["fatal_modifiers"] else "injured"
    return ""


def passive_state(verb: Token, lex: CaseLexicon) -> list[Evidence]:
    """What ``verb`` (neither a harm nor a legal verb) says of its passive subject: "was
    pronounced dead" (killed), "was found with gunshot wounds", "was hospitalized" or "was
    taken to a hospital" (injured): a victim; "was taken into custody" (arrested), "was
    found guilty" (convicted): a suspect."""
    form = verb.lower_
    if pronounced_dead(verb, lex):  # before the wounds: "was pronounced dead ... with wounds"
        return [evidence_at("victim", "killed", verb, "case:verb-state")]
    wounds = _wounds(verb, lex)
    if wounds:  # "X was found with multiple gunshot wounds"
        return [evidence_at("victim", wounds, verb, "case:verb-state")]
    if form in lex.words["injury"]:
        return [evidence_at("victim", "injured", verb, "case:verb-state")]
    if form in lex.words["transport_verbs"]:
        if has_word(verb, "custody"):
            return [evidence_at("suspect", "arrested", verb, "case:verb-custody")]
        if any(t.lower_ in lex.words["hospital_words"] for t in verb.subtree if t.i > verb.i):
            return [evidence_at("victim", "injured", verb, "case:verb-state")]
    if form in ("found", "pronounced", "declared") and any(
        c.lower_ == "guilty" for c in verb.subtree
    ):
        return [evidence_at("suspect", "convicted", verb, "case:verb-passive")]
    return []


def active_subject(verb: Token, lex: CaseLexicon) -> list[Evidence]:
    """What ``verb`` says of its active subject: a harm verb makes a suspect (one who shot
    themselves: ``REFLEXIVE``; by accident: a victim), unless it reads as passive ("X, 25,
    shot in the chest": a victim); "X died", "X passed away" (``pass_verbs``), "suffered
    fatal wounds", "survived": a victim; "took his own life", "pleaded guilty", "appeared
    in court", "faces charges", "opened fire" and the ``suspect_acts`` verbs: a suspect."""
    form = verb.lower_
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    reflexive = any(o.lower_ in lex.words["reflexive"] for o in objects)
    if form in lex.harm:
        if reflexive:
            status = harm_status(verb, lex)
            if any(lex.has("accident_words", t.text) for t in verb.subtree):
                return [evidence_at("victim", status, verb, "case:verb-accident")]
            lived = status != "killed" and self_shot_lived(verb, lex)
            return [evidence_at("suspect", status, verb, REFLEXIVE + (LIVED if lived else ""))]
        if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "amod"):
            return []
        if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children):
            # "X, shot in the leg, ..." reads as passive.
            return [evidence_at("victim", harm_status(verb, lex), verb, "case:verb-passive")]
        if _reads_passive(verb, lex):
            return [evidence_at("victim", harm_status(verb, lex), verb, "case:verb-passive")]
        return [evidence_at("suspect", "", verb, "case:verb-agent")]
    if form in lex.words["death"]:
        status = "" if hedged(verb) or intended(verb) else "killed"  # "feared he would die"
        return [evidence_at("victim", status, verb, "case:verb-subject")]
    if lex.has("pass_verbs", form) and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in children
    ):
        return [evidence_at("victim", "killed", verb, "case:verb-subject")]  # "X passed away"
    for xcomp in (c for c in children if c.dep_ == "xcomp" and c.lower_ in lex.harm):
        if form in ("began", "begin", "begins", "started", "start", "starts", "continued"):
            return [evidence_at("suspect", "", xcomp, "case:verb-agent")]  # "X began shooting"
    suicide = any(o.lower_ == "suicide" for o in objects) or (
        any(o.lower_ == "life" for o in objects) and has_word(verb, "own")
    )
    if suicide and lex.has("suicide_verbs", form):
        return [evidence_at("suspect", "killed", verb, "case:verb-reflexive")]
    if form in ("handed", "given", "received", "receives", "gets", "got") and any(
        o.lower_ in ("years", "sentence", "life", "months") for o in objects
    ):
        sentence = sentence_given(verb, lex) if verb.dep_ != "amod" else ""
        return [evidence_at("suspect", "sentenced", verb, "case:verb-subject", sentence)]
    if form in ("turn", "turned", "turns") and (
        has_word(verb, "himself") or has_word(verb, "herself")
    ):
        if any(t.lower_ in ("gun", "weapon", "rifle", "pistol") for t in verb.subtree):
            return [evidence_at("suspect", "killed", verb, "case:verb-reflexive")]
        return [evidence_at("suspect", "arrested", verb, "case:verb-subject")]
    guilty = [c for c in verb.subtree if c.lower_ == "guilty"]
    if lex.has("guilty_verbs", form) and guilty:
        # "X pleaded not guilty": accused (charged), not convicted
        status = (
            "charged"
            if any(negated(g) or (g.i and g.nbor(-1).lower_ == "not") for g in guilty)
            else "convicted"
        )
        return [evidence_at("suspect", status, verb, "case:verb-subject")]
    if lex.has("appear_verbs", form) and any(
        prep.dep_ == "prep" and any(lex.has("court_nouns", o.text) for o in prep.children)
        for prep in children
    ):
        # "X appeared in district court", "X appeared for an arraignment"
        return [evidence_at("suspect", "charged", verb, "case:verb-subject")]
    if form in ("open", "opens", "opened") and any(o.lower_ == "fire" for o in objects):
        return [evidence_at("suspect", "", verb, "case:verb-agent")]
    if form in lex.suspect_acts:
        status = lex.suspect_acts[form]
        return [
            evidence_at(
                "suspect", status, verb, "case:verb-subject" if status else "case:verb-agent"
            )
        ]
    if form in ("face", "faces", "facing", "faced") and any(
        o.lower_ in lex.words["face_objects"] for o in objects
    ):
        return [evidence_at("suspect", "charged", verb, "case:verb-subject")]
    if lex.has("suffer_verbs", form):
        for obj in objects:
            words = {t.lower_ for t in obj.subtree}
            if obj.lower_ in lex.words["injury_nouns"] or words & lex.words["injury_nouns"]:
                fatal = bool(words & lex.words["fatal_modifiers"])
                return [
                    evidence_at(
                        "victim", "killed" if fatal else "injured", verb, "case:verb-subject"
                    )
                ]
    if form in (*SURVIVE_VERBS, "recovering", "recovered"):
        return [evidence_at("victim", "injured", verb, "case:verb-subject")]
    return []


def _reads_passive(verb: Token, lex: CaseLexicon) -> bool:
    """A harm verb with a subject but no object that reads as passive: "X, 25, shot in
    the chest", "found X shot to death", "X shot dead", "X fatally shot". Not when it has
    an object, aims "at" someone or a conjoined verb has an object ("X shot and killed
    Y")."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" for c in verb.children):
        return False
    for v in [verb, *conj_verbs(verb)]:
        if any(c.dep_ in ("dobj", "dative") for c in v.children):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("at", "into") for c in v.children):
            return False
    for child in verb.children:
        if child.lower_ in lex.words["death_states"]:
            return True  # "shot dead"
        if child.dep_ == "advmod" and child.lower_ in lex.words["fatal_modifiers"]:
            return True  # "X fatally shot" (a headline), with no object
        if child.dep_ == "prep" and child.lower_ in ("in", "to", "through"):
            objects = {o.lower_ for o in child.children if o.dep_ == "pobj"}
            if objects & (lex.words["body_parts"] | {"death"}):
                return True  # "shot in the chest", "shot to death"
    return verb.head.lower_ in ("found", "find", "finds", "discovered")  # "found X shot"


def self_shot_lived(verb: Token, lex: CaseLexicon) -> bool:
    """Whether "X shot himself" (``verb``) reads as survived: its sentence has no fatal
    word (``killed_words``, ``death``, ``fatal_modifiers``) and the shot hit a body part
    that is not ``fatal_body_parts`` ("in the hand"), or a verb joined to it is a
    ``flee_verbs`` one ("shot himself and fled"). Limits: the sentence only; "Police are
    searching for him" in the next one is not read."""
    fatal = lex.words["killed_words"] | lex.words["death"] | lex.words["fatal_modifiers"]
    if any(t.lower_ in fatal for t in verb.sent):
        return False
    parts = lex.words["body_parts"] - lex.words["fatal_body_parts"]
    for v in (verb, *conj_verbs(verb)):
        if lex.has("flee_verbs", v.text):
            return True
        for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "through")):
            if any(o.dep_ == "pobj" and o.lower_ in parts for o in prep.children):
                return True
    return False


def sentence_given(verb: Token, lex: CaseLexicon) -> str:
    """The sentence given after "sentenced": "whole-life tariff", "25 years in prison"."""
    sent = verb.sent
    tail = doc_text(verb.doc)[verb.idx + len(verb.text) : sent.end_char]
    for pattern in lex.sentence_patterns:
        match = re.search(pattern, tail, flags=re.IGNORECASE)
        if match and match.group(0).strip():
            return match.group(0).strip()
    return ""
