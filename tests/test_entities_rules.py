"""Entity rule helpers: lexicons, name parts, organisation keys, places."""

from __future__ import annotations

import pytest

from pipeline.claims.lexicons import PEOPLE, PEOPLE_OFTEN, after_place_preposition
from pipeline.entities import merge_entities, orgs
from pipeline.entities.lexicons import first_names, is_title_word, state_for
from pipeline.entities.mentions import _fix_person_labels
from pipeline.entities.patterns import person_mentions, place_mentions
from pipeline.entities.people import is_non_name, same_given_name, surname
from pipeline.entities.places import dateline_places, place_in_org, states_in_name
from pipeline.records import Mention


@pytest.mark.parametrize(
    ("text", "marks", "after"),
    [
        ("a fire near Shelby Park", (), True),
        ("a fire inside\nShelby Park", (), True),
        ("shot at Shelby Park", (), False),  # people follow "at": only with PEOPLE
        ("shot at Shelby Park", (PEOPLE,), True),
        ("the son of Shelby Park", (PEOPLE,), False),  # "of": only with PEOPLE_OFTEN
        ("the son of Shelby Park", (PEOPLE, PEOPLE_OFTEN), True),
        ("a fire within, Shelby Park", (), False),  # only white space between
        ("Lincoln Shelby Park", (PEOPLE, PEOPLE_OFTEN), False),
    ],
)
def test_after_place_preposition(text, marks, after):
    assert after_place_preposition(text, text.index("Shelby"), *marks) is after


@pytest.mark.parametrize(
    ("form", "postal", "state"),
    [
        ("Tenn.", False, "Tennessee"),
        ("Tennessee", False, "Tennessee"),
        ("TN", False, None),
        ("TN", True, "Tennessee"),
        ("Calif.", False, "California"),
        ("London", False, None),
    ],
)
def test_state_for(form, postal, state):
    assert state_for(form, allow_postal=postal) == state


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("Sgt.", True),
        ("insp", True),
        ("Coroner", True),
        ("Mr", True),
        ("Port", False),
        ("Stephen", False),
    ],
)
def test_title_words(word, title):
    assert is_title_word(word) is title


def test_first_names_lexicon_is_large_and_title_cased():
    names = first_names()
    assert len(names) > 3000
    assert {"James", "Mary", "Maya"} <= names


@pytest.mark.parametrize(
    ("word", "titled", "non_name"),
    [
        ("Clockwise", False, True),
        ("Police", False, True),
        ("Coroner", False, True),
        ("Barker", True, False),
        ("Wasim", False, False),
        ("James", False, False),
        ("walgate", False, True),
    ],
)
def test_is_non_name(word, titled, non_name):
    assert is_non_name(word, "A short text.", titled) is non_name


def test_word_used_in_lower_case_is_not_a_name():
    assert is_non_name("Grindr", "He used grindr daily.", titled=False)
    assert not is_non_name("Grindr", "He used Grindr daily.", titled=False)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Maya", "Maya", True), ("M.", "Maya", True), ("Maya", "Erik", False)],
)
def test_same_given_name(a, b, same):
    assert same_given_name(a, b) is same


def test_surname_ignores_suffixes():
    assert surname("Martin Luther King Jr.") == "King"


@pytest.mark.parametrize(
    ("name", "key"),
    [("The Met’s", "met"), ("Metropolitan  police", "metropolitan police"), ("IOPC", "iopc")],
)
def test_org_key(name, key):
    assert orgs.key(name) == key


def test_org_short_forms_and_initials():
    assert orgs.canonical("the Met") == "Metropolitan Police"
    assert orgs.canonical("NYPD") == "New York Police Department"
    assert "IOPC" in orgs.initials("Independent Office for Police Conduct")
    assert orgs.is_acronym("F.B.I.") and not orgs.is_acronym("Met")


@pytest.mark.parametrize(
    ("org", "place"),
    [
        ("Chicago Police Department", "Chicago"),
        ("Cook County Sheriff's Office", "Cook County"),
        ("Metropolitan Police", None),
        ("British Transport Police", None),
        ("Hudgell Solicitors", None),
    ],
)
def test_place_in_org(org, place):
    text = f"The {org} said."
    found = place_in_org(text, Mention(4, 4 + len(org), org, "ORG"))
    assert (found.text if found else None) == place


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("NASHVILLE, Tenn. — A man was shot.", ["NASHVILLE", "Tenn."]),
        ("CHICAGO (AP) — Police said.", ["CHICAGO"]),
        ("BRUSSELS 1996-08-22\nThe Commission said.", ["BRUSSELS"]),
        ("SOCCER - JAPAN GET LUCKY WIN", []),
        ("A man said NASHVILLE, Tenn. — was home.", []),
    ],
)
def test_dateline_places(text, places):
    assert [m.text for m in dateline_places(text)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("EDT  PALM BAY, Fla. (WSVN) -- A man", ["PALM BAY", "Fla."]),
        ("video  Norfolk, Va. - A 31-year-old", ["Norfolk", "Va."]),
        ("LOUISVILLE, KY (WAVE) – A boy", ["LOUISVILLE", "KY"]),
        ("He said Smith, Va. - no", []),
    ],
)
def test_datelines_inside_lines(text, places):
    assert [m.text for m in dateline_places(text)] == places


def test_state_in_org():
    text = "the Illinois Department of Transportation said"
    org = Mention(4, 41, text[4:41], "ORG")
    assert [m.text for m in states_in_name(text, org)] == ["Illinois"]
    assert states_in_name(text, Mention(4, 12, "Illinois", "ORG")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("13 year old Shaquille Fairbanks died after police said.", "Shaquille Fairbanks"),
        ("The victims: Tabitha Shelburne,21, of Chattanooga died.", "Tabitha Shelburne"),
        (
            "Police identified the 16-year-old slain Wednesday as Milo Whitlock. He was",
            "Milo Whitlock",
        ),
        (
            "Odessa police arrested Demetrius Lemar McDowell in connection",
            "Demetrius Lemar McDowell",
        ),
        ("Det. Sgt. Ann Lee, 45, said", "Ann Lee"),
    ],
)
def test_person_patterns(text, name):
    assert name in [m.text for m in person_mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "On January 7, 2015 nothing happened.",
        "He lives at Main Street, 12 doors down.",
        "THE BIG MATCH, 12 March",
    ],
)
def test_person_patterns_ignore_non_names(text):
    assert person_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Albuquerque police identified the boy", "Albuquerque"),
        ("A Memphis man was shot", "Memphis"),
        ("victims at a home in Elsmere at 3:15 p.m.", "Elsmere"),
        ("north of Benton to investigate", "Benton"),
    ],
)
def test_place_patterns(text, place):
    assert place in [m.text for m in place_mentions(text)]


@pytest.mark.parametrize(
    "text", ["in January the police said", "a home in Jackson was searched", "in Court on Monday"]
)
def test_place_patterns_ignore_names_months_and_words(text):
    assert place_mentions(text) == []


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([("Reach Dave Dunmore", "PERSON")], [("Dave Dunmore", "PERSON")]),
        ([("Thirty-one-year-old Adam Jellicoe", "PERSON")], [("Adam Jellicoe", "PERSON")]),
        ([("Cry Together", "PERSON")], []),
        ([("Martin Luther King Day", "PERSON")], []),
        ([("Bingham County", "PERSON")], [("Bingham County", "GPE")]),
        ([("Santa Barbara", "GPE")], [("Santa Barbara", "GPE")]),
        ([("Tyrone Islington", "ORG")], [("Tyrone Islington", "PERSON")]),
        ([("Jimmy Aldridge,32", "PERSON")], [("Jimmy Aldridge", "PERSON")]),
        ([("Copyright 2015", "PERSON")], []),
        ([("Gofundme", "PERSON")], []),
    ],
)
def test_person_labels_fixed_from_name_words(spans, expected):
    mentions = [Mention(0, len(text), text, label, "spacy:ner") for text, label in spans]
    text = " ".join(text for text, _ in spans)
    assert [(m.text, m.label) for m in _fix_person_labels(text, mentions)] == expected


@pytest.mark.parametrize("text", ["Stephen , Det", "Jimmy Aldridge,32", "Ann Lee / Reuters"])
def test_cut_person_mentions_keep_offsets_and_text_in_step(text):
    (cut,) = _fix_person_labels(text, [Mention(0, len(text), text, "PERSON", "spacy:ner")])
    assert text[cut.start : cut.end] == cut.text
    assert cut.text == cut.text.strip()


def _merged(forms: list[str], label: str) -> list:
    """The entities ``merge_entities`` makes of ``forms`` joined by " . ", each a
    mention with ``label``."""
    text = " . ".join(forms)
    mentions, start = [], 0
    for form in forms:
        mentions.append(Mention(start, start + len(form), form, label))
        start += len(form) + 3
    entities, _ = merge_entities(text, mentions)
    return entities


@pytest.mark.parametrize(
    ("forms", "name"),
    [
        (["IOPC"], "IOPC"),
        (["Met", "Met Police"], "Metropolitan Police"),
        (["Federal Aviation Authority", "FAA"], "Federal Aviation Authority"),
    ],
)
def test_organisation_names(forms, name):
    entities = _merged(forms, "ORG")
    assert [e.name for e in entities if e.label == "ORG"] == [name]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Girl killed in accidental Palm Bay shooting was visiting.", "Palm Bay"),
        ('are victims," Mount Vernon resident Kathleen Merriwether said.', "Mount Vernon"),
        ("the scene of a Piedmont shooting.", "Piedmont"),
    ],
)
def test_event_noun_places(text, place):
    assert place in [m.text for m in place_mentions(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Antonio “Cheeto” Galloway, 25, and others were charged.", "Antonio “Cheeto” Galloway"),
        ("Darko Halloran Jr., 30, of 2817 Pemberton Court.", "Darko Halloran Jr"),
        ("Thirty-year-old Tekeisha Marie Moulton was walking.", "Tekeisha Marie Moulton"),
        ("A bullet grazed 32-year-old Hector Vasquez-Moll's lower back.", "Hector Vasquez-Moll"),
    ],
)
def test_person_patterns_nicknames_suffixes_word_ages(text, name):
    assert name in [m.text for m in person_mentions(text)]


@pytest.mark.parametrize(
    ("org", "place"),
    [
        ("Indianapolis Metropolitan Police Department", "Indianapolis"),
        ("Boston Police Special Investigations Unit", "Boston"),
        ("Las Vegas Metro Police", "Las Vegas"),
    ],
)
def test_place_in_org_before_inner_ending(org, place):
    found = place_in_org(org, Mention(0, len(org), org, "ORG"))
    assert found is not None and found.text == place


def test_place_after_age_and_of():
    text = "Brian Ellery and Delandis Galloway, both 31 and of Jackson, were shot."
    assert "Jackson" in [m.text for m in place_mentions(text)]


@pytest.mark.parametrize(
    ("forms", "people"),
    [
        (["Sarah Vickery", "Sara Vickery"], 1),
        (["Darrell Radcliffe", "Darrel Radcliffe"], 1),
        (["Olivia Pettigrew", "Oliva Pettigrew"], 1),
        (["Paul Reed", "Paula Reed"], 2),
        (["Kenny Vantreese", "Ken Vantreese"], 2),
        (["Mark Shorter", "Mary Shorter"], 2),
    ],
)
def test_given_name_spelling_variants_merge(forms, people):
    entities = _merged(forms, "PERSON")
    assert len([e for e in entities if e.label == "PERSON"]) == people


@pytest.mark.parametrize(
    ("forms", "people", "name"),
    [
        (["Andy Pell", "Andrew Pell"], 1, "Andrew Pell"),
        (["Mike Torvik", "Michael Torvik"], 1, "Michael Torvik"),
        (["Melvin Ostby", "Mel Ostby"], 1, "Melvin Ostby"),
        (["Bill Yarrow", "William Yarrow"], 1, "William Yarrow"),
        (["Andy Pell", "Mike Pell"], 2, None),
        (["Kenny Dorn", "Ken Dorn"], 2, None),
        (["Mike Torvik Jr.", "Michael Torvik Sr."], 2, None),
        (["J.R. Holm", "James Robert Holm"], 1, "James Robert Holm"),
        (["Peter D. Voss", "P.D. Voss"], 1, "Peter D. Voss"),
        (["J.R. Holm", "James Holm"], 2, None),
        (["J.R. Holm", "Kevin Robert Holm"], 2, None),
    ],
)
def test_given_name_short_forms_merge(forms, people, name):
    entities = _merged(forms, "PERSON")
    found = [e for e in entities if e.label == "PERSON"]
    assert len(found) == people
    if name:
        assert found[0].name == name


@pytest.mark.parametrize(
    ("forms", "people"),
    [
        (["John Smith Jr.", "John Smith Sr."], 2),
        (["John Smith Sr.", "John Smith", "John Smith Jr."], 2),
        (["John Smith Jr.", "John Smith"], 1),
        (["John Smith III", "John Smith II"], 1),
    ],
)
def test_junior_and_senior_stay_two_people(forms, people):
    entities = _merged(forms, "PERSON")
    assert len([e for e in entities if e.label == "PERSON"]) == people


@pytest.mark.parametrize(
    ("text", "forms", "people"),
    [
        (
            "The twins, Nora and Lea Vantry, died. Nora B. Vantry was 9.",
            ["Nora", "Lea Vantry", "Nora B. Vantry"],
            2,
        ),
        (
            "Omar and Jamar Hulett were shot. Jamar Hulett was 20.",
            ["Omar", "Jamar Hulett", "Jamar Hulett"],
            2,
        ),
    ],
)
def test_coordinated_given_name_joins_its_full_name(text, forms, people):
    mentions, at = [], 0
    for form in forms:
        start = text.index(form, at)
        mentions.append(Mention(start, start + len(form), form, "PERSON"))
        at = start + len(form)
    entities, _ = merge_entities(text, mentions)
    assert len([e for e in entities if e.label == "PERSON"]) == people
