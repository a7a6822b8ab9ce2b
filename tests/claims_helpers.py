"""Build a mention list from ``doc.ents`` for the claim tests (a stand-in for the entities
stage): PERSON/ORG/GPE/LOC/FAC/NORP spans with a leading title word and a trailing
possessive removed.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.records import Claim, Mention

TITLE_WORDS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "officer",
    "commander",
    "sgt",
    "det",
    "detective",
    "sheriff",
}
LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


def mentions_from_ents(doc: Doc) -> list[Mention]:
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        tokens = list(ent)
        while tokens and tokens[0].lower_.strip(".") in TITLE_WORDS:
            tokens = tokens[1:]
        while tokens and tokens[-1].text in {"'s", "’s", "'", "’"}:
            tokens = tokens[:-1]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        mentions.append(Mention(start, end, doc.text[start:end], ent.label_))
    return mentions


def mentions_in(text: str, spans: list[tuple[str, str]]) -> list[Mention]:
    """``spacy:ner`` mentions of the ``(surface, label)`` spans, found left to right."""
    mentions, at = [], 0
    for surface, label in spans:
        start = text.index(surface, at)
        mentions.append(Mention(start, start + len(surface), surface, label, "spacy:ner"))
        at = start + len(surface)
    return mentions


def claims_by_target(doc: Doc, claims: list[Claim], predicate: str) -> set[tuple[str, str]]:
    """{(target text, value)} for the claims with ``predicate``."""
    return {
        (doc.text[c.target_start : c.target_end], c.value)
        for c in claims
        if c.predicate == predicate
    }


def age_of(doc: Doc, claims: list[Claim], name: str, predicate: str = "per:age") -> set[str]:
    """Values of ``predicate`` claims whose target text contains ``name``."""
    return {
        c.value
        for c in claims
        if c.predicate == predicate and name in doc.text[c.target_start : c.target_end]
    }
