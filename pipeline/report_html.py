"""HTML building blocks of the report: page frame, tables, links and the monthly chart.

Every value that comes from the data goes through :func:`esc` (``html.escape`` with
quotes) before it reaches the page; the only markup not built here is displaCy's, whose
text it escapes itself (labels are escaped by :mod:`pipeline.report_article`).

Pages carry a Content-Security-Policy that forbids scripts, external fonts, styles and
images, so even a bug in the escaping could not run a script or fetch anything.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       margin: 0 auto; max-width: 1100px; padding: 1em 1.5em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.92em; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.5em; text-align: left;
         vertical-align: top; }
th { background: #f4f4f4; }
td.num, th.num { text-align: right; }
.meta { color: #555; font-size: 0.9em; }
.grid { display: flex; flex-wrap: wrap; gap: 1.5em; }
.pages a, .pages strong { margin-right: 0.4em; }
.error { color: #a00; }
.text { border: 1px solid #ddd; padding: 0.6em 1em; background: #fcfcfc; }
.empty { color: #777; font-style: italic; }
table.timeline td:nth-child(-n+3), table.articles td:nth-child(2) { white-space: nowrap; }
"""


def esc(value: Any) -> str:
    """``value`` as HTML text: ``None``/NaN/NA become ``""``, lists are joined by ``"; "``.

    Escapes ``& < > " '`` so the result is safe in element content and quoted attributes.
    """
    if isinstance(value, list | tuple):
        return html.escape("; ".join(str(v) for v in value if not _missing(v)))
    if _missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return html.escape(str(value))


def _missing(value: Any) -> bool:
    """True for ``None``, NaN, ``pd.NA`` and ``NaT``; False for everything else."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def page(title: str, body: str) -> str:
    """A whole HTML document with the CSP meta tag, inline CSS and ``body`` (already HTML).

    Args:
        title: plain text; escaped here.
        body: HTML built with :func:`esc`.

    The style is inline (allowed by the CSP) so that one page can be opened alone.
    """
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def link(href: str, text: Any) -> str:
    """``<a>`` to a relative ``href`` built by the report (escaped as an attribute)."""
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def external_link(url: Any) -> str:
    """A link to ``url`` when it is http(s), else the URL as plain text (no ``javascript:``)."""
    if _missing(url):
        return ""
    text = str(url)
    if text.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(text)}" rel="noopener noreferrer nofollow">{esc(text)}</a>'
    return esc(text)


def table(
    rows: Iterable[Sequence[Any]],
    headers: Sequence[str],
    numeric: Sequence[str] = (),
    raw: Sequence[str] = (),
    css_class: str = "",
) -> str:
    """An HTML table; every cell is escaped except the columns named in ``raw``.

    Args:
        rows: one sequence of cell values per row, in the order of ``headers``.
        headers: column titles.
        numeric: columns to right-align.
        raw: columns whose cells are already HTML (made with :func:`esc` or :func:`link`).
        css_class: class of the ``<table>``, e.g. ``"people"`` (tests and the browser test
            find tables by it).
    """
    align = [' class="num"' if h in numeric else "" for h in headers]
    is_raw = [h in raw for h in headers]
    head = "".join(f"<th{a}>{esc(h)}</th>" for h, a in zip(headers, align, strict=True))
    body = []
    for row in rows:
        cells = (
            f"<td{a}>{cell if r else esc(cell)}</td>"
            for cell, a, r in zip(row, align, is_raw, strict=True)
        )
        body.append(f"<tr>{''.join(cells)}</tr>")
    if not body:
        return '<p class="empty">none</p>'
    cls = f' class="{esc(css_class)}"' if css_class else ""
    return (
        f"<table{cls}>\n<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(body)
        + ("\n</tbody>\n</table>")
    )


def page_name(number: int) -> str:
    """File name of index page ``number`` (1-based): ``index.html``, ``index-2.html``, ..."""
    return "index.html" if number == 1 else f"index-{number}.html"


def pager(current: int, total: int) -> str:
    """Links to every index page, the current one in bold. Empty when there is one page."""
    if total <= 1:
        return ""
    parts = [
        f"<strong>{n}</strong>" if n == current else link(page_name(n), n)
        for n in range(1, total + 1)
    ]
    return f'<nav class="pages">Pages: {" ".join(parts)}</nav>'


def month_chart(months: pd.Series, width: int = 960, height: int = 220) -> str:
    """Inline SVG bar chart of article counts per month.

    Args:
        months: counts indexed by ``(year, month)`` tuples; months in between that have no
            article are drawn as empty bars.
        width, height: size of the drawing in pixels.

    Limits: one bar per month from the first to the last month, so a stray date decades
    away makes the bars thin (never narrower than one pixel per month: the drawing grows
    instead). No interactivity beyond each bar's ``<title>`` tooltip.
    """
    if months.empty:
        return '<p class="empty">no publication dates</p>'
    first, last = min(months.index), max(months.index)
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    keys = [divmod(first[1] - 1 + i, 12) for i in range(span)]
    keys = [(first[0] + y, m + 1) for y, m in keys]
    counts = [int(months.get(k, 0)) for k in keys]
    left, bottom, top = 40, 24, 10
    bar = max(1.0, (width - left - 10) / span)
    width = int(left + bar * span + 10)
    peak = max(counts) or 1
    scale = (height - bottom - top) / peak
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="articles per month">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" '
        'stroke="#888"/>',
        f'<text x="{left - 6}" y="{top + 10}" text-anchor="end" font-size="11">{peak}</text>',
        f'<text x="{left - 6}" y="{height - bottom}" text-anchor="end" font-size="11">0</text>',
    ]
    year_step = max(1, math.ceil(span / 12 / (width / 60)))
    for i, ((year, month), count) in enumerate(zip(keys, counts, strict=True)):
        x = left + i * bar
        h = count * scale
        label = f"{dt.date(year, month, 1):%B %Y}: {count} article{'s' * (count != 1)}"
        parts.append(
            f'<rect x="{x:.1f}" y="{height - bottom - h:.1f}" width="{max(bar - 1, 0.5):.1f}" '
            f'height="{h:.1f}" fill="#4a7bd0"><title>{esc(label)}</title></rect>'
        )
        if (month == 1 or i == 0) and (year - keys[0][0]) % year_step == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 8}" font-size="11">{year}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
