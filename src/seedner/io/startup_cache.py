"""Start-up work kept between runs: one file per key in the user cache directory.

Some of what a run prepares before reading its first text depends only on files that rarely change (the
model's tokenizer regex, its string table, the gazetteer files) and costs a noticeable part of a short run.
Each such result is kept here under a key made of everything it depends on, so that a changed input or a
changed reader is a new file, never a stale answer; a file no run has read for ``UNUSED_DAYS`` days is
removed when another of its kind is stored, so the folder does not grow with every model or gazetteer
version.  A missing, corrupt or unwritable cache is only a missed speed-up: reads give None and stores
never fail a run.  ``SEEDNER_NO_STARTUP_CACHE=1`` turns every start-up cache off (the tokenizer regex's
and the gazetteers' also have a switch of their own).
"""

from __future__ import annotations

import hashlib
import os
import time
from contextlib import suppress
from functools import cache
from pathlib import Path

from seedner.io.atomic import replace_file
from seedner.resources import user_cache_dir

ALL_OFF = "SEEDNER_NO_STARTUP_CACHE"
UNUSED_DAYS = 30


def enabled(switch: str | None = None) -> bool:
    """Whether start-up caches are on, and the one that ``switch`` (an environment variable) turns off."""
    return not os.environ.get(ALL_OFF) and not (switch and os.environ.get(switch))


def cache_file(kind: str, *key: bytes, suffix: str = ".bin") -> Path:
    """Where the ``kind`` result for the inputs ``key`` is kept (``kind`` begins the file name)."""
    digest = hashlib.sha256()
    for part in key:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return user_cache_dir() / f"{kind}-{digest.hexdigest()[:32]}{suffix}"


@cache
def source_key(*sources: Path) -> bytes:
    """A digest of the source files of the code that computes a kept result: a change to that code is a
    new key, so no result of the old code is read."""
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    return digest.digest()


def read_cached(path: Path) -> bytes | None:
    """The bytes kept at ``path``; None when there are none or they cannot be read.  A read marks the
    file as used (its modification time), so that pruning keeps it."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    with suppress(OSError):
        os.utime(path)
    return data


def store_cached(path: Path, data: bytes) -> None:
    """Keep ``data`` at ``path``, written atomically (a concurrent run reads the old file or the new one);
    a read-only home or a full disk is only a missed speed-up."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, data)
        _prune(path)
    except Exception:  # never fail a run for a cache
        return


def _prune(stored: Path) -> None:
    """Remove the files of ``stored``'s kind that no run has read for ``UNUSED_DAYS`` days."""
    kind = stored.name.rsplit("-", 1)[0]
    oldest = time.time() - UNUSED_DAYS * 86_400
    for path in stored.parent.glob(f"{kind}-*{stored.suffix}"):
        with suppress(OSError):
            if path != stored and path.name.rsplit("-", 1)[0] == kind and path.stat().st_mtime < oldest:
                path.unlink()
