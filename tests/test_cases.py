"""Case roles and statuses from the parse, and the article's case (date, place, type)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.article import Article
from pipeline.cases import (
    build_case,
    fill_victim_status,
    find_case_claims,
    has_crime_evidence,
    pick_role,
)
from pipeline.cases.places import find_dateline
from pipeline.records import Claim, Mention

USER_ARTICLE = Path(__file__).parents[1] / "corpus" / "000_a43bdba0afa9a79a.txt"


def person_mentions(text: str, names: list[str]) -> list[Mention]:
    """PERSON mentions of every occurrence of each name (independent of the NER)."""
    mentions = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, "PERSON", "test"))
            start = text.find(name, start + 1)
    return sorted(mentions, key=lambda m: m.start)


def roles_of(nlp, text: str, names: list[str]) -> dict[str, tuple[str, list[str], list[str]]]:
    doc = nlp(text)
    mentions = person_mentions(text, names)
    claims = find_case_claims(doc, mentions)
    out = {}
    for name in names:
        spans = {(m.start, m.end) for m in mentions if m.text == name}
        mine = [c for c in claims if (c.target_start, c.target_end) in spans]
        out[name] = pick_role(mine)
    return out


ROLE_CASES = [
    # text, name, role, statuses that must be there
    ("He killed Gabriel Kovari last year.", "Gabriel Kovari", "victim", ["killed"]),
    ("John Smith was shot and killed Sunday night.", "John Smith", "victim", ["killed"]),
    ("John Smith was shot in the leg on Sunday.", "John Smith", "victim", ["injured"]),
    (
        "Police said Mary Radcliffe was fatally shot outside her home.",
        "Mary Radcliffe",
        "victim",
        ["killed"],
    ),
    ("Anna Lee died at the scene.", "Anna Lee", "victim", ["killed"]),
    ("Anna Lee was pronounced dead at a hospital.", "Anna Lee", "victim", ["killed"]),
    ("The victim was identified as 15-year-old Kevin Dorsett.", "Kevin Dorsett", "victim", []),
    ("Police are investigating the death of Tess Quillan.", "Tess Quillan", "victim", ["killed"]),
    (
        "Jim Dunn was taken to a nearby hospital with a bullet wound.",
        "Jim Dunn",
        "victim",
        ["injured"],
    ),
    ("Police said Kamden Yarbrough, 19, shot a man on Sunday.", "Kamden Yarbrough", "suspect", []),
    (
        "Kamden Yarbrough was charged with criminal homicide.",
        "Kamden Yarbrough",
        "suspect",
        ["charged"],
    ),
    ("Officers arrested Carl West on Monday.", "Carl West", "suspect", ["arrested"]),
    ("Carl West was convicted of murder in May.", "Carl West", "suspect", ["convicted"]),
    ("Carl West was sentenced to life in prison.", "Carl West", "suspect", ["sentenced"]),
    ("The suspect, James Brown, fled on foot.", "James Brown", "suspect", []),
    ("The woman was wounded by the gunman, Tom Lee.", "Tom Lee", "suspect", []),
    ("Tom Cruz shot his wife, then turned the gun on himself.", "Tom Cruz", "suspect", ["killed"]),
    ("Roman Kell, 15, accidentally shot himself.", "Roman Kell", "victim", ["injured"]),
    ("Bill Ames faces charges of aggravated assault.", "Bill Ames", "suspect", ["charged"]),
    ("His father, Omar Haddad, said the boy was kind.", "Omar Haddad", "relative", []),
    ("Officer Mike Radcliffe said the scene was secure.", "Mike Radcliffe", "official", []),
    ("Det Sgt Alan Hart said the inquiry continues.", "Alan Hart", "official", []),
    ("District Attorney Joe Blow said the case was strong.", "Joe Blow", "official", []),
    ("Coroner Ann Bell opened the inquest.", "Ann Bell", "official", []),
    ("His attorney, Kyle Halloran, contacted police.", "Kyle Halloran", "lawyer", []),
    ("Witness Mary Ann said she heard shots.", "Mary Ann", "witness", []),
    ("Officer Mike Radcliffe was shot and killed on duty.", "Mike Radcliffe", "victim", ["killed"]),
    ("Sam Gray walked to the store.", "Sam Gray", "other", []),
    (
        "Police identified two of the wounded victims as Jose Lopez and Deb Stanley.",
        "Deb Stanley",
        "victim",
        [],
    ),
    (
        "Four people were injured, including her father, Dan Wills.",
        "Dan Wills",
        "victim",
        ["injured"],
    ),
    ("Adrian Drummond is one of three suspected gunmen.", "Adrian Drummond", "suspect", []),
    ("Detectives are looking for Cutrez Fairbanks.", "Cutrez Fairbanks", "suspect", []),
    ("Police said Marcus Brooks started shooting at the crowd.", "Marcus Brooks", "suspect", []),
    ("Vontay Orwell, 22, was gunned down on Jan. 19.", "Vontay Orwell", "victim", ["killed"]),
    ("Jon Walker shot two men and later took his own life.", "Jon Walker", "suspect", ["killed"]),
    ("HPD has identified the men as Jordan Pettigrew and Al Harris.", "Al Harris", "victim", []),
    (
        "Police say Zeke Dillard was found with several gunshot wounds.",
        "Zeke Dillard",
        "victim",
        ["injured"],
    ),
    (
        "Will Dunmore, 18, is in serious condition at a hospital.",
        "Will Dunmore",
        "victim",
        ["injured"],
    ),
    (
        "The dead are Tammy Pearson, 56, and her boyfriend Shelby Outlaw.",
        "Shelby Outlaw",
        "victim",
        ["killed"],
    ),
    (
        "Her grandmother, Barbara Upshaw was among five people killed in the rampage.",
        "Barbara Upshaw",
        "victim",
        ["killed"],
    ),
]


@pytest.mark.parametrize(("text", "name", "role", "statuses"), ROLE_CASES)
def test_role_and_status_forms(nlp, text, name, role, statuses):
    got_role, got_status, _ = roles_of(nlp, text, [name])[name]
    assert got_role == role
    for status in statuses:
        assert status in got_status


def test_they_refers_to_each_conjoined_subject(nlp):
    text = "Will Gonzalez and Bran White were taken to a hospital, where they died."
    found = roles_of(nlp, text, ["Will Gonzalez", "Bran White"])
    assert found["Will Gonzalez"][:2] == ("victim", ["killed"])
    assert found["Bran White"][:2] == ("victim", ["killed"])


def test_pronoun_subject_is_resolved_to_the_last_subject(nlp):
    text = "Police caught Ray Cole in 2015. He was sentenced to 25 years in prison."
    role, status, sentences = roles_of(nlp, text, ["Ray Cole"])["Ray Cole"]
    assert role == "suspect"
    assert "sentenced" in status and "convicted" in status
    assert sentences == ["25 years in prison"]


def test_status_said_of_the_victim_goes_to_the_named_victim(nlp):
    text = "The victim was identified as Kevin Dorsett. The victim died at the scene."
    assert roles_of(nlp, text, ["Kevin Dorsett"])["Kevin Dorsett"][:2] == ("victim", ["killed"])
    text = (
        "The victims were identified as Ann Cole and Bo Ray. One victim died and "
        "two victims were wounded. Bo Ray was shot in the arm."
    )
    found = roles_of(nlp, text, ["Ann Cole", "Bo Ray"])
    assert found["Ann Cole"][:2] == ("victim", [])  # statuses disagree: none is given
    assert found["Bo Ray"][:2] == ("victim", ["injured"])


def test_pick_role_prefers_legal_evidence_and_keeps_officials():
    def claim(value: str, method: str, predicate: str = "case:role") -> Claim:
        return Claim(0, 5, predicate, value, 10, 15, method)

    shot_then_charged = [
        claim("victim", "case:verb-passive"),
        claim("injured", "case:verb-passive", "case:status"),
        claim("suspect", "case:verb-passive"),
        claim("charged", "case:verb-passive", "case:status"),
    ]
    assert pick_role(shot_then_charged)[:2] == ("suspect", ["injured", "charged"])
    officer_fired = [claim("official", "case:title"), claim("suspect", "case:verb-agent")]
    assert pick_role(officer_fired)[0] == "official"
    title_only = [Claim(0, 5, "per:title", "defense attorney", 0, 5, "test")]
    assert pick_role(title_only)[0] == "lawyer"
    assert pick_role([])[0] == "other"
    aged = [Claim(0, 5, "per:age", "19", 7, 9, "test")]
    assert pick_role(aged)[0] == "victim"
    assert pick_role([*aged, claim("suspect", "case:verb-agent")])[0] == "suspect"
    worded = [claim("suspect", "case:sentence-words")]
    assert pick_role([*aged, *worded])[0] == "suspect"
    assert pick_role(worded)[0] == "suspect"  # a weaker vote without an age


@pytest.mark.parametrize(
    ("text", "city", "state"),
    [
        ("NASHVILLE, Tenn. — A man was shot.", "Nashville", "TN"),
        ("Posted: today\n\nMCKINNEY, Texas (WFAA) - Police said", "McKinney", "TX"),
        ("CHICAGO (AP) — Two people were shot.", "Chicago", None),
        ("He said — nothing more.", None, None),
        # an agency tag may end the dateline without a dash
        ("HUNTINGTON, Ind. (WANE) A man was killed late Tuesday.", "Huntington", "IN"),
        ("POLICE (WANE) A man was killed.", None, None),
    ],
)
def test_dateline(text, city, state):
    found = find_dateline(text)
    if city is None:
        assert found is None
    else:
        assert found is not None and found[:2] == (city, state)


def make_rows(text: str, places: list[tuple[str, str]], dates: list[dict], people=()) -> dict:
    """Rows as normalise makes them: one entity per place name, a mention per occurrence."""
    rows: dict = {"places": [], "mentions": [], "dates": dates, "people": list(people)}
    for n, (name, label) in enumerate(places):
        eid = f"a-loc{n}"
        rows["places"].append({"entity_id": eid, "name": name, "label": label})
        start = text.find(name)
        while start >= 0:
            rows["mentions"].append(
                {
                    "entity_id": eid,
                    "label": label,
                    "start_char": start,
                    "end_char": start + len(name),
                }
            )
            start = text.find(name, start + 1)
    return rows


def sentences_of(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for n, char in enumerate(text):
        if char == "." and (n + 1 == len(text) or text[n + 1] == " "):
            bounds.append((start, n + 1))
            start = n + 2
    return bounds


def timex(text: str, phrase: str, day: str, granularity: str = "day") -> dict:
    start = text.index(phrase)
    return {
        "text": phrase,
        "value": day,
        "start": date.fromisoformat(day[:10]),
        "granularity": granularity,
        "start_char": start,
        "end_char": start + len(phrase),
        "sentence": phrase,
    }


def case_for(text: str, places, dates, published=date(2014, 1, 30), people=()) -> dict:
    article = Article("a", "a.txt", text, title=None, published=published)
    return build_case(article, make_rows(text, places, dates, people), sentences_of(text)).row


def test_case_date_is_the_event_sentence_not_the_court_date():
    text = (
        "Yarbrough appeared in court on Thursday. "
        "The shooting happened Tuesday evening in Smyrna. He is held on bond."
    )
    dates = [
        timex(text, "Thursday", "2014-01-30"),
        timex(text, "Tuesday evening", "2014-01-28TEV", "time"),
    ]
    case = case_for(text, [("Smyrna", "GPE")], dates)
    assert case["date"] == "2014-01-28"
    assert case["date_method"] == "event-sentence"


def test_case_date_skips_page_furniture_statements_and_bare_clock_times():
    text = (
        "Teen charged in fatal shooting Posted: Thursday, January 30, 2014 8:18 PM EST. "
        "A boy was shot and killed about 11 p.m. in Smyrna. "
        "The shooting happened Tuesday evening, police said Wednesday."
    )
    dates = [
        timex(text, "Thursday, January 30, 2014", "2014-01-30"),
        timex(text, "11 p.m.", "2014-01-30T23:00", "time"),
        timex(text, "Tuesday evening", "2014-01-28TEV", "time"),
        timex(text, "Wednesday", "2014-01-29"),
    ]
    assert case_for(text, [], dates)["date"] == "2014-01-28"


def test_case_date_prefers_the_event_word_nearest_to_it():
    text = "A man died Friday after he was shot at his home Thursday."
    dates = [timex(text, "Friday", "2014-01-24"), timex(text, "Thursday", "2014-01-23")]
    case = case_for(text, [], dates, published=date(2014, 1, 25))
    assert case["date"] == "2014-01-23"  # both are event dates: the earlier
    text = "Smith was arraigned Monday in the shooting on Jan. 5."
    dates = [timex(text, "Monday", "2014-01-27"), timex(text, "Jan. 5", "2014-01-05")]
    assert case_for(text, [], dates)["date"] == "2014-01-05"


def test_case_date_never_after_publication_and_falls_back_to_published():
    text = "A man was shot. His trial starts on Feb. 20."
    case = case_for(text, [], [timex(text, "Feb. 20", "2014-02-20")])
    assert case["date"] == "2014-01-30"
    assert case["date_method"] == "published-fallback"


def test_case_place_city_state_pattern_and_gazetteer():
    text = "A teen was shot and killed in Smyrna, Tenn. on Sunday. Nashville police said."
    case = case_for(text, [("Smyrna", "GPE"), ("Nashville", "GPE")], [])
    assert (case["city"], case["state"], case["country"]) == (
        "Smyrna",
        "Tennessee",
        "United States",
    )
    text = "A man was fatally shot in Mount Airy on Wednesday."
    case = case_for(text, [("Mount Airy", "GPE")], [])
    assert case["city"] == "Mount Airy" and case["state"] in ("Maryland", "North Carolina")
    text = "A man was fatally shot in Mount Airy on Wednesday. North Carolina troopers came."
    case = case_for(text, [("Mount Airy", "GPE"), ("North Carolina", "GPE")], [])
    assert case["state"] == "North Carolina"


def test_case_place_prefers_the_town_its_police_and_no_county():
    text = (
        "Montgomery County deputies said a man was shot and killed in the county. "
        "Clarksville police arrested a suspect."
    )
    case = case_for(text, [("Montgomery County", "GPE"), ("Clarksville", "GPE")], [])
    assert case["city"] == "Clarksville"


def test_case_place_finds_untagged_towns_and_prefers_the_town_to_its_county():
    text = "Sylvester police say a teen was shot at a party. Worth County deputies helped."
    case = case_for(text, [("Worth County", "GPE")], [])
    assert (case["city"], case["state"]) == ("Sylvester", "Georgia")
    text = "Sacramento County deputies said a man was shot and killed on Sunday."
    assert case_for(text, [("Sacramento County", "GPE")], [])["city"] == "Sacramento"


def test_case_place_from_the_headline_and_the_named_state():
    text = "A boy was killed after gunplay turned fatal, police said."
    article = Article("a", "a.txt", text, title="Miami Teen Dies After Gunplay", published=None)
    case = build_case(article, make_rows(text, [], []), sentences_of(text)).row
    assert (case["city"], case["state"]) == ("Miami", "Florida")
    text = "Six people were found dead inside a home in Bell. Florida deputies said Florida law..."
    case = case_for(text, [("Bell", "GPE"), ("Florida", "GPE")], [])
    assert (case["city"], case["state"]) == ("Bell", "Florida")


def test_a_court_is_not_the_scene():
    text = "A woman was killed in a crash, Nottingham Crown Court heard."
    case = case_for(text, [("Nottingham", "GPE")], [])
    assert "Court" not in (case["place"] or "")


def test_british_articles_get_no_us_state():
    text = "Two men were arrested after an armed robbery in Leicester. Watches worth £85,000."
    case = case_for(text, [("Leicester", "GPE")], [])
    assert (case["city"], case["state"], case["country"]) == ("Leicester", None, "United Kingdom")


def test_case_place_agrees_with_the_dateline_state():
    text = "PITTSBURGH (KDKA) – One man was killed when gunfire erupted at a bar in Homewood."
    case = case_for(text, [("Homewood", "GPE")], [])
    assert case["state"] == "Pennsylvania"
    text = "PITTSBURGH, Pa. – One man was killed when gunfire erupted at a bar in Homewood."
    assert case_for(text, [("Homewood", "GPE")], [])["city"] == "Pittsburgh"


def test_case_place_skips_person_names_tagged_as_places():
    text = "A man was shot in Cutler Bay. Martinez was shot too."
    people = [{"entity_id": "a-per1", "name": "Ana Martinez", "aliases": ["Martinez"]}]
    case = case_for(text, [("Martinez", "GPE"), ("Cutler Bay", "GPE")], [], people=people)
    assert case["city"] == "Cutler Bay"


def test_case_place_dateline_wins_and_street_is_kept():
    text = (
        "DALLAS, Texas — A woman was shot on the 2400 block of Thistlewood Drive. Houston is far."
    )
    case = case_for(text, [("Houston", "GPE"), ("DALLAS", "GPE")], [])
    assert case["city"] == "Dallas" and case["state"] == "Texas"
    assert case["place"].startswith("2400 block of Thistlewood Drive, Dallas")


def test_case_type_victims_and_counts():
    text = "A teen was stabbed and killed. The stabbing shocked the town."
    people = [
        {"entity_id": "a-per1", "case_role": "victim", "status": ["killed"]},
        {"entity_id": "a-per2", "case_role": "suspect", "status": ["arrested"]},
        {"entity_id": "a-per3", "case_role": "victim", "status": ["injured"]},
        {"entity_id": "a-per4", "case_role": "official", "status": []},
    ]
    case = case_for(text, [], [], people=people)
    assert case["case_type"] == "stabbing" and case["method"] == "knife"
    assert case["victims"] == ["a-per1", "a-per3"] and case["suspects"] == ["a-per2"]
    assert (case["n_killed"], case["n_injured"]) == (1, 1)


def test_fill_victim_status_from_other_victims_or_the_lead():
    article = Article("a", "a.txt", "Two men were killed Sunday. Police arrested a man.")
    people = [
        {"case_role": "victim", "status": ["killed"]},
        {"case_role": "victim", "status": []},
        {"case_role": "suspect", "status": []},
        {"case_role": "witness", "status": []},
    ]
    fill_victim_status(people, article, sentences_of(article.text))
    assert [p["status"] for p in people] == [["killed"], ["killed"], ["arrested"], []]
    mixed = [
        {"case_role": "victim", "status": ["killed"]},
        {"case_role": "victim", "status": ["injured"]},
        {"case_role": "victim", "status": []},
    ]
    fill_victim_status(mixed, article, sentences_of(article.text))
    assert mixed[2]["status"] == []
    wounded = Article("b", "b.txt", "A man was wounded in a shooting.", title="Man wounded")
    alone = [{"case_role": "victim", "status": []}]
    fill_victim_status(alone, wounded, sentences_of(wounded.text))
    assert alone[0]["status"] == ["injured"]
    killed = Article("c", "c.txt", "A teen was shot Sunday.", title="Teen killed in shooting")
    shot = [{"case_role": "victim", "status": ["injured"]}]
    fill_victim_status(shot, killed, sentences_of(killed.text))
    assert shot[0]["status"] == ["killed"]


@pytest.fixture(scope="module")
def user_article_rows(nlp):
    if not USER_ARTICLE.is_file():
        pytest.skip(f"the user's article {USER_ARTICLE} is absent")
    from pipeline.config import Config
    from pipeline.ingest import ingest
    from pipeline.process import process_articles

    # read as ``make run`` reads it: the "date 2023-11-16" prefix is the publication date
    (article,) = (a for a in ingest(USER_ARTICLE.parent) if a.path == USER_ARTICLE.name)
    assert article.published == date(2023, 11, 16)
    (result,) = process_articles([article], Config())
    assert result.article.status == "ok", result.article.error
    return result.tables


def test_user_article_port_is_the_sentenced_suspect(user_article_rows):
    people = {p["name"]: p for p in user_article_rows["people"]}
    port = next(p for name, p in people.items() if name.endswith("Port"))
    assert port["case_role"] == "suspect"
    assert {"convicted", "sentenced"} <= set(port["status"])
    sentence = [
        f
        for f in user_article_rows["facts"]
        if f["predicate"] == "case:sentence" and f["subject"] == port["entity_id"]
    ]
    assert sentence and sentence[0]["object"] == "whole-life tariff"
    assert "2016" in sentence[0]["sentence"]


def test_user_article_four_men_are_killed_victims_in_barking(user_article_rows):
    people = {p["name"]: p for p in user_article_rows["people"]}
    for name in ("Anthony Walgate", "Gabriel Kovari", "Daniel Whitworth", "Jack Taylor"):
        assert people[name]["case_role"] == "victim", name
        assert "killed" in people[name]["status"], name
    (case,) = user_article_rows["cases"]
    assert case["city"] == "Barking"
    assert "Barking" in case["place"]
    ids = {people[n]["entity_id"] for n in ("Anthony Walgate", "Gabriel Kovari", "Jack Taylor")}
    assert ids <= set(case["victims"])
    assert case["suspects"] == [
        port["entity_id"] for port in people.values() if port["name"].endswith("Port")
    ]


@pytest.mark.parametrize(
    ("title", "text", "is_case"),
    [
        ("Man shot dead in Smyrna", "Police said the man was found in his car.", True),
        (None, "A teenager was stabbed on Friday. He was arrested on Monday.", True),
        ("Care home manager jailed for fraud", "She took £240,000 from residents.", True),
        ("Ebbers denies WorldCom fraud", "The former boss said he knew nothing.", False),
        ("Shares rise on strong sales", "Profits rose by 5%, the firm said.", False),
        ("Chelsea hold Arsenal", "Robben's shot hit the post; Cole was injured.", False),
        ("Stage and screen star Peggy Rowntree dies", "The actress died at home aged 73.", False),
    ],
)
def test_a_case_row_needs_crime_evidence(title, text, is_case):
    assert has_crime_evidence(text, title) is is_case


def test_business_story_gets_no_case_row_and_crime_story_one(nlp):
    from pipeline.config import Config
    from pipeline.process import process_articles

    business = Article("b", "b.txt", "Shares in the bank rose 5% on Monday.", title="Bank up")
    crime = Article("c", "c.txt", "A man was shot and killed on Monday.", title="Man shot")
    results = list(process_articles([business, crime], Config()))
    assert [len(r.tables["cases"]) for r in results] == [0, 1]


def period(text: str, phrase: str, value: str, first: date, last: date, rng=None) -> dict:
    """A month/year date row as normalise makes it."""
    row = timex(text, phrase, first.isoformat(), "year" if len(value) == 4 else "month")
    row.update(value=value, end=last, range=rng)
    return row


@pytest.mark.parametrize(
    ("text", "phrase", "value", "first", "last", "rng", "want"),
    [
        (
            "He killed three men between June 2014 and September 2015.",
            "June 2014",
            "2014-06",
            date(2014, 6, 1),
            date(2014, 6, 30),
            "2014-06/2015-09",
            "2014-06/2015-09",
        ),
        (
            "The girl was shot dead in May 2013.",
            "May 2013",
            "2013-05",
            date(2013, 5, 1),
            date(2013, 5, 31),
            None,
            "2013-05",
        ),
        (
            "The man was murdered in 2012.",
            "2012",
            "2012",
            date(2012, 1, 1),
            date(2012, 12, 31),
            None,
            "2012",
        ),
    ],
)
def test_case_date_is_the_event_period_when_no_day_is_given(
    text, phrase, value, first, last, rng, want
):
    row = period(text, phrase, value, first, last, rng)
    case = case_for(text, [], [row], published=date(2023, 11, 16))
    assert (case["date"], case["date_start"], case["date_method"]) == (want, first, "event-period")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "first", "last"),
    [
        # the period may hold the publication day itself
        (
            "The man was shot dead in November.",
            "November",
            "2023-11",
            date(2023, 11, 1),
            date(2023, 11, 30),
        ),
        # a court sentence dates the trial, not the killing
        (
            "His trial starts in June 2023.",
            "June 2023",
            "2023-06",
            date(2023, 6, 1),
            date(2023, 6, 30),
        ),
    ],
)
def test_case_date_period_needs_an_event_sentence_ended_before_publication(
    text, phrase, value, first, last
):
    row = period(text, phrase, value, first, last)
    case = case_for(text, [], [row], published=date(2023, 11, 16))
    assert case["date_method"] == "published-fallback"


def test_user_article_case_date_is_the_killing_period(user_article_rows):
    (case,) = user_article_rows["cases"]
    assert case["date_method"] == "event-period"
    assert case["date"].startswith("2014-06")
    assert date(2014, 6, 1) <= case["date_start"] <= date(2015, 9, 30)


@pytest.mark.parametrize(
    ("text", "places", "city", "state"),
    [
        # weak votes count: Knox County (nine states, Illinois among them) tips Peoria
        (
            "A man was shot and killed in Peoria on Sunday. Knox County deputies helped.",
            [("Peoria", "GPE"), ("Knox County", "GPE")],
            "Peoria",
            "Illinois",
        ),
        # no votes: the most populous namesake
        (
            "A man was shot in Jacksonville on Sunday.",
            [("Jacksonville", "GPE")],
            "Jacksonville",
            "Florida",
        ),
        # a named state still wins over a more populous namesake
        (
            "A man was shot in Peoria, Ill., on Sunday.",
            [("Peoria", "GPE")],
            "Peoria",
            "Illinois",
        ),
        # a country the suspect came from or fled to is not where the shooting happened
        (
            "A man was shot dead in Houston. Police said the suspect may flee to Mexico.",
            [("Houston", "GPE"), ("Mexico", "GPE")],
            "Houston",
            "Texas",
        ),
        (
            "A native of Mexico, Aguilera was shot in Pasadena, Calif., on Friday.",
            [("Mexico", "GPE"), ("Pasadena", "GPE")],
            "Pasadena",
            "California",
        ),
        # "Side" cut from "the West Side" is no city
        (
            "A girl was shot on the West Side of San Antonio. Side streets were closed.",
            [("Side", "GPE"), ("San Antonio", "GPE")],
            "San Antonio",
            "Texas",
        ),
    ],
)
def test_case_place_state_by_votes_population_and_no_foreign_origin(text, places, city, state):
    case = case_for(text, places, [])
    assert (case["city"], case["state"], case["country"]) == (city, state, "United States")


def test_a_us_story_naming_the_state_more_than_a_country_stays_american():
    text = (
        "A man was shot and killed in Cutler Bay, Florida, on Monday. He had moved to "
        "Florida after years in Mexico."
    )
    case = case_for(text, [("Cutler Bay", "GPE"), ("Florida", "GPE"), ("Mexico", "GPE")], [])
    assert (case["city"], case["state"]) == ("Cutler Bay", "Florida")


@pytest.mark.parametrize(
    ("text", "names", "role", "status"),
    [
        # a subject hung on the auxiliary by the parser: read as the passive subject
        (
            "Rodneka Radcliffe and Jacorey Cartwright were critically injured.",
            ["Rodneka Radcliffe", "Jacorey Cartwright"],
            "victim",
            ["injured"],
        ),
        # copula + state
        (
            "Wilson was critically injured, but doctors expect him to survive.",
            ["Wilson"],
            "victim",
            ["injured"],
        ),
        ("Smith was dead at the scene.", ["Smith"], "victim", ["killed"]),
        # "the victims were: X; Y; and Z"
        (
            "The victims were: Kolby Whitacre, 12; Destiny Ostrander, 6; and Alina Ostrander.",
            ["Kolby Whitacre", "Destiny Ostrander", "Alina Ostrander"],
            "victim",
            [],
        ),
        # "identified those wounded ... as X" ("as" hung on the noun in between)
        (
            "Police identified those wounded in the gunfire as Nathaniel Lockhart, 31, of "
            "Marmet; Arthur Galloway, 27, Marmet; and Khalid Aldridge.",
            ["Nathaniel Lockhart", "Arthur Galloway", "Khalid Aldridge"],
            "victim",
            ["injured"],
        ),
    ],
)
def test_roles_of_copulas_lists_and_misparsed_subjects(nlp, text, names, role, status):
    found = roles_of(nlp, text, names)
    for name in names:
        assert found[name][0] == role, name
        assert found[name][1] == status, name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("John Smith was not injured in the shooting.", "John Smith"),
        ("Police said Mark Doe was not charged.", "Mark Doe"),
        ("Mark Doe was not hurt.", "Mark Doe"),
        ("Deputies never arrested Mark Doe.", "Mark Doe"),
    ],
)
def test_negated_verbs_give_no_role_or_status(nlp, text, name):
    role, status, _ = roles_of(nlp, text, [name])[name]
    assert (role, status) == ("other", [])


@pytest.mark.parametrize(
    ("text", "names", "role", "status"),
    [
        (
            "Two more teens, identified as 19-year-old Lionel Fitzhugh and 16-year-old Irvin "
            "Blakemore, were arrested Wednesday.",
            ["Lionel Fitzhugh", "Irvin Blakemore"],
            "suspect",
            ["arrested"],
        ),
        (
            "Delgado, 32, is a person of interest in Holly Prescott's murder.",
            ["Delgado"],
            "suspect",
            [],
        ),
    ],
)
def test_suspects_identified_in_a_group_or_as_a_person_of_interest(nlp, text, names, role, status):
    found = roles_of(nlp, text, names)
    for name in names:
        assert found[name][:2] == (role, status), name


@pytest.mark.parametrize(
    ("text", "name", "role", "status"),
    [
        # objectless harm verbs that read as passive: the subject is the victim
        (
            "When they got there they found Yip shot dead in the bedroom.",
            "Yip",
            "victim",
            ["killed"],
        ),
        (
            "Deputies said they found Ray shot to death beside a culvert.",
            "Ray",
            "victim",
            ["killed"],
        ),
        (
            "Joshua Colquitt, 27, shot in the neck and shoulder.",
            "Joshua Colquitt",
            "victim",
            ["injured"],
        ),
        # with an object, a target or a conjoined object the subject is the attacker
        ("Lockhart shot him in the chest.", "Lockhart", "suspect", []),
        ("Lockhart shot at officers during the chase.", "Lockhart", "suspect", []),
        ("Police said Smith shot and killed his wife.", "Smith", "suspect", []),
    ],
)
def test_objectless_harm_verbs_read_as_passive(nlp, text, name, role, status):
    assert roles_of(nlp, text, [name])[name][:2] == (role, status)


@pytest.mark.parametrize(
    ("text", "name", "role", "status"),
    [
        (
            "Oklahoma County prosecutors filed three first-degree murder charges against "
            "Daniel Quarles Greene.",
            "Daniel Quarles Greene",
            "suspect",
            ["charged"],
        ),
        (
            "Cornell Pritchard, 27, appeared for an arraignment Friday.",
            "Cornell Pritchard",
            "suspect",
            ["charged"],
        ),
        (
            "Police named 26-year-old Ellicott McCrary as a person of "
            "interest in Sunday's shooting.",
            "Ellicott McCrary",
            "suspect",
            [],
        ),
        # court words alone do not make a suspect
        ("The family appeared in court to support Jane Doe.", "Jane Doe", "other", []),
        ("Smith testified against John Doe at the trial.", "John Doe", "other", []),
    ],
)
def test_suspects_from_charges_against_and_court_appearances(nlp, text, name, role, status):
    assert roles_of(nlp, text, [name])[name][:2] == (role, status)


@pytest.mark.parametrize(
    ("text", "name", "status"),
    [
        (
            "Antoine Ellery Jr. was likewise pronounced dead at the scene, with several wounds.",
            "Antoine Ellery Jr.",
            ["killed"],
        ),
        ("Smith was found with multiple gunshot wounds.", "Smith", ["injured"]),
    ],
)
def test_pronounced_dead_with_wounds_is_killed(nlp, text, name, status):
    assert roles_of(nlp, text, [name])[name][:2] == ("victim", status)


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        ("A teenager was charged with attempted murder after a man was stabbed.", []),
        ("Police said the attempted homicide happened on Sunday.", []),
        ("A teenager was charged with murder after a man was stabbed.", ["killed"]),
    ],
)
def test_attempted_murder_in_the_lead_kills_no_one(lead, status):
    article = Article("d", "d.txt", lead)
    victim = [{"case_role": "victim", "status": []}]
    fill_victim_status(victim, article, sentences_of(article.text))
    assert victim[0]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Police charged a man with the attempted murder of Carl Dyson on Friday.", []),
        ("Police charged a man with the murder of Carl Dyson on Friday.", ["killed"]),
    ],
)
def test_the_victim_of_an_attempted_murder_is_not_killed(nlp, text, status):
    assert roles_of(nlp, text, ["Carl Dyson"])["Carl Dyson"][:2] == ("victim", status)
