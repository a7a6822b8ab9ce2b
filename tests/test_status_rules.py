"""Status rules of the case roles: statuses that fit the person's role."""

import pytest

from pipeline.cases import pick_role
from pipeline.records import Claim


def claims(*items: tuple[str, str, str, int]) -> list[Claim]:
    """(predicate, value, method, start) claims on one person (span 0-5)."""
    return [
        Claim(0, 5, pred, value, start, start + 5, method) for pred, value, method, start in items
    ]


ROLE_STATUS_CASES = [
    # a victim said to be arrested through a wrong pronoun keeps only the harm
    (
        claims(
            ("case:role", "victim", "case:verb-passive", 10),
            ("case:status", "killed", "case:verb-passive", 10),
            ("case:role", "suspect", "case:verb-passive+pronoun", 40),
            ("case:status", "arrested", "case:verb-passive+pronoun", 40),
        ),
        ("victim", ["killed"]),
    ),
    # "charged in the death of ..." and "the death of X's brother": charged only
    (
        claims(
            ("case:role", "suspect", "case:verb-passive", 10),
            ("case:status", "charged", "case:verb-passive", 10),
            ("case:role", "victim", "case:noun-of", 40),
            ("case:status", "killed", "case:noun-of", 40),
        ),
        ("suspect", ["charged"]),
    ),
    # shot by police, then arrested: the suspect claim states the harm, it stays
    (
        claims(
            ("case:role", "suspect", "case:verb-police", 10),
            ("case:status", "injured", "case:verb-police", 10),
            ("case:role", "suspect", "case:verb-passive", 40),
            ("case:status", "arrested", "case:verb-passive", 40),
        ),
        ("suspect", ["injured", "arrested"]),
    ),
    # a suspect with no legal status keeps what victim evidence says ("he died")
    (
        claims(
            ("case:role", "suspect", "case:appos", 10),
            ("case:role", "victim", "case:verb-subject", 40),
            ("case:status", "killed", "case:verb-subject", 40),
        ),
        ("suspect", ["killed"]),
    ),
]


@pytest.mark.parametrize(("found", "expected"), ROLE_STATUS_CASES)
def test_statuses_fit_the_role(found: list[Claim], expected: tuple[str, list[str]]) -> None:
    assert pick_role(found)[:2] == expected
