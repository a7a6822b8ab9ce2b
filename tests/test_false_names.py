"""Names wrongly read as places or people: a state opening a team's or brand's name, a
name cut before its particles, a given name before a common noun, a capitals headline.

Sentences and names are invented; each table fails when its rule is switched off."""

from __future__ import annotations

import pytest

from pipeline.entities import merge_entities
from pipeline.entities.mentions import _add_patterns
from pipeline.entities.patterns import person_mentions
from pipeline.entities.places import states_in_name
from pipeline.records import Mention
from tests.claims_helpers import mentions_in


def _mention(text: str, name: str, label: str = "ORG") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, "spacy:ner")


@pytest.mark.parametrize(
    ("text", "name", "states"),
    [
        # a team or brand named after the state: no place
        ("fans of the Vermont Hornets cheered", "Vermont Hornets", []),
        ("the Idaho Jazz lost again", "Idaho Jazz", []),
        ("he ran a Nevada Fried Chicken stand", "Nevada Fried Chicken", []),
        ("she flew Montana Airlines home", "Montana Airlines", []),
        # a body of the state's territory keeps it
        (
            "the Idaho Department of Road Works said",
            "Idaho Department of Road Works",
            ["Idaho"],
        ),
        ("the Montana State Forestry Board said", "Montana State Forestry Board", ["Montana"]),
        ("she studied at the University of Vermont", "University of Vermont", ["Vermont"]),
        ("the Nevada State Troopers said", "Nevada State Troopers", ["Nevada"]),
        # a plural title is a police body (state rangers), not a team
        ("the Oregon Rangers took over the inquiry", "Oregon Rangers", ["Oregon"]),
        # a plural that does not end the name is no team
        ("the Idaho Parks and Trails office", "Idaho Parks and Trails", ["Idaho"]),
        # a newspaper named after the state keeps it (mostly local)
        ("the Montana Tribune reported", "Montana Tribune", ["Montana"]),
    ],
)
def test_a_state_opening_a_team_or_brand_name_is_no_place(text, name, states):
    found = states_in_name(text, _mention(text, name))
    assert [m.text for m in found] == states


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Police said Maria de la Cruz Lopez, who lived nearby, was shot.",
            ["Maria de la Cruz Lopez"],
        ),
        ("Neighbours found Erik van der Hoeven, who", ["Erik van der Hoeven"]),
        ("He met Omar bin Saleh, who", ["Omar bin Saleh"]),
        ("Jose Luis de Ocampo, the victim's uncle, said", ["Jose Luis de Ocampo"]),
        # a particle after a word that is no given name is no name's: the old cut stays
        ("Police saw a Honda van Tobias Quarne, who", ["Tobias Quarne"]),
        ("Tomas Brill, who", ["Tomas Brill"]),
    ],
)
def test_particles_inside_a_name_before_an_apposition_are_kept(text, names):
    assert [m.text for m in person_mentions(text)] == names


def test_the_apposed_name_with_particles_replaces_the_cut_one():
    text = "Police said Maria de la Cruz Lopez, who lived nearby, was shot."
    mentions = _add_patterns(text, mentions_in(text, [("Cruz Lopez", "PERSON")]))
    entities, _ = merge_entities(text, mentions)
    assert [e.name for e in entities if e.label == "PERSON"] == ["Maria de la Cruz Lopez"]


@pytest.mark.parametrize(
    ("text", "form", "names"),
    [
        # a headline in capitals: the name ends before its first common word
        (
            "ORRIN VASK ARRESTED IN DOWNTOWN STABBING\nA man was held.",
            "ORRIN VASK ARRESTED IN DOWNTOWN STABBING",
            ["Orrin Vask"],
        ),
        ("ORRIN VASK ARRESTED\nA man was held.", "ORRIN VASK ARRESTED", ["Orrin Vask"]),
        # a name in capitals with no common word stays whole
        ("ORRIN LEE VASK\nVask, 40, was held.", "ORRIN LEE VASK", ["Orrin Lee Vask"]),
    ],
)
def test_a_capitals_headline_gives_the_name_before_its_first_common_word(text, form, names):
    entities, _ = merge_entities(text, mentions_in(text, [(form, "PERSON")]))
    assert [e.name for e in entities if e.label == "PERSON"] == names
