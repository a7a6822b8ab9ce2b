import pytest

from pipeline.claims import find_quantities


def counts(nlp, text):
    return {(q.quantity, q.unit) for q in find_quantities(nlp(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight Metropolitan Police officers are being investigated.", {(8, "officers")}),
        ("To date we have examined 3,500 documents from various sources.", {(3500, "documents")}),
        ("Police failed to link the deaths of his four victims.", {(4, "victims")}),
        ("None of the 17 police officers involved faced charges.", {(17, "officers")}),
        ("It said that five of the officers were still serving.", {(5, "officers")}),
        ("Two men were arrested on Friday.", {(2, "men")}),
        ("Twenty-five people were at the party.", {(25, "people")}),
        ("Police are looking for two 19-year-olds.", {(2, "year-olds")}),
        ("Three 17-year-old boys were shot.", {(3, "boys")}),
    ],
)
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stephen Port, 47, was jailed in 2016.",
        "A 23-year-old student was shot at 10 p.m. on June 4.",
        "He was jailed for 10 years and fined $400.",
        "Crime fell by 40 percent in 2019.",
        "The shooting lasted 47 minutes.",
    ],
)
def test_not_counts(nlp, text):
    assert counts(nlp, text) == set()


def test_quantity_text_and_offsets(nlp):
    doc = nlp("Eight Metropolitan Police officers are being investigated.")
    (q,) = find_quantities(doc)
    assert doc.text[q.start : q.end] == q.text == "Eight Metropolitan Police officers"
