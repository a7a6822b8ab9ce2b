"""One article's page: highlighted text, people, organisations, places, facts, timeline.

The text is drawn with displaCy's entity style from the offsets of the ``mentions`` table
and the ``dates`` table (as ``DATE``/``TIME``), so what is highlighted is exactly what the
tables say, not a new model run.
"""

from __future__ import annotations

import html
import re
from typing import Any

import pandas as pd
from spacy import displacy

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


def entity_spans(text: str, mentions: pd.DataFrame, dates: pd.DataFrame) -> list[dict]:
    """The spans displaCy should highlight: ``[{"start", "end", "label"}]``, sorted.

    Mentions keep their label, dates are labelled with their TIMEX3 type when it is
    ``DATE`` or ``TIME``, else ``DATE``. Offsets outside the text are dropped; where spans
    overlap the earlier one wins, the longer one at the same start (displaCy cannot draw
    nested spans).
    """
    spans: list[tuple[int, int, str]] = []
    for frame, is_date in ((mentions, False), (dates, True)):
        if frame is None or frame.empty:
            continue
        labels = frame["type"] if is_date else frame["label"]
        for start, end, label in zip(frame["start_char"], frame["end_char"], labels, strict=True):
            if pd.isna(start) or pd.isna(end):
                continue
            start, end = int(start), int(end)
            if not 0 <= start < end <= len(text):
                continue
            if is_date:
                label = label if label in _DATE_LABELS else "DATE"
            label = "ENTITY" if pd.isna(label) else str(label)
            spans.append((start, end, label))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[dict] = []
    last_end = 0
    for start, end, label in spans:
        if start >= last_end:
            # displaCy escapes the text but puts the label into the markup as is.
            kept.append({"start": start, "end": end, "label": html.escape(label)})
            last_end = end
    return kept


def highlighted_text(text: str, mentions: pd.DataFrame, dates: pd.DataFrame) -> str:
    """The article text as displaCy entity-style HTML (escaped by displaCy, checked by tests)."""
    doc = {"text": text, "ents": entity_spans(text, mentions, dates), "title": None}
    return displacy.render(doc, style="ent", manual=True, page=False, jupyter=False)


def _rows(frame: pd.DataFrame | None, columns: list[str], sort: list[str]) -> list[list]:
    """Rows of ``frame`` for :func:`pipeline.report_html.table`; missing columns are blank."""
    if frame is None or frame.empty:
        return []
    frame = frame.sort_values([c for c in sort if c in frame], na_position="last")
    return [[row.get(c) for c in columns] for row in frame.to_dict("records")]


def article_page(article: dict[str, Any], parts: dict[str, pd.DataFrame], back: str) -> str:
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


def _sections(parts: dict[str, pd.DataFrame]) -> list[str]:
    """The tables under the text: people, organisations, places, facts, quotes, timeline."""
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
        "<h2>Timeline</h2>",
        table(
            timeline,
            ["start", "end", "value", "granularity", "as written", "sentence"],
            css_class="timeline",
        ),
    ]
