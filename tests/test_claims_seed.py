"""The user's article: facts a reader of it would check."""

from pathlib import Path

import pytest

from pipeline.claims import find_claims, find_quantities
from tests.claims_helpers import mentions_from_ents

SEED = Path(__file__).resolve().parents[1] / "corpus" / "000_a43bdba0afa9a79a.txt"


@pytest.fixture(scope="module")
def seed(nlp):
    doc = nlp(SEED.read_text(encoding="utf-8").removeprefix(" date 2023-11-16 "))
    return doc, find_claims(doc, mentions_from_ents(doc))


def values(seed, name, predicate):
    doc, claims = seed
    return {
        c.value
        for c in claims
        if c.predicate == predicate and doc.text[c.target_start : c.target_end] in name
    }


@pytest.mark.parametrize(
    ("name", "age"),
    [
        ("Stephen Port", "47"),
        ("Anthony Walgate", "23"),
        ("Gabriel Kovari", "22"),
        ("Daniel Whitworth", "21"),
        ("Jack Taylor", "25"),
    ],
)
def test_seed_ages(seed, name, age):
    assert values(seed, name, "per:age") == {age}


@pytest.mark.parametrize(
    ("name", "predicate", "value"),
    [
        ("Steve Noonan", "per:title", "regional director"),
        ("Steve Noonan", "per:employee_of", "IOPC"),
        ("Neil Hudgell", "per:employee_of", "Hudgell Solicitors"),
        ("Jon Savell", "per:title", "Commander"),
        ("Anthony Walgate", "per:title", "fashion student"),
    ],
)
def test_seed_roles(seed, name, predicate, value):
    assert value in values(seed, name, predicate)


def test_seed_no_age_from_counts_or_years(seed):
    _, claims = seed
    ages = {c.value for c in claims if c.predicate == "per:age"}
    assert ages == {"47", "23", "22", "21", "25"}


def test_seed_quantities(seed):
    doc, _ = seed
    found = {(q.quantity, q.unit) for q in find_quantities(doc)}
    assert {(8, "officers"), (3500, "documents"), (17, "officers")} <= found
