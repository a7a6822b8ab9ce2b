"""The attribute-ruler index must give exactly spaCy's own matches and annotations."""

from __future__ import annotations

import itertools

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.attribute_index import AttributeIndex, index_attribute_rulers
from pipeline.config import DEFAULT_DISABLED, DEFAULT_MODEL

ANNOTATIONS = ("TAG", "POS", "MORPH", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START")

SAMPLES = [
    "I don't know, y'all. He ain't coming 'cause it's nothin' at all.",
    "Stephen Port, 47, was given a whole-life order at the Old Bailey in 2016.",
    "The Met's officers said:\n\n  \"We're sorry.\"  Gon' be fine , innit ?",
    "Mr. O'Neill's U.S.-based firm ($3.5bn) cut 1,200 jobs -- or 12% -- on Jan. 3rd.",
    "\t\n",
    "Ya'll gotta see it; y' know?",
]


@pytest.fixture(scope="module")
def plain_nlp():
    """The same model loaded by plain ``spacy.load``, with spaCy's own Matcher."""
    return spacy.load(DEFAULT_MODEL, exclude=list(DEFAULT_DISABLED))


def _annotations(doc) -> list[list[int]]:
    return doc.to_array(list(ANNOTATIONS)).tolist()


@pytest.mark.parametrize("text", SAMPLES)
def test_project_pipeline_annotates_exactly_like_plain_spacy(nlp, plain_nlp, text):
    assert _annotations(nlp(text)) == _annotations(plain_nlp(text))


def test_index_matches_spacy_on_shared_articles(nlp, plain_nlp, shared_dir):
    files = sorted((shared_dir / "data" / "bbc").rglob("*.txt"))[:40]
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in files]
    ruler = plain_nlp.get_pipe("attribute_ruler")
    index = AttributeIndex(ruler)
    with plain_nlp.select_pipes(disable=["attribute_ruler", "ner"]):
        docs = list(plain_nlp.pipe(texts))
    assert docs, "no BBC articles found under ../shared/data/bbc"
    for doc in docs:
        assert index.match(doc) == sorted(set(ruler.match(doc)))
    for ours, theirs in zip(nlp.pipe(texts), plain_nlp.pipe(texts), strict=True):
        assert _annotations(ours) == _annotations(theirs)


def test_the_default_model_is_fully_indexed(plain_nlp):
    index = AttributeIndex(plain_nlp.get_pipe("attribute_ruler"))
    assert not index._fallback_used, "a default pattern fell back to the slow Matcher"
    assert set(index.columns) <= {"TAG", "LOWER", "DEP", "IS_SPACE"}


# A ruler of our own covers every check kind, two-token patterns and the fallback.
WORDS = ["the", "The", "cat", "cats", "sat", "n't", "do", " ", "ya", "y'", "all", "!", "42"]
RULER_PATTERNS = [
    [{"LOWER": "the"}],
    [{"ORTH": "The"}],
    [{"LOWER": {"IN": ["cat", "cats"]}}],
    [{"LOWER": {"NOT_IN": ["the", "cat"]}, "IS_PUNCT": False}],
    [{"LOWER": {"REGEX": "^y'?a?$"}}],
    [{"LOWER": "do"}, {"LOWER": "n't"}],
    [{"LOWER": {"REGEX": "s$"}}, {"LOWER": {"IN": ["sat", "all"]}}],
    [{"IS_SPACE": True}],
    [{"LIKE_NUM": True}, {"ORTH": "!"}],
    [{"LOWER": "cat", "OP": "+"}],  # an operator: kept in spaCy's Matcher
    [{"LENGTH": {">=": 3}}, {"LOWER": "sat"}],  # a numeric check: kept in the Matcher
]


@pytest.fixture(scope="module")
def custom_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for i, pattern in enumerate(RULER_PATTERNS):
        ruler.add([pattern], {"NORM": f"rule{i}"})
    return nlp, ruler


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_index_equals_matcher_on_any_token_sequence(custom_ruler, words):
    from spacy.tokens import Doc

    nlp, ruler = custom_ruler
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    index = AttributeIndex(ruler)
    assert index.match(doc) == sorted(set(ruler.match(doc)))


def test_fallback_patterns_still_match(custom_ruler):
    from spacy.tokens import Doc

    nlp, ruler = custom_ruler
    doc = Doc(nlp.vocab, words=["cat", "cat", "sat"])
    found = {(attr_id, start, end) for attr_id, _, start, end in AttributeIndex(ruler).match(doc)}
    operator_rule, length_rule = len(RULER_PATTERNS) - 2, len(RULER_PATTERNS) - 1
    assert (operator_rule, 0, 2) in found
    assert (length_rule, 1, 3) in found


def test_index_attribute_rulers_replaces_every_ruler_and_is_idempotent():
    nlp = spacy.blank("en")
    for name in ("first", "second"):
        nlp.add_pipe("attribute_ruler", name=name).add([[{"LOWER": "x"}]], {"NORM": name})
    assert index_attribute_rulers(nlp) == ["first", "second"]
    assert index_attribute_rulers(nlp) == ["first", "second"]
    assert [token.norm_ for token in nlp("x y")] == ["second", "y"]


def test_words_are_exhaustively_matched_in_pairs(custom_ruler):
    """Every two-word sequence of the vocabulary, a cheap exhaustive complement."""
    from spacy.tokens import Doc

    nlp, ruler = custom_ruler
    index = AttributeIndex(ruler)
    for pair in itertools.product(WORDS, repeat=2):
        doc = Doc(nlp.vocab, words=list(pair))
        assert index.match(doc) == sorted(set(ruler.match(doc))), pair
