"""The case place carries the sentence that names its city."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.article import Article
from pipeline.cases.place_evidence import named_place_rows, place_evidence
from pipeline.cases.words import SentenceIndex, case_words
from pipeline.extract import Extraction
from pipeline.normalise import normalise_article


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


GLENMARROW = "A man was shot in Glenmarrow on Friday. Glenmarrow police came. Mt. Ashby waited."
ROW = {"name": "Glenmarrow", "aliases": []}


@pytest.mark.parametrize(
    ("city", "method", "candidates", "places", "expected"),
    [
        # a named incident town the NER missed: a place row, its mentions counted
        ("Glenmarrow", "event-sentence", [], [], [("Glenmarrow", 2, 18)]),
        ("Glenmarrow", "text", ["Glenmarrow"], [{"name": "Ohio"}], [("Glenmarrow", 2, 18)]),
        ("Mount Ashby", "text", [], [], [("Mount Ashby", 1, 64)]),  # its short form counts
        # a place row already has the name (or an alias of it, in any case): none
        ("Glenmarrow", "event-sentence", [], [ROW], []),
        ("Glenmarrow", "text", [], [{"name": "Glenmarrow Twp", "aliases": ["glenmarrow"]}], []),
        # a city the article does not name (an outlet's) or no city: none
        ("Glenmarrow", "outlet", [], [], []),
        (None, None, [], [], []),
        # the other candidates the text or headline names: rows too, after the city
        (
            "Glenmarrow",
            "text",
            ["Mount Ashby", "Lorrisford"],
            [],
            [("Glenmarrow", 2, 18), ("Mount Ashby", 1, 64), ("Lorrisford", 0, None)],
        ),
        (None, None, ["Glenmarrow", "Kelvedon"], [ROW], []),  # "Kelvedon": named nowhere
    ],
)
def test_named_place_rows_add_the_places_the_ner_missed(
    city, method, candidates, places, expected
) -> None:
    case = {"article_id": "a9", "city": city, "place_method": method}
    title = "Two hurt near Lorrisford"
    around = lambda start, end: GLENMARROW[start:end]  # noqa: E731
    rows, mentions = named_place_rows(case, candidates, places, GLENMARROW, title, 7, around)
    assert [(r["name"], r["n_mentions"], r["first_char"]) for r in rows] == expected
    assert len(mentions) == sum(r["n_mentions"] for r in rows)
    assert [r["entity_id"] for r in rows] == [f"a9-loc{7 + n}" for n in range(len(rows))]
    assert all(r["label"] == "GPE" and r["article_id"] == "a9" for r in rows)


def test_normalise_lists_the_dateline_town_among_the_places() -> None:
    text = "DUNMORVALE — A man was shot and killed Friday night. A Kelbridge man was held."
    article = Article(article_id="a3", path="a.txt", text=text, published=date(2023, 1, 2))
    extraction = Extraction(sentences=[(0, 51), (52, len(text))], mentions=[], claims=[])
    rows = normalise_article(article, extraction)
    assert rows["cases"][0]["city"] == "Dunmorvale"
    places = [(p["name"], p["entity_id"]) for p in rows["places"]]
    assert places[0] == ("Dunmorvale", "a3-loc1")
    # the added place keeps its provenance: a mention with offsets, sentence and method
    [mention] = [m for m in rows["mentions"] if m["entity_id"] == "a3-loc1"]
    assert (mention["start_char"], mention["end_char"]) == (0, 10)
    assert mention["method"] == "rule:case-place"
    assert mention["sentence"].startswith("DUNMORVALE — A man was shot")
