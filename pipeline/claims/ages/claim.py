"""Turn an attached age into a ``Claim`` and settle a document's age claims.

``age_predicate``: ``per:age_at_time`` for "was 16 when he met ...", "when he was 7",
"was 30 at the time", unless the "when" clause or "at the time of" names the incident
(``models/lexicons/age_context.txt``); ``birthday_ahead``: "would have turned 6", "who
turns 4" are one year less. Settling: a lone surname's claim moves to the nearest earlier
full name with that surname (``full_name``), duplicates go (``dedupe``), and one mention
keeps the ages of its most direct rule (``strongest``, ``METHOD_RANK``).

Limits: only a predicative age (after "was"/"is", maybe "was only") can be an age at an
earlier time; two family members sharing a surname are told apart only by their own
ages.
"""

from __future__ import annotations

import re
from operator import attrgetter

from spacy.tokens import Doc

from pipeline.claims.ages.phrases import ADVERBS_BEFORE_AGE, BE_FORMS, AgePhrase
from pipeline.claims.lexicons import words
from pipeline.claims.people import MentionIndex, Target
from pipeline.doctext import doc_text
from pipeline.records import Claim, first_claims


def age_predicate(doc: Doc, phrase: AgePhrase) -> str:
    """``per:age_at_time`` for "was 16 when he met", "was 30 at the time"; else ``per:age``.

    Only a predicative age (after "was"/"is"/..., possibly "was only") is read this way:
    in "Jerrell Birchall, 3, when they responded" the "when" clause is not about the age.
    """
    if phrase.kind == "birthday":
        return "per:age"  # "Kendall's 21st birthday when ...": no copula
    clause = [t.lower_ for t in doc[max(0, phrase.start - 3) : phrase.start]]
    if (
        len(clause) == 3
        and clause[0] in {"when", "since", "until", "as"}
        and clause[2] in {"was", "were"}
    ):
        return "per:age_at_time"  # "since he was eight years old", "when he was 7"
    before = [t.lower_ for t in doc[max(0, phrase.start - 2) : phrase.start]]
    if not before or not (
        before[-1] in BE_FORMS or (before[-1] in ADVERBS_BEFORE_AGE and before[0] in BE_FORMS)
    ):
        return "per:age"
    after = [t.lower_ for t in doc[phrase.end : phrase.end + 12] if not t.is_punct]
    context = words("age_context")
    if after[:1] == ["when"]:
        return "per:age" if any(w in context for w in after[1:7]) else "per:age_at_time"
    if after[:3] == ["at", "the", "time"]:
        return (
            "per:age"
            if after[3:4] == ["of"] and any(w in context for w in after[4:8])
            else ("per:age_at_time")
        )
    return "per:age"


def birthday_ahead(doc: Doc, phrase: AgePhrase) -> bool:
    """True for an age the person has not reached: "would have turned 18 on Friday",
    "would have been 11 next month", "who turns 4 on Friday", "will turn 30" (the age is
    one less)."""
    before = [t.lower_ for t in doc[max(0, phrase.start - 3) : phrase.start]]
    if before[-1:] in (["turns"], ["turning"]) or before[-2:] == ["will", "turn"]:
        return True
    return before[-3:] in (["would", "have", "turned"], ["would", "have", "been"]) or (
        before[-2:] == ["have", "turned"]
        and phrase.start >= 4
        and doc[phrase.start - 4].lower_ in {"would", "'d"}
    )


def age_claim(doc: Doc, phrase: AgePhrase, target: Target, predicate: str, method: str) -> Claim:
    """The claim of ``phrase``'s age on ``target``; its span is the number's digits only
    ("32" in "Lyons,32")."""
    number = doc[phrase.start]
    start, end = number.idx, number.idx + len(number.text)
    digits = re.search(r"\d+", number.text)
    if not number.text.isdigit() and digits is not None:  # "Lyons,32", "afternoon.16"
        start, end = number.idx + digits.start(), number.idx + digits.end()
    return Claim(
        target_start=target.start,
        target_end=target.end,
        predicate=predicate,
        value=str(phrase.value),
        start=start,
        end=end,
        method=method,
    )


def full_name(doc: Doc, index: MentionIndex, claim: Claim, own: dict[str, set[str]]) -> Claim:
    """Point a claim on a lone surname ("Zawahri, 23") at the full name it stands for: the
    nearest full name with that surname mentioned before it, unless that name has another
    age of its own (then the surname is someone else in the family)."""
    text = doc_text(doc)[claim.target_start : claim.target_end]
    if " " in text or not text[:1].isupper():
        return claim
    full = [
        m
        for m in index.people
        if m.label == "PERSON"
        and " " in m.text
        and m.text.split()[-1].lower().strip(".,") == text.lower()
        and m.end <= claim.target_start
    ]
    if not full:
        return claim
    best = full[-1]
    if own.get(best.text, {claim.value}) != {claim.value}:
        return claim
    return Claim(
        target_start=best.start,
        target_end=best.end,
        predicate=claim.predicate,
        value=claim.value,
        start=claim.start,
        end=claim.end,
        method=claim.method,
    )


METHOD_RANK = {
    "rule:age-appos": 0,
    "rule:age-paren": 0,
    "rule:age-aged": 0,
    "rule:age-both": 0,
    "rule:age-year-old": 1,
    "rule:age-copula": 2,
    "rule:age-identified": 2,
    "rule:age-birthday": 2,
    "rule:age-appos-noun": 3,
    "rule:age-copula-pronoun": 4,
    "rule:age-anaphor": 5,
    "rule:age-cataphor": 6,
}


def strongest(claims: list[Claim]) -> list[Claim]:
    """One age per mention: when rules give one mention two different ages ("a 16-year-old
    female, Dominica McCall-Boyd, 19"), keep the claim of the most direct rule."""
    best: dict[tuple[int, int, str], Claim] = {}
    for claim in claims:
        key = (claim.target_start, claim.target_end, claim.predicate)
        rank = METHOD_RANK.get(claim.method, 9)
        if key not in best or rank < METHOD_RANK.get(best[key].method, 9):
            best[key] = claim
    keep = {id(c) for c in best.values()}
    return [
        c
        for c in claims
        if id(c) in keep or c.value == best[(c.target_start, c.target_end, c.predicate)].value
    ]


def dedupe(claims: list[Claim]) -> list[Claim]:
    """``claims`` in text order, each (target, predicate, value, number) once."""
    in_order = sorted(claims, key=lambda c: (c.start, c.target_start))
    return first_claims(
        in_order, attrgetter("target_start", "target_end", "predicate", "value", "start")
    )
