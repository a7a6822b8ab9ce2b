"""A name the text puts in a kind of things: no place unless the kind is one of places."""

from __future__ import annotations

import pytest

from pipeline.entities.kinds import KIND_OF_THING, kind_of, relabel_things_named_as_places
from pipeline.records import Mention


def _place(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, "GPE", "spacy:ner")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("They met on Quindle and other dating apps last year.", "Quindle", "ORG"),
        ("He sold pills on apps such as Quindle, police said.", "Quindle", "ORG"),
        ("Fans of Quindle and other teams cheered.", "Quindle", "ORG"),
        ("He posted on Quindle or other sites.", "Quindle", "GPE"),  # a site may be a place
        ("Shootings rose in Marlow and other cities.", "Marlow", "GPE"),
        ("Visitors from Arvenia and other European nations came.", "Arvenia", "GPE"),
        ("He served in Arvenia and other war zones.", "Arvenia", "GPE"),
        ("Crews from Marlow and other nearby departments came.", "Marlow", "GPE"),
        ("Three victims, including Marlow resident Ann Roe, died.", "Marlow", "GPE"),
        ("markets such as Arvenia grew", "Arvenia", "GPE"),
        ("Shootings rose in Marlow and Dover.", "Marlow", "GPE"),  # no kind named
        # a known country, state or town is never relabelled
        ("Sales in Canada and other brands fell.", "Canada", "GPE"),
        ("Fans in Akron and other teams cheered.", "Akron", "GPE"),
    ],
)
def test_a_place_named_as_one_of_a_kind_of_things(text: str, name: str, label: str) -> None:
    [mention] = relabel_things_named_as_places(text, [_place(text, name)])
    assert mention.label == label
    assert (mention.method == KIND_OF_THING) is (label == "ORG")


def test_only_places_are_relabelled() -> None:
    text = "Ann Roe and other dating apps"
    person = Mention(0, 7, "Ann Roe", "PERSON", "spacy:ner")
    assert relabel_things_named_as_places(text, [person]) == [person]
    assert kind_of(text, person) == "apps"


def test_the_users_article_has_no_dating_app_for_a_place(nlp) -> None:
    """The user's article: "targeted on Grindr and other dating apps" names no place."""
    from pipeline.entities import find_mentions, merge_entities
    from tests.test_entities import ARTICLE

    text = ARTICLE.read_text(encoding="utf-8")
    entities, _ = merge_entities(text, find_mentions(nlp(text))[0])
    places = {e.name for e in entities if e.label in ("GPE", "LOC")}
    assert "Grindr" not in places
    assert {"Barking", "London"} <= places
