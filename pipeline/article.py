"""The record that flows from ingest to every later stage."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

STATUS_OK = "ok"
STATUS_EMPTY = "empty"
STATUS_SKIPPED = "skipped"
STATUS_ERROR = "error"


def article_id_for(path: str, line: int | None = None) -> str:
    """Stable id of an article: a hash of its relative path (and .jsonl line number)."""
    key = path if line is None else f"{path}#L{line}"
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def content_hash(text: str) -> str:
    """sha256 of the article text (surrogates from undecodable bytes kept)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Article:
    """One input article (one file, or one line of a .jsonl file).

    ``text`` is what every offset in the outputs points into: front matter, the inline
    ``date YYYY-MM-DD`` prefix and HTML markup are already removed.
    """

    article_id: str
    path: str
    text: str = ""
    line: int | None = None
    title: str | None = None
    published: date | None = None
    published_source: str = "none"
    source_url: str | None = None
    encoding: str | None = None
    status: str = STATUS_OK
    error: str | None = None

    @property
    def n_words(self) -> int:
        return len(self.text.split())

    @property
    def n_chars(self) -> int:
        return len(self.text)

    def row(self) -> dict[str, Any]:
        """The article as a row of the ``articles`` table."""
        data = asdict(self)
        data["n_words"] = self.n_words
        data["n_chars"] = self.n_chars
        data["content_hash"] = content_hash(self.text)
        return data


def windows(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of at most ``size`` articles (streams stay in bounded memory)."""
    window: list[Article] = []
    for article in articles:
        window.append(article)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window
