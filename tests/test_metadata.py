"""Free-form metadata dates go through dateparser; relative or partial ones never do."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.metadata import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tuesday, January 28, 2014 8:52 PM EST", date(2014, 1, 28)),
        ("28th Jan. 2014", date(2014, 1, 28)),
        ("3 March, 2021 at 10:00", date(2021, 3, 3)),
        ("yesterday", None),
        ("Posted 5 days ago", None),
        ("March 2014", None),
        ("2023-02-30", None),
        ("no date here", None),
    ],
)
def test_free_form_dates(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected
