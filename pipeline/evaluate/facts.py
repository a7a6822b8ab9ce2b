"""Score the whole pipeline's people, ages, dates and places on casefacts articles.

Each casefacts article (text, title, ``dct`` as the published date) runs through
``pipeline.process.process_articles``; its predictions are
``{"doc_id", "people": [{"name", "age"}], "dates": [{"value"}], "places": [{"name"}]}``
taken from the ``people``, ``dates`` and ``places`` tables. Gold: the Gun Violence
Archive record (``shared/data/casefacts/README.md``).

Matching (all case-insensitive, words split on spaces and hyphens, punctuation ignored):

* a predicted person **matches** a gold person when the predicted name contains the gold
  surname (last word of the gold name, suffixes such as "Jr." ignored) and, when both
  names have two or more words, the given names agree (``given_names_agree``: equal, an
  initial, a prefix, a spelling variant or a middle name). A gold person is **found** when
  some predicted person matches it.
* ``person_recall``: found / gold people whose surname is in the text
  (``surname_in_text``); ``person_recall_all``: found / all named gold people.
* ``person_precision_strict``: predicted people matching some gold person / predicted
  people. ``person_precision_lenient`` also counts a predicted person one of whose words
  (3+ letters) is a word of any gold participant's name, raw name or alias (relatives
  sharing a victim's surname, nicknames), since GVA lists participants only.
* ``age_accuracy``: gold people with an age and a reachable surname whose matching
  prediction (first match) has that age / such gold people; ``age_accuracy_in_text``: the
  same over gold people with ``age_in_text``.
* ``date_recall``: articles where some predicted date value starts with the gold
  ``incident_date`` (``YYYY-MM-DD``, day granularity) / articles.
* ``city_recall``: articles where a predicted place name equals the gold city or one of
  ``city_alt`` (``place_key``: "St." = "Saint", a trailing "County", "Parish", "Township",
  "Twp" or "City" ignored on both sides) /
  articles with a city; ``state_recall``: the same for the state name.

Limits: a person is matched by name only, so a prediction with the right surname but the
wrong person (a namesake) counts as correct; ages are checked only for found people.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from pipeline.article import Article
from pipeline.config import DEFAULT_MODEL, Config
from pipeline.decode import repair_text
from pipeline.entities.people import SUFFIXES, same_given_name

_PLACE_SUFFIXES = (" county", " parish", " township", " twp", " city")


def words(name: str | None) -> list[str]:
    """Lower-case words of a name, punctuation removed, suffixes ("Jr.") dropped."""
    if not name:
        return []
    found = [re.sub(r"[^\w']", "", w).lower() for w in re.split(r"[\s\-]+", name)]
    found = [w.strip("'") for w in found if w.strip("'")]
    while len(found) > 1 and (found[-1] in SUFFIXES or found[-1] + "." in SUFFIXES):
        found.pop()
    return found


def person_matches(predicted: str, gold: str) -> bool:
    """True when ``predicted`` names the gold person (see the module docstring)."""
    p, g = words(predicted), words(gold)
    if not p or not g or g[-1] not in p:
        return False
    if len(p) >= 2 and len(g) >= 2 and p[-1] == g[-1]:
        return given_names_agree(p, g)
    return True


def given_names_agree(predicted: list[str], gold: list[str]) -> bool:
    """Given names agree: equal, an initial, one a prefix of the other ("chris"), a spelling
    variant (similarity 0.75 or more: "leanne"/"lianne"), or one is the other's middle name."""
    a, b = predicted[0], gold[0]
    if same_given_name(a, b) or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))):
        return True
    if SequenceMatcher(None, a, b).ratio() >= 0.75:
        return True
    return a in gold[1:-1] or b in predicted[1:-1]


_PLACE_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def place_key(name: str | None) -> str:
    """Comparison form of a place: words, "St."/"Ft."/"Mt." spelled out, a trailing
    "County", "Parish", "Township", "Twp" or "City" removed."""
    key = " ".join(_PLACE_ABBREVIATIONS.get(w, w) for w in words(name))
    for suffix in _PLACE_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
    return key


def read_records(file: Path, limit: int | None = None) -> list[dict[str, Any]]:
    records = []
    with Path(file).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                records.append(json.loads(line))
                if limit is not None and len(records) >= limit:
                    break
    return records


def casefacts_article(record: dict[str, Any]) -> Article:
    """An ``Article`` from a casefacts line, its text and title repaired as the JSON
    reader repairs them (``repair_text``) and its ``dct`` as the published date."""
    title = record.get("title")
    return Article(
        article_id=record["doc_id"],
        path=record["doc_id"],
        text=repair_text(record.get("text") or ""),
        title=repair_text(title) if title else title,
        published=date.fromisoformat(record["dct"]) if record.get("dct") else None,
        published_source="json",
        source_url=record.get("url"),
    )


def predict(records: list[dict[str, Any]], model: str = DEFAULT_MODEL) -> Iterator[dict]:
    """Run the whole pipeline over casefacts records, yielding one prediction each."""
    from pipeline.process import process_articles

    articles = [casefacts_article(r) for r in records]
    for record, result in zip(
        records, process_articles(articles, Config(model=model)), strict=True
    ):
        tables = result.tables
        yield {
            "doc_id": record["doc_id"],
            "people": [{"name": p["name"], "age": p.get("age")} for p in tables.get("people", [])],
            "dates": [{"value": d["value"]} for d in tables.get("dates", []) if d.get("value")],
            "places": [{"name": p["name"]} for p in tables.get("places", [])],
        }


def score_article(prediction: dict, gold: dict, counts: Counter) -> None:
    """Add one article's match counts to ``counts``."""
    people = [p for p in gold.get("people", []) if p.get("name")]
    predicted = [p for p in prediction["people"] if p.get("name")]
    gold_words = {
        w
        for p in people + gold.get("unnamed_participants", [])
        for name in [p.get("name"), p.get("name_raw"), *(p.get("aliases") or [])]
        for w in words(name)
        if len(w) >= 3
    }
    for person in people:
        match = next((p for p in predicted if person_matches(p["name"], person["name"])), None)
        reachable = bool(person.get("surname_in_text"))
        counts["gold_all"] += 1
        counts["found_all"] += match is not None
        counts["gold_reachable"] += reachable
        counts["found_reachable"] += reachable and match is not None
        if person.get("age") is not None and reachable:
            right = match is not None and match.get("age") == person["age"]
            counts["age_gold"] += 1
            counts["age_right"] += right
            if person.get("age_in_text"):
                counts["age_gold_in_text"] += 1
                counts["age_right_in_text"] += right
    for p in predicted:
        counts["predicted"] += 1
        strict = any(person_matches(p["name"], g["name"]) for g in people)
        counts["strict"] += strict
        counts["lenient"] += strict or bool(set(words(p["name"])) & gold_words)
    incident = gold.get("incident_date")
    if incident:
        counts["date_gold"] += 1
        counts["date_found"] += any(
            str(d["value"]).startswith(incident) for d in prediction["dates"]
        )
    location = gold.get("location") or {}
    places = {place_key(p["name"]) for p in prediction["places"]}
    cities = {place_key(c) for c in [location.get("city"), *(location.get("city_alt") or [])] if c}
    if cities:
        counts["city_gold"] += 1
        counts["city_found"] += bool(cities & places)
    if location.get("state"):
        counts["state_gold"] += 1
        counts["state_found"] += place_key(location["state"]) in places


def metrics(counts: Counter) -> dict[str, float]:
    def ratio(a: str, b: str) -> float:
        return round(counts[a] / counts[b], 4) if counts[b] else 0.0

    return {
        "person_recall": ratio("found_reachable", "gold_reachable"),
        "person_recall_all": ratio("found_all", "gold_all"),
        "person_precision_strict": ratio("strict", "predicted"),
        "person_precision_lenient": ratio("lenient", "predicted"),
        "age_accuracy": ratio("age_right", "age_gold"),
        "age_accuracy_in_text": ratio("age_right_in_text", "age_gold_in_text"),
        "date_recall": ratio("date_found", "date_gold"),
        "city_recall": ratio("city_found", "city_gold"),
        "state_recall": ratio("state_found", "state_gold"),
    }


def evaluate_facts(
    file: Path,
    predictions: Path | None = None,
    model: str = DEFAULT_MODEL,
    limit: int | None = None,
) -> dict:
    """Run the pipeline over ``file``, print each metric and a one-line JSON summary.

    Args:
        file: casefacts JSON lines with gold facts.
        predictions: also write the predictions here as JSON lines.
        model: any installed spaCy pipeline.
        limit: only the first N articles.

    Returns:
        ``{"docs", **metrics, "counts"}``.
    """
    records = read_records(file, limit)
    counts: Counter = Counter()
    rows = []
    for record, prediction in zip(records, predict(records, model), strict=True):
        score_article(prediction, record["gold"], counts)
        rows.append(json.dumps(prediction, ensure_ascii=False) + "\n")
    if predictions:
        Path(predictions).write_text("".join(rows), encoding="utf-8")
    result = {"docs": len(records), **metrics(counts)}
    print(f"{Path(file).name} docs={len(records)} model={model}")
    for name, value in result.items():
        if name != "docs":
            print(f"{name:<26} {value:.3f}")
    print(json.dumps({"file": Path(file).name, **result}))
    return {**result, "counts": dict(counts)}
