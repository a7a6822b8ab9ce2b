"""Find the person mention a token belongs to, and the person a pronoun points back to.

The claim rules attach values to mentions given by the caller (the entities stage); they
never create entities. A mention counts as a person when it is labelled PERSON, or when its
text is a word of some PERSON mention's name in the same document ("Port" tagged GPE in an
article about Stephen Port).

Limits: pronouns and "the 19-year-old" are resolved to the nearest preceding person
mention, with no gender or number agreement and no coreference model.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.claims.lexicons import words
from pipeline.records import Mention


@dataclass(frozen=True)
class Target:
    """The span a claim is about: a caller's mention, or a name the NER missed."""

    start: int
    end: int
    text: str


class MentionIndex:
    """Look up the caller's mentions by token.

    Args:
        doc: the parsed article.
        mentions: the caller's mentions (any labels; character offsets into ``doc.text``).
    """

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._by_token: dict[int, Mention] = {}
        for mention in self.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                self._by_token.setdefault(i, mention)
        self.name_words = {
            word.lower()
            for m in self.mentions
            if m.label == "PERSON" and len(m.text.split()) >= 2 and not _ends_like_place(m.text)
            for word in m.text.split()
            if word[:1].isupper()
        }
        self.surnames = {
            m.text.split()[-1].lower()
            for m in self.mentions
            if m.label == "PERSON" and len(m.text.split()) >= 2 and not _ends_like_place(m.text)
        }
        self.strong_name_words = self.name_words | {
            word.lower()
            for m in self.mentions
            if m.label != "PERSON" and self.is_person(m, strong=True)
            for word in m.text.split()
        }
        self.people = [m for m in self.mentions if self.is_person(m)]
        # Antecedents for pronouns and "the 19-year-old": PERSON-tagged mentions only (a
        # lone "Port" tagged GPE is a person when "Port, 47" says so, not as an antecedent).
        self.antecedents = [m for m in self.people if m.label == "PERSON"]
        self._antecedent_ends = [m.end for m in self.antecedents]

    def is_person(self, mention: Mention, strong: bool = False) -> bool:
        """True for PERSON mentions and for any mention that repeats the surname (last word)
        of a PERSON mention.

        With ``strong`` (the caller has syntactic evidence of a person, as in "X, 23," or
        "23-year-old X") any mention made of two or more capitalised words with no
        organisation word ("Police", "County", ...) also counts: the small spaCy model
        often tags unfamiliar full names as ORG, GPE, LOC or FAC.
        """
        if _ends_like_place(mention.text):
            return False  # "Laurel St.", "Juniper Drive" tagged PERSON
        if mention.label == "PERSON":
            return True
        names = mention.text.split()
        if names and all(word.lower() in self.surnames for word in names):
            return True  # "Port" (tagged GPE) in an article about Stephen Port
        return strong and _looks_like_full_name(names)

    def mention_at(self, token: Token) -> Mention | None:
        """The caller's mention covering ``token`` (any label), if any."""
        return self._by_token.get(token.i)

    def person_at(self, token: Token | None, strong: bool = False) -> Target | None:
        """The person mention covering ``token``, or the proper-name span around a token
        that repeats a word of a known person's name (the NER missed or mislabelled it).
        ``strong`` is passed to ``is_person``.
        """
        if token is None:
            return None
        mention = self.mention_at(token)
        if mention is not None:
            if self.is_person(mention, strong):
                return Target(mention.start, mention.end, mention.text)
            if strong:
                # 'Takeela "KiKi" Fulton' with only "Fulton" tagged (as GPE), or
                # "SAN ANTONIO - Joe Sutcliffe" tagged as one ORG: the name around the token
                span = _proper_name_span(token)
                names = [t.text for t in span if t.text not in QUOTES]
                inside = mention.start <= span.start_char and span.end_char <= mention.end
                grows = len(mention.text.split()) == 1 and len(span) > 1
                if (inside or grows) and len(names) >= 2 and _looks_like_full_name(names):
                    return Target(span.start_char, span.end_char, span.text)
            return None
        names = self.strong_name_words if strong else self.name_words
        if token.tag_ in ("NNP", "NNPS") and token.text.lower() in names:
            span = _proper_name_span(token)
            return Target(span.start_char, span.end_char, span.text)
        if strong and token.tag_ in ("NNP", "NNPS"):
            span = _proper_name_span(token)  # a full name the NER missed: "ReShawn U. Vickery"
            names = [t.text for t in span if t.text not in QUOTES]
            if not any(self.mention_at(t) for t in span) and _looks_like_full_name(names):
                return Target(span.start_char, span.end_char, span.text)
        return None

    def person_ending_at(self, token: Token | None, strong: bool = True) -> Target | None:
        """A person whose mention ends exactly at ``token`` (for "Name, 47" patterns)."""
        if token is None:
            return None
        target = self.person_at(token, strong)
        end = token.idx + len(token.text)
        if target is not None and (
            target.end == end or (target.end == end - 1 and token.text.endswith("."))
        ):
            return target  # "Darko Redfield Jr., 30": the mention may leave out the "."
        return None

    def previous_person(self, char: int) -> Target | None:
        """The person mention that ends nearest before character offset ``char``."""
        i = bisect.bisect_right(self._antecedent_ends, char) - 1
        if i < 0:
            return None
        mention = self.antecedents[i]
        return Target(mention.start, mention.end, mention.text)

    def people_between(self, start: int, end: int) -> list[Target]:
        """Person mentions wholly inside the character range ``start:end``."""
        return [
            Target(m.start, m.end, m.text)
            for m in self.antecedents
            if m.start >= start and m.end <= end
        ]


QUOTES = frozenset({'"', "“", "”", "``", "''"})


def _ends_like_place(text: str) -> bool:
    names = text.split()
    return len(names) >= 2 and names[-1].lower().strip(".,") in words("street_words")


def _looks_like_full_name(names: list[str]) -> bool:
    """Two or more capitalised words (lower-case "of"/"de" allowed), no organisation word,
    not all in capitals (a dateline: "WALNUT RIDGE — A 17-year-old boy")."""
    org_words = words("org_words")
    return (
        len(names) >= 2
        and not all(word.isupper() and len(word) > 1 for word in names)
        and all(word[:1].isupper() or word in {"of", "de", "van", "von"} for word in names)
        and names[0][:1].isupper()
        and not any(word.lower().strip(".,") in org_words for word in names)
    )


def _proper_name_span(token: Token) -> Span:
    """The run of capitalised proper nouns around ``token``, hopping over a quoted
    nickname ("James “J.R.” Gustafson")."""
    doc = token.doc

    def is_name(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].tag_ in ("NNP", "NNPS") and doc[i].text[:1].isupper()

    def nickname_left(i: int) -> int | None:
        # doc[i] is a closing quote: return the index before the opening quote
        if i >= 2 and doc[i].text in QUOTES and is_name(i - 1):
            j = i - 1
            while j > 0 and is_name(j):
                j -= 1
            if doc[j].text in QUOTES and is_name(j - 1):
                return j - 1
        return None

    def nickname_right(i: int) -> int | None:
        if i + 2 < len(doc) and doc[i].text in QUOTES and is_name(i + 1):
            j = i + 1
            while j < len(doc) - 1 and is_name(j):
                j += 1
            if doc[j].text in QUOTES and is_name(j + 1):
                return j + 1
        return None

    start = end = token.i
    while True:
        if is_name(start - 1):
            start -= 1
        elif (hop := nickname_left(start - 1)) is not None:
            start = hop
        else:
            break
    while True:
        if is_name(end + 1):
            end += 1
        elif (hop := nickname_right(end + 1)) is not None:
            end = hop
        else:
            break
    return doc[start : end + 1]


def token_at(doc: Doc, i: int) -> Token | None:
    """``doc[i]`` or None outside the document."""
    return doc[i] if 0 <= i < len(doc) else None


def token_end(tok: Token) -> int:
    """The character offset just after ``tok``."""
    return tok.idx + len(tok.text)


def looks_like_name(text: str) -> bool:
    """A full personal name: two or more capitalised words besides a nickname in quotes or
    brackets, no organisation or street word ("Jane Doe", "Jane 'JJ' Doe"; not "Mercy
    Hospital", "Thistle Lane", "Waukegan")."""
    names = [w for w in text.split() if w[:1] not in NICKNAME_OPENERS]
    return _looks_like_full_name(names) and not _ends_like_place(text)


NICKNAME_OPENERS = "\"“‘'("
"""The first characters of a nickname word inside a name: a quote or a bracket."""
