"""Output writers: one abstraction, one small class per ``--format``.

Every command that prints records goes through a :class:`RecordWriter`, so the
formats stay consistent.  Writers receive one document's records at a time (and
its text, when their ``needs_text`` asks for it) and write them as one block, so
an interrupted run never leaves half a line or half a file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any, Protocol

from .errors import OutputError
from .records import LABELS, RECORD_FIELDS, Record
from .signals import blocked

# Formats that write files into the ``-o`` directory instead of one stream.
DIRECTORY_FORMATS = frozenset({"brat"})


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


def signals_deferred() -> AbstractContextManager[None]:
    """Hold SIGINT/SIGTERM while a block of output is written, deliver them after."""
    return blocked((signal.SIGINT, signal.SIGTERM))


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


class TableWriter:
    """A rich table for people; rendered once all documents are in."""

    needs_text = False

    def __init__(self, stream: IO[bytes], *, color: bool | None = None) -> None:
        self.stream = stream
        self.rows: list[Record] = []
        self.color = color if color is not None else _is_terminal(stream)

    def write(self, doc: str, records: Sequence[Record], text: str | None = None) -> None:
        self.rows.extend(records)

    def close(self) -> None:
        from .tables import records_table, render

        self.stream.write(render(records_table(self.rows), color=self.color).encode("utf-8"))
        self.stream.flush()


def _is_terminal(stream: IO[bytes]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# Characters brat would read as a line end inside a .ann line.
_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_FRAGMENT = re.compile(f"[^{_LINE_BREAKS}]+")
_UNSAFE_NAME = re.compile(r"[^\w.-]+")
_MAX_NAME_BYTES = 150
BRAT_CONF = "[entities]\n" + "\n".join(LABELS) + "\n[relations]\n[events]\n[attributes]\n"


class BratWriter:
    """brat standoff: ``<name>.txt`` (the text, exactly) and ``<name>.ann`` per document.

    Offsets are code points of the ``.txt``.  A mention across a line break is
    written as fragments, as brat does; acronym expansions become AnnotatorNotes.
    """

    needs_text = True

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.used: set[str] = set()

    def write(self, doc: str, records: Sequence[Record], text: str | None = None) -> None:
        text = required_text(self, text)
        stem = self.file_stem(doc)
        self._ensure_directory()
        with signals_deferred():
            _replace_file(self.directory / f"{stem}.txt", text.encode("utf-8"))
            _replace_file(self.directory / f"{stem}.ann", ann_text(records).encode("utf-8"))

    def close(self) -> None:
        self._ensure_directory()
        conf = self.directory / "annotation.conf"
        if not conf.exists():  # never overwrite a project's own configuration
            _replace_file(conf, BRAT_CONF.encode("utf-8"))

    def file_stem(self, doc: str) -> str:
        """A safe, deterministic file name for ``doc``, unique in this run (any case)."""
        stem = safe_stem(doc)
        candidate, number = stem, 1
        while candidate.casefold() in self.used:
            number += 1
            candidate = f"{stem}-{number}"
        self.used.add(candidate.casefold())
        return candidate

    def _ensure_directory(self) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"{self.directory}: {error.strerror or error}") from None


def safe_stem(doc: str) -> str:
    """``corpus/Dépêche 1.txt`` → ``corpus_Dépêche_1``: letters, digits, ``._-`` only."""
    name = unicodedata.normalize("NFC", doc)
    name = name[:-4] if name.lower().endswith(".txt") else name
    stem = _UNSAFE_NAME.sub("_", name).strip("._-")
    stem = stem.encode("utf-8")[:_MAX_NAME_BYTES].decode("utf-8", "ignore")
    return stem or ("stdin" if doc == "-" else "document")


def ann_text(records: Sequence[Record]) -> str:
    """The ``.ann`` lines of one document's records."""
    lines = []
    for number, record in enumerate(records, start=1):
        fragments = [
            (record["start"] + match.start(), record["start"] + match.end(), match.group())
            for match in _FRAGMENT.finditer(record["text"])
        ]
        offsets = ";".join(f"{start} {end}" for start, end, _ in fragments)
        surface = " ".join(part for _, _, part in fragments).replace("\t", " ")
        lines.append(f"T{number}\t{record['label']} {offsets}\t{surface}\n")
        note = _expansion_note(record)
        if note:
            lines.append(f"#{number}\tAnnotatorNotes T{number}\t{note}\n")
    return "".join(lines)


def _expansion_note(record: Record) -> str:
    if record["expansion"]:
        note = str(record["expansion"])
    elif record["expansion_candidates"]:
        note = "one of: " + " | ".join(record["expansion_candidates"])
    else:
        return ""
    return " ".join(note.split())


def _replace_file(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file, so it is never seen half written."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        try:
            os.chmod(temporary, _new_file_mode())
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise OutputError(f"{path}: {error.strerror or error}") from None


@cache
def _new_file_mode() -> int:
    """The mode ``open()`` would give (mkstemp's 0600 would hide files from a brat server)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _html_writer(stream: IO[bytes]) -> RecordWriter:
    from .render import HtmlReportWriter

    return HtmlReportWriter(stream)


def _brat_writer(directory: Path | None) -> RecordWriter:
    if directory is None or str(directory) == "-":
        raise ValueError("the brat format writes files: give an output directory")
    return BratWriter(directory)


@dataclass(frozen=True)
class WriterOptions:
    """What some formats need beyond a stream."""

    include_text: bool = False  # doc: add each document's text
    directory: Path | None = None  # brat: where the files go


WRITERS: dict[str, Callable[[IO[bytes], WriterOptions], RecordWriter]] = {
    "jsonl": lambda stream, _: JsonlWriter(stream),
    "table": lambda stream, _: TableWriter(stream),
    "csv": lambda stream, _: DelimitedWriter(stream, ","),
    "tsv": lambda stream, _: DelimitedWriter(stream, "\t"),
    "doc": lambda stream, options: DocWriter(stream, include_text=options.include_text),
    "spans": lambda stream, _: SpansWriter(stream),
    "brat": lambda _, options: _brat_writer(options.directory),
    "html": lambda stream, _: _html_writer(stream),
}
FORMATS = tuple(WRITERS)


def make_writer(
    format_name: str, stream: IO[bytes], *, include_text: bool = False, directory: Path | None = None
) -> RecordWriter:
    """The writer of ``--format``: on ``stream``, or into ``directory`` for brat."""
    return WRITERS[format_name](stream, WriterOptions(include_text, directory))


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
        os.chmod(self.temporary, _new_file_mode())
        self.stream: IO[bytes] = os.fdopen(handle, "wb")

    def commit(self) -> None:
        # Held signals: a SIGTERM here must not leave the temporary file behind.
        with signals_deferred():
            self.stream.close()
            os.replace(self.temporary, self.path)

    def discard(self) -> None:
        with suppress(OSError):  # a failed flush (disk full) must not keep the file
            self.stream.close()
        self.temporary.unlink(missing_ok=True)
