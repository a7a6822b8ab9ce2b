"""New PERSON mentions for full names the NER missed but an age rule read beside them.

``age_named_mentions`` turns the target of a direct age rule (``DIRECT_AGE_METHODS``:
"Tyrone Lockhart, 26,", "17-year-old Ann Roe") into a mention (``AGE_NAME``), so the name's
age and role are read.

Limits: only names starting with a given name of ``first_names.txt`` or whose surname
recurs alone elsewhere in the text (no weekday, no month or weekday after it); claims made
before the mention was added miss it.
"""

from __future__ import annotations

import bisect
import re

from pipeline.claims.lexicons import words
from pipeline.claims.people import looks_like_name
from pipeline.records import Claim, Mention
from pipeline.timex.lexicon import MONTHS, WEEKDAYS

# rules that read an age right next to the name ("Tyrone Lockhart, 26,"; "17-year-old Ann Roe")
DIRECT_AGE_METHODS = frozenset(
    {
        "rule:age-appos",
        "rule:age-appos-noun",
        "rule:age-paren",
        "rule:age-aged",
        "rule:age-year-old",
        "rule:age-both",
    }
)
AGE_NAME = "rule:age-name"


def age_named_mentions(text: str, mentions: list[Mention], claims: list[Claim]) -> list[Mention]:
    """PERSON mentions for full names the NER missed but an age rule read right next to
    them ("Tyrone Lockhart, aka Lockhart, 26, of Detroit"; "BUSTI – Thomas Drummond, the
    50-year-old"), so the name becomes a person whose age and role are read.

    Only targets of the rules that read the age next to the name (``DIRECT_AGE_METHODS``)
    that overlap no mention, look like a full name (``looks_like_name``) and start with a
    known given name that is no weekday, with no month or weekday after it ("Friday May,
    23" is a date). Limits: a name whose given name is not in ``first_names.txt`` stays
    unread; other claims found before the mention was added (titles, relations) miss it.
    """
    spans = sorted((m.start, m.end) for m in mentions)
    added: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for claim in claims:
        if claim.predicate != "per:age" or claim.method not in DIRECT_AGE_METHODS:
            continue
        start, end = claim.target_start, claim.target_end
        i = bisect.bisect_left(spans, (end, end))
        if any(e > start for _, e in spans[max(0, i - 8) : i]) or (start, end) in seen:
            continue  # some mention already covers the name
        name = text[start:end]
        names = [w.lower().strip(".") for w in name.split()]
        if not names or names[0] in WEEKDAYS:
            continue
        if names[0] not in words("first_names") and not _surname_again(text, name, start, end):
            continue
        if any(w in MONTHS or w in WEEKDAYS for w in names[1:]) or not looks_like_name(name):
            continue  # "Sunday Randy Coffland", "Friday May", "Tuesday Feb."
        seen.add((start, end))
        added.append(Mention(start, end, name, "PERSON", AGE_NAME))
    return added


def _surname_again(text: str, name: str, start: int, end: int) -> bool:
    """True when the last word of ``name`` (two or more words) occurs again on its own
    elsewhere in ``text``, as a later "Pasternack ran" does: the way a story refers
    back to a person, so an unknown given name ("Oriel Pasternack, 18") still makes a name."""
    parts = name.split()
    if len(parts) < 2 or not parts[-1][:1].isupper():
        return False
    surname = re.compile(r"(?<![\w-])" + re.escape(parts[-1]) + r"(?![\w-])")
    return any(m.start() < start or m.start() >= end for m in surname.finditer(text))
