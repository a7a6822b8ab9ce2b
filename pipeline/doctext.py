"""The text of a parsed Doc, read once.

spaCy rebuilds ``Doc.text`` from every token on each access, so rules that slice the
text thousands of times per article call ``doc_text`` instead: the string is cached in
``doc.user_data`` under a private key. Limits: assumes the Doc is not edited afterwards
(retokenising keeps the text, so the cache stays right).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_KEY = "casefacts.text"


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, computed at most once per Doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


_LOWER_KEY = "casefacts.lower"


def tokens_lowered_in(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` whose lower-case form is in ``words``, in order.

    Reads the LOWER attribute ids once per Doc (cached like the text) and compares hashes,
    so a rule that looks for a few trigger words does not build a Token for every word.
    """
    from spacy.attrs import LOWER

    lowers = doc.user_data.get(_LOWER_KEY)
    if lowers is None:
        lowers = doc.user_data[_LOWER_KEY] = doc.to_array(LOWER).tolist()
    strings = doc.vocab.strings
    wanted = {strings[word] for word in words}
    return [doc[i] for i, value in enumerate(lowers) if value in wanted]


_STARTS_KEY = "casefacts.starts"
_DIGIT = re.compile(r"\d")


def tokens_with_digit_or_in(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` that hold a digit ("32", "Lyons,32", "21st") or whose
    lower-case form is in ``words`` ("thirty"), in order.

    Digits are found by one scan of the text and mapped to tokens by their start offsets,
    so a rule about numbers does not build a Token for every word.
    """
    from spacy.attrs import IDX

    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_STARTS_KEY] = doc.to_array(IDX).tolist()
    found = {t.i for t in tokens_lowered_in(doc, words)}
    last = -1
    for match in _DIGIT.finditer(doc_text(doc)):
        if match.start() < last:
            continue  # still inside the token found for the previous digit
        i = bisect.bisect_right(starts, match.start()) - 1
        found.add(i)
        last = starts[i] + len(doc[i])
    return [doc[i] for i in sorted(found)]
