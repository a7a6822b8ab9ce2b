"""Things and places that look like people: vehicles, parks, bare titles.

Sentences are invented; each table fails when its rule is switched off."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.article import Article
from pipeline.config import Config
from pipeline.entities.mentions import _fix_person_labels
from pipeline.entities.patterns import person_mentions
from pipeline.records import Mention


def _people(text: str) -> list[dict]:
    from pipeline.process import process_articles

    article = Article(article_id="t", path="t.txt", text=text, published=date(2022, 9, 24))
    (result,) = process_articles([article], Config())
    return result.tables.get("people", [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a thing after an indefinite article and lower-case words
        ("Later a stolen Honda Accord was found abandoned.", []),
        ("Later an unmarked Crown Victoria was found burned.", []),
        ("Police said a Toyota Camry was hit.", []),  # a vehicle make is never a person
        # a person noun, a title or an age between the article and the name: a person
        ("Later an off-duty officer Brent Lowry was shot.", ["Brent Lowry"]),
        ("Later a nineteen-year-old Brent Lowry was shot.", ["Brent Lowry"]),
        ("Brent Lowry was shot.", ["Brent Lowry"]),
    ],
)
def test_pattern_people_are_not_things(text, names):
    assert sorted({m.text for m in person_mentions(text)}) == names


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        # a place after a locative preposition stays a place, given name or not
        ("The car was found near Shelby Park on Monday.", "Shelby Park", "GPE"),
        ("They drove into Kelly Ridge at dawn.", "Kelly Ridge", "GPE"),
        # elsewhere a given name first makes the place tag a person
        ("Shelby Park told reporters the news.", "Shelby Park", "PERSON"),
        ("Police shot at Tyrell Prewitt twice.", "Tyrell Prewitt", "PERSON"),
    ],
)
def test_given_name_relabel_skips_places_after_prepositions(text, surface, label):
    start = text.index(surface)
    mention = Mention(start, start + len(surface), surface, "GPE", "spacy:ner")
    (fixed,) = _fix_person_labels(text, [mention])
    assert fixed.label == label


def test_abbreviated_commander_is_a_title_and_an_official():
    people = _people(
        "Three people, including a 16-year-old boy, were charged in a carjacking.\n\n"
        "Officers arrested Dana Merriam, 19, on Friday. The 16-year-old, whose name was "
        "not released, was taken into custody.\n\n"
        '"These were violent crimes," said Cmdr. Lorenzo Quarles of the Southwest Precinct.'
    )
    by_name = {p["name"]: p for p in people}
    assert "Cmdr" not in by_name
    quarles = by_name["Lorenzo Quarles"]
    assert quarles["case_role"] == "official"
    assert quarles["age"] is None  # the unnamed 16-year-old is not the commander
    assert "Cmdr." in quarles["roles"]
