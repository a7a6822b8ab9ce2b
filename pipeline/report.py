"""The HTML report of a run: an index with a summary and one page per article.

``write_report(out_dir)`` reads the tables once (:func:`pipeline.loader.load_tables`),
splits every per-article table by ``article_id`` once, and writes::

    out_dir/report/index.html          summary, top people/organisations/places, chart,
                                       first page of the article list
    out_dir/report/index-2.html ...    further pages of the article list
    out_dir/report/articles/<article_id>.html

The pages are static HTML: no JavaScript, no fonts or files from elsewhere, a
Content-Security-Policy that forbids scripts, and every value from the data escaped.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.loader import load_tables
from pipeline.report_article import article_file, article_page
from pipeline.report_html import link, month_chart, page, page_name, pager, table
from pipeline.schemas import ARTICLE_TABLES

PAGE_SIZE = 200
TOP_N = 20


def write_report(out_dir: Path, page_size: int = PAGE_SIZE) -> Path:
    """Write the report of the run in ``out_dir`` into ``out_dir/report/``.

    Args:
        out_dir: folder holding the run's Parquet tables; ``articles`` is required.
        page_size: articles listed per index page.

    Returns:
        The path of ``report/index.html``.

    Limits: rewrites the whole report each time (a few seconds for 2,000 articles);
    the folder is built next to ``report/`` and swapped in at the end, so a failed run
    leaves the previous report in place. Reads all tables into memory.
    """
    out_dir = Path(out_dir)
    tables = load_tables(out_dir)
    if "articles" not in tables:
        raise FileNotFoundError(f"{out_dir} holds no articles table: run the pipeline first")
    articles = _sorted_articles(tables["articles"])
    target = out_dir / "report"
    building = out_dir / ".report-building"
    shutil.rmtree(building, ignore_errors=True)
    (building / "articles").mkdir(parents=True)

    n_pages = max(1, -(-len(articles) // page_size))
    people_counts = _rows_per_article(tables.get("people"))
    date_counts = _rows_per_article(tables.get("dates"))
    for number in range(1, n_pages + 1):
        chunk = articles.iloc[(number - 1) * page_size : number * page_size]
        summary = _summary(tables, articles) if number == 1 else ""
        html_text = _index_page(chunk, number, n_pages, summary, people_counts, date_counts)
        (building / page_name(number)).write_text(html_text, encoding="utf-8")

    groups = {name: _by_article(tables.get(name)) for name in ARTICLE_TABLES}
    for position, article in enumerate(articles.to_dict("records")):
        article_id = article["article_id"]
        parts = {name: g[article_id] for name, g in groups.items() if article_id in g}
        back = page_name(position // page_size + 1)
        path = building / "articles" / article_file(article_id)
        path.write_text(article_page(article, parts, back), encoding="utf-8")

    shutil.rmtree(target, ignore_errors=True)
    building.rename(target)
    return target / "index.html"


def _by_article(frame: pd.DataFrame | None) -> dict[Any, list[dict[str, Any]]]:
    """``{article_id: [row dicts]}`` of a table, in one pass (empty when the table is absent).

    Plain dicts rather than DataFrame slices: building a page then costs microseconds, not
    the milliseconds of pandas indexing, which matters for thousands of pages.
    """
    if frame is None or frame.empty or "article_id" not in frame:
        return {}
    groups: dict[Any, list[dict[str, Any]]] = {}
    for row in frame.to_dict("records"):
        groups.setdefault(row["article_id"], []).append(row)
    return groups


def _sorted_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles newest first, undated last, then by path: the order of the index."""
    key = pd.to_datetime(articles["published"], errors="coerce")
    order = pd.DataFrame({"key": key, "path": articles["path"].astype(str)})
    order = order.sort_values(["key", "path"], ascending=[False, True], na_position="last")
    return articles.loc[order.index].reset_index(drop=True)


def _rows_per_article(frame: pd.DataFrame | None) -> dict[Any, int]:
    """``{article_id: rows}`` of a table (empty when the table is absent)."""
    if frame is None or "article_id" not in frame:
        return {}
    return frame["article_id"].value_counts().to_dict()


def _index_page(
    chunk: pd.DataFrame,
    number: int,
    n_pages: int,
    summary: str,
    people: dict[Any, int],
    dates: dict[Any, int],
) -> str:
    """One page of the article list, with the summary on the first page.

    ``people`` and ``dates`` count the rows of those tables per article id.
    """
    rows = []
    for article in chunk.to_dict("records"):
        title = article.get("title")
        if pd.isna(title) or not str(title).strip():
            title = article.get("path")
        rows.append(
            [
                link(f"articles/{article_file(article['article_id'])}", title),
                article.get("published"),
                article.get("status"),
                article.get("n_words"),
                people.get(article["article_id"], 0),
                dates.get(article["article_id"], 0),
                article.get("path"),
            ]
        )
    body = [
        "<h1>casefacts report</h1>",
        summary,
        "<h2>Articles</h2>" if number == 1 else f"<h2>Articles, page {number}</h2>",
        pager(number, n_pages),
        table(
            rows,
            ["title", "published", "status", "words", "people", "dates", "file"],
            numeric=["words", "people", "dates"],
            raw=["title"],
            css_class="articles",
        ),
        pager(number, n_pages),
    ]
    return page(f"casefacts report, page {number}", "\n".join(b for b in body if b))


def _summary(tables: dict[str, pd.DataFrame], articles: pd.DataFrame) -> str:
    """Counts by status and table, the most mentioned entities and the monthly chart."""
    status = articles["status"].astype(str).value_counts()
    counts = [[name, len(frame)] for name, frame in tables.items()]
    parts = [
        '<div class="grid"><div>',
        "<h2>Articles by status</h2>",
        table(status.items(), ["status", "articles"], ["articles"], css_class="status"),
        "</div><div>",
        "<h2>Rows per table</h2>",
        table(counts, ["table", "rows"], ["rows"], css_class="counts"),
        "</div></div>",
        "<h2>Articles per month</h2>",
        month_chart(_per_month(articles)),
        '<div class="grid">',
    ]
    for name, title in (
        ("people", "People"),
        ("organisations", "Organisations"),
        ("places", "Places"),
    ):
        parts += [
            "<div>",
            f"<h2>Most mentioned {title.lower()}</h2>",
            table(
                top_entities(tables.get(name)),
                ["name", "mentions", "articles"],
                ["mentions", "articles"],
                css_class=f"top-{name}",
            ),
            "</div>",
        ]
    parts.append("</div>")
    return "\n".join(parts)


def top_entities(frame: pd.DataFrame | None, n: int = TOP_N) -> list[list[Any]]:
    """``[[name, mentions, articles]]`` of the ``n`` names with most mentions in all articles.

    Limits: adds up rows by their exact ``name``; "Stephen Port" and "Port" in different
    articles count as two people, and two people who share a name count as one.
    """
    if frame is None or frame.empty:
        return []
    grouped = frame.dropna(subset=["name"]).groupby("name", sort=False)
    top = pd.DataFrame(
        {
            "mentions": grouped["n_mentions"].sum().astype("int64"),
            "articles": grouped["article_id"].nunique(),
        }
    )
    top = top.reset_index().sort_values(["mentions", "articles", "name"], ascending=[0, 0, 1])
    return top.head(n).values.tolist()


def _per_month(articles: pd.DataFrame) -> pd.Series:
    """Articles per ``(year, month)`` of their publication date (undated ones left out)."""
    dates = [d for d in articles["published"] if not pd.isna(d)]
    if not dates:
        return pd.Series(dtype="int64")
    return pd.Series([(d.year, d.month) for d in dates]).value_counts()
