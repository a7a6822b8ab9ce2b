"""Tests of the TempEval-3 scorer on a tiny hand-made example."""

from __future__ import annotations

from pipeline.evaluate.timeml_score import TimexScore


def test_strict_relaxed_and_value_scores():
    gold = [
        {"start": 0, "end": 9, "value": "2019-09-05"},  # exact, right value
        {"start": 20, "end": 30, "value": "P3M"},  # overlap only, wrong value
        {"start": 40, "end": 44, "value": "1990"},  # missed
    ]
    system = [
        {"start": 0, "end": 9, "value": "2019-09-05"},
        {"start": 24, "end": 30, "value": "P3D"},
        {"start": 50, "end": 55, "value": "PAST_REF"},  # spurious
        {"start": 60, "end": 62, "value": "2020"},  # spurious
    ]
    score = TimexScore()
    score.add(gold, system)
    result = score.summary()
    assert result["strict"] == {"p": 0.25, "r": 0.3333, "f1": 0.2857}
    assert result["relaxed"] == {"p": 0.5, "r": 0.6667, "f1": 0.5714}
    assert result["value"] == {"p": 0.25, "r": 0.3333, "f1": 0.2857}


def test_one_system_timex_matches_one_gold_timex():
    gold = [{"start": 0, "end": 5, "value": "X"}, {"start": 6, "end": 10, "value": "X"}]
    system = [{"start": 0, "end": 10, "value": "X"}]
    score = TimexScore()
    score.add(gold, system)
    assert score.relaxed.correct_gold == 1
    assert score.summary()["relaxed"]["p"] == 1.0
