"""One role per person from their claims, and the shooter of a murder-suicide.

``pick_role`` weighs a person's ``case:*`` and ``per:title`` claims into one role, its
statuses and its sentences; ``self_harmed`` and ``mark_murder_suicide`` make the victim
who shot themselves the suspect of an article with no other suspect.

Limits: the weights are fixed by rule kind, not learnt (see ``pick_role``); a claim that
reached the wrong person (a pronoun resolved wrongly) counts like any other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from pipeline.cases.lexicon import case_lexicon
from pipeline.cases.roles.evidence import INCLUDE, LIVED, REFLEXIVE, phrase_role
from pipeline.records import Claim

ROLES = ("victim", "suspect", "official", "lawyer", "relative", "witness")
CHILD_AGE = 18  # who shot themselves younger than this did it by accident
SENTENCE_STATUS = "case:sentence-status"
LEGAL_STATUSES = ("arrested", "charged", "convicted", "sentenced")


def pick_role(claims: Iterable[Claim]) -> tuple[str, list[str], list[str]]:
    """One role, the statuses and the sentences for a person from their case claims.

    The role with the highest evidence weight wins: descriptors ("the suspect, X") and
    legal verbs weigh 3, other verbs 2, titles (``per:title`` and "Officer X") 1; a claim
    reached through a pronoun weighs half. A person with a title of an official whose
    only suspect evidence is being the subject of a harm verb ("Officer X shot ...") stays
    an official. Ties go to suspect, then victim. Statuses keep their first-seen order;
    "injured" is dropped when "killed" is there; "sentenced" implies "convicted". A person
    with a stated age (``per:age``) and no other evidence takes the role its sentences' words
    point to (``case:sentence-words``), else victim: local news give the ages of the
    people a crime touched, and name suspects with legal verbs. The sentence words are
    one vote per person (the majority of its sentences; 1, 0.5 without an age), so
    many loosely worded sentences never outweigh one verb. A relative or witness with a
    harm status of their own and no legal one is a victim ("his wife, X, was shot"), and so
    is an official ("Officer X was shot and killed"), and so is a relative whose age is
    stated ("his wife, X, 31"; "her 13-year-old daughter, X") with no legal status: local
    news give the ages of those a crime hurt, not of the family they quote; so an adult
    relative who speaks ("his sister, X, 29, said": relative evidence ``+speaker``) stays a
    relative. An official
    with a legal status of their own ("Officer X was charged") is a suspect.
    A victim named in a sentence about the coroner (``case:coroner``) is killed, not
    injured. A victim keeps no legal status, and a suspect with a legal status no harm
    status that only victim evidence gave (``_statuses_of_role``).
    Shooting oneself ("shot himself", "took his own life") makes a suspect only of someone
    who also attacked others, and one whose only harm is that is killed (the news say
    "shot himself" of the attacker who died; one who survived is "injured" by other
    words, "survived", "hospitalized", or by the sentence itself, "shot himself in the
    hand and fled": ``LIVED``); alone it makes a victim (GVA's accidents and suicides), whom
    ``mark_murder_suicide`` may then make the suspect of the article.
    Default role: ``other``.
    """
    lex = case_lexicon()
    claims = list(claims)
    scores: dict[str, float] = {}
    agent_only = True
    aged = any(c.predicate == "per:age" for c in claims)
    attacker = any(
        c.predicate == "case:role"
        and c.value == "suspect"
        and not c.method.startswith(("case:verb-reflexive", "case:sentence-words"))
        for c in claims
    )
    if not attacker:  # "shot himself" alone: the accident's or the suicide's victim
        claims = [
            replace(c, value="victim")
            if c.predicate == "case:role" and c.method.startswith("case:verb-reflexive")
            else c
            for c in claims
        ]
    worded = Counter(
        c.value
        for c in claims
        if c.predicate == "case:role" and c.method.startswith("case:sentence-words")
    )
    if worded:  # one vote however many sentences: their majority
        (top, n), *rest = worded.most_common()
        if not rest or rest[0][1] < n:
            scores[top] = 1.0 if aged else 0.5
    for claim in claims:
        if claim.predicate == "case:role" and claim.method.startswith("case:sentence-words"):
            continue
        elif claim.predicate == "case:role":
            weight = _weight(claim)
            scores[claim.value] = scores.get(claim.value, 0.0) + weight
            if claim.value == "suspect" and not claim.method.startswith(
                ("case:verb-agent", "case:sentence-words")
            ):
                agent_only = False
        elif claim.predicate == "per:title":
            words = re.findall(r"[a-z]+", claim.value.lower())
            role = phrase_role(claim.value.lower(), lex)
            title_role = (
                role[0]
                if role
                else next((lex.role_nouns[w] for w in reversed(words) if w in lex.role_nouns), None)
            )
            if title_role:
                scores[title_role] = scores.get(title_role, 0.0) + 1.0
    if scores.get("official") and agent_only and "suspect" in scores:
        del scores["suspect"]
    if not scores and aged:
        scores["victim"] = 0.5  # an aged person with no other evidence: see docstring
    role = "other"
    if scores:
        order = {r: i for i, r in enumerate(ROLES)}
        order["suspect"], order["victim"] = -1, 0
        role = max(scores, key=lambda r: (scores[r], -order.get(r, 9)))
    statuses = []
    group = []
    coroner = False
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.predicate == "case:status" and claim.method == SENTENCE_STATUS:
            continue  # a weak vote, read by ``worded_status``
        if claim.predicate == "case:status" and claim.method == "case:coroner":
            coroner = True
        elif claim.predicate == "case:status" and claim.method.startswith("case:group"):
            group.append(claim.value)
        elif claim.predicate == "case:status" and claim.value not in statuses:
            statuses.append(claim.value)
    harm, legal = {"killed", "injured"}, set(LEGAL_STATUSES)
    quoted = any(  # a relative who speaks, as an adult: family quoted, not hurt
        c.predicate == "case:role" and c.value == "relative" and c.method.endswith("+speaker")
        for c in claims
    ) and all(
        int(c.value) >= CHILD_AGE for c in claims if c.predicate == "per:age" and c.value.isdigit()
    )
    if (
        role in ("relative", "witness", "official")
        and harm & set(statuses)
        and not legal & set(statuses)
    ):
        role = "victim"  # "his wife, X, was shot": a relative, and the case's victim
    elif role == "relative" and not legal & set(statuses) and aged and not quoted:
        role = "victim"  # "his wife, X, 31": an aged relative is one the crime touched
    elif role == "official" and legal & set(statuses):
        role = "suspect"  # "Officer X was charged with manslaughter"
    for value in dict.fromkeys(group):
        kind, owner = (harm, "victim") if value in harm else (legal, "suspect")
        if role == owner and not kind & set(statuses):  # what is said of "the victims"
            statuses.append(value)
    if coroner and role == "victim" and "killed" not in statuses:
        statuses = [s for s in statuses if s != "injured"] + ["killed"]
    statuses = _statuses_of_role(role, statuses, claims)
    harmed = [  # the person's own harm evidence
        c
        for c in claims
        if c.predicate == "case:status"
        and c.value in harm
        and not c.method.startswith(("case:group", SENTENCE_STATUS))
    ]
    if (
        role == "suspect"
        and statuses == ["injured"]
        and harmed
        and all(c.method.startswith(REFLEXIVE) and LIVED not in c.method for c in harmed)
    ):
        statuses = ["killed"]  # the attacker who "shot himself": see the docstring
    if "sentenced" in statuses and "convicted" not in statuses:
        statuses.insert(statuses.index("sentenced"), "convicted")
    if "killed" in statuses and "injured" in statuses:
        statuses.remove("injured")
    sentences = [c.value for c in claims if c.predicate == "case:sentence"]
    return role, statuses, list(dict.fromkeys(sentences))


def _statuses_of_role(role: str, statuses: list[str], claims: list[Claim]) -> list[str]:
    """The statuses that fit the person's role: a victim keeps no legal status (one said
    through a wrong pronoun or a sentence about the suspect: GVA victims are almost never
    arrested); a suspect with a legal status keeps "killed"/"injured" only when a claim
    with the suspect role states it ("was shot by police", "shot himself"), not when it
    comes from victim evidence ("the death of X's brother", "he died" resolved wrongly).
    Limits: a suspect who was shot by the victim and then arrested loses "injured" unless
    the same verb phrase made them a suspect."""
    legal = set(LEGAL_STATUSES)
    if role == "victim":
        return [s for s in statuses if s not in legal]
    if role != "suspect" or not legal & set(statuses):
        return statuses
    suspect_said = {
        (c.start, c.end, c.method)
        for c in claims
        if c.predicate == "case:role" and c.value == "suspect"
    }
    own = {
        c.value
        for c in claims
        if c.predicate == "case:status" and (c.start, c.end, c.method) in suspect_said
    }
    return [s for s in statuses if s in legal or s in own]


def worded_status(claims: Iterable[Claim]) -> str | None:
    """The status the words of a person's sentences point to (``case:sentence-status``):
    "killed" or "injured" when all of them agree, else None. ``pick_role`` leaves these
    weak votes out; ``fill_victim_status`` gives one to a victim it finds no status for.
    """
    votes = {
        c.value for c in claims if c.predicate == "case:status" and c.method == SENTENCE_STATUS
    }
    return next(iter(votes)) if len(votes) == 1 else None


def self_harmed(claims: Iterable[Claim], age: int | None) -> bool:
    """Whether a person's claims say they shot themselves on purpose (``case:verb-reflexive``,
    also through a pronoun) and their age (``pick_age``'s, None when unknown) is not a
    child's (``CHILD_AGE``)."""
    if age is not None and age < CHILD_AGE:
        return False  # a child who shot themselves: an accident
    return any(c.predicate == "case:role" and c.method.startswith(REFLEXIVE) for c in claims)


def mark_murder_suicide(people: list[dict], self_harm: set[str]) -> None:
    """A victim who shot themselves (entity id in ``self_harm``) becomes the suspect (in
    place) when the article has no other suspect and another victim is said to be killed
    or injured: the shooter of a murder-suicide, whom ``pick_role`` alone takes for a
    victim. Run before ``fill_victim_status`` (statuses of the victims' own claims).

    Limits: a pronoun resolved to the wrong person ("he shot himself") moves the wrong
    one; an unrelated suicide told next to a shooting with no suspect is taken for it.
    """
    if any(p.get("case_role") == "suspect" for p in people):
        return
    victims = [p for p in people if p.get("case_role") == "victim"]
    if not any(
        p["entity_id"] not in self_harm and {"killed", "injured"} & set(p.get("status") or [])
        for p in victims
    ):
        return
    for person in victims:
        if person["entity_id"] in self_harm:
            person["case_role"] = "suspect"


def _weight(claim: Claim) -> float:
    method = claim.method
    if claim.value in ("relative", "witness"):
        weight = 1.0
    elif method.startswith(
        ("case:appos", INCLUDE, "case:identified-as", "case:copula", "case:firm")
    ):
        weight = 3.0
    elif method.startswith(("case:title", "case:identified-weak")):
        weight = 1.0
    elif claim.value == "suspect" and not method.startswith("case:verb-agent"):
        weight = 3.0
    else:
        weight = 2.0
    return weight / 2 if method.endswith("+pronoun") or method == "case:they" else weight
