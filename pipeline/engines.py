"""Engines: where ``process_articles`` runs for ``pipeline run``.

Every engine takes a stream of article batches and yields, for each batch and in the same
order, one ``ArticleResult`` per article, so the rows written do not depend on the engine
or on the number of workers:

- ``LocalEngine``: in this process (``--workers 1``).
- ``PoolEngine``: in ``workers`` worker processes (``--workers N``).
- ``DaskEngine``: on a ``dask.distributed`` cluster (``--engine dask``), a new
  ``LocalCluster`` of ``workers`` single-threaded processes or an existing scheduler
  (``--scheduler tcp://host:8786``; its workers need this package and the model).

Nothing is started and spaCy is not imported until the first batch with articles arrives:
a run in which every article is reused from the cache never loads the model. Each worker
process loads the model once (``load_nlp`` is cached per process).

Limits: a batch is sent whole, as chunks of ``Config.batch_size`` articles, and at most
``2 × workers`` chunks beyond the awaited batch are in flight, so memory stays flat but a
very large batch is not split further. A chunk whose task fails as a whole (worker killed,
lost connection, out of memory) gets every article marked ``error`` with the message;
such results are flagged ``transient`` and are not cached, so the next run retries them.
A failed chunk is tried once more before that (when a pool worker dies, the chunks in
flight with it fail too, and succeed on the retry).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from pipeline.article import STATUS_ERROR, Article
from pipeline.config import Config

if TYPE_CHECKING:
    from pipeline.process import ArticleResult

ENGINES = ("local", "dask")

# spaCy's small models multiply small matrices: a second BLAS thread per process costs
# about 10% more CPU than it saves, and with several workers it takes another's core.
# Dask's nanny sets the same variables for its workers.
MATH_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def single_threaded_math() -> None:
    """Ask BLAS/OpenMP for one thread per process, unless the user set a number.

    Limits: only takes effect before numpy is first imported in the process (the CLI
    calls it at start-up; pool workers in their initializer).
    """
    for variable in MATH_THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")


class EngineUnavailable(RuntimeError):
    """The engine cannot start: Dask missing, or its scheduler cannot be reached."""


def process_chunk(articles: list[Article], config: Config) -> list[ArticleResult]:
    """Process a list of articles in the calling process (the task every engine runs)."""
    from pipeline.process import process_articles

    return list(process_articles(articles, config))


def failed_chunk(articles: list[Article], err: BaseException) -> list[ArticleResult]:
    """Results marking copies of a failed task's articles ``error`` (flagged transient)."""
    from pipeline.process import ArticleResult

    message = f"engine: {type(err).__name__}: {err}".strip().rstrip(":")
    return [
        ArticleResult(replace(article, status=STATUS_ERROR, error=message), transient=True)
        for article in articles
    ]


def chunks(articles: list[Article], size: int) -> list[list[Article]]:
    """Consecutive slices of at most ``size`` articles."""
    size = max(1, size)
    return [articles[i : i + size] for i in range(0, len(articles), size)]


class Engine:
    """Run ``process_chunk`` on batches of articles; results in input order.

    Subclasses implement ``imap`` (or ``start`` and ``send`` for the parallel ones) and
    ``close``.
    Use as a context manager so workers are always shut down.
    """

    name = "engine"

    def __init__(self, config: Config) -> None:
        self.config = config

    def imap(self, batches: Iterable[list[Article]]) -> Iterator[list[ArticleResult]]:
        """Yield the results of each batch, in order (an empty batch gives ``[]``)."""
        raise NotImplementedError

    def close(self) -> None:
        """Stop any workers this engine started."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def guarded(articles: list[Article], run: Any) -> list[ArticleResult]:
    """``run()``'s results, or every article marked ``error`` if it raises.

    A missing model is not an article's fault: ``ModelNotInstalled`` is raised again.
    """
    try:
        return run()
    except Exception as err:  # a whole task failed: the other tasks go on
        from pipeline.nlp import ModelNotInstalled

        if isinstance(err, ModelNotInstalled):
            raise
        return failed_chunk(articles, err)


class LocalEngine(Engine):
    """Process every batch in this process; the model is loaded at the first article."""

    name = "local"

    def imap(self, batches: Iterable[list[Article]]) -> Iterator[list[ArticleResult]]:
        for batch in batches:
            yield guarded(batch, lambda b=batch: process_chunk(b, self.config)) if batch else []


class ParallelEngine(Engine):
    """Submit chunks to workers with a bounded number in flight; collect them in order."""

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self.max_in_flight = 2 * max(1, config.workers)
        self.chunk_size = max(1, config.batch_size)
        self.started = False

    def start(self) -> None:
        """Start the workers (called at the first chunk)."""

    def submit(self, articles: list[Article]) -> Future[Any] | Any:
        """Send one chunk to the workers (starting them first); return a future."""
        if not self.started:
            self.start()
            self.started = True
        return self.send(articles)

    def send(self, articles: list[Article]) -> Future[Any] | Any:
        """Send one chunk to the started workers; return a future with ``.result()``."""
        raise NotImplementedError

    def on_failure(self, err: BaseException) -> None:
        """React to a failed task (e.g. replace a broken pool)."""

    def imap(self, batches: Iterable[list[Article]]) -> Iterator[list[ArticleResult]]:
        """Yield each batch's results in order while later batches are already running.

        Beyond the oldest batch (the one awaited), up to ``max_in_flight`` chunks and as
        many batches are submitted ahead, so the workers never wait for this process to
        write a batch, and memory stays bounded.
        """
        upcoming = iter(batches)
        queue: deque[list[tuple[list[Article], Any]]] = deque()
        in_flight = 0
        exhausted = False
        while True:
            head = len(queue[0]) if queue else 0
            while (
                not exhausted
                and in_flight - head < self.max_in_flight
                and len(queue) <= self.max_in_flight
            ):
                batch = next(upcoming, None)
                if batch is None:
                    exhausted = True
                    break
                parts = [(chunk, self.submit(chunk)) for chunk in chunks(batch, self.chunk_size)]
                queue.append(parts)
                in_flight += len(parts)
                head = len(queue[0])
            if not queue:
                return
            parts = queue.popleft()
            in_flight -= len(parts)
            yield self.collect(parts)

    def collect(self, parts: list[tuple[list[Article], Any]]) -> list[ArticleResult]:
        """The results of one batch's chunks, in order.

        A chunk whose task failed is submitted once more (a pool broken by another
        chunk's worker dying is replaced first); if it fails again, its articles are
        marked ``error``.
        """
        results: list[ArticleResult] = []
        for chunk, future in parts:
            part = guarded(chunk, future.result)
            if part and part[0].transient:
                self.on_failure(future.exception())
                retry = self.submit(chunk)
                part = guarded(chunk, retry.result)
                if part and part[0].transient:
                    self.on_failure(retry.exception())
            results.extend(part)
        return results


_WORKER_CONFIG: Config | None = None


def _init_pool_worker(config: Config) -> None:
    global _WORKER_CONFIG
    single_threaded_math()
    _WORKER_CONFIG = config


def _pool_task(articles: list[Article]) -> list[ArticleResult]:
    assert _WORKER_CONFIG is not None, "pool worker not initialised"
    return process_chunk(articles, _WORKER_CONFIG)


# Workers start as fresh interpreters: they do not inherit (and double-count) whatever the
# parent holds when the pool starts, and the parent's threads (tqdm, SQLite) are not forked.
POOL_START_METHOD = "spawn"


class PoolEngine(ParallelEngine):
    """``workers`` processes (started with ``POOL_START_METHOD``), each loading the model once.

    Limits: a worker killed by the OS breaks the pool, which is then replaced for the
    next chunks; starting a worker costs an interpreter start-up and a model load. As
    with any spawned pool (and Dask's ``LocalCluster``), a script that calls
    ``run_pipeline`` with ``workers > 1`` needs an ``if __name__ == "__main__":`` guard.
    """

    name = "pool"

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self.executor: Any = None

    def start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.executor = ProcessPoolExecutor(
            max_workers=self.config.workers,
            mp_context=multiprocessing.get_context(POOL_START_METHOD),
            initializer=_init_pool_worker,
            initargs=(self.config,),
        )

    def send(self, articles: list[Article]) -> Future[Any]:
        if self.executor is None:  # replaced after a failure
            self.start()
        return self.executor.submit(_pool_task, articles)

    def on_failure(self, err: BaseException) -> None:
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(err, BrokenProcessPool) and self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


class DaskEngine(ParallelEngine):
    """Chunks as tasks on a ``dask.distributed`` cluster.

    Args:
        config: ``workers`` sizes a new ``LocalCluster`` (one thread per process);
            ``scheduler`` (e.g. ``tcp://host:8786``) connects to an existing cluster
            instead, whose workers must have this package and the model installed.

    Limits: results travel back through the scheduler's client (pickled); the cluster is
    only started when some article needs processing; with ``scheduler``, the number of
    chunks in flight follows the worker threads present at the start.

    Raises:
        EngineUnavailable: at the first chunk, when Dask is missing or the scheduler
            cannot be reached.
    """

    name = "dask"

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self.client: Any = None
        self.cluster: Any = None

    def start(self) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise EngineUnavailable(f"--engine dask needs dask.distributed: {err}") from err

        if self.config.scheduler:
            try:
                self.client = Client(self.config.scheduler)  # distributed.comm.timeouts
            except (OSError, TimeoutError) as err:
                raise EngineUnavailable(
                    f"cannot reach the Dask scheduler at {self.config.scheduler}: {err}"
                ) from err
            workers = sum(self.client.nthreads().values()) or 1
        else:
            self.cluster = LocalCluster(
                n_workers=self.config.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            self.client = Client(self.cluster)
            workers = self.config.workers
        self.max_in_flight = 2 * max(1, workers)

    def send(self, articles: list[Article]) -> Any:
        return self.client.submit(process_chunk, articles, self.config, pure=False)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def make_engine(config: Config) -> Engine:
    """The engine named by ``config.engine`` (``local`` uses a pool when ``workers > 1``).

    Raises:
        ValueError: an unknown engine name.
    """
    if config.engine == "dask":
        return DaskEngine(config)
    if config.engine == "local":
        return PoolEngine(config) if config.workers > 1 else LocalEngine(config)
    raise ValueError(f"unknown engine {config.engine!r}; choose one of {', '.join(ENGINES)}")
