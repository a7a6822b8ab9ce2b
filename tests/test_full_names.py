"""Full names written plainly in the text that the NER cuts, mislabels or misses.

Sentences and names are invented; each table fails when its rule is switched off."""

from __future__ import annotations

import pytest

from pipeline.entities import merge_entities
from pipeline.entities.mentions import (
    _add_patterns,
    _extend_people,
    _given_names_before_surnames,
    _SpanIndex,
)
from pipeline.entities.patterns import heading_names, person_mentions
from tests.claims_helpers import mentions_in


@pytest.mark.parametrize(
    ("text", "spans", "names"),
    [
        (
            "her uncle, Tobias Arreola Venn, was hurt.",
            [("Tobias Arreola", "PERSON"), ("Venn", "PERSON")],
            ["Tobias Arreola Venn"],
        ),
        # a one-word name does not take the next one-word name
        ("Dear Oriel Venn,", [("Oriel", "PERSON"), ("Venn", "PERSON")], ["Oriel", "Venn"]),
        # a place after the name stays apart
        (
            "Tobias Arreola Venn Street",
            [("Tobias Arreola", "PERSON"), ("Venn Street", "FAC")],
            ["Tobias Arreola", "Venn Street"],
        ),
    ],
)
def test_a_one_word_person_right_after_a_name_completes_it(text, spans, names):
    assert [m.text for m in _extend_people(text, mentions_in(text, spans))] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thirty-year-old Elmvale Fire Captain Ned Voss was arrested.", "Ned Voss"),
        ("Yarrow County Deputy Ilsa Brandt was hurt.", "Ilsa Brandt"),
        ("Orrin Bishop was arrested Monday.", "Orrin Bishop"),
        # a title word after a given name is a middle name, no office
        ("Sacha Baron Quellen, 52, was seen in Elmvale.", "Sacha Baron Quellen"),
        ("Ann Bishop Rosswell, 40, was hurt.", "Ann Bishop Rosswell"),
        ("Police said Dana Major Quillon, 30, left.", "Dana Major Quillon"),
    ],
)
def test_an_office_before_a_pattern_name_is_cut(text, name):
    assert [m.text for m in person_mentions(text)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "It happened at the home of Quenby Talla, the boy’s grandmother, on Elm.",
            ["Quenby Talla"],
        ),
        ("Speaking of Darnel Ojuku, an unarmed man who died, he wept.", ["Darnel Ojuku"]),
        ("The officer aimed at Kasimir Dole, who held a knife.", ["Kasimir Dole"]),
        ("Ysolde Marr, a mother of two, wept.", ["Ysolde Marr"]),
        # no apposition: a place, an opening phrase, a group, a subject of a new clause
        ("In Harlow Glen, a 20-year-old man was shot.", []),
        ("Back Then, the woman moved.", []),
        ("The Elmvale Garden Guild, who met, agreed.", []),
        ("San Tomas, a man said, is quiet.", []),
        ("at Mercy Vale, the place where the victim died", []),
        ("Ysolde Marr, the victim’s mother said.", []),
        # before ", who": a team or firm (a "the", a plural last word, a town first)
        ("The Elmvale Hawks, who lost Friday, flew home.", []),
        ("The Ardley Quillmen, who won, celebrated.", []),
        ("Carolina Lanterns, who won, celebrated.", []),
        ("Fans said Rosalind Bellway, who won, celebrated.", ["Rosalind Bellway"]),
        ("Harlow Glen Tavern, the victim’s employer, closed.", []),
        # the name is longer than the pattern sees: an initial or given name before it
        ("Prosecutor Dorin K Vaskell Jr, who led the case, spoke.", []),
        ("Police held Tomas Ilian Orvek Sandaval Brio, who is 22, on Friday.", []),
        # a suffix is no name word of its own; with a full name before it, it stays
        ("Deputies spoke to Vaskell Jr, who owns the store.", []),
        ("Mayor Dorin Vaskell Jr, who was away, spoke.", ["Dorin Vaskell Jr"]),
        ("The victim, Rev. Ysolde Marr II, who spoke, was not hurt.", ["Ysolde Marr II"]),
        # an origin word is no part of the name
        ("The unit was led by Elmvale-born Ysolde Marr, who heads it.", ["Ysolde Marr"]),
        (
            "Police thanked Leeds-based Ysolde Marr, the victim’s mother, for help.",
            ["Ysolde Marr"],
        ),
        # before ", who": a common word last is a team or firm, not a surname
        ("He was hurt outside Rosalind Palace, who were playing at home.", []),
        ("Fans watched Orlando Wizardry, who beat them on Friday.", []),
    ],
)
def test_a_name_apposed_to_a_person_noun_or_who_is_a_person(text, names):
    assert [m.text for m in person_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "span", "person"),
    [
        ("Mercy Vitality, who treated the man, said he died.", "Mercy Vitality", False),
        ("Orlando Quellfire, who lost Friday, flew home.", "Orlando Quellfire", False),
        ("Officers shot at Rosalind Bellway, who held a knife.", "Rosalind Bellway", True),
    ],
)
def test_a_name_before_who_replaces_an_organisation_only_when_strong(text, span, person):
    found = _add_patterns(text, mentions_in(text, [(span, "ORG")]))
    assert any(m.label == "PERSON" and m.text == span for m in found) is person


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Friends say Mateo “Chico” Tangwell was armed.", ["Mateo “Chico” Tangwell"]),
        # a common word last is no surname, even one never written in lower case
        ("Friends say Mateo “Chico” Tango was armed with a rifle.", []),
        ("He saw the Broadway “Quellon” Show twice.", []),
        ("Dance “Forever” Tango, a tango show", []),
        ("Lumen “Glow” Show at the show", []),
        # ... unless the text writes it capitalised again inside a sentence, never after
        # "the" or in lower case: a surname
        (
            "Friends say Mateo “Chico” Tango was armed. Police said Tango fled.",
            ["Mateo “Chico” Tango"],
        ),
        ("The Lumen “Glow” Show opened. Critics said the Show was long.", []),
        ("Friends say Mateo “Chico” Tango was armed. Tango fled.", []),
        # single quotes and brackets hold nicknames too
        ("A man named Orvel 'Bo' Quist was hurt.", ["Orvel 'Bo' Quist"]),
        (
            "Police said Orvel (Scoop) Hatch shot at them before Hatch was hit.",
            ["Orvel (Scoop) Hatch"],
        ),
        # not brackets holding a given name used elsewhere, capitals or a place
        ("Relatives said Tessa (Wilma) Quist died. Wilma was a nurse.", []),
        ("Agents of the Explosives (ATF) Denver office came.", []),
        ("The Pella (Iowa) Chronicle reported it.", []),
        ("The Pella (Ia.) Chronicle reported it.", []),
        ("He told the Orvane (Missouri) News-Leader that he left.", []),
        ("The Pella (Tennessee) Chronicle reported it.", []),
        ("Sen. Orvel Pask (D-Ohio) Tuesday said so.", []),
        # a quoted phrase after a name is no nickname
        ("Police arrested Tom Quist 'without incident' Monday.", ["Tom Quist"]),
        ('Police said Carl "the Bull" Quist, 44, was shot.', ['Carl "the Bull" Quist']),
    ],
)
def test_a_quoted_nickname_name_ends_in_no_common_word(text, names):
    assert sorted({m.text for m in person_mentions(text)}) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He left.\n\nODA VRANE:\n\nVrane, 40, was a nurse.", ["ODA VRANE"]),
        ("MARTA PETTER AUNE\nAune, 40, was hit first.", ["MARTA PETTER AUNE"]),
        # the surname opening the paragraph is no name without a comma after it
        ("MARTA PETTER AUNE\nAune was hit first.", []),
        ("He left.\n\nBREAKING NEWS:\n\nNews came in late.", []),
        ("ODA VRANE:\n\nShe was a nurse.", []),
        ("ORIGINAL STORY\n\nThe shooting began.", []),
        # a place, an office or a department heading: no name
        ("JACKSON COUNTY\n\nCounty deputies said a man was shot.", []),
        ("VIRGINIA BEACH\nBeach patrols found him.", []),
        ("CHARLOTTE POLICE\nPolice said a man was hurt.", []),
        ("JUSTICE DEPARTMENT\nDepartment staff said so.", []),
        ("SAN QUELLO\nQuello Ruiz, 40, was hurt.", []),
        # a team, school, ground or park: the first word no given name or a town or state,
        # the last a common word or its plural
        ("ELMVALE QUILLMEN\nQuillmen coach Ned Arvo said so.", []),
        ("DALLAS LANTERNS\nLanterns coach Ned Arvo said so.", []),
        ("GEORGIA EASTERN\nEastern officials said a student died.", []),
        ("ROSE GOBLET\nGoblet officials moved the game.", []),
        ("CHASE FIELD\nField conditions were poor.", []),
        ("MARTA QUELLBY PARK\nPark rangers said a man was hurt.", []),
        ("MARTA ARVO WINS\nWins came early for the team.", []),
        # a series of profiles: two strict headings let an unlisted given name, a common
        # surname or a paragraph with no comma after the surname pass
        (
            "ODA VRANE:\n\nVrane, 40, was shot.\n\nSAMOR TARVISH:\n\nTarvish, 55, died.\n\n"
            "ADA FINE:\n\nFine was hit.\n\nMARTA AUNE:\n\nAune, 30, hid.",
            ["ODA VRANE", "SAMOR TARVISH", "ADA FINE", "MARTA AUNE"],
        ),
        # ... but one strict heading is no series, and a place or a team stays out of one
        (
            "ODA VRANE:\n\nVrane, 40, was shot.\n\nSAMOR TARVISH:\n\nTarvish, 55, died.\n\n"
            "ADA FINE:\n\nFine was hit.",
            ["ODA VRANE"],
        ),
        (
            "ODA VRANE:\n\nVrane, 40, was shot.\n\nMARTA AUNE:\n\nAune, 30, hid.\n\n"
            "JACKSON COUNTY\n\nCounty deputies came.\n\nDALLAS LANTERNS\n\nLanterns won.",
            ["ODA VRANE", "MARTA AUNE"],
        ),
        (  # no comma nor verb after the surname, or written unlike the series
            "ODA VRANE:\n\nVrane, 40, was shot.\n\nMARTA AUNE:\n\nAune, 30, hid.\n\n"
            "SANDY QUELLHOOK:\n\nQuellhook residents came.\n\nADA TARVISH\n\nTarvish was hit.",
            ["ODA VRANE", "MARTA AUNE"],
        ),
    ],
)
def test_a_name_heading_its_paragraph_in_capitals(text, names):
    assert [m.text for m in heading_names(text)] == names
    assert [m.text for m in person_mentions(text) if m.text.isupper()] == names


def test_a_fuller_name_in_capitals_names_the_person():
    text = "ODA VRANE:\n\nVrane, 40, was a nurse. Vrane worked nights."
    mentions = mentions_in(
        text, [("ODA VRANE", "PERSON"), ("Vrane", "PERSON"), ("Vrane", "PERSON")]
    )
    (entity,) = merge_entities(text, mentions)[0]
    assert entity.name == "Oda Vrane"


def test_a_capitals_form_that_is_no_name_does_not_name_the_person():
    text = "QUELLEN FAMILY\nQuellen, 40, died. Quellen was a nurse."
    mentions = mentions_in(
        text, [("QUELLEN FAMILY", "PERSON"), ("Quellen", "PERSON"), ("Quellen", "PERSON")]
    )
    (entity,) = merge_entities(text, mentions)[0]
    assert entity.name == "Quellen"


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        # a headline's common words after the surname are no part of the name
        (
            "UPDATE: SILAS WADE CHARGED\n\nWade, 33, was charged. Silas Wade appeared.",
            ["SILAS WADE CHARGED", "Wade", "Silas Wade"],
            "Silas Wade",
        ),
        (
            "UPDATE: SILAS WADE CHARGED WITH ARSON\n\nSilas Wade appeared in court.",
            ["SILAS WADE CHARGED WITH ARSON", "Silas Wade"],
            "Silas Wade",
        ),
    ],
)
def test_a_capitals_form_ends_at_the_surname(text, spans, name):
    mentions = mentions_in(text, [(s, "PERSON") for s in spans])
    entity = next(e for e in merge_entities(text, mentions)[0] if "Silas" in e.name)
    assert entity.name == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The family confirmed the baby to be Rosalind Quellbright.", ["Rosalind Quellbright"]),
        ("I have a son, his name is Tobiah Wren and he is 3.", ["Tobiah Wren"]),
        ("Officials said the boy's name was Caius Brandt.", ["Caius Brandt"]),
        ("The town's name is Elm and it is old.", []),
        ("The code name is Ruby Falcon, they said.", []),
        ("He wanted the trip to be Ruby Falcon again.", []),
        ("Her son's name is Tobiah Wren.", ["Tobiah Wren"]),
        # the owner is no person
        ("The chapel's name is Ardenne Quell, he said.", []),
        ("The gang's name was Rosalind Kings, police said.", []),
        ("The clinic's name was Mercy Quellhaven until 2010.", []),
        ("The storm's name is Hurricane Ysolda, forecasters said.", []),
        ("The family wanted their son to be Eagle Quellscout.", []),
        # after "identified"/"confirmed": an unlisted given name too
        ("Her family confirms the baby to be Oriana Quellbrand.", ["Oriana Quellbrand"]),
        # after "to be": an unlisted given name with no such verb, or an office or common
        # word last
        ("He wanted the baby to be Oriana Quellbrand.", []),
        ("The family confirmed the baby to be Oriana Pelt.", []),
        ("She was the first woman to be Quellish Speaker.", []),
        ("He was the first man to be Marta Speaker twice.", []),
        ("She was the youngest woman to be Rosalind Quellmayor.", ["Rosalind Quellmayor"]),
        ("He was the first man to be Silas Palace twice.", []),
    ],
)
def test_a_name_given_as_someones_name(text, names):
    assert [m.text for m in person_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The victim was named Saturday - Lorna J. Pettibone of Elmvale.", ["Lorna J. Pettibone"]),
        ("Lorna J. Pettibone said so.", ["Lorna J. Pettibone"]),
        ("He served on the USS Harry S. Quellbright. He", []),
        ("at Robert E. Quellbright Academy", []),
        ("the Torva Mill N. He was shot there.", []),
    ],
)
def test_a_given_name_middle_initial_and_surname(text, names):
    assert [m.text for m in person_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "label", "added"),
    [
        ("(link) Wanda Quillfeather faces ten years. Quillfeather's charge", "ORG", True),
        ("(link) Wanda Quillfeather faces ten years. Quillfeather's charge", "GPE", True),
        # an unlisted given name needs a PERSON surname
        ("(link) Zorvan Quillfeather faces ten years. Quillfeather's charge", "ORG", False),
    ],
)
def test_a_listed_given_name_before_a_mislabelled_surname(text, label, added):
    mentions = mentions_in(text, [("Quillfeather", label)] * 2)[1:]
    names = [m.text for m in _given_names_before_surnames(text, mentions)]
    assert (" ".join(text.split()[1:3]) in names) is added


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # right after an age a title word is a title or a name's first word, never a
        # given name ("a 30-year-old Major ... fan" is a music fan, "Justice" a judge)
        ("The 30-year-old Major Quellzer fan was stabbed at the show.", []),
        ("The 60-year-old Justice Quellito spoke on Monday.", []),
        ("Police said 21-year-old Major Tullock was hurt.", []),
        ("Police said 30-year-old Officer Tullock was hurt.", []),
        ("A 19-year-old Miss Ardley contestant died.", []),
    ],
)
def test_a_title_word_after_an_age_is_no_given_name(text, names):
    assert [m.text for m in person_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("The Quillfeather was shut. Guards near Ruby Quillfeather left.", False),
        ("The Quillfeather was shut. Guards at Ruby Quillfeather left.", False),
        ("The Quillfeather was shut. Guards said Ruby Quillfeather left.", True),
    ],
)
def test_a_mislabelled_surname_after_a_place_preposition_stays_a_place(text, added):
    mentions = mentions_in(text, [("Quillfeather", "GPE"), ("Quillfeather", "GPE")])
    mentions = [m for m in mentions if m.start < 20]
    names = [m.text for m in _given_names_before_surnames(text, mentions)]
    assert ("Ruby Quillfeather" in names) is added


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He went to Grant T. Quellpark on Monday.", []),
        ("The bridge on Martin L. Quellway was closed.", []),
        ("Lorna J. Quellway said so.", ["Lorna J. Quellway"]),
    ],
)
def test_a_middle_initial_name_after_a_place_preposition_is_a_place(text, names):
    assert [m.text for m in person_mentions(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "The appeals court Justice Quorra Vantrell wrote the opinion.",
        "The ruling by Justice Quorra Vantrell was final.",
    ],
)
def test_justice_before_a_name_is_a_title_not_a_given_name(text):
    found = _extend_people(text, mentions_in(text, [("Quorra Vantrell", "PERSON")]))
    assert [m.text for m in found] == ["Quorra Vantrell"]


@pytest.mark.parametrize(
    ("spans", "span", "overlaps", "overlaps_other"),
    [
        ([(0, 5), (10, 20)], (5, 10), False, False),
        ([(0, 5), (10, 20)], (4, 6), True, True),
        ([(0, 30), (10, 20)], (22, 25), True, True),  # inside a long earlier span
        ([(10, 20)], (10, 20), True, False),  # the span itself is no other one
        ([(10, 20), (10, 25)], (10, 20), True, True),
        ([], (0, 3), False, False),
    ],
)
def test_span_index_answers_overlaps_as_a_scan_would(spans, span, overlaps, overlaps_other):
    index = _SpanIndex(spans)
    assert index.overlaps(*span) == overlaps
    assert index.overlaps_other(*span) == overlaps_other
