"""Where ``--cache DIR`` keeps its entries: one SQLite file in WAL mode, ``DIR/results.sqlite3``.

An entry maps a key (32 bytes: see ``seedner.execution.cache``) to a value (the
records of one document, serialised) with a CRC-32 of the value, its size and
the time it was last used.  Measured against a directory of files, ``diskcache``
and ``lmdb`` (``bench/cache_storage.py``), SQLite had the cheapest miss and hit on
small documents by far and a small file, and is in the standard library.

Safety, for ``--jobs`` (only the parent process writes), for several runs sharing
one directory, and for a run killed at any moment:

- every write is one short transaction (a batch of entries and the access
  times of a batch of hits); no lock is held across a run, WAL lets readers go
  on while another run writes, and a writer waits up to ``BUSY_SECONDS``;
- SQLite's journal makes each transaction all or nothing; an entry whose value
  does not match its checksum (:func:`intact`: a damaged disk, a file edited
  by hand) is a miss that the run reports and stores again;
- a file that is no SQLite database, or a damaged one, is reported and replaced
  by a new cache; any other failure (permission, disk full, a lock held too
  long) is reported once and the run goes on without storing: a cache never
  stops a run nor changes its output.

WAL needs every process that opens the file to be on one machine: the cache
directory may not be shared through a network filesystem.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from seedner.errors import OptionError

DATABASE = "results.sqlite3"
SCHEMA_VERSION = 1
BUSY_SECONDS = 30.0
_DAMAGED_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_SUFFIXES = ("", "-wal", "-shm")
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS entries (key BLOB PRIMARY KEY, value BLOB NOT NULL, "
    "checksum INTEGER NOT NULL, size INTEGER NOT NULL, used INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS entries_used ON entries (used)",
    "CREATE TABLE IF NOT EXISTS stats (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
)
STAT_NAMES = ("hits", "misses", "stored", "damaged")

Warn = Callable[[str], None]


def _now() -> int:
    return time.time_ns() // 1000  # microseconds: access order within one second too


def _damaged(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) in _DAMAGED_CODES or "malformed" in str(error)


class CacheStore:
    """The entries of one cache directory, for one run; ``None`` from every read once it is unusable."""

    def __init__(self, directory: Path, warn: Warn) -> None:
        self.directory = Path(directory)
        self.path = self.directory / DATABASE
        self._warn = warn
        self._warned: set[str] = set()
        self.db: sqlite3.Connection | None = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self.db = _open(self.path)
        except sqlite3.Error as error:
            self._failed("cannot open", error)
        except OSError as error:
            self._report("cannot open", error)

    def get(self, key: bytes) -> tuple[bytes, int] | None:
        """The value stored for ``key`` and its checksum (see :func:`intact`), or None."""
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value, checksum FROM entries WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as error:
            self._failed("cannot read", error)
            return None
        return (row[0], row[1]) if row is not None else None

    def commit(self, stored: list[tuple[bytes, bytes]], used: list[bytes], counts: dict[str, int]) -> None:
        """Store entries, note when entries were used and add to the statistics: one transaction."""
        if self.db is None or not (stored or used or any(counts.values())):
            return
        now = _now()
        try:
            with _transaction(self.db) as db:
                db.executemany(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)",
                    [(key, value, zlib.crc32(value), len(key) + len(value), now) for key, value in stored],
                )
                db.executemany("UPDATE entries SET used = ? WHERE key = ?", [(now, key) for key in used])
                db.executemany(
                    "INSERT INTO stats VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + ?",
                    [(name, count, count) for name, count in counts.items() if count],
                )
        except sqlite3.Error as error:
            self._failed("cannot write to", error)

    def prune(self, max_bytes: int) -> tuple[int, int]:
        """Remove the entries used longest ago until the rest hold at most ``max_bytes``.

        Returns (entries removed, bytes freed); the freed pages go back to the filesystem.
        """
        if self.db is None:
            return 0, 0
        try:
            if self._file_bytes() <= max_bytes:  # the file holds more than its entries: nothing to do
                return 0, 0
            with _transaction(self.db) as db:
                total = db.execute("SELECT COALESCE(SUM(size), 0) FROM entries").fetchone()[0]
                excess, freed, keys = total - max_bytes, 0, []
                if excess > 0:
                    for key, size in db.execute("SELECT key, size FROM entries ORDER BY used, key"):
                        keys.append((key,))
                        freed += size
                        if freed >= excess:
                            break
                    db.executemany("DELETE FROM entries WHERE key = ?", keys)
            self.db.execute("PRAGMA incremental_vacuum")
            return len(keys), freed
        except sqlite3.Error as error:
            self._failed("cannot prune", error)
            return 0, 0

    def clear(self) -> int:
        """Remove every entry and the statistics; returns how many entries there were."""
        if self.db is None:
            return 0
        with _transaction(self.db) as db:
            count = db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
            db.execute("DELETE FROM entries")
            db.execute("DELETE FROM stats")
        self.db.execute("PRAGMA incremental_vacuum")
        return int(count)

    def info(self) -> dict[str, Any]:
        """What ``seedner cache info`` shows."""
        if self.db is None:
            raise OptionError("DIR", f"{self.path} cannot be read")
        entries, size, first, last = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(size), 0), MIN(used), MAX(used) FROM entries"
        ).fetchone()
        stats = dict.fromkeys(STAT_NAMES, 0) | dict(self.db.execute("SELECT name, value FROM stats"))
        return {
            "path": str(self.path),
            "entries": entries,
            "entry_bytes": size,
            "file_bytes": self._file_bytes(),
            "least_recently_used": _iso(first),
            "most_recently_used": _iso(last),
            **stats,
        }

    def close(self) -> None:
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
            self.db = None

    def _file_bytes(self) -> int:
        total = 0
        for suffix in _SUFFIXES:
            with contextlib.suppress(OSError):
                total += self.path.with_name(self.path.name + suffix).stat().st_size
        return total

    def _report(self, what: str, error: sqlite3.Error | OSError) -> None:
        if what not in self._warned:  # once per kind and run: a full disk must not flood stderr
            self._warned.add(what)
            self._warn(f"{what} the cache {self.path} ({error}); the run goes on without it")

    def _failed(self, what: str, error: sqlite3.Error) -> None:
        """A damaged database is replaced by a new one; after any other failure the run goes on without."""
        self.close()
        if not _damaged(error):
            self._report(what, error)
            return
        self._warn(f"cache {self.path} is damaged ({error}): starting a new one")
        try:
            remove_database(self.path)
            self.db = _open(self.path)
        except (OSError, sqlite3.Error) as again:
            self._report("cannot open", again)


def _open(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
    try:
        db.execute("PRAGMA auto_vacuum = INCREMENTAL")  # before the first table; freed pages can be returned
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # in WAL: all or nothing per transaction, no fsync each
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            with _transaction(db):
                if version:  # another layout: its entries cannot be read, so they go
                    db.execute("DROP TABLE IF EXISTS entries")
                    db.execute("DROP TABLE IF EXISTS stats")
                for statement in _SCHEMA:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("SELECT COUNT(*) FROM stats").fetchone()  # a damaged file fails here, not mid-run
    except BaseException:
        db.close()
        raise
    return db


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction, taken at once (waiting up to BUSY_SECONDS for another writer)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise


def intact(value: object, checksum: object) -> bool:
    """Whether a value read is the one stored (a damaged disk or a hand-edited file tells here)."""
    return isinstance(value, bytes) and zlib.crc32(value) == checksum


def remove_database(path: Path) -> None:
    for suffix in _SUFFIXES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _iso(microseconds: int | None) -> str | None:
    if microseconds is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(microseconds / 1e6))


def open_existing(directory: Path, warn: Warn) -> CacheStore:
    """The cache in ``directory`` for ``seedner cache info|prune|clear``; a usage error when there is none."""
    if not (Path(directory) / DATABASE).is_file():
        raise OptionError("DIR", f"{directory} holds no seedner cache ({DATABASE})")
    return CacheStore(directory, warn)
