"""Which person an age phrase is about: ``attach`` tries the rules in turn.

Reads the age right next to a name: apposition "Stephen Port, 47," (after a nickname,
"aka Moose", "Jr.", a quote; a lone name the NER missed or tagged as a place), "(29)",
"(M, 25)", "aged 22", "Smith, who is 19", "Gavin Kellerman, who turned 29", a named owner's
"21st birthday"; hands lists of ages to ``lists`` and "-year-old" noun phrases to
``nouns``. An unnamed "the 19-year-old" / "a 67-year-old man" comes back with no target
and the anaphor or cataphor rule's name, for ``find_ages`` to resolve.

A titled official before "a/the N-year-old" who is the source of the news ("According
to Police Chief Jon Roe, a 9-year-old, ...": ``source_official``) is not the aged
person: the phrase is left to the anaphor or cataphor rules.

Limits: "He turned 18" without a name in the clause, a pronoun owner of a birthday whose
verb has no named subject, and a birthday not yet reached give nothing; a lone name
after a place preposition ("in Dayton, 23") is taken for a place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.claims.ages.lists import age_list, named_after, people_both
from pipeline.claims.ages.nouns import attributive, bare_headline_noun, resolve_noun
from pipeline.claims.ages.phrases import (
    ADVERBS_BEFORE_AGE,
    BE_FORMS,
    DEFINITE,
    INDEFINITE,
    AgePhrase,
)
from pipeline.claims.lexicons import (
    LONE_NAME,
    PEOPLE,
    PEOPLE_OFTEN,
    kin_or_person_nouns,
    place_prepositions,
    words,
)
from pipeline.claims.people import MentionIndex, Target, token_at, token_end
from pipeline.claims.reference import source_official
from pipeline.names import NAME_SUFFIXES

NOT_YET = frozenset({"would", "will", "upcoming", "next", "until", "before", "turn", "turns"})
GENDER_MARKS = frozenset({"m", "f", "male", "female"})
AFTER_APPOSITION_OK = frozenset({"and", "or", "of", "from", "who", "whose", "in", "at"})
QUOTE_OPENERS = frozenset({"“", "‘", '"', "'", "``"})
QUOTE_CLOSERS = frozenset({"”", "’", '"', "'", "''"})
ALIAS_WORDS = frozenset({"aka", "a.k.a.", "a.k.a", ",", "also", "known", "as"})
UNNAMED = frozenset({"unnamed", "un-named", "nameless"})
MAX_PLACE_WORDS = 3  # "of East Saint Louis, 41"


def attach(doc: Doc, index: MentionIndex, phrase: AgePhrase) -> tuple[list[Target], str] | None:
    """The people ``phrase`` is the age of, with the rule's name.

    Returns None when the number is not an age of anyone, and an empty target list when
    the phrase is anaphoric ("the 19-year-old").
    """
    before = token_at(doc, phrase.start - 1)
    after = token_at(doc, phrase.end)
    if phrase.kind != "bare" and (_unnamed(doc, before) or _name_withheld(doc, phrase)):
        return None  # "an unnamed three-year-old boy": the text says it names nobody
    if phrase.kind == "birthday":
        target = _birthday_owner(doc, index, phrase)
        return ([target], "rule:age-birthday") if target is not None else None
    if phrase.kind == "year-olds":
        targets = named_after(doc, index, phrase.end)
        return (targets, "rule:age-both") if targets else None
    if phrase.kind == "glued-after":
        if before is None or before.text != ",":
            return None
        found = _after_name_or_noun(doc, index, before.i, "rule:age-appos", strict=True)
        return found if found and found[0] else None
    if phrase.kind == "glued":
        target = index.person_at(doc[phrase.start], strong=True)
        return ([target], "rule:age-appos") if target and _closes_apposition(after) else None
    if phrase.kind == "bare":
        listed = age_list(doc, index, phrase)
        if listed is not None:
            return listed if listed[0] else None
    inside = index.mention_at(doc[phrase.start])
    if phrase.kind == "bare" and inside is not None and before is not None:
        owner = index.person_at(before, strong=True)
        if owner is not None and inside.end == token_end(doc[phrase.start]):
            return [owner], "rule:age-appos"  # NER swallowed the age: "Stephen Ridgeway 23"
    if phrase.kind == "year-old" and after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return attributive(doc, index, phrase)
    if (
        phrase.kind == "year-old"
        and bare_headline_noun(doc, phrase)
        and (before is None or not any(c.isalnum() for c in before.text))
    ):
        return [], "rule:age-cataphor"  # "× 15-year-old accidentally shoots self"
    if before is None:
        return None
    if phrase.kind == "bare" and after is not None and after.tag_ in {"NNS", "NNPS"}:
        return None  # "47 officers": a count, not an age
    if phrase.kind == "year-old" and after is not None and after.lower_ in BE_FORMS:
        target = index.person_at(token_at(doc, after.i + 1), strong=True)
        if target is not None and target.start == doc[after.i + 1].idx:
            return [target], "rule:age-copula"  # "the 13-year-old is Jordan Fitzhugh"
    if phrase.kind == "year-old" and after is not None and after.text == ",":
        target = index.person_at(token_at(doc, after.i + 1), strong=True)
        if target is not None and target.start == doc[after.i + 1].idx:
            return [target], "rule:age-appos-noun"  # "The 17-year-old, Adonis Fenwick,"
    if phrase.kind == "bare" and after is not None and after.text in {",", ")", ";"}:
        target = index.person_ending_at(before)
        if target is not None:
            return [target], "rule:age-appos"  # "Stephen Ridgeway 23, who"
    if before.lower_ in {"aged", "age"}:
        return _after_name_or_noun(doc, index, before.i, "rule:age-aged")
    if before.text == "(" or (
        before.text == ","
        and before.i >= 2
        and doc[before.i - 1].lower_ in GENDER_MARKS
        and doc[before.i - 2].text == "("
    ):
        paren = before.i if before.text == "(" else before.i - 2
        target = index.person_ending_at(token_at(doc, paren - 1))
        return ([target], "rule:age-paren") if target else None
    if before.text in QUOTE_CLOSERS and doc[before.i - 1].text == ",":
        return _after_name_or_noun(doc, index, before.i + 1, "rule:age-appos", strict=True)
    if before.lower_ == "both":
        return people_both(doc, index, before)
    if before.lower_ == "also" and doc[before.i - 1].text == ",":
        before = doc[before.i - 1]  # "Davon Wickham, also 18"
    if before.text in {",", "—", "–"}:
        if phrase.kind == "bare" and not _closes_apposition(after):
            return None
        placed = _name_of_place(doc, index, before) if before.text == "," else None
        if placed is not None:
            return (placed, "rule:age-appos") if placed else None  # "Dana Roe of Moline, 41"
        found = _after_name_or_noun(doc, index, before.i, "rule:age-appos", strict=True)
        if found is None and before.text == ",":
            target = _single_name(doc, index, token_at(doc, before.i - 1), after)
            found = ([target], "rule:age-appos") if target is not None else None
        return found
    be = before
    if be.lower_ in ADVERBS_BEFORE_AGE:
        be = token_at(doc, be.i - 1) or be
    if be.lower_ in BE_FORMS or be.lower_ in {"turned", "turns"}:
        return _copula(doc, index, be)
    if (
        phrase.kind == "year-old"
        and before.lower_ in DEFINITE | INDEFINITE
        and before.i >= 2
        and doc[before.i - 1].text in {",", "—", "–"}
    ):
        target = index.person_ending_at(doc[before.i - 2])
        if target is not None and not source_official(doc, target, doc[phrase.end - 1]):
            return [target], "rule:age-appos-noun"  # "Na'kayla Tremaine, the 9-year-old"
    if phrase.kind == "year-old" and before.lower_ in DEFINITE:
        return [], "rule:age-anaphor"
    if phrase.kind == "year-old" and before.lower_ in INDEFINITE:
        return [], "rule:age-cataphor"
    if phrase.kind == "year-old" and bare_headline_noun(doc, phrase):
        return [], "rule:age-cataphor"  # "killing of 12-year-old and father"
    return None


def _birthday_owner(doc: Doc, index: MentionIndex, phrase: AgePhrase) -> Target | None:
    """The person whose Nth birthday it is: a name owning it ("celebrating Kendall Roe's
    21st birthday") or the name a "whose" clause hangs on ("Jane Roe - whose 16th birthday
    had brought the family together"), or for "his/her" the name that is the subject of the
    birthday's verb ("Vernon Roe spent his 30th birthday in jail"). A birthday not yet
    reached ("would have been his 14th birthday", "before her 18th birthday": a word of
    ``NOT_YET`` earlier in the clause) gives nothing. Limits: a pronoun owner whose verb
    has no named subject ("He celebrated his 18th birthday") is not resolved."""
    birthday = doc[phrase.end - 1]
    owner = next((c for c in birthday.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    sent = birthday.sent
    if any(t.lower_ in NOT_YET for t in doc[sent.start : phrase.start]):
        return None
    if owner.lower_ in {"his", "her"}:  # "Roe was celebrating his 18th birthday"
        verb = birthday.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return index.person_at(subject, strong=True) if subject is not None else None
    if owner.lower_ == "whose":
        mark = token_at(doc, owner.i - 1)
        if mark is not None and mark.text in {",", "-", "–", "—"}:
            target = index.person_ending_at(token_at(doc, mark.i - 1))
            if target is not None:
                return target  # "Teo Carvell – whose 16th birthday", whatever the parse
        head = birthday.head
        while head.dep_ != "relcl" and head.head.i != head.i:
            head = head.head
        if head.dep_ != "relcl":
            return None
        noun = head.head  # "Her sister, Jane Roe - whose ...": the name in apposition
        names = [noun, *(c for c in noun.children if c.dep_ == "appos" and c.i < head.i)]
        return next((t for n in names if (t := index.person_at(n, strong=True))), None)
    return index.person_at(owner, strong=True)


def _unnamed(doc: Doc, before: Token | None) -> bool:
    """True for "unnamed" / "un-named" (split "un - named") right before an age."""
    if before is None:
        return False
    if before.lower_ in UNNAMED:
        return True
    return before.lower_ == "named" and doc[max(0, before.i - 2) : before.i].text.lower() in {
        "un-",
        "un -",
    }


def _name_withheld(doc: Doc, phrase: AgePhrase) -> bool:
    """True for an aged noun followed by "whose name" / "whose identity" ("a 17-year-old,
    whose name won't be released"): such a text names nobody for the age."""
    following = [t.lower_ for t in doc[phrase.end : phrase.end + 5]]
    return any(
        w == "whose" and following[i + 1 : i + 2] in (["name"], ["names"], ["identity"])
        for i, w in enumerate(following)
    )


def _closes_apposition(after: Token | None) -> bool:
    """True when the token after "Name, 47" ends the apposition ("," "." "and" "of" ...)."""
    if after is None or after.is_punct or after.is_space:
        return True
    return after.lower_ in AFTER_APPOSITION_OK or after.pos_ in {"VERB", "AUX"}


def _after_name_or_noun(
    doc: Doc, index: MentionIndex, i: int, method: str, strict: bool = False
) -> tuple[list[Target], str] | None:
    """The person named just before token ``i`` ("Port, 47"; "Smith aged 22"), or the person
    linked to a common noun there ("a man, 24, identified as ...", "a man aged 22").
    """
    prev = token_at(doc, i - 1)
    if prev is not None and prev.text == "," and not strict:
        prev = token_at(doc, i - 2)
    prev = _skip_nickname(doc, prev)
    if (
        prev is not None
        and prev.lower_.strip(".") in NAME_SUFFIXES
        and not index.person_ending_at(prev)
    ):
        prev = token_at(doc, prev.i - 1)  # "Vernon Edward Holtby, Jr., 27"
        if prev is not None and prev.text == ",":
            prev = token_at(doc, prev.i - 1)
    target = index.person_ending_at(prev)
    if target is not None:
        return [target], method
    if prev is not None and prev.pos_ == "NOUN" and prev.lower_ in words("person_nouns"):
        return resolve_noun(doc, index, prev, None)
    return None


def _single_name(
    doc: Doc, index: MentionIndex, name: Token | None, after: Token | None
) -> Target | None:
    """A lone capitalised name before ", N" that the NER tagged as a place or missed:
    "Haring, 36, was shot", "Reyes, 28, of Harmon Ave.", "children Dwayne, 11; Harmony,
    11; and Willow, 2". The number must close the apposition with "," ";" "." or ")" and
    the name must not follow a place preposition ("in Dayton, 23"; every word of
    ``place_prepositions.txt``, "on" and "for" too).
    """
    if name is None or name.tag_ != "NNP" or not name.text[:1].isupper() or name.is_upper:
        return None
    if not name.is_alpha and not re.fullmatch(r"[A-Z][\w'’-]+", name.text):
        return None
    if name.ent_type_ in {"DATE", "TIME", "NORP"} or name.lower_ in words("org_words"):
        return None
    if name.lower_ in kin_or_person_nouns():
        return None
    if after is None or after.text not in {",", ";", ".", ")"}:
        return None
    prev = token_at(doc, name.i - 1)
    if prev is not None and prev.text == ",":
        prev = token_at(doc, prev.i - 1)  # "Dayton, Ohio, 45" is a place
    places = place_prepositions(PEOPLE, PEOPLE_OFTEN, LONE_NAME)
    if prev is not None and (prev.lower_ in places or prev.tag_ in {"NNP", "NNPS"}):
        return None
    mention = index.mention_at(name)
    if mention is not None and (mention.start != name.idx or mention.end != token_end(name)):
        return None
    return Target(name.idx, token_end(name), name.text)


def _name_of_place(doc: Doc, index: MentionIndex, comma: Token) -> list[Target] | None:
    """[the name] before "of <Place>, N": "Dana Roe of Fairview, 53, was charged",
    "Dana Roe of East Moline, also 41"; None for other forms. The place is one to three
    capitalised proper nouns right before the comma, none starting a PERSON entity; this
    is read before the full-name fallback, which takes "East Lansing" for a name. After
    "<kin or person noun> of" ("the husband of Dana Roe of Fairview, 53": maybe the
    husband's age) the list is empty: nobody gets the age, not the place either.
    Limits: "of Dayton, Ohio, 45" (a comma inside the place), "of the 2500 block" and a
    numbered address ("of 1200 Main St., 24", whose street may take the age) are not read."""
    k = comma.i - 1
    while k >= 0 and comma.i - k <= MAX_PLACE_WORDS and doc[k].tag_ == "NNP":
        k -= 1
    if k == comma.i - 1 or k < 1 or doc[k].lower_ != "of":
        return None
    place = doc[k + 1 : comma.i]
    if not all(t.text[:1].isupper() for t in place) or any(
        t.ent_iob_ == "B" and t.ent_type_ == "PERSON" for t in place
    ):
        return None  # "the father of Jon Roe, 41" is no place
    person = index.person_ending_at(doc[k - 1])
    span = doc.char_span(person.start, person.end) if person is not None else None
    of = token_at(doc, span.start - 1) if span is not None else None
    owner = token_at(doc, of.i - 1) if of is not None and of.lower_ == "of" else None
    if owner is not None and owner.lower_ in kin_or_person_nouns():
        return []  # "the son of Jon Roe of Fairview, 16": maybe the son's age
    return [person] if person is not None else None


def _skip_nickname(doc: Doc, tok: Token | None) -> Token | None:
    """Step back over an alias before an age: 'Clark, aka "Cheeto," 26' -> Clark."""
    if tok is None:
        return tok
    if tok.pos_ == "PROPN" and tok.text not in QUOTE_CLOSERS:
        # 'Barney Inskeep, aka Moose, 28': step over ", aka Moose"
        k = tok.i
        while k > 0 and doc[k - 1].pos_ == "PROPN" and k > tok.i - 3:
            k -= 1
        alias = token_at(doc, k - 1)
        if alias is not None and alias.lower_ in {"aka", "a.k.a.", "a.k.a"}:
            prev = token_at(doc, alias.i - 1)
            return token_at(doc, prev.i - 1) if prev is not None and prev.text == "," else prev
        return tok
    if tok.text not in QUOTE_CLOSERS:
        return tok
    for k in range(tok.i - 1, max(tok.i - 8, -1), -1):
        if doc[k].text in QUOTE_OPENERS or (doc[k].text == '"' and k != tok.i):
            prev = token_at(doc, k - 1)
            while prev is not None and prev.lower_ in ALIAS_WORDS:
                prev = token_at(doc, prev.i - 1)
            return prev
    return tok


def _copula(doc: Doc, index: MentionIndex, be: Token) -> tuple[list[Target], str] | None:
    """ "Maya Lund ... was 15", "Smith, who is 19": the subject of the copula."""
    subjects = [c for c in be.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and be.dep_ in {"aux", "auxpass"}:
        subjects = [c for c in be.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        prev = token_at(doc, be.i - 1)
        subjects = [prev] if prev is not None and prev.lower_ in {"who", "he", "she"} else []
    if not subjects:
        return None
    subject = subjects[0]
    if subject.lower_ in {"who", "that"}:
        antecedent = be.head if be.dep_ == "relcl" else None
        if antecedent is None:
            comma = token_at(doc, subject.i - 1)
            antecedent = (
                token_at(doc, subject.i - 2) if comma is not None and comma.text == "," else None
            )
        target = index.person_at(antecedent)
        return ([target], "rule:age-copula") if target else None
    if subject.lower_ in {"he", "she"}:
        target = index.previous_person(subject.idx)
        return ([target], "rule:age-copula-pronoun") if target else None
    target = index.person_at(subject)
    if target is not None:
        return [target], "rule:age-copula"
    if subject.pos_ == "NOUN" and subject.lower_ in words("person_nouns"):
        return resolve_noun(doc, index, subject, None)
    return None
