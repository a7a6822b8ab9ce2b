"""CLI: --help everywhere, clear one-line errors with exit status 2 for bad input folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["run"],
        ["ingest"],
        ["extract"],
        ["normalise"],
        ["write"],
        ["report"],
        ["eval"],
        ["eval", "dates"],
        ["eval", "facts"],
        ["eval", "ner"],
        ["eval", "cases"],
    ],
)
def test_help_everywhere(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_missing_input_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert "Traceback" not in result.output


def test_empty_input_folder_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no files" in result.output


def test_module_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "run" in done.stdout
