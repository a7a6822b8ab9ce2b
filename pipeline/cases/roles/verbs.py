"""Roles from the verb (or noun) a person is an argument of.

``verb_evidence``: the object or passive subject of a harm verb is a victim (a suspect
when police did the harm: GVA lists people shot by police as suspects), of a legal verb a
suspect with that status (and the sentence given); "by X" after a harm verb, "charges
against X" and "police are looking for X" make a suspect; "the death of X", "X's killer"
and "took the life of X" a victim, and "pronounced X dead" a killed one; "the wounded
included X" (``include_verbs``) gives X what the subject's role noun says; a subject's
own verb is read by ``subjects``. Harm said to be self-inflicted is read as shooting oneself.

Limits: a negated verb ("was not charged", "was not hurt") gives nothing except "did not
survive"; a harm verb that is an aim or a possibility gives no status (``harm_status``),
but the modality of a legal verb ("could face charges") is not detected; who did what in
quoted speech is read like narration.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.cases.lexicon import CaseLexicon
from pipeline.cases.roles.evidence import (
    INCLUDE,
    SUBJECT_DEPS,
    SURVIVE_VERBS,
    Evidence,
    conj_verbs,
    evidence_at,
    fatal_noun,
    harm_status,
    has_word,
    negated,
    noun_role,
    pronounced_dead,
)
from pipeline.cases.roles.subjects import active_subject, passive_state, sentence_given

if TYPE_CHECKING:  # spaCy is imported only where a Doc is parsed
    from spacy.tokens import Token


def verb_evidence(ref: Token, lex: CaseLexicon) -> list[Evidence]:
    """Roles from the verb (or noun) that ``ref`` is an argument of (``_verb_evidence``);
    harm said to be self-inflicted ("died of a self-inflicted bullet wound") is read as
    shooting oneself (``_self_inflicted``)."""
    found = [_self_inflicted(ev, ref, lex) for ev in _verb_evidence(ref, lex)]
    if ref.dep_ in SUBJECT_DEPS:
        found.extend(_legal_clause(ref.head, lex))
    return found


def _legal_clause(verb: Token, lex: CaseLexicon) -> list[Evidence]:
    """A passive legal verb in a subjectless clause of the subject's verb ("X committed
    suicide after being charged with murder"): the subject is the suspect.
    Limits: only "after/before/since/upon being ..." (``prep`` → ``pcomp``)."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for comp in (c for c in prep.children if c.dep_ == "pcomp"):
            status = lex.legal.get(comp.lower_)
            if status and any(c.dep_ == "auxpass" for c in comp.children) and not negated(comp):
                found.append(evidence_at("suspect", status, comp, "case:verb-passive"))
    return found


def _self_inflicted(ev: Evidence, ref: Token, lex: CaseLexicon) -> Evidence:
    """Victim evidence whose verb phrase names a ``self_harm_phrases`` wound as the
    reflexive kind (``case:verb-reflexive``, role suspect; ``pick_role`` decides).
    Limits: only the words of the verb's subtree after the person are read."""
    if ev.role != "victim" or not ev.status or ev.method == "case:verb-accident":
        return ev
    verb = ref.doc.char_span(ev.start, ev.end)
    if verb is None:
        return ev
    root = verb.root
    after = ref.doc[max(ref.i, root.i) + 1 : root.right_edge.i + 1].text.lower()
    if any(p in after for p in lex.words["self_harm_phrases"]) and not any(
        w in after for w in lex.words["accident_words"]
    ):
        return replace(ev, role="suspect", method="case:verb-reflexive")
    return ev


def _verb_evidence(ref: Token, lex: CaseLexicon) -> list[Evidence]:
    """Roles from the verb (or noun) that ``ref`` is an argument of.

    A subject the parser hung on an auxiliary ("X and Y were critically injured" with
    "were" as its head) is read as the subject of the main verb, passive after "were"/
    "was" (``auxpass``); a subject of a verb with a passive auxiliary is a passive
    subject. A negated verb ("was not injured", "was not charged") gives no evidence,
    except "X did not survive" (a victim, killed).
    """
    found: list[Evidence] = []
    verb = ref.head
    dep = ref.dep_
    if dep in SUBJECT_DEPS and verb.dep_ in ("aux", "auxpass") and verb.head != verb:
        dep = "nsubjpass" if verb.dep_ == "auxpass" else dep
        verb = verb.head
    if dep == "nsubj" and any(c.dep_ == "auxpass" for c in verb.children):
        dep = "nsubjpass"
    if dep in (*SUBJECT_DEPS, "dobj") and negated(verb):
        if dep == "nsubj" and verb.lower_ in SURVIVE_VERBS:
            found.append(
                evidence_at("victim", "killed", verb, "case:verb-subject")
            )  # "did not survive"
        return found
    form = verb.lower_
    if dep == "pobj" and verb.dep_ == "agent":
        harm_verb = verb.head
        if harm_verb.lower_ in lex.harm:
            found.append(evidence_at("suspect", "", harm_verb, "case:verb-agent"))
        return found
    if (
        dep == "pobj"
        and verb.lower_ == "against"
        and lex.has("charge_nouns", verb.head.text)
        and not _no_charges(verb.head)
    ):
        # "prosecutors filed four counts of murder against X"
        found.append(evidence_at("suspect", "charged", verb.head, "case:verb-object"))
        return found
    if dep == "pobj" and verb.lower_ == "for" and lex.has("search_verbs", verb.head.text):
        found.append(evidence_at("suspect", "", verb.head, "case:verb-search"))
        return found
    if dep == "pobj" and verb.lower_ == "of":
        noun = verb.head
        if noun.lower_ in lex.words["killed_nouns"]:
            status = "" if _attempted(noun) else "killed"  # "attempted murder of X": alive
            found.append(evidence_at("victim", status, noun, "case:noun-of"))
        elif noun.lower_ in lex.words["injured_nouns"]:
            found.append(evidence_at("victim", fatal_noun(noun, lex) or "", noun, "case:noun-of"))
        elif _life_taken(noun, lex):  # "the bullet took the life of X"
            found.append(evidence_at("victim", "killed", noun.head, "case:noun-of"))
        return found
    if dep == "poss":
        noun = verb
        if noun.lower_ in lex.words["killed_nouns"]:
            found.append(evidence_at("victim", "killed", noun, "case:possessive"))
        elif lex.role_nouns.get(noun.lower_) == "suspect":
            status = "killed" if noun.lower_ in ("killer", "killers", "murderer") else ""
            found.append(evidence_at("victim", status, noun, "case:possessive"))
        return found
    if dep == "dobj" and lex.has("include_verbs", form):
        # "the wounded included X, Y and Z": what the subject's role noun says
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            if lex.role_nouns.get(subj.lower_) in ("victim", "suspect"):
                found.append(noun_role(subj, lex, INCLUDE))
        return found
    if dep in ("dobj", "nsubjpass"):
        if ref.lower_ in lex.words["reflexive"]:
            return found
        if form in lex.harm:
            status = harm_status(verb, lex)
            role = "suspect" if _police_did(verb, lex) else "victim"
            method = "case:verb-police" if role == "suspect" else f"case:verb-{_kind(dep)}"
            found.append(evidence_at(role, status, verb, method))
        elif form in lex.legal:
            status = lex.legal[form]
            sentence = sentence_given(verb, lex) if status == "sentenced" else ""
            found.append(evidence_at("suspect", status, verb, f"case:verb-{_kind(dep)}", sentence))
            for conj in conj_verbs(verb):
                if lex.legal.get(conj.lower_):
                    found.append(
                        evidence_at("suspect", lex.legal[conj.lower_], conj, "case:verb-conj")
                    )
        elif dep == "nsubjpass":
            found.extend(passive_state(verb, lex))
        if dep == "dobj" and pronounced_dead(verb, lex, ref.i):
            # "medics pronounced X dead", "found X dead"
            found.append(evidence_at("victim", "killed", verb, "case:verb-state"))
        if dep == "dobj" and form in ("take", "taken", "took") and has_word(verb, "custody"):
            found.append(evidence_at("suspect", "arrested", verb, "case:verb-custody"))
        return found
    if dep == "nsubj":
        found.extend(active_subject(verb, lex))
        loose = [
            c
            for c in verb.children
            if c.dep_ == "dep"
            and c.pos_ == "VERB"
            and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        ]
        for conj in [*conj_verbs(verb), *loose]:  # "X shot his wife, then turned the gun ..."
            found.extend(active_subject(conj, lex))
    return found


def _no_charges(head: Token) -> bool:
    """Whether "charges ... against X" is denied: "no charges have been filed against X",
    "charges were not filed against X" (the head or its subject negated or with "no")."""
    nouns = [head, *(c for c in head.children if c.dep_ in SUBJECT_DEPS)]
    return negated(head) or any(
        c.dep_ == "det" and c.lower_ == "no" for n in nouns for c in n.children
    )


def _life_taken(noun: Token, lex: CaseLexicon) -> bool:
    """Whether ``noun`` is "life"/"lives" as the object of a ``life_taking_verbs`` verb
    ("took the life of X", "claimed the lives of X and Y"). Limits: the active voice only."""
    return (
        lex.has("life_nouns", noun.text)
        and noun.dep_ == "dobj"
        and lex.has("life_taking_verbs", noun.head.text)
        and not negated(noun.head)
    )


def _police_did(verb: Token, lex: CaseLexicon) -> bool:
    """Whether police did the harm: "was shot and killed by officers", "deputies shot X".

    Looks at the agent ("by ...") of the verb and its conjoined verbs and at the subject of
    the verb or of the verb it is conjoined to. Limits: a named officer ("by Officer
    Smith") is seen only through the title word's head being a police word.
    """
    for v in (verb, *conj_verbs(verb)):
        for agent in (c for c in v.children if c.dep_ == "agent"):
            if any(lex.has("police_agents", o.text) for o in agent.children if o.dep_ == "pobj"):
                return True
    subject_of = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "nsubj" and lex.has("police_agents", c.text) for c in subject_of.children)


def _kind(dep: str) -> str:
    return "object" if dep == "dobj" else "passive"


def _attempted(noun: Token) -> bool:
    """ "attempted murder", "attempted homicide": the act did not kill."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return (before is not None and before.lower_ == "attempted") or any(
        c.lower_ == "attempted" for c in noun.children
    )
