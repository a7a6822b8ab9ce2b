"""``pipeline run``: ingest → extract → normalise → write, streaming, incremental, parallel.

Articles stream through in windows (memory does not grow with the archive). Each article
whose cache key is unchanged reuses its stored rows; the others are processed in this
process or in ``workers`` processes (each loads the model once). Output order follows the
ingest order, so the same inputs give the same rows whatever the number of workers.
"""

from __future__ import annotations

import fcntl
import multiprocessing
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from pipeline.article import Article
from pipeline.cache import ResultCache, article_key
from pipeline.cases.link import link_outputs
from pipeline.config import Config
from pipeline.ingest import ingest
from pipeline.process import ArticleResult, process_articles
from pipeline.schemas import ARTICLE_TABLES
from pipeline.write import TableWriter

LOCK_FILE = ".lock"


class RunLocked(RuntimeError):
    """Another run is writing to the same output folder."""


@dataclass
class RunSummary:
    """What a run did: articles by status, rows per table, processed vs reused, time."""

    statuses: Counter[str] = field(default_factory=Counter)
    tables: dict[str, int] = field(default_factory=dict)
    processed: int = 0
    reused: int = 0
    seconds: float = 0.0
    out_dir: Path = Path("outputs")

    def describe(self) -> str:
        """A few human-readable lines for the end of a run."""
        total = sum(self.statuses.values())
        status = ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items()))
        rows = ", ".join(f"{k} {v}" for k, v in self.tables.items())
        return (
            f"{total} articles ({status}) in {self.seconds:.1f}s: "
            f"{self.processed} processed, {self.reused} unchanged\n"
            f"rows: {rows}\nwritten to {self.out_dir}"
        )


class OutputLock:
    """An exclusive lock on an output folder (released when the process ends)."""

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.handle = open(out_dir / LOCK_FILE, "w")  # noqa: SIM115 - held for the run
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            self.handle.close()
            raise RunLocked(f"another run is writing to {out_dir}; wait for it to finish") from err

    def release(self) -> None:
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


def windows(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of at most ``size`` articles."""
    window: list[Article] = []
    for article in articles:
        window.append(article)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


_WORKER_CONFIG: Config | None = None


def _init_worker(config: Config) -> None:
    global _WORKER_CONFIG
    _WORKER_CONFIG = config


def _process_chunk(articles: list[Article]) -> list[ArticleResult]:
    assert _WORKER_CONFIG is not None
    return list(process_articles(articles, _WORKER_CONFIG))


class Processor:
    """Run ``process_articles`` here (workers=1) or in a process pool."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.pool = None
        if config.workers > 1:
            context = multiprocessing.get_context("fork")
            self.pool = context.Pool(config.workers, _init_worker, (config,))

    def __call__(self, articles: list[Article]) -> list[ArticleResult]:
        if not articles:
            return []
        if self.pool is None:
            return list(process_articles(articles, self.config))
        size = max(1, -(-len(articles) // (self.config.workers * 4)))
        chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
        return [r for part in self.pool.map(_process_chunk, chunks) for r in part]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def run_pipeline(
    input_dir: Path, out_dir: Path, config: Config, full: bool = False, progress: bool = True
) -> RunSummary:
    """Run every stage on ``input_dir`` and publish the tables in ``out_dir``.

    Args:
        full: ignore the cache and reprocess every article.
        progress: show a progress bar on stderr.

    Raises:
        RunLocked: another run holds ``out_dir``.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    lock = OutputLock(out_dir)
    for stale in out_dir.glob(".tmp-write-*"):
        shutil.rmtree(stale, ignore_errors=True)
    summary = RunSummary(out_dir=out_dir)
    cache = ResultCache(out_dir)
    fingerprint = config.fingerprint()
    processor = Processor(config)
    seen: set[str] = set()
    bar = tqdm(desc="articles", unit="art", disable=not progress, leave=False)
    try:
        with TableWriter(out_dir) as writer:
            window_size = max(64, config.batch_size * 4 * config.workers)
            for window in windows(ingest(Path(input_dir)), window_size):
                results: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
                todo: list[tuple[int, Article, str]] = []
                for n, article in enumerate(window):
                    key = article_key(article, fingerprint)
                    cached = None if full else cache.get(article.article_id, key)
                    if cached is not None:
                        results[n] = cached
                        summary.reused += 1
                    else:
                        todo.append((n, article, key))
                for (n, _, key), result in zip(
                    todo, processor([a for _, a, _ in todo]), strict=True
                ):
                    row = result.article.row()
                    results[n] = (row, result.tables)
                    cache.put(result.article.article_id, key, row, result.tables)
                    summary.processed += 1
                for n in range(len(window)):
                    row, tables = results[n]
                    seen.add(row["article_id"])
                    summary.statuses[row["status"]] += 1
                    writer.add("articles", [row])
                    for table in ARTICLE_TABLES:
                        writer.add(table, tables.get(table, []))
                bar.update(len(window))
            cache.keep_only(seen)
            summary.seconds = time.perf_counter() - started
            summary.tables = writer.publish(
                {
                    "input_dir": str(input_dir),
                    "config_fingerprint": fingerprint,
                    "model": config.model,
                    "articles": dict(summary.statuses),
                    "processed": summary.processed,
                    "reused": summary.reused,
                }
            )
            summary.tables.update(link_outputs(out_dir))  # case_id and persons.parquet
    finally:
        bar.close()
        processor.close()
        cache.close()
        lock.release()
    summary.seconds = time.perf_counter() - started
    return summary
