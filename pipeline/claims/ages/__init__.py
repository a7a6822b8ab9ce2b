"""Attach stated ages to the people they describe: ``per:age`` and ``per:age_at_time``.

Forms found (``value`` is the integer as text, ``start:end`` the number, the target the
person's mention):

* apposition after a name: "Stephen Port, 47,", "Port, 47, after", "Dana Roe of
  Fairview, also 53" (a name with its home town), lists
  "Kovari, 22, Whitworth, 21, and Taylor, 25", "Tom Reed and Ann Reed, both 24" (also
  "Tom Reed and his cousin, Al Reed, both 24", "..., who are both 24", and "The
  brothers, both 24," for a pair named as siblings before), "Davon Wickham, also 18",
  "Vernon Holtby, Jr., 27", aliases 'Clark, aka "Cheeto," 26';
  a lone name the NER tagged as a place or missed ("Haring, 36, was shot", "children
  Lena, 9; Mark, 6; and Willow, 3");
* lists of ages after coordinated names: "Chadney and Kara Whitlock -- 19 and 17",
  "A, B and C — 16, 20 and 17, respectively", "17-year-olds A and B" (a list with no
  names, "three sons, ages 11, 7 and 5", gives nothing);
* attributive "-year-old": "25-year-old Shelly Vantreese", "a 23-year-old fashion student"
  in apposition to a name (either side), "an 8-year-old boy named X", "a man, 24,
  identified as John Smith", "the 13-year-old is Jordan Fitzhugh", "the 12-year-old
  victim is his granddaughter, Lanae Ketterly";
* "aged 22", "age 22", "(29)", "(M, 25)", "37 years old", "37 years of age";
* months as whole years: "10-month-old" is 0, "21-month-old" and "19 months old" are 1;
* copula or "turned" with a person subject: "Maya Lund was 15 when she died",
  "Smith, who is 19", "Gavin Kellerman, who turned 29";
* numbers glued by the crawl: "Lyons,32", "Garrett-23,", "afternoon.16-year-old", "Sanford, 25,of",
  "An8-year-old", a footnote mark "Weissmann, 19.[46]"; a spaced dash after the age closes
  the apposition ("Samuel Clay Jr., 20 - were arrested"; "30 - 60 years" is a range);
* unnamed: "an unnamed (un-named) 3-year-old boy" and "a 16-year-old, whose name won't
  be released" are given to nobody;
* identification: an unnamed "the 17-year-old" / "a 3-year-old girl" named by
  "identified as X" / "named X" in its sentence or the next ("The girl, identified as
  Jane Doe,"; "He has been identified as X"; "The coroner identified him as X" or
  "... identified the girl as X", the object agreeing in gender), or "identified the
  15-year-old as X"
  (``rule:age-identified``); beyond the cataphora window, "identified the victim as X" /
  "the girl was identified as X" names the last unnamed aged noun left without a name;
* anaphora: "the 19-year-old" refers to the person last given that age, else to the
  nearest preceding person who is not an official (a title word before the name; a
  speaker, "Walker told his brother", only when some mention of the name has a title), a
  relative quoted about someone named just before ("X was bullied, said his best friend
  Lexie Roe"; alone, the relative may be the aged person) nor
  a journalist, and whose gender (from he/she, titles and kin nouns around the name) does
  not clash with "man/woman/boy/girl/son/...", nor, for an age of 18 or more, one a child
  noun introduces ("the toddler killed was X"; ``child_nouns.txt``) (``rule:age-anaphor``;
  the same two checks hold for a cataphor); when the last
  earlier phrase with that age named nobody ("a 16-year-old boy ... The 16-year-old"), no
  claim; when the nearest person already has another age ("20-year-old Ian Roe held the
  rifle ... Roe and the 14-year-old"), the phrase is someone new and the cataphor is
  tried; a relative owning the phrase ("X Pike, the uncle of the 16-year-old victim")
  gives the age to the one other person of that surname, else to nobody;
* cataphora: an unnamed "a 67-year-old man", a possessed "his 3-year-old son" / "his
  14-year-old friend" or a headline "18-year-old murder suspect" (or a "the ..." with
  nobody before it) goes to the first person named in the next eight sentences who is
  not an official or journalist ("Channel 2's Jane Roe", "KTLA's", "Reporting by", a
  photo credit), not a place, station or organisation tagged PERSON ("block of Emma",
  "KMOV", "a 19-year-old Glenwood man"), not the possessor, agrees in gender and in
  victim/suspect role (a lone "Sienna" has the role of "victim Sienna Roe"; read by
  ``pipeline.cases.roles``: "a 19-year-old man was charged over the slaying of a
  13-year-old"; none for a self-inflicted harm), and has no age of their own
  (``rule:age-cataphor``: the weakest rule; each person gets at most one such guess); a
  minor who is the active subject beside another unnamed aged person ("a 14-year-old boy
  shot a 19-year-old man") gets no guess, since minors are seldom named. Guesses whose
  name follows in the phrase's own sentence with no verb between ("Their 39-year-old
  mother -- and his wife -- Jane Roe") are made first, so the nearer phrase wins the
  person; a person named in the aged noun's own relative clause ("the 19-year-old who
  had been with Tyre") is neither its antecedent nor its cataphor; a later "the uncle,
  X" or "the boy, identified as X" / "the boy was identified as X" / "identified the boy
  as X" repeating the aged noun names it (``rule:age-identified``), before any guess; a
  name in apposition to another determined noun coordinated with the aged noun ("a
  19-year-old man and the driver, Omar Sadik, were hurt") is that noun's, and takes no
  age (one person before a singular verb: "... and the owner, Sam Roe, was shot").

An age found on a lone surname ("Zawahri, 23") is given to the nearest full name with
that surname mentioned before it, unless that full name has another age of its own.

Also: "X ... was a 22-year-old student" (predicative noun), "23-year-old twins A and B"
(every name after a plural noun), "Thirty-one-year-old" (hyphenated number words), and a
birthday ahead is one year less ("would have turned 6", "who turns 4 on Friday"). A
named owner's birthday is the age: "Kendall Roe's 21st birthday", "Jane Roe, whose 16th
birthday ...", "Vernon Roe spent his 30th birthday" (``rule:age-birthday``; none for one
not reached: "would have been ..."). A plural sibling noun ("the 23-year-old brothers")
refers back to the only pair named before it, when one was introduced as the other's
sibling ("Ned Roe and his twin brother, Cal"). A possessed kin noun ("Lorraine Dwyer, her
12-year-old brother"), another plural noun or "the 18-year-old sister of ..." is never
the person before it, but a kin noun a name owns is the name in apposition
("Darren Cole, Holloway's 25-year-old cousin"). An "unnamed" aged noun ("an unnamed
three-year-old boy") is given to nobody.

Age at an earlier time: "was 16 when he met ...", "when he was 7" and "was 30 at the time" give
``per:age_at_time``, which never replaces the current age. When the "when" clause or the
"at the time of" phrase names the incident itself ("when she died", "at the time of the
shooting", words in ``models/lexicons/age_context.txt``) the age is the age at the
incident and stays ``per:age``.

Only whole numbers 0-120 that are not money, percentages or times, and not followed by a
counted noun ("47 officers"), are ages. When rules give one mention two different ages
the most direct rule wins (``METHOD_RANK``). The target may be a mention of any label
that looks like a full name (the small model tags many names ORG, LOC or FAC), or a run
of capitalised words the NER missed.

Measured with ``make eval-facts`` (casefacts dev, 1,277 articles; figures in the README):
age accuracy over the gold people whose age is in the text; about 3% of them get a wrong
age, the rest of the misses get none or are not found.

Limits: no coreference model; family members sharing a surname are told apart only by
the nearest full name; "ages 17 and 18" with the names in another sentence, ranges
("ranged in age from 20 to 35") and "He turned 18" without a name in the clause are
not read; a spelled-out bare number is read only between commas after a name ("Mara
Dorn, three, was shot").

Modules: ``phrases`` finds the numbers that read as ages; ``attach`` gives each to the
name beside it, with ``nouns`` ("-year-old" noun phrases) and ``lists`` (coordinated
names); ``unnamed`` names the unnamed aged nouns ("identified as X"), and
``pipeline.claims.reference`` guesses the rest (anaphora, cataphora); ``claim`` makes and
settles the claims; ``mentions`` adds the names an age found that the NER missed.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.claims.ages.attach import attach
from pipeline.claims.ages.claim import (
    age_claim,
    age_predicate,
    birthday_ahead,
    dedupe,
    full_name,
    strongest,
)
from pipeline.claims.ages.mentions import age_named_mentions
from pipeline.claims.ages.phrases import AgePhrase, age_phrases
from pipeline.claims.ages.unnamed import (
    agent_of_another,
    identified_far,
    identified_later,
    one_person_per_guessed_age,
    renamed_later,
)
from pipeline.claims.people import MentionIndex, Target
from pipeline.claims.reference import (
    aged_noun,
    antecedent,
    cataphor,
    introduces_unnamed,
    kin_of_phrase,
)
from pipeline.doctext import doc_text
from pipeline.records import Claim

__all__ = ["age_named_mentions", "find_ages"]


def find_ages(doc: Doc, index: MentionIndex) -> list[Claim]:
    """Return ``per:age`` / ``per:age_at_time`` claims for the people in ``doc``.

    Args:
        doc: a parsed article (tagger, parser and NER).
        index: the caller's mentions; claims target only person-like mentions (or a
            proper name repeating a word of a person's name when the NER missed it).
    """
    claims: list[Claim] = []
    unresolved: list[tuple[AgePhrase, str]] = []
    for phrase in age_phrases(doc):
        found = attach(doc, index, phrase)
        if found is None:
            continue
        targets, method = found
        if not targets:
            unresolved.append((phrase, method))
            continue
        predicate = age_predicate(doc, phrase)
        if birthday_ahead(doc, phrase):
            phrase = AgePhrase(phrase.value - 1, phrase.start, phrase.end, phrase.kind)
        claims.extend(age_claim(doc, phrase, target, predicate, method) for target in targets)
    explicit = list(claims)
    # each unnamed phrase's "identified as X", and which cataphor phrases act on another
    identified = {p.start: identified_later(doc, index, p) for p, _ in unresolved}
    cataphors = [p for p, m in unresolved if m == "rule:age-cataphor"]
    agents = {
        p.start
        for p in cataphors
        if identified[p.start] is None and agent_of_another(doc, p, cataphors)
    }
    near = _named_in_sentence(doc, index, cataphors, identified, agents, explicit)
    claims.extend(near.values())
    pending: list[AgePhrase] = []  # unnamed aged nouns no name was found for
    for phrase, method in unresolved:
        if phrase.start in near:
            continue
        target = identified[phrase.start] or renamed_later(doc, index, phrase)
        if target is not None:
            claims.append(
                age_claim(doc, phrase, target, age_predicate(doc, phrase), "rule:age-identified")
            )
            continue
        if method == "rule:age-cataphor":
            if phrase.start in agents:
                continue  # "a 14-year-old boy shot a 19-year-old man ... Jose Bramwell"
            # one guessed age a person: "a 25-year-old man and a 26-year-old man ... A, B";
            # a phrase of an age already guessed may name the same person again
            guessed = [c for c in claims if c.method == method and c.value != str(phrase.value)]
            taken = explicit + guessed
            target = cataphor(doc, index, phrase, taken, aged_noun(doc, phrase))
            if target is None:
                pending.append(phrase)
        elif introduces_unnamed(phrase, [p for p, _ in unresolved], explicit, doc):
            continue  # "a 16-year-old boy ... The 16-year-old was injured": no name
        else:
            kin = kin_of_phrase(doc, index, phrase)  # "X, the uncle of the 16-year-old"
            target = antecedent(doc, index, phrase, explicit, kin)
            if target is None and kin is None:
                target = cataphor(doc, index, phrase, explicit)
        if target is not None:
            claims.append(age_claim(doc, phrase, target, age_predicate(doc, phrase), method))
    claims = one_person_per_guessed_age(doc, claims)
    claims.extend(identified_far(doc, index, pending, claims))
    own: dict[str, set[str]] = {}
    for claim in claims:
        own.setdefault(doc_text(doc)[claim.target_start : claim.target_end], set()).add(claim.value)
    return strongest(dedupe([full_name(doc, index, c, own) for c in claims]))


def _named_in_sentence(
    doc: Doc,
    index: MentionIndex,
    phrases: list[AgePhrase],
    identified: dict[int, Target | None],
    agents: set[int],
    explicit: list[Claim],
) -> dict[int, Claim]:
    """Guesses (by the number's token) for unnamed aged nouns named in their own sentence ("Their
    39-year-old mother -- and his wife -- Jane Roe was hurt"), made before the guesses
    that reach into later sentences, so that a nearer phrase wins the person: "his
    stepchildren, a 17-year-old girl and a 19-year-old man ... Their 39-year-old mother,
    Jane Roe" gives Jane Roe 39, not 17. Only a name with no verb before it
    ("a 3-year-old was hurt when Ann Roe ..." is not read). Limits: the same checks as
    ``cataphor``; an earlier phrase loses its person even when it was about them.
    ``phrases`` are the unnamed cataphor phrases; ``identified`` and ``agents`` (by the
    number's token) say which an "identified as X" names and which act on another."""
    found: dict[int, Claim] = {}
    for phrase in phrases:
        if identified[phrase.start] is not None or phrase.start in agents:
            continue
        guessed = [c for c in found.values() if c.value != str(phrase.value)]
        noun = aged_noun(doc, phrase)
        target = cataphor(doc, index, phrase, explicit + guessed, noun, 0)
        span = doc.char_span(target.start, target.end, "expand") if target else None
        if span is not None and not any(
            t.pos_ in {"VERB", "AUX"} for t in doc[phrase.end : span.start]
        ):
            claim = age_claim(doc, phrase, target, age_predicate(doc, phrase), "rule:age-cataphor")
            found[phrase.start] = claim
    return found
