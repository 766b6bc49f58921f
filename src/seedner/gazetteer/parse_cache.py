"""Start-up: keep the parsed entries of a gazetteer file between runs.

Reading the default gazetteers (YAML parsed node by node, for the line numbers of error messages, and
every entry checked) was a fifth of a one-line ``seedner extract``.  The entries of a file that parsed
without a problem are kept in the user cache directory, keyed by the file's bytes, the Python version
and the source of the code that reads them; a later run with the same file loads them in a few
milliseconds.  A file with problems is never kept, so that its messages always come from a real read.
A missing, stale or corrupt cache entry is only a missed speed-up; ``SEEDNER_NO_GAZETTEER_CACHE=1``
(or ``SEEDNER_NO_STARTUP_CACHE=1``) turns the cache off.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from seedner.gazetteer import entries as entries_module
from seedner.gazetteer.entries import GazetteerEntry
from seedner.io.startup_cache import cache_file, enabled, read_cached, source_key, store_cached

_FORMAT = 2
# Fields kept, in order; ``file`` is the name the file is read under, given again on load.
_FIELDS = ("id", "label", "name", "aliases", "acronyms", "category", "source", "population", "line")


def _code_key() -> bytes:
    """The code that turns a file into entries (the readers of files.py, the checks of entries.py, the
    fields kept): a change to it is a new cache."""
    here = Path(__file__).parent
    sources = source_key(here / "files.py", Path(str(entries_module.__file__)))
    return f"{_FORMAT}|{sys.version}|{_FIELDS}".encode() + sources


def cached_entries(
    data: bytes, suffix: str, name: str, parse: Callable[[list[str]], list[GazetteerEntry]]
) -> tuple[list[GazetteerEntry], list[str]]:
    """The entries of one file's ``data`` and its problems: from the cache when it has them, else from
    ``parse(problems)``, whose result is kept when it found no problem."""
    problems: list[str] = []
    if not enabled("SEEDNER_NO_GAZETTEER_CACHE"):
        return parse(problems), problems
    path = cache_file("gazetteer", _code_key(), suffix.encode(), data, suffix=".json")
    kept = read_cached(path)
    if kept is not None:
        try:
            return [_entry(row, name) for row in json.loads(kept)], []
        except Exception:  # stale or corrupt: read the file
            pass
    found = parse(problems)
    if not problems:
        rows = [tuple(getattr(entry, field) for field in _FIELDS) for entry in found]
        store_cached(path, json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return found, problems


def _entry(row: list[object], name: str) -> GazetteerEntry:
    """An entry from a cached row: lists back to tuples (JSON has no tuples)."""
    fields = dict(zip(_FIELDS, row, strict=True))
    fields["aliases"] = tuple(fields["aliases"])  # type: ignore[arg-type]
    fields["acronyms"] = tuple(fields["acronyms"])  # type: ignore[arg-type]
    return GazetteerEntry(**fields, file=name)  # type: ignore[arg-type]
