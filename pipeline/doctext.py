"""The text of a parsed Doc, read once.

spaCy rebuilds ``Doc.text`` from every token on each access, so rules that slice the
text thousands of times per article call ``doc_text`` instead: the string is cached in
``doc.user_data`` under a private key. Limits: assumes the Doc is not edited afterwards
(retokenising keeps the text, so the cache stays right).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "casefacts.text"


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, computed at most once per Doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
