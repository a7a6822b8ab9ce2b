"""write: explicit schemas, atomic publication, aborted writes leave old tables intact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.schemas import ARTICLES, TABLES
from pipeline.write import TableWriter


def _article(n: int) -> dict:
    return {
        "article_id": f"id{n}",
        "path": f"a{n}.txt",
        "line": None,
        "title": None,
        "published": date(2023, 11, 16),
        "published_source": "inline",
        "source_url": None,
        "encoding": "utf-8",
        "n_words": 2,
        "n_chars": 9,
        "content_hash": "x",
        "status": "ok",
        "error": None,
        "text": "some text",
    }


def test_every_table_is_written_with_its_schema(tmp_path: Path) -> None:
    with TableWriter(tmp_path, batch_rows=2) as writer:
        writer.add("articles", [_article(n) for n in range(5)])
        counts = writer.publish()
    assert counts["articles"] == 5
    for name, schema in TABLES.items():
        table = pq.read_table(tmp_path / f"{name}.parquet")
        assert table.schema.names == schema.names
        assert table.schema.field("article_id").type == schema.field("article_id").type
    articles = pq.read_table(tmp_path / "articles.parquet")
    assert articles.num_rows == 5
    assert articles.column("published")[0].as_py() == date(2023, 11, 16)
    assert not list(tmp_path.glob(".tmp-write-*"))


def test_a_failed_write_keeps_the_previous_tables(tmp_path: Path) -> None:
    with TableWriter(tmp_path, tables={"articles": ARTICLES}) as writer:
        writer.add("articles", [_article(1)])
        writer.publish()
    with pytest.raises(RuntimeError), TableWriter(tmp_path, tables={"articles": ARTICLES}) as w:
        w.add("articles", [_article(n) for n in range(3)])
        raise RuntimeError("killed mid-run")
    assert pq.read_table(tmp_path / "articles.parquet").num_rows == 1
    assert not list(tmp_path.glob(".tmp-write-*"))


def test_rows_not_matching_the_schema_are_an_error(tmp_path: Path) -> None:
    bad = _article(1) | {"n_words": "many"}
    with pytest.raises(Exception), TableWriter(tmp_path, batch_rows=1) as writer:  # noqa: B017
        writer.add("articles", [bad])
