"""Names for unnamed aged people ("the 17-year-old", "a 3-year-old girl").

``identified_later``: "identified as X" / "named X" in the phrase's sentence or the next,
"identified the 15-year-old as X", "the 12-year-old victim is his granddaughter, X";
``identified_far``: "identified the victim as X" many sentences on names the last
unnamed aged noun left without a name (``rule:age-identified``). For the cataphor guess
(``pipeline.claims.reference``, with ``aged_noun``), ``agent_of_another`` stops a minor
who acts on another unnamed aged person ("a 14-year-old boy shot a 19-year-old man"), and
``one_person_per_guessed_age`` keeps one person a guessed age.

Limits: only "identified" reaches beyond the next sentence, and each aged noun names one
person; two unnamed people of one age keep one guess between them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.claims.ages.claim import age_claim, age_predicate
from pipeline.claims.ages.phrases import DEFINITE, IDENTIFY_WORDS, INDEFINITE, AgePhrase
from pipeline.claims.lexicons import mapping, person_nouns
from pipeline.claims.people import MentionIndex, Target, token_at
from pipeline.claims.reference import aged_noun, phrase_gender, sentence_after
from pipeline.doctext import doc_text, tokens_lowered_in
from pipeline.records import Claim

ADULT_AGE = 18
# the object forms; not in reference.MALE_PRONOUNS / FEMALE_PRONOUNS, whose he/she vote
# a name's gender: "her" is also a possessive ("John Roe and her son"), and adding
# him/her there lowers dev age accuracy in text (0.899 -> 0.898)
OBJECT_PRONOUNS = {"him": "m", "her": "f"}


def identified_later(doc: Doc, index: MentionIndex, phrase: AgePhrase) -> Target | None:
    """ "The 17-year-old was later declared dead. He has been identified as Marco
    Villanueva"; "A 3-year-old girl was killed ... The girl, identified as Jane Doe,": the
    name given by "identified as" / "named" in the phrase's sentence or the next one, when
    the identified subject is the aged person (he/she, a person noun, "the victim", the
    age itself) or its object is "him"/"her", "the victim" or the aged noun agreeing in
    gender ("Police identified him as X", "identified the man as X"), and no other age
    comes between. A possessed subject ("The boy's mother, identified as X", "His wife")
    is someone else.
    """
    det = token_at(doc, phrase.start - 1)
    verb = token_at(doc, phrase.start - 2)
    identify = IDENTIFY_WORDS | {"identify", "identifies", "identifying"}
    if (
        det is not None
        and verb is not None
        and det.lower_ in DEFINITE | INDEFINITE
        and verb.lower_ in identify
    ):
        # "Classmates identified the 15-year-old as Terrell Everly"
        for j in range(phrase.end, min(len(doc) - 1, phrase.end + 3)):
            if doc[j].lower_ == "as":
                target = index.person_at(doc[j + 1], strong=True)
                if target is not None and target.start == doc[j + 1].idx:
                    return target
                break
    k = phrase.end
    while k < len(doc) and doc[k].pos_ in {"NOUN", "ADJ"}:
        k += 1
    if k < len(doc) and doc[k].lower_ in {"is", "was"}:
        # "the 12-year-old victim is his granddaughter, Lanae Ketterly"
        j = k + 1
        while j < min(len(doc), k + 6) and (
            doc[j].tag_ in {"DT", "PRP$", "JJ", "NN", "POS"} or doc[j].text == ","
        ):
            j += 1
        target = index.person_at(token_at(doc, j), strong=True)
        if (
            target is not None
            and target.start == doc[j].idx
            and doc[j - 1].text in {",", "is", "was"}
        ):
            return target
    end = sentence_after(doc, phrase.start, 1).end  # its sentence and the next
    nouns = person_nouns()
    for k in range(phrase.end, end):
        tok = doc[k]
        if tok.like_num and k != phrase.start and re.fullmatch(r"\d{1,3}", tok.text):
            return None  # another number, maybe another person's age
        if tok.lower_ not in IDENTIFY_WORDS:
            continue
        as_ = next((j for j in range(k + 1, min(end, k + 5)) if doc[j].lower_ == "as"), None)
        target = index.person_at(token_at(doc, as_ + 1), strong=True) if as_ else None
        if target is None or target.start != doc[as_ + 1].idx:
            return None
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and _same_person_object(doc, phrase, obj):
            return target  # "The coroner's office identified him (the man) as X"
        head = tok if tok.dep_ != "acl" else tok.head
        subjects = [c for c in tok.children if c.dep_ in {"nsubjpass", "nsubj"}]
        subject = subjects[0] if subjects else head if head is not tok else None
        if subject is None:
            return None
        if subject.lower_ != aged_noun(doc, phrase).lower_ and any(
            c.dep_ == "poss" for c in subject.children
        ):
            return None  # "The boy's mother, identified as X": a relative of the aged person
        if (
            subject.lower_ in {"he", "she", "victim", "teen", "teenager", "child"}
            or subject.lower_ in nouns
            or phrase.start <= subject.i <= phrase.end + 3
        ):
            return target
        return None
    return None


def _same_person_object(doc: Doc, phrase: AgePhrase, obj: Token) -> bool:
    """True when the object of "identified" can be the aged person: "him"/"her", or "the"
    before "victim", the aged noun itself ("a 20-year-old man ... identified the man as")
    or a gendered person noun, each agreeing in gender with the phrase ("a six-year-old girl
    ... identified the suspect as X" is someone else). A possessive ("his son", "the man's
    son") or a kin noun ("the son", ``family``) is a relative of the aged person, not that
    person. Limits: "the man" may be another man of the story."""
    genders = mapping("gender_nouns")
    word = obj.lower_
    if word in OBJECT_PRONOUNS:
        gender = OBJECT_PRONOUNS[word]
    else:
        if word not in genders and word not in {"victim", aged_noun(doc, phrase).lower_}:
            return False
        if word in mapping("family") or any(c.dep_ == "poss" for c in obj.children):
            return False  # "identified his son as X": the aged man's son
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children):
            return False  # "identified a man as X"
        gender = genders.get(word, "")
    return not gender or phrase_gender(doc, phrase) in {gender, ""}


def identified_far(
    doc: Doc, index: MentionIndex, pending: list[AgePhrase], claims: list[Claim]
) -> list[Claim]:
    """ "A 17-year-old boy got shot ... (many sentences) ... Classmates identified the victim
    as Harley Merriwether": a name given by "identified the <person noun> as X" or "the <person
    noun> was identified as X" takes the age of the last earlier unnamed aged noun left
    without a name that agrees in gender, when X has no age yet (``rule:age-identified``);
    not a kin noun ("identified the father as X"). Limits: only "identified"; each aged
    noun names one person."""
    nouns = person_nouns()
    named = {doc_text(doc)[c.target_start : c.target_end] for c in claims}
    left = list(pending)
    found: list[Claim] = []
    for tok in tokens_lowered_in(doc, ("identified",)):
        if not left:
            break
        pair = identified_as(doc, index, tok) if tok.dep_ not in {"acl", "relcl"} else None
        if pair is None or pair[0].lower_ not in nouns:
            continue
        noun, target = pair
        if noun.lower_ in mapping("family"):
            continue  # "identified the father as X": a relative of the aged person
        if not any(d.lower_ in DEFINITE for d in noun.children):
            continue
        if target.text in named:
            continue
        gender = mapping("gender_nouns").get(noun.lower_, "")
        earlier = [
            p
            for p in left
            if p.end <= noun.i and (not gender or phrase_gender(doc, p) in {gender, ""})
        ]
        if not earlier:
            continue
        phrase = earlier[-1]
        left.remove(phrase)
        named.add(target.text)
        found.append(
            age_claim(doc, phrase, target, age_predicate(doc, phrase), "rule:age-identified")
        )
    return found


def renamed_later(doc: Doc, index: MentionIndex, phrase: AgePhrase) -> Target | None:
    """ "Her 25-year-old uncle was charged ... the uncle, Nathaniel Roe, told a judge": the
    first later "the <noun>" repeating the aged noun names it when a name follows it in
    apposition ("the uncle, X") or names it with "identified as" ("The boy, identified as
    X,", "The boy was later identified as X", "Police identified the boy as X"), which wins
    over the cataphor guess of a person named before it. Only the sentences a cataphor
    reaches are read; a later aged phrase with that noun ends the search. Limits: common
    nouns ("man", "victim") may stand for another person of that noun."""
    noun = aged_noun(doc, phrase)
    if noun.pos_ != "NOUN" or noun.i < phrase.start:
        return None
    last = sentence_after(doc, phrase.start).end
    for j in range(noun.i + 1, min(last, len(doc) - 2)):
        tok = doc[j]
        if tok.lower_ != noun.lower_:
            continue
        if tok.nbor(-1).lower_ != "the":
            return None  # "a 16-year-old uncle" again: another phrase of that noun
        verb = tok.head if tok.dep_ in {"dobj", "nsubjpass"} else None
        if verb is None or verb.lower_ not in IDENTIFY_WORDS:
            clauses = (c for c in tok.children if c.dep_ in {"acl", "relcl"})
            verb = next((c for c in clauses if c.lower_ in IDENTIFY_WORDS), None)
        found = identified_as(doc, index, verb) if verb is not None else None
        if found is not None and found[0].i == tok.i:
            return found[1]  # "The boy, identified as X", "Police identified the boy as X"
        if doc[j + 1].text != ",":
            return None
        target = index.person_at(doc[j + 2], strong=True)
        if target is not None and target.start == doc[j + 2].idx:
            return target
        return None
    return None


def identified_as(doc: Doc, index: MentionIndex, verb: Token) -> tuple[Token, Target] | None:
    """The noun and the person an identifying ``verb`` joins, read on the parse:
    "identified the boy as X", "the boy was identified as X" (the verb's object or passive
    subject), "the boy, (who was) identified as X" (the noun the verb's clause modifies),
    the person's name starting right after the verb's "as"."""
    if verb.dep_ in {"acl", "relcl"} and verb.head.i < verb.i:
        noun = verb.head
    else:
        noun = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    as_ = next((c for c in verb.children if c.lower_ == "as"), None)
    if noun is None or as_ is None or as_.i < noun.i:
        return None
    name = token_at(doc, as_.i + 1)
    target = index.person_at(name, strong=True) if name is not None else None
    if target is None or target.start != name.idx:
        return None
    return noun, target


def agent_of_another(doc: Doc, phrase: AgePhrase, unnamed: list[AgePhrase]) -> bool:
    """True when ``phrase`` is a minor who is the active subject of a sentence with another
    unnamed aged person outside that subject ("A 14-year-old boy shot and killed a
    19-year-old man"): minors are seldom named, so the name that follows is more often the
    other person's and the minor gets no guess. Limits: adults ("a 47-year-old man faces
    charges in the shooting of a 12-year-old girl") and passive subjects still guess."""
    noun = aged_noun(doc, phrase)
    if phrase.value >= ADULT_AGE or noun.dep_ != "nsubj":
        return False
    sent = doc[phrase.start].sent
    subtree = range(noun.left_edge.i, noun.right_edge.i + 1)
    return any(
        other.value != phrase.value
        and other.start > phrase.start
        and other.start < sent.end
        and other.start not in subtree
        for other in unnamed
    )


def one_person_per_guessed_age(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """Guesses of one age (``rule:age-cataphor``) go to one person: "a one-year-old girl
    ... the one-year-old ... this little girl, one-year-old" is one child, so when its
    phrases were guessed for several people only the person most of them name keeps the
    age (ties: the earliest guess). Two names are one person when the words of one are
    among the other's ("Berger", "Maurice Overbrook"). Limits: two unnamed people of one age
    ("a 25-year-old man and a 25-year-old woman") keep one guess between them."""
    text = doc_text(doc)

    def name(claim: Claim) -> frozenset[str]:
        return frozenset(text[claim.target_start : claim.target_end].lower().split())

    names: dict[str, list[frozenset[str]]] = {}
    for claim in claims:
        if claim.method == "rule:age-cataphor":
            names.setdefault(claim.value, []).append(name(claim))

    def same(a: frozenset[str], b: frozenset[str]) -> bool:
        return a <= b or b <= a

    winners: dict[str, list[frozenset[str]]] = {}
    for value, found in names.items():
        if any(not same(a, b) for i, a in enumerate(found) for b in found[i + 1 :]):
            best = max(found, key=lambda n: sum(same(n, o) for o in found))
            # the fullest name of that person: "Maurice" stands for one Maurice, not two
            full = max((n for n in found if same(n, best)), key=len)
            winners[value] = [best, full]

    def kept(claim: Claim) -> bool:
        if claim.method != "rule:age-cataphor" or claim.value not in winners:
            return True
        return all(same(name(claim), winner) for winner in winners[claim.value])

    return [c for c in claims if kept(c)]
