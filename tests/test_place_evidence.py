"""The case place carries the sentence that names its city."""

from __future__ import annotations

import pytest

from pipeline.cases.incident import SentenceIndex, case_words
from pipeline.cases.place_evidence import place_evidence


def evidence(text: str, title: str | None, city: str | None) -> dict:
    bounds, start = [], 0
    for part in text.split(". "):
        bounds.append((start, start + len(part) + 1))
        start += len(part) + 2
    sents = SentenceIndex(text, bounds)
    return place_evidence(text, title, sents, city, case_words().event_words)


@pytest.mark.parametrize(
    ("text", "title", "city", "sentence", "method"),
    [
        # the first sentence with an event word that names the city
        (
            "Mayor Ann Roe of Dunmore spoke. A man was shot in Dunmore on Friday. Dunmore grieves.",
            None,
            "Dunmore",
            "A man was shot in Dunmore on Friday.",
            "event-sentence",
        ),
        # no event sentence names it: the first sentence that does
        (
            "Police in Dunmore asked for help. The inquiry goes on.",
            None,
            "Dunmore",
            "Police in Dunmore asked for help.",
            "text",
        ),
        # a whole word only: "Dunmoreland" does not name "Dunmore"
        (
            "A man was shot in Dunmoreland. The inquiry goes on.",
            "Teen killed in Dunmore",
            "Dunmore",
            "Teen killed in Dunmore",
            "text",
        ),
        # the city is named nowhere: an outlet's city
        ("A man was shot on Friday. The inquiry goes on.", None, "Dunmore", None, "outlet"),
        (None, None, None, None, None),
    ],
)
def test_place_evidence_names_the_sentence_of_the_city(text, title, city, sentence, method):
    found = evidence(text or "", title, city)
    assert found == {"place_sentence": sentence, "place_method": method}
