"""Normalise stage: an article's ``Extraction`` → rows of every per-article table.

Merges mentions into entities (``pipeline.entities.merge_entities``), gives each a stable
id, hangs claims on the entity whose mention holds the claim's target span, picks each
person's age and roles (a murder-suicide's shooter: ``mark_murder_suicide``), and turns
temporal expressions, quotes and counts into rows with their evidence sentence. Needs no
spaCy Doc: it works from the extract stage's records.

Limits: a claim whose target span matches no kept mention is dropped; when a person has
several different stated ages, the most frequent (then the first) is kept and the others
stay in ``facts``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

from pipeline.article import Article
from pipeline.cases import build_case, fill_victim_status, has_crime_evidence, pick_role
from pipeline.cases.lexicon import case_lexicon
from pipeline.cases.place_evidence import named_place_rows
from pipeline.cases.roles import (
    SENTENCE_STATUS,
    mark_murder_suicide,
    self_harmed,
    worded_status,
)
from pipeline.claims.lexicons import mapping, person_nouns
from pipeline.entities import merge_entities
from pipeline.entities.merge import kin_list_ages
from pipeline.entities.people import name_words
from pipeline.entities.relatives import RELATIVE, Relative, find_relatives
from pipeline.extract import Extraction
from pipeline.records import Claim, Entity, Mention

ID_PREFIX = {"PERSON": "per", "ORG": "org", "GPE": "loc", "LOC": "loc", "FAC": "loc", "NORP": "nrp"}
PLACE_LABELS = ("GPE", "LOC", "FAC")

Rows = dict[str, list[dict[str, Any]]]
WEAK_AGE_METHODS = frozenset({"rule:age-cataphor"})
TITLE_AGE = re.compile(r"(?i)(?<![\w-])(\d{1,2})[- ]years?[- ]old\b")
# "Kennesaw man, 22, killed": a person noun, then the age between commas
TITLE_NOUN_AGE = re.compile(r"(?i)\b([a-z]+), (\d{1,2}),")


class Sentences:
    """Find the sentence around a character span in O(log n)."""

    def __init__(self, text: str, bounds: list[tuple[int, int]]) -> None:
        self.text = text
        self.bounds = sorted(bounds)
        self.starts = [s for s, _ in self.bounds]

    def around(self, start: int, end: int) -> str:
        """The text of the sentence(s) covering ``start:end`` (stripped)."""
        if not self.bounds:
            return self.text[max(0, start - 100) : end + 100].strip()
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        last = first
        while last + 1 < len(self.bounds) and self.bounds[last + 1][0] < end:
            last += 1
        return self.text[self.bounds[first][0] : self.bounds[last][1]].strip()


class MentionIndex:
    """Map a character span to the entity whose mention holds it."""

    def __init__(self, mentions: list[Mention], owner: dict[int, int]) -> None:
        self.exact = {(m.start, m.end): owner[i] for i, m in enumerate(mentions) if i in owner}
        self.spans = sorted(
            (m.start, m.end, owner[i]) for i, m in enumerate(mentions) if i in owner
        )
        self.starts = [s for s, _, _ in self.spans]

    def entity_at(self, start: int | None, end: int | None) -> int | None:
        """Index of the entity whose mention equals, contains or overlaps the span."""
        if start is None or end is None:
            return None
        hit = self.exact.get((start, end))
        if hit is not None:
            return hit
        i = bisect.bisect_right(self.starts, end)
        best: tuple[int, int] | None = None
        for s, e, owner in reversed(self.spans[max(0, i - 8) : i]):
            overlap = min(e, end) - max(s, start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, owner)
        return best[1] if best else None


def assign_ids(article_id: str, entities: list[Entity]) -> None:
    """Give each entity an id unique in the article and stable across runs."""
    counters: Counter[str] = Counter()
    for entity in entities:
        prefix = ID_PREFIX.get(entity.label, "ent")
        counters[prefix] += 1
        entity.entity_id = f"{article_id}-{prefix}{counters[prefix]}"


def add_relatives(
    text: str,
    entities: list[Entity],
    mentions: list[Mention],
    aged: frozenset[tuple[int, int]] = frozenset(),
) -> list[Claim]:
    """Append unnamed relatives whose age the text states ("his 3-year-old son";
    ``find_relatives``) as person entities after the named ones, each with its kin phrase
    as a mention; return their ``per:age`` claims.

    A relative with no stated age ("his mother said") gets no row: such relatives are
    mostly family quoted about the case, not its participants, and a surname-only row for
    them would read as a second person of that name. When the article names exactly one
    other person with the relative's surname who has no age (no mention span in ``aged``)
    and whose given name does not clash with the kin noun's sex, the kin phrase is a
    mention of that person ("his 3-year-old daughter ... Kaylin Vanmeter"; see
    ``_named_relatives``).
    """
    claims = []
    found = [r for r in find_relatives(text, entities, mentions) if r.age is not None]
    named = _named_relatives(found, entities, mentions, aged)
    for relative in found:
        if relative.age_start is None:
            continue
        mentions.append(Mention(relative.start, relative.end, relative.kin, "PERSON", RELATIVE))
        if (n := named.get(id(relative))) is not None:
            entities[n].mention_indices.append(len(mentions) - 1)
        else:
            entities.append(
                Entity("PERSON", relative.surname, [len(mentions) - 1], name_method=RELATIVE)
            )
        claims.append(
            Claim(
                target_start=relative.start,
                target_end=relative.end,
                predicate="per:age",
                value=str(relative.age),
                start=relative.age_start,
                end=relative.age_start + len(str(relative.age)),
                method=RELATIVE,
            )
        )
    return claims


def _named_relatives(
    relatives: list[Relative],
    entities: list[Entity],
    mentions: list[Mention],
    aged: frozenset[tuple[int, int]],
) -> dict[int, int]:
    """``{id(relative): entity index}`` for aged relatives the article names: the only
    person named by two or more words with the relative's surname, other than its owner,
    with no age of their own, whose given name (``first_name_genders``) does not clash
    with the kin noun's sex (``gender_nouns``), and whom no other relative claims.
    Limits: a relative with another surname, or a family with two unaged members of that
    surname, stays a surname-only row."""
    genders, given = mapping("gender_nouns"), mapping("first_name_genders")
    chosen: dict[int, int] = {}
    for relative in relatives:
        found = []
        for n, entity in enumerate(entities):
            parts = name_words(entity.name)
            if entity.label != "PERSON" or n == relative.owner or len(parts) < 2:
                continue
            if parts[-1] != relative.surname:
                continue
            spans = {(mentions[i].start, mentions[i].end) for i in entity.mention_indices}
            if spans & aged:
                continue
            sex = given.get(parts[0].lower(), "")
            if sex and sex != genders.get(relative.kin, sex):
                continue
            found.append(n)
        if len(found) == 1:
            chosen[id(relative)] = found[0]
    taken = Counter(chosen.values())
    return {k: n for k, n in chosen.items() if taken[n] == 1}


def normalise_article(article: Article, extraction: Extraction) -> Rows:
    """All per-article table rows for one extracted article."""
    text = article.text
    aid = article.article_id
    sentences = Sentences(text, extraction.sentences)
    entities, mentions = merge_entities(text, extraction.mentions)
    entities.sort(key=lambda e: min((mentions[i].start for i in e.mention_indices), default=0))
    aged = frozenset(
        (c.target_start, c.target_end) for c in extraction.claims if c.predicate == "per:age"
    )
    relative_claims = add_relatives(text, entities, mentions, aged)
    relative_claims += kin_list_ages(text, mentions, aged)  # "..., and Tess, 3"
    assign_ids(aid, entities)
    owner = {i: n for n, e in enumerate(entities) for i in e.mention_indices}
    index = MentionIndex(mentions, owner)

    claims_by_entity: dict[int, list[Claim]] = {}
    for claim in extraction.claims + relative_claims:
        target = index.entity_at(claim.target_start, claim.target_end)
        if target is not None:
            claims_by_entity.setdefault(target, []).append(claim)

    rows: Rows = {
        name: []
        for name in (
            "mentions",
            "people",
            "organisations",
            "places",
            "dates",
            "facts",
            "quotes",
            "quantities",
            "cases",
        )
    }
    for i, mention in enumerate(mentions):
        entity = entities[owner[i]] if i in owner else None
        rows["mentions"].append(
            {
                "article_id": aid,
                "entity_id": entity.entity_id if entity else None,
                "label": entity.label if entity else mention.label,
                "text": mention.text,
                "start_char": mention.start,
                "end_char": mention.end,
                "sentence": sentences.around(mention.start, mention.end),
                "method": mention.method,
            }
        )

    self_harm: set[str] = set()
    worded: dict[str, str | None] = {}  # the status a person's sentences' words point to
    for n, entity in enumerate(entities):
        first = min((mentions[i].start for i in entity.mention_indices), default=None)
        base = {
            "article_id": aid,
            "entity_id": entity.entity_id,
            "name": entity.name,
            "aliases": sorted(set(entity.aliases) - {entity.name}),
            "n_mentions": len(entity.mention_indices),
            "first_char": first,
        }
        claims = claims_by_entity.get(n, [])
        if entity.label == "PERSON":
            age, age_claim = pick_age(claims)
            case_role, status, _ = pick_role(claims)
            worded[entity.entity_id] = worded_status(claims)
            if self_harmed(claims, age):
                self_harm.add(entity.entity_id)
            rows["people"].append(
                {
                    **base,
                    "name_method": entity.name_method,
                    "age": age,
                    "age_sentence": sentences.around(age_claim.start, age_claim.end)
                    if age_claim
                    else None,
                    "roles": unique(c.value for c in claims if c.predicate == "per:title"),
                    "case_role": case_role,
                    "status": status,
                }
            )
        elif entity.label == "ORG":
            rows["organisations"].append(base)
        elif entity.label in PLACE_LABELS:
            rows["places"].append({**base, "label": entity.label})
        stated: set[tuple[str, str, int, int]] = set()
        for claim in claims:
            obj = index.entity_at(claim.object_start, claim.object_end)
            value = entities[obj].name if obj is not None and obj != n else claim.value
            if value == entity.name:  # an alias claim seen from its own entity: the alias
                value = text[claim.target_start : claim.target_end]
            if (claim.predicate, value, claim.start, claim.end) in stated:
                continue  # the same fact found by two rules: keep the first
            stated.add((claim.predicate, value, claim.start, claim.end))
            rows["facts"].append(
                {
                    "article_id": aid,
                    "subject": entity.entity_id,
                    "subject_name": entity.name,
                    "predicate": claim.predicate,
                    "object": value,
                    "object_id": entities[obj].entity_id if obj is not None and obj != n else None,
                    "start_char": claim.start,
                    "end_char": claim.end,
                    "sentence": sentences.around(claim.start, claim.end),
                    "method": claim.method,
                }
            )
        rows["facts"].extend(alias_facts(aid, entity, mentions, sentences, claims))

    for timex in extraction.timexes:
        rows["dates"].append(
            {
                "article_id": aid,
                "text": timex.text,
                "type": timex.type,
                "value": timex.value,
                "start": timex.start,
                "end": timex.end,
                "granularity": timex.granularity,
                "range": timex.range,
                "start_char": timex.start_char,
                "end_char": timex.end_char,
                "sentence": sentences.around(timex.start_char, timex.end_char),
                "method": timex.method,
            }
        )

    for quote in extraction.quotes:
        speaker = index.entity_at(quote.speaker_start, quote.speaker_end)
        rows["quotes"].append(
            {
                "article_id": aid,
                "speaker_id": entities[speaker].entity_id if speaker is not None else None,
                "speaker": entities[speaker].name if speaker is not None else quote.speaker_text,
                "quote": quote.quote,
                "start_char": quote.start,
                "end_char": quote.end,
                "sentence": sentences.around(quote.start, quote.end),
                "method": quote.method,
            }
        )

    for quantity in extraction.quantities:
        rows["quantities"].append(
            {
                "article_id": aid,
                "quantity": quantity.quantity,
                "unit": quantity.unit,
                "text": quantity.text,
                "start_char": quantity.start,
                "end_char": quantity.end,
                "sentence": sentences.around(quantity.start, quantity.end),
                "method": quantity.method,
            }
        )
    mark_murder_suicide(rows["people"], self_harm)
    fill_victim_status(rows["people"], article, extraction.sentences, worded)
    rows["facts"] = kept_status_votes(rows["facts"], rows["people"])
    title_age(article.title, rows["people"])
    if has_crime_evidence(article.text, article.title):  # no case row for a business story
        built = build_case(article, rows, extraction.sentences)
        case = built.row
        rows["cases"].append(case)
        first_id = len(rows["places"]) + 1  # one place row per GPE/LOC/FAC entity so far
        # the incident's town and the other places the NER missed that the case rules read
        places, mentions = named_place_rows(
            case,
            built.named_places,
            rows["places"],
            text,
            article.title,
            first_id,
            sentences.around,
        )
        rows["places"] += places
        rows["mentions"] += mentions
    return rows


def kept_status_votes(
    facts: list[dict[str, Any]], people: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The facts rows without the weak status votes (method ``case:sentence-status``) whose
    status the person did not end with: such a vote only counts when nothing stronger
    speaks ("Port, 47, ... after he plied his victim with a fatal dose" is no killing of
    Port), so an unused one is no fact."""
    final = {p["entity_id"]: set(p.get("status") or []) for p in people}
    return [
        f
        for f in facts
        if f["method"] != SENTENCE_STATUS or f["object"] in final.get(f["subject"], set())
    ]


def title_age(title: str | None, people: list[dict[str, Any]]) -> None:
    """ "16-Year-Old Accidentally Shot" over a story that names one victim or suspect with no
    stated age: the headline's age is that person's; ``age_sentence`` is the headline.

    Only when the headline states one age, nobody in the text has that age, a harm verb
    ("shot", "killed": victim) or a legal one ("charged", "arrested": suspect) follows the
    age within four words, and exactly one person row with that case role and no age
    exists ("Man charged in killing of 16-year-old" gives nobody the age). Limits: headline
    ages are read by regular expressions only ("N-year-old", "N year old", a person noun
    then the age between commas: "Kennesaw man, 22, killed"), number words are not; the
    headline is not in the text, so no ``facts`` row (no offsets) is written.
    """
    nouns = person_nouns()
    found = sorted(
        [(m.start(), m.end(), int(m.group(1))) for m in TITLE_AGE.finditer(title or "")]
        + [
            (m.start(), m.end(), int(m.group(2)))
            for m in TITLE_NOUN_AGE.finditer(title or "")
            if m.group(1).lower() in nouns
        ]
    )
    if len({age for _, _, age in found}) != 1:
        return
    age = found[0][2]
    if any(p["age"] == age for p in people):
        return
    role = _headline_role(title[found[0][1] :].lower().split()[:4])
    ageless = [p for p in people if p["age"] is None and p.get("case_role") == role]
    if role is None or len(ageless) != 1:
        return
    ageless[0]["age"], ageless[0]["age_sentence"] = age, title.strip()


def _headline_role(words: list[str]) -> str | None:
    """ "victim" when the first case verb of ``words`` is a harm verb, "suspect" when it is
    a legal one, None when there is neither."""
    lexicon = case_lexicon()
    for word in words:
        word = word.strip(".,;:!?'\"")
        if word in lexicon.harm:
            return "victim"
        if word in lexicon.legal:
            return "suspect"
    return None


def pick_age(claims: list[Claim]) -> tuple[int | None, Claim | None]:
    """The person's current age: the most frequent ``per:age`` value, then the first.

    ``per:age_at_time`` claims (an age at an earlier time) never count; guesses of the
    weakest rule (``rule:age-cataphor``: "a 7-year-old" given to the next person named)
    count only when nothing states the person's age directly ("Ty-Shawn Galloway, 3").
    """
    ages = [c for c in claims if c.predicate == "per:age" and c.value.isdigit()]
    if not ages:
        return None, None
    ages = [c for c in ages if c.method not in WEAK_AGE_METHODS] or ages
    counts = Counter(int(c.value) for c in ages)
    best = max(counts.values())
    for claim in sorted(ages, key=lambda c: c.start):
        if counts[int(claim.value)] == best:
            return int(claim.value), claim
    return None, None  # pragma: no cover - unreachable


def alias_facts(
    aid: str, entity: Entity, mentions: list[Mention], sentences: Sentences, claims: list[Claim]
) -> list[dict[str, Any]]:
    """``org:alternate_name`` rows for an organisation's aliases not already claimed."""
    if entity.label != "ORG":
        return []
    claimed = {c.value for c in claims if c.predicate == "org:alternate_name"}
    rows = []
    for alias in sorted(set(entity.aliases) - {entity.name} - claimed):
        first = next(
            (mentions[i] for i in entity.mention_indices if mentions[i].text == alias), None
        )
        if first is None:
            continue
        rows.append(
            {
                "article_id": aid,
                "subject": entity.entity_id,
                "subject_name": entity.name,
                "predicate": "org:alternate_name",
                "object": alias,
                "object_id": None,
                "start_char": first.start,
                "end_char": first.end,
                "sentence": sentences.around(first.start, first.end),
                "method": "normalise:alias-merge",
            }
        )
    return rows


def unique(values: Any) -> list[str]:
    """Distinct values in first-seen order."""
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(value, None)
    return list(seen)
