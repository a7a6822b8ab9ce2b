"""Throughput, scaling, memory and incremental re-run benchmark of ``pipeline run``.

    python benchmarks/bench.py --corpus ../shared/data/bbc            # what `make bench` runs
    python benchmarks/bench.py --corpus ../shared/data/bbc --quick    # smoke run, ~100 files
    python benchmarks/bench.py --corpus DIR --limit 500 --workers 2 --dask

Prints, side by side, in one run:

1. words/s of plain ``nlp.pipe`` over the texts ``pipeline run`` processes, with every
   default component of the model (naive) and with only the components the pipeline
   keeps (``Config.disabled`` excluded), same ``batch_size`` as the pipeline;
2. words/s of the whole ``pipeline run`` (a subprocess: start-up, ingest, model load,
   extract, normalise, Parquet) with 1 and N worker processes, the ratios to (1) and the
   speed-up;
3. peak resident memory of the run's whole process tree (children included, psutil
   sampled every 50 ms) for the corpus and for the corpus repeated four times
   (symlinked copies), and their ratio. Ingest marks exact duplicates ``skipped``, so
   with symlinks the three extra copies are read and written but not parsed; with
   ``--distinct-copies`` each copy is a real file with one line added, and the 4x run
   parses four times the words (and takes four times as long);
4. the time of a re-run with nothing changed and with one article changed, against the
   full run, and the ``processed`` count of each from ``manifest.json``.

Then a PASS/FAIL line per target and a one-line JSON summary (the last line). Next to
each words/s by the clock, words per CPU second (the process tree's user + system time)
is printed too: it moves much less when other jobs share the machine.

``nlp.pipe`` is timed over its loop only (the model already loaded); a pipeline run is
timed whole, from interpreter start to the published tables.

Limits: timings are wall-clock and only meaningful on an otherwise idle machine (the load
average at the start is printed); peak memory sums RSS over processes, so pages shared
between forked workers are counted once per process (an upper bound). The corpus is
read through symlinks in a temporary folder, never modified.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = {
    "pipeline_vs_naive": 1.0,
    "pipeline_vs_needed": 0.85,
    "speedup_2_workers": 1.7,
    "peak_memory_mb": 1536,
    "memory_ratio_4x": 1.2,
    "rerun_unchanged_share": 0.03,
}


class PeakMemory:
    """Sample the RSS of a process and all its descendants every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        import psutil

        while not self.stop.is_set():
            total = 0
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            for process in processes:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            self.stop.wait(self.interval)

    def finish(self) -> int:
        """Stop sampling; return the peak in bytes."""
        self.stop.set()
        self.thread.join()
        return self.peak


def children_cpu() -> float:
    """CPU seconds (user + system) of every finished, waited-for descendant so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_measured(command: list[str]) -> tuple[float, int, str, float]:
    """Run ``command`` from the project root.

    Returns:
        (wall seconds, peak RSS of the process tree in bytes, stdout, CPU seconds of the
        tree: workers that the command waits for are included).
    """
    cpu = children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    memory = PeakMemory(process.pid)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    peak = memory.finish()
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{stderr}")
    return seconds, peak, stdout, children_cpu() - cpu


def pipeline_run(corpus: Path, out: Path, workers: int, *extra: str) -> dict[str, Any]:
    """Time one ``pipeline run``; return seconds, peak memory and its manifest."""
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out)]
    command += ["--workers", str(workers), "--no-progress", *extra]
    seconds, peak, _, cpu = run_measured(command)
    manifest = json.loads((out / "manifest.json").read_text())
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_bytes": peak, "manifest": manifest}


def symlink_tree(source: Path, target: Path, files: list[Path], mark: str = "") -> None:
    """Recreate ``files`` (under ``source``) under ``target``: symlinks, or copies with
    ``mark`` appended as a last line when ``mark`` is given (so they are not duplicates).
    """
    for file in files:
        link = target / file.relative_to(source)
        link.parent.mkdir(parents=True, exist_ok=True)
        if mark:
            link.write_bytes(file.read_bytes().rstrip() + f"\n\n{mark}\n".encode())
        else:
            link.symlink_to(file.resolve())


def naive_main(corpus: Path, components: str) -> None:
    """(Subprocess) time ``nlp.pipe`` over the ingested texts; print JSON."""
    import spacy

    from pipeline.config import Config
    from pipeline.ingest import ingest

    config = Config()
    texts = [a.text for a in ingest(corpus) if a.status == "ok" and a.text.strip()]
    exclude = list(config.disabled) if components == "needed" else []
    nlp = spacy.load(config.model, exclude=exclude)
    words = sum(len(t.split()) for t in texts)
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=config.batch_size):
        pass
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    result = {"words": words, "seconds": seconds, "cpu_seconds": cpu}
    print(json.dumps({**result, "components": nlp.pipe_names}))


def naive(corpus: Path, components: str) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--corpus", str(corpus)]
    _, peak, stdout, _ = run_measured([*command, "--naive", components])
    result = json.loads(stdout.strip().splitlines()[-1])
    result["peak_bytes"] = peak
    return result


def change_one_article(corpus: Path, out: Path) -> Path:
    """Replace the first parsed (``ok``) article's symlink by a changed copy; return it."""
    import pyarrow.parquet as pq

    articles = pq.read_table(out / "articles.parquet", columns=["path", "status"]).to_pylist()
    first = corpus / next(a["path"] for a in articles if a["status"] == "ok")
    text = first.read_text(encoding="utf-8", errors="replace")
    first.unlink()
    first.write_text(text.rstrip() + "\n\nThis article was updated.\n", encoding="utf-8")
    return first


def mb(n_bytes: float) -> float:
    return round(n_bytes / 2**20, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / ".." / "shared" / "data" / "bbc")
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument("--quick", action="store_true", help="smoke run: --limit 100")
    parser.add_argument("--workers", type=int, default=2, help="the parallel run's workers")
    parser.add_argument(
        "--distinct-copies",
        action="store_true",
        help="make the 4x corpus of changed copies (parsed) instead of symlinks (skipped)",
    )
    parser.add_argument(
        "--dask", action="store_true", help="also time --engine dask with --workers processes"
    )
    parser.add_argument("--keep", type=Path, default=None, help="keep the work folder here")
    parser.add_argument("--naive", choices=["all", "needed"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.naive:
        naive_main(args.corpus, args.naive)
        return
    if not args.corpus.is_dir():
        raise SystemExit(f"error: corpus folder {args.corpus} not found")
    limit = 100 if args.quick and args.limit is None else args.limit

    files = sorted(p for p in args.corpus.rglob("*") if p.is_file())[:limit]
    work = Path(tempfile.mkdtemp(prefix="casefacts-bench-"))
    try:
        report = benchmark(args.corpus, files, work, args.workers, args.distinct_copies, args.dask)
    finally:
        if args.keep:
            shutil.copytree(work, args.keep, symlinks=True, dirs_exist_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report, sort_keys=True))


def benchmark(
    source: Path,
    files: list[Path],
    work: Path,
    workers: int,
    distinct: bool = False,
    dask: bool = False,
) -> dict[str, Any]:
    """Run every measurement; print the table; return the summary."""
    corpus, corpus4 = work / "corpus", work / "corpus-x4"
    symlink_tree(source, corpus, files)
    for copy in range(4):
        mark = f"(Copy {copy} of this article.)" if distinct and copy else ""
        symlink_tree(source, corpus4 / f"copy{copy}", files, mark)
    cores = os.cpu_count() or 1
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {cores} cores ({usable} usable), load average {load:.2f} at start")
    print(f"corpus: {len(files)} files from {source}")
    copies = "distinct copies, all parsed" if distinct else "symlinks, 3 copies skipped"
    print(f"4x corpus: {copies}")

    all_components = naive(corpus, "all")
    needed = naive(corpus, "needed")
    words = all_components["words"]
    naive_wps = words / all_components["seconds"]
    needed_wps = words / needed["seconds"]
    naive_cpu = words / all_components["cpu_seconds"]
    needed_cpu = words / needed["cpu_seconds"]
    print(
        f"words: {words}; nlp.pipe peak memory {mb(all_components['peak_bytes'])} MB (every "
        f"component), {mb(needed['peak_bytes'])} MB (needed)"
    )
    print(
        f"{'nlp.pipe, every component':<34}{naive_wps:>8.0f} words/s {naive_cpu:>8.0f} /cpu-s  "
        f"{all_components['components']}"
    )
    print(
        f"{'nlp.pipe, needed components':<34}{needed_wps:>8.0f} words/s {needed_cpu:>8.0f} /cpu-s  "
        f"{needed['components']}"
    )

    one = pipeline_run(corpus, work / "out-1", 1)
    many = pipeline_run(corpus, work / f"out-{workers}", workers)
    one_wps, many_wps = words / one["seconds"], words / many["seconds"]
    one_cpu, many_cpu = words / one["cpu_seconds"], words / many["cpu_seconds"]
    print(
        f"{'pipeline run, 1 worker':<34}{one_wps:>8.0f} words/s {one_cpu:>8.0f} /cpu-s  "
        f"{one_wps / naive_wps:.2f}x naive, {one_wps / needed_wps:.2f}x needed "
        f"(by CPU: {one_cpu / naive_cpu:.2f}x, {one_cpu / needed_cpu:.2f}x), "
        f"{one['seconds']:.1f}s"
    )
    print(
        f"{f'pipeline run, {workers} workers':<34}{many_wps:>8.0f} words/s "
        f"{many_cpu:>8.0f} /cpu-s  "
        f"{many_wps / naive_wps:.2f}x naive, speed-up {many_wps / one_wps:.2f}x, "
        f"{many['seconds']:.1f}s"
    )

    dask_wps = None
    if dask:
        on_dask = pipeline_run(corpus, work / "out-dask", workers, "--engine", "dask")
        dask_wps = words / on_dask["seconds"]
        print(
            f"{f'pipeline run, dask, {workers} workers':<34}{dask_wps:>8.0f} words/s "
            f"{words / on_dask['cpu_seconds']:>8.0f} /cpu-s  "
            f"speed-up {dask_wps / one_wps:.2f}x, peak memory {mb(on_dask['peak_bytes'])} MB, "
            f"{on_dask['seconds']:.1f}s"
        )

    big = pipeline_run(corpus4, work / "out-x4", workers)
    ratio_4x = big["peak_bytes"] / many["peak_bytes"]
    print(
        f"peak memory (process tree): 1 worker {mb(one['peak_bytes'])} MB, "
        f"{workers} workers {mb(many['peak_bytes'])} MB, "
        f"4x corpus with {workers} workers {mb(big['peak_bytes'])} MB "
        f"(ratio {ratio_4x:.2f}, {big['seconds']:.1f}s)"
    )

    unchanged = pipeline_run(corpus, work / "out-1", 1)
    change_one_article(corpus, work / "out-1")
    changed = pipeline_run(corpus, work / "out-1", 1)
    print(
        f"re-run, nothing changed: {unchanged['seconds']:.2f}s "
        f"({unchanged['seconds'] / one['seconds']:.1%} of the full run), "
        f"processed {unchanged['manifest']['processed']}"
    )
    print(
        f"re-run, one article changed: {changed['seconds']:.2f}s "
        f"({changed['seconds'] / one['seconds']:.1%} of the full run), "
        f"processed {changed['manifest']['processed']}, reused {changed['manifest']['reused']}"
    )

    peak = max(r["peak_bytes"] for r in (one, many, big))
    summary = {
        "cores": cores,
        "load_average": round(load, 2),
        "files": len(files),
        "distinct_copies": distinct,
        "words": words,
        "naive_words_per_s": round(naive_wps),
        "needed_words_per_s": round(needed_wps),
        "pipeline_words_per_s": round(one_wps),
        f"pipeline_{workers}_workers_words_per_s": round(many_wps),
        "pipeline_vs_naive": round(one_wps / naive_wps, 3),
        "pipeline_vs_needed": round(one_wps / needed_wps, 3),
        "pipeline_vs_naive_cpu": round(one_cpu / naive_cpu, 3),
        "pipeline_vs_needed_cpu": round(one_cpu / needed_cpu, 3),
        f"pipeline_{workers}_workers_vs_naive": round(many_wps / naive_wps, 3),
        f"speedup_{workers}_workers": round(many_wps / one_wps, 3),
        "dask_words_per_s": round(dask_wps) if dask_wps else None,
        "peak_memory_mb": mb(peak),
        "naive_peak_memory_mb": mb(all_components["peak_bytes"]),
        "peak_memory_1x_mb": mb(many["peak_bytes"]),
        "peak_memory_4x_mb": mb(big["peak_bytes"]),
        "memory_ratio_4x": round(ratio_4x, 3),
        "full_run_s": round(one["seconds"], 2),
        "rerun_unchanged_s": round(unchanged["seconds"], 2),
        "rerun_unchanged_share": round(unchanged["seconds"] / one["seconds"], 4),
        "rerun_unchanged_processed": unchanged["manifest"]["processed"],
        "rerun_one_changed_s": round(changed["seconds"], 2),
        "rerun_one_changed_processed": changed["manifest"]["processed"],
    }
    checks = {
        "pipeline >= 1.0x naive nlp.pipe": summary["pipeline_vs_naive"] >= 1.0,
        "pipeline >= 0.85x needed nlp.pipe": summary["pipeline_vs_needed"] >= 0.85,
        f"{workers} workers >= 1.7x one": summary[f"speedup_{workers}_workers"] >= 1.7,
        "peak memory <= 1.5 GB": peak <= TARGETS["peak_memory_mb"] * 2**20,
        "4x corpus memory <= 1.2x": ratio_4x <= TARGETS["memory_ratio_4x"],
        "unchanged re-run <= 3% of full": summary["rerun_unchanged_share"] <= 0.03,
        "unchanged re-run processes 0": summary["rerun_unchanged_processed"] == 0,
        "one changed article processes 1": summary["rerun_one_changed_processed"] == 1,
    }
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    summary["passed"] = [n for n, ok in checks.items() if ok]
    summary["failed"] = [n for n, ok in checks.items() if not ok]
    return summary


if __name__ == "__main__":
    main()
