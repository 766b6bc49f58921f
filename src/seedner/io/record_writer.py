"""The writer abstraction every output format implements, and the JSON line every format shares.

Writers receive one document's records at a time (and its text, when their
``needs_text`` asks for it) and write them as one block, so an interrupted run
never leaves half a line or half a file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import IO, Protocol

from seedner.io.signals import signals_deferred
from seedner.records.record import Record

# Characters that str.splitlines() and some editors take for line ends but JSON leaves unescaped.
_UNICODE_LINE_ENDS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
# One encoder for every record: json.dumps with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def dumps(record: Record) -> str:
    """One JSON line: UTF-8 text, stable key order, no ASCII escaping.

    NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are escaped (they can only
    occur inside strings), so every reader sees exactly one record per line.
    """
    line = _ENCODER.encode(record)
    if "\x85" in line or "\u2028" in line or "\u2029" in line:  # three scans cost less than a translate
        return line.translate(_UNICODE_LINE_ENDS)
    return line


class RecordWriter(Protocol):
    """What every output format implements."""

    needs_text: bool  # the caller must pass each document's text to write()

    def write(self, doc: str, records: Sequence[Record], text: str | None = None) -> None:
        """Write one document's records (``text`` is the document, when needed)."""

    def close(self) -> None:
        """Finish the output (tables and reports are printed here)."""


def required_text(writer: RecordWriter, text: str | None) -> str:
    """The document text a writer cannot do without; its absence is a caller bug."""
    if text is None:
        raise ValueError(f"{type(writer).__name__} needs the document text (Extractor keep_text=True)")
    return text


class BlockWriter:
    """Base of the stream formats: each document becomes one block, flushed at once."""

    needs_text = False

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def block(self, doc: str, records: Sequence[Record], text: str | None) -> str:
        raise NotImplementedError

    def write(self, doc: str, records: Sequence[Record], text: str | None = None) -> None:
        self.emit(self.block(doc, records, text))

    def emit(self, block: str) -> None:
        if not block:
            return
        data = block.encode("utf-8")
        with signals_deferred():
            self.stream.write(data)
            self.stream.flush()

    def close(self) -> None:
        self.stream.flush()
