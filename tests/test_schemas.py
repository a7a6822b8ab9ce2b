"""Every table and column is documented, in the schema and in the README."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pytest

from pipeline.schemas import CORPUS_TABLES, TABLES, column_docs

ROOT = Path(__file__).parents[1]


def test_every_column_has_a_description() -> None:
    for table, columns in column_docs().items():
        for column, doc in columns.items():
            assert doc, f"{table}.{column} has no description"


@pytest.mark.parametrize("table", sorted({**TABLES, **CORPUS_TABLES}))
def test_readme_documents_every_column(table: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`{table}`" in readme, f"README does not describe the {table} table"
    section = readme.split(f"`{table}`", 1)[1]
    for column in {**TABLES, **CORPUS_TABLES}[table].names:
        assert f"`{column}`" in section, f"README does not document {table}.{column}"


def test_the_pinned_model_is_the_installed_one() -> None:
    pinned = json.loads((ROOT / "models" / "model.json").read_text())
    assert metadata.version(pinned["package"]) == pinned["version"]
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert f'"{pinned["package"]}=={pinned["version"]}"' in pyproject
