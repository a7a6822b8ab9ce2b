"""``pipeline run``: incremental re-runs, the summary and the exit status."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_factory import read_tables, write_corpus
from typer.testing import CliRunner

import pipeline.config
from pipeline.cli import app
from pipeline.config import Config
from pipeline.run import run_pipeline
from pipeline.schemas import TABLES

ROOT = Path(__file__).resolve().parents[1]


def manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text())


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "in", 6)
    return tmp_path / "in"


def run(corpus: Path, out: Path, **kwargs: object):
    return run_pipeline(corpus, out, Config(batch_size=4), progress=False, **kwargs)


def test_rerun_with_nothing_changed_reprocesses_nothing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run(corpus, out)
    tables = read_tables(out)
    again = run(corpus, out)
    assert (first.processed, first.reused) == (6, 0)
    assert (again.processed, again.reused) == (0, 6)
    assert manifest(out)["processed"] == 0
    assert read_tables(out) == tables


def test_one_changed_file_reprocesses_exactly_one(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(corpus, out)
    (corpus / "002.txt").write_text("Anna Berg, 33, lives in Oslo.", encoding="utf-8")
    summary = run(corpus, out)
    assert (summary.processed, summary.reused) == (1, 5)
    assert (manifest(out)["processed"], manifest(out)["reused"]) == (1, 5)
    texts = {r["path"]: r["text"] for r in read_tables(out)["articles"]}
    assert texts["002.txt"] == "Anna Berg, 33, lives in Oslo."


def test_removed_file_drops_its_rows_from_every_table(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(corpus, out)
    gone = {r["article_id"] for r in read_tables(out)["articles"] if r["path"] == "003.txt"}
    assert len(gone) == 1
    before = read_tables(out)
    assert any(r["article_id"] in gone for r in before["mentions"])
    (corpus / "003.txt").unlink()
    run(corpus, out)
    after = read_tables(out)
    assert len(after["articles"]) == 5
    for name, rows in after.items():
        assert not [r for r in rows if r["article_id"] in gone], name
    with sqlite3.connect(out / "_cache.sqlite") as db:
        cached = {r[0] for r in db.execute("SELECT article_id FROM results")}
    assert cached == {r["article_id"] for r in after["articles"]}


def test_full_reprocesses_every_article(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(corpus, out)
    assert run(corpus, out, full=True).processed == 6


@pytest.mark.parametrize(
    "change",
    [
        ("__version__", "999.0.0"),
        ("model_version", lambda name: "999.0.0"),
        ("rules_digest", lambda: "an-edited-rule"),
    ],
    ids=["pipeline-version", "model-version", "rules"],
)
def test_changed_fingerprint_reprocesses_every_article(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: tuple
) -> None:
    out = tmp_path / "out"
    run(corpus, out)
    before = manifest(out)["config_fingerprint"]
    monkeypatch.setattr(pipeline.config, *change)
    summary = run(corpus, out)
    assert summary.processed == 6
    assert manifest(out)["config_fingerprint"] != before


def test_rerun_with_nothing_to_parse_never_imports_spacy(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(corpus, out)
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "copy.txt").write_bytes((corpus / "000.txt").read_bytes())
    code = (
        "import sys; from pathlib import Path; from pipeline.config import Config; "
        "from pipeline.run import run_pipeline; "
        f"s = run_pipeline(Path({str(corpus)!r}), Path({str(out)!r}), Config(), progress=False); "
        "print(s.processed, 'spacy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["2", "False"]
    statuses = {r["path"]: r["status"] for r in read_tables(out)["articles"]}
    assert (statuses["empty.txt"], statuses["copy.txt"]) == ("empty", "skipped")


def test_one_bad_article_is_recorded_and_the_run_succeeds(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.normalise

    real = pipeline.normalise.normalise_article

    def fragile(article, extraction):
        if article.path == "001.txt":
            raise ValueError("bad article")
        return real(article, extraction)

    monkeypatch.setattr(pipeline.normalise, "normalise_article", fragile)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "6 articles (error 1, ok 5)" in result.output
    assert "rows: articles 6" in result.output
    rows = {r["path"]: r for r in read_tables(out)["articles"]}
    assert rows["001.txt"]["status"] == "error"
    assert "bad article" in rows["001.txt"]["error"]
    assert set(read_tables(out)) == set(TABLES)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--engine", "spark"], "unknown engine 'spark'"),
        (["--scheduler", "tcp://localhost:8786"], "--scheduler needs --engine dask"),
        (["--workers", "0"], "--workers must be at least 1"),
    ],
)
def test_bad_run_options_are_one_line_errors(
    corpus: Path, tmp_path: Path, options: list[str], message: str
) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(out), *options])
    assert result.exit_code == 2
    assert message in result.output
    assert not out.exists()


def test_missing_model_is_a_one_line_error(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["run", str(corpus), "--out", str(out), "--model", "no_such_model_xx", "--no-progress"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "'no_such_model_xx' is not installed" in result.output
    assert not (out / "articles.parquet").exists()
