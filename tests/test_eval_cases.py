"""The scorer of ``pipeline eval cases``: how names and clusters are compared."""

from __future__ import annotations

import pytest

from pipeline.evaluate.cases import bcubed, city_key


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("St. Louis", "Saint Louis", True),
        ("St Louis", "Saint Louis", True),
        ("ST. CHARLES", "Saint Charles", True),
        ("Mt. Juliet", "Mount Juliet", True),
        ("Ft. Worth", "Fort Worth", True),
        ("Ste. Genevieve", "Sainte Genevieve", True),
        ("St. Louis", "Saint Paul", False),
        ("Pine Mountain", "Saint Mountain", False),  # only the abbreviation is read
        ("Louis", "Saint Louis", False),
    ],
)
def test_city_key_reads_saint_mount_fort_abbreviations(predicted, gold, same):
    assert (city_key(predicted) == city_key(gold)) is same


def test_bcubed_of_a_perfect_and_a_merged_clustering():
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed({"a": "x", "b": "x", "c": "y"}, gold) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed({"a": "x", "b": "x", "c": "x"}, gold)
    assert r == 1.0 and p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
