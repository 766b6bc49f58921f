"""Start-up: keep the French tokenizer's compiled regex between runs.

spaCy's French tokenizer matches hyphenated words with one 1.4 MB regular
expression, and CPython 3.11 takes about 1.8 s to compile it: more than half
of a one-line ``seedner extract``.  The compiled program is plain data (a list
of integers), so the first run stores it in the user cache directory and
later runs hand it straight to ``re``'s own cache before spaCy asks for the
pattern, which then compiles in milliseconds.

This uses two private parts of CPython's ``re`` (``re._cache`` and
``_sre.compile``); every step is guarded and checked, and on any mismatch
(other Python, other spaCy, other pattern, corrupt file) seedner simply
compiles the pattern the normal way.  Set ``SEEDNER_NO_REGEX_CACHE=1`` (or
``SEEDNER_NO_STARTUP_CACHE=1``) to turn it off.
"""

from __future__ import annotations

import array
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from seedner.io.startup_cache import cache_file, enabled, read_cached, store_cached

try:  # CPython internals; absent or different elsewhere
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

_FORMAT = 1
_MIN_PATTERN_LENGTH = 100_000  # only patterns worth the trouble


def _enabled() -> bool:
    return (
        _sre is not None
        and enabled("SEEDNER_NO_REGEX_CACHE")
        and sys.implementation.name == "cpython"
        and isinstance(getattr(re, "_cache", None), dict)
    )


def _path(model: str) -> Path:
    import spacy

    parts = [model, spacy.__version__, sys.version.split()[0], str(getattr(_sre, "MAGIC", "")), str(_FORMAT)]
    return cache_file("regex", "|".join(parts).encode())


def preload(model: str) -> bool:
    """Put the cached compiled pattern of ``model`` in ``re``'s cache; True if it was there."""
    if not _enabled():
        return False
    try:
        data = read_cached(_path(model))
        if data is None:
            return False
        header, pattern, code = _read(data)
        compiled = _sre.compile(
            pattern,
            header["flags"],
            code,
            header["groups"],
            header["groupindex"],
            tuple(header["indexgroup"]),
        )
        re._cache[(str, pattern, 0)] = compiled  # type: ignore[attr-defined]
        return True
    except Exception:  # a stale or corrupt cache is only a missed speed-up
        return False


def store(model: str, pattern: str) -> None:
    """Compile ``pattern`` into the cache file for the next runs (once per machine)."""
    if not _enabled() or len(pattern) < _MIN_PATTERN_LENGTH:
        return
    try:
        path = _path(model)
        if path.exists():
            return
        parsed = _parser.parse(pattern, 0)
        code = _compiler._code(parsed, 0)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[Any] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        header = {
            "flags": parsed.state.flags,
            "groups": parsed.state.groups - 1,
            "groupindex": groupindex,
            "indexgroup": indexgroup,
            "pattern_sha256": hashlib.sha256(pattern.encode()).hexdigest(),
        }
        store_cached(path, _pack(header, pattern, array.array("I", code).tobytes()))
    except Exception:  # never fail a run for a cache
        return


def _pack(header: dict[str, Any], pattern: str, code: bytes) -> bytes:
    blocks = (json.dumps(header).encode(), pattern.encode("utf-8"))
    return b"".join(len(block).to_bytes(8, "little") + block for block in blocks) + code


def _read(data: bytes) -> tuple[dict[str, Any], str, list[int]]:
    head_length = int.from_bytes(data[:8], "little")
    header = json.loads(data[8 : 8 + head_length])
    offset = 8 + head_length
    text_length = int.from_bytes(data[offset : offset + 8], "little")
    pattern = data[offset + 8 : offset + 8 + text_length].decode("utf-8")
    if hashlib.sha256(pattern.encode()).hexdigest() != header["pattern_sha256"]:
        raise ValueError("corrupt regex cache")
    code = array.array("I")
    code.frombytes(data[offset + 8 + text_length :])
    return header, pattern, code.tolist()
