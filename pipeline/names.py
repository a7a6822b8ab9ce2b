"""Name parts every stage shares, importable without spaCy (the case linker and the
re-run path use them): the generational suffixes written after a surname."""

from __future__ import annotations

# lower case without the dot: "Jr.", "Sr.", "II", "III", "IV", "VI"; not "V", which is
# as often "versus" ("AUSTRALIA V SRI LANKA", "Regina v Pask")
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "vi"})
