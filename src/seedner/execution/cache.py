"""``--cache DIR``: each document's records kept by content, so an unchanged document is not processed again.

The key of a document is a SHA-256 over the run's *salt* and the document: its
text and, for a paged format, where its pages start.  The salt holds everything
else that turns a text into records: the pipeline fingerprint ``seedner info``
prints for the run without ``--labels`` (seedner version, model name and
version, every data file's content, the pipeline switches), the spaCy and thinc
releases, a digest of seedner's own modules (a development checkout changes
code without changing its version), the files of a model given as a folder
(their sizes and times) and the record fields.  So a changed gazetteer line, model,
option or release changes every key, and a hit is exactly what a fresh run gives.

The value is the document's records without ``doc`` (added back on a hit, so a
renamed or moved file still hits), as compact JSON rows of the schema's other
fields.  The records are kept before ``--labels`` and ``--unique``, which the
run applies afterwards: one entry serves every choice of those.

:func:`cached_results` wraps the item stream in front of the pipeline: hits
become results at once, misses go to the pipeline (this process or ``--jobs``
workers) in batches like a run without the cache, and are stored after; results
come out in input order.  The model is loaded only when a document misses.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from seedner.execution.batches import DEFAULT_BATCH_CHARS, DEFAULT_BATCH_SIZE, Result
from seedner.execution.cache_store import CacheStore, Warn, intact
from seedner.io.readers import Document, InputFailure, Item
from seedner.pipeline.settings import PipelineSettings
from seedner.records.record import RECORD_FIELDS, Record

CACHE_FORMAT = 1  # raised whenever the key or the value changes meaning
# A stretch of the input held while its misses are computed: at most this many documents, and
# this many characters of documents found in the cache (their records wait with them).
HOLD_ITEMS = 1024
HOLD_CHARS = 2_000_000

_FIELDS = RECORD_FIELDS[1:]  # "doc" is not stored
_PACKAGE = Path(__file__).resolve().parents[1]

# The results of each batch of missed documents, batch after batch; an empty batch gives an empty list.
Compute = Callable[[Iterator[list[Item]]], Iterator[list[Result]]]


@dataclass
class CacheCounts:
    """What the cache did in one run."""

    hits: int = 0
    misses: int = 0
    stored: int = 0
    damaged: int = 0

    def line(self, directory: Path) -> str:
        documents = self.hits + self.misses
        return (
            f"cache {directory}: {self.hits} of {documents} document{'' if documents == 1 else 's'} "
            f"reused, {self.stored} stored"
        )


class ResultCache:
    """The cache of one run: keys from the run's settings, entries in ``directory``."""

    def __init__(self, directory: Path, settings: PipelineSettings, *, warn: Warn) -> None:
        self.directory = Path(directory)
        self.salt = cache_salt(settings)  # hashes every data file: a missing one fails before any output
        self.store = CacheStore(self.directory, warn)
        self._warn = warn
        self.counts = CacheCounts()  # this run's
        self._unsaved = CacheCounts()  # not yet added to the statistics kept in the cache

    def key(self, document: Document) -> bytes:
        digest = hashlib.sha256(self.salt)
        pages = document.page_starts
        digest.update(b"pages:" + (",".join(map(str, pages)).encode("ascii") if pages is not None else b"-"))
        digest.update(b"\0")
        digest.update(document.text.encode("utf-8", "surrogatepass"))
        return digest.digest()

    def lookup(self, document: Document, key: bytes) -> Result | None:
        """The document's result from the cache, or None (a miss; a damaged entry is reported)."""
        found = self.store.get(key)
        records = decode(document.name, found[0]) if found is not None and intact(*found) else None
        if found is not None and records is None:
            self._warn(f"cache entry {key.hex()[:16]} in {self.store.path} is damaged: computed again")
            self._count("damaged")
        if records is None:
            self._count("misses")
            return None
        self._count("hits")
        return Result(document.name, records, text=document.text)

    def save(self, stored: list[tuple[bytes, Result]], used: list[bytes]) -> None:
        """Store the new results and note the entries used, in one transaction."""
        entries = [(key, value) for key, result in stored if (value := encode(result)) is not None]
        self._count("stored", len(entries))
        self.store.commit(entries, used, vars(self._unsaved))
        self._unsaved = CacheCounts()

    def _count(self, name: str, number: int = 1) -> None:
        for counts in (self.counts, self._unsaved):
            setattr(counts, name, getattr(counts, name) + number)

    def close(self, max_bytes: int | None = None) -> None:
        if max_bytes is not None:
            self.store.prune(max_bytes)
        self.store.close()


def encode(result: Result) -> bytes | None:
    """The value of an entry: the records' fields after ``doc``, as JSON rows; None if it cannot be kept."""
    if not result.ok or any(tuple(record) != RECORD_FIELDS for record in result.records):
        return None  # a failure, or records of another shape: computed again next time
    rows = [[record[name] for name in _FIELDS] for record in result.records]
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")


def decode(name: str, value: bytes) -> tuple[Record, ...] | None:
    """The records of an entry with ``doc`` set to ``name``; None when the entry is not readable."""
    try:
        rows = json.loads(value.decode("utf-8", "surrogatepass"))
    except ValueError:
        return None
    if not isinstance(rows, list) or not all(
        isinstance(row, list) and len(row) == len(_FIELDS) for row in rows
    ):
        return None
    return tuple(dict(zip(RECORD_FIELDS, (name, *row))) for row in rows)  # noqa: B905 (lengths checked)


def cache_salt(settings: PipelineSettings) -> bytes:
    """What the key of every document of a run with ``settings`` starts with; see the module's docstring."""
    from seedner.execution.provenance import fingerprint

    parts = {
        "format": CACHE_FORMAT,
        "fingerprint": fingerprint(settings, None),
        "spacy": _release("spacy"),
        "thinc": _release("thinc"),
        "code": _code_digest(),
        "model_files": _model_files(settings.model),
        "fields": list(RECORD_FIELDS),
    }
    return json.dumps(parts, sort_keys=True).encode("utf-8")


def _release(package: str) -> str:
    """A package's release from its ``about.py`` without importing it (importlib.metadata costs more)."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        return "absent"
    about = Path(next(iter(spec.submodule_search_locations))) / "about.py"
    try:
        return hashlib.sha256(about.read_bytes()).hexdigest()
    except OSError:
        from seedner.execution.provenance import package_version

        return package_version(package) or "unknown"


def _code_digest() -> str:
    """A digest of seedner's modules: a changed line of code in a development checkout changes every key."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _model_files(model: str) -> list[list[object]]:
    """For a model given as a folder, each file's name, size and time: retrained weights change the key.

    An installed model package is known by its name and version (in the fingerprint).
    """
    folder = Path(model)
    if model.isidentifier() or not folder.is_dir():
        return []
    found: list[list[object]] = []
    for root, _dirs, files in os.walk(folder):
        for name in sorted(files):
            path = Path(root, name)
            info = path.stat()
            found.append([path.relative_to(folder).as_posix(), info.st_size, info.st_mtime_ns])
    return sorted(found, key=lambda item: str(item[0]))


@dataclass
class _Stretch:
    """Consecutive inputs: each one's result if known, else its key; and the documents to compute."""

    slots: list[Result | bytes] = field(default_factory=list)
    misses: list[Item] = field(default_factory=list)
    used: list[bytes] = field(default_factory=list)
    miss_chars: int = 0
    held_chars: int = 0


def _stretches(
    items: Iterable[Item], cache: ResultCache, batch_size: int, batch_chars: int
) -> Iterator[_Stretch]:
    """The inputs in stretches whose misses make one batch, as ``bounded_batches`` would cut it."""
    stretch = _Stretch()
    for item in items:
        if isinstance(item, InputFailure):
            stretch.slots.append(Result(item.source, error=item.cause))
        else:
            key = cache.key(item)
            found = cache.lookup(item, key)
            if found is not None:
                stretch.slots.append(found)
                stretch.used.append(key)
                stretch.held_chars += len(item.text)
            else:
                length = len(item.text)
                if stretch.misses and (
                    len(stretch.misses) >= batch_size or stretch.miss_chars + length > batch_chars
                ):
                    yield stretch
                    stretch = _Stretch()
                stretch.slots.append(key)
                stretch.misses.append(item)
                stretch.miss_chars += length
        if len(stretch.slots) >= HOLD_ITEMS or stretch.held_chars >= HOLD_CHARS:
            yield stretch
            stretch = _Stretch()
    if stretch.slots:
        yield stretch


def cached_results(
    items: Iterable[Item],
    cache: ResultCache,
    compute: Compute,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_chars: int = DEFAULT_BATCH_CHARS,
    max_bytes: int | None = None,
    note: Callable[[str], None] | None = None,
) -> Iterator[Result]:
    """One result per item, in input order: from the cache, or computed by ``compute`` and then stored.

    The cache is closed when the stream ends or is abandoned, and pruned to ``max_bytes`` when it ends.
    """
    held: deque[_Stretch] = deque()

    def batches() -> Iterator[list[Item]]:
        for stretch in _stretches(items, cache, batch_size, batch_chars):
            held.append(stretch)
            yield stretch.misses

    complete = False
    computing = compute(batches())
    try:
        for computed in computing:
            stretch = held.popleft()
            new = iter(computed)
            stored: list[tuple[bytes, Result]] = []
            for slot in stretch.slots:
                if isinstance(slot, bytes):
                    result = next(new)
                    stored.append((slot, result))
                    yield result
                else:
                    yield slot
            cache.save(stored, stretch.used)
        complete = True
    finally:
        close = getattr(computing, "close", None)
        if close is not None:
            close()  # --jobs: an abandoned run ends its workers now
        cache.close(max_bytes if complete else None)  # an interrupted run does not wait for pruning
    if note is not None:
        note(cache.counts.line(cache.directory))
