"""Run-level reliability: a killed run never breaks the published tables; one run at a time."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
from corpus_factory import read_tables, write_corpus

from pipeline.run import OutputLock
from pipeline.schemas import TABLES

ROOT = Path(__file__).resolve().parents[1]


def start_run(corpus: Path, out: Path, *args: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out)]
    return subprocess.Popen(
        [*command, "--no-progress", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    stdout, stderr = process.communicate(timeout=120)
    return process.returncode, stdout, stderr


def test_sigkill_at_any_moment_leaves_the_previous_tables(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    write_corpus(corpus, 300)
    code, stdout, stderr = finish(start_run(corpus, out))
    assert code == 0, stderr
    assert "300 articles (ok 300)" in stdout
    published = read_tables(out)
    assert set(published) == set(TABLES)

    rng = random.Random(7)
    killed_while_running = 0
    for delay in [rng.uniform(0.0, 3.0) for _ in range(3)]:
        before = set(out.glob(".tmp-write-*"))
        process = start_run(corpus, out, "--full")
        deadline = time.monotonic() + 60
        while set(out.glob(".tmp-write-*")) <= before and time.monotonic() < deadline:
            time.sleep(0.02)  # until this run holds the lock and has started writing
        time.sleep(delay)
        if process.poll() is None:
            killed_while_running += 1
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        for name in TABLES:
            table = pq.read_table(out / f"{name}.parquet")
            assert table.to_pylist() == published[name], f"{name} after kill at {delay:.1f}s"
    assert killed_while_running >= 2
    assert list(out.glob(".tmp-write-*")), "the killed runs left their temporary folders"
    code, stdout, stderr = finish(start_run(corpus, out))
    assert code == 0, stderr
    assert read_tables(out) == published
    assert not list(out.glob(".tmp-write-*"))


def test_second_run_on_the_same_output_refuses_with_status_3(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    write_corpus(corpus, 2)
    lock = OutputLock(out)
    try:
        code, _, stderr = finish(start_run(corpus, out))
    finally:
        lock.release()
    assert code == 3
    lines = stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: another run is writing to")
    assert not (out / "articles.parquet").exists()
    code, _, stderr = finish(start_run(corpus, out))
    assert code == 0, stderr


def test_two_real_runs_at_once_one_refuses(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    write_corpus(corpus, 40)
    first = start_run(corpus, out)
    deadline = time.monotonic() + 30
    while not (out / ".lock").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    second = start_run(corpus, out)
    codes = sorted([finish(first)[0], finish(second)[0]])
    assert codes == [0, 3]


def test_writer_cuts_row_groups_by_size(tmp_path: Path) -> None:
    from pipeline.write import TableWriter

    schema = TABLES["articles"]
    rows = [
        {"article_id": str(i), "path": f"{i}.txt", "status": "ok", "text": "word " * 200}
        for i in range(50)
    ]
    tables = {"articles": schema}
    with TableWriter(tmp_path, tables=tables, batch_bytes=5_000, convert_rows=1) as writer:
        for row in rows:
            writer.add("articles", [row])
        assert writer.publish() == {"articles": 50}
    file = pq.ParquetFile(tmp_path / "articles.parquet")
    assert file.metadata.num_row_groups == 10
    assert [r["article_id"] for r in file.read().to_pylist()] == [str(i) for i in range(50)]
    assert not list(tmp_path.glob(".tmp-write-*"))
