"""Full names the NER tagged as an organisation or place, made PERSON by their context.

"According to the statement Derrick Church, 19, was charged", "a 17-year-old family
friend, Dasmine Mitchell, were shot", "identified as Phoenix O' Dell", "The family of
Bryson Hernandez": a 2-4 word mention whose words are all capitalised becomes PERSON
when an age follows it (", 19,") or an age, "identified as", "named" or a person or kin
noun ("friend,", "family of") comes right before it, and no person noun follows it
("a 19-year-old Myrtle Creek man" is a place) nor a capitalised word (a longer name);
with an organisation word in it ("Church") only a following age counts. The name must
start with a known given name or contain no common English word ("Kansas City" never
qualifies).

Limits: only the mention in that context is relabelled (the label vote of
``merge_entities`` may spread it); a name with a common English word and no known given
name first ("Happy Valley Church") is left alone, even when it is a person's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.claims.lexicons import words as lexicon
from pipeline.entities.lexicons import common_words, first_names, kin_same_surname, state_for
from pipeline.records import Mention

PERSON_CONTEXT = "rule:person-context"
_NON_PERSON = ("ORG", "GPE", "LOC", "FAC", "NORP")
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’.-]*")
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*[,;)]")


@lru_cache(maxsize=1)
def _cue_before() -> re.Pattern[str]:
    nouns = "|".join(sorted(lexicon("person_nouns") | kin_same_surname() | {"family"}, key=len))
    return re.compile(
        r"(?:\b(?:identified|id'd)\s+(?:him|her|them\s+)?as|\bnamed"
        rf"|\b(?:{nouns})(?:\s+of|\s*,)"
        r"|\b\d{1,3}[- ](?:year|month)s?[- ]old)\s+$"
    )


def _looks_like_name(words: list[str]) -> bool:
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if words[0] in first_names():
        return True
    return not any(w.lower().strip(".") in common_words() for w in words)


def _modifies_noun(text: str, end: int) -> bool:
    """True when a person noun follows: "a 19-year-old Myrtle Creek man"."""
    after = re.match(r"\s+([a-z]+)", text[end : end + 30])
    return after is not None and after.group(1) in lexicon("person_nouns")


def relabel_people_in_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with such names relabelled PERSON (see the module docstring)."""
    result = []
    for m in mentions:
        words = m.text.split()
        if (
            m.label in _NON_PERSON
            and _looks_like_name(words)
            and not state_for(m.text)
            and not _modifies_noun(text, m.end)
            and not _next_word(text, m.end)[:1].isupper()  # "Santa Monica Police Chief"
        ):
            aged = _AGE_AFTER.match(text, m.end) is not None
            cued = _cue_before().search(text[max(0, m.start - 40) : m.start]) is not None
            if aged or (cued and not any(w.lower() in lexicon("org_words") for w in words)):
                m = replace(m, label="PERSON", method=PERSON_CONTEXT)
        result.append(m)
    return result


def _next_word(text: str, end: int) -> str:
    after = re.match(r"\s+(\S+)", text[end : end + 30])
    return after.group(1) if after else ""


__all__ = ["PERSON_CONTEXT", "relabel_people_in_context"]
