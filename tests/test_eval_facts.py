"""casefacts scoring: name matching, place keys and per-article counts."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.evaluate.facts import metrics, person_matches, place_key, score_article


@pytest.mark.parametrize(
    ("predicted", "gold", "match"),
    [
        ("Stephen Port", "Stephen Port", True),
        ("Port", "Stephen Port", True),
        ("Leanna Swift", "Lianna Swift", True),
        ("DeMarkus Ellison Jr.", "Demarkus Ellison Jr", True),
        ("Lou Serrano", "Tina Lou Serrano", True),
        ("Chris Moravec", "Christopher Moravec", True),
        ("Richard Moravec", "Christopher Moravec", False),
        ("Pedro Ruvalcaba", "Jessica Ruvalcaba", False),
        ("Stephen", "Stephen Port", False),
        ("", "Stephen Port", False),
    ],
)
def test_person_matches(predicted, gold, match):
    assert person_matches(predicted, gold) is match


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Tulsa County", "tulsa"),
        ("Houston", "houston"),
        ("Miami-Dade", "miami dade"),
        ("St. Louis", "saint louis"),
        ("Saint Louis", "saint louis"),
    ],
)
def test_place_key(name, key):
    assert place_key(name) == key


def test_score_article_counts():
    gold = {
        "incident_date": "2014-01-28",
        "location": {"city": "Nashville", "city_alt": ["Donelson"], "state": "Tennessee"},
        "people": [
            {"name": "Kevin Barlowe", "age": 15, "surname_in_text": True, "age_in_text": True},
            {"name": "Kaelan Robley", "age": 17, "surname_in_text": True, "age_in_text": False},
            {"name": "John Unseen", "age": None, "surname_in_text": False},
        ],
    }
    prediction = {
        "people": [
            {"name": "Kevin Barlowe", "age": 15},
            {"name": "Kaelan Robley", "age": 16},
            {"name": "Kyle Motherwell", "age": None},
        ],
        "dates": [{"value": "2014-01-28"}, {"value": "2014-01"}],
        "places": [{"name": "Donelson"}, {"name": "Tennessee"}],
    }
    counts: Counter = Counter()
    score_article(prediction, gold, counts)
    result = metrics(counts)
    assert result["person_recall"] == 1.0
    assert result["person_recall_all"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["person_precision_strict"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["age_accuracy"] == 0.5
    assert result["age_accuracy_in_text"] == 1.0
    assert result["date_recall"] == 1.0
    assert result["city_recall"] == 1.0
    assert result["state_recall"] == 1.0


def test_wrong_day_is_not_recalled():
    gold = {"incident_date": "2014-01-28", "location": {}, "people": []}
    counts: Counter = Counter()
    score_article({"people": [], "dates": [{"value": "2014-01"}], "places": []}, gold, counts)
    assert metrics(counts)["date_recall"] == 0.0
