"""Per-article result cache for incremental runs (SQLite, one file in the output folder).

An article is reprocessed only when its key changes: the key hashes its text, publication
date, title and the run's config fingerprint (model, model version, pipeline version,
settings). Rows are stored as zlib-compressed JSON (never pickle).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from pathlib import Path
from typing import Any

from pipeline.article import Article
from pipeline.schemas import restore_dates

CACHE_FILE = "_cache.sqlite"


def article_key(article: Article, fingerprint: str) -> str:
    """The cache key of an article under a config fingerprint."""
    parts = [
        article.row()["content_hash"],
        str(article.published),
        article.title or "",
        article.status,
        fingerprint,
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


class ResultCache:
    """Store and fetch each article's table rows by ``article_id`` and key."""

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / CACHE_FILE
        self.db = sqlite3.connect(self.path)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS results "
            "(article_id TEXT PRIMARY KEY, key TEXT NOT NULL, payload BLOB NOT NULL)"
        )
        self.pending = 0

    def get(self, article_id: str, key: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """``(article_fields, tables)`` cached under ``key``, or None."""
        row = self.db.execute(
            "SELECT payload FROM results WHERE article_id = ? AND key = ?", (article_id, key)
        ).fetchone()
        if row is None:
            return None
        data = json.loads(zlib.decompress(row[0]))
        restore_dates("articles", [data["article"]])
        for table, rows in data["tables"].items():
            restore_dates(table, rows)
        return data["article"], data["tables"]

    def put(self, article_id: str, key: str, article: dict[str, Any], tables: dict) -> None:
        """Store an article's result (committed in batches)."""
        blob = zlib.compress(
            json.dumps({"article": article, "tables": tables}, default=str).encode()
        )
        self.db.execute(
            "INSERT OR REPLACE INTO results (article_id, key, payload) VALUES (?, ?, ?)",
            (article_id, key, blob),
        )
        self.pending += 1
        if self.pending >= 500:
            self.db.commit()
            self.pending = 0

    def mark_seen(self, article_ids: list[str]) -> None:
        """Note articles present in this run's input (kept on disk, not in memory)."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS seen (article_id TEXT PRIMARY KEY)")
        self.db.executemany(
            "INSERT OR IGNORE INTO seen (article_id) VALUES (?)", [(a,) for a in article_ids]
        )

    def forget_unseen(self) -> int:
        """Forget articles not marked seen in this run (removed from the input)."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS seen (article_id TEXT PRIMARY KEY)")
        cursor = self.db.execute(
            "DELETE FROM results WHERE article_id NOT IN (SELECT article_id FROM seen)"
        )
        return cursor.rowcount

    def close(self) -> None:
        self.db.commit()
        self.db.close()
