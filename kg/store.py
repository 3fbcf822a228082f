"""The build's memory: an SQLite file (``out/kg.sqlite``) holding each
article's extraction, so a re-build extracts only what changed.

A row is keyed by the article's content key (a hash of its id and bytes) and
the extractor version (which includes the lexicon hash): an edited article, a
renamed file or a changed lexicon all miss, and are extracted again. Writes
happen in transactions, so a build killed half-way leaves a store whose every
row is complete; the next build reuses those rows.

The store also remembers the last finished build: a fingerprint of its
inputs and the hash of every output file it wrote (``last_build``), so a
re-build with nothing changed can leave the outputs as they are.

Example
-------
>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> with ArticleStore(d / "kg.sqlite") as s:
...     s.put([StoredArticle("k1", "rules-1/x", "a.txt", "a", "utf-8", 3, '{"x": 1}')])
...     s.get("k1", "rules-1/x").result, s.get("k1", "rules-1/y")
('{"x": 1}', None)
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ArticleStore", "StoredArticle", "LastBuild", "content_key", "file_digest",
           "STORE_FILE"]

STORE_FILE = "kg.sqlite"
_SCHEMA_VERSION = 1


def content_key(article_id: str, data: bytes) -> str:
    """The key of an article: the hash of its id (the file stem, which ends up
    in every triple) and its raw bytes.

    >>> content_key("a", b"x") == content_key("a", b"x") != content_key("b", b"x")
    True
    """
    h = hashlib.sha256(article_id.encode("utf-8"))
    h.update(b"\0")
    h.update(data)
    return h.hexdigest()


def file_digest(path: str | os.PathLike) -> str | None:
    """The SHA-256 of a file's bytes, or ``None`` when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


@dataclass(frozen=True)
class LastBuild:
    """The last finished build: ``inputs`` fingerprints what it read (files,
    their content keys, extractor and code versions); ``outputs`` maps each
    file it wrote to that file's SHA-256."""

    inputs: str
    outputs: dict[str, str]


@dataclass(frozen=True)
class StoredArticle:
    """One extracted article as the store keeps it; ``result`` is the
    ``ArticleResult`` JSON."""

    key: str
    extractor: str
    path: str
    article: str
    encoding: str
    triples: int
    result: str


class ArticleStore:
    """Extractions by (content key, extractor version), in one SQLite file."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._db = sqlite3.connect(self.path, isolation_level=None)
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, _SCHEMA_VERSION):
            self._db.execute("DROP TABLE IF EXISTS articles")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS articles ("
            " key TEXT NOT NULL, extractor TEXT NOT NULL, path TEXT NOT NULL,"
            " article TEXT NOT NULL, encoding TEXT NOT NULL, triples INTEGER NOT NULL,"
            " result TEXT NOT NULL, PRIMARY KEY (key, extractor))")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS last_build ("
            " id INTEGER PRIMARY KEY CHECK (id = 0), inputs TEXT NOT NULL,"
            " outputs TEXT NOT NULL)")
        self._db.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")

    def __enter__(self) -> ArticleStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def get(self, key: str, extractor: str) -> StoredArticle | None:
        """The stored extraction of ``key`` by ``extractor``, or ``None``."""
        row = self._db.execute(
            "SELECT key, extractor, path, article, encoding, triples, result FROM articles"
            " WHERE key = ? AND extractor = ?", (key, extractor)).fetchone()
        return StoredArticle(*row) if row else None

    def put(self, rows: Iterable[StoredArticle]) -> None:
        """Insert or replace ``rows`` in one transaction."""
        rows = list(rows)
        if not rows:
            return
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO articles"
                " (key, extractor, path, article, encoding, triples, result)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(r.key, r.extractor, r.path, r.article, r.encoding, r.triples, r.result)
                 for r in rows])

    def keep_only(self, keys: Iterable[str], extractor: str) -> int:
        """Delete every row but those of ``keys`` by ``extractor`` (articles
        removed from the corpus, extractions by older versions). Returns how
        many were deleted."""
        with self._transaction():
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY)")
            self._db.execute("DELETE FROM keep")
            self._db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((k,) for k in keys))
            cur = self._db.execute(
                "DELETE FROM articles WHERE extractor != ? OR key NOT IN (SELECT key FROM keep)",
                (extractor,))
            self._db.execute("DELETE FROM keep")
        return cur.rowcount

    def last_build(self) -> LastBuild | None:
        """What the last finished build read and wrote, or ``None``."""
        row = self._db.execute("SELECT inputs, outputs FROM last_build WHERE id = 0").fetchone()
        return LastBuild(row[0], json.loads(row[1])) if row else None

    def set_last_build(self, build: LastBuild | None) -> None:
        """Record a finished build (``None`` forgets it, before outputs change)."""
        with self._transaction():
            self._db.execute("DELETE FROM last_build")
            if build is not None:
                self._db.execute("INSERT INTO last_build (id, inputs, outputs) VALUES (0, ?, ?)",
                                 (build.inputs, json.dumps(build.outputs, sort_keys=True)))

    def _transaction(self):
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
