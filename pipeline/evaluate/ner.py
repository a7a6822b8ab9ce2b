"""Score named-entity spans of the plain spaCy model and of the pipeline's entities.

Gold: JSON lines ``{"doc_id", "split", "text", "ents": [{"start", "end", "label"}]}``
(CoNLL-2003 or GUM, see ``shared/data/ner/README.md``). Scoring is exact-span micro
precision, recall and F1, overall and per label, after mapping spaCy labels to CoNLL:
PERSON→PER; GPE, LOC, FAC→LOC; ORG→ORG; every other label (and gold MISC) is dropped.

"pipeline" means ``find_mentions`` + ``merge_entities``: every mention that belongs to an
entity, with the entity's label; a mention nested inside another (a place inside an
organisation name) is left out, as CoNLL spans do not nest.

Limits: scores spans only, not the merging into entities (aliases are not scored).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.config import DEFAULT_MODEL
from pipeline.entities import find_mentions, merge_entities
from pipeline.nlp import load_nlp

CONLL_LABELS = {
    "PERSON": "PER",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
    "PER": "PER",
}
SCORED = ("PER", "LOC", "ORG")

Span = tuple[int, int, str]


def read_documents(file: Path, split: str | None = None, limit: int | None = None) -> list[dict]:
    """Documents of ``file`` (of ``split`` only, when given), at most ``limit``."""
    docs = []
    with Path(file).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            if split is not None and record.get("split") != split:
                continue
            docs.append(record)
            if limit is not None and len(docs) >= limit:
                break
    return docs


def map_label(label: str) -> str | None:
    """CoNLL label for a spaCy or gold label, None when the label is not scored."""
    return CONLL_LABELS.get(label)


def gold_spans(record: dict) -> set[Span]:
    return {
        (e["start"], e["end"], lab)
        for e in record["ents"]
        if (lab := map_label(e["label"])) in SCORED
    }


def outermost(spans: Iterable[Span]) -> set[Span]:
    """Drop spans nested inside another span."""
    ordered = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    kept: list[Span] = []
    for span in ordered:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return set(kept)


def pipeline_spans(text: str, doc) -> set[Span]:
    """Mapped spans of the pipeline's entities for one document."""
    mentions, _claims = find_mentions(doc)
    entities, mentions = merge_entities(text, mentions)
    spans = []
    for entity in entities:
        label = map_label(entity.label)
        if label is None:
            continue
        spans.extend((mentions[i].start, mentions[i].end, label) for i in entity.mention_indices)
    return outermost(spans)


def plain_spans(doc) -> set[Span]:
    return {(e.start_char, e.end_char, lab) for e in doc.ents if (lab := map_label(e.label_))}


def score(pairs: Iterable[tuple[set[Span], set[Span]]]) -> dict:
    """Micro P/R/F1 overall and per label from (predicted, gold) span sets."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for predicted, gold in pairs:
        for span in predicted & gold:
            tp[span[2]] += 1
        for span in predicted - gold:
            fp[span[2]] += 1
        for span in gold - predicted:
            fn[span[2]] += 1

    def prf(t: int, p: int, n: int) -> dict:
        precision = t / (t + p) if t + p else 0.0
        recall = t / (t + n) if t + n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "p": round(precision, 4),
            "r": round(recall, 4),
            "f1": round(f1, 4),
            "tp": t,
            "fp": p,
            "fn": n,
        }

    result = {"all": prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))}
    for label in SCORED:
        result[label] = prf(tp[label], fp[label], fn[label])
    return result


def _predict(records: list[dict], model: str) -> Iterator[tuple[set[Span], set[Span], set[Span]]]:
    nlp = load_nlp(model)
    texts = (r["text"] for r in records)
    for record, doc in zip(records, nlp.pipe(texts, batch_size=32), strict=True):
        yield plain_spans(doc), pipeline_spans(record["text"], doc), gold_spans(record)


def evaluate_ner(
    file: Path, split: str | None = None, model: str = DEFAULT_MODEL, limit: int | None = None
) -> dict:
    """Print plain-model and pipeline scores side by side, then a one-line JSON summary.

    Returns ``{"docs", "plain": scores, "pipeline": scores}`` where scores are
    ``{"all"|"PER"|"LOC"|"ORG": {"p", "r", "f1", "tp", "fp", "fn"}}``.
    """
    records = read_documents(file, split=split, limit=limit)
    rows = list(_predict(records, model))
    plain = score((p, g) for p, _, g in rows)
    piped = score((q, g) for _, q, g in rows)
    print(f"{Path(file).name} split={split or 'all'} docs={len(records)} model={model}")
    print(f"{'label':<6} {'plain P':>8} {'R':>6} {'F1':>6}   {'pipeline P':>10} {'R':>6} {'F1':>6}")
    for label in ("all", *SCORED):
        a, b = plain[label], piped[label]
        print(
            f"{label:<6} {a['p']:>8.3f} {a['r']:>6.3f} {a['f1']:>6.3f}   "
            f"{b['p']:>10.3f} {b['r']:>6.3f} {b['f1']:>6.3f}"
        )
    result = {"docs": len(records), "plain": plain, "pipeline": piped}
    summary = {
        "file": Path(file).name,
        "split": split,
        "docs": len(records),
        "plain_f1": plain["all"]["f1"],
        "pipeline_f1": piped["all"]["f1"],
        **{f"plain_{k}_f1": plain[k]["f1"] for k in SCORED},
        **{f"pipeline_{k}_f1": piped[k]["f1"] for k in SCORED},
    }
    print(json.dumps(summary))
    return result
