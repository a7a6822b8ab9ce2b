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
from pipeline.claims.lexicons import kin_or_person_nouns, mapping
from pipeline.claims.people import MentionIndex, Target, token_at, token_end
from pipeline.claims.reference import given_name_gender
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
    are both 24"; "The brothers, both 24," is the pair of siblings a plural sibling noun
    refers back to (``sibling_pair_before``)."""
    comma = token_at(doc, both.i - 1)
    if comma is not None and comma.lower_ in {"are", "were"}:
        who = token_at(doc, comma.i - 1)  # "Tom Reed and Ann Reed, who are both 24"
        comma = token_at(doc, who.i - 1) if who is not None and who.lower_ == "who" else None
    if comma is None or comma.text != ",":
        return None
    noun = token_at(doc, comma.i - 1)
    if noun is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        pair = sibling_pair_before(doc, index, noun)  # "The brothers, both 24,"
        if pair:
            return pair, "rule:age-both"
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


def sibling_pair_before(doc: Doc, index: MentionIndex, noun: Token) -> list[Target]:
    """The two people a plural sibling noun (``sibling_nouns.txt``: "the 23-year-old
    brothers", "The twins, both 15,") refers back to, when the text has said they are
    siblings: the only coordination of two people in the noun's sentence before it or in
    the sentence before, one introduced as the other's sibling ("Ann Roe and her twin
    sister, Jo", "brothers Ned Hale and Cal Hale"). Both names must agree with the nouns'
    gender (no "brothers" for a pair with a female given name) and full names share their
    surname. Limits: only pairs, only the parse's ``conj``, only one sentence back; two
    coordinated pairs give nothing, as does a pair not said to be siblings ("Ann Roe and
    Tom Roe said the 16-year-old twins ...": the twins are someone else)."""
    siblings = mapping("sibling_nouns")
    if noun.tag_ != "NNS" or noun.lower_ not in siblings:
        return []
    prev = token_at(doc, noun.sent.start - 1)
    start = prev.sent.start if prev is not None else noun.sent.start
    pairs: dict[tuple[int, int], tuple[Target, Target, str]] = {}
    for tok in doc[start : noun.i]:
        if tok.dep_ != "conj" or tok.head.i >= tok.i:
            continue
        first = index.person_at(tok.head, strong=False)
        if first is None:
            continue
        said = ""  # the sibling noun that says they are siblings
        if tok.tag_ == "NN" and tok.lower_ in siblings:
            names = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
            second = index.person_at(names[0], strong=False) if names else None
            said = tok.lower_  # "Ann Roe and her twin sister, Jo"
        else:
            second = index.person_at(tok, strong=False)  # "brothers Ned Roe and Cal Roe"
            span = doc.char_span(first.start, first.end, alignment_mode="expand")
            before = token_at(doc, span.start - 1) if span is not None else None
            said = before.lower_ if before is not None and before.tag_ == "NNS" else ""
        if second is not None and second.start != first.start:
            pairs[(first.start, second.start)] = (first, second, said)
    if len(pairs) != 1:
        return []
    first, second, said = next(iter(pairs.values()))
    genders = {siblings[noun.lower_], siblings.get(said, "")} - {"-", ""}
    if said not in siblings or len(genders) > 1 or not _same_surname(first.text, second.text):
        return []
    names = {given_name_gender(first.text.split()[0]), given_name_gender(second.text.split()[0])}
    names -= {""}
    return [first, second] if names <= genders or not genders else []


def _same_surname(a: str, b: str) -> bool:
    """False only when both are full names with different surnames ("Ned Hale", "Tom
    Greer" are no brothers); a lone name ("Cal") may share the other's surname."""
    x, y = a.lower().split(), b.lower().split()
    return len(x) < 2 or len(y) < 2 or x[-1] == y[-1]
