"""Names wrongly read as people: a name cut before its particles, a capitals headline.

Sentences and names are invented; each table fails when its rule is switched off."""

from __future__ import annotations

import pytest

from pipeline.entities import merge_entities
from pipeline.entities.mentions import _add_patterns
from pipeline.entities.patterns import person_mentions
from tests.claims_helpers import mentions_in


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
        # the particle reading rejected (a vehicle before the name): the old cut stays
        ("The cyclist was hit by a Mercedes van Orla Quintrell, who was 19", ["Orla Quintrell"]),
        # a capitalised word before the given name is no part of it
        ("Neighbor Maria de la Paz Ortun, who", ["Maria de la Paz Ortun"]),
        ("Overnight Maria de la Paz Ortun, who", ["Maria de la Paz Ortun"]),
        # "los", "las", "ibn" are particles too
        ("Staff found Juan de los Verdes, who", ["Juan de los Verdes"]),
        ("Staff found Rosa de las Fuentes Ibor, who", ["Rosa de las Fuentes Ibor"]),
        ("He met Omar ibn Qadir, who", ["Omar ibn Qadir"]),
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
        # a listed given name, then one surname word that is no common or function word
        (
            "GRACE TULLEN TO STAND TRIAL IN ROBBERY\nA woman was held.",
            "GRACE TULLEN TO STAND TRIAL IN ROBBERY",
            ["Grace Tullen"],
        ),
        ("GRACE TULLEN CASE GOES TO JURY\nx", "GRACE TULLEN CASE GOES TO JURY", ["Grace Tullen"]),
        # further listed given names, then the surname, then a suffix
        ("MARY ROSE QUILLAN SHOT\nx", "MARY ROSE QUILLAN SHOT", ["Mary Rose Quillan"]),
        (
            "OWEN TOBIAS VORNE III SENTENCED\nx",
            "OWEN TOBIAS VORNE III SENTENCED",
            ["Owen Tobias Vorne III"],
        ),
        ("GRACE TULLEN JR. CHARGED\nx", "GRACE TULLEN JR. CHARGED", ["Grace Tullen Jr."]),
        # a common word after the given names: the last given name is the surname
        ("GRACE JAMES ARRESTED\nx", "GRACE JAMES ARRESTED", ["Grace James"]),
        # ... or a function word common_words.txt leaves out, or a suffix
        ("GRACE JAMES TO STAND TRIAL\nx", "GRACE JAMES TO STAND TRIAL", ["Grace James"]),
        ("OWEN GRACE III SENTENCED\nx", "OWEN GRACE III SENTENCED", ["Owen Grace III"]),
        # a first word that is no listed given name, or no headline: the old reading
        ("ORRIN VASK\nVask, 40, was held.", "ORRIN VASK", ["Orrin Vask"]),
        ("GRACE TULLEN VORNE\nx", "GRACE TULLEN VORNE", ["Grace Tullen Vorne"]),
        (
            "ORRIN VASK ARRESTED\nA man was held.",
            "ORRIN VASK ARRESTED",
            ["Orrin Vask Arrested"],
        ),
    ],
)
def test_a_capitals_headline_gives_the_given_names_and_one_surname(text, form, names):
    entities, _ = merge_entities(text, mentions_in(text, [(form, "PERSON")]))
    assert [e.name for e in entities if e.label == "PERSON"] == names


def test_the_name_cut_from_a_capitals_headline_joins_the_body_person():
    text = "GRACE TULLEN ARRESTED IN HARBOR STABBING\nGrace Tullen, 29, was arrested."
    form = "GRACE TULLEN ARRESTED"
    entities, _ = merge_entities(
        text, mentions_in(text, [(form, "PERSON"), ("Grace Tullen", "PERSON")])
    )
    assert [e.name for e in entities if e.label == "PERSON"] == ["Grace Tullen"]
