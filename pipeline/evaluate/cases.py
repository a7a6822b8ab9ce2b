"""``pipeline eval cases``: score case roles, statuses, incident date and place, and linking.

All the file's articles run through ``process_articles`` together as one archive (text,
title, ``dct`` as the publication date, ``doc_id`` as the article id), then
``pipeline.cases.link.link_cases`` groups them in memory. Scores:

* role accuracy over *found* gold people: a gold person is found when a predicted person's
  name contains the gold surname as a word (last word of the gold name, "Jr"/"Sr"/"II"...
  skipped; case ignored) and does not start with a first name of another initial (so
  "Jonathan Walker" is not "Kayla Abernathy"); with several, the one also holding the first
  name, then one with a case role, then the first; the predicted ``case_role`` must equal
  the gold role (victim / suspect);
* status accuracy over found gold people: the predicted statuses, with charged /
  convicted / sentenced counted as arrested, restricted to killed / injured / arrested,
  must equal the gold statuses restricted the same way (an unharmed, unarrested person
  must have none);
* incident-date accuracy: the case ``date`` equals the gold ``incident_date``;
* city accuracy: the case city equals the gold city, one of ``city_alt`` or the raw
  ``city_or_county`` (case ignored, and the abbreviations "St."/"Ste."/"Mt."/"Ft." read as
  "Saint"/"Sainte"/"Mount"/"Fort": GVA writes "Saint Louis", the press "St. Louis");
  state accuracy: the case state equals the gold state;
* B-cubed precision / recall / F1 of ``case_id`` against the gold incident ids.

Baselines printed alongside: everyone-a-victim role accuracy. Limits: ``--limit`` takes
the first N lines, so incidents may be cut and the B-cubed scores change with N.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from pipeline.cases.link import link_cases
from pipeline.config import DEFAULT_MODEL, Config
from pipeline.evaluate.facts import casefacts_article
from pipeline.names import NAME_SUFFIXES as SUFFIXES
from pipeline.process import process_articles

SCORED_STATUS = ("killed", "injured", "arrested")
AS_ARRESTED = {"charged": "arrested", "convicted": "arrested", "sentenced": "arrested"}


def read_docs(file: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` JSON lines of ``file`` (all when None)."""
    docs = []
    with open(file, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                docs.append(json.loads(line))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def surname(name: str) -> str | None:
    words = [w for w in re.findall(r"[\w'\-]+", name.lower()) if w not in SUFFIXES]
    return words[-1] if words else None


def find_person(gold_name: str, predicted: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The predicted person matching a gold person (see module doc), else None."""
    last = surname(gold_name)
    if not last:
        return None
    first = gold_name.lower().split()[0]
    hits = []
    for p in predicted:
        words = [w for w in re.findall(r"[\w'\-]+", (p.get("name") or "").lower())]
        if last not in words:
            continue
        if len(words) > 1 and words[0] != last and words[0][0] != first[0]:
            continue  # another first name: another person of the family
        hits.append(p)
    if not hits:
        return None

    def rank(p: dict[str, Any]) -> tuple[int, int]:
        words = re.findall(r"[\w'\-]+", (p.get("name") or "").lower())
        return (first in words, p.get("case_role") in ("victim", "suspect"))

    return max(hits, key=rank)


CITY_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def city_key(name: str) -> str:
    """A city name compared loosely: lower case, "St. Louis" read as "saint louis"."""
    words = re.findall(r"[\w'\-]+", name.lower())
    return " ".join(CITY_ABBREVIATIONS.get(w, w) for w in words)


def scored_status(statuses: list[str]) -> set[str]:
    return {AS_ARRESTED.get(s, s) for s in statuses} & set(SCORED_STATUS)


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold clusters."""
    pred_members: dict[str, set[str]] = {}
    gold_members: dict[str, set[str]] = {}
    for item, cluster in predicted.items():
        pred_members.setdefault(cluster, set()).add(item)
    for item, cluster in gold.items():
        gold_members.setdefault(cluster, set()).add(item)
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    p = r = 0.0
    for item in items:
        mine = pred_members[predicted[item]]
        theirs = gold_members[gold[item]]
        both = len(mine & theirs)
        p += both / len(mine)
        r += both / len(theirs)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _ratio(good: int, total: int) -> float:
    return round(good / total, 4) if total else 0.0


def evaluate_cases(
    file: Path,
    predictions: Path | None = None,
    model: str = DEFAULT_MODEL,
    limit: int | None = None,
) -> dict[str, Any]:
    """Run the pipeline over ``file`` as one archive, print the scores, return the summary.

    Args:
        file: casefacts JSON lines with ``gold``.
        predictions: also write one JSON line of predictions per article here.
        model: the spaCy pipeline.
        limit: only the first N articles.
    """
    docs = read_docs(Path(file), limit)
    config = Config(model=model)
    results = list(process_articles([casefacts_article(d) for d in docs], config))
    people = [p for r in results for p in r.tables.get("people", [])]
    cases = [c for r in results for c in r.tables.get("cases", [])]
    case_ids = link_cases(people, cases)
    people_by_doc: dict[str, list[dict[str, Any]]] = {}
    for person in people:
        people_by_doc.setdefault(person["article_id"], []).append(person)
    case_by_doc = {c["article_id"]: c for c in cases}

    counts: Counter[str] = Counter()
    role_errors: Counter[str] = Counter()
    status_errors: Counter[str] = Counter()
    date_methods: Counter[str] = Counter()
    lines = []
    for doc in docs:
        did, gold = doc["doc_id"], doc["gold"]
        predicted = people_by_doc.get(did, [])
        case = case_by_doc.get(did, {})
        counts["articles"] += 1
        for gp in gold.get("people", []):
            counts["gold_people"] += 1
            if gp.get("role") == "victim":
                counts["all_victim_right"] += 1
            match = find_person(gp["name"], predicted)
            if match is None:
                continue
            counts["found"] += 1
            if gp.get("role") == "victim":
                counts["found_victims"] += 1
            role = match.get("case_role") or "other"
            if role == gp.get("role"):
                counts["role_right"] += 1
            else:
                role_errors[f"{gp.get('role')}->{role}"] += 1
            want = scored_status(gp.get("status") or [])
            got = scored_status(match.get("status") or [])
            if want == got:
                counts["status_right"] += 1
            else:
                status_errors[f"{sorted(want)}->{sorted(got)}"] += 1
        date_method = case.get("date_method") or "none"
        date_methods[date_method] += 1
        if case.get("date") and case["date"][:10] == gold.get("incident_date"):
            counts["date_right"] += 1
            counts[f"date_right:{date_method}"] += 1
        loc = gold.get("location") or {}
        cities = {city_key(c) for c in [loc.get("city"), loc.get("city_or_county_raw")] if c}
        cities |= {city_key(c) for c in loc.get("city_alt") or []}
        if case.get("city") and city_key(case["city"]) in cities:
            counts["city_right"] += 1
        if case.get("state") and case["state"] == loc.get("state"):
            counts["state_right"] += 1
        lines.append(
            {
                "doc_id": did,
                "case_id": case_ids.get(did),
                "incident_date": case.get("date"),
                "city": case.get("city"),
                "state": case.get("state"),
                "people": [
                    {
                        "name": p["name"],
                        "age": p.get("age"),
                        "case_role": p.get("case_role"),
                        "status": p.get("status") or [],
                    }
                    for p in predicted
                ],
            }
        )
    if predictions is not None:
        with open(predictions, "w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")

    gold_ids = {d["doc_id"]: str(d["gold"]["incident_id"]) for d in docs}
    pred_ids = {d["doc_id"]: case_ids.get(d["doc_id"]) or d["doc_id"] for d in docs}
    precision, recall, f1 = bcubed(pred_ids, gold_ids)
    n = counts["articles"]
    summary = {
        "articles": n,
        "gold_people": counts["gold_people"],
        "found_people": counts["found"],
        "role_accuracy": _ratio(counts["role_right"], counts["found"]),
        "role_all_victim_baseline": _ratio(counts["found_victims"], counts["found"]),
        "status_accuracy": _ratio(counts["status_right"], counts["found"]),
        "incident_date_accuracy": _ratio(counts["date_right"], n),
        "city_accuracy": _ratio(counts["city_right"], n),
        "state_accuracy": _ratio(counts["state_right"], n),
        "bcubed_precision": round(precision, 4),
        "bcubed_recall": round(recall, 4),
        "bcubed_f1": round(f1, 4),
    }
    print(f"casefacts cases on {n} articles ({counts['gold_people']} gold people)")
    print(
        f"found people {counts['found']}; role accuracy {summary['role_accuracy']:.3f} "
        f"(everyone-a-victim {summary['role_all_victim_baseline']:.3f}); "
        f"status accuracy {summary['status_accuracy']:.3f}"
    )
    print("role errors (gold->predicted): " + _top(role_errors))
    print("status errors (gold->predicted): " + _top(status_errors))
    print(
        f"incident date {summary['incident_date_accuracy']:.3f} by method: "
        + ", ".join(f"{m} {counts[f'date_right:{m}']}/{k}" for m, k in date_methods.most_common())
    )
    print(f"city {summary['city_accuracy']:.3f}; state {summary['state_accuracy']:.3f}")
    print(
        f"B-cubed case_id: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
        f"({len(set(pred_ids.values()))} predicted cases, {len(set(gold_ids.values()))} gold)"
    )
    print(json.dumps(summary))
    return summary


def _top(counter: Counter[str], n: int = 8) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.most_common(n)) or "none"
