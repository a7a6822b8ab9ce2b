"""Extract and normalise a stream of articles in one process: the unit every engine runs.

``process_articles`` is what ``pipeline run`` (locally, in worker processes or on Dask
workers) and the evaluation commands call, so all of them produce the same rows. spaCy
and the extractors are imported at the first call, so importing this module is cheap.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.article import STATUS_ERROR, STATUS_OK, Article
from pipeline.config import Config


@dataclass
class ArticleResult:
    """One article after processing: its (possibly updated) record and its table rows.

    ``transient`` marks a failure of the engine rather than of the article (a worker
    killed, a lost connection): such a result is written but not cached.
    """

    article: Article
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    transient: bool = False


def needs_model(article: Article) -> bool:
    """Whether ``process_articles`` would parse the article (``ok`` with some text).

    The others pass through it unchanged with no rows, so a run can skip sending them.
    """
    return article.status == STATUS_OK and bool(article.text.strip())


def process_articles(articles: Iterable[Article], config: Config) -> Iterator[ArticleResult]:
    """Yield one ``ArticleResult`` per input article, in order.

    Articles that are not ``ok`` pass through with no rows. A failure in one article sets
    its status to ``error`` with the message; the others go on.
    """
    from pipeline.extract import extract_articles
    from pipeline.nlp import load_nlp
    from pipeline.normalise import normalise_article

    nlp = load_nlp(config.model, tuple(config.disabled))
    for article, extraction, error in extract_articles(articles, nlp, config):
        if error:
            article.status, article.error = STATUS_ERROR, error
            yield ArticleResult(article)
            continue
        if extraction is None:
            yield ArticleResult(article)
            continue
        try:
            tables = normalise_article(article, extraction)
        except Exception as err:  # one bad article never stops the others
            article.status = STATUS_ERROR
            article.error = f"normalise: {type(err).__name__}: {err}"
            yield ArticleResult(article)
            continue
        yield ArticleResult(article, tables)
