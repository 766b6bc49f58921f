"""Start-up: keep the tokenizer's compiled regular expressions between runs.

spaCy's French tokenizer matches hyphenated words with one 1.4 MB regular
expression, and CPython 3.11 takes about 1.8 s to compile it: more than half
of a one-line ``seedner extract``; its prefix, suffix and infix expressions
(and the infixes ``seedner_masks`` adds) take 50 ms more.  A compiled program
is plain data (a list of integers), so the first run stores them in the user
cache directory and later runs hand them straight to ``re``'s own cache before
spaCy asks for the patterns, which then compile in microseconds.

This uses two private parts of CPython's ``re`` (``re._cache`` and
``_sre.compile``); every step is guarded and checked, and on any mismatch
(other Python, other spaCy, other pattern, corrupt file) seedner simply
compiles the patterns the normal way.  Set ``SEEDNER_NO_REGEX_CACHE=1`` (or
``SEEDNER_NO_STARTUP_CACHE=1``) to turn it off.
"""

from __future__ import annotations

import array
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from seedner.io.startup_cache import cache_file, enabled, read_cached, store_cached

try:  # CPython internals; absent or different elsewhere
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

_FORMAT = 2
_MIN_PATTERN_LENGTH = 1_000  # only patterns worth the trouble
_TOKENIZER_PATTERNS = ("token_match", "prefix_search", "suffix_search", "infix_finditer", "url_match")


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


def tokenizer_patterns(nlp: Any) -> list[str]:
    """The patterns of ``nlp``'s tokenizer worth caching, as compiled with no flags by spaCy."""
    found = []
    for name in _TOKENIZER_PATTERNS:
        compiled = getattr(getattr(nlp.tokenizer, name, None), "__self__", None)
        pattern = getattr(compiled, "pattern", None)
        if isinstance(pattern, str) and len(pattern) >= _MIN_PATTERN_LENGTH:
            found.append(pattern)
    return found


def preload(model: str) -> frozenset[str]:
    """Put the cached compiled patterns of ``model`` in ``re``'s cache; the patterns that were there."""
    if not _enabled():
        return frozenset()
    try:
        data = read_cached(_path(model))
        if data is None:
            return frozenset()
        entries = list(_read(data))
        for header, pattern, code in entries:
            compiled = _sre.compile(
                pattern,
                header["flags"],
                code,
                header["groups"],
                header["groupindex"],
                tuple(header["indexgroup"]),
            )
            re._cache[(str, pattern, 0)] = compiled  # type: ignore[attr-defined]
        return frozenset(pattern for _, pattern, _ in entries)
    except Exception:  # a stale or corrupt cache is only a missed speed-up
        return frozenset()


def store(model: str, patterns: list[str], kept: frozenset[str] = frozenset()) -> None:
    """Compile ``patterns`` into the cache file of ``model`` for the next runs, unless the file already
    holds them all (``kept``, what :func:`preload` found)."""
    if not _enabled() or not patterns or kept.issuperset(patterns):
        return
    try:
        blocks = []
        for pattern in dict.fromkeys(patterns):
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
            blocks.append(_pack(header, pattern, array.array("I", code).tobytes()))
        store_cached(_path(model), b"".join(blocks))
    except Exception:  # never fail a run for a cache
        return


def _pack(header: dict[str, Any], pattern: str, code: bytes) -> bytes:
    blocks = (json.dumps(header).encode(), pattern.encode("utf-8"), code)
    return b"".join(len(block).to_bytes(8, "little") + block for block in blocks)


def _read(data: bytes) -> Iterator[tuple[dict[str, Any], str, list[int]]]:
    """The entries of a cache file, each checked against its pattern's digest."""
    offset = 0
    while offset < len(data):
        blocks = []
        for _ in range(3):
            length = int.from_bytes(data[offset : offset + 8], "little")
            blocks.append(data[offset + 8 : offset + 8 + length])
            offset += 8 + length
        header, pattern = json.loads(blocks[0]), blocks[1].decode("utf-8")
        if hashlib.sha256(pattern.encode()).hexdigest() != header["pattern_sha256"]:
            raise ValueError("corrupt regex cache")
        code = array.array("I")
        code.frombytes(blocks[2])
        yield header, pattern, code.tolist()
