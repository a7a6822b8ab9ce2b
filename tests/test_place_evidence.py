"""The case place carries the sentence that names its city."""

from __future__ import annotations

import pytest

from pipeline.cases.place_evidence import place_evidence
from pipeline.cases.words import SentenceIndex, case_words


def evidence(nlp, text: str, title: str | None, city: str | None) -> dict:
    bounds = [(sent.start_char, sent.end_char) for sent in nlp(text).sents]
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
        # a dateline in capitals, a short form: the same town
        (
            "MOUNT JULIET — Police came at noon. The inquiry goes on.",
            None,
            "Mount Juliet",
            "MOUNT JULIET — Police came at noon.",
            "text",
        ),
        (
            "A teen was shot in Mt. Juliet on Friday. The inquiry goes on.",
            None,
            "Mount Juliet",
            "A teen was shot in Mt. Juliet on Friday.",
            "event-sentence",
        ),
        # the city is named nowhere: an outlet's city
        ("A man was shot on Friday. The inquiry goes on.", None, "Dunmore", None, "outlet"),
        (None, None, None, None, None),
    ],
)
def test_place_evidence_names_the_sentence_of_the_city(nlp, text, title, city, sentence, method):
    found = evidence(nlp, text or "", title, city)
    assert found == {"place_sentence": sentence, "place_method": method}
