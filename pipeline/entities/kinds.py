"""Names the text says are one of a kind of things: "Grindr and other dating apps",
"apps such as Grindr". A place mention (GPE/LOC) named so, where the kind is no kind of
place (``place_kind_nouns.txt``), is an organisation or product, not a place: it is
relabelled ORG with method ``rule:kind-of-thing``.

Limits: only "and/or other <up to three words ending in a plural>" after the name and
"<plural> such as / like / including" right before it are read; the plural is any
lower-case word ending in "s".
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.claims.lexicons import words
from pipeline.records import Mention

KIND_OF_THING = "rule:kind-of-thing"
_PLACE_LABELS = ("GPE", "LOC")
_AND_OTHER = re.compile(r"[ ](?:and|or)[ ]other[ ](?:[a-z][\w\-]*[ ]){0,2}(?P<kind>[a-z]+s)\b")
_SUCH_AS = re.compile(r"\b(?P<kind>[a-z]+s),?[ ](?:such[ ]as|like|including)[ ]$")


def kind_of(text: str, mention: Mention) -> str | None:
    """The plural noun of the kind the text puts ``mention`` in, or None."""
    after = _AND_OTHER.match(text, mention.end)
    if after is not None:
        return after.group("kind")
    before = _SUCH_AS.search(text, max(0, mention.start - 40), mention.start)
    return before.group("kind") if before is not None else None


def relabel_things_named_as_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each place mention the text calls one of a kind of things that
    are no places relabelled ORG ("Grindr and other dating apps")."""
    places = words("place_kind_nouns")
    result = []
    for mention in mentions:
        kind = kind_of(text, mention) if mention.label in _PLACE_LABELS else None
        if kind is not None and kind not in places:
            mention = replace(mention, label="ORG", method=KIND_OF_THING)
        result.append(mention)
    return result
