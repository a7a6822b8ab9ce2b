"""NER evaluation: label mapping, span scoring and a small run on the shared gold data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate.ner import evaluate_ner, map_label, outermost, score

NER_DIR = Path(__file__).parents[1].parent / "shared" / "data" / "ner"


@pytest.mark.parametrize(
    ("label", "mapped"),
    [
        ("PERSON", "PER"),
        ("GPE", "LOC"),
        ("LOC", "LOC"),
        ("FAC", "LOC"),
        ("ORG", "ORG"),
        ("NORP", None),
        ("MISC", None),
        ("DATE", None),
        ("PER", "PER"),
    ],
)
def test_map_label(label, mapped):
    assert map_label(label) == mapped


def test_score_counts_exact_spans_only():
    predicted = {(0, 5, "PER"), (10, 15, "LOC"), (20, 25, "ORG")}
    gold = {(0, 5, "PER"), (10, 16, "LOC"), (20, 25, "LOC")}
    result = score([(predicted, gold)])
    assert result["all"]["tp"] == 1
    assert result["all"]["fp"] == 2
    assert result["all"]["fn"] == 2
    assert result["PER"]["f1"] == 1.0
    assert result["LOC"]["p"] == 0.0
    assert result["all"]["p"] == pytest.approx(1 / 3, abs=1e-4)


def test_outermost_drops_nested_spans():
    assert outermost({(0, 25, "ORG"), (0, 7, "LOC"), (30, 35, "PER")}) == {
        (0, 25, "ORG"),
        (30, 35, "PER"),
    }


def test_evaluate_on_own_file(tmp_path, capsys):
    text = "Stephen Port was seen in London . Port was arrested ."
    gold = [
        {"start": 0, "end": 12, "label": "PER"},
        {"start": 25, "end": 31, "label": "LOC"},
        {"start": 34, "end": 38, "label": "PER"},
    ]
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps({"doc_id": "t", "split": "dev", "text": text, "ents": gold}) + "\n")
    result = evaluate_ner(path, split="dev")
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert json.loads(last)["docs"] == 1
    assert result["pipeline"]["PER"]["tp"] >= 1
    assert result["pipeline"]["all"]["fp"] + result["pipeline"]["all"]["tp"] > 0


def test_pipeline_beats_plain_model_on_conll_sample():
    path = NER_DIR / "conll03_dev.jsonl"
    if not path.exists():
        pytest.skip(f"shared NER data not found at {path}")
    result = evaluate_ner(path, split="dev", limit=40)
    assert result["pipeline"]["all"]["f1"] > result["plain"]["all"]["f1"]
