"""An age on a noun phrase: "-year-old" before a name or a common noun.

"25-year-old Shelly Vantreese" and "23-year-old twins A and B" go to the names; a common noun
("a 23-year-old fashion student", "a man, 24,") goes to a name in apposition (either
side), "named X" / "identified as X" later in the sentence, or the subject of "was a
22-year-old student". An unnamed noun is marked for the anaphor ("the 19-year-old man")
or cataphor ("a 67-year-old man", "his 3-year-old son", a headline "18-year-old murder
suspect") rules, which ``pipeline.claims.reference`` resolves.

A plural sibling noun ("the 23-year-old brothers") refers back to a pair of people named
as siblings before it ("Ned Roe and his twin brother, Cal"; ``lists.sibling_pair_before``).

Limits: a possessed kin noun ("Lorraine Dwyer, her 12-year-old brother"), another plural
noun or "the 18-year-old sister of ..." is never the person before it; a name after a
title and an organisation's possessive counts only when the NER tagged it PERSON.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.claims.ages.lists import named_after, sibling_pair_before
from pipeline.claims.ages.phrases import BE_FORMS, DEFINITE, IDENTIFY_WORDS, INDEFINITE, AgePhrase
from pipeline.claims.lexicons import kin_or_person_nouns, mapping, words
from pipeline.claims.people import MentionIndex, Target, token_at
from pipeline.claims.reference import names_coordinated_noun, source_official

AGE_UNITS = frozenset({"-", "year", "years", "month", "months", "week", "weeks"})


def attributive(
    doc: Doc, index: MentionIndex, phrase: AgePhrase
) -> tuple[list[Target], str] | None:
    """ "25-year-old Shelly Vantreese", "a 23-year-old fashion student", "the 19-year-old man".

    The age belongs to the head (last noun) of the noun phrase after "-year-old": a name
    gets it directly, a common noun ("a 23-year-old Detroit girl") is resolved. A name
    after an organisation's possessive and a title ("45-year-old Parish Sheriff's Office
    Deputy Brett Garrison") counts when the NER tagged it PERSON and nothing before the "'s".
    """
    k, head = _noun_run(doc, phrase.end)
    if head is None:
        return None
    if (
        head.pos_ == "PROPN"
        and k + 1 < len(doc)
        and doc[k].tag_ == "POS"
        and doc[k + 1].pos_ == "PROPN"
        and not any(_person_labelled(index, t) for t in doc[phrase.end : k])
    ):
        _, titled = _noun_run(doc, k + 1)
        if titled is not None and _person_labelled(index, titled):
            target = index.person_at(titled, strong=True)
            if target is not None:
                return [target], "rule:age-year-old"
    if head.pos_ == "PROPN":  # "25-year-old Shelly Vantreese"; not "a 3-year-old Joplin girl"
        plural = any(t.tag_ == "NNS" for t in doc[phrase.end : head.i])
        for tok in doc[phrase.end : head.i + 1]:
            target = index.person_at(tok, strong=True) if tok.pos_ == "PROPN" else None
            if target is not None:
                if plural:  # "23-year-old twins Rebekah Vasquez-Moll and Kaytlin Uxley"
                    targets = named_after(doc, index, tok.i)
                    if len(targets) >= 2:
                        return targets, "rule:age-both"
                return [target], "rule:age-year-old"
    return resolve_noun(doc, index, head, phrase)


def _person_labelled(index: MentionIndex, tok: Token) -> bool:
    """True when the NER tagged a PERSON mention over ``tok``."""
    mention = index.mention_at(tok)
    return mention is not None and mention.label == "PERSON"


def _noun_run(doc: Doc, k: int) -> tuple[int, Token | None]:
    """Walk the nouns, names and adjectives from token ``k``; return the first token after
    them and the last noun or name (None when there is none)."""
    head = None
    while k < len(doc) and (doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} or doc[k].tag_ == "HYPH"):
        if doc[k].ent_type_ in {"DATE", "TIME"}:
            break  # "17-year-old Dalton Zeller Wednesday night"
        if doc[k].pos_ in {"NOUN", "PROPN"}:
            head = doc[k]
        k += 1
    return k, head


def resolve_noun(
    doc: Doc, index: MentionIndex, noun: Token, phrase: AgePhrase | None
) -> tuple[list[Target], str] | None:
    """The person a common noun with an age stands for.

    Tries, in order: a name in apposition ("Anthony Walgate, a 23-year-old fashion
    student"; "a man, John Smith,"), "identified as / named X" later in the sentence, and
    for a definite noun ("the 19-year-old man") the anaphor rule. A possessed noun
    ("his 5-year-old son") with no name gives nothing: the age is not the possessor's.
    A name in apposition after a later aged noun ("his 9-year-old daughter, 6-year-old son
    and 4-year-old son, Kai", however the parse hangs it) is that later noun's. A titled
    official before the noun who is the source of the news ("According to Sgt. Ann Poe, a
    9-year-old boy was shot": ``source_official``) is not the aged person.
    """
    target = index.person_at(noun)
    if target is not None:
        return [target], "rule:age-year-old"
    # "Lorraine Dwyer, her 12-year-old brother": a possessed kin noun is someone else; but
    # not when a name owns it ("Darren Cole, Holloway's 25-year-old cousin")
    kin_of_someone = noun.lower_ in mapping("family") and any(
        c.dep_ == "poss" and not _other_name(c, noun.head) for c in noun.children
    )
    if (
        noun.dep_ == "appos"
        and noun.head.i < noun.i
        and _comma_between(doc, noun.head, noun)
        and not kin_of_someone
    ):
        target = index.person_at(noun.head, strong=True)
        if target is not None and not source_official(doc, target, noun):
            return [target], "rule:age-appos-noun"
    for child in noun.children:
        if child.dep_ == "appos" and child.i > noun.i and _comma_between(doc, noun, child):
            if _aged_between(doc, noun.i, child.i):
                continue  # "his 9-year-old son and 6-year-old daughter, Ann": the daughter's
            target = index.person_at(child, strong=True)
            if target is not None and names_coordinated_noun(doc, noun, target.start):
                return None  # "a 19-year-old man and the driver, Omar Sadik": the driver's
            if target is not None and noun.tag_ == "NNS":
                # "his 16-year-old daughters, Ann Roe and Jane Roe": every name listed
                first = doc.char_span(target.start, target.end, alignment_mode="expand")
                targets = named_after(doc, index, first.start) if first is not None else []
                if len(targets) >= 2:
                    return targets, "rule:age-both"
            if target is not None:
                return [target], "rule:age-appos-noun"
    if phrase is not None:
        k = phrase.start - 1
        if k >= 0 and doc[k].lower_ in INDEFINITE | DEFINITE:
            k -= 1
        if k >= 1 and doc[k].text in {",", "—", "–"}:
            target = index.person_ending_at(doc[k - 1])
            if target is not None and not source_official(doc, target, noun):
                return [target], "rule:age-appos-noun"  # "Demontris Northrup, a 25-year-old"
    if noun.dep_ == "attr" and noun.head.lower_ in BE_FORMS:  # no lemmas in this parse
        # "Elliot Prescott ... was a 22-year-old student"
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in {"he", "she"}:
            target = index.previous_person(subjects[0].idx)
            if target is not None:
                return [target], "rule:age-copula-pronoun"
        elif subjects:
            target = index.person_at(subjects[0], strong=True)
            if target is not None:
                return [target], "rule:age-copula"
    right = noun.i + 1
    if right + 1 < len(doc) and doc[right].text in {",", "—", "–"}:
        target = _name_starting_at(index, doc[right + 1], noun)
        if target is not None:
            return [target], "rule:age-appos-noun"
    sent_end = noun.sent.end
    for k in range(noun.i + 1, min(sent_end, noun.i + 25)):
        if doc[k].lower_ == "named" and k == noun.i + 1:
            target = index.person_at(token_at(doc, k + 1), strong=True)
            if target is not None:
                return [target], "rule:age-identified"  # "an 8-year-old boy named X"
        if doc[k].lower_ in IDENTIFY_WORDS:
            for j in range(k + 1, min(sent_end, k + 6)):
                if doc[j].lower_ == "as":
                    target = index.person_at(token_at(doc, j + 1), strong=True)
                    if target is not None:
                        return [target], "rule:age-identified"
                    break
    if any(c.dep_ == "poss" for c in noun.children):
        if phrase is not None and noun.lower_ in (
            mapping("family").keys() | words("person_nouns") | {"friend", "classmate"}
        ):
            return [], "rule:age-cataphor"  # "his 3-year-old son ... Xander Kettering"
        return None
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if phrase is not None and dets and dets[0] in DEFINITE:
        after, owner = token_at(doc, noun.i + 1), token_at(doc, noun.i + 2)
        if after is None or after.lower_ != "of":
            pair = sibling_pair_before(doc, index, noun)
            if pair:  # "A and his brother, B ... the 23-year-old brothers"
                return pair, "rule:age-anaphor"
        if noun.tag_ == "NNS" or (
            noun.lower_ in mapping("family")
            and after is not None
            and after.lower_ == "of"
            and not (owner is not None and owner.like_num)  # "the 61-year-old father of three"
        ):
            return None  # "the 23-year-old brothers", "the 18-year-old sister of his friend"
        return [], "rule:age-anaphor"
    if phrase is not None and dets and dets[0] in INDEFINITE:
        return [], "rule:age-cataphor"
    if phrase is not None and not dets and bare_headline_noun(doc, phrase):
        return [], "rule:age-cataphor"  # "Police hunting for 19-year-old murder suspect"
    return None


def bare_headline_noun(doc: Doc, phrase: AgePhrase) -> bool:
    """True for an aged noun with no determiner or possessor, as in headlines (a symbol
    before it, "× 15-year-old shoots self", is no determiner)."""
    before = token_at(doc, phrase.start - 1)
    return (
        before is None
        or not any(c.isalnum() for c in before.text)
        or (
            before.tag_ not in {"PRP$", "POS", "DT", "CD", "JJ", "NNP", "NNPS"}
            and before.lower_ not in {"and", "or", ","}
        )
    )


def _name_starting_at(index: MentionIndex, tok: Token, noun: Token) -> Target | None:
    """A name right after "<person noun>,": any full name, or for kin and person nouns
    ("his 7-year-old daughter, London,") any capitalised mention, whatever its label."""
    target = index.person_at(tok, strong=True)
    if target is None and noun.lower_ in kin_or_person_nouns():
        mention = index.mention_at(tok)
        if mention is not None and mention.text[:1].isupper():
            target = Target(mention.start, mention.end, mention.text)
    return target if target is not None and target.start == tok.idx else None


def _other_name(owner: Token, head: Token) -> bool:
    """True when ``owner`` (a possessor: "Holloway" in "Holloway's cousin") is a proper name
    that is no word of the name ``head`` ends, so the kin noun can be that name's person."""
    if owner.pos_ != "PROPN":
        return False
    name = {t.lower_ for t in head.subtree if t.pos_ == "PROPN" and t.i <= head.i}
    return owner.lower_ not in name


def _aged_between(doc: Doc, left: int, right: int) -> bool:
    """True when another "-year-old" / "years old" phrase ("months old", "3-week-old"
    too) stands between tokens ``left`` and ``right``: a name in apposition after it
    belongs to that later aged noun ("his 12-year-old son, 15-year-old daughter and
    9-year-old son, Kai" names the last son)."""
    return any(
        t.lower_ in {"old", "olds"} and doc[t.i - 1].lower_ in AGE_UNITS
        for t in doc[left + 1 : right]
        if t.i > 0
    )


def _comma_between(doc: Doc, left: Token, right: Token) -> bool:
    return any(t.text in {",", "—", "–"} for t in doc[left.i + 1 : right.i])
