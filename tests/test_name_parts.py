"""Words that are not part of a person's name, and one person written two ways."""

from __future__ import annotations

import pytest
import spacy

from pipeline.entities import merge_entities
from pipeline.entities.clean import clean_span
from pipeline.entities.mentions import (
    _extend_people,
    _fix_person_labels,
    _given_names_before_surnames,
)
from pipeline.entities.patterns import person_mentions
from pipeline.entities.people import written_in_lower_case
from pipeline.records import Mention
from tests.claims_helpers import mentions_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Victim Dorian Pell, 52, was shot at a stop sign.", "Dorian Pell"),
        ("Suspect Rona Baxley, 30, was arrested.", "Rona Baxley"),
        ("Police arrested 19-year-old Tomas Brill Wednesday night.", "Tomas Brill"),
        ("Police arrested 19-year-old Tomas Brill Friday's shooting.", "Tomas Brill"),
        ("Police arrested 19-year-old Tomas Brill Friday.", "Tomas Brill"),
        ("A judge sentenced 25-year-old Kevin Orlam Monday to prison.", "Kevin Orlam"),
        ("Warrant issued for 20-year-old Lyle Vance January 3, 2014 5:05 PM", "Lyle Vance"),
        ("The victims were Tobias May, 26, and others.", "Tobias May"),
        ("Witnesses said 31-year-old Jenna May was hurt.", "Jenna May"),
        ("Victim Hollis, 40, was shot.", "Victim Hollis"),  # one word would be left
    ],
)
def test_person_patterns_leave_out_person_nouns_and_dates(text, name):
    assert name in [m.text for m in person_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("º Nara Pollet, 49, was charged.", "Nara Pollet"),
        ("• Nara Pollet, 49, was charged.", "Nara Pollet"),
        ("a Nara Pollet was charged.", "a Nara Pollet"),
        ("Nara Pollet was charged.", "Nara Pollet"),
    ],
)
def test_clean_span_drops_a_stray_mark_before_a_name(text, expected):
    doc = spacy.blank("en")(text)
    end = next(t.i for t in doc if t.text == "Pollet") + 1
    cleaned = clean_span(doc[0:end], strip_titles=True)
    assert cleaned is not None
    assert text[cleaned.start : cleaned.end] == expected


@pytest.mark.parametrize(
    ("span", "strip_titles", "expected"),
    [
        ("Quillan’s van", True, "Quillan"),  # a person run into what he owns
        ("Nara Pollet's pickup truck", True, "Nara Pollet"),
        ("Nara Pollet's", True, "Nara Pollet"),
        ("McDonald's Corporation", True, "McDonald's Corporation"),  # a capitalised name
        ("Macy's parade", False, "Macy's parade"),  # only people are cut
    ],
)
def test_clean_span_cuts_a_person_before_a_possessed_noun(span, strip_titles, expected):
    text = f"They saw {span} there."
    doc = spacy.blank("en")(text)
    start = text.index(span)
    ent = doc.char_span(start, start + len(span))
    cleaned = clean_span(ent, strip_titles=strip_titles)
    assert cleaned is not None
    assert text[cleaned.start : cleaned.end] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police said Sunday Rudy Coulter shot his daughter.", "Rudy Coulter"),
        ("Officers said Monday Rudy Coulter shot his daughter.", "Rudy Coulter"),
        ("Jan Louise Pask, 57, was hurt.", "Jan Louise Pask"),
        ("Brantley Michael Lenz suffered injuries.", "Brantley Michael Lenz"),
    ],
)
def test_name_extension_never_takes_a_weekday(text, name):
    word = name.split()[-2] + " " + name.split()[-1]
    start = text.index(word)
    mention = Mention(start, start + len(word), word, "PERSON", "spacy:ner")
    assert [m.text for m in _extend_people(text, [mention])] == [name]


def _people(text: str, forms: list[tuple[str, str]]) -> list[str]:
    entities, _ = merge_entities(text, mentions_in(text, forms))
    return sorted(e.name for e in entities if e.label == "PERSON")


@pytest.mark.parametrize(
    ("text", "forms", "people"),
    [
        (
            "Joel Mirren and his 12-year-old daughter Oliva were killed. Olivia Mirren was a"
            " dancer.",
            [("Joel Mirren", "PERSON"), ("Oliva", "PERSON"), ("Olivia Mirren", "PERSON")],
            ["Joel Mirren", "Olivia Mirren"],
        ),
        (
            "Joel Mirren and his son Andy were hurt. Andrew Mirren was a student.",
            [("Joel Mirren", "PERSON"), ("Andy", "PERSON"), ("Andrew Mirren", "PERSON")],
            ["Andrew Mirren", "Joel Mirren"],
        ),
        (  # siblings: "Kayla" is no spelling of "Kaylee"
            "Joel Mirren and his daughter Kayla were hurt. Kaylee Mirren was a student.",
            [("Joel Mirren", "PERSON"), ("Kayla", "PERSON"), ("Kaylee Mirren", "PERSON")],
            ["Joel Mirren", "Kayla Mirren", "Kaylee Mirren"],
        ),
    ],
)
def test_kin_given_name_joins_its_spelling_variant(text, forms, people):
    assert _people(text, forms) == people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thirty-one-year-old Adam Rusch of Oshkosh was killed.", "Adam Rusch"),
        ("Four-year-old Ava Lintz was shot.", "Ava Lintz"),
    ],
)
def test_person_patterns_leave_out_a_spelled_out_age(text, name):
    assert {m.text for m in person_mentions(text)} == {name}


@pytest.mark.parametrize(
    ("forms", "people"),
    [
        (["O’Bryan Spiker", "O'Bryan Spiker"], 1),
        (["Adrain Halden", "Adrian Halden"], 1),
        (["Marie Halden", "Maire Halden"], 2),  # both listed given names
        (["Dean Smith", "Dena Smith"], 2),
        (["Elias Halden", "Elisa Halden"], 2),
        (["Mark Halden", "Mary Halden"], 2),
        (["Dana Halden", "Dina Halden"], 2),
    ],
)
def test_full_names_written_two_ways_merge(forms, people):
    text = " . ".join(forms)
    pairs = [(f, "PERSON") for f in forms]
    assert len(_people(text, pairs)) == people


def test_coordinated_given_name_joins_a_short_form_cluster():
    text = "Bill Tarrow, 69, was shot. Police said William and Sheila Tarrow were hurt."
    forms = [("Bill Tarrow", "PERSON"), ("William", "PERSON"), ("Sheila Tarrow", "PERSON")]
    assert _people(text, forms) == ["Bill Tarrow", "Sheila Tarrow"]


@pytest.mark.parametrize(
    ("text", "label", "kept"),
    [
        ("Elmvale Police Cmdr", "PERSON", False),
        ("DuPage County Coroner", "PERSON", False),
        ("Harris County Sheriff's Sgt", "PERSON", False),
        ("Henry County Prosecutor", "GPE", False),
        ("Harmon Avenue N.", "FAC", False),
        ("Harris County District", "GPE", False),
        ("IMPD Sgt", "PERSON", False),
        ("Tom Lakes Sgt", "PERSON", True),  # "Lakes" is no "Lake's"
        ("Tyrone Pryce", "ORG", True),
        ("Jane Marshal", "PERSON", True),
        ("Darius Bishop", "GPE", True),  # a surname that is a title word
        ("James Major", "ORG", True),
    ],
)
def test_offices_and_places_are_no_people(text, label, kept):
    fixed = _fix_person_labels(text, [Mention(0, len(text), text, label, "spacy:ner")])
    assert any(m.label == "PERSON" for m in fixed) == kept


def test_name_extension_stops_after_a_suffix():
    text = "Rodney Pellman Jr. Brevard County deputies said."
    mention = Mention(0, 18, "Rodney Pellman Jr.", "PERSON", "spacy:ner")
    assert [m.text for m in _extend_people(text, [mention])] == ["Rodney Pellman Jr."]


@pytest.mark.parametrize(
    ("text", "forms", "people"),
    [
        (
            "Deputy Nick Tullo is hurt. The page Nick Tullo Strong raised funds.",
            [("Nick Tullo", "PERSON"), ("Nick Tullo Strong", "PERSON")],
            ["Nick Tullo"],
        ),
        (
            "Colin Marsh Bruckner shot Kaitlin Bruckner. Police shot Colin Marsh.",
            [
                ("Colin Marsh Bruckner", "PERSON"),
                ("Kaitlin Bruckner", "PERSON"),
                ("Colin Marsh", "PERSON"),
            ],
            ["Colin Marsh", "Colin Marsh Bruckner", "Kaitlin Bruckner"],
        ),
        (  # a double given name used alone later is the full name's person, not cut
            "Mary Ann Hollis, 52, died. Mary Ann loved gardening.",
            [("Mary Ann Hollis", "PERSON"), ("Mary Ann", "PERSON")],
            ["Mary Ann Hollis"],
        ),
        (
            "Billy Joe Tarrow was shot. Billy Joe was 30.",
            [("Billy Joe Tarrow", "PERSON"), ("Billy Joe", "PERSON")],
            ["Billy Joe Tarrow"],
        ),
        (  # two full names start with it: nobody's
            "Mary Ann Hollis and Mary Ann Tarrow met. Mary Ann left.",
            [("Mary Ann Hollis", "PERSON"), ("Mary Ann Tarrow", "PERSON"), ("Mary Ann", "PERSON")],
            ["Mary Ann", "Mary Ann Hollis", "Mary Ann Tarrow"],
        ),
        (
            "Rodney Pellman was shot. Rodney Pellman Jr. said.",
            [("Rodney Pellman", "PERSON"), ("Rodney Pellman Jr.", "PERSON")],
            ["Rodney Pellman Jr."],
        ),
    ],
)
def test_a_trailing_word_after_a_known_name_is_cut(text, forms, people):
    assert _people(text, forms) == people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Courtesy Anton Neel was shot. Anton Neel, 17, died.", "Anton Neel"),
        ("Others Carl Franco was hurt; the others fled.", "Carl Franco"),
        ("Bo Kahn, 23 (shot) Wounded Ida Lee Lenz, 50 (hurt); the wounded fled.", "Ida Lee Lenz"),
        ("Police say 24-year-old Marquise Santon Bream was shot.", "Marquise Santon Bream"),
        (  # a given name that is a common word, inside a sentence
            "Police said 3-year-old Sincere Tyrell Gaines was shot. A sincere apology came.",
            "Sincere Tyrell Gaines",
        ),
    ],
)
def test_person_patterns_leave_out_a_common_word_before_a_name(text, name):
    found = [m.text for m in person_mentions(text)]
    assert name in found
    assert not any(f.endswith(name) and f != name for f in found)


_JR, _PLAIN = ("Julian Rorry Jr.", "PERSON"), ("Julian Rorry", "PERSON")


@pytest.mark.parametrize(
    ("text", "forms", "people"),
    [
        (
            "Julian Rorry, 47, and Julian Rorry Jr., 12, died.",
            [_PLAIN, _JR],
            ["Julian Rorry", "Julian Rorry Jr."],
        ),
        (
            "Julian Rorry Jr., 12, and Julian Rorry, 47, died.",
            [_JR, _PLAIN],
            ["Julian Rorry", "Julian Rorry Jr."],
        ),
        ("Julian Rorry, 47, died. Julian Rorry Jr. said so.", [_PLAIN, _JR], ["Julian Rorry Jr."]),
        (
            "Julian Rorry, 47, died. Julian Rorry Jr., 47, was a veteran.",
            [_PLAIN, _JR],
            ["Julian Rorry Jr."],
        ),
    ],
)
def test_a_plain_name_and_its_junior_with_other_ages_are_two_people(text, forms, people):
    assert _people(text, forms) == people


def test_a_later_plain_name_joins_the_plain_cluster_not_the_junior():
    text = "Julian Rorry, 47, and Julian Rorry Jr., 12, died. Julian Rorry was a teacher."
    entities, merged = merge_entities(text, mentions_in(text, [_PLAIN, _JR, _PLAIN]))
    last = max(range(len(merged)), key=lambda i: merged[i].start)
    owner = next(e for e in entities if last in e.mention_indices)
    assert owner.name == "Julian Rorry"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("helped Battles rob Castello mother", "rob Castello", ["Castello"]),
        ("a Kelly Agmon said", "a Kelly Agmon", ["Kelly Agmon"]),
        ("de Blasio said", "de Blasio", ["de Blasio"]),
        ("d'Angelo Russ said", "d'Angelo Russ", ["d'Angelo Russ"]),
        ("jane doe said", "jane doe", []),  # all lower case: no name, no "doe"
        ("in a church van said", "church van", []),  # "van" is a particle
    ],
)
def test_a_lower_case_word_before_a_name_is_left_out(text, span, expected):
    start = text.index(span)
    fixed = _fix_person_labels(text, [Mention(start, start + len(span), span, "PERSON")])
    assert [m.text for m in fixed] == expected


@pytest.mark.parametrize(
    ("text", "forms", "people"),
    [
        (  # the nearest person before "her" is a given name only Ava Castel bears
            "Ava Castel, 4, died. Police said Phil Botts robbed them. Ava and her sister, "
            "Betzi, were hurt.",
            [
                ("Ava Castel", "PERSON"),
                ("Phil Botts", "PERSON"),
                ("Ava", "PERSON"),
                ("Betzi", "PERSON"),
            ],
            ["Ava Castel", "Betzi Castel", "Phil Botts"],
        ),
        (  # a lone surname: "Campo is survived by his wife, Tammi"
            "John Campo, 48, died. Jeff Ord said so. Campo is survived by his wife, Tammi.",
            [
                ("John Campo", "PERSON"),
                ("Jeff Ord", "PERSON"),
                ("Campo", "PERSON"),
                ("Tammi", "PERSON"),
            ],
            ["Jeff Ord", "John Campo", "Tammi Campo"],
        ),
    ],
)
def test_a_pronoun_stands_for_the_nearest_person_named_before_it(text, forms, people):
    assert _people(text, forms) == people


@pytest.mark.parametrize(
    ("text", "forms", "people"),
    [
        (  # a kin noun with no owner after a past-tense verb, then "her" for that child
            "Police said Dorian Velloso broke in and executed 6-year-old daughter Mina and"
            " wounded her 10-year-old sister, Betzi.",
            [("Dorian Velloso", "PERSON"), ("Mina", "PERSON"), ("Betzi", "PERSON")],
            ["Betzi Velloso", "Dorian Velloso", "Mina Velloso"],
        ),
        (
            "Arlen Quarrow, 81, died Monday. He is survived by son Tavin and two dogs.",
            [("Arlen Quarrow", "PERSON"), ("Tavin", "PERSON")],
            ["Arlen Quarrow", "Tavin Quarrow"],
        ),
        (  # no past-tense verb or "by" before the kin noun: no owner
            "Dorian Velloso came home. Later daughter Mina called.",
            [("Dorian Velloso", "PERSON"), ("Mina", "PERSON")],
            ["Dorian Velloso", "Mina"],
        ),
        (  # an official reporting: no kin of his
            "Sheriff Orrin Dask said deputies interviewed daughter Mina, 12, at home.",
            [("Orrin Dask", "PERSON"), ("Mina", "PERSON")],
            ["Mina", "Orrin Dask"],
        ),
        (  # an official named before: no kin of his
            "Deputy Orrin Dask arrived after the gunman executed 6-year-old daughter Mina.",
            [("Orrin Dask", "PERSON"), ("Mina", "PERSON")],
            ["Mina", "Orrin Dask"],
        ),
        (  # a reporting verb between the person and the kin noun
            "Lena Vorn, 34, died. Paul Tessin said police questioned son Tavin, 15.",
            [("Lena Vorn", "PERSON"), ("Paul Tessin", "PERSON"), ("Tavin", "PERSON")],
            ["Lena Vorn", "Paul Tessin", "Tavin"],
        ),
        (  # "-ed" that is no harm verb: "beloved", "hired by"
            "Tom Kessel runs the shop. A beloved son Tavin helps.",
            [("Tom Kessel", "PERSON"), ("Tavin", "PERSON")],
            ["Tavin", "Tom Kessel"],
        ),
        (
            "Tom Kessel runs the shop. He was hired by father Bill.",
            [("Tom Kessel", "PERSON"), ("Bill", "PERSON")],
            ["Bill", "Tom Kessel"],
        ),
    ],
)
def test_kin_noun_after_a_verb_takes_the_nearest_persons_surname(text, forms, people):
    assert _people(text, forms) == people


def _before_surnames(text: str, forms: list[tuple[str, str]]) -> list[str]:
    return [m.text for m in _given_names_before_surnames(text, mentions_in(text, forms))]


@pytest.mark.parametrize(
    ("text", "forms", "found"),
    [
        (  # an unlisted given name before a surname some person bears
            "Rolan Brandeck was held. Zytavia Brandeck, a nurse, was hurt.",
            [("Rolan Brandeck", "PERSON")],
            ["Rolan Brandeck", "Zytavia Brandeck"],
        ),
        (  # the surname tagged alone is completed
            "Rolan Brandeck was held. Zytavia Brandeck, a nurse, was hurt.",
            [("Rolan Brandeck", "PERSON"), ("Brandeck", "PERSON")],
            ["Rolan Brandeck", "Zytavia Brandeck"],
        ),
        # not: a word in lower case too, a street, inside a longer name, a longer name after
        (
            "Rolan Brandeck was held. Officer Brandeck came; the officer left.",
            [("Rolan Brandeck", "PERSON")],
            ["Rolan Brandeck"],
        ),
        ("Rolan Lane was held at 12 Birch Lane.", [("Rolan Lane", "PERSON")], ["Rolan Lane"]),
        (
            "Rolan Brandeck was held. Rolan Zytavia Brandeck was hurt.",
            [("Rolan Brandeck", "PERSON")],
            ["Rolan Brandeck"],
        ),
        (
            "Rolan Brandeck was held at Vance Brandeck Park.",
            [("Rolan Brandeck", "PERSON")],
            ["Rolan Brandeck"],
        ),
        # not: a title, an article before
        (
            "Rolan Brandeck died. Doctor Brandeck treated him.",
            [("Rolan Brandeck", "PERSON")],
            ["Rolan Brandeck"],
        ),
        (
            "Rolan Brandeck, aka Mister Brandeck, was held.",
            [("Rolan Brandeck", "PERSON")],
            ["Rolan Brandeck"],
        ),
        (
            "Ada Brandeck was hurt. Her aunt called her Princess Brandeck.",
            [("Ada Brandeck", "PERSON")],
            ["Ada Brandeck"],
        ),
        (
            "Rolan Samarit was held. A bystander was a Velvin Samarit that day.",
            [("Rolan Samarit", "PERSON")],
            ["Rolan Samarit"],
        ),
    ],
)
def test_given_name_before_a_known_surname(text, forms, found):
    assert _before_surnames(text, forms) == found


@pytest.mark.parametrize(
    ("text", "forms", "people"),
    [
        (  # the pair tagged as an organisation or a nationality beside a known surname
            "The boy killed was Zytavia Brandeck. Rolan Brandeck was held.",
            [("Zytavia Brandeck", "ORG"), ("Rolan Brandeck", "PERSON")],
            ["Zytavia Brandeck", "Rolan Brandeck"],
        ),
        (
            "The boy killed was Zytavia Brandeck. Rolan Brandeck was held.",
            [("Zytavia Brandeck", "NORP"), ("Rolan Brandeck", "PERSON")],
            ["Zytavia Brandeck", "Rolan Brandeck"],
        ),
        (  # a listed given name beside a lone surname tagged PERSON
            "A judge held Denzel Brandeck, 16. Brandeck was charged.",
            [("Denzel Brandeck", "ORG"), ("Brandeck", "PERSON")],
            ["Denzel Brandeck", "Brandeck"],
        ),
        # not: no person of that surname, only the pair itself tagged PERSON elsewhere, a
        # first word the text writes in lower case
        (
            "Rolan Pask beat Zytavia Brandeck. Zytavia Brandeck: 13 runs.",
            [("Rolan Pask", "PERSON"), ("Zytavia Brandeck", "GPE"), ("Zytavia Brandeck", "PERSON")],
            ["Rolan Pask", "Zytavia Brandeck"],
        ),
        (
            "The boy killed was Zytavia Brandeck. Rolan Pask was held.",
            [("Zytavia Brandeck", "ORG"), ("Rolan Pask", "PERSON")],
            ["Rolan Pask"],
        ),
        (
            "Rolan Brandeck sold it to Legacy Brandeck, a legacy fund.",
            [("Rolan Brandeck", "PERSON"), ("Legacy Brandeck", "ORG")],
            ["Rolan Brandeck"],
        ),
        # nor: an organisation word, a nationality, a place
        (
            "Tavi Orvel Mining Ltd bought Pask Ltd on Friday.",
            [("Tavi Orvel Mining Ltd", "PERSON"), ("Pask Ltd", "ORG")],
            ["Tavi Orvel Mining Ltd"],
        ),
        (
            "Zytavia Brandeck lost. American Brandeck will now face her.",
            [("Zytavia Brandeck", "PERSON"), ("American Brandeck", "ORG")],
            ["Zytavia Brandeck"],
        ),
        (
            "Rolan Pask Khan was held near Tovar Khan, police said.",
            [("Rolan Pask Khan", "PERSON"), ("Tovar Khan", "FAC")],
            ["Rolan Pask Khan"],
        ),
    ],
)
def test_a_pair_tagged_otherwise_with_a_known_surname_is_a_person(text, forms, people):
    result = _given_names_before_surnames(text, mentions_in(text, forms))
    assert [m.text for m in result if m.label == "PERSON"] == people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (  # with the parse: a lower-case noun after the surname
            "Rita Vollmer, 40, was shot with a Zorlan Vollmer pistol, police said.",
            ["Rita Vollmer"],
        ),
        (
            "Rita Vollmer, 40, was shot. Zorlan Vollmer was arrested, police said.",
            ["Rita Vollmer", "Zorlan Vollmer"],
        ),
    ],
)
def test_given_name_before_a_known_surname_not_before_a_noun(nlp, text, found):
    doc = nlp(text)
    start = text.index("Rita Vollmer")
    people = [Mention(start, start + 12, "Rita Vollmer", "PERSON")]
    result = _given_names_before_surnames(text, people, doc)
    assert [m.text for m in result if m.label == "PERSON"] == found


@pytest.mark.parametrize(
    ("text", "forms", "people"),
    [
        (  # two listed given names one letter apart, side by side: two people
            "Sara Dallow and Sarah Dallow were shot.",
            [("Sara Dallow", "PERSON"), ("Sarah Dallow", "PERSON")],
            ["Sara Dallow", "Sarah Dallow"],
        ),
        (  # in two sentences: one name spelled two ways
            "Sara Dallow was shot on Monday. Sarah Dallow died later.",
            [("Sara Dallow", "PERSON"), ("Sarah Dallow", "PERSON")],
            ["Sarah Dallow"],
        ),
    ],
)
def test_listed_spelling_variants_side_by_side_are_two_people(text, forms, people):
    assert _people(text, forms) == people


@pytest.mark.parametrize(
    ("word", "text", "written"),
    [
        ("Man", "A man was hurt. Man shot himself.", True),
        ("Man", "A woman was hurt. Man-made lakes.", False),
        ("Man", "The man's dog.", True),
        ("O'Dell", "o'dell said so.", True),
        ("Quarrow", "Quarrow ran.", False),
    ],
)
def test_written_in_lower_case(word, text, written):
    assert written_in_lower_case(word, text) is written
