"""Status rules of the case roles: statuses that fit the person's role."""

import pytest

from pipeline.article import Article
from pipeline.cases import fill_victim_status, find_case_claims, pick_role
from pipeline.cases.incident import _dead_count
from pipeline.cases.roles import worded_status
from pipeline.records import Claim
from tests.test_cases import person_mentions


def claims(*items: tuple[str, str, str, int]) -> list[Claim]:
    """(predicate, value, method, start) claims on one person (span 0-5)."""
    return [
        Claim(0, 5, pred, value, start, start + 5, method) for pred, value, method, start in items
    ]


ROLE_STATUS_CASES = [
    # a victim said to be arrested through a wrong pronoun keeps only the harm
    (
        claims(
            ("case:role", "victim", "case:verb-passive", 10),
            ("case:status", "killed", "case:verb-passive", 10),
            ("case:role", "suspect", "case:verb-passive+pronoun", 40),
            ("case:status", "arrested", "case:verb-passive+pronoun", 40),
        ),
        ("victim", ["killed"]),
    ),
    # "charged in the death of ..." and "the death of X's brother": charged only
    (
        claims(
            ("case:role", "suspect", "case:verb-passive", 10),
            ("case:status", "charged", "case:verb-passive", 10),
            ("case:role", "victim", "case:noun-of", 40),
            ("case:status", "killed", "case:noun-of", 40),
        ),
        ("suspect", ["charged"]),
    ),
    # shot by police, then arrested: the suspect claim states the harm, it stays
    (
        claims(
            ("case:role", "suspect", "case:verb-police", 10),
            ("case:status", "injured", "case:verb-police", 10),
            ("case:role", "suspect", "case:verb-passive", 40),
            ("case:status", "arrested", "case:verb-passive", 40),
        ),
        ("suspect", ["injured", "arrested"]),
    ),
    # a suspect with no legal status keeps what victim evidence says ("he died")
    (
        claims(
            ("case:role", "suspect", "case:appos", 10),
            ("case:role", "victim", "case:verb-subject", 40),
            ("case:status", "killed", "case:verb-subject", 40),
        ),
        ("suspect", ["killed"]),
    ),
]


@pytest.mark.parametrize(("found", "expected"), ROLE_STATUS_CASES)
def test_statuses_fit_the_role(found: list[Claim], expected: tuple[str, list[str]]) -> None:
    assert pick_role(found)[:2] == expected


def roles_in(
    nlp, text: str, names: list[str], ages: dict[str, int] | None = None
) -> dict[str, tuple[str, list[str], list[str]]]:
    """``pick_role`` of every occurrence of each name (PERSON mentions independent of NER),
    with a ``per:age`` claim for the names in ``ages`` (the age rules are not run)."""
    doc = nlp(text)
    mentions = person_mentions(text, names)
    found = find_case_claims(doc, mentions)
    for name, age in (ages or {}).items():
        start = text.find(name)
        found.append(Claim(start, start + len(name), "per:age", str(age), start, start, "test"))
    out = {}
    for name in names:
        spans = {(m.start, m.end) for m in mentions if m.text == name}
        out[name] = pick_role([c for c in found if (c.target_start, c.target_end) in spans])
    return out


CORONER_CASES = [
    # the coroner identifies the dead: killed, not the article's "injured"
    (
        "Gunfire broke out at a car wash. A deputy coroner named the man as Tom Hale, "
        "a welder. Witnesses said Tom Hale was hit in the chest.",
        "Tom Hale",
        ("victim", ["killed"]),
    ),
    (
        "Ray Dunn was shot twice near a pier, the medical examiner told reporters.",
        "Ray Dunn",
        ("victim", ["killed"]),
    ),
    # an injury word in the sentence: nothing from the coroner
    (
        "The coroner said Ray Dunn was wounded and taken to a hospital.",
        "Ray Dunn",
        ("victim", ["injured"]),
    ),
    # only a victim takes it
    (
        "Deputy Coroner Ann Bell said the autopsy is scheduled for Monday.",
        "Ann Bell",
        None,
    ),
    # the one examined: a passive subject with the coroner as the agent
    (
        "Tom Hale was shot on Elm Street. Tom Hale was identified by the medical examiner.",
        "Tom Hale",
        ("victim", ["killed"]),
    ),
    # not the one examined: the subject of a reporting verb, a possessor, a denial
    (
        "Tom Hale was shot and is now in stable condition. The coroner said Tom Hale told "
        "officers that he saw a car.",
        "Tom Hale",
        ("victim", ["injured"]),
    ),
    (
        "Tom Hale, 25, was shot and taken to a hospital. Tom Hale's mother, Ann Hale, 60, "
        "said the medical examiner called her on Monday.",
        "Tom Hale",
        ("victim", ["injured"]),
    ),
    (
        "Tom Hale was shot on Elm Street. The coroner has not identified Tom Hale.",
        "Tom Hale",
        ("victim", ["injured"]),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), CORONER_CASES)
def test_the_coroner_speaks_of_the_dead(nlp, text: str, name: str, expected) -> None:
    role, statuses, _ = roles_in(nlp, text, [name])[name]
    if expected is None:
        assert "killed" not in statuses
    else:
        assert (role, statuses) == expected


IDENTIFIED_DEAD_CASES = [
    # "deceased" in the sentence of "the victims were identified as": killed
    (
        "Police identified the two deceased victims on Friday as Tom Hale and Ray Dunn.",
        "Tom Hale",
        ("victim", ["killed"]),
    ),
    (
        "The deceased was identified as Tom Hale of Elm Street.",
        "Tom Hale",
        ("victim", ["killed"]),
    ),
    # "one of the victims, identified as X, later died": what is said of the number
    (
        "A man police identified as Tom Hale died two days after the crash.",
        "Tom Hale",
        ("victim", ["killed"]),
    ),
    # no death word: no status
    (
        "Police identified the victims as Tom Hale and Ray Dunn.",
        "Tom Hale",
        ("victim", []),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), IDENTIFIED_DEAD_CASES)
def test_the_identified_dead(nlp, text: str, name: str, expected) -> None:
    role, statuses, _ = roles_in(nlp, text, [name, "Ray Dunn"])[name]
    assert (role, statuses) == expected


INCLUDE_CASES = [
    # "the wounded included X": the role noun's status
    (
        "Six people were hurt at the fair. The wounded included Ray Dunn and Tom Hale.",
        "Tom Hale",
        ("victim", ["injured"]),
    ),
    (
        "The dead include Tom Hale, 40, of Elm Street.",
        "Tom Hale",
        ("victim", ["killed"]),
    ),
    # the noun's own word, not the sentence's
    (
        "The wounded included Tom Hale, and the dead included Ray Dunn.",
        "Tom Hale",
        ("victim", ["injured"]),
    ),
    # a subject that is no role noun says nothing
    (
        "The guests included Tom Hale, a local pastor.",
        "Tom Hale",
        ("other", []),
    ),
    # denied: nothing (a negated verb gives no evidence)
    (
        "The dead did not include Tom Hale.",
        "Tom Hale",
        ("victim", []),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), INCLUDE_CASES)
def test_the_wounded_included(nlp, text: str, name: str, expected) -> None:
    role, statuses, _ = roles_in(nlp, text, [name])[name]
    assert (role, statuses) == expected


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Farmhand held after double killing at ranch", ["killed"]),
        ("Man charged in slayings of two neighbors", ["killed"]),
        ("Suspect in shooting in custody", []),
    ],
)
def test_a_lead_of_killings_gives_the_victims_killed(title: str, status: list[str]) -> None:
    article = Article("a", "a.txt", "Police identified the victims as A and B.", title=title)
    people = [{"case_role": "victim", "status": []}, {"case_role": "victim", "status": []}]
    fill_victim_status(people, article, [(0, len(article.text))])
    assert [p["status"] for p in people] == [status, status]


SPEAKER_CASES = [
    # a quoted adult relative with an age stays a relative
    (
        "Tom Hale, 34, was stabbed on Tuesday. Mr Hale's sister, Ann Hale, 29, said her "
        "brother had never been in trouble.",
        ("Ann Hale", 29),
        "relative",
    ),
    # not quoted: an aged relative is one the crime touched
    (
        "Tom Hale, 34, was stabbed on Tuesday. His sister, Ann Hale, 29, was at home.",
        ("Ann Hale", 29),
        "victim",
    ),
    # a child relative with an age is not kept a relative for speaking
    (
        "Tom Hale, 34, was stabbed on Tuesday. His son, Bo Hale, 6, told police he ran.",
        ("Bo Hale", 6),
        "victim",
    ),
]


@pytest.mark.parametrize(("text", "aged", "role"), SPEAKER_CASES)
def test_a_quoted_relative_stays_a_relative(
    nlp, text: str, aged: tuple[str, int], role: str
) -> None:
    name, age = aged
    found = roles_in(nlp, text, ["Tom Hale", name], {name: age})
    assert found[name][0] == role


DEATH_CASES = [
    ("Tom Hale was taken to a hospital. He passed away on Monday.", "Tom Hale", "killed"),
    ("Police said Tom Hale, 40, passed away at a hospital.", "Tom Hale", "killed"),
    ("Tom Hale passed away at the scene.", "Tom Hale", "killed"),
    ("Medics pronounced Tom Hale dead at the scene.", "Tom Hale", "killed"),
    ("Deputies found Tom Hale dead in his truck.", "Tom Hale", "killed"),
    # not death: "passed" without "away", "found X" alone
    ("Tom Hale passed the test on Monday.", "Tom Hale", None),
    # denied: nothing (a negated verb gives no evidence)
    ("Medics did not pronounce Tom Hale dead.", "Tom Hale", None),
    ("Deputies never found Tom Hale dead.", "Tom Hale", None),
]


@pytest.mark.parametrize(("text", "name", "status"), DEATH_CASES)
def test_said_to_be_dead(nlp, text: str, name: str, status: str | None) -> None:
    role, statuses, _ = roles_in(nlp, text, [name])[name]
    if status is None:
        assert "killed" not in statuses
    else:
        assert (role, statuses) == ("victim", [status])


def worded_of(nlp, text: str, name: str) -> str | None:
    """``worded_status`` of the claims on every occurrence of ``name``."""
    return worded_status(find_case_claims(nlp(text), person_mentions(text, [name])))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Police said Tom Hale, 20, and a friend died at the scene.", "killed"),
        ("Tom Hale remains in stable condition, police said.", "injured"),
        ("Friends of Tom Hale said he was among the wounded.", "injured"),
        # only the words of the name's own clause count
        ("One man died and Tom Hale was wounded.", "injured"),
        ("Tom Hale was not hurt, but his brother was killed.", None),
        ("Tom Hale was standing by his cousin when the cousin was killed.", None),
        ("According to the report, Tom Hale was killed on Monday.", "killed"),
        # both kinds of words, or none: no vote
        ("Tom Hale was hurt and later died.", None),
        ("Tom Hale lived on Elm Street.", None),
        # quoted, possible or asked about: no vote; nor for the speaker
        ('Tom Hale shouted "nobody is dead" at the crowd.', None),
        ("Tom Hale could have been killed by the blast.", None),
        ("Officers asked whether Tom Hale was hurt.", None),
        ('"Somebody could have been killed," Tom Hale said.', None),
        ("Tom Hale said two men died.", None),
        # quotes are paired per paragraph: one may run over sentences, and a closing
        # mark the parser puts at the head of the next sentence quotes nothing
        ('"The yard was empty. Tom Hale died there," a neighbor recalled.', None),
        ('A neighbor spoke briefly. "It was loud."\n\nTom Hale died at the scene.', "killed"),
        # "condition" of health only
        ("Tom Hale is in critical condition.", "injured"),
        ("Tom Hale, a neighbor who spoke on condition of anonymity, heard shots.", None),
    ],
)
def test_the_words_of_a_persons_sentences(nlp, text: str, status: str | None) -> None:
    assert worded_of(nlp, text, "Tom Hale") == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one verb, two clauses: "dead" is the found one's own, not the finder's
        (
            "Ranger Ada Voss found Ned Pryle dead in the shed.",
            {"Ada Voss": None, "Ned Pryle": "killed"},
        ),
        ("Ada Voss saw Ned Pryle dead on the stairs.", {"Ada Voss": None, "Ned Pryle": "killed"}),
        # "injured" is one name's clause, "dead" the other's: the second has both words
        (
            "Guards found Ada Voss injured and Ned Pryle dead.",
            {"Ada Voss": "injured", "Ned Pryle": None},
        ),
        # two subjects of one clause share its answer
        ("Ada Voss and Ned Pryle were killed.", {"Ada Voss": "killed", "Ned Pryle": "killed"}),
    ],
)
def test_names_sharing_a_verb_have_their_own_clauses(
    nlp, text: str, expected: dict[str, str | None]
) -> None:
    """The clause's answer is kept per clause, not per verb: names hung on one verb can
    have different clauses (``_own_clause`` keeps a clause whose subject holds the name)."""
    names = list(expected)
    mentions = person_mentions(text, names)
    claims = find_case_claims(nlp(text), mentions)
    got = {}
    for name in names:
        spans = {(m.start, m.end) for m in mentions if m.text == name}
        got[name] = worded_status(c for c in claims if (c.target_start, c.target_end) in spans)
    assert got == expected


def test_a_victim_with_no_status_takes_its_sentences_word() -> None:
    article = Article("a", "a.txt", "One man died and one was wounded.", title="Two shot")
    people = [
        {"entity_id": "p1", "case_role": "victim", "status": ["killed"]},
        {"entity_id": "p2", "case_role": "victim", "status": ["injured"]},
        {"entity_id": "p3", "case_role": "victim", "status": []},
        {"entity_id": "p4", "case_role": "victim", "status": []},
        {"entity_id": "p5", "case_role": "witness", "status": []},
    ]
    worded = {"p3": "injured", "p4": None, "p5": "killed"}
    fill_victim_status(people, article, [(0, len(article.text))], worded)
    assert [p["status"] for p in people] == [["killed"], ["injured"], ["injured"], [], []]
    # the other victims' shared status comes first
    shared = [
        {"entity_id": "p1", "case_role": "victim", "status": ["killed"]},
        {"entity_id": "p3", "case_role": "victim", "status": []},
    ]
    fill_victim_status(shared, article, [(0, len(article.text))], {"p3": "injured"})
    assert shared[1]["status"] == ["killed"]


@pytest.mark.parametrize(
    ("text", "n_suspects", "status"),
    [
        ("Police said the man shot his wife and then shot himself.", 1, ["killed"]),
        ("Investigators called it a murder-suicide.", 1, ["killed"]),
        ("The gunman was shot and killed by police outside the store.", 1, ["killed"]),
        # two suspects: whose death is it?
        ("Police said one of the men shot himself.", 2, []),
        # no such words: nothing
        ("Police are searching for the gunman.", 1, []),
    ],
)
def test_the_only_suspect_dead_by_his_own_hand(text: str, n_suspects: int, status) -> None:
    article = Article("a", "a.txt", "A woman was found dead Sunday. " + text, title="Woman dead")
    people = [{"case_role": "suspect", "status": []} for _ in range(n_suspects)]
    fill_victim_status(people, article, [(0, 31), (31, len(article.text))])
    assert people[0]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Tom Reed shot Ann Cole and then shot himself.", ["killed"]),
        ("Reed was shot dead by police near the mill.", ["killed"]),
        ("Investigators called it a murder-suicide.", ["killed"]),  # no one named
        # denied in the clause
        ("Police said it was not a murder-suicide.", []),
        ("Tom Reed was not killed by police, a sergeant said.", []),
        ("There was no murder-suicide, the sheriff said.", []),
        # a possibility, or a speaker's words of his own: not stated
        ("Police said Tom Reed could have shot himself.", []),
        ('"We think Tom Reed shot himself," a neighbor told the crowd.', []),
        # an official's quoted words of fact count
        ('"Tom Reed shot himself," the sheriff told the crowd.', ["killed"]),
        # a negation in an earlier clause of the same sentence does not rule it
        ("It was no accident. Tom Reed shot himself.", ["killed"]),
        # the sentence names another person, not the suspect
        ("Ann Cole later shot herself with the same rifle.", []),
    ],
)
def test_the_suspect_dead_in_his_own_sentence(text: str, status: list[str]) -> None:
    text = "A woman was found dead Sunday. " + text
    article = Article("a", "a.txt", text, title="Woman dead")
    people = [
        {"name": "Tom Reed", "case_role": "suspect", "status": []},
        {"name": "Ann Cole", "case_role": "victim", "status": ["killed"]},
    ]
    fill_victim_status(people, article, [(0, 31), (31, len(text))])
    assert people[0]["status"] == status


SELF_SHOT_CASES = [
    # the attacker who shot himself: killed
    (
        claims(
            ("case:role", "suspect", "case:verb-agent", 10),
            ("case:role", "suspect", "case:verb-reflexive", 40),
            ("case:status", "injured", "case:verb-reflexive", 40),
        ),
        ("suspect", ["killed"]),
    ),
    # said to survive by other words: injured
    (
        claims(
            ("case:role", "suspect", "case:verb-agent", 10),
            ("case:role", "suspect", "case:verb-reflexive", 40),
            ("case:status", "injured", "case:verb-reflexive", 40),
            ("case:role", "victim", "case:verb-subject", 70),
            ("case:status", "injured", "case:verb-subject", 70),
        ),
        ("suspect", ["injured"]),
    ),
    # the sentence says he lived ("shot himself in the hand and fled"): injured
    (
        claims(
            ("case:role", "suspect", "case:verb-agent", 10),
            ("case:role", "suspect", "case:verb-reflexive-lived", 40),
            ("case:status", "injured", "case:verb-reflexive-lived", 40),
        ),
        ("suspect", ["injured"]),
    ),
]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The gunman, Tom Reed, shot a clerk and then shot himself.", ["killed"]),
        ("The gunman, Tom Reed, shot a clerk, then shot himself in the head.", ["killed"]),
        # lived: a body part that is not the head, or fled, and no fatal word
        ("The gunman, Tom Reed, shot a clerk, then shot himself in the hand.", ["injured"]),
        ("The gunman, Tom Reed, shot a clerk, then shot himself and fled.", ["injured"]),
        # a fatal word in the sentence: killed
        ("The gunman, Tom Reed, shot a clerk, then fatally shot himself in the leg.", ["killed"]),
    ],
)
def test_the_attacker_who_shot_himself_and_lived(nlp, text: str, status: list[str]) -> None:
    assert roles_in(nlp, text, ["Tom Reed"])["Tom Reed"][:2] == ("suspect", status)


@pytest.mark.parametrize(("found", "expected"), SELF_SHOT_CASES)
def test_the_attacker_who_shot_himself(found: list[Claim], expected) -> None:
    assert pick_role(found)[:2] == expected


@pytest.mark.parametrize(
    ("title", "n_victims", "status"),
    [
        # the title counts as many dead as there are victims; the lead names a wounded man
        ("Attacker kills 2 outside Birch Road depot", 2, "killed"),
        ("Birch Road attack leaves two people dead", 2, "killed"),
        # fewer dead than victims: they may be the wounded
        ("Attacker kills 2 outside Birch Road depot", 3, "injured"),
        ("Driver fires at 5 on ferry, killing 1", 5, "injured"),
        # no number: the title says nothing of the others ("Man killed" over a wounded one)
        ("Man killed in Birch Road shooting", 2, "injured"),
        ("Man killed in Birch Road shooting", 1, "injured"),
        # injury words in the title ("wounds", "shoots", "shot" but not "shot dead")
        ("Attacker kills 2, wounds 3 near depot", 2, "injured"),
        ("Clerk shoots 2 robbers, killing both", 2, "injured"),
        ("2 dead, 3 wounded in shooting", 2, "injured"),
        # numbers of others are no dead
        ("Ferry shooting leaves 3 injured", 3, "injured"),
    ],
)
def test_a_title_of_killing_makes_the_shot_victims_killed(
    title: str, n_victims: int, status: str
) -> None:
    text = "Several people were shot on a ferry. A man was wounded in the arm."
    article = Article("a", "a.txt", text, title=title)
    people = [{"case_role": "victim", "status": ["injured"]} for _ in range(n_victims)]
    fill_victim_status(people, article, [(0, 36), (37, len(text))])
    assert [p["status"] for p in people] == [[status]] * n_victims


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Attacker kills 3", 3),
        ("killing one", 1),
        ("Ferry attack leaves 2 dead", 2),
        ("left two others dead", 2),
        ("6 shot to death in barn", 6),
        ("two people killed", 2),
        ("1 dead", 1),
        # not numbers of dead
        ("Ferry shooting leaves 3 injured", None),
        ("Crash left 2 hurt, 1 dead", 1),
        ("Fire left 17-year-old dead", None),
        ("killed 19-year-old", None),
    ],
)
def test_the_number_of_dead(text: str, dead: int | None) -> None:
    assert _dead_count(text) == dead


@pytest.mark.parametrize(
    ("title", "status"),
    [
        # the one dead the lead counts is named killed: the others lived
        ("1 dead and others hurt after brawl at arena", "injured"),
        ("Attack on ferry leaves 1 dead", "injured"),
        # more dead than named killed: the others share "killed"
        ("Three dead after arena brawl", "killed"),
        # no number: the others share "killed"
        ("Arena brawl turns fatal", "killed"),
    ],
)
def test_the_lead_counts_the_dead(title: str, status: str) -> None:
    text = "Police named the victims on Sunday."
    article = Article("a", "a.txt", text, title=title)
    people = [
        {"case_role": "victim", "status": ["killed"]},
        {"case_role": "victim", "status": []},
        {"case_role": "victim", "status": []},
    ]
    fill_victim_status(people, article, [(0, len(text))])
    assert [p["status"] for p in people[1:]] == [[status], [status]]


@pytest.mark.parametrize(
    ("title", "status"),
    [
        # two dead not yet named, two victims left: they are the dead
        ("2 dead, 1 hurt in shooting", "killed"),
        # one dead for two victims left: who? they share "injured"
        ("1 dead, 2 hurt in shooting", "injured"),
        ("Three shot in nightclub", "injured"),
    ],
)
def test_the_dead_not_yet_named(title: str, status: str) -> None:
    text = "Police named the victims on Sunday."
    article = Article("a", "a.txt", text, title=title)
    people = [
        {"case_role": "victim", "status": ["injured"]},
        {"case_role": "victim", "status": []},
        {"case_role": "victim", "status": []},
    ]
    fill_victim_status(people, article, [(0, len(text))])
    assert [p["status"] for p in people[1:]] == [[status], [status]]


def test_a_title_of_killing_over_a_mixed_lead() -> None:
    text = "Three people were shot to death. A fourth man was wounded."
    article = Article("a", "a.txt", text, title="Three shot dead on barge")
    people = [{"case_role": "victim", "status": []} for _ in range(3)]
    fill_victim_status(people, article, [(0, 32), (33, len(text))])
    assert [p["status"] for p in people] == [["killed"]] * 3
    mixed = Article("b", "b.txt", text, title="1 dead, 4 wounded in shooting")
    people = [{"case_role": "victim", "status": []} for _ in range(3)]
    fill_victim_status(people, mixed, [(0, 32), (33, len(text))])
    assert [p["status"] for p in people] == [[]] * 3


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Naive ``(start, end)`` bounds of the sentences of ``text`` (". " ends one)."""
    bounds, start = [], 0
    for part in text.split(". "):
        end = min(start + len(part) + 1, len(text))
        bounds.append((start, end))
        start = end + 1
    return bounds


LEAD_WORDS_CASES = [
    # killing words stated as fact: the victims with no status are killed
    ("Man shot to death at bus stop", "Police named the man on Friday.", [], ["killed"]),
    ("Bus stop shooting", "A man was stabbed to death on Friday.", [], ["killed"]),
    ("Gun found", "The rifle used to kill the man was found on Friday.", [], ["killed"]),
    ("Teen in court", "The teen pleaded not guilty in the death of a man.", [], ["killed"]),
    ("Teen in court", "He is charged in the May 2 death of a clerk.", [], ["killed"]),
    # a deed after "to": "went on to kill", "managed to kill" (not an aim word)
    ("Depot attack", "A gunman went on to kill two clerks at a depot.", [], ["killed"]),
    ("Depot attack", "The gunman managed to kill two clerks.", [], ["killed"]),
    # "not only": no denial
    ("Depot attack", "He not only killed the clerk but also robbed the store.", [], ["killed"]),
    # an official's quoted words of fact
    ("Depot attack", '"Two clerks were killed," the sheriff said.', [], ["killed"]),
    ("Depot attack", "\u201cTwo clerks were killed,\u201d the sheriff said.", [], ["killed"]),
    # a quote that runs over two sentences ends before the killing word
    (
        "Depot attack",
        'A man said: "We heard shots. They hit him." The clerk was killed.',
        [],
        ["killed"],
    ),
    # denied: "was not killed", "no one was killed", "didn't die"
    # (limit: "shot" is no injury word of the lead, so a reader's "injured" is not given)
    ("Clerk shot in store robbery", "The clerk was shot. He was not killed.", [], []),
    ("Clerk shot in store robbery", "The clerk was shot. His wound wasn\u2019t fatal.", [], []),
    ("Shots fired at bus stop", "Shots hit a bus stop. No one was killed.", [], []),
    ("Clerk shot in store robbery", "The clerk was shot. His wound wasn't fatal.", [], []),
    # ... so the wounded stay wounded
    ("Clerk shot in robbery", "The clerk was shot. He was not killed.", ["injured"], ["injured"]),
    # quoted speech of the speaker's own doings (first person) is no narration
    ("Clerk shot in store robbery", '"I thought I was dead," the clerk said.', [], []),
    ("Clerk shot in store robbery", "\u201cWe feared we would die,\u201d a clerk said.", [], []),
    # modals and intentions: "could have been killed", "threatened to kill"
    ("Clerk shot in store robbery", "The clerk could have been killed, police said.", [], []),
    ("Clerk shot in store robbery", "The man who shot him had threatened to kill him.", [], []),
    ("Clerk shot in store robbery", "The man who shot him had vowed to kill him.", [], []),
    ("Clerk shot in store robbery", "A man tried to beat the clerk to death.", [], []),
    ("Clerk shot in store robbery", "The robber threatened to shoot the clerk dead.", [], []),
    ("Clerk shot in store robbery", "The clerk could later be killed, a doctor said.", [], []),
    ("Clerk shot in store robbery", "Police did not say if anyone died.", [], []),
    # an attempt is no killing: "attempted first-degree murder", "intent to murder"
    ("Clerk shot in store robbery", "A man faces attempted first-degree murder charges.", [], []),
    ("Man charged in store robbery", "She faces a count of assault with intent to murder.", [], []),
    ("Men held in store robbery", "They are charged with conspiracy to commit murder.", [], []),
    # a denied injury is no injury: only killing is left
    ("Store robbery", "The clerk was shot and killed. No one else was hurt.", [], ["killed"]),
    ("Store robbery", "The clerk was shot and killed. A customer was not injured.", [], ["killed"]),
    ("Store robbery", "The clerk was shot dead. Nobody else was hurt.", [], ["killed"]),
    ("Store robbery", "The clerk was shot and killed. No officers were hurt.", [], ["killed"]),
    ("Store robbery", "The clerk was killed. None of the officers were hurt.", [], ["killed"]),
    ("Store robbery", "The clerk was killed. No other people were hurt.", [], ["killed"]),
    (
        "Store robbery",
        "The clerk was killed. Police said neither officer was hurt.",
        [],
        ["killed"],
    ),
    ("Store robbery", "The clerk was killed. The guard wasn\u2019t hurt.", [], ["killed"]),
    # ... but "no" in a subject's modifier denies nothing: killed and hurt, mixed
    ("Store robbery", "A man with no record was killed. A clerk was hurt.", [], []),
    # a robbery attempt that ended in a killing (the lead turns the shot victims killed)
    ("Teen held in attempted robbery killing", "The clerk was shot.", ["injured"], ["killed"]),
]


@pytest.mark.parametrize(("title", "text", "before", "after"), LEAD_WORDS_CASES)
def test_the_lead_states_the_killing(
    title: str, text: str, before: list[str], after: list[str]
) -> None:
    article = Article("a", "a.txt", text, title=title)
    people = [{"case_role": "victim", "status": list(before)} for _ in range(2)]
    fill_victim_status(people, article, sentence_bounds(text))
    assert [p["status"] for p in people] == [after, after]


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Attacker kills 2 outside depot", "killed"),
        # a plot, a threat: no one died
        ("Inmate accused of plot to kill 2 guards", "injured"),
        ("Inmate could kill 2 guards, warden says", "injured"),
    ],
)
def test_a_title_of_a_killing_not_done(title: str, status: str) -> None:
    text = "Two guards were hurt in a fight at the jail."
    article = Article("a", "a.txt", text, title=title)
    people = [{"case_role": "victim", "status": ["injured"]} for _ in range(2)]
    fill_victim_status(people, article, sentence_bounds(text))
    assert [p["status"] for p in people] == [[status], [status]]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A man was shot on Friday. A suspect was arrested.", ["arrested"]),
        ("A man was shot on Friday. Police have charged a neighbor.", ["arrested"]),
        # denied or not yet done
        ("A man was shot on Friday. No arrests have been made.", []),
        ("A man was shot on Friday. No one has been arrested.", []),
        ("A man was shot on Friday. The shooter has not been charged.", []),
        ("A man was shot on Friday. The shooter could be charged.", []),
        # a narrating "would": what happened next
        ("A man was shot on Friday. The shooter would eventually be arrested.", ["arrested"]),
        ("A man was shot on Friday. The shooter would be arrested days later.", ["arrested"]),
        ("A man was shot on Friday. The shooter could later be arrested.", []),
        ("A man was shot on Friday. The shooter will be charged.", []),
        # "not ... until": done, later
        ("A man was shot on Friday. The shooter wasn't arrested until Monday.", ["arrested"]),
        ('A man was shot on Friday. "We will find and arrest him," the chief said.', []),
    ],
)
def test_the_lead_states_the_arrest(text: str, status: list[str]) -> None:
    article = Article("a", "a.txt", text, title="Man shot at bus stop")
    people = [{"case_role": "suspect", "status": []}]
    fill_victim_status(people, article, sentence_bounds(text))
    assert people[0]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an aim is no deed: "threatened to kill", "tried to kill"
        ("Tom Hale was shot by a man who had threatened to kill him.", None),
        ("Tom Hale was wounded by a man who tried to kill him.", "injured"),
        # a deed: "the gun used to kill", a perfect infinitive
        ("Tom Hale was killed with a gun that was used to kill two others.", "killed"),
        ("Tom Hale is believed to have been killed on Monday.", "killed"),
    ],
)
def test_the_words_of_an_aim(nlp, text: str, status: str | None) -> None:
    assert worded_of(nlp, text, "Tom Hale") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # deeds: the verb states the harm
        ("A man shot and killed Tom Hale on Friday.", ["killed"]),
        ("The rifle was used to kill Tom Hale.", ["killed"]),
        ("A man drove to the house to kill Tom Hale, police said.", ["killed"]),
        # aims and possibilities: a victim, but no harm stated
        ("A man threatened to kill Tom Hale on Friday.", []),
        ("The man accused of plotting to kill Tom Hale was arrested.", []),
        ("Tom Hale could have been killed in the crash.", []),
        ("A stray bullet could have killed Tom Hale.", []),
        ("Police asked whether Tom Hale was shot.", []),
        ("Tom Hale feared he would die.", []),
        # deeds after "to" that is no aim: "went on to kill", "managed to shoot"
        ("A man went on to kill Tom Hale on Friday.", ["killed"]),
        ("A man managed to shoot Tom Hale on Friday.", ["injured"]),
        # a narrating "would": what happened next
        ("Tom Hale would die hours later.", ["killed"]),
        ("Tom Hale would later die at a hospital.", ["killed"]),
        ("Tom Hale would die at a hospital.", ["killed"]),
        ("Tom Hale would die if he stayed, he said.", []),
    ],
)
def test_a_harm_verb_that_is_an_aim_or_a_possibility(nlp, text: str, status: list[str]) -> None:
    role, statuses, _ = roles_in(nlp, text, ["Tom Hale"])["Tom Hale"]
    assert (role, statuses) == ("victim", status)
