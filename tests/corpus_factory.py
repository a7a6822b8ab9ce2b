"""Small generated corpora and table readers shared by the run, engine and reliability tests."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.schemas import TABLES

FIRST = ["John", "Mary", "Ahmed", "Olga", "Peter", "Sara", "Tom", "Lucy"]
LAST = ["Smith", "Jones", "Khan", "Novak", "Brown", "Evans", "Green", "Hall"]
PLACES = ["London", "Leeds", "Paris", "Madrid", "Cardiff", "Glasgow"]
ORGS = ["the Metropolitan Police", "Apple", "Barclays", "the BBC", "Tesco"]
MONTHS = ["January", "March", "May", "June", "October", "December"]


def article_text(n: int) -> str:
    """A short news-like article, different for every ``n``."""
    rng = random.Random(n)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return (
        f"{name}, {20 + n % 60}, was arrested in {rng.choice(PLACES)} on "
        f"{1 + n % 28} {rng.choice(MONTHS)} {2000 + n % 25} by {rng.choice(ORGS)}.\n\n"
        f"{rng.choice(ORGS).capitalize()} said {name.split()[0]} had worked in "
        f"{rng.choice(PLACES)} for {n % 9 + 2} years. Story number {n}."
    )


def write_corpus(folder: Path, n: int, order: list[int] | None = None) -> list[Path]:
    """Write ``n`` articles as ``folder/NNN.txt`` (in ``order`` if given); return paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in order if order is not None else range(n):
        path = folder / f"{i:03d}.txt"
        path.write_text(article_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def read_tables(out_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Every published table in ``out_dir`` as lists of rows."""
    return {
        name: pq.read_table(out_dir / f"{name}.parquet").to_pylist()
        for name in TABLES
        if (out_dir / f"{name}.parquet").exists()
    }
