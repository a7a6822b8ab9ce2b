"""``python -m pipeline eval dates``: TempEval-3 scores of the timex detector and normaliser.

Reads TempEval-3 JSON lines (``doc_id``, ``dct``, ``text``, ``timexes``), runs
:func:`pipeline.timex.find_timexes` on each text with its DCT as the published date,
and prints strict span, relaxed span and value P/R/F1 for DATE only and for all types,
plus the throughput of the date stage alone (parsing excluded). The last printed line is
a one-line JSON summary.

Limits: the DATE-only score keeps gold and system timexes typed DATE, so a DATE read as
a DURATION counts as a miss there.
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.config import DEFAULT_MODEL
from pipeline.evaluate.timeml_score import TimexScore


def read_documents(file: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` documents of a TempEval-3 JSON-lines file."""
    docs = []
    with file.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                docs.append(json.loads(line))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def _as_dict(timex) -> dict[str, Any]:
    return {
        "start": timex.start_char,
        "end": timex.end_char,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
    }


def _dct(doc: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(doc.get("dct") or "")
    except ValueError:
        return None


def evaluate_dates(
    file: Path,
    predictions: Path | None = None,
    model: str = DEFAULT_MODEL,
    limit: int | None = None,
) -> dict[str, Any]:
    """Score the date detector on ``file``; print the scores and return the summary.

    Args:
        file: TempEval-3 JSON lines.
        predictions: also write the system timexes here, one document a line.
        model: spaCy pipeline name.
        limit: only the first N documents.
    """
    from pipeline.nlp import load_nlp
    from pipeline.timex import find_timexes

    docs = read_documents(file, limit)
    nlp = load_nlp(model)
    all_types, dates_only = TimexScore(), TimexScore()
    system_rows: list[dict[str, Any]] = []
    stage_seconds = 0.0
    for doc, parsed in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        started = time.perf_counter()
        found = [_as_dict(t) for t in find_timexes(parsed, _dct(doc))]
        stage_seconds += time.perf_counter() - started
        gold = doc.get("timexes", [])
        all_types.add(gold, found)
        dates_only.add(
            [g for g in gold if g["type"] == "DATE"], [s for s in found if s["type"] == "DATE"]
        )
        system_rows.append({"doc_id": doc.get("doc_id"), "timexes": found})
    if predictions is not None:
        predictions.parent.mkdir(parents=True, exist_ok=True)
        with predictions.open("w", encoding="utf-8") as out:
            for row in system_rows:
                out.write(json.dumps(row) + "\n")
    summary = {
        "file": file.name,
        "docs": len(docs),
        "date": dates_only.summary(),
        "all": all_types.summary(),
        "docs_per_s": round(len(docs) / stage_seconds, 1) if stage_seconds else None,
    }
    _print(summary)
    return summary


def _print(summary: dict[str, Any]) -> None:
    print(f"{summary['file']}: {summary['docs']} documents")
    print(f"{'':10}{'strict P/R/F1':>24}{'relaxed P/R/F1':>24}{'value P/R/F1':>24}")
    for label in ("date", "all"):
        cells = [
            "{p:.3f}/{r:.3f}/{f1:.3f}".format(**summary[label][kind])
            for kind in ("strict", "relaxed", "value")
        ]
        print(f"{label.upper():10}" + "".join(f"{c:>24}" for c in cells))
    print(f"date stage: {summary['docs_per_s']} docs/s (parsing excluded)")
    compact = {
        "file": summary["file"],
        "date_value_f1": summary["date"]["value"]["f1"],
        "all_value_f1": summary["all"]["value"]["f1"],
        "strict_f1": summary["all"]["strict"]["f1"],
        "relaxed_f1": summary["all"]["relaxed"]["f1"],
        "docs_per_s": summary["docs_per_s"],
    }
    print(json.dumps(compact))
