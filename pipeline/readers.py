"""Per-format readers: decoded file text → drafts of articles.

A reader knows one format (plain text and Markdown, HTML, JSON, JSON Lines) and returns
:class:`Draft` records: the text, the metadata the format carries, and the publication
date candidates in the order they are trusted. ``pipeline.ingest`` then applies what
every format shares (the inline date prefix, the file-name date, headline titles,
empty and duplicate checks).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import lxml.html
import trafilatura
from htmldate import find_date

from pipeline.article import STATUS_ERROR, STATUS_OK
from pipeline.decode import repair_text
from pipeline.metadata import (
    SOURCE_FRONT_MATTER,
    SOURCE_HTML,
    SOURCE_JSON,
    split_front_matter,
    text_value,
)

log = logging.getLogger(__name__)

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")

# Field names read from JSON objects and front matter, in order of preference.
TEXT_KEYS = ("text", "content", "body")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = (
    "date",
    "published",
    "dct",
    "publication_date",
    "pubdate",
    "pub_date",
    "published_at",
    "date_published",
    "datePublished",
)
URL_KEYS = ("url", "source_url", "link")

# HTML <meta> names and properties that hold the publication date.
HTML_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publish-date",
    "sailthru.date",
)
# Elements whose text is never article text, for the plain fallback extraction.
HTML_BOILERPLATE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form")


@dataclass
class Draft:
    """An article as one format's reader sees it, before the shared rules run."""

    text: str = ""
    title: str | None = None
    dates: list[tuple[str, Any]] = field(default_factory=list)
    source_url: str | None = None
    line: int | None = None
    status: str = STATUS_OK
    error: str | None = None


def read_plain(text: str) -> list[Draft]:
    """A ``.txt`` or ``.md`` file: optional YAML front matter (title, date, url), then text.

    Limits: Markdown is kept as written (``#``, ``*`` and links stay in the text).
    """
    fields, body = split_front_matter(text)
    draft = Draft(text=body)
    if fields:
        draft.title = _first(fields, TITLE_KEYS)
        draft.source_url = _first(fields, URL_KEYS)
        draft.dates = [(SOURCE_FRONT_MATTER, fields[key]) for key in DATE_KEYS if key in fields]
    return [draft]


def read_html(text: str) -> list[Draft]:
    """An HTML page: main text by trafilatura, title, canonical URL and date from metadata.

    The text is what trafilatura keeps of the page (scripts, styles, navigation,
    comments and other boilerplate removed; paragraphs on their own lines); when it keeps
    nothing, the page's visible text without script/style/nav/header/footer/aside is
    used. The title (``og:title``, else ``<title>``) is not prepended to the text; the
    text keeps a ``<h1>`` headline when trafilatura keeps it.

    Dates: ``<meta>`` tags such as ``article:published_time`` first, then htmldate's
    ``find_date`` (no extensive search, original date).

    Limits: a page holding several articles gives one text. htmldate ignores dates
    after today, so a future date is found only through the ``<meta>`` tags.
    """
    draft = Draft()
    root = _parse_html(text)
    extracted = _trafilatura_text(text)
    draft.text = extracted if extracted else _plain_html_text(root)
    if root is not None:
        draft.title = _meta(root, ("og:title", "twitter:title")) or _title(root)
        draft.source_url = _canonical(root) or _meta(root, ("og:url",))
        draft.dates = [(SOURCE_HTML, value) for value in _meta_all(root, HTML_DATE_META)]
    found = _find_date(text)
    if found:
        draft.dates.append((SOURCE_HTML, found))
    return [draft]


def read_json(text: str) -> list[Draft]:
    """A ``.json`` file: one article object, or an array of them (``line`` = index + 1).

    An object gives its text from ``text``/``content``/``body`` and optional
    ``title``/``headline``, ``url`` and a date field (``date``, ``published``, ``dct``,
    ``publication_date``, ``pubdate``, ...). Invalid JSON, another top-level type, a
    missing text field or a text that is not a string gives a draft with status
    ``error`` and the reason. An empty array gives one draft with empty text.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [Draft(status=STATUS_ERROR, error=f"invalid JSON: {exc}")]
    if isinstance(data, list):
        if not data:
            return [Draft(error="JSON array holds no articles")]
        return [_from_record(item, index + 1) for index, item in enumerate(data)]
    return [_from_record(data, None)]


def read_jsonl(text: str) -> list[Draft]:
    """A ``.jsonl`` file: one article object per line, ``line`` its 1-based number.

    Blank lines give nothing. A malformed line gives a draft with status ``error`` and
    the parser's message; the other lines are read as usual. A file with no non-blank
    line gives one draft with empty text.
    """
    drafts = []
    # split on "\n" only: str.splitlines would also split on U+2028 inside JSON strings.
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            drafts.append(Draft(line=number, status=STATUS_ERROR, error=f"invalid JSON: {exc}"))
            continue
        drafts.append(_from_record(data, number))
    return drafts or [Draft(error="no JSON lines")]


def _from_record(data: Any, line: int | None) -> Draft:
    """One JSON object → a draft; a clear error when it is not an article object."""
    if not isinstance(data, dict):
        kind = type(data).__name__
        return Draft(line=line, status=STATUS_ERROR, error=f"expected a JSON object, got {kind}")
    key = next((key for key in TEXT_KEYS if key in data), None)
    if key is None:
        return Draft(
            line=line,
            status=STATUS_ERROR,
            error="no text field (expected one of: " + ", ".join(TEXT_KEYS) + ")",
        )
    value = data[key]
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        return Draft(
            line=line, status=STATUS_ERROR, error=f"field '{key}' is {kind}, expected a string"
        )
    return Draft(
        text=repair_text(value),
        title=_first(data, TITLE_KEYS),
        source_url=_first(data, URL_KEYS),
        dates=[(SOURCE_JSON, data[key]) for key in DATE_KEYS if key in data],
        line=line,
    )


def _first(fields: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = text_value(fields.get(key))
        if value:
            return repair_text(value)
    return None


# --- HTML helpers: each returns None (or "") rather than raise on a broken page ---------


def _quiet(function: Callable[[str], Any], text: str) -> Any:
    try:
        return function(text)
    except Exception as exc:  # third-party parsers raise many kinds on broken pages
        log.warning("%s failed: %s", getattr(function, "__name__", function), exc)
        return None


def _parse_html(text: str) -> Any:
    # lxml refuses str input that carries an XML encoding declaration.
    text = _XML_DECLARATION.sub("", text, count=1)
    return _quiet(lxml.html.document_fromstring, text) if text.strip() else None


def _trafilatura_text(text: str) -> str:
    extracted = _quiet(lambda page: trafilatura.extract(page, include_comments=False), text)
    return (extracted or "").strip()


def _find_date(text: str) -> str | None:
    return _quiet(lambda page: find_date(page, extensive_search=False, original_date=True), text)


def _plain_html_text(root: Any) -> str:
    if root is None:
        return ""
    for element in root.xpath("//comment() | //" + " | //".join(HTML_BOILERPLATE)):
        if element.getparent() is not None:
            element.drop_tree()
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _meta(root: Any, names: tuple[str, ...]) -> str | None:
    values = _meta_all(root, names)
    return values[0] if values else None


def _meta_all(root: Any, names: tuple[str, ...]) -> list[str]:
    wanted = {name.lower(): rank for rank, name in enumerate(names)}
    found = []
    for element in root.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        content = text_value(element.get("content"))
        if key.lower() in wanted and content:
            found.append((wanted[key.lower()], repair_text(content)))
    return [content for _, content in sorted(found, key=lambda pair: pair[0])]


def _title(root: Any) -> str | None:
    element = root.find(".//title")
    return text_value(element.text_content()) if element is not None else None


def _canonical(root: Any) -> str | None:
    for element in root.iter("link"):
        if (element.get("rel") or "").lower() == "canonical":
            return text_value(element.get("href"))
    return None
