"""Output formats: one small writer class per ``--format``, and the registry the options are built from.

Every command that prints records goes through a
:class:`~seedner.io.record_writer.RecordWriter`, so the formats stay consistent.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from seedner.errors import OutputError
from seedner.io.record_writer import BlockWriter, RecordWriter, dumps, required_text
from seedner.records.record import RECORD_FIELDS, Record


class JsonlWriter(BlockWriter):
    """One JSON object per mention and per line (the default, for jq and CI)."""

    # Records written at once: a document with a million mentions is written in
    # parts, never held as one huge string (each part is still whole lines).
    chunk = 4096

    def block(self, doc: str, records: Sequence[Record], text: str | None) -> str:
        return "".join(dumps(record) + "\n" for record in records)

    def write(self, doc: str, records: Sequence[Record], text: str | None = None) -> None:
        for start in range(0, len(records), self.chunk):
            self.emit(self.block(doc, records[start : start + self.chunk], text))


class DelimitedWriter(BlockWriter):
    """CSV or TSV for spreadsheets: the JSONL fields, a header row, RFC 4180 quoting.

    Lists are joined with ``|``, null is an empty cell, booleans are true/false.
    The columns are the first record's fields (``--unique`` adds two).
    """

    def __init__(self, stream: IO[bytes], delimiter: str = ",") -> None:
        super().__init__(stream)
        self.delimiter = delimiter
        self.fields: list[str] | None = None

    def block(self, doc: str, records: Sequence[Record], text: str | None) -> str:
        if not records:
            return ""
        buffer = io.StringIO()
        table = csv.writer(buffer, delimiter=self.delimiter, lineterminator="\r\n")
        if self.fields is None:
            self.fields = list(records[0])
            table.writerow(self.fields)
        table.writerows([_cell(record.get(name)) for name in self.fields] for record in records)
        return buffer.getvalue()

    def close(self) -> None:
        if self.fields is None:  # no mention at all: still a table with its header
            self.fields = list(RECORD_FIELDS)
            self.emit(self.delimiter.join(self.fields) + "\r\n")
        super().close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "|".join(str(item) for item in value)
    return str(value)


class DocWriter(BlockWriter):
    """One JSON object per document, mentions included, even when it has none."""

    def __init__(self, stream: IO[bytes], *, include_text: bool = False) -> None:
        super().__init__(stream)
        self.needs_text = include_text

    def block(self, doc: str, records: Sequence[Record], text: str | None) -> str:
        document: dict[str, Any] = {"doc": doc}
        if self.needs_text:
            document["text"] = required_text(self, text)
        document["entities"] = [{k: v for k, v in record.items() if k != "doc"} for record in records]
        return dumps(document) + "\n"


class SpansWriter(BlockWriter):
    """Prodigy/doccano-style tasks, to load as pre-annotations (and to evaluate back)."""

    needs_text = True

    def block(self, doc: str, records: Sequence[Record], text: str | None) -> str:
        spans = [{"start": r["start"], "end": r["end"], "label": r["label"]} for r in records]
        task = {"text": required_text(self, text), "spans": spans, "meta": {"doc": doc}}
        return dumps(task) + "\n"


class TableWriter(BlockWriter):
    """Rich tables for people: a heading per document, then its mentions, printed as each document comes.

    The width is the terminal's (``COLUMNS``, else 120 when not a terminal); the
    expansion column is kept down to 60 columns.
    """

    def __init__(self, stream: IO[bytes], *, color: bool | None = None, width: int | None = None) -> None:
        from seedner.io.tables import terminal_width

        super().__init__(stream)
        self.color = color if color is not None else _is_terminal(stream)
        self.width = width or terminal_width()
        self.printed = False

    def block(self, doc: str, records: Sequence[Record], text: str | None) -> str:
        if not records:
            return ""
        from seedner.io.tables import document_block, render

        self.printed = True
        return render(document_block(doc, records, width=self.width), color=self.color, width=self.width)

    def close(self) -> None:
        if not self.printed:
            self.emit("no mention\n")
        super().close()


def _is_terminal(stream: IO[bytes]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _html_writer(stream: IO[bytes], options: WriterOptions) -> RecordWriter:
    from seedner.io.html_report import HtmlReportWriter

    return HtmlReportWriter(stream)


def _brat_writer(stream: IO[bytes], options: WriterOptions) -> RecordWriter:
    from seedner.io.brat import BratWriter

    if options.directory is None or str(options.directory) == "-":
        raise OutputError("--format brat writes files: give -o DIR")
    return BratWriter(options.directory)


@dataclass(frozen=True)
class WriterOptions:
    """What some formats need beyond a stream."""

    include_text: bool = False  # doc: add each document's text
    directory: Path | None = None  # brat: where the files go


@dataclass(frozen=True)
class Format:
    """One output format: how to build its writer, and where the command line offers it."""

    name: str
    build: Callable[[IO[bytes], WriterOptions], RecordWriter]
    into_directory: bool = False  # writes files into the ``-o`` directory instead of one stream
    for_extract: bool = True  # offered by ``seedner extract --format``


FORMATS: dict[str, Format] = {
    format.name: format
    for format in (
        Format("jsonl", lambda stream, _: JsonlWriter(stream)),
        Format("table", lambda stream, _: TableWriter(stream)),
        Format("csv", lambda stream, _: DelimitedWriter(stream, ",")),
        Format("tsv", lambda stream, _: DelimitedWriter(stream, "\t")),
        Format("doc", lambda stream, options: DocWriter(stream, include_text=options.include_text)),
        Format("spans", lambda stream, _: SpansWriter(stream)),
        Format("brat", _brat_writer, into_directory=True),
        Format("html", _html_writer, for_extract=False),  # ``seedner render``
    )
}
EXTRACT_FORMATS = tuple(name for name, format in FORMATS.items() if format.for_extract)
DIRECTORY_FORMATS = frozenset(name for name, format in FORMATS.items() if format.into_directory)


def make_writer(
    format_name: str, stream: IO[bytes], *, include_text: bool = False, directory: Path | None = None
) -> RecordWriter:
    """The writer of ``--format``: on ``stream``, or into ``directory`` for brat."""
    return FORMATS[format_name].build(stream, WriterOptions(include_text, directory))
