"""Full person names read from a headline, which is not parsed with the text.

"Brothers Aldo Fennimore, Cyril Fennimore to stand trial" or "Officer Dana Lee Quarrow"
over a story that never writes those names: ``headline_names`` reads them with a
regular expression and the lexicons, so the story's people may include them.

A name is a listed given name (capitalised, not after another capitalised word that is
no common word: "St. Louis") followed by one to three capitalised words separated by
single spaces; a middle word may be a listed given name, the last word must be no
common English word, title, month or day ("Abigail Ostrand Home" gives "Abigail
Ostrand"); the name must pass ``looks_like_name`` (no organisation or street word).
Headlines written all in capitals are skipped.

Limits: a headline's byline or a name of someone outside the story ("... by Jessica
Ostrand") is taken too; a given name missing from ``first_names.txt`` hides the name.
"""

from __future__ import annotations

import re

from pipeline.claims.lexicons import words as lexicon
from pipeline.claims.people import looks_like_name
from pipeline.entities.lexicons import MONTHS_AND_DAYS, common_words, first_names, is_title_word

_TOKEN = re.compile(r"[A-Za-z][\w’'\-]*\.?")
_POSSESSIVE = re.compile(r"[’']s?$")


def _part(word: str) -> bool:
    """A capitalised word that may continue a name."""
    bare = word.rstrip(".")
    if not bare[:1].isupper() or is_title_word(bare) or bare in MONTHS_AND_DAYS:
        return False
    if len(bare) == 1:
        return word.endswith(".")  # an initial: "H."
    return bare in first_names() or bare.lower() not in common_words()


def _last(word: str) -> bool:
    """A word that may end a name: a surname of 2+ letters with a vowel, not in capitals,
    no common word."""
    bare = word.rstrip(".")
    return (
        len(bare) >= 2
        and bare == word
        and not bare.isupper()
        and any(c in "aeiouy" for c in bare.lower())
        and bare.lower() not in common_words()
    )


def _in_lower_case(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` (or a part of it) in lower case ("in", "man")."""
    return any(
        re.search(rf"(?<![\w’'-]){re.escape(part.lower())}(?![\w’'-])", text)
        for part in word.split("-")
    )


def _place(name: str) -> bool:
    from pipeline.cases.places import gazetteer  # the cases package imports this one

    return name.lower() in gazetteer().cities


def headline_names(title: str | None, text: str) -> list[str]:
    """The full person names in ``title`` over the story ``text`` (module docstring)."""
    if not title or title.upper() == title:
        return []
    tokens = list(_TOKEN.finditer(title))
    found: list[str] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group(0)
        previous = tokens[i - 1].group(0) if i else ""
        joined = i and title[tokens[i - 1].end() : tokens[i].start()] == " "
        if word not in first_names() or (
            joined
            and previous[:1].isupper()
            and previous.lower() not in common_words()
            and previous not in first_names()
        ):
            i += 1
            continue
        j = i + 1
        while (
            j < len(tokens)
            and j - i <= 3
            and title[tokens[j - 1].end() : tokens[j].start()] == " "
            and _part(_POSSESSIVE.sub("", tokens[j].group(0)))
        ):
            j += 1
            if tokens[j - 1].group(0) != _POSSESSIVE.sub("", tokens[j - 1].group(0)):
                break  # "Ana Ostrand's": the name ends at a possessive
        while j > i + 1 and not _last(_POSSESSIVE.sub("", tokens[j - 1].group(0))):
            j -= 1
        words = [_POSSESSIVE.sub("", t.group(0)) for t in tokens[i:j]]
        follower = tokens[j].group(0) if j < len(tokens) else ""
        continued = (
            j < len(tokens)
            and title[tokens[j - 1].end() : tokens[j].start()] == " "
            and (follower[:1].isupper() or follower in lexicon("person_nouns"))
            and follower not in MONTHS_AND_DAYS
        )
        name = " ".join(words)
        if (
            len(words) >= 2
            and not continued  # "Rosemary Ostrand HS", "a Glen Ostrand man": no person
            and looks_like_name(name)
            and not any(_place(" ".join(words[:k])) for k in range(2, len(words) + 1))
            and not _in_lower_case(words[0], text)
            and not _in_lower_case(words[-1], text)
        ):
            found.append(name)
            i = j
            continue
        i += 1
    return found


__all__ = ["headline_names"]
