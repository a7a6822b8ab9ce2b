"""Full names tagged as organisations or places become PERSON in a person context."""

from __future__ import annotations

import re

import pytest

from pipeline.entities import merge_entities
from pipeline.entities.person_context import (
    CUED_LONE_NAME,
    PERSON_CONTEXT,
    predicate_cued_names,
    relabel_people_in_context,
)
from pipeline.records import Mention


def _relabelled(text: str, name: str) -> str:
    start = text.index(name)
    mention = Mention(start, start + len(name), name, "ORG")
    return relabel_people_in_context(text, [mention])[0].label


# text, the mislabelled name, the label expected
CASES = [
    ("According to the statement Darnell Chapel, 19, was charged.", "Darnell Chapel", "PERSON"),
    ("A 16-year-old family friend, Dashay Merritt, was shot.", "Dashay Merritt", "PERSON"),
    ("A woman, identified as Phoenix O' Malley, was shot.", "Phoenix O' Malley", "PERSON"),
    ("The family of Bryson Halvorsen released a statement.", "Bryson Halvorsen", "PERSON"),
    ("He shot 22-year-old Corwin Wiedemann twice.", "Corwin Wiedemann", "PERSON"),
    # no person context, a place, or common words with no known given name first
    ("Bryson Halvorsen released a statement.", "Bryson Halvorsen", "ORG"),
    ("Police in Kansas City, 23, said so.", "Kansas City", "ORG"),
    ("A 20-year-old Cottage Grove man shot his daughter.", "Cottage Grove", "ORG"),
    ("He robbed a woman, Santa Monica Police Chief Jane Doe said.", "Santa Monica Police", "ORG"),
    ("A friend, Jackson Memorial Hospital said, was hurt.", "Jackson Memorial Hospital", "ORG"),
    ("He robbed a woman, Santa Monica Police Chief Jane Doe said.", "Santa Monica", "ORG"),
    ("A friend, Kelvan Black, was hurt.", "Kelvan Black", "PERSON"),
    ("The family of Happy Valley Church met.", "Happy Valley Church", "ORG"),
    ("The family of West Virginia mourned.", "West Virginia", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "label"), CASES)
def test_relabel_people_in_context(text, name, label):
    assert _relabelled(text, name) == label


def test_relabelled_mentions_name_the_rule():
    text = "According to the statement Darnell Chapel, 19, was charged."
    start = text.index("Darnell")
    mention = Mention(start, start + 14, "Darnell Chapel", "FAC")
    assert relabel_people_in_context(text, [mention])[0].method == PERSON_CONTEXT


def _occurrences(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


def _cued(text: str, tagged: dict[str, str]) -> dict[str, str]:
    """``{mention: label}`` after ``predicate_cued_names``; ``tagged`` gives the NER's
    mentions and their labels. A mention is its text, with "#n" for its n-th whole-word
    occurrence after the first ("Quarrow#2")."""
    mentions = []
    for key, label in tagged.items():
        word, _, nth = key.partition("#")
        start = _occurrences(text, word)[int(nth or 1) - 1]
        mentions.append(Mention(start, start + len(word), word, label))
    found = {}
    for m in predicate_cued_names(text, mentions):
        n = _occurrences(text, m.text).index(m.start) + 1
        found[m.text if n == 1 else f"{m.text}#{n}"] = m.label
    return found


# text, the NER's mentions, the labels expected afterwards
PREDICATE_CASES = [
    # a reflexive or a passive of custody or harm after a lone uncommon word
    ("Deputies say Quarrow shot himself in the yard.", {}, {"Quarrow": "PERSON"}),
    ("Hours later Brindel turned herself in.", {}, {"Brindel": "PERSON"}),
    ("Later Brindel ran off.", {}, {}),
    ("The guard said Velloso is being held on bond.", {}, {"Velloso": "PERSON"}),
    ("Kessler was fatally shot near the bar.", {}, {"Kessler": "PERSON"}),
    ("Medics came, but Tollan died there.", {}, {"Tollan": "PERSON"}),
    ("Hours later Tollan pleaded guilty.", {}, {"Tollan": "PERSON"}),
    ("They've said Tollan's dog died.", {}, {}),
    ("Deputies said Brindel was found unresponsive.", {}, {"Brindel": "PERSON"}),
    ("Deputies said Brindel was shot in the left leg.", {}, {"Brindel": "PERSON"}),
    ("Deputies said Brindel was shot three times.", {}, {"Brindel": "PERSON"}),
    ("Deputies said Brindel was stabbed to death.", {}, {"Brindel": "PERSON"}),
    ("Deputies said Brindel was slain.", {}, {"Brindel": "PERSON"}),
    # a word the NER tagged an organisation or place: only the surname of a full name
    # or the subject of a gendered reflexive
    ("An officer with Quarrow shot himself.", {"Quarrow": "ORG"}, {"Quarrow": "ORG"}),
    ("Deputies say Quarrow shot himself.", {"Quarrow": "ORG"}, {"Quarrow": "PERSON"}),
    (
        "Dale Quarrow, 30, ran. Deputies say Quarrow shot himself.",
        {"Dale Quarrow": "PERSON", "Quarrow#2": "ORG"},
        {"Dale Quarrow": "PERSON", "Quarrow#2": "PERSON"},
    ),
    (
        "Zaria Quell, 3, was shot. Zaria died at the hospital.",
        {"Zaria Quell": "PERSON", "Zaria#2": "ORG"},
        {"Zaria Quell": "PERSON", "Zaria#2": "PERSON"},
    ),
    # a gendered reflexive: no organisation shoots himself, even one the NER tagged
    (
        "Police found Quellmann dead. Quellmann shot himself and his wife.",
        {"Quellmann": "ORG", "Quellmann#2": "ORG"},
        {"Quellmann": "PERSON", "Quellmann#2": "PERSON"},
    ),
    # ... but not the owner of the one who did, nor a group
    ("Quellmann's guard shot himself.", {"Quellmann": "ORG"}, {"Quellmann": "ORG"}),
    ("Quelans shot themselves.", {"Quelans": "NORP"}, {"Quelans": "NORP"}),
    ("Zentrax was charged with fraud.", {"Zentrax": "ORG"}, {"Zentrax": "ORG"}),
    ("Valdoria was held in contempt.", {"Valdoria": "GPE"}, {"Valdoria": "GPE"}),
    ("In the flood, Quelans died.", {"Quelans": "NORP"}, {"Quelans": "NORP"}),
    # not: a weak verb without a continuation only people take
    ("Valdoria was held responsible by the council.", {}, {}),
    ("Zentrax was held up in the vote.", {}, {}),
    ("Zentrax was found liable, jurors decided.", {}, {}),
    ("Zentrax was found to have misled buyers.", {}, {}),
    ("Brodwell was shot in sepia for the film.", {}, {}),
    ("Brodwell was shot on location.", {}, {}),
    ("Drumlins pleaded for calm.", {}, {}),
    # not: a country, a common word, a word also in lower case, a town, a state, a month,
    # a place after a preposition, the end of a longer name, no such predicate
    ("Canada was held in contempt.", {}, {}),
    ("Police were told. Police was arrested.", {}, {}),
    ("A man was hurt. Man shot himself.", {}, {}),
    ("Detroit was shot up in the riot.", {"Detroit": "GPE"}, {"Detroit": "GPE"}),
    ("Nevada was hit hard. Nevada was found to be dry.", {}, {}),
    ("A manager in Ostrand was arrested.", {"Ostrand": "GPE"}, {"Ostrand": "GPE"}),
    ("Lake Quarrow was found frozen.", {"Lake Quarrow": "LOC"}, {"Lake Quarrow": "LOC"}),
    ("Quarrow released a statement.", {"Quarrow": "ORG"}, {"Quarrow": "ORG"}),
    # a relabelled form stays a place after a place preposition
    (
        "Ana Quarrow ran. Quarrow was arrested in Quarrow.",
        {"Ana Quarrow": "PERSON", "Quarrow#3": "GPE"},
        {"Ana Quarrow": "PERSON", "Quarrow#2": "PERSON", "Quarrow#3": "GPE"},
    ),
]


@pytest.mark.parametrize(("text", "tagged", "expected"), PREDICATE_CASES)
def test_predicate_cued_names(text, tagged, expected):
    assert _cued(text, tagged) == expected


def test_predicate_cued_name_is_a_person_after_the_merge():
    text = "Dale Quarrow ran. Deputies found Quarrow near the car. Quarrow shot himself."
    at = _occurrences(text, "Quarrow")
    tagged = [Mention(0, 12, "Dale Quarrow", "PERSON"), Mention(at[1], at[1] + 7, "Quarrow", "ORG")]
    mentions = predicate_cued_names(text, tagged)
    assert [m.method for m in mentions if m.text == "Quarrow"] == [CUED_LONE_NAME] * 2
    entities, _ = merge_entities(text, mentions)
    assert [(e.label, e.name) for e in entities] == [("PERSON", "Dale Quarrow")]
