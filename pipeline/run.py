"""``pipeline run``: ingest → extract → normalise → write, streaming, incremental, parallel.

Articles stream through in windows (memory does not grow with the archive). Each article
whose cache key is unchanged reuses its stored rows; the others are processed by an engine
(``pipeline.engines``: this process, ``workers`` processes, or a Dask cluster; each worker
loads the model once, and only if something needs processing). Output order follows the
ingest order, so the same inputs give the same rows whatever the engine or the number of
workers.
"""

from __future__ import annotations

import fcntl
import shutil
import time
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.article import Article, windows
from pipeline.cache import ResultCache, article_key
from pipeline.cases.link import link_outputs
from pipeline.config import Config
from pipeline.engines import make_engine
from pipeline.ingest import ingest
from pipeline.process import ArticleResult, needs_model
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


@dataclass
class Window:
    """One window of ingested articles: their cache keys, reused rows and what to process.

    ``todo`` are the positions of the articles the engine must parse; the others are
    either ``reused`` from the cache or need no model (skipped, empty, unreadable) and
    pass through with no rows, as ``process_articles`` would give them.
    """

    articles: list[Article]
    keys: list[str]
    reused: dict[int, tuple[dict[str, Any], dict[str, Any]]]
    todo: list[int]

    def articles_todo(self) -> list[Article]:
        return [self.articles[n] for n in self.todo]


def plan_window(
    articles: list[Article], cache: ResultCache, fingerprint: str, full: bool
) -> Window:
    """Key every article of a window and fetch the unchanged ones from the cache."""
    keys = [article_key(article, fingerprint) for article in articles]
    reused = {}
    if not full:
        for n, (article, key) in enumerate(zip(articles, keys, strict=True)):
            cached = cache.get(article.article_id, key)
            if cached is not None:
                reused[n] = cached
    todo = [n for n, a in enumerate(articles) if n not in reused and needs_model(a)]
    return Window(articles, keys, reused, todo)


def run_pipeline(
    input_dir: Path, out_dir: Path, config: Config, full: bool = False, progress: bool = True
) -> RunSummary:
    """Run every stage on ``input_dir`` and publish the tables in ``out_dir``.

    Articles are ingested in windows; those whose cache key is unchanged reuse their
    rows, the others go to the engine named by ``config.engine`` (see
    ``pipeline.engines``), and every window is written in ingest order. The model is
    loaded only if some article needs processing. Results of engine failures (a worker
    killed) are written as ``error`` rows but not cached, so the next run retries them.

    Args:
        full: ignore the cache and reprocess every article.
        progress: show a progress bar on stderr.

    Raises:
        RunLocked: another run holds ``out_dir``.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    lock = OutputLock(out_dir)
    try:
        for stale in out_dir.glob(".tmp-write-*"):
            shutil.rmtree(stale, ignore_errors=True)
        summary = RunSummary(out_dir=out_dir)
        cache = ResultCache(out_dir)
        fingerprint = config.fingerprint()
        window_size = max(64, config.batch_size * 4 * config.workers)
        planned: deque[Window] = deque()

        def batches() -> Iterator[list[Article]]:
            for articles in windows(ingest(Path(input_dir)), window_size):
                window = plan_window(articles, cache, fingerprint, full)
                planned.append(window)
                yield window.articles_todo()

        from tqdm import tqdm  # imported here: 0.2 s of start-up a quiet run does not need

        bar = tqdm(desc="articles", unit="art", disable=not progress, leave=False)
        try:
            with make_engine(config) as engine, TableWriter(out_dir) as writer:
                for results in engine.imap(batches()):
                    window = planned.popleft()
                    done = dict(zip(window.todo, results, strict=True))
                    for n, article in enumerate(window.articles):
                        if n in window.reused:
                            row, tables = window.reused[n]
                            summary.reused += 1
                        else:
                            result = done.get(n) or ArticleResult(article)
                            row, tables = result.article.row(), result.tables
                            if not result.transient:
                                cache.put(article.article_id, window.keys[n], row, tables)
                            summary.processed += 1
                        summary.statuses[row["status"]] += 1
                        writer.add("articles", [row])
                        for table in ARTICLE_TABLES:
                            writer.add(table, tables.get(table, []))
                    cache.mark_seen([a.article_id for a in window.articles])
                    bar.update(len(window.articles))
                cache.forget_unseen()
                summary.seconds = time.perf_counter() - started
                summary.tables = writer.publish(
                    {
                        "input_dir": str(input_dir),
                        "config_fingerprint": fingerprint,
                        "model": config.model,
                        "engine": engine.name,
                        "workers": config.workers,
                        "articles": dict(summary.statuses),
                        "processed": summary.processed,
                        "reused": summary.reused,
                    }
                )
                summary.tables.update(link_outputs(out_dir))  # case_id and persons.parquet
        finally:
            bar.close()
            cache.close()
    finally:
        lock.release()
    summary.seconds = time.perf_counter() - started
    return summary
