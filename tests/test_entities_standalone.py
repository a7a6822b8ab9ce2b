"""The literal name search of surname propagation agrees with its regular expression."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.entities.merge import _standalone

ALPHABET = st.sampled_from([*"Port Ab_-.'’s1éx\n", "Port", "Port's", "O'", "’t"])


def _regex(text: str, form: str) -> list[tuple[int, int]]:
    pattern = rf"(?<![\w\-.'’]){re.escape(form)}(?![\w\-]|['’][a-rt-z])"
    return [m.span() for m in re.finditer(pattern, text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(ALPHABET, max_size=40), st.sampled_from(["Port", "Port Ab", "s", "ss", "Ab-"]))
def test_literal_search_equals_the_pattern(parts: list[str], form: str) -> None:
    text = "".join(parts)
    assert _standalone(text, form) == _regex(text, form)


def test_examples() -> None:
    text = "Port said. Port's car. Portland. Port-Smith. O'Port. Port'll go. Mr Port"
    assert [text[s:e] for s, e in _standalone(text, "Port")] == ["Port", "Port", "Port"]
    assert [s for s, _ in _standalone(text, "Port")] == [0, 11, text.rindex("Port")]
