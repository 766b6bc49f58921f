"""Cutting a run into partitions that cluster workers read themselves, and its manifest.

The client lists the inputs with :func:`seedner.io.list_inputs`, the listing
the one-process reader uses (same names, order and failures), without reading
text files, and cuts JSONL files into whole-line
byte ranges.  A partition is a small, JSON-able description sent to a worker,
which reads its documents with :func:`read_units`: the same documents, names
and failures, in the same order, as the one-process reader.

Each partition becomes one part file; :class:`Manifest` records the plan and
which parts are complete, so that an interrupted run can be resumed.  No Dask
here: the cluster side is :mod:`seedner.dask`.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from io import BytesIO
from pathlib import Path
from typing import Any, Literal

from seedner.errors import OutputError
from seedner.io.atomic import atomic_output
from seedner.io.readers import (
    JSONL_SUFFIXES,
    Document,
    InputFailure,
    Item,
    Notify,
    ReadOptions,
    decode_bytes,
    list_inputs,
    os_cause,
    read_jsonl_lines,
)
from seedner.pipeline.settings import PipelineSettings
from seedner.version import __version__

MANIFEST = "manifest.json"
MANIFEST_EVERY = 1.0  # seconds at least between manifest rewrites while parts complete
PARTITION_BYTES = 256 << 10  # a few seconds of work for one worker: balanced load, fine-grained resume
MAX_UNITS = 1000  # files per partition, so that a description stays small


@dataclass(frozen=True)
class Unit:
    """A text file, a line range of a JSONL file, or a failure found while listing.

    ``name`` is the input as the one-process run names it; ``path`` is absolute,
    for workers whose working directory differs; ``end`` -1 reads to the end.
    ``size`` and ``mtime_ns`` let a re-run notice that an input changed.
    """

    kind: Literal["text", "jsonl", "failure"]
    name: str
    path: str = ""
    start: int = 0
    end: int = -1
    line: int = 1
    size: int = 0
    mtime_ns: int = 0
    cause: str = ""


Partition = tuple[Unit, ...]


def plan_partitions(
    inputs: Sequence[str], options: ReadOptions | None = None, *, partition_bytes: int = PARTITION_BYTES
) -> list[Partition]:
    """Partitions of about ``partition_bytes`` of input each, in input order.

    Raises ValueError for stdin, which cannot be shared with workers.
    """
    options = options or ReadOptions()
    partitions: list[Partition] = []
    current: list[Unit] = []
    size = 0
    for unit in _units(inputs, options, max(partition_bytes, 1)):
        current.append(unit)
        size += max(unit.end - unit.start, 0)
        if size >= partition_bytes or len(current) >= MAX_UNITS:
            partitions.append(tuple(current))
            current, size = [], 0
    if current:
        partitions.append(tuple(current))
    return partitions


def part_names(count: int) -> list[str]:
    """``part-00000.jsonl`` …, zero-padded so that name order is partition order."""
    width = max(5, len(str(count - 1)))
    return [f"part-{index:0{width}d}.jsonl" for index in range(count)]


def _units(inputs: Sequence[str], options: ReadOptions, target: int) -> Iterator[Unit]:
    for found in list_inputs(inputs, options):
        if isinstance(found, InputFailure):
            yield Unit("failure", found.source, cause=found.cause)
        elif found.path is None or found.info is None:
            raise ValueError("stdin cannot be partitioned: give files or directories")
        else:
            yield from _file_units(found.name, found.path, found.info, options, target)


def _file_units(
    name: str, path: Path, info: os.stat_result, options: ReadOptions, target: int
) -> Iterator[Unit]:
    regular = stat.S_ISREG(info.st_mode)
    unit = Unit(
        "text",
        name,
        os.path.abspath(path),
        end=info.st_size if regular else -1,
        size=info.st_size,
        mtime_ns=info.st_mtime_ns,
    )
    jsonl = options.input_format == "jsonl" or (
        options.input_format == "auto" and path.suffix.lower() in JSONL_SUFFIXES
    )
    if not jsonl:
        yield unit
    elif not regular:  # a pipe can be read once only, whole
        yield replace(unit, kind="jsonl")
    else:
        try:
            for start, end, line in _line_ranges(path, target):
                yield replace(unit, kind="jsonl", start=start, end=end, line=line)
        except OSError as error:
            yield Unit("failure", name, cause=os_cause(error))


def _line_ranges(path: Path, target: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, first line number) of consecutive whole-line ranges of ``target`` bytes or more.

    Streams the file once (lines are split on ``\\n`` only, as the reader does);
    nothing but the current line is held in memory.
    """
    start = position = 0
    first = line = 1
    with path.open("rb") as stream:
        for raw in stream:
            position += len(raw)
            line += 1
            if position - start >= target:
                yield start, position, first
                start, first = position, line
    if position > start:
        yield start, position, first


def read_units(units: Iterable[Unit], options: ReadOptions, notify: Notify) -> Iterator[Item]:
    """The documents and failures of a partition, as ``iter_documents`` gives them."""
    for unit in units:
        if unit.kind == "failure":
            yield InputFailure(unit.name, unit.cause)
            continue
        try:
            with open(unit.path, "rb") as stream:
                stream.seek(unit.start)
                whole = unit.end < 0 or unit.kind == "text"
                data = stream.read() if whole else stream.read(unit.end - unit.start)
        except OSError as error:
            yield InputFailure(unit.name, os_cause(error))
            continue
        if unit.kind == "jsonl":
            yield from _jsonl_items(unit, data, options, notify)
            continue
        try:
            yield Document(unit.name, decode_bytes(data, options.encoding, source=unit.name, notify=notify))
        except ValueError as error:
            yield InputFailure(unit.name, str(error))


def _jsonl_items(unit: Unit, data: bytes, options: ReadOptions, notify: Notify) -> Iterator[Item]:
    """One document per line, numbered from the range's first line, exactly as ``seedner.io`` reads JSONL."""
    return read_jsonl_lines(unit.name, BytesIO(data), options, notify, first_line=unit.line)


# --- The directory of parts -----------------------------------------------------------------------


PART_FIELDS = ("name", "documents", "records", "bytes", "sha256")


@dataclass(frozen=True)
class PartReport:
    """One finished part: what the manifest records and the client reports."""

    name: str
    documents: int
    records: int
    bytes: int
    sha256: str
    messages: tuple[tuple[str, str], ...] = ()  # ("error" | "note", text), in input order
    reused: bool = False  # found complete in the directory, not recomputed

    @property
    def errors(self) -> list[str]:
        return [text for kind, text in self.messages if kind == "error"]


def plan_description(
    inputs: Sequence[str],
    options: ReadOptions,
    settings: PipelineSettings,
    labels: frozenset[str] | None,
    unique: bool,
    partitions: list[Partition],
) -> dict[str, Any]:
    """What makes a run's output what it is: a re-run may reuse parts only if this is equal."""
    plan = {
        "seedner": __version__,
        "inputs": list(inputs),
        "settings": {
            "read": asdict(options),
            "pipeline": asdict(settings),
            "labels": sorted(labels) if labels is not None else None,
            "unique": unique,
        },
        "partitions": [[asdict(unit) for unit in units] for units in partitions],
    }
    normalised: dict[str, Any] = json.loads(json.dumps(plan, default=str))
    return normalised


class Manifest:
    """``manifest.json``: the run's plan and every part's state, always replaced atomically."""

    def __init__(self, path: Path, plan: dict[str, Any], parts: list[dict[str, Any]]) -> None:
        self.path = path
        self.plan = plan
        self.parts = parts
        self.saved = 0.0
        self.interval = MANIFEST_EVERY

    @classmethod
    def open(cls, directory: Path, plan: dict[str, Any], names: list[str]) -> Manifest:
        """The manifest of ``directory``, new or resumed; refuses a directory of another run."""
        path = directory / MANIFEST
        parts: list[dict[str, Any]] = [{"name": name, "status": "pending"} for name in names]
        try:
            directory.mkdir(parents=True, exist_ok=True)
            if path.exists():
                stored = json.loads(path.read_text("utf-8"))
                if not isinstance(stored, dict) or stored.get("plan") != plan:
                    raise OutputError(
                        f"{directory} holds the parts of another extraction (other inputs, settings "
                        "or seedner version); give an empty or new directory"
                    )
                parts = stored["parts"]
            elif any(not _temporary(entry) for entry in directory.iterdir()):
                raise OutputError(
                    f"{directory} is not empty and has no {MANIFEST}; give an empty or new directory"
                )
            for entry in directory.iterdir():
                if _temporary(entry):  # left by an interrupted run
                    entry.unlink(missing_ok=True)
        except (OSError, ValueError) as error:
            raise OutputError(f"{path}: {getattr(error, 'strerror', None) or error}") from None
        manifest = cls(path, plan, parts)
        manifest.save(force=True)
        return manifest

    def verified(self) -> dict[int, PartReport]:
        """Parts recorded as done whose file is there and unchanged; every other part becomes pending."""
        reports: dict[int, PartReport] = {}
        for index, entry in enumerate(self.parts):
            part = self.path.parent / entry["name"]
            if entry.get("status") == "done" and part.is_file():
                fields: dict[str, Any] = {key: entry.get(key) for key in PART_FIELDS}
                messages = tuple((kind, text) for kind, text in entry.get("messages", ()))
                if checksum(part) == (fields["bytes"], fields["sha256"]):
                    reports[index] = PartReport(**fields, messages=messages, reused=True)
                    continue
            self.parts[index] = {"name": entry["name"], "status": "pending"}
        return reports

    def record(self, index: int, report: PartReport) -> None:
        entry = {"status": "done", **asdict(report)}
        del entry["reused"]
        self.parts[index] = entry
        self.save()

    def save(self, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.saved < self.interval:
            return
        complete = all(part["status"] == "done" for part in self.parts)
        data = {"format": 1, "complete": complete, "plan": self.plan, "parts": self.parts}
        with atomic_output(self.path) as stream:
            stream.write((json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
        self.saved = time.monotonic()
        # A manifest of many parts takes time to write: spend 5 % of the run on it at most.
        self.interval = max(MANIFEST_EVERY, 20 * (self.saved - now))


def _temporary(entry: Path) -> bool:
    """A file an interrupted run left half written (see ``AtomicOutput``)."""
    return entry.name.startswith((".part-", f".{MANIFEST}.")) and entry.name.endswith(".part")


def checksum(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()
