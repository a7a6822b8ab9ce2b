import pytest

from pipeline.claims import find_claims
from tests.claims_helpers import mentions_from_ents


def facts(nlp, text):
    """{(target, predicate, value, object text or None)} for title/affiliation/family claims."""
    doc = nlp(text)
    out = set()
    for c in find_claims(doc, mentions_from_ents(doc)):
        if c.predicate in {"per:age", "per:age_at_time"}:
            continue
        obj = doc.text[c.object_start : c.object_end] if c.object_start is not None else None
        out.add((doc.text[c.target_start : c.target_end], c.predicate, c.value, obj))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IOPC regional director Steve Noonan said the inquiry was thorough.",
            {
                ("Steve Noonan", "per:title", "regional director", None),
                ("Steve Noonan", "per:employee_of", "IOPC", "IOPC"),
            },
        ),
        (
            "Steve Noonan, the IOPC regional director, said the inquiry was thorough.",
            {
                ("Steve Noonan", "per:title", "regional director", None),
                ("Steve Noonan", "per:employee_of", "IOPC", "IOPC"),
            },
        ),
        (
            "Met Police Commander Jon Savell said the force was sorry.",
            {
                ("Jon Savell", "per:title", "Commander", None),
                ("Jon Savell", "per:employee_of", "Met Police", "Met Police"),
            },
        ),
        (
            "The families welcomed it, said Neil Hudgell, of Hudgell Solicitors.",
            {("Neil Hudgell", "per:employee_of", "Hudgell Solicitors", "Hudgell Solicitors")},
        ),
        (
            "Paul Bell, a former bus driver, was shot on Monday.",
            {("Paul Bell", "per:title", "former bus driver", None)},
        ),
        (
            "He killed Anthony Walgate, a 23-year-old fashion student, in 2014.",
            {("Anthony Walgate", "per:title", "fashion student", None)},
        ),
        (
            "Police spokesman John Doe said the road was closed.",
            {("John Doe", "per:title", "Police spokesman", None)},
        ),
        (
            "Police Chief James Corrigan said the officer was shot twice.",
            {("James Corrigan", "per:title", "Police Chief", None)},
        ),
        (
            "Detroit Police Officer Dan Dombrowsky was shot twice.",
            {
                ("Dan Dombrowsky", "per:title", "Officer", None),
                ("Dan Dombrowsky", "per:employee_of", "Detroit Police", "Detroit Police"),
            },
        ),
        (
            "Steve Noonan, director of the IOPC, said the inquiry was thorough.",
            {
                ("Steve Noonan", "per:title", "director", None),
                ("Steve Noonan", "per:employee_of", "IOPC", "IOPC"),
            },
        ),
    ],
)
def test_titles_and_affiliations(nlp, text, expected):
    assert expected <= facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maria Rossi was shot. Rossi's daughter, Carla Rossi, was not hurt.",
            ("Carla Rossi", "per:parents", "daughter", "Rossi"),
        ),
        (
            "Mark Holt was shot at home. His cousin, Dean Holt, called police.",
            ("Dean Holt", "per:other_family", "cousin", "Mark Holt"),
        ),
        (
            "Ann Price was arrested. Her husband, Tom Price, was released.",
            ("Tom Price", "per:spouse", "husband", "Ann Price"),
        ),
        (
            "Ann Price said her son Tom Price was at school.",
            ("Tom Price", "per:parents", "son", "Ann Price"),
        ),
    ],
)
def test_family_relations(nlp, text, expected):
    assert expected in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "John Smith, of Dayton, was arrested.",  # a residence, not an employer
        "John Smith, 32, was arrested on Friday.",
        "Officers found John Smith in the house.",
    ],
)
def test_no_title_or_employer(nlp, text):
    assert not {f for f in facts(nlp, text) if f[1] in {"per:title", "per:employee_of"}}


def test_generic_word_is_not_an_employer(nlp):
    found = facts(nlp, "Police Chief James Corrigan said the officer was shot twice.")
    assert not {f for f in found if f[1] == "per:employee_of"}
