"""Engines give the same rows as a local run, in the same order, whatever runs them."""

from __future__ import annotations

import os
import pathlib
from concurrent.futures import Future
from pathlib import Path

import pytest
from corpus_factory import read_tables, write_corpus

import pipeline.config
import pipeline.engines
import pipeline.process
from pipeline.article import Article
from pipeline.config import Config
from pipeline.engines import (
    DaskEngine,
    LocalEngine,
    ParallelEngine,
    PoolEngine,
    chunks,
    make_engine,
)
from pipeline.run import run_pipeline

N = 8


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("engines") / "in"
    write_corpus(folder, N)
    return folder


@pytest.fixture(scope="module")
def local_rows(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("local")
    run_pipeline(corpus, out, Config(batch_size=2), progress=False)
    return read_tables(out)


def test_make_engine_picks_by_config() -> None:
    assert isinstance(make_engine(Config()), LocalEngine)
    assert isinstance(make_engine(Config(workers=2)), PoolEngine)
    assert isinstance(make_engine(Config(engine="dask")), DaskEngine)
    with pytest.raises(ValueError, match="unknown engine"):
        make_engine(Config(engine="spark"))


def test_chunks_keep_order_and_cover_everything() -> None:
    items = list(range(7))
    assert chunks(items, 3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert chunks([], 3) == []


def test_two_workers_give_the_same_rows(corpus: Path, tmp_path: Path, local_rows: dict) -> None:
    summary = run_pipeline(corpus, tmp_path, Config(batch_size=2, workers=2), progress=False)
    assert summary.processed == N
    assert read_tables(tmp_path) == local_rows


def test_dask_cluster_gives_the_same_rows(corpus: Path, tmp_path: Path, local_rows: dict) -> None:
    pytest.importorskip("distributed")
    config = Config(batch_size=2, workers=2, engine="dask")
    summary = run_pipeline(corpus, tmp_path, config, progress=False)
    assert summary.processed == N
    assert sum(summary.statuses.values()) == N
    assert read_tables(tmp_path) == local_rows


def test_listing_order_does_not_change_the_rows(
    tmp_path: Path, local_rows: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    write_corpus(folder, N, order=list(reversed(range(N))))
    for name in ("iterdir", "glob", "rglob"):
        real = getattr(pathlib.Path, name)
        monkeypatch.setattr(
            pathlib.Path,
            name,
            lambda self, *a, _real=real, **k: iter(sorted(_real(self, *a, **k), reverse=True)),
        )
    real_listdir = os.listdir
    monkeypatch.setattr(os, "listdir", lambda p=".": sorted(real_listdir(p), reverse=True))
    run_pipeline(folder, tmp_path / "out", Config(batch_size=2), progress=False)
    monkeypatch.undo()
    assert read_tables(tmp_path / "out") == local_rows


class FailingEngine(ParallelEngine):
    """Runs chunks in this process; the chunk holding article ``bad`` always fails."""

    name = "failing"

    def send(self, articles: list[Article]) -> Future:
        future: Future = Future()
        if any(a.article_id == "bad" for a in articles):
            future.set_exception(RuntimeError("worker lost"))
        else:
            future.set_result([pipeline.process.ArticleResult(a) for a in articles])
        return future


def test_a_failed_task_marks_its_articles_and_the_others_go_on() -> None:
    articles = [Article(str(i), f"{i}.txt", "x") for i in range(5)] + [Article("bad", "b", "x")]
    engine = FailingEngine(Config(batch_size=2))
    batches = [articles[:2], [], articles[2:]]
    results = list(engine.imap(batches))
    assert [len(r) for r in results] == [2, 0, 4]
    flat = [r for part in results for r in part]
    assert [r.article.article_id for r in flat] == [a.article_id for a in articles]
    failed = [r for r in flat if r.transient]
    assert {r.article.article_id for r in failed} == {"4", "bad"}
    assert all(r.article.status == "error" for r in failed)
    assert failed[0].article.error == "engine: RuntimeError: worker lost"
    assert all(r.article.status == "ok" for r in flat if not r.transient)
    assert articles[4].status == "ok", "the input articles are not modified"


def test_a_killed_pool_worker_costs_only_its_chunk(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.process.process_articles

    def deadly(articles, config):
        articles = list(articles)
        if any(a.path == "003.txt" for a in articles):
            os._exit(1)
        return real(articles, config)

    monkeypatch.setattr(pipeline.process, "process_articles", deadly)
    monkeypatch.setattr(pipeline.engines, "POOL_START_METHOD", "fork")  # workers see the patch
    out = tmp_path / "out"
    summary = run_pipeline(corpus, out, Config(batch_size=1, workers=2), progress=False)
    assert summary.statuses == {"ok": N - 1, "error": 1}
    rows = {r["path"]: r for r in read_tables(out)["articles"]}
    assert rows["003.txt"]["error"].startswith("engine: BrokenProcessPool")
    monkeypatch.undo()
    again = run_pipeline(corpus, out, Config(batch_size=1), progress=False)
    assert (again.processed, again.statuses["ok"]) == (1, N), "engine failures are retried"


class RecordingEngine(ParallelEngine):
    """Runs chunks at once in this process and records how many articles are out."""

    name = "recording"

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self.sent = 0
        self.most_ahead = 0

    def send(self, articles: list[Article]) -> Future:
        self.sent += len(articles)
        future: Future = Future()
        future.set_result([pipeline.process.ArticleResult(a) for a in articles])
        return future


@pytest.mark.parametrize("sizes", [[5, 0, 0, 9, 1, 30, 0, 2], [0, 0, 0], [64] * 6, [1] * 40])
def test_parallel_engines_keep_order_and_bound_the_work_ahead(sizes: list[int]) -> None:
    batches, n = [], 0
    for size in sizes:
        batches.append([Article(str(n + i), f"{n + i}.txt", "x") for i in range(size)])
        n += size
    engine = RecordingEngine(Config(batch_size=4, workers=2))
    got, done = [], 0
    for results in engine.imap(batches):
        got.append([r.article.article_id for r in results])
        done += len(results)
        engine.most_ahead = max(engine.most_ahead, engine.sent - done)
    assert got == [[a.article_id for a in batch] for batch in batches]
    biggest = max(sizes)
    assert engine.most_ahead <= biggest + engine.max_in_flight * 4 + biggest


def test_unreachable_scheduler_is_a_one_line_error(corpus: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "out"
    args = ["run", str(corpus), "--out", str(out), "--engine", "dask", "--no-progress"]
    dask = pytest.importorskip("dask")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = CliRunner().invoke(app, [*args, "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert not (out / "articles.parquet").exists()


def test_where_articles_run_is_not_part_of_the_fingerprint() -> None:
    base = Config().fingerprint()
    elsewhere = Config(workers=4, engine="dask", scheduler="tcp://h:8786", batch_size=8)
    assert elsewhere.fingerprint() == base
    assert Config(day_first=True).fingerprint() != base


def test_an_edited_lexicon_changes_the_rules_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    models = tmp_path / "models"
    (models / "lexicons").mkdir(parents=True)
    (models / "lexicons" / "titles.txt").write_text("Sgt\n")
    monkeypatch.setattr(pipeline.config, "MODELS_DIR", models)

    def digest() -> str:
        pipeline.config.rules_digest.cache_clear()
        return pipeline.config.rules_digest()

    try:
        before = digest()
        (models / "lexicons" / ".titles.txt.swp").write_text("an editor's file")
        assert digest() == before  # hidden files do not count
        (models / "lexicons" / "titles.txt").write_text("Sgt\nCmdr\n")
        assert digest() != before
    finally:
        pipeline.config.rules_digest.cache_clear()
