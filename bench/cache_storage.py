"""How the result cache should store its entries: hit and miss cost of four storages, side by side.

    python bench/cache_storage.py [--rounds 5] [--small 20000] [--large 200]

The candidates for ``--cache DIR``: a directory of files (one per entry, written under a temporary name
and renamed), one SQLite file in WAL mode, ``diskcache`` and ``lmdb`` (each measured only when it is
importable).  Two corpora: ``--small`` documents whose entry is about 600 bytes (two records) and
``--large`` ones whose entry is about 170 KB (a thousand records).  Each measure runs in a process of
its own on a new directory, the storages taking turns, and the median of ``--rounds`` is printed:

- miss: look a key up, find nothing, then store the entry (in groups of 256, as a run stores a batch);
- hit: another process looks every key up, reads the entry and records the access (for LRU pruning);
- disk: the bytes the directory takes (``du``), for the same entries.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

CHUNK = 256


def _record(index: int) -> list[Any]:
    """One record as the cache stores it: the values of the schema's fields, the document name left out."""
    return [
        index * 40,
        index * 40 + 27,
        index // 3 + 1,
        12,
        None,
        "Office anti-stupéfiants (OFAST)",
        "ORG",
        "gazetteer",
        "fr.ofast",
        "Office anti-stupéfiants",
        index % 7,
        True,
        "Office anti-stupéfiants",
        "gazetteer",
        None,
        None,
    ]


def entries(count: int, records: int) -> Iterator[tuple[bytes, bytes]]:
    for number in range(count):
        key = hashlib.sha256(f"{records}-{number}".encode()).digest()
        value = json.dumps([_record(i) for i in range(records)], ensure_ascii=False, separators=(",", ":"))
        yield key, value.encode("utf-8")


class Storage(Protocol):
    def get(self, key: bytes) -> bytes | None: ...
    def put_many(self, pairs: list[tuple[bytes, bytes]]) -> None: ...
    def touch_many(self, keys: list[bytes]) -> None: ...
    def close(self) -> None: ...


class Files:
    """One file per entry in 256 folders by the key's first byte; a hit sets the file's mtime."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: bytes) -> Path:
        name = key.hex()
        return self.root / name[:2] / name[2:]

    def get(self, key: bytes) -> bytes | None:
        try:
            with open(self._path(key), "rb") as stream:
                return stream.read()
        except FileNotFoundError:
            return None

    def put_many(self, pairs: list[tuple[bytes, bytes]]) -> None:
        for key, value in pairs:
            path = self._path(key)
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            with open(temporary, "wb") as stream:
                stream.write(value)
            os.replace(temporary, path)

    def touch_many(self, keys: list[bytes]) -> None:
        for key in keys:
            os.utime(self._path(key))

    def close(self) -> None:
        pass


class Sqlite:
    """One file in WAL mode; a group of writes or of access times is one transaction."""

    def __init__(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(root / "cache.sqlite3", timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS entries (key BLOB PRIMARY KEY, value BLOB NOT NULL, "
            "size INTEGER NOT NULL, used INTEGER NOT NULL)"
        )

    def get(self, key: bytes) -> bytes | None:
        row = self.db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put_many(self, pairs: list[tuple[bytes, bytes]]) -> None:
        now = time.time_ns()
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(
                "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                [(key, value, len(value), now) for key, value in pairs],
            )

    def touch_many(self, keys: list[bytes]) -> None:
        now = time.time_ns()
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("UPDATE entries SET used = ? WHERE key = ?", [(now, key) for key in keys])

    def close(self) -> None:
        self.db.close()


class DiskCache:
    """``diskcache.Cache`` with its least-recently-used policy (a get records the access itself)."""

    def __init__(self, root: Path) -> None:
        import diskcache

        self.cache = diskcache.Cache(str(root), eviction_policy="least-recently-used", size_limit=2**40)

    def get(self, key: bytes) -> bytes | None:
        value = self.cache.get(key)
        return value if isinstance(value, bytes) else None

    def put_many(self, pairs: list[tuple[bytes, bytes]]) -> None:
        with self.cache.transact():
            for key, value in pairs:
                self.cache.set(key, value)

    def touch_many(self, keys: list[bytes]) -> None:
        pass

    def close(self) -> None:
        self.cache.close()


class Lmdb:
    """One memory-mapped file; access times in a second table, one write transaction per group."""

    def __init__(self, root: Path) -> None:
        import lmdb

        self.env = lmdb.open(str(root), map_size=1 << 34, max_dbs=2)
        self.values = self.env.open_db(b"values")
        self.used = self.env.open_db(b"used")

    def get(self, key: bytes) -> bytes | None:
        with self.env.begin(db=self.values, buffers=False) as txn:
            value = txn.get(key)
        return bytes(value) if value is not None else None

    def put_many(self, pairs: list[tuple[bytes, bytes]]) -> None:
        now = time.time_ns().to_bytes(8, "big")
        with self.env.begin(write=True) as txn:
            for key, value in pairs:
                txn.put(key, value, db=self.values)
                txn.put(key, now, db=self.used)

    def touch_many(self, keys: list[bytes]) -> None:
        now = time.time_ns().to_bytes(8, "big")
        with self.env.begin(write=True, db=self.used) as txn:
            for key in keys:
                txn.put(key, now)

    def close(self) -> None:
        self.env.close()


STORAGES: dict[str, Callable[[Path], Storage]] = {
    "directory of files": Files,
    "SQLite (WAL)": Sqlite,
    "diskcache": DiskCache,
    "lmdb": Lmdb,
}


def available() -> list[str]:
    names = []
    for name in STORAGES:
        module = {"diskcache": "diskcache", "lmdb": "lmdb"}.get(name)
        if module is None:
            names.append(name)
            continue
        try:
            __import__(module)
        except ImportError:
            continue
        names.append(name)
    return names


def measure(storage: str, root: Path, count: int, records: int, phase: str) -> float:
    """Seconds for ``phase`` (miss or hit) over every entry, in this process."""
    pairs = list(entries(count, records))
    started = time.perf_counter()
    store = STORAGES[storage](root)
    for index in range(0, len(pairs), CHUNK):
        group = pairs[index : index + CHUNK]
        found = [store.get(key) for key, _ in group]
        if phase == "miss":
            assert not any(found)
            store.put_many(group)
        else:
            assert all(value == expected for value, (_, expected) in zip(found, group, strict=True))
            store.touch_many([key for key, _ in group])
    store.close()
    return time.perf_counter() - started


def disk_bytes(root: Path) -> int:
    completed = subprocess.run(["du", "-sb", "--apparent-size", str(root)], capture_output=True, text=True)
    apparent = int(completed.stdout.split()[0])
    completed = subprocess.run(["du", "-sB1", str(root)], capture_output=True, text=True)
    return max(apparent, int(completed.stdout.split()[0]))


def _child(arguments: list[str]) -> float:
    completed = subprocess.run(
        [sys.executable, __file__, "--child", *arguments], capture_output=True, text=True, check=True
    )
    return float(completed.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--small", type=int, default=20_000)
    parser.add_argument("--large", type=int, default=200)
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        storage, root, count, records, phase = args.child
        print(measure(storage, Path(root), int(count), int(records), phase))
        return
    corpora = {
        f"{args.small:,} small documents (about 600 B an entry)": (args.small, 2),
        f"{args.large:,} large documents (about 170 KB an entry)": (args.large, 1000),
    }
    storages = available()
    for corpus, (count, records) in corpora.items():
        times: dict[str, dict[str, list[float]]] = {s: {"miss": [], "hit": []} for s in storages}
        sizes: dict[str, int] = {}
        for _ in range(args.rounds):
            for storage in storages:
                root = Path(tempfile.mkdtemp(prefix="cache-bench-", dir=os.environ.get("BENCH_DIR")))
                try:
                    for phase in ("miss", "hit"):
                        times[storage][phase].append(
                            _child([storage, str(root), str(count), str(records), phase])
                        )
                    sizes[storage] = disk_bytes(root)
                finally:
                    shutil.rmtree(root, ignore_errors=True)
        print(f"\n{corpus}, median of {args.rounds} rounds\n")
        print("| storage | miss + store, µs/doc | hit + access time, µs/doc | disk, MB |")
        print("|---|---:|---:|---:|")
        for storage in storages:
            miss = statistics.median(times[storage]["miss"]) / count * 1e6
            hit = statistics.median(times[storage]["hit"]) / count * 1e6
            print(f"| {storage} | {miss:,.0f} | {hit:,.0f} | {sizes[storage] / 1e6:,.1f} |")


if __name__ == "__main__":
    main()
