"""casefacts: news articles in, Parquet tables of case facts out."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.3.0"

if TYPE_CHECKING:
    import pandas as pd


def load(out_dir: str = "outputs") -> dict[str, pd.DataFrame]:
    """Load every table in ``out_dir`` as pandas DataFrames keyed by table name.

    Dates come back as ``datetime.date`` objects in ``object`` columns (Arrow ``date32``),
    lists as Python lists. Tables that were not written are absent from the dict.
    """
    from pipeline.loader import load_tables

    return load_tables(out_dir)


__all__ = ["__version__", "load"]
