"""Extract stage: articles → spaCy Docs (one ``nlp.pipe`` pass) → plain records.

Each article's Doc is reduced at once to an ``Extraction`` (sentences, raw mentions,
claims, quotes, quantities, temporal expressions) so that no Doc outlives its batch.
Articles longer than ``Config.max_chars`` are cut at paragraph breaks into chunks that are
parsed separately and stitched back with their offsets; a sentence never spans two chunks.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.article import Article, windows
from pipeline.cases import find_case_claims
from pipeline.claims import find_claims, find_quantities, find_quotes
from pipeline.claims.ages import age_named_mentions
from pipeline.config import Config
from pipeline.doctext import doc_text
from pipeline.entities import find_mentions
from pipeline.records import Claim, Mention, Quantity, Quote
from pipeline.timex import Timex, find_timexes

log = logging.getLogger(__name__)


@dataclass
class Extraction:
    """Everything the later stages need from one article's Doc."""

    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)

    def shifted(self, offset: int) -> Extraction:
        """A copy with every character offset moved by ``offset`` (for chunks)."""
        if offset == 0:
            return self
        return Extraction(
            sentences=[(s + offset, e + offset) for s, e in self.sentences],
            mentions=[_shift(m, offset, "start", "end") for m in self.mentions],
            claims=[
                _shift(
                    c,
                    offset,
                    "target_start",
                    "target_end",
                    "start",
                    "end",
                    "object_start",
                    "object_end",
                )
                for c in self.claims
            ],
            quotes=[
                _shift(q, offset, "start", "end", "speaker_start", "speaker_end")
                for q in self.quotes
            ],
            quantities=[_shift(q, offset, "start", "end") for q in self.quantities],
            timexes=[_shift(t, offset, "start_char", "end_char") for t in self.timexes],
        )

    def extend(self, other: Extraction) -> None:
        """Append another chunk's records (already shifted)."""
        for name in ("sentences", "mentions", "claims", "quotes", "quantities", "timexes"):
            getattr(self, name).extend(getattr(other, name))

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dict (dates as ISO strings)."""
        data = asdict(self)
        for timex in data["timexes"]:
            for key in ("start", "end"):
                if isinstance(timex[key], date):
                    timex[key] = timex[key].isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        """Inverse of ``to_json``."""
        timexes = []
        for t in data.get("timexes", []):
            t = dict(t)
            for key in ("start", "end"):
                if t.get(key):
                    t[key] = date.fromisoformat(t[key])
            timexes.append(Timex(**t))
        return cls(
            sentences=[tuple(s) for s in data.get("sentences", [])],
            mentions=[Mention(**m) for m in data.get("mentions", [])],
            claims=[Claim(**c) for c in data.get("claims", [])],
            quotes=[Quote(**q) for q in data.get("quotes", [])],
            quantities=[Quantity(**q) for q in data.get("quantities", [])],
            timexes=timexes,
        )


def _shift(record: Any, offset: int, *names: str) -> Any:
    from dataclasses import replace

    changes = {n: getattr(record, n) + offset for n in names if getattr(record, n) is not None}
    return replace(record, **changes)


def extract_doc(doc: Doc, published: date | None, day_first: bool | None = None) -> Extraction:
    """Reduce one parsed Doc to an ``Extraction``.

    Args:
        doc: parsed by ``pipeline.nlp.load_nlp``.
        published: the article's publication date (the anchor of relative dates).
        day_first: how to read ambiguous numeric dates (None: decide by evidence).
    """
    mentions, title_claims = find_mentions(doc)
    claims = find_claims(doc, mentions)
    added = age_named_mentions(doc_text(doc), mentions, claims)
    if added:  # "Tyrone Lockhart, 26," with the name missed by the NER
        mentions = sorted(mentions + added, key=lambda m: (m.start, -m.end))
    return Extraction(
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        mentions=mentions,
        claims=title_claims + claims + find_case_claims(doc, mentions),
        quotes=find_quotes(doc, mentions),
        quantities=find_quantities(doc),
        timexes=find_timexes(doc, published, day_first),
    )


def chunk_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, chunk)`` pieces of at most ``max_chars``.

    Cuts fall on a paragraph break (blank line), else a line break, else a space, else
    hard at ``max_chars``. Limits: an entity or date spanning a cut is lost.
    """
    if len(text) <= max_chars:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            window = text[start:end]
            for sep in ("\n\n", "\n", " "):
                cut = window.rfind(sep)
                if cut > max_chars // 2:
                    end = start + cut + len(sep)
                    break
        chunks.append((start, text[start:end]))
        start = end
    return chunks


def extract_articles(
    articles: Iterable[Article], nlp: Language, config: Config
) -> Iterator[tuple[Article, Extraction | None, str | None]]:
    """Parse articles with one ``nlp.pipe`` pass; yield ``(article, extraction, error)``.

    Articles whose status is not ``ok`` pass through with ``extraction=None``. An article
    whose rules raise gets ``error`` set and the others go on. Order is kept.
    """

    # Work in windows of articles so that memory stays flat and order is kept.
    for window in windows(articles, max(config.batch_size * 4, 64)):
        yield from _extract_window(window, nlp, config)


def _extract_window(
    window: list[Article], nlp: Language, config: Config
) -> Iterator[tuple[Article, Extraction | None, str | None]]:
    """Extract one window of articles, keeping their order."""
    pending = [a for a in window if a.status == "ok" and a.text.strip()]
    jobs: list[tuple[str, tuple[int, int]]] = []
    for index, article in enumerate(pending):
        for offset, piece in chunk_text(article.text, config.max_chars):
            jobs.append((piece, (index, offset)))
    results: dict[int, Extraction] = {}
    errors: dict[int, str] = {}
    for doc, (index, offset) in nlp.pipe(jobs, as_tuples=True, batch_size=config.batch_size):
        if index in errors:
            continue
        article = pending[index]
        try:
            part = extract_doc(doc, article.published, config.day_first).shifted(offset)
        except Exception as err:  # one bad article never stops the others
            log.warning("extract failed for %s: %s", article.path, err)
            errors[index] = f"extract: {type(err).__name__}: {err}"
            results.pop(index, None)
            continue
        if index in results:
            results[index].extend(part)
        else:
            results[index] = part
    by_id = {id(a): i for i, a in enumerate(pending)}
    for article in window:
        index = by_id.get(id(article))
        if index is None:
            yield article, None, None
        else:
            yield article, results.get(index), errors.get(index)
