"""The stages run one at a time, each reading only the previous stage's output.

``pipeline run`` chains the same code in memory; these entry points exist so a stage can
be rerun or inspected alone:

- ``ingest``    INPUT_DIR → OUT/articles.parquet
- ``extract``   OUT/articles.parquet → OUT/_stage/extract.jsonl.gz
- ``normalise`` OUT/articles.parquet + extract → OUT/_stage/normalise.jsonl.gz
- ``write``     OUT/articles.parquet + normalise → the Parquet tables in OUT
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.article import Article
from pipeline.config import Config
from pipeline.extract import Extraction, extract_articles
from pipeline.ingest import ingest
from pipeline.nlp import load_nlp
from pipeline.normalise import normalise_article
from pipeline.schemas import ARTICLE_TABLES, ARTICLES, restore_dates
from pipeline.write import TableWriter

STAGE_DIR = "_stage"
ARTICLE_FIELDS = [f.name for f in ARTICLES if f.name not in {"n_words", "n_chars", "content_hash"}]


def read_articles(out_dir: Path) -> Iterator[Article]:
    """Stream the articles table back as ``Article`` records."""
    path = Path(out_dir) / "articles.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run the ingest stage first")
    for batch in pq.ParquetFile(path).iter_batches(batch_size=256, columns=ARTICLE_FIELDS):
        for row in batch.to_pylist():
            yield Article(**row)


def _jsonl_out(path: Path) -> Any:
    path.parent.mkdir(parents=True, exist_ok=True)
    return gzip.open(path, "wt", encoding="utf-8")


def _jsonl_in(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run the previous stage first")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def ingest_stage(input_dir: Path, out_dir: Path) -> str:
    """Write ``articles.parquet`` from ``input_dir``."""
    with TableWriter(out_dir, tables={"articles": ARTICLES}) as writer:
        for article in ingest(Path(input_dir)):
            writer.add("articles", [article.row()])
        counts = writer.publish({"stage": "ingest", "input_dir": str(input_dir)})
    return f"ingest: {counts['articles']} articles → {Path(out_dir) / 'articles.parquet'}"


def extract_stage(out_dir: Path, config: Config) -> str:
    """Write one JSON line per article: its ``Extraction`` (or error)."""
    target = Path(out_dir) / STAGE_DIR / "extract.jsonl.gz"
    nlp = load_nlp(config.model, tuple(config.disabled))
    n = 0
    with _jsonl_out(target) as handle:
        for article, extraction, error in extract_articles(read_articles(out_dir), nlp, config):
            record = {
                "article_id": article.article_id,
                "error": error,
                "extraction": extraction.to_json() if extraction else None,
            }
            handle.write(json.dumps(record) + "\n")
            n += 1
    return f"extract: {n} articles → {target}"


def normalise_stage(out_dir: Path) -> str:
    """Write one JSON line per article: its table rows."""
    source = Path(out_dir) / STAGE_DIR / "extract.jsonl.gz"
    target = Path(out_dir) / STAGE_DIR / "normalise.jsonl.gz"
    n = 0
    with _jsonl_out(target) as handle:
        for article, record in zip(read_articles(out_dir), _jsonl_in(source), strict=True):
            tables: dict[str, Any] = {}
            error = record["error"]
            if record["extraction"] is not None and not error:
                try:
                    extraction = Extraction.from_json(record["extraction"])
                    tables = normalise_article(article, extraction)
                except Exception as err:  # one bad article never stops the others
                    error = f"normalise: {type(err).__name__}: {err}"
            handle.write(
                json.dumps(
                    {"article_id": article.article_id, "error": error, "tables": tables},
                    default=str,
                )
                + "\n"
            )
            n += 1
    return f"normalise: {n} articles → {target}"


def write_stage(out_dir: Path) -> str:
    """Publish every table from the normalise stage's output."""
    source = Path(out_dir) / STAGE_DIR / "normalise.jsonl.gz"
    with TableWriter(out_dir) as writer:
        for article, record in zip(read_articles(out_dir), _jsonl_in(source), strict=True):
            if record["error"]:
                article.status, article.error = "error", record["error"]
            writer.add("articles", [article.row()])
            for table in ARTICLE_TABLES:
                writer.add(table, restore_dates(table, record["tables"].get(table, [])))
        counts = writer.publish({"stage": "write"})
    return "write: " + ", ".join(f"{k} {v}" for k, v in counts.items())
