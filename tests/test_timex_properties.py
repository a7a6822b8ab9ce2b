"""Property tests: the normaliser never crashes and never returns a malformed value."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.timex import normalise_expression
from pipeline.timex.anchor import TIMEX_VALUE

WORDS = [
    "last",
    "next",
    "this",
    "the",
    "early",
    "mid-",
    "late",
    "year",
    "years",
    "month",
    "week",
    "quarter",
    "third",
    "Friday",
    "May",
    "June",
    "Sept.",
    "2014",
    "1990s",
    "ago",
    "a",
    "two",
    "spring",
    "winter",
    "century",
    "20th",
    "now",
    "every",
    "3pm",
    "31",
    "02/30/2021",
    "of",
    "yesterday",
    "the future",
    "decade",
    "fiscal",
    "more than",
    "nineteen",
    "ninety-six",
]
TENSES = st.sampled_from([None, "past", "present", "future", "infinitive"])
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9998, 12, 31)))


def check(result) -> None:
    if result is None:
        return
    assert TIMEX_VALUE.fullmatch(result.value), result.value
    assert result.type in {"DATE", "TIME", "DURATION", "SET"}
    if result.start is not None and result.end is not None:
        assert result.start <= result.end


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), DATES, TENSES)
def test_arbitrary_strings_never_crash(text, published, tense):
    check(normalise_expression(text, published, tense))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5), DATES, TENSES, st.booleans())
def test_temporal_word_salads_give_well_formed_values(words, published, tense, day_first):
    check(normalise_expression(" ".join(words), published, tense, day_first))
