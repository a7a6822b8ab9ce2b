"""Word lists as regular-expression alternations.

Limits: words are escaped and matched as written; the caller adds the boundaries and the
case flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternatives(words: Iterable[str]) -> str:
    """``words`` escaped and joined by ``|``, longest first, so that a word is not cut
    short by a shorter one it starts with ("shot dead" before "shot")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
