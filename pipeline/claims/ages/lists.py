"""Ages given to several coordinated names at once.

"Tom Reed and Ann Reed, both 24" (every name before "both"); "Chadney and Kara Whitlock --
19 and 17", "A, B and C — 16, 20 and 17, respectively", "A and B, ages 17 and 18" (the
n-th age to the n-th name); "17-year-olds A and B" (every name after the phrase).

Limits: a list of ages with no names right before it ("three sons, ages 11, 7 and 5") or
with not one name an age gives nothing; names in another sentence are not read.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.claims.ages.phrases import AgePhrase, age_value
from pipeline.claims.lexicons import kin_or_person_nouns, words
from pipeline.claims.people import MentionIndex, Target, token_at, token_end
from pipeline.doctext import doc_text


def age_list(doc: Doc, index: MentionIndex, phrase: AgePhrase) -> tuple[list[Target], str] | None:
    """ "Chadney and Kara Whitlock -- 19 and 17", "A, B and C — 16, 20 and 17, respectively",
    "A and B, ages 17 and 18": the n-th age goes to the n-th name. A list with no names
    before it ("three sons, ages 11, 7 and 5") gives nothing; None when ``phrase`` is not in
    a list of ages.
    """

    def is_number(k: int) -> bool:
        # a bare number: "20, and 22-year-old Lawrence Fenwick" is no list of ages
        nxt = token_at(doc, k + 1)
        return (
            0 <= k < len(doc)
            and doc[k].text.isdigit()
            and age_value(doc[k]) is not None
            and (nxt is None or nxt.text not in {"-", "–"})
        )

    def step_left(k: int) -> int | None:  # the number before doc[k] in the list
        j = k - 1
        if j >= 0 and doc[j].lower_ in {"and", "&"}:
            j -= 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        return j if j < k - 1 and is_number(j) else None

    left = phrase.start
    while (prev := step_left(left)) is not None:
        left = prev
    numbers = [left]
    k = left
    while True:
        j = k + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j < len(doc) and doc[j].lower_ in {"and", "&"}:
            j += 1
        if j == k + 1 or not is_number(j):
            break
        numbers.append(j)
        k = j
    if len(numbers) < 2:
        return None
    nxt = token_at(doc, k + 1)
    if nxt is not None and (nxt.tag_ in {"NNS", "NN"} or nxt.lower_ in {"to", "through"}):
        return None  # "ages 3 to 14"; "5 and 6 people"
    j = left - 1
    if j >= 0 and doc[j].lower_ in {"ages", "aged"}:
        j -= 1
    elif not (j >= 0 and doc[j].text in {"—", "–", "--", "-", ","}):
        return None
    while j >= 0 and doc[j].text in {"—", "–", "--", "-", ","}:
        j -= 1
    people = _names_ending_at(doc, index, j)
    if len(people) != len(numbers):
        return [], "rule:age-both"  # no names, or not one name an age: no claim
    return [people[numbers.index(phrase.start)]], "rule:age-both"


def _names_ending_at(doc: Doc, index: MentionIndex, j: int) -> list[Target]:
    """The coordinated names ending at token ``j``: "Chadney and Kara Whitlock", "A, B and
    C"; a lone first name before "and" counts ("Chadney")."""
    last = index.person_ending_at(token_at(doc, j))
    if last is None:
        return []
    people = [last]
    k = doc.char_span(last.start, last.end, alignment_mode="expand").start - 1
    while k >= 1 and doc[k].lower_ in {"and", "&", ","}:
        k -= 1
        if doc[k].text == ",":
            k -= 1
        person = index.person_ending_at(doc[k])
        if person is None and doc[k].tag_ == "NNP" and doc[k].text[:1].isupper():
            person = Target(doc[k].idx, token_end(doc[k]), doc[k].text)
        if person is None:
            break
        people.insert(0, person)
        k = doc.char_span(person.start, person.end, alignment_mode="expand").start - 1
    return people


def named_after(doc: Doc, index: MentionIndex, i: int) -> list[Target]:
    """The coordinated names starting at token ``i``: "17-year-olds Zymarion Kingsford and
    Shaquanda Cartwright"."""
    targets: list[Target] = []
    while i < len(doc):
        target = index.person_at(doc[i], strong=True)
        if target is None or target.start != doc[i].idx:
            break
        targets.append(target)
        while i < len(doc) and doc[i].idx < target.end:
            i += 1
        while i < len(doc) and doc[i].text in {",", "and", "&"}:
            i += 1
    return targets


def people_both(doc: Doc, index: MentionIndex, both: Token) -> tuple[list[Target], str] | None:
    """ "Tom Reed and Ann Reed, both 24": every person in the coordination before "both",
    also across a kin or person noun ("Tom Reed and his brother, Ann Reed, both 24") and before "who
    are both 24"; "The brothers, both 24," is the pair a plural kin noun refers back to
    (``kin_pair_before``)."""
    comma = token_at(doc, both.i - 1)
    if comma is not None and comma.lower_ in {"are", "were"}:
        who = token_at(doc, comma.i - 1)  # "Tom Reed and Ann Reed, who are both 24"
        comma = token_at(doc, who.i - 1) if who is not None and who.lower_ == "who" else None
    if comma is None or comma.text != ",":
        return None
    noun = token_at(doc, comma.i - 1)
    if noun is not None and _plural_kin(noun):
        pair = kin_pair_before(doc, index, noun)
        return (pair, "rule:age-both") if pair else None
    last = index.person_ending_at(noun)
    if last is None:
        return None
    sent = comma.sent
    people = index.people_between(sent.start_char, last.end)
    chain = [last]
    for person in reversed(people[:-1] if people and people[-1] == last else people):
        between = doc_text(doc)[person.end : chain[-1].start].strip()
        if between not in {"and", ",", ", and", "&"} and not _and_kin(between):
            break
        chain.append(person)
    return (
        (list(reversed(chain)), "rule:age-both") if len(chain) > 1 else ([last], "rule:age-appos")
    )


KIN_BETWEEN = re.compile(r"(?:, )?and (?:his|her|their) (?:\w+ )?(\w+),?")


def _and_kin(between: str) -> bool:
    """True for the words "and his brother," between two coordinated names (a kin or person
    noun, one adjective allowed: "and her twin sister", "and his friend")."""
    found = KIN_BETWEEN.fullmatch(between)
    return found is not None and found.group(1).lower() in kin_or_person_nouns()


def _plural_kin(noun: Token) -> bool:
    """True for a definite plural kin noun: "the brothers", "the twins"."""
    return (
        noun.tag_ == "NNS"
        and noun.lower_ in words("kin_same_surname")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    )


def kin_pair_before(doc: Doc, index: MentionIndex, noun: Token) -> list[Target]:
    """The two people a plural kin noun ("the 23-year-old brothers", "the 16-year-old
    twins") refers back to: the last coordination of two people in its own sentence before
    it or in the sentence before, either two names ("Ann Roe and Jane Roe") or a name and a
    kin noun of the same kind with a name in apposition ("Hale and his twin brother,
    Jamar"), two full names sharing their surname. Limits: only pairs (three brothers are
    not read), only the parse's ``conj``, and only one sentence back; a pair of other
    people named in between wins."""
    sent = noun.sent
    prev = token_at(doc, sent.start - 1)
    start = prev.sent.start if prev is not None else sent.start
    singular = noun.lower_[:-1]
    for tok in reversed(doc[start : noun.i]):
        if tok.dep_ != "conj" or tok.head.i >= tok.i:
            continue
        first = index.person_at(tok.head, strong=False)
        if first is None:
            continue
        second = index.person_at(tok, strong=False)
        if second is None and tok.lower_ == singular:
            names = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
            second = index.person_at(names[0], strong=False) if names else None
        if second is not None and second.start != first.start:
            return [first, second] if _same_surname(first.text, second.text) else []
    return []


def _same_surname(a: str, b: str) -> bool:
    """False only when both are full names with different surnames ("Ned Hale", "Tom
    Greer" are no brothers); a lone name ("Jamar") may share the other's surname."""
    x, y = a.lower().split(), b.lower().split()
    return len(x) < 2 or len(y) < 2 or x[-1] == y[-1]
