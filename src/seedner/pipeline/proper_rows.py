"""The rows of the model's vectors whose word is a name: what case restoration knows of rare words.

The vectors are pruned, so a rare word shares the row of the frequent word nearest in meaning; a rare word
whose row is a name's is a name (``Montbard`` shares ``Dijon``'s row).  Telling which rows are names takes
the strings of the rows' words, which the pipeline does not load: reading them from the model's string
table (700,000 strings) costs about half a second, so the answer is kept in the start-up cache, keyed by
the path, size and modification time of the string table and of the vectors' keys (reading their 16 MB
to hash them would cost a tenth of that half second) and by the source of the code that computes it.
"""

from __future__ import annotations

import array
import json
from collections.abc import Iterable
from pathlib import Path

from spacy.strings import get_string_id

from seedner.acronyms import words as words_module
from seedner.acronyms.words import VectorRanks
from seedner.io.startup_cache import cache_file, enabled, read_cached, source_key, store_cached

_FORMAT = 1
_ROW = "I"  # rows as unsigned 32-bit integers in the cache file


def proper_rows(strings_path: Path | None, ranks: VectorRanks) -> frozenset[int]:
    """The rows whose word is a name or an acronym, from the string table at ``strings_path`` (the
    model's ``vocab/strings.json``): from the start-up cache when it has them; none without the table."""
    if strings_path is None:
        return frozenset()
    path = _cache_path(strings_path, strings_path.with_name("key2row")) if enabled() else None
    kept = read_cached(path) if path is not None else None
    if kept is not None and len(kept) % array.array(_ROW).itemsize == 0:
        rows = array.array(_ROW)
        rows.frombytes(kept)
        if all(row in ranks.owners for row in rows):
            return frozenset(rows)
    try:
        strings = strings_path.read_bytes()
    except OSError:
        return frozenset()
    found = frozenset(_proper(_parsed(strings), ranks))
    if path is not None:
        store_cached(path, array.array(_ROW, sorted(found)).tobytes())
    return found


def _proper(strings: Iterable[str], ranks: VectorRanks) -> set[int]:
    """Rows whose first word is capitalised and ranked before its lower-case form (``Dijon``,
    ``Stéphanie``, ``CNRS``; not ``Solidarité``)."""
    owners = {key: row for row, key in ranks.owners.items()}
    rows: set[int] = set()
    for string in strings:
        if string[:1].isupper() and (row := owners.get(get_string_id(string))) is not None:
            lower = ranks.rank(string.lower())
            if lower is None or lower > row:
                rows.add(row)
    return rows


def _parsed(data: bytes) -> list[str]:
    try:
        strings = json.loads(data)
    except ValueError:
        return []
    return [string for string in strings if isinstance(string, str)] if isinstance(strings, list) else []


def _cache_path(strings: Path, key2row: Path) -> Path | None:
    """The cache file for this string table and these vectors; None when either file cannot be found
    (the vectors' keys are not in the model's folder beside the table: the answer is computed, never
    kept)."""
    try:
        files = [_identity(path) for path in (strings, key2row)]
    except OSError:
        return None
    code = source_key(Path(__file__), Path(str(words_module.__file__)))
    return cache_file("proper-rows", str(_FORMAT).encode(), code, *(file.encode() for file in files))


def _identity(path: Path) -> str:
    status = path.stat()
    return f"{path.resolve()}|{status.st_size}|{status.st_mtime_ns}"
