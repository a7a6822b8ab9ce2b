"""Write stage: rows → Parquet tables with explicit Arrow schemas, published atomically.

``TableWriter`` streams rows into one Parquet file per table inside a temporary folder in
the output folder (rows are kept as compact Arrow batches and written as a row group
whenever a table holds ``batch_rows`` rows or ``batch_bytes`` bytes, so memory stays flat
even for the ``articles`` table and its full texts), then ``publish`` moves every file
into place with ``os.replace``. A run killed at any moment leaves the previous tables
complete and readable.

Limits: each file is replaced atomically, the set of files is not: a run killed between
two ``os.replace`` calls (microseconds apart) leaves some tables from the new run and the
others from the previous one, each complete. ``manifest.json`` is replaced last.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schemas import TABLES


def schema_with_docs(schema: pa.Schema, table: str) -> pa.Schema:
    """The table's schema with its name in the file metadata."""
    return schema.with_metadata({"casefacts.table": table})


def _fsync(path: Path) -> None:
    """Flush a file or folder to disk, so a power cut cannot publish an empty file."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class TableWriter:
    """Stream rows of every table into Parquet files, then publish them atomically.

    Rows are held as Python dicts only briefly: every ``convert_rows`` rows (or about
    1 MB of text) they become a compact Arrow record batch, and a row group is written
    when a table holds ``batch_rows`` rows or ``batch_bytes`` bytes of batches. Memory
    is therefore bounded per table, whatever the size of the archive.

    Args:
        out_dir: the output folder (created if missing).
        batch_rows: rows per Parquet row group (at most).
        tables: the schemas to write (default: every table in ``pipeline.schemas``).
        batch_bytes: Arrow bytes buffered per table before a row group is written.
        convert_rows: Python rows buffered per table before they are made Arrow.
    """

    def __init__(
        self,
        out_dir: Path,
        batch_rows: int = 20_000,
        tables: dict[str, pa.Schema] | None = None,
        batch_bytes: int = 16_000_000,
        convert_rows: int = 1_024,
    ) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.tables = tables or TABLES
        self.schemas = {name: schema_with_docs(s, name) for name, s in self.tables.items()}
        self.batch_rows = batch_rows
        self.batch_bytes = batch_bytes
        self.convert_rows = min(convert_rows, batch_rows)
        self.tmp = Path(tempfile.mkdtemp(prefix=".tmp-write-", dir=self.out_dir))
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in self.tables}
        self.chars: dict[str, int] = dict.fromkeys(self.tables, 0)
        self.batches: dict[str, list[pa.RecordBatch]] = {name: [] for name in self.tables}
        self.batched_rows: dict[str, int] = dict.fromkeys(self.tables, 0)
        self.batched_bytes: dict[str, int] = dict.fromkeys(self.tables, 0)
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts: dict[str, int] = dict.fromkeys(self.tables, 0)

    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Queue rows for ``table``; a row group is written when enough are queued."""
        if not rows:
            return
        self.rows[table].extend(rows)
        self.counts[table] += len(rows)
        self.chars[table] += sum(len(v) for row in rows for v in row.values() if type(v) is str)
        if len(self.rows[table]) >= self.convert_rows or self.chars[table] >= 1_000_000:
            self._convert(table)
            if (
                self.batched_rows[table] >= self.batch_rows
                or self.batched_bytes[table] >= self.batch_bytes
            ):
                self._write(table)

    def _convert(self, table: str) -> None:
        """Turn the table's queued Python rows into one Arrow record batch."""
        if self.rows[table]:
            batch = pa.RecordBatch.from_pylist(self.rows[table], schema=self.schemas[table])
            self.batches[table].append(batch)
            self.batched_rows[table] += batch.num_rows
            self.batched_bytes[table] += batch.nbytes
        self.rows[table] = []
        self.chars[table] = 0

    def _write(self, table: str) -> None:
        """Write the table's record batches as one row group (opening the file if new)."""
        if table not in self.writers:
            self.writers[table] = pq.ParquetWriter(
                self.tmp / f"{table}.parquet", self.schemas[table], compression="zstd"
            )
        if self.batches[table]:
            data = pa.Table.from_batches(self.batches[table], schema=self.schemas[table])
            self.writers[table].write_table(data, row_group_size=max(1, data.num_rows))
        self.batches[table] = []
        self.batched_rows[table] = 0
        self.batched_bytes[table] = 0

    def _flush(self, table: str) -> None:
        self._convert(table)
        self._write(table)

    def publish(self, manifest: dict[str, Any] | None = None) -> dict[str, int]:
        """Close every file and move it into ``out_dir``; return row counts per table."""
        for table in self.tables:
            self._flush(table)
            self.writers[table].close()
            _fsync(self.tmp / f"{table}.parquet")
        for table in self.tables:
            os.replace(self.tmp / f"{table}.parquet", self.out_dir / f"{table}.parquet")
        info = {"tables": self.counts, **(manifest or {})}
        manifest_tmp = self.tmp / "manifest.json"
        manifest_tmp.write_text(json.dumps(info, indent=2, sort_keys=True, default=str))
        _fsync(manifest_tmp)
        os.replace(manifest_tmp, self.out_dir / "manifest.json")
        _fsync(self.out_dir)
        shutil.rmtree(self.tmp, ignore_errors=True)
        return dict(self.counts)

    def abort(self) -> None:
        """Drop the temporary files; the published tables stay as they were."""
        for writer in self.writers.values():
            with contextlib.suppress(Exception):  # already broken: nothing to keep
                writer.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.abort()
