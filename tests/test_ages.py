import pytest

from pipeline.claims import find_claims
from pipeline.claims.ages import age_named_mentions
from pipeline.claims.ages.unnamed import one_person_per_guessed_age
from pipeline.claims.lexicons import LONE_NAME, PEOPLE, PEOPLE_OFTEN, place_prepositions
from pipeline.entities import find_mentions
from pipeline.records import Claim, Mention
from tests.claims_helpers import age_of, mentions_from_ents, mentions_in


def claims_for(nlp, text):
    doc = nlp(text)
    return doc, find_claims(doc, mentions_from_ents(doc))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stephen Port, 47, was jailed in 2016.", {"Stephen Port": "47"}),
        (
            "Police said 25-year-old Shelly Farnham was shot on Main Street.",
            {"Shelly Farnham": "25"},
        ),
        (
            "He killed his first victim, Anthony Walgate, a 23-year-old fashion student, in 2014.",
            {"Anthony Walgate": "23"},
        ),
        ("John Doe, aged 22, was arrested on Friday.", {"John Doe": "22"}),
        ("Maya Lund (29) was found at her home in Oslo.", {"Maya Lund": "29"}),
        ("Police identified the victim as John Smith (M, 25) of Dayton.", {"John Smith": "25"}),
        ("John Doe, 32, of Dayton, was charged with murder.", {"John Doe": "32"}),
        ("John Smith, 17, was shot in the leg on Tuesday night.", {"John Smith": "17"}),
        ("Officers arrested 17-year-old John Smith after the chase.", {"John Smith": "17"}),
        ("Police arrested John Smith, who is 19, at his home.", {"John Smith": "19"}),
        ("Police said Mark Ostrander is 37 years old and lives in Ohio.", {"Mark Ostrander": "37"}),
        ("Mark Ostrander, 37 years old, was taken to hospital.", {"Mark Ostrander": "37"}),
        ("A man, 24, identified as John Smith was shot on Elm Street.", {"John Smith": "24"}),
        (
            "He killed Gabriel Kovari, 22, Daniel Whitworth, 21, and Jack Taylor, 25, in London.",
            {"Gabriel Kovari": "22", "Daniel Whitworth": "21", "Jack Taylor": "25"},
        ),
        (
            "Tom Reed and Ann Reed, both 24, were hurt in the crash.",
            {"Tom Reed": "24", "Ann Reed": "24"},
        ),
        ("The 17-year-old, Adonis Birchall, was charged on Monday.", {"Adonis Birchall": "17"}),
        ("Police arrested Davon Radcliffe, also 18, on Friday.", {"Davon Radcliffe": "18"}),
        ("Police arrested Vernon Holtby, Jr., 27, of Homewood.", {"Vernon Holtby": "27"}),
        ("Police arrested Mark Clark, aka “Cheeto,” 26, of Detroit.", {"Mark Clark": "26"}),
        ("Police arrested Barney Kimbrell, aka Moose, 28, of Detroit.", {"Barney Kimbrell": "28"}),
        (
            "One of the victims, a 7-year-old boy named Jonas Fitzhugh, died.",
            {"Jonas Fitzhugh": "7"},
        ),
        (
            "Police found Na'kayla Jentry, the 9-year-old who had been shot, in the car.",
            {"Jentry": "9"},
        ),
        (
            "Deputies arrested 17-year-old Dalton Pendleton Wednesday night.",
            {"Dalton Pendleton": "17"},
        ),
        ("Sheriff Steve Rudolph said Jimmy Dorsett,32, was found.", {"Jimmy Dorsett": "32"}),
        ("Ostrander shot his 6-year-old daughter, Sydney, and his wife.", {"Sydney": "6"}),
        ("Also hit was her father, 47-yo Demetrius Zeller, who survived.", {"Zeller": "47"}),
        (
            "The victims were identified as Marvin McKenna, 33, and Diego Wickham.",
            {"McKenna": "33"},
        ),
        (
            "The gunman was identified as Gavin Ellery, who turned 29 on Sunday.",
            {"Gavin Ellery": "29"},
        ),
        ("About 6:40 a.m., Hemming, 35, was shot and killed.", {"Hemming": "35"}),
        (
            "Sunday afternoon.16-year-old Zykira Hollis remains in critical condition.",
            {"Zykira Hollis": "16"},
        ),
        ("Samual Ashdown, 25,of Masury, was arrested.", {"Samual Ashdown": "25"}),
        (
            "It followed the deaths of Chandler and Kara Kellerman -- 19 and 17 -- in his home.",
            {"Chandler": "19", "Kara Kellerman": "17"},
        ),
        (
            "The victims, Tom Zellner, David Liday and Ben Franklin — 16, 20 and 17, "
            "respectively — were released.",
            {"Tom Zellner": "16", "David Liday": "20", "Ben Franklin": "17"},
        ),
        (
            "Also hurt were 17-year olds Zymarion Crandall and Shaquanda Goodall.",
            {"Zymarion Crandall": "17", "Shaquanda Goodall": "17"},
        ),
        (
            "Killed were Mark Shelton, 40, and the children: Lena, 8; Mark, 5; and Wren, 2.",
            {"Mark Shelton": "40", "Lena": "8", "Wren": "2"},
        ),
        # months give the age in whole years
        ("Police said 10-month-old Kentavius Pendleton was shot.", {"Kentavius Pendleton": "0"}),
        ("Officers found 21-month-old Carter Corliss in the car.", {"Carter Corliss": "1"}),
        ("Matthias Lockhart, 19 months old, was taken to hospital.", {"Matthias Lockhart": "1"}),
    ],
)
def test_age_forms(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == {age}, (name, claims)


def test_copula_age_at_death_is_the_age(nlp):
    doc, claims = claims_for(nlp, "Maya Lund was 15 when she died in the fire.")
    assert age_of(doc, claims, "Maya Lund") == {"15"}
    assert age_of(doc, claims, "Maya Lund", "per:age_at_time") == set()


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Maria Gonzalez was 16 when she met her husband in Texas.", "16"),
        ("Maria Gonzalez, who was 30 at the time, moved to Texas.", "30"),
    ],
)
def test_age_at_an_earlier_time(nlp, text, age):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Maria Gonzalez", "per:age_at_time") == {age}
    assert age_of(doc, claims, "Maria Gonzalez") == set()


def test_when_after_an_apposition_is_not_an_earlier_age(nlp):
    text = "Paramedics tried to revive Jerrell Norcott, 3, when they arrived."
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Jerrell Norcott") == {"3"}
    assert age_of(doc, claims, "Jerrell Norcott", "per:age_at_time") == set()


def test_anaphor_refers_to_person_introduced_with_that_age(nlp):
    text = (
        "Police arrested Kevin Fairbanks, 19, and Mark Ostrander, 35, on Monday. "
        "The 19-year-old was charged with murder."
    )
    doc, claims = claims_for(nlp, text)
    anaphors = [c for c in claims if c.method == "rule:age-anaphor"]
    assert [doc.text[c.target_start : c.target_end] for c in anaphors] == ["Kevin Fairbanks"]


def test_anaphor_of_an_unnamed_person_gives_nothing(nlp):
    text = (
        "John Smith, 15, and a 12-year-old boy were hurt at the party. The 12-year-old was injured."
    )
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "John Smith") == {"15"}


def test_place_before_the_noun_is_not_the_person(nlp):
    text = (
        "The coroner ruled the wounding of a 4-year-old Joplin girl was a mishap. "
        "Coroner Mark Brody says Mara Dorn was shot at her home."
    )
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Mara Dorn") == {"4"}
    assert [
        c
        for c in claims
        if c.predicate == "per:age" and "Joplin" in doc.text[c.target_start : c.target_end]
    ] == []


def test_lone_name_words_are_read_only_with_their_mark():
    # "on" and "for" stop a lone name before an age, not the city score's place words
    assert {"on", "for"} <= place_prepositions(PEOPLE, PEOPLE_OFTEN, LONE_NAME)
    assert not {"on", "for"} & place_prepositions(PEOPLE, PEOPLE_OFTEN)


@pytest.mark.parametrize("word", ["in", "on", "for", "of", "near", "outside"])
def test_lone_name_after_a_place_preposition_gets_no_age(nlp, word):
    # every word of place_prepositions.txt, the "lone-name" ones ("on", "for") too
    doc, claims = claims_for(nlp, f"The shooting {word} Dayton, 23, was reported.")
    assert age_of(doc, claims, "Dayton") == set()


def test_possessed_noun_age_is_not_the_possessors(nlp):
    doc, claims = claims_for(nlp, "John Smith shot his 5-year-old son on Friday.")
    assert age_of(doc, claims, "John Smith") == set()


@pytest.mark.parametrize(
    "text",
    [
        "John Smith was sentenced in 2016 for the attack.",
        "John Smith, 47 officers said, was seen at 10.",
        "John Smith paid $45 for the gun.",
        "John Smith said 40% of victims were men.",
        "John Smith arrived at 47 minutes past ten.",
        "The attack left four victims; John Smith was one of 30 victims.",
    ],
)
def test_numbers_that_are_not_ages(nlp, text):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "John Smith") == set()


def test_age_claim_offsets_point_at_the_number(nlp):
    doc, claims = claims_for(nlp, "Stephen Port, 47, was jailed.")
    (claim,) = [c for c in claims if c.predicate == "per:age"]
    assert doc.text[claim.start : claim.end] == "47"
    assert doc.text[claim.target_start : claim.target_end] == "Stephen Port"


def test_unnamed_aged_noun_points_to_the_next_named_person_not_an_official(nlp):
    text = (
        "A 67-year-old man was shot on Monday, Sheriff Tom Hall said. "
        "Daniel Galloway of Zionsville was taken to hospital."
    )
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Daniel Galloway") == {"67"}
    assert age_of(doc, claims, "Tom Hall") == set()


def test_identified_as(nlp):
    doc, claims = claims_for(
        nlp, "A 19-year-old woman shot on Friday was identified as Ann Abernathy by police."
    )
    assert age_of(doc, claims, "Ann Abernathy") == {"19"}


def test_cataphor_skips_a_person_whose_age_is_stated(nlp):
    text = (
        "Samir Abernathy, 19, was charged over the slaying of a 13-year-old boy. "
        "Abernathy fled the scene. The boy was identified by relatives. "
        "Ian Islington died at the hospital."
    )
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Ian Islington") == {"13"}
    assert age_of(doc, claims, "Samir Abernathy") == {"19"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man shot his 3-year-old daughter on Friday. "
            "The girl, Kaylee Ridgeway, was taken to the hospital.",
            {"Kaylee Ridgeway": "3"},
        ),
        (
            "Police said a 19-year-old man shot a 4-year-old girl. "
            "Officers arrested Tom Hart on Monday. Ann Hart died on Sunday, she said.",
            {"Ann Hart": "4"},
        ),
        (
            "A 17-year-old male and a 15-year-old male were shot. The 17-year-old was later "
            "declared dead. He has been identified as Marco Redfield.",
            {"Marco Redfield": "17"},
        ),
        (
            "A 15-year-old and a 16-year-old were hurt. Classmates identified the 15-year-old "
            "as Terrell Northrup; he died.",
            {"Terrell Northrup": "15"},
        ),
        (
            "The 21-year-old passenger was hurt on Oak Drive. Cory Drummond died.",
            {"Cory Drummond": "21"},
        ),
        (
            "A teen shot his 13-year-old friend as they handled a rifle. "
            "Daniel Castellanos died at the hospital.",
            {"Daniel Castellanos": "13"},
        ),
        (
            "The bodies were found on Monday. Morris Ketterly said the 12-year-old victim is "
            "his granddaughter, Lanae Ketterly.",
            {"Lanae Ketterly": "12"},
        ),
        (
            "Elmvale police hunting for 18-year-old robbery suspect. "
            "Police said Wade C. Jorgensen is wanted for robbery.",
            {"Wade C. Jorgensen": "18"},
        ),
        (
            "A 3-year-old girl was killed on Friday. The girl, identified as Jane Doe, "
            "was playing outside.",
            {"Jane Doe": "3"},
        ),
    ],
)
def test_unnamed_aged_noun_forms(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == {age}


def test_age_list_without_names_gives_nothing(nlp):
    _doc, claims = claims_for(nlp, "Ann Roe shot her three sons, ages 11, 7 and 5, at home.")
    assert [c.value for c in claims if c.predicate == "per:age"] == []


def test_cataphor_skips_places_tagged_as_people(nlp):
    text = (
        "A 15-year-old boy was wounded on Russell Way on Monday. "
        "Delshawn Halloran died at the hospital, police said."
    )
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Delshawn Halloran") == {"15"}


def test_lone_surname_age_goes_to_the_full_name_before_it(nlp):
    text = (
        "Police named the victims as Samir Marlowe and Christopher Marlowe. "
        "Samir Marlowe, 55, was the father. Later, Christopher Marlowe was found. "
        "Marlowe, 25, was the older brother."
    )
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Samir Marlowe") == {"55"}
    assert "25" in age_of(doc, claims, "Christopher Marlowe")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anthony Vantreese, 20, and 22-year-old Lawrence Birchall were previously charged.",
            {"Anthony Vantreese": "20", "Lawrence Birchall": "22"},
        ),
        (
            "The victims were Xylina Aldridge, 18, Kadijah Zeller, 22, and 11-month-old "
            "Tevaughn Zeller.",
            {"Xylina Aldridge": "18", "Kadijah Zeller": "22", "Tevaughn Zeller": "0"},
        ),
    ],
)
def test_apposition_age_before_an_attributive_age_is_no_age_list(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == {age}


def test_dateline_in_capitals_is_not_the_aged_person(nlp):
    text = "WALNUT RIDGE — A 17-year-old boy was fatally wounded at a block party."
    _, claims = claims_for(nlp, text)
    assert not [c for c in claims if c.predicate == "per:age"]


def test_age_after_a_suffix_the_mention_leaves_its_full_stop_out(nlp):
    text = "Darko Dunmore Jr., 30, of 2817 Pemberton Court NE, was found dead."
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Darko Dunmore Jr") == {"30"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elliot Vickery, the man named by police, was a 22-year-old student of the college.",
            {"Elliot Vickery": "22"},
        ),
        ("John Smith said he was a 30-year-old father of two.", {"John Smith": "30"}),
        (
            "They stand charged over the killings of 27-year-old twins "
            "Rebekah Quintero and Kaytlin "
            "Ashcombe and 58-year-old Julie Vantreese.",
            {"Rebekah Quintero": "27", "Kaytlin Ashcombe": "27", "Julie Vantreese": "58"},
        ),
    ],
)
def test_predicative_and_plural_attributive_ages(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == {age}, (name, claims)


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Thirty-one-year-old Adam Merriwether of Oshkosh was kind.", "Adam Merriwether", "31"),
        ("Police said Thirty-year-old John Smith fled.", "John Smith", "30"),
    ],
)
def test_hyphenated_number_words(nlp, text, name, age):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == {age}


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Kenny Hargrove would have turned 7-years-old on Sunday.", "Kenny Hargrove", "6"),
        ("Colin Tremaine would have been 11 next month.", "Colin Tremaine", "10"),
        ("But Jaleel Rainier, who turns 5 on Monday, is awake.", "Jaleel Rainier", "4"),
        ("Gavin Ellery, who turned 29 on Sunday, shot officers.", "Gavin Ellery", "29"),
    ],
)
def test_a_birthday_ahead_is_one_year_less(nlp, text, name, age):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == {age}


def test_age_in_a_when_clause_is_an_earlier_age(nlp):
    text = "Brent Blakemore has a long record. It goes back to March 1991, when he was 9."
    _, claims = claims_for(nlp, text)
    assert not [c for c in claims if c.predicate == "per:age"]


def test_possessed_kin_noun_in_apposition_is_not_the_person_before(nlp):
    text = "Hollis lived with her mother, Lorraine Dwyer, her 12-year old brother and a friend."
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Lorraine Dwyer") != {"12"}


@pytest.mark.parametrize(
    "text",
    [
        "Stanley Stanfield was arrested after fights with the 23-year-old brothers.",
        "Zeke Jellicoe was shot. Jellicoe had called the 19-year-old "
        "sister of Weston's girlfriend.",
    ],
)
def test_plural_or_kin_of_someone_is_no_anaphor(nlp, text):
    _, claims = claims_for(nlp, text)
    assert not [c for c in claims if c.predicate == "per:age"]


def test_kin_noun_of_a_number_is_still_an_anaphor(nlp):
    text = (
        "Dan Cartwright was remembered on Saturday. A neighbour killed the "
        "61-year-old father of three."
    )
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Dan Cartwright") == {"61"}


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "A 14-year-old boy shot and killed a 19-year-old man on Thursday, police said. "
            "Jose Everly died at the scene.",
            "Jose Everly",
            "19",
        ),
        (
            "A 17-year-old boy admitted to manslaughter in the fatal "
            "shooting of a 13-year-old boy. "
            "Gabriel Pettigrew was shot in the head.",
            "Gabriel Pettigrew",
            "13",
        ),
        (
            "A 47-year-old Detroit man faces charges linked to the deadly shooting of "
            "a 12-year-old girl Tuesday in his home. Police said Ivan Sutcliffe was arrested.",
            "Ivan Sutcliffe",
            "47",
        ),
    ],
)
def test_minor_agent_of_another_aged_person_gets_no_guess(nlp, text, name, age):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == {age}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A police report gave new details of a tragic shooting which fatally injured a "
            "3-year-old girl on Saturday in southwest Temple. The shooting took place at a home "
            "just before noon. The girl, identified as Mireya Upshaw "
            "Valdespino, died at the hospital.",
            "Mireya Upshaw Valdespino",
        ),
        (
            "A 3-year-old girl was hurt on Friday at Temple. "
            "Police named her as Ann Abernathy on Saturday.",
            "Ann Abernathy",
        ),
    ],
)
def test_cataphor_skips_a_place_after_in_at_near(nlp, text, name):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == {"3"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 20-year-old man has now been charged with manslaughter over a shooting "
            "that killed a 13-year-old in Lancaster last year. Al McTavish died at the scene. "
            "Devlin Fenwick was arrested.",
            {"Al McTavish": "13", "Devlin Fenwick": "20"},
        ),
        (
            "A 23 year-old man has since been arrested and charged over the gun death of a "
            "17-year-old girl. Alondra Vasquez-Moll was found dead. Police arrested Tom Reed.",
            {"Alondra Vasquez-Moll": "17", "Tom Reed": "23"},
        ),
        (
            "A 7-year-old girl had accidentally shot and killed herself Wednesday night. "
            "Ja'lisha Brennan is the youngest fatal gunshot victim in the county this year.",
            {"Ja'lisha Brennan": "7"},
        ),
    ],
)
def test_cataphor_guess_agrees_in_case_role(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == {age}


@pytest.mark.parametrize(
    "text",
    [
        "× 14-year-old accidentally shoots self while posing for photo\n\nPolice said "
        "DaVontrel Ostrander died at the hospital.",
        "14-year-old accidentally shoots self while posing for photo\n\nPolice said "
        "DaVontrel Ostrander died at the hospital.",
    ],
)
def test_headline_aged_subject_after_a_symbol_or_at_the_start(nlp, text):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "DaVontrel Ostrander") == {"14"}


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "A 17-year-old boy was fatally shot at a barbecue on Wednesday. "
            + "The party went on late into the night. " * 9
            + "Classmates identified the victim as Harley Prescott.",
            "Harley Prescott",
            "17",
        ),
        (
            "A 3-year-old girl was wounded at her home on Friday. "
            + "The family had just moved into the house. " * 9
            + "The girl was identified as Mireya Valdespino by the coroner.",
            "Mireya Valdespino",
            "3",
        ),
    ],
)
def test_identified_definite_noun_far_after_an_unnamed_aged_noun(nlp, text, name, age):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == {age}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spaced dash closes the apposition; a range stays no age
        (
            "The others - Carl Bergdahl, 20; and Samuel Clay Jr., 20 - were arrested.",
            {"Carl Bergdahl": "20", "Samuel Clay Jr.": "20"},
        ),
        ("Police said Anna Birchall, 24 - a nurse - was shot.", {"Anna Birchall": "24"}),
        ("Tom Smith will serve 25 - 50 years in prison.", {}),
        # a footnote mark glued to the age
        (
            "The dead were Mary Ostrander, 22; and Verna Weissmann, 19.[46] Both died.",
            {"Verna Weissmann": "19"},
        ),
        # an article glued to the age
        (
            "An8-year-old boy died Saturday. The boy was identified as Nathan Smith.",
            {"Nathan Smith": "8"},
        ),
    ],
)
def test_glued_and_dashed_ages(nlp, text, expected):
    _doc, claims = claims_for(nlp, text)
    found = {
        text[c.target_start : c.target_end]: c.value for c in claims if c.predicate == "per:age"
    }
    for name, age in expected.items():
        assert found.get(name) == age
    if not expected:
        assert not found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers said 32-year-old Dallas Police Department's Officer Ann Roe died.",
            {"Ann Roe": "32"},
        ),
        (
            "The 41-year-old Harris County Sheriff's Deputy Dale Brockway was shot.",
            {"Dale Brockway": "41"},
        ),
        # a person's possessive keeps the age: "17-year-old John Smith's mother"
        ("Police said 17-year-old John Smith's mother called 911.", {"John Smith": "17"}),
    ],
)
def test_age_before_an_organisation_and_title(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == {age}, (name, claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police found his 16-year-old daughters, Ann Roe and Jane Roe, in the house.",
            {"Ann Roe": "16", "Jane Roe": "16"},
        ),
        # a singular noun keeps its one name
        (
            "Police found his 16-year-old daughter, Ann Roe, and her friend Jane Doe.",
            {"Ann Roe": "16", "Jane Doe": None},
        ),
    ],
)
def test_plural_aged_noun_names_every_listed_person(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == ({age} if age else set()), (name, claims)


@pytest.mark.parametrize(
    ("text", "target", "age", "method", "expected"),
    [
        # a full name the NER missed keeps its directly stated age
        (
            "Police said Tyrone Abernathy, 26, was charged.",
            "Tyrone Abernathy",
            "26",
            "rule:age-appos",
            26,
        ),
        ("Police said 31-year-old Maria Lopez died.", "Maria Lopez", "31", "rule:age-year-old", 31),
        (
            "BUSTI - Thomas Whitacre, the 50-year-old man, died.",
            "Thomas Whitacre",
            "50",
            "rule:age-appos-noun",
            50,
        ),
        # a weekday or a date is no name; a guessed age names nobody; not a given name
        ("It was on Friday May, 23, in the park.", "Friday May", "23", "rule:age-appos", None),
        (
            "Police said Tyrone Abernathy, 26, ran.",
            "Tyrone Abernathy",
            "26",
            "rule:age-cataphor",
            None,
        ),
        (
            "They met at Pelican Harbor, 26, and left.",
            "Pelican Harbor",
            "26",
            "rule:age-appos",
            None,
        ),
        # an unlisted given name: only when the surname stands alone later on
        (
            "He shot Zandrel Pockett, 18, at the park. When Pockett ran, he fired.",
            "Zandrel Pockett",
            "18",
            "rule:age-appos",
            18,
        ),
        (
            "He shot Zandrel Pockett, 18, at the park.",
            "Zandrel Pockett",
            "18",
            "rule:age-appos",
            None,
        ),
        (
            "He shot Zandrel Pockett, 18, at Pockett Mill. The Pockett Road is shut.",
            "Zandrel Pockett",
            "18",
            "rule:age-appos",
            None,
        ),
    ],
)
def test_age_rule_names_a_missed_person(
    text: str, target: str, age: str, method: str, expected: int | None
) -> None:
    start = text.index(target)
    at = text.index(age)
    claim = Claim(start, start + len(target), "per:age", age, at, at + len(age), method)
    added = age_named_mentions(text, [], [claim])
    assert [m.text for m in added] == ([target] if expected else [])
    assert all(m.label == "PERSON" for m in added)
    covered = age_named_mentions(text, [Mention(start, start + 3, target[:3], "ORG")], [claim])
    assert covered == []  # a mention already there is left to the entity rules


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "A 2-year-old boy was found on Monday. Heather Lindqvist called police. "
            "Kaden Gallardo was in the house.",
            "Kaden Gallardo",
            "Heather Lindqvist",
        ),
        (
            "A 30-year-old woman was found on Friday. Michael Birchall called police. "
            "Linda Birchall was in the house.",
            "Linda Birchall",
            "Michael Birchall",
        ),
    ],
)
def test_cataphor_reads_gender_from_a_given_name(nlp, text, name, other):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == {text.split("-year-old")[0].split()[-1]}
    assert age_of(doc, claims, other) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A 9-month-old was found.\nBy Rhonda Underhill\nMark Lee died at the hospital.",
            "Rhonda Underhill",
        ),
        ("A 16-year-old was shot. Watch Dan Ormsby's report. Mark Lee died.", "Dan Ormsby"),
        ("A 16-year-old was shot. Dan Ormsby reports from the scene. Mark Lee died.", "Dan Ormsby"),
        ("A 16-year-old was shot. Photo/Dan Ormsby. Mark Lee died at the hospital.", "Dan Ormsby"),
        ("A 16-year-old was shot. — Dan Ormsby (@DanKrauth) Mark Lee died.", "Dan Ormsby"),
    ],
)
def test_cataphor_skips_journalists(nlp, text, name):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == set()
    assert age_of(doc, claims, "Mark Lee") != set()


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Ann Roe was celebrating Kendall Smith's 21st birthday when shots rang out.",
            "Kendall Smith",
            {"21"},
        ),
        (
            "Her sister, Jane Roe – whose 15th birthday had brought the "
            "family together – was hurt.",
            "Jane Roe",
            {"15"},
        ),
        (
            "The town will honor Mark Lee on what would have been Mark Lee's 14th birthday.",
            "Mark Lee",
            set(),
        ),
        ("Vernon Roe spent his 30th birthday under arrest.", "Vernon Roe", {"30"}),
    ],
)
def test_nth_birthday_of_a_named_person(nlp, text, name, age):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == age


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Shooting victim, Marquis Thackery-23, pronounced deceased.", "Marquis Thackery", "23"),
        ("Victims: John Smith-19, and others were shot.", "John Smith", "19"),
    ],
)
def test_age_glued_to_a_name_by_a_hyphen(nlp, text, name, age):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    people = [m.text for m in mentions if m.label == "PERSON"]
    assert name in people and not any("-" in p for p in people), people
    assert age_of(doc, find_claims(doc, mentions), name) == {age}


def _guess(text: str, name: str, value: str) -> Claim:
    start = text.index(name)
    return Claim(start, start + len(name), "per:age", value, 0, 1, "rule:age-cataphor")


@pytest.mark.parametrize(
    ("guesses", "kept"),
    [
        # one child's three phrases guessed for three people: the earliest guess stays
        ([("Allen Roe", "1"), ("Kevin Doe", "1"), ("Marie Poe", "1")], {"Allen Roe"}),
        # most phrases name one person, in any form of the name
        (
            [("Kim Wu", "17"), ("Maurice Ivers", "17"), ("Ivers", "17"), ("Maurice", "17")],
            {"Maurice Ivers", "Ivers", "Maurice"},
        ),
        # one given name for two full names: only one of them keeps the age
        (
            [("Maurice", "17"), ("Maurice Ivers", "17"), ("Maurice Ostrander", "17")],
            {"Maurice", "Maurice Ivers"},
        ),
        # different ages are different people: both stay
        ([("Allen Roe", "25"), ("Kevin Doe", "26")], {"Allen Roe", "Kevin Doe"}),
    ],
)
def test_one_guessed_age_goes_to_one_person(nlp, guesses, kept):
    doc = nlp("Allen Roe, Kevin Doe, Marie Poe, Kim Wu, Maurice Ivers and Maurice Ostrander met.")
    claims = [_guess(doc.text, name, value) for name, value in guesses]
    claims.append(Claim(0, 9, "per:age", "1", 0, 1, "rule:age-appos"))  # not a guess: kept
    left = one_person_per_guessed_age(doc, claims)
    assert {doc.text[c.target_start : c.target_end] for c in left[:-1]} == kept
    assert left[-1].method == "rule:age-appos"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a self-inflicted harm gives the aged noun no role, so the named victim agrees
        (
            "Deputies said a 4-year-old girl was found on Tuesday with a self-inflicted "
            "gunshot wound. Mia Stone was taken to a hospital after being injured at a home.",
            {"Mia Stone": "4"},
        ),
        (
            "A 6-year-old boy shot himself with his father's gun on Monday. "
            "Liam Cole was wounded in the chest, police said.",
            {"Liam Cole": "6"},
        ),
    ],
)
def test_self_inflicted_harm_does_not_block_the_cataphor(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == {age}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin noun owned by another name is the person in apposition
        (
            "Darren Cole, Holloway's 25-year-old cousin, said he heard the shots.",
            {"Darren Cole": {"25"}},
        ),
        # a number word between commas after a name is an age
        ("Police said Mia Doerr, three, was shot at her home.", {"Mia Doerr": {"3"}}),
        ("On Monday, Tavi Brook, four, found a gun in a drawer.", {"Tavi Brook": {"4"}}),
        ("Tom Hart, one of the victims, was shot on Monday.", {"Tom Hart": set()}),
        # "unnamed" says the aged noun is nobody named later
        (
            "An unnamed three-year-old boy died on Friday. Ryan Welton was shot in November.",
            {"Ryan Welton": set()},
        ),
    ],
)
def test_kin_of_a_name_number_words_and_unnamed(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, ages in expected.items():
        assert age_of(doc, claims, name) == ages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an untitled speaker may be the aged person the definite noun refers back to
        (
            "Owen Marsh told his sister in a text that he was sorry. "
            "The 34-year-old mechanic had shot his neighbour.",
            {"Owen Marsh": {"34"}},
        ),
        # a speaker titled anywhere is an official
        (
            "Police Chief Cedric Hollins spoke on Friday. The door was kicked open, "
            "Hollins told reporters. The 24-year-old is thought to be the mother.",
            {"Hollins": set()},
        ),
        # "X, the father of the 16-year-old victim" is a relative, not the victim
        (
            "Police are looking for the gunman. Calvin Pickard, the father of the 16-year-old "
            "victim, was at the scene.",
            {"Calvin Pickard": set()},
        ),
    ],
)
def test_anaphor_speakers_and_relatives(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, ages in expected.items():
        assert age_of(doc, claims, name) == ages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person a child noun introduces is no adult's antecedent, but a child's
        (
            "Court papers say the toddler killed was Kasen Orvel. Deputies came to the home. "
            "The 32-year-old woman said she had left her husband.",
            set(),
        ),
        (
            "Court papers say the toddler killed was Kasen Orvel. Deputies came to the home. "
            "The 2-year-old was shot in the head.",
            {"2"},
        ),
        # a child noun that owns or modifies another noun before the name: an adult
        (
            "Court papers say the toddler's father Kasen Orvel was home. Deputies came to the "
            "home. The 32-year-old had left his wife.",
            {"32"},
        ),
        (
            "Court papers say the man killed was Kasen Orvel. Deputies came to the home. "
            "The 32-year-old had left his wife.",
            {"32"},
        ),
    ],
)
def test_anaphor_skips_a_child_for_an_adult_age(nlp, text, expected):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    assert age_of(doc, find_claims(doc, mentions), "Kasen Orvel") == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 47-year-old woman was hurt on Monday. Corporal Melissa Frantzen arrived at the home.",
        "A 47-year-old woman was hurt on Monday. Patrolman John Hart arrived at the home.",
    ],
)
def test_police_ranks_are_officials_for_the_cataphor(nlp, text):
    _, claims = claims_for(nlp, text)
    assert not [c for c in claims if c.predicate == "per:age"]


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Two other boys were hurt. Holloway's brother, Teo Carvell – whose 16th "
            "birthday brought the friends together for a cookout – was shot in the arm.",
            "Teo Carvell",
            "16",
        ),
        (
            "Mia Lopez, whose 21st birthday was on Friday, was shot on Main Street.",
            "Mia Lopez",
            "21",
        ),
    ],
)
def test_whose_birthday_after_a_dash_or_comma(nlp, text, name, age):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == {age}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victim was Ann Roe, a 16 yr. old student.", {"Ann Roe": {"16"}}),
        ("Police found an un-named 12-year-old girl. Ann Roe was hurt.", {"Ann Roe": set()}),
    ],
)
def test_abbreviated_year_and_un_named(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, ages in expected.items():
        assert age_of(doc, claims, name) == ages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 26-year-old man was charged on Monday. "
            "Channel 11's Courtney Baird reported that the man seemed upset.",
            {"Courtney Baird": set()},
        ),
        (
            "Deputies are looking for a 31-year-old man. "
            "Neighbors told Channel 4's Steve Garber they had not seen anything.",
            {"Steve Garber": set()},
        ),
        (
            "A 13-year-old boy was hurt on Monday. KCAL's John Thuong was at the scene.",
            {"John Thuong": set()},
        ),
        (
            "A 13-year-old boy was hurt on Tuesday. NBC10's Mike Braxton was at the scene.",
            {"Mike Braxton": set()},
        ),
    ],
)
def test_broadcaster_reporter_is_no_cataphor_target(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, ages in expected.items():
        assert age_of(doc, claims, name) == ages


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A 4-year-old was shot in the mouth. (Reporting by Tom Calloway; Editing by Kerry)",
            "Tom Calloway",
        ),
        (
            "A 10-year-old was shot. (Brian Castell / Riverton Herald) Family members said.",
            "Brian Castell",
        ),
        (
            "A 23-year-old was shot through the arm. Police investigate the "
            "scene. (Denny Ferrante)",
            "Denny Ferrante",
        ),
    ],
)
def test_credits_are_no_cataphor_target(nlp, text, name):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A 17-year-old was shot in the 5900 block of Emma on Monday.", "Emma"),
        (
            "Two men were hurt. One was a 17-year-old, whose identity police kept "
            "private. Tracy Hedlund saw the car.",
            "Tracy Hedlund",
        ),
        ("A 34-year-old man was hit in his side. (Credit: KPLR) Police are looking.", "KPLR"),
    ],
)
def test_streets_withheld_names_and_stations_get_no_guess(nlp, text, name):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her husband was named as Dorian Pellham of Fairview, also 44.",
            {"Dorian Pellham": "44"},
        ),
        (
            "Police arrested Marla Quintrell of East Lansing, 36, on Monday.",
            {"Marla Quintrell": "36"},
        ),
        # "<kin or person noun> of <name> of <place>, N": maybe the kin's age, nobody's
        ("Officers said the husband of Dana Roe of Fairview, 53, called 911.", {"Dana Roe": ""}),
        (
            "Police arrested the son of Orla Pennick of Westbrook, 16, on Monday.",
            {"Orla Pennick": ""},
        ),
        (
            "Kim Ostrow, the daughter of Jon Radley of Elm Grove, 16, was hurt.",
            {"Jon Radley": "", "Elm Grove": ""},
        ),
    ],
)
def test_age_after_name_of_place(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == ({age} if age else set())


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Deputies said a 19-year-old man died at the park. The county coroner "
            "identified him as Bradley Fennimore of Oak Hill.",
            "Bradley Fennimore",
            "19",
        ),
        (
            "A 15-year-old girl was hurt in the crash on Sunday. Her school identified "
            "her as Kelsey Ambrose.",
            "Kelsey Ambrose",
            "15",
        ),
        (
            "A 2-year-old girl was rushed to a clinic on Friday. Deputies identified "
            "the girl as Ava Linton. The 10-month-old died at the scene.",
            "Ava Linton",
            "2",
        ),
    ],
)
def test_identified_him_or_her_as(nlp, text, name, age):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == {age}
    assert _methods(doc, claims, name) == {"rule:age-identified"}


def _methods(doc, claims, name: str) -> set[str]:
    """The methods of the ``per:age`` claims about ``name``."""
    return {
        c.method
        for c in claims
        if c.predicate == "per:age" and doc.text[c.target_start : c.target_end] == name
    }


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "A 62-year-old man died in the blaze. Fire crews identified his son as "
            "Lionel Brackett. Brackett, 30, escaped.",
            "Lionel Brackett",
            {"30"},
        ),
        (
            "A 58-year-old man died in the blaze on Birch Road. Fire crews identified his "
            "son as Lionel Brackett, who escaped.",
            "Lionel Brackett",
            set(),  # nor the cataphor guess
        ),
        (
            "A 41-year-old woman was found dead on Tuesday. Detectives identified her "
            "husband as Royce Kettering, who was arrested.",
            "Royce Kettering",
            set(),
        ),
        (
            "A 9-year-old boy was bitten by a dog. Wardens identified the father as Glenn Ashmore.",
            "Glenn Ashmore",
            set(),
        ),
        (
            "A 50-year-old woman was hurt in the crash. Police identified her daughter as "
            "Ella Brandt, who was driving.",
            "Ella Brandt",
            set(),
        ),
        # the identified subject is possessed: a relative of the aged person
        (
            "A 15-year-old boy was shot on Elm Street. The boy's mother, identified as "
            "Dana Quellwood, said he was walking home.",
            "Dana Quellwood",
            set(),
        ),
        (
            "A 62-year-old man was found dead. His wife, identified as Rhea Quellwood, "
            "called police.",
            "Rhea Quellwood",
            set(),
        ),
        (
            "A 40-year-old woman was hurt. Her daughter, identified as Ella Quellwood, "
            "drove her to hospital.",
            "Ella Quellwood",
            set(),
        ),
        # "her son" after "a 15-year-old boy": the mother's son may be the boy
        (
            "A 15-year-old boy was shot. Rhea Quellwood said her son, Tomas Quellwood, "
            "was walking home.",
            "Tomas Quellwood",
            {"15"},
        ),
    ],
)
def test_identified_relative_of_the_aged_person_is_not_that_person(nlp, text, name, expected):
    doc, claims = claims_for(nlp, text)
    assert "rule:age-identified" not in _methods(doc, claims, name)
    if expected is not None:
        assert age_of(doc, claims, name) == expected


def test_anaphor_skips_a_person_with_another_stated_age(nlp):
    text = (
        "Police said 20-year-old Garrick Vollmer was cleaning a rifle in the den. "
        "The rifle fired while Vollmer held it, and the 14-year-old was hit in the arm."
    )
    doc, claims = claims_for(nlp, text)
    ages = {
        (doc.text[c.target_start : c.target_end], c.value)
        for c in claims
        if c.predicate == "per:age"
    }
    assert ages == {("Garrick Vollmer", "20")}  # the 14-year-old is someone else


@pytest.mark.parametrize(
    ("text", "name", "ages", "methods"),
    [
        # a lone surname with no full name before it is someone else of the family
        (
            "Pruitt, 45, said her son Jake Pruitt was shot outside the school. The "
            "17-year-old was taken to a hospital.",
            "Jake Pruitt",
            {"17"},
            {"rule:age-anaphor"},
        ),
        # a lone surname after the full name is that person: no anaphor to him
        (
            "Owen Marsh was arrested on Friday. Marsh, 34, told police his daughter was "
            "hurt. The 7-year-old is in a hospital.",
            "Owen Marsh",
            {"34"},
            {"rule:age-appos"},
        ),
    ],
)
def test_anaphor_skip_reads_a_lone_surname_as_the_full_name_before(nlp, text, name, ages, methods):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == ages
    assert _methods(doc, claims, name) == methods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Dean Whitcombe was hit twice outside the store. "He was walking home," said '
            "Calvin Whitcombe, the uncle of the 16-year-old victim.",
            {"Dean Whitcombe": {"16"}, "Calvin Whitcombe": set()},
        ),
        # two other people of that surname: no guess
        (
            'Dean Whitcombe and Ray Whitcombe were hit outside the store. "They were '
            'walking home," said Calvin Whitcombe, the uncle of the 16-year-old victim.',
            {"Dean Whitcombe": set(), "Ray Whitcombe": set(), "Calvin Whitcombe": set()},
        ),
        # a namesake with no victim role of their own, an official, a spouse named after
        (
            "Calvin Whitcombe was at work. Rita Whitcombe, the mother of the 16-year-old "
            "victim, said the boy was walking home.",
            {"Calvin Whitcombe": set(), "Rita Whitcombe": set()},
        ),
        (
            "Amy Whitcombe was at home. Calvin Whitcombe, the father of the 16-year-old "
            "victim, said the boy was shy.",
            {"Amy Whitcombe": set(), "Calvin Whitcombe": set()},
        ),
        (
            "Detective Lyle Quenby led the inquiry. Norris Quenby, the father of the "
            "16-year-old victim, thanked police.",
            {"Lyle Quenby": set(), "Norris Quenby": set()},
        ),
        (
            "Rita Whitcombe, the mother of the 16-year-old victim, said her husband Calvin "
            "Whitcombe was at work.",
            {"Calvin Whitcombe": set(), "Rita Whitcombe": set()},
        ),
        # the relative's phrase gives nobody when no namesake fits: no cataphor either
        (
            "Lyle Quenby was hit twice outside the store. Norris Quenby, the father of the "
            "16-year-old victim, said his wife Edna Quenby was at work.",
            {"Lyle Quenby": {"16"}, "Edna Quenby": set(), "Norris Quenby": set()},
        ),
    ],
)
def test_relative_of_an_aged_victim_points_to_the_namesake(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, ages in expected.items():
        assert age_of(doc, claims, name) == ages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the definite noun, no person before it: the name in its clause is someone else
        (
            "Tyrell Banks was shot on Pine Road late Friday. The 19-year-old man who had "
            "been with Tyrell was questioned and released.",
            {"Tyrell": set()},
        ),
        # a person named before who is named again in the clause is not the antecedent
        (
            "Officers found Darnell Whitaker shot on Pine Road. The 19-year-old man who had "
            "been with Darnell was questioned and released.",
            {"Darnell": set()},
        ),
        # an indefinite noun: likewise
        (
            "Police questioned a 19-year-old man who was with Kevin Sandoval when he was shot.",
            {"Kevin Sandoval": set()},
        ),
    ],
)
def test_person_in_the_aged_nouns_own_clause_is_someone_else(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, ages in expected.items():
        assert age_of(doc, claims, name) == ages, claims


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        # the nearer phrase, in the name's own sentence, wins the person
        (
            "Two teenagers, a 17-year-old girl and a 19-year-old boy, lay in the cellar. "
            "Their 41-year-old mother — and his wife — Dana Whitlow was found hurt.",
            "Dana Whitlow",
            {"41"},
        ),
        # "the uncle, X" names the earlier unnamed aged uncle
        (
            "Her 25-year-old uncle and a 16-year-old boy from the house were charged on "
            "Friday. On Monday, the uncle, Marcus Deland, stood before a county judge.",
            "Marcus Deland",
            {"25"},
        ),
    ],
)
def test_unnamed_aged_noun_named_nearby(nlp, text, name, age):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, name) == age, claims


@pytest.mark.parametrize(
    ("text", "name", "age", "wrong"),
    [
        # the name after the last of coordinated aged nouns is that last noun's
        (
            "Ruthven drove up with her 10-year-old niece, 30-year-old nephew and 16-year-old "
            "nephew, Tobiah Ruthven.",
            "Tobiah Ruthven",
            {"16"},
            {"10"},
        ),
        # a later "3-week-old" / "8 months old" noun is an aged noun too
        (
            "Ruthven drove up with her 10-year-old niece and 3-week-old nephew, Tobiah Ruthven.",
            "Tobiah Ruthven",
            set(),
            {"10"},
        ),
        (
            "Ruthven drove up with her 10-year-old niece and a nephew 8 months old, Tobiah "
            "Ruthven.",
            "Tobiah Ruthven",
            set(),
            {"10"},
        ),
        # near miss: one aged noun, its name in apposition
        (
            "Pellham arrived on Sunday with his 11-year-old daughter, Marisol, and a friend.",
            "Marisol",
            {"11"},
            set(),
        ),
    ],
)
def test_name_after_coordinated_aged_nouns_is_the_last_nouns(nlp, text, name, age, wrong):
    doc, claims = claims_for(nlp, text)
    found = age_of(doc, claims, name)
    assert age <= found and not found & wrong, claims


@pytest.mark.parametrize(
    ("text", "spans", "name", "age"),
    [
        # a place tagged PERSON that modifies a person noun is nobody
        (
            "Darnell Okafor, 19, faces a murder count after a 14-year-old boy was slain, "
            "officers said. A 19-year-old Northwest Harrisburg man surrendered on Tuesday in "
            "the killing of Ravi Tandon.",
            ["Darnell Okafor", "Northwest Harrisburg", "Ravi Tandon"],
            "Ravi Tandon",
            {"14"},
        ),
        (
            "A 15-year-old boy suffered a gunshot wound on Friday. Police said the Kessler "
            "Park teen died later. Officers named him as Jonah Whitcombe.",
            ["Kessler Park", "Jonah Whitcombe"],
            "Jonah Whitcombe",
            {"15"},
        ),
        # near miss: the name is the subject, no person noun after it
        (
            "A 15-year-old boy suffered a gunshot wound on Friday. Jonah Whitcombe died later.",
            ["Jonah Whitcombe"],
            "Jonah Whitcombe",
            {"15"},
        ),
    ],
)
def test_name_before_a_person_noun_is_no_cataphor_target(nlp, text, spans, name, age):
    doc = nlp(text)
    claims = find_claims(doc, mentions_in(text, [(s, "PERSON") for s in spans]))
    assert age_of(doc, claims, name) == age, claims


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a lone given name takes the role of the full name it repeats: the victim is not
        # the boy who shot
        (
            "Police said a 12-year-old boy accidentally shot a girl on Friday. Deputies said "
            "victim Calla Brennigan was hit in the arm. Calla was in sixth grade at the school.",
            ["Calla Brennigan", "Calla"],
            {"Calla": set()},
        ),
        # a full name named only after the lone name lends it no role: the lone name is
        # still the first fit, never the neighbour named after it
        (
            "A 19-year-old man was charged on Thursday. Brindle talked with reporters on "
            "the courthouse steps. Victim Opal Brindle, his aunt, was shot twice. Casey "
            "Wendover, who lives next door, called police.",
            ["Brindle", "Opal Brindle", "Casey Wendover"],
            {"Casey Wendover": set(), "Opal Brindle": set()},
        ),
        (
            "Prosecutors charged a 12-year-old boy on Saturday. Teo talked with his mother later. "
            "Victim Teo Varga was hit in the leg. Quinn Abernath, a classmate, also talked.",
            ["Teo", "Teo Varga", "Quinn Abernath"],
            {"Quinn Abernath": set(), "Teo Varga": set()},
        ),
        # near miss: the full name has the boy's role
        (
            "Police said a 12-year-old boy accidentally shot a girl on Friday. Deputies said "
            "suspect Tobin Carraway was charged with assault. Tobin was in sixth grade.",
            ["Tobin Carraway", "Tobin"],
            {"Tobin Carraway": {"12"}},
        ),
    ],
)
def test_cataphor_reads_the_role_of_the_full_name_a_lone_name_repeats(nlp, text, spans, expected):
    doc = nlp(text)
    claims = find_claims(doc, mentions_in(text, [(s, "PERSON") for s in spans]))
    for name, ages in expected.items():
        assert age_of(doc, claims, name) == ages, claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative quoted right before "the N-year-old" may be the aged person: the one
        # named first is not given the relative's age (review of a dropped rule)
        (
            "Hollis Brandt was killed in the wreck, said his son, Emmet Brandt. The "
            "8-year-old was strapped into the back seat.",
            {"Hollis Brandt": set(), "Emmet Brandt": {"8"}},
        ),
        (
            "Greta Vollan, 62, was mugged. Her grandson, Pim Vollan, said she was "
            "terrified. The 10-year-old dialled 911.",
            {"Pim Vollan": {"10"}, "Greta Vollan": {"62"}},
        ),
    ],
)
def test_anaphor_may_take_a_quoted_relative(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, ages in expected.items():
        assert age_of(doc, claims, name) == ages, claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<titled official>, a 9-year-old": the source of the news, not the aged person
        (
            "According to Sheriff Dana Whitfield, a 9-year-old, identified by relatives "
            "as Corin Mapes, was shot on Tuesday.",
            {"Dana Whitfield": set(), "Corin Mapes": {"9"}},
        ),
        (
            "According to Sheriff Dana Whitfield, a 9-year-old was shot on Tuesday "
            "night. Relatives said Corin Mapes was hit twice.",
            {"Dana Whitfield": set()},
        ),
        # the same before an aged noun, and with an abbreviated title
        (
            "According to Fire Marshal Dana Whitfield, a 9-year-old girl was burned at home.",
            {"Dana Whitfield": set()},
        ),
        (
            "According to Sgt. Dana Whitfield, a 9-year-old girl was hurt.",
            {"Dana Whitfield": set()},
        ),
        # near misses: an official with the aged noun as apposition keeps the age
        (
            "Fire Marshal Dana Whitfield, a 59-year-old veteran, said the blaze spread.",
            {"Dana Whitfield": {"59"}},
        ),
        (
            "According to deputies, Sgt. Dana Whitfield, a 44-year-old officer, was hurt.",
            {"Dana Whitfield": {"44"}},
        ),
        # near miss: an untitled name in the same position is the aged person
        (
            "Police said Corin Mapes, a 9-year-old, was shot on Tuesday.",
            {"Corin Mapes": {"9"}},
        ),
        # near misses: an official the aged phrase is in apposition to is the aged person
        (
            "Dorian Klepp was detained on Sunday. Officer Wade Tallis, the 31-year-old, "
            "was wounded as the handcuffs went on.",
            {"Wade Tallis": {"31"}, "Dorian Klepp": set()},
        ),
        (
            "Commissioner Hollis Brandvold, a 59-year-old, announced his retirement on Tuesday.",
            {"Hollis Brandvold": {"59"}},
        ),
        (
            "Commissioner Hollis Brandvold, a 59-year-old, said Dorian Klepp was detained "
            "on Sunday.",
            {"Dorian Klepp": set()},
        ),
    ],
)
def test_titled_official_before_an_aged_noun_is_not_the_aged_person(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, ages in expected.items():
        assert age_of(doc, claims, name) == ages, claims


@pytest.mark.parametrize(
    "text",
    [
        # an unnamed aged noun nobody is named after is not the one person named before
        # it of its sex and role: another victim, a relative, an older case
        "Dorian Klepp was shot on Oak Avenue on Saturday. He died at the hospital. A "
        "40-year-old man who lives nearby was also hit in the leg.",
        "Dorian Klepp was killed on Saturday. He was shot twice. His brother, a 30-year-old "
        "man, was also wounded.",
        "Dorian Klepp was arrested on Saturday. He is charged with murder. In 2012, a "
        "26-year-old man was arrested in a similar killing across the county.",
    ],
)
def test_unnamed_aged_noun_with_nobody_named_after_is_nobody_before(nlp, text):
    doc, claims = claims_for(nlp, text)
    assert age_of(doc, claims, "Dorian Klepp") == set(), claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name is the coordinated noun's ("the driver"), whose age is not stated
        (
            "A 17-year-old boy, a 19-year-old man and the driver, Karim Haddad, were hurt.",
            {"Karim Haddad": None},
        ),
        (
            "Deputies said a 22-year-old woman and her aunt, Merle Ostrand, were hurt.",
            {"Merle Ostrand": None},
        ),
        (
            "Neighbors heard the lookout, a 21-year-old man, and the cashier, Piet Varga, "
            "quarrel before the shots.",
            {"Piet Varga": None},
        ),
        # no determiner: one person with two descriptions
        (
            "Deputies said a 22-year-old clerk and mother of two, Merle Ostrand, was hurt.",
            {"Merle Ostrand": "22"},
        ),
        # a singular verb after the name: one person
        (
            "Deputies said a 31-year-old welder and the landlord, Anton Greaves, was hurt.",
            {"Anton Greaves": "31"},
        ),
    ],
)
def test_coordinated_noun_in_apposition_takes_no_age(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == ({age} if age else set()), (name, claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mark Brandt and his brother, Paul Brandt, were hurt on Friday. Deputies said the "
            "24-year-old brothers had argued with a neighbor.",
            {"Mark Brandt": "24", "Paul Brandt": "24"},
        ),
        (
            "Deputies said sisters Laura Brandt and Emily Brandt were hurt on Friday. The "
            "24-year-old sisters were taken to a hospital.",
            {"Laura Brandt": "24", "Emily Brandt": "24"},
        ),
        (
            "Mark Brandt and his twin brother, Paul Brandt, were hurt. The twins, both 24, "
            "were taken to a hospital.",
            {"Mark Brandt": "24", "Paul Brandt": "24"},
        ),
        # not said to be siblings: the plural noun may be other people
        (
            "Ruth Lowe and Carl Lowe said the 16-year-old twins had been threatened at school "
            "for weeks.",
            {"Ruth Lowe": None, "Carl Lowe": None},
        ),
        (
            "Gina Tate and Joe Tate called police after their sons were shot. The brothers, "
            "both 24, were taken to a hospital.",
            {"Gina Tate": None, "Joe Tate": None},
        ),
        (
            "Carl Young and Dennis Young were arrested. The 30-year-old sisters were not charged.",
            {"Carl Young": None, "Dennis Young": None},
        ),
        (
            "Tom Roe and Ann Roe said the 5-year-old children were asleep upstairs.",
            {"Tom Roe": None, "Ann Roe": None},
        ),
        (
            "Ray Dunn and Lee Dunn were arrested. Their cousins, the brothers, both 22, were "
            "charged.",
            {"Ray Dunn": None, "Lee Dunn": None},
        ),
        # two pairs: which are the brothers is not read
        (
            "Police arrested Kyle Dorn and Brett Dorn in the shooting of Ray Price and Lee "
            "Price. The 23-year-old brothers were charged with murder.",
            {"Kyle Dorn": None, "Brett Dorn": None, "Ray Price": None, "Lee Price": None},
        ),
        (
            "Mark Brandt and his brother, Paul Brandt, robbed Ray Price and Lee Price. The "
            "24-year-old brothers were shot.",
            {"Mark Brandt": None, "Paul Brandt": None, "Ray Price": None},
        ),
        # the sibling noun's gender clashes with the pair's
        (
            "Mark Brandt and his sister, Laura Brandt, were hurt on Friday. The 24-year-old "
            "brothers were taken to a hospital.",
            {"Mark Brandt": None, "Laura Brandt": None},
        ),
        (
            "Deputies said brothers Mark Brandt and Laura Brandt were hurt on Friday. The "
            "24-year-old brothers were taken to a hospital.",
            {"Mark Brandt": None, "Laura Brandt": None},
        ),
        # full names with different surnames are no brothers
        (
            "Mark Brandt and his brother, Tobias Marchetti, were hurt on Friday. Officers said "
            "the 24-year-old brothers had argued.",
            {"Mark Brandt": None, "Tobias Marchetti": None},
        ),
    ],
)
def test_plural_sibling_noun_refers_to_a_pair_named_as_siblings(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == ({age} if age else set()), (name, claims)


WOUNDED_BOY = (
    "A 15-year-old boy was wounded near the ferry dock late Friday. Derek Hollis, who lives "
    "nearby, heard the shots. He called police. Officers came within minutes. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WOUNDED_BOY + "The boy, identified as Ned Voss, died at a hospital.", {"Ned Voss": "15"}),
        (WOUNDED_BOY + "The boy was later identified as Ned Voss.", {"Ned Voss": "15"}),
        (WOUNDED_BOY + "Police identified the boy as Ned Voss.", {"Ned Voss": "15"}),
        (WOUNDED_BOY + "The boy, who was identified as Ned Voss, died.", {"Ned Voss": "15"}),
        # "the boy" may be the other boy
        (
            "Deputies said a 16-year-old boy was wounded on Thursday. Another boy was arrested. "
            "The boy, identified as Dion Hart, was charged with attempted murder.",
            {"Dion Hart": None},
        ),
    ],
)
def test_repeated_noun_identified_later_wins_over_the_cataphor_guess(nlp, text, expected):
    doc, claims = claims_for(nlp, text)
    for name, age in expected.items():
        assert age_of(doc, claims, name) == ({age} if age else set()), (name, claims)
    assert age_of(doc, claims, "Derek Hollis") == set(), claims


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Derek Hollis and his cousin, Aaron Hollis, both 24, were shot on Friday.",
            ["Derek Hollis", "Aaron Hollis"],
        ),
        (
            "Deputies arrested Derek Hollis and his friend, Tobias Marchetti, who are both 24.",
            ["Derek Hollis", "Tobias Marchetti"],
        ),
        (
            "Derek Hollis and Aaron Hollis, who are both 24, were shot on Friday.",
            ["Derek Hollis", "Aaron Hollis"],
        ),
    ],
)
def test_both_reaches_across_a_kin_noun_and_who_are(nlp, text, names):
    doc, claims = claims_for(nlp, text)
    for name in names:
        assert age_of(doc, claims, name) == {"24"}, (name, claims)


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "A teenager was held over the shooting of a three-year-old boy. "
            "Relatives said Orvel 'Zee' Pellam was struck once in the chest.",
            "Orvel 'Zee' Pellam",
            "3",
        ),
        (
            "Police found a 61-year-old man in the yard. "
            "Relatives named him as Marlo (Scoop) Quist on Sunday.",
            "Marlo (Scoop) Quist",
            "61",
        ),
    ],
)
def test_cataphor_reaches_a_name_with_a_nickname(nlp, text, name, age):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    assert age_of(doc, find_claims(doc, mentions), name) == {age}


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        # a kin noun owned by "his"/"her" agreeing with the aged noun: a relative of it
        (
            "A 40-year-old man was shot Friday. His wife, identified as Dana Quellwood, "
            "called police.",
            "Dana Quellwood",
            set(),
        ),
        (
            "A 40-year-old man was shot Friday. His son, identified as Eric Quellwood, "
            "called police.",
            "Eric Quellwood",
            set(),
        ),
        # the mother's son may be the boy; a "his" inside a sentence may be anyone's
        (
            "A 15-year-old boy was shot Friday. Rhea Quellwood said her son, Tomas "
            "Quellwood, was walking home.",
            "Tomas Quellwood",
            {"15"},
        ),
        (
            "A 13-year-old boy died Friday. Police said the boy's cousin had been "
            "playing with his brother, Omar Quellwood, when the gun fired.",
            "Omar Quellwood",
            {"13"},
        ),
    ],
)
def test_cataphor_skips_the_kin_of_the_aged_person(nlp, text, name, age):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    assert age_of(doc, find_claims(doc, mentions), name) == age


def test_a_name_the_context_makes_a_person_takes_its_age(nlp):
    """ "Derrin Church, 19," tagged ORG: the age after it makes it a person before the age
    rules read it, so the age is its own."""
    text = "According to the statement Derrin Church, 19, was charged with assault."
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    assert age_of(doc, find_claims(doc, mentions), "Derrin Church") == {"19"}


def test_a_gender_noun_ending_the_sentence_before_a_name_is_not_its_gender(nlp):
    """ "... killing a 15-year-old boy. Rochelle Quellwood reports": "boy" is no cue for
    the reporter named next, whose given name is a woman's, so the boy's age is not hers."""
    text = (
        "Police are investigating a shooting that killed a 15-year-old boy.\n\n"
        "Rochelle Quellwood has reaction from neighbors.\n\n"
        "Detectives said the gunman fled in a car."
    )
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    assert age_of(doc, find_claims(doc, mentions), "Rochelle Quellwood") == set()
