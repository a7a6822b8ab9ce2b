"""Write stage: rows → Parquet tables with explicit Arrow schemas, published atomically.

``TableWriter`` streams rows into one Parquet file per table inside a temporary folder in
the output folder (a row group whenever a table has buffered ``batch_rows`` rows or about
``batch_chars`` characters of text, so memory stays flat even for the ``articles`` table
and its full texts), then ``publish`` moves every file into place with ``os.replace``. A
run killed at any moment leaves the previous tables complete and readable.

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

    Args:
        out_dir: the output folder (created if missing).
        batch_rows: rows buffered per table before a row group is written.
        batch_chars: characters of text buffered per table before a row group is written.
        tables: the schemas to write (default: every table in ``pipeline.schemas``).
    """

    def __init__(
        self,
        out_dir: Path,
        batch_rows: int = 20_000,
        tables: dict[str, pa.Schema] | None = None,
        batch_chars: int = 8_000_000,
    ) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.tables = tables or TABLES
        self.batch_rows = batch_rows
        self.batch_chars = batch_chars
        self.chars: dict[str, int] = dict.fromkeys(self.tables, 0)
        self.tmp = Path(tempfile.mkdtemp(prefix=".tmp-write-", dir=self.out_dir))
        self.buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in self.tables}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts: dict[str, int] = dict.fromkeys(self.tables, 0)

    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Queue rows for ``table``; a row group is written when the buffer is full."""
        buffer = self.buffers[table]
        buffer.extend(rows)
        self.counts[table] += len(rows)
        self.chars[table] += sum(len(v) for row in rows for v in row.values() if type(v) is str)
        if len(buffer) >= self.batch_rows or self.chars[table] >= self.batch_chars:
            self._flush(table)

    def _flush(self, table: str) -> None:
        schema = schema_with_docs(self.tables[table], table)
        buffer = self.buffers[table]
        if table not in self.writers:
            self.writers[table] = pq.ParquetWriter(
                self.tmp / f"{table}.parquet", schema, compression="zstd"
            )
        if buffer:
            batch = pa.Table.from_pylist(buffer, schema=schema)
            self.writers[table].write_table(batch)
        self.buffers[table] = []
        self.chars[table] = 0

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
