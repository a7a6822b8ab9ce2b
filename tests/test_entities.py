"""Entities: cleaned mentions, merging into people/organisations/places with aliases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.entities import find_mentions, merge_entities
from pipeline.records import Entity, Mention

ARTICLE = Path(__file__).parents[1] / "corpus" / "000_a43bdba0afa9a79a.txt"


def entities_of(nlp, text: str) -> tuple[list[Entity], list[Mention], list]:
    mentions, claims = find_mentions(nlp(text))
    entities, mentions = merge_entities(text, mentions)
    return entities, mentions, claims


def by_label(entities: list[Entity]) -> dict[str, dict[str, list[str]]]:
    table: dict[str, dict[str, list[str]]] = {}
    for entity in entities:
        table.setdefault(entity.label, {})[entity.name] = entity.aliases
    return table


# text, label, expected name, aliases that must be present, names that must be absent
CASES = [
    pytest.param(
        "Det Ch Insp Mark Smith said the inquiry was over. Mrs Jane Doe and Dr Ali Khan agreed.",
        "PERSON",
        "Mark Smith",
        [],
        ["Det Ch Insp Mark Smith", "Det Ch Insp"],
        id="titles-stripped",
    ),
    pytest.param(
        "Det Ch Insp Mark Smith said the inquiry was over. Mrs Jane Doe and Dr Ali Khan agreed.",
        "PERSON",
        "Jane Doe",
        ["Mrs Jane Doe"],
        ["Mrs Jane Doe"],
        id="honorific-stripped",
    ),
    pytest.param(
        "Stephen Port was jailed in 2016. Port, 47, denied the charges. "
        "Mr Port's lawyer said Port's appeal would fail.",
        "PERSON",
        "Stephen Port",
        ["Port", "Mr Port"],
        ["Port", "Port's"],
        id="surname-and-possessive",
    ),
    pytest.param(
        "Maya Lund won the race on Sunday. Maya said she was delighted.",
        "PERSON",
        "Maya Lund",
        ["Maya"],
        ["Maya"],
        id="first-name",
    ),
    pytest.param(
        "The Federal Aviation Authority (FAA) opened an inquiry. The FAA said it would report.",
        "ORG",
        "Federal Aviation Authority",
        ["FAA"],
        ["FAA", "The Federal Aviation Authority"],
        id="acronym-in-brackets",
    ),
    pytest.param(
        "The Independent Office for Police Conduct opened an inquiry on Monday. Later the IOPC "
        "said eight officers were under investigation.",
        "ORG",
        "Independent Office for Police Conduct",
        ["IOPC"],
        ["IOPC"],
        id="acronym-after-long-form",
    ),
    pytest.param(
        "The Metropolitan police apologised on Friday. A spokesman for the Met said lessons "
        "had been learned.",
        "ORG",
        "Metropolitan Police",
        ["Met"],
        ["Met", "Metropolitan"],
        id="met-short-form",
    ),
    pytest.param(
        "Officers from the Chicago Police Department arrested two men on Friday.",
        "GPE",
        "Chicago",
        [],
        [],
        id="city-in-org",
    ),
    pytest.param(
        "NASHVILLE, Tenn. — A man was shot on Friday night, police said.",
        "GPE",
        "Tennessee",
        ["Tenn."],
        [],
        id="dateline-state",
    ),
    pytest.param(
        "NASHVILLE, Tenn. — A man was shot on Friday night, police said.",
        "GPE",
        "Nashville",
        [],
        [],
        id="dateline-city",
    ),
    pytest.param(
        "Police said Orvel (Scoop) Pellam shot at them before officers hit Pellam.",
        "PERSON",
        "Orvel Pellam",
        ["Orvel (Scoop) Pellam", "Pellam"],
        ["Orvel (Scoop) Pellam"],
        id="nickname-in-brackets-is-an-alias",
    ),
    pytest.param(
        "Friends say Marlo “Junior” Tango, 24, was armed when he came. Deputies said Tango fled.",
        "PERSON",
        "Marlo Tango",
        ["Marlo “Junior” Tango", "Tango"],
        ["Marlo “Junior” Tango"],
        id="nickname-in-quotes-is-an-alias",
    ),
]


@pytest.mark.parametrize(("text", "label", "name", "aliases", "absent"), CASES)
def test_entities_from_text(nlp, text, label, name, aliases, absent):
    table = by_label(entities_of(nlp, text)[0])
    assert name in table.get(label, {}), table
    assert set(aliases) <= set(table[label][name])
    for other in absent:
        assert other not in table.get(label, {}), table


def test_two_people_sharing_a_surname(nlp):
    text = "Maya Lund and her brother Erik Lund were at the party. Lund said he had left early."
    entities, mentions, _ = entities_of(nlp, text)
    people = {e.name: e for e in entities if e.label == "PERSON"}
    assert set(people) == {"Maya Lund", "Erik Lund"}
    lund = text.rindex("Lund")
    owner = next(
        e for e in people.values() if any(mentions[i].start == lund for i in e.mention_indices)
    )
    assert owner.name == "Erik Lund"


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Det Ch Insp Mark Smith said the inquiry was over.", "Det Ch Insp", "Mark Smith"),
        (
            "Senior coroner Mary Hassell said the deaths were unlawful.",
            "Senior coroner",
            "Mary Hassell",
        ),
        ("Sgt. Ann Lee arrived at the scene.", "Sgt.", "Ann Lee"),
        ("Met Police Commander Jon Savell said sorry.", "Commander", "Jon Savell"),
    ],
)
def test_title_claims(nlp, text, title, name):
    _, claims = find_mentions(nlp(text))
    found = {
        (c.value, text[c.target_start : c.target_end]) for c in claims if c.predicate == "per:title"
    }
    assert (title, name) in found


def test_bracketed_acronym_inside_spacy_span_is_split(nlp):
    text = "The Independent Office for Police Conduct (IOPC) said five officers were serving."
    mentions, claims = find_mentions(nlp(text))
    texts = {m.text for m in mentions if m.label == "ORG"}
    assert {"Independent Office for Police Conduct", "IOPC"} <= texts
    assert not any("(" in m.text for m in mentions)
    assert any(c.predicate == "org:alternate_name" and c.value == "IOPC" for c in claims)


def _mention(text: str, word: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), word, label)


@pytest.mark.parametrize(
    ("text", "spans", "people", "not_people"),
    [
        pytest.param(
            "Donald Trump spoke on Monday. Trump said the talks went well.",
            [("Donald Trump", "PERSON", 0), ("Trump", "ORG", 1)],
            {"Donald Trump"},
            set(),
            id="trump-tagged-org",
        ),
        pytest.param(
            "Clockwise from top left: Gabriel Kovari, Jack Taylor.",
            [
                ("Clockwise", "PERSON", 0),
                ("Gabriel Kovari", "PERSON", 0),
                ("Jack Taylor", "PERSON", 0),
            ],
            {"Gabriel Kovari", "Jack Taylor"},
            {"Clockwise"},
            id="common-word-dropped",
        ),
        pytest.param(
            "Police said the man was known to them. Mr Barker was arrested.",
            [("Police", "PERSON", 0), ("Barker", "PERSON", 0)],
            {"Barker"},
            {"Police"},
            id="police-dropped-titled-kept",
        ),
        pytest.param(
            "Wasim took five wickets.",
            [("Wasim", "PERSON", 0)],
            {"Wasim"},
            set(),
            id="unknown-name-kept",
        ),
    ],
)
def test_merge_corrects_labels(text, spans, people, not_people):
    mentions = [_mention(text, word, label, n) for word, label, n in spans]
    entities, merged = merge_entities(text, mentions)
    names = {e.name for e in entities if e.label == "PERSON"}
    assert people <= names
    assert not (not_people & names)
    for entity in entities:
        assert all(merged[i].label == entity.label for i in entity.mention_indices)


def test_merge_does_not_modify_its_input():
    text = "Donald Trump spoke. Trump left."
    mentions = [_mention(text, "Donald Trump", "PERSON"), _mention(text, "Trump", "ORG", 1)]
    merge_entities(text, mentions)
    assert mentions[1].label == "ORG"


def test_users_article(nlp):
    if not ARTICLE.exists():
        pytest.skip(f"{ARTICLE} is not in this checkout")
    text = ARTICLE.read_text(encoding="utf-8")
    text = text.removeprefix(" date 2023-11-16 ")
    entities, mentions, _ = entities_of(nlp, text)
    table = by_label(entities)
    people = table["PERSON"]
    for name in [
        "Stephen Port",
        "Anthony Walgate",
        "Gabriel Kovari",
        "Daniel Whitworth",
        "Jack Taylor",
        "Neil Hudgell",
        "Steve Noonan",
        "Jon Savell",
    ]:
        assert name in people
    assert "Port" in people["Stephen Port"]
    assert not {"Clockwise", "Coroner", "Port"} & set(people)
    assert not any("Coroner" in name for name in people)
    orgs = table["ORG"]
    assert "IOPC" in orgs["Independent Office for Police Conduct"]
    assert "Met" in orgs["Metropolitan Police"]
    assert "Hudgell Solicitors" in orgs
    places = {name for label in ("GPE", "LOC", "FAC") for name in table.get(label, {})}
    assert {"Barking", "London"} <= places
    place_mentions = [m for m in mentions if m.label in ("GPE", "LOC", "FAC")]
    assert not any(m.text.startswith("Port") for m in place_mentions)
    for entity in entities:
        assert entity.entity_id == ""
        for i in entity.mention_indices:
            assert mentions[i].label == entity.label
            assert text[mentions[i].start : mentions[i].end] == mentions[i].text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Clarksville police have arrested Timothy Smith.", "Clarksville"),
        ("He bought a pistol in Lompoc, after doing research.", "Lompoc"),
        ("A man was shot in North Lufkin on Friday.", "Lufkin"),
        ("Stuffed animals were left outside the Lookout Mountain home.", "Lookout Mountain"),
    ],
)
def test_place_patterns_override_spacy(nlp, text, place):
    table = by_label(entities_of(nlp, text)[0])
    assert place in table.get("GPE", {}), table
    assert place not in table.get("PERSON", {})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Family members identified the girl to WSMV 4 News as Ilanya Ellery. It was late.",
            "Ilanya Ellery",
        ),
        ("She said her nephew was Mateo O’Keefe, who was in his late 20s.", "Mateo O’Keefe"),
        ("Police have named Equarius Marlowe Ashby. Ashby was wanted.", "Equarius Marlowe Ashby"),
    ],
)
def test_person_names_completed(nlp, text, name):
    table = by_label(entities_of(nlp, text)[0])
    assert name in table.get("PERSON", {}), table


def test_given_name_coordinated_with_full_name(nlp):
    text = "Omar and Jamar Thackery, both 23, were shot on Friday."
    people = by_label(entities_of(nlp, text)[0])["PERSON"]
    assert {"Omar Thackery", "Jamar Thackery"} <= set(people)


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("SAN ANTONIO - Joe Gallardo, 17, is accused of stealing.", "PERSON", "Joe Gallardo"),
        ("SAN ANTONIO - Joe Gallardo, 17, is accused of stealing.", "GPE", "San Antonio"),
        ("Mariah Blakemore was shot while sitting in a car.", "PERSON", "Mariah Blakemore"),
        ("Corey Zeller, 31, of Metairie, was booked.", "PERSON", "Corey Zeller"),
    ],
)
def test_dash_datelines_and_event_patterns(nlp, text, label, name):
    table = by_label(entities_of(nlp, text)[0])
    assert name in table.get(label, {}), table


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Savannah-Chatham police are investigating the shooting.", "Savannah"),
        ("Pruett was held at the Tulsa County Jail until 5 a.m.", "Tulsa County"),
        ("He was shot in Sioux Falls during the night.", "Sioux Falls"),
        ("A man was shot in San Francisco’s Tenderloin neighborhood.", "San Francisco"),
    ],
)
def test_more_place_rules(nlp, text, place):
    table = by_label(entities_of(nlp, text)[0])
    assert place in table.get("GPE", {}), table


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        # a US town the NER alone tagged PERSON, with no person cue: a place
        ("Police said a man was shot in southwest Tacoma late on Friday.", "Tacoma", "GPE"),
        ("Three Fresno residents were held after the fight, deputies said.", "Fresno", "GPE"),
        ("FRESNO, Calif. (AP) A man was shot on Friday.", "FRESNO", "GPE"),
        ("He pawned the guns at shops in Elmvale and Fresno.", "Fresno", "GPE"),
        # ... but a name that speaks or acts, or follows a given name, stays a person
        ("Fresno told reporters the deal was off.", "Fresno", "PERSON"),
        ("Quell was calm as Fresno tried to keep him quiet.", "Fresno", "PERSON"),
        ("Ada Pask, Ivo Orvel and Marquise Tacoma were hurt.", "Tacoma", "PERSON"),
        ("Backs: J Pask, O Orvel, A Fresno, T Quellwood.", "Fresno", "PERSON"),
        ("C Fresno (Ireland); B Pask (Wales), J Orvel (Italy)", "Fresno", "PERSON"),
        ("Their two children Ada, 16, and Fresno, 14, came along.", "Fresno", "PERSON"),
        ("A Fresno man was shot on Friday, police said.", "Fresno", "GPE"),
        ("A spokesman for the Pask-Fresno campaign spoke.", "Fresno", "PERSON"),
        # a team sheet is a list of people; a list of towns is a list of places
        ("Subs: Pask, Orvel, Fresno, Quellwood, Tarvish.", "Fresno", "PERSON"),
        ("A flood watch covers Yakima, Spokane, Fresno, Olympia and Tacoma.", "Fresno", "GPE"),
        ("Flood watch: Labette, Neosho, Chautauqua, Fresno, Cowley, Elk.", "Fresno", "GPE"),
        # ... and a word that is no place stays a person
        ("Police said a man was shot by Quellwood late on Friday.", "Quellwood", "PERSON"),
        # ... as does a town-named surname with no look of a place, or with a person's
        ("Fresno was charged with murder. Fresno is being held.", "Fresno", "PERSON"),
        ("Pask, Orvel, Quellwood and Fresno were all charged.", "Fresno", "PERSON"),
        ("MADISON JAILED\nPolice said the man was from Madison.", "MADISON", "PERSON"),
        ("Police arrested J.R. Fresno in the case.", "Fresno", "PERSON"),
        ("Police arrested DeShawn Fresno in the case.", "Fresno", "PERSON"),
    ],
)
def test_a_lone_town_only_the_ner_calls_a_person_is_a_place(text, word, label):
    start = text.index(word)
    mentions = [Mention(start, start + len(word), word, "PERSON")]
    entities, _ = merge_entities(text, mentions)
    assert [(e.name.lower(), e.label) for e in entities] == [(word.lower(), label)]


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # a word the text counts with "a"/"an" is a thing
        ("Quellbrand won an Oscar in 2004 for the role.", "Quellbrand", True),
        ("The film won an Quellbrand for best sound.", "Quellbrand", False),
        ("Owners of a Quellbrand unit sued in Houston.", "Quellbrand", False),
        # ... but not the initial "A" of a team sheet, nor "a" before a longer name
        ("Backs: J Pask, A Quellbrand, T Orvel.", "Quellbrand", True),
        ("He met a Quellbrand Orvel fan.", "Quellbrand", True),
        # ... nor a person's name as a modifier, nor one the text also treats as a person
        ("Quellbrand spoke. Later a Quellbrand supporter was held.", "Quellbrand", True),
        ("Quellbrand, 5, was found safe. It was a Quellbrand moment.", "Quellbrand", True),
    ],
)
def test_a_lone_word_counted_as_a_thing_is_no_person(text, word, kept):
    mentions = [
        Mention(m.start(), m.end(), word, "PERSON") for m in re.finditer(re.escape(word), text)
    ]
    entities, _ = merge_entities(text, mentions)
    assert [e.name for e in entities if e.label == "PERSON"] == ([word] if kept else [])


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Two men were hurt in a shooting in Chattanooga Saturday.", "Chattanooga", None),
        ("According to Natchez police, McCord was holding the rifle.", "Natchez", None),
        ("He sat in Johnson's car with Tom Johnson.", None, "Tom Johnson"),
    ],
)
def test_place_prepositions_and_possessive_people(nlp, text, place, person):
    table = by_label(entities_of(nlp, text)[0])
    if place:
        assert place in table.get("GPE", {}), table
    if person:
        assert person in table.get("PERSON", {}), table
        assert "Johnson" not in table.get("GPE", {})


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The victims were Ryan Farnham and his daughter, Madeline. Madeline was 8.",
            {"Ryan Farnham", "Madeline Farnham"},
            {"Madeline"},
        ),
        (
            "Brock Wickham and his wife Ainsley entered the plea Tuesday.",
            {"Brock Wickham", "Ainsley Wickham"},
            {"Ainsley"},
        ),
        (
            "Jonathan Calloway, 36, shot his 6-year-old daughter, Kayla, and his wife Christina.",
            {"Jonathan Calloway", "Kayla Calloway", "Christina Calloway"},
            set(),
        ),
        (
            "Also hit was Amiyah's father, 45-yo Demetrius Abernathy, police said.",
            {"Amiyah Abernathy", "Demetrius Abernathy"},
            set(),
        ),
        (
            "John Smith was there with his daughter, 7-year-old Kayla.",
            {"John Smith", "Kayla Smith"},
            set(),
        ),
        ("Chicago's mother, Jane Doe, spoke.", {"Jane Doe"}, {"Chicago Doe"}),
        # the owner may be a lone surname of a full name
        (
            "Witnesses said Lori Anne Fitzhugh pulled a handgun. Fitzhugh's son, Jesse, fell.",
            {"Lori Anne Fitzhugh", "Jesse Fitzhugh"},
            {"Jesse"},
        ),
        # a kin-introduced given name the NER tagged ORG, and one joined to a full name
        (
            "Rick Sandhurst, 51, and his 16-year-old son, Tyler were both shot dead.",
            {"Rick Sandhurst", "Tyler Sandhurst"},
            set(),
        ),
        (
            "Preliminary hearings for Cedric and James Pettigrew are scheduled.",
            {"Cedric Pettigrew", "James Pettigrew"},
            set(),
        ),
        # a list with ages after the kin noun, names tagged as places or missed
        (
            "Those killed were Mark Shorter, 41, and their children Lena, 9; Megan, 6; "
            "and Willow, 3.",
            {"Mark Shorter", "Lena Shorter", "Megan Shorter", "Willow Shorter"},
            set(),
        ),
        (
            "Police named her husband Dwayne Stanfield, 52; and their children Dwayne, 11; "
            "Colby, 9; Trinity, 8; and Jonah, 5.",
            {"Trinity Stanfield", "Jonah Stanfield"},
            {"Trinity", "Jonah"},
        ),
        (
            "Police said Sam Smith was with his friend Tom when it happened.",
            {"Sam Smith", "Tom"},
            {"Tom Smith"},
        ),
    ],
)
def test_given_name_takes_the_surname_of_its_relative(nlp, text, expected, absent):
    people = set(by_label(entities_of(nlp, text)[0])["PERSON"])
    assert expected <= people, people
    assert not (absent & people)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Pictured (left to right) Ernest Marion, Walter Parish and Sara Merriwether.",
            {"Ernest Marion", "Walter Parish", "Sara Merriwether"},
            set(),
        ),
        (
            "The other victims were Jahad Quarles, Nija Ashdown, Albert Kettering and Amanda Paul.",
            {"Jahad Quarles", "Nija Ashdown", "Albert Kettering", "Amanda Paul"},
            set(),
        ),
        (
            "The 17-year olds Zymarion Lindqvist and Shaquanda Kellerman were treated.",
            {"Zymarion Lindqvist", "Shaquanda Kellerman"},
            set(),
        ),
        (
            "John Smith, Kansas City, and Jane Doe, Fort Worth, were there.",
            {"John Smith", "Jane Doe"},
            {"Kansas City", "Fort Worth"},
        ),
        ("Photo: Cody Dunaway, Houston Chronicle", {"Cody Dunaway"}, {"Houston Chronicle"}),
        ("elected were DAB 's Ben Chan and Leung Che - cheung .", {"Ben Chan"}, {"Leung Che"}),
        ("Microsoft waits for death of Internet Explorer 6.", set(), {"Internet Explorer"}),
        (
            "Victims include Rodney Vantreese, 23, and Stephen Tindall 23, who is a soldier.",
            {"Rodney Vantreese", "Stephen Tindall"},
            set(),
        ),
        (
            'hit the child," said Lt. Stephen McAllister, Little Rock police spokesman.',
            {"Stephen McAllister"},
            {"Little Rock"},
        ),
    ],
)
def test_names_listed_with_people_are_people(nlp, text, expected, absent):
    people = set(by_label(entities_of(nlp, text)[0]).get("PERSON", {}))
    assert expected <= people, people
    assert not (absent & people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prosecutors charged him in the June 4 death of Amarion Halsey.", "Amarion Halsey"),
        ("Treyvon Pritchard of Kennesaw was killed in the attack.", "Treyvon Pritchard"),
        ("Also hit was her father, 47-yo Demetrius Abernathy, police said.", "Demetrius Abernathy"),
        ("They are Angela Ivers and Candace LaRue of Watertown.", "Candace LaRue"),
        ("Shots hit 15-month-old Ray'Shawn McCowan as he got into the car.", "Ray'Shawn McCowan"),
        ("Killed were her 26 year old granddaughter Kianna Branch and a man.", "Kianna Branch"),
        ("Her 10-year old sister, Yesenia Aldridge, is stable.", "Yesenia Aldridge"),
        (
            "The funeral for James Robert “J.R.” Lindgren was held Monday.",
            "James Robert Lindgren",  # the nickname stays in the aliases
        ),
        ("He shot James Robert “J.R.” Lindgren, 12, there.", "James Robert Lindgren"),
    ],
)
def test_more_person_patterns(nlp, text, name):
    people = by_label(entities_of(nlp, text)[0]).get("PERSON", {})
    assert name in people, people
