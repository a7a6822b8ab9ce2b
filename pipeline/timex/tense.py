"""The tense of the verb that governs a span, from the spaCy parse.

Limits: a heuristic over the dependency tree and Penn tags; it does not read reported
speech ("said it would ... Friday" counts as future) or conditionals.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.timex.lexicon import FUTURE_VERBS, ONGOING_VERBS

FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "going"}
PERFECT_AUX = {"has", "have", "had", "'ve"}
# "is to resume", "set to resume": a plan, read as the future
BE_TO = {"is", "are", "am", "'s", "'re", "set"}


def governing_verb(token: Token, max_steps: int = 6) -> Token | None:
    """The nearest verb or auxiliary up the dependency tree from ``token``."""
    for _ in range(max_steps):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _past_perfect(verb: Token) -> bool:
    """ "had been scheduled": a plan seen from the past."""
    return any(c.lower_ == "had" for c in verb.children if c.dep_ in ("aux", "auxpass"))


def _planned(verb: Token, max_steps: int = 4) -> bool:
    """The span's verb is planned ahead: "is scheduled for Friday", "expected to appear Friday".

    A planning verb in the simple past that governs the span itself ("vowed Saturday",
    "planned on Friday") dates the planning, not the plan, and does not count.
    """
    if verb.lower_ in FUTURE_VERBS:
        return verb.tag_ != "VBD" and not _past_perfect(verb)
    for _ in range(max_steps):
        if verb.head is verb or verb.dep_ not in (
            "xcomp",
            "ccomp",
            "advcl",
            "dobj",
            "prep",
            "pobj",
        ):
            return False
        verb = verb.head
        if verb.lower_ in FUTURE_VERBS:
            return not _past_perfect(verb)
    return False


def tense_of(doc: Doc, start_char: int, end_char: int) -> str | None:
    """ "past", "present", "future" or ``None`` for the verb governing the span."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = governing_verb(span.root)
    if verb is None:
        return None
    if _planned(verb):
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "future"
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if "VBD" in tags:
        return "pluperfect" if "had" in words else "past"
    if verb.tag_ == "VBN" and words & PERFECT_AUX:
        return "perfect"
    if "TO" in tags or (verb.tag_ == "VB" and "to" in words):
        head = verb.head
        if verb.dep_ == "xcomp" and head.lower_ in BE_TO and head.tag_ != "VBD":
            return "future"  # "is to resume trading Tuesday", "set to resume Monday"
        return "infinitive"
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        if verb.lower_ in ONGOING_VERBS:
            return "present"  # "police are investigating the shooting Thursday": under way
        return "future"  # "is meeting Thursday": a plan
    if tags & {"VBZ", "VBP", "VBG"}:
        return "present"
    if verb.tag_ == "VBN":
        head = verb.head
        return "past" if head.tag_ == "VBD" else None
    return None
