"""Read the Parquet tables of a run back into pandas, with dtypes a user can rely on.

Every table comes back the same way, whatever wrote it:

- dates (Arrow ``date32``/``date64``) as ``datetime.date`` objects in ``object`` columns,
  ``None`` when missing;
- lists (``list<string>`` and friends) as Python ``list`` objects, an empty list when the
  stored value is null;
- integers as pandas' nullable ``Int32``/``Int64`` so that a missing age stays missing
  instead of turning the column into floats;
- strings as pandas' default string dtype (``str`` in pandas 3, missing values are NaN).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schemas import TABLES

_INT_DTYPES: dict[pa.DataType, pd.api.extensions.ExtensionDtype] = {
    pa.int8(): pd.Int8Dtype(),
    pa.int16(): pd.Int16Dtype(),
    pa.int32(): pd.Int32Dtype(),
    pa.int64(): pd.Int64Dtype(),
}


def table_paths(out_dir: str | Path) -> dict[str, Path]:
    """Find the tables of ``out_dir``: ``{table name: path}``.

    A table is a file ``<name>.parquet``, a folder ``<name>.parquet/`` of part files, or a
    folder ``<name>/`` of part files when ``name`` is one of :data:`pipeline.schemas.TABLES`.
    Any other ``*.parquet`` (``cases.parquet``, ``persons.parquet``, ...) is a table too.

    Limits: does not look into sub-folders other than those named after a table, and
    ignores files whose name starts with ``_`` or ``.`` (stage caches, temporary files).
    """
    out_dir = Path(out_dir)
    found: dict[str, Path] = {}
    for path in sorted(out_dir.glob("*.parquet")):
        if not path.name.startswith(("_", ".")):
            found[path.name.removesuffix(".parquet")] = path
    for name in TABLES:
        folder = out_dir / name
        if name not in found and folder.is_dir() and any(folder.glob("*.parquet")):
            found[name] = folder
    return found


def _arrow_to_pandas(table: pa.Table) -> pd.DataFrame:
    """Convert one Arrow table with the dtypes described in the module docstring."""
    frame = table.to_pandas(types_mapper=_INT_DTYPES.get, date_as_object=True)
    for i, field in enumerate(table.schema):
        kind = field.type
        if pa.types.is_list(kind) or pa.types.is_large_list(kind):
            values = table.column(i).to_pylist()
            frame[field.name] = pd.Series(
                [[] if v is None else v for v in values], index=frame.index, dtype=object
            )
    return frame


def read_table(path: str | Path) -> pd.DataFrame:
    """Read one table (a Parquet file or a folder of part files) into a DataFrame.

    Limits: a folder is read with :func:`pyarrow.parquet.read_table`, so its part files
    must share one schema (Hive partition folders become extra columns).
    """
    return _arrow_to_pandas(pq.read_table(path))


def load_tables(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Load every table of the run in ``out_dir``, keyed by table name.

    Args:
        out_dir: the folder given to ``python -m pipeline run --out``.

    Returns:
        The tables of :data:`pipeline.schemas.TABLES` that exist, then any other
        ``*.parquet`` found, in that order. Dtypes are those of the module docstring.

    Limits: reads each table whole into memory; a table that was not written is absent
    from the dict rather than empty. Raises ``FileNotFoundError`` when ``out_dir`` is not a
    folder.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FileNotFoundError(f"{out_dir} is not a folder")
    paths = table_paths(out_dir)
    ordered = [name for name in TABLES if name in paths]
    ordered += [name for name in paths if name not in TABLES]
    return {name: read_table(paths[name]) for name in ordered}


def parquet_glob(out_dir: str | Path, table: str) -> str:
    """A path or glob that DuckDB's ``read_parquet`` reads as ``table`` of ``out_dir``.

    ``<out_dir>/<table>.parquet`` for a single file, ``<folder>/*.parquet`` for a folder of
    part files. Raises ``FileNotFoundError`` when the table was not written.

    Limits: the path is returned as is; quote it (double any ``'``) before putting it in SQL.
    """
    paths = table_paths(out_dir)
    if table not in paths:
        raise FileNotFoundError(f"{out_dir} has no table {table!r}")
    path = paths[table]
    return str(path / "*.parquet") if path.is_dir() else str(path)
