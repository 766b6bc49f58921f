"""Output writers: one abstraction, one class per ``--format``.

Every command that prints records goes through a :class:`RecordWriter`, so the
formats stay consistent.  Writers receive one document's records at a time and
write them as one block, so an interrupted run never leaves half a line.
"""

from __future__ import annotations

import json
import os
import signal
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Protocol

from .records import Record

_DEFERRED_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def dumps(record: Record) -> str:
    """One JSON line: UTF-8 text, stable key order, no ASCII escaping."""
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold SIGINT/SIGTERM while a block of output is written, deliver them after."""
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED_SIGNALS)
    except (ValueError, OSError):  # not the main thread: nothing to defer
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class RecordWriter(Protocol):
    """What every output format implements."""

    def write(self, doc: str, records: Sequence[Record]) -> None:
        """Write one document's records."""

    def close(self) -> None:
        """Finish the output (tables are printed here)."""


class JsonlWriter:
    """One JSON object per line, flushed after each document."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def write(self, doc: str, records: Sequence[Record]) -> None:
        if not records:
            return
        block = "".join(dumps(record) + "\n" for record in records).encode("utf-8")
        with signals_deferred():
            self.stream.write(block)
            self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class TableWriter:
    """A rich table for people; rendered once all documents are in."""

    def __init__(self, stream: IO[bytes], *, color: bool | None = None) -> None:
        self.stream = stream
        self.rows: list[Record] = []
        self.color = color

    def write(self, doc: str, records: Sequence[Record]) -> None:
        self.rows.extend(records)

    def close(self) -> None:
        from .tables import records_table, render

        self.stream.write(render(records_table(self.rows), color=self.color).encode("utf-8"))
        self.stream.flush()


WRITERS: dict[str, Any] = {"jsonl": JsonlWriter, "table": TableWriter}
FORMATS = tuple(WRITERS)


def make_writer(format_name: str, stream: IO[bytes]) -> RecordWriter:
    """The writer of ``--format`` on ``stream``."""
    writer: RecordWriter = WRITERS[format_name](stream)
    return writer


class AtomicOutput:
    """``-o FILE``: write to a temporary file beside it, rename on success only.

    An interrupted or failed run never leaves a truncated file under the final
    name; stdout (``-`` or no ``-o``) is written directly.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        folder = path.parent if str(path.parent) else Path(".")
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        self.temporary = Path(temporary)
        self.stream: IO[bytes] = os.fdopen(handle, "wb")

    def commit(self) -> None:
        self.stream.close()
        os.replace(self.temporary, self.path)

    def discard(self) -> None:
        self.stream.close()
        self.temporary.unlink(missing_ok=True)
