"""One article's page: highlighted text, people, organisations, places, facts, timeline.

The text is drawn with displaCy's entity style from the offsets of the ``mentions`` table
and the ``dates`` table (as ``DATE``/``TIME``), so what is highlighted is exactly what the
tables say, not a new model run.
"""

from __future__ import annotations

import functools
import html
import re
from typing import Any

import pandas as pd
from spacy.displacy.render import EntityRenderer

from pipeline.report_html import esc, external_link, page, table

# displaCy's own palette knows these; other labels get its default grey.
_DATE_LABELS = {"DATE", "TIME"}
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,100}")


def article_file(article_id: Any) -> str:
    """File name of an article's page: ``<article_id>.html``.

    Limits: an id that is not made of letters, digits, ``_`` and ``-`` (ids are hashes,
    so this should not happen) is replaced by ``id-`` and its hex code so that it cannot
    leave the ``articles/`` folder.
    """
    text = str(article_id)
    if _SAFE_ID.fullmatch(text):
        return f"{text}.html"
    return f"id-{text.encode().hex()[:120]}.html"


Row = dict[str, Any]


def _missing(value: Any) -> bool:
    """True for ``None``, NaN and ``pd.NA``."""
    return value is None or (not isinstance(value, list | str) and bool(pd.isna(value)))


def entity_spans(text: str, mentions: list[Row] | None, dates: list[Row] | None) -> list[Row]:
    """The spans displaCy should highlight: ``[{"start", "end", "label"}]``, sorted.

    Args:
        text: the article text the offsets point into.
        mentions: rows of the ``mentions`` table (``start_char``, ``end_char``, ``label``).
        dates: rows of the ``dates`` table (``start_char``, ``end_char``, ``type``).

    Mentions keep their label, dates are labelled with their TIMEX3 type when it is
    ``DATE`` or ``TIME``, else ``DATE``. Offsets outside the text are dropped; where spans
    overlap the earlier one wins, the longer one at the same start (displaCy cannot draw
    nested spans). Labels are HTML-escaped here because displaCy puts them into its markup
    as they are (it escapes only the text).
    """
    spans: list[tuple[int, int, str]] = []
    for rows, is_date in ((mentions or [], False), (dates or [], True)):
        for row in rows:
            start, end = row.get("start_char"), row.get("end_char")
            if _missing(start) or _missing(end):
                continue
            start, end = int(start), int(end)
            if not 0 <= start < end <= len(text):
                continue
            label = row.get("type") if is_date else row.get("label")
            if is_date:
                label = label if label in _DATE_LABELS else "DATE"
            spans.append((start, end, "ENTITY" if _missing(label) else str(label)))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[Row] = []
    last_end = 0
    for start, end, label in spans:
        if start >= last_end:
            kept.append({"start": start, "end": end, "label": html.escape(label)})
            last_end = end
    return kept


@functools.cache
def _renderer() -> EntityRenderer:
    """displaCy's entity renderer, made once.

    ``displacy.render(..., style="ent", manual=True)`` builds a new one per call, and each
    reads the colour registry from the installed packages' entry points: half the time
    of a 2,000-article report. The markup is the same.
    """
    return EntityRenderer(options={})


def highlighted_text(text: str, mentions: list[Row] | None, dates: list[Row] | None) -> str:
    """The article text as displaCy entity-style HTML (escaped by displaCy, checked by tests)."""
    doc = {"text": text, "ents": entity_spans(text, mentions, dates), "title": None}
    return _renderer().render([doc], page=False, minify=False).strip()


def _sort_key(row: Row, columns: list[str]) -> tuple:
    """Sort key putting missing values last (dates, numbers and strings compare within a column)."""
    return tuple((1, 0) if _missing(row.get(c)) else (0, row[c]) for c in columns)


def _rows(rows: list[Row] | None, columns: list[str], sort: list[str]) -> list[list]:
    """Cells of ``rows`` sorted by ``sort``, for :func:`pipeline.report_html.table`.

    Missing columns give blank cells, so a table written by an older pipeline still shows.
    """
    if not rows:
        return []
    ordered = sorted(rows, key=lambda row: _sort_key(row, sort))
    return [[row.get(c) for c in columns] for row in ordered]


def article_page(article: Row, parts: dict[str, list[Row]], back: str) -> str:
    """The HTML page of one article.

    Args:
        article: one row of the ``articles`` table as a dict.
        parts: this article's rows of every other table, keyed by table name (absent or
            empty when there are none).
        back: relative link to the index page listing the article.
    """
    title = article.get("title")
    title = "(untitled)" if pd.isna(title) or not str(title).strip() else str(title)
    meta = [
        f"<strong>Published</strong> {esc(article.get('published')) or 'unknown'}",
        f"<strong>File</strong> {esc(article.get('path'))}",
        f"<strong>Status</strong> {esc(article.get('status'))}",
        f"<strong>Words</strong> {esc(article.get('n_words'))}",
    ]
    if not pd.isna(article.get("source_url")):
        meta.append(f"<strong>Source</strong> {external_link(article.get('source_url'))}")
    body = [
        f'<p><a href="../{esc(back)}">← all articles</a></p>',
        f"<h1>{esc(title)}</h1>",
        f'<p class="meta">{" · ".join(meta)}</p>',
    ]
    if not pd.isna(article.get("error")):
        body.append(f'<p class="error">Error: {esc(article.get("error"))}</p>')
    text = article.get("text")
    if isinstance(text, str) and text:
        body.append("<h2>Text</h2>")
        body.append(
            f'<div class="text">{highlighted_text(text, parts.get("mentions"), parts.get("dates"))}'
            "</div>"
        )
    body.extend(_sections(parts))
    return page(title, "\n".join(body))


def _sections(parts: dict[str, list[Row]]) -> list[str]:
    """The tables under the text: people, organisations, places, facts, quotes, counts, timeline."""
    get = parts.get
    people = _rows(
        get("people"),
        ["name", "age", "roles", "aliases", "n_mentions", "age_sentence"],
        ["first_char"],
    )
    orgs = _rows(get("organisations"), ["name", "aliases", "n_mentions"], ["first_char"])
    places = _rows(get("places"), ["name", "label", "aliases", "n_mentions"], ["first_char"])
    facts = _rows(
        get("facts"),
        ["subject_name", "predicate", "object", "sentence", "method"],
        ["start_char"],
    )
    quotes = _rows(get("quotes"), ["speaker", "quote", "method"], ["start_char"])
    counts = _rows(get("quantities"), ["quantity", "unit", "text", "sentence"], ["start_char"])
    timeline = _rows(
        get("dates"),
        ["start", "end", "value", "granularity", "text", "sentence"],
        ["start", "start_char"],
    )
    n = ["mentions"]
    return [
        "<h2>People</h2>",
        table(
            people,
            ["name", "age", "roles", "aliases", "mentions", "age stated in"],
            ["age", "mentions"],
            css_class="people",
        ),
        "<h2>Organisations</h2>",
        table(orgs, ["name", "aliases", "mentions"], n, css_class="organisations"),
        "<h2>Places</h2>",
        table(places, ["name", "label", "aliases", "mentions"], n, css_class="places"),
        "<h2>Facts</h2>",
        table(facts, ["subject", "slot", "value", "evidence", "method"], css_class="facts"),
        "<h2>Quotes</h2>",
        table(quotes, ["speaker", "quote", "method"], css_class="quotes"),
        "<h2>Counts</h2>",
        table(counts, ["number", "of", "as written", "sentence"], ["number"], css_class="counts"),
        "<h2>Timeline</h2>",
        table(
            timeline,
            ["start", "end", "value", "granularity", "as written", "sentence"],
            css_class="timeline",
        ),
    ]
