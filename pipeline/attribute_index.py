"""A faster match step for spaCy's ``attribute_ruler``: an index instead of the Matcher.

The English pipelines' attribute ruler holds about 180 one- or two-token patterns (a tag
map and exceptions such as ``{"LOWER": "n't"}``). spaCy runs them through its general
``Matcher``, which costs as much as the tagger. This module reads the same patterns and
matches them with dictionary lookups on token attribute ids, returning exactly the matches
spaCy's ``AttributeRuler.match`` returns, so spaCy's own ``set_annotations`` still applies
them. Outputs are unchanged; only the match step is replaced.

Limits: token patterns without operators (``OP``), on string attributes (``ORTH``,
``LOWER``, ``NORM``, ``TAG``, ``DEP``, ``LEMMA``, ``ENT_TYPE``) and lexical flags
(``IS_SPACE``, ``IS_PUNCT``...), with exact values, ``IN``, ``NOT_IN`` or ``REGEX``, are
indexed. Any other pattern (operators, ``POS``, ``MORPH``, numeric comparisons) is kept in
a spaCy ``Matcher`` of its own, so every ruler still works, only less quickly.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "ENT_TYPE")
FLAG_ATTRS = (
    "IS_ALPHA",
    "IS_ASCII",
    "IS_DIGIT",
    "IS_LOWER",
    "IS_UPPER",
    "IS_TITLE",
    "IS_PUNCT",
    "IS_SPACE",
    "IS_STOP",
    "LIKE_NUM",
)

Match = tuple[int, int, int, int]  # (attr_id, match_id, start, end), as spaCy's ruler


@dataclass(frozen=True)
class _Check:
    """One test on one column of ``doc.to_array``: exact, IN, NOT_IN or REGEX.

    A REGEX result is cached per string id (ids are stable for a vocabulary), so each
    distinct word is searched once per process.
    """

    column: int
    kind: str
    value: Any  # int, frozenset[int] or compiled regex
    seen: dict[int, bool] = field(default_factory=dict, compare=False, repr=False)

    def __call__(self, row: list[int], strings: Any) -> bool:
        return self.test(row[self.column], strings)

    def test(self, got: int, strings: Any) -> bool:
        """Whether the attribute id ``got`` passes this check."""
        if self.kind == "==":
            return got == self.value
        if self.kind == "IN":
            return got in self.value
        if self.kind == "NOT_IN":
            return got not in self.value
        hit = self.seen.get(got)
        if hit is None:
            hit = self.seen[got] = self.value.search(strings[got]) is not None
        return hit


@dataclass(frozen=True)
class _Pattern:
    attr_id: int
    match_id: int
    tokens: tuple[tuple[_Check, ...], ...]

    def matches_at(self, rows: list[list[int]], start: int, strings: Any) -> bool:
        if start + len(self.tokens) > len(rows):
            return False
        return all(
            check(rows[start + offset], strings)
            for offset, checks in enumerate(self.tokens)
            for check in checks
        )


_Entry = tuple[list[_Pattern], list[_Pattern]]


class _Unsupported(ValueError):
    """The pattern uses a feature the index does not handle; the Matcher keeps it."""


class AttributeIndex:
    """Matches an ``AttributeRuler``'s patterns by lookups on token attribute ids.

    ``match(doc)`` is a drop-in replacement for ``AttributeRuler.match``.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.matcher import Matcher

        self._strings = ruler.vocab.strings
        self._columns: list[str] = []
        # key columns -> key values -> (patterns certain to match, patterns to verify)
        self._first: dict[tuple[int, ...], dict[tuple[int, ...], _Entry]] = defaultdict(dict)
        self._scan: list[_Pattern] = []
        self._fallback = Matcher(ruler.vocab)
        self._fallback_used = False
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            match_id = self._strings.add(key)
            for token_patterns in ruler.matcher.get(key)[1]:
                try:
                    pattern = _Pattern(attr_id, match_id, self._compile(token_patterns))
                except _Unsupported:
                    self._fallback.add(key, [token_patterns])
                    self._fallback_used = True
                    continue
                self._register(pattern)

    @property
    def columns(self) -> tuple[str, ...]:
        """Attributes read per token (the columns of ``doc.to_array``)."""
        return tuple(self._columns)

    def _column(self, attr: str) -> int:
        if attr not in self._columns:
            self._columns.append(attr)
        return self._columns.index(attr)

    def _value(self, attr: str, value: Any) -> int:
        if attr in FLAG_ATTRS:
            if not isinstance(value, bool):
                raise _Unsupported(attr)
            return int(value)
        if not isinstance(value, str):
            raise _Unsupported(attr)
        return self._strings.add(value)

    def _compile(self, token_patterns: list[dict[str, Any]]) -> tuple[tuple[_Check, ...], ...]:
        if not token_patterns:
            raise _Unsupported("empty pattern")
        compiled = []
        for spec in token_patterns:
            checks = []
            for raw_attr, value in spec.items():
                attr = str(raw_attr).upper()
                if attr not in STRING_ATTRS and attr not in FLAG_ATTRS:
                    raise _Unsupported(attr)  # also OP, POS, MORPH, _
                checks.append(self._check(attr, value))
            compiled.append(tuple(checks))
        return tuple(compiled)

    def _check(self, attr: str, value: Any) -> _Check:
        column = self._column(attr)
        if not isinstance(value, dict):
            return _Check(column, "==", self._value(attr, value))
        if len(value) != 1:
            raise _Unsupported(attr)
        ((kind, arg),) = value.items()
        if kind in ("IN", "NOT_IN"):
            return _Check(column, kind, frozenset(self._value(attr, v) for v in arg))
        if kind == "REGEX" and attr in STRING_ATTRS:
            return _Check(column, "REGEX", re.compile(arg))
        raise _Unsupported(f"{attr} {kind}")

    def _register(self, pattern: _Pattern) -> None:
        """Index ``pattern`` by the values of its first token's exact and IN checks.

        The key is the tuple of those values, so a one-token pattern made only of such
        checks needs no verification; a pattern with none is tried at every token.
        """
        keyed = [check for check in pattern.tokens[0] if check.kind in ("==", "IN")]
        if not keyed:
            self._scan.append(pattern)
            return
        keyed.sort(key=lambda check: check.column)
        columns = tuple(check.column for check in keyed)
        choices = [(c.value,) if c.kind == "==" else sorted(c.value) for c in keyed]
        certain = len(pattern.tokens) == 1 and len(keyed) == len(pattern.tokens[0])
        table = self._first[columns]
        for key in itertools.product(*choices):
            entry = table.setdefault(key, ([], []))
            entry[0 if certain else 1].append(pattern)

    def match(self, doc: Doc) -> list[Match]:
        """Return ``(attr_id, match_id, start, end)`` sorted as ``AttributeRuler.match``."""
        found: set[Match] = set()
        if self._columns and len(doc):
            from spacy.attrs import IDS

            rows = doc.to_array([IDS[name] for name in self._columns]).tolist()
            if len(self._columns) == 1:
                rows = [[value] for value in rows]
            self._match_rows(rows, found)
        if self._fallback_used:
            for match_id, start, end in self._fallback(doc, allow_missing=True):
                found.add((int(self._strings[match_id]), match_id, start, end))
        return sorted(found)

    def _match_rows(self, rows: list[list[int]], found: set[Match]) -> None:
        strings = self._strings
        tables = [(_key_getter(columns), table) for columns, table in self._first.items()]
        for start, row in enumerate(rows):
            for key_of, table in tables:
                entry = table.get(key_of(row))
                if entry is None:
                    continue
                certain, to_verify = entry
                for pattern in certain:
                    found.add((pattern.attr_id, pattern.match_id, start, start + 1))
                for pattern in to_verify:
                    if pattern.matches_at(rows, start, strings):
                        found.add(_found(pattern, start))
        for pattern in self._scan:
            gate = pattern.tokens[0][0]
            column = [row[gate.column] for row in rows]
            passing = {value for value in set(column) if gate.test(value, strings)}
            for start, value in enumerate(column):
                if value in passing and pattern.matches_at(rows, start, strings):
                    found.add(_found(pattern, start))


def _key_getter(columns: tuple[int, ...]) -> Callable[[list[int]], tuple[int, ...]]:
    """A function from a token's row to its key on ``columns`` (always a tuple)."""
    if len(columns) == 1:
        (column,) = columns
        return lambda row: (row[column],)
    return operator.itemgetter(*columns)


def _found(pattern: _Pattern, start: int) -> Match:
    return (pattern.attr_id, pattern.match_id, start, start + len(pattern.tokens))


def index_attribute_rulers(nlp: Language) -> list[str]:
    """Replace the match step of every ``attribute_ruler`` in ``nlp``; return their names.

    Idempotent. The ruler keeps its patterns, so saving or inspecting it is unaffected;
    patterns added to a ruler afterwards are only matched after calling this again.
    """
    from spacy.pipeline import AttributeRuler

    indexed = []
    for name, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            match: Callable[[Doc], list[Match]] = AttributeIndex(component).match
            component.match = match  # type: ignore[method-assign]
            indexed.append(name)
    return indexed
