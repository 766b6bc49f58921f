"""Reading inputs: files, directories, stdin and JSONL corpora, decoded exactly.

Everything here is lazy, so a corpus of any size streams through in input order,
and every problem becomes an :class:`InputFailure` for that input alone: the
caller reports it and goes on with the next one.
"""

from __future__ import annotations

import codecs
import enum
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from seedner.io import jsonl_fields as fields
from seedner.io.decoding import BOMS, decode_bytes, utf16_without_bom
from seedner.io.formats import FORMATS, FormatError, extract, format_for_suffix
from seedner.io.stdin import STDIN, STDIN_NOTICE, LiveInput, reads_stdin
from seedner.io.walking import DEFAULT_GLOB, display_name, os_cause, walk


class InputFormat(enum.StrEnum):
    """``--input-format``: ``auto`` chooses by extension (``.jsonl``/``.ndjson``, ``.html``, ``.md``,
    ``.pdf``, ``.docx``, ``.odt``; the rest is text)."""

    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    html = "html"
    markdown = "markdown"
    pdf = "pdf"
    docx = "docx"
    odt = "odt"


JSONL_SUFFIXES = (".jsonl", ".ndjson")
_SAMPLE_BYTES = 1 << 16  # what --encoding auto reads of a JSONL file before choosing how to read it


# Magic numbers of the binary formats most often found next to text files.
@dataclass(frozen=True)
class Document:
    """One text to process; ``name`` is what records carry as ``doc``.

    ``size`` is the number of input bytes it was read from (0 when it was not read
    from an input), so that progress can be counted against the inputs' sizes.
    ``page_starts``: where each page starts in ``text``, for a paged format (PDF).
    """

    name: str
    text: str
    size: int = field(default=0, compare=False, repr=False)
    page_starts: tuple[int, ...] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be read; ``source`` names it for the error message."""

    source: str
    cause: str
    size: int = field(default=0, compare=False, repr=False)  # input bytes it took, as for Document

    def __str__(self) -> str:
        return f"{self.source}: {self.cause}"


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are found and decoded (the ``extract`` options about input)."""

    globs: tuple[str, ...] = (DEFAULT_GLOB,)  # for directories; "!pattern" excludes (see walking)
    hidden: bool = False  # walk hidden files and folders too
    ignore: bool = True  # skip what .gitignore, .git/info/exclude and .seednerignore exclude
    input_format: InputFormat = InputFormat.auto
    text_field: str = "text"  # a key, or a dotted path into nested objects (body.text)
    id_field: str = "id"
    encoding: str = "utf-8"
    strict: bool = False  # a duplicate JSONL id fails its line instead of a warning


Item = Document | InputFailure
Notify = Callable[[str], None]


def _ignore(message: str) -> None:
    """Default for notes nobody asked to see."""


@dataclass(frozen=True)
class Found:
    """An input listing found: a file to read, or stdin when ``path`` is None.

    ``name`` is what records and messages call it; ``info`` is its ``stat``.
    """

    name: str
    path: Path | None = None
    info: os.stat_result | None = None


def list_inputs(
    inputs: Iterable[str], options: ReadOptions = ReadOptions()
) -> Iterator[Found | InputFailure]:
    """Every input to read, in order, without opening any: the one listing all readers share.

    Directories are walked recursively in sorted order, keeping the files that
    ``options.globs`` take and skipping hidden and ignored ones (see
    :mod:`seedner.io.walking`); only regular files are taken there, since opening a
    FIFO met while walking would block forever (one named on purpose, such as
    ``<(command)``, is read).  A file named explicitly is always read.  No input at all means stdin.
    """
    for source in list(inputs) or [STDIN]:
        if source == STDIN:
            yield Found(STDIN)
            continue
        path = Path(source)
        try:
            info = path.stat()
        except FileNotFoundError:
            yield InputFailure(display_name(source), "no such file or directory")
            continue
        except OSError as error:
            yield InputFailure(display_name(source), os_cause(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_directory(path, options)
        elif stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode):
            yield Found(display_name(source), path, info)
        else:
            yield InputFailure(display_name(source), "not a regular file")


def iter_documents(
    inputs: Iterable[str],
    options: ReadOptions = ReadOptions(),
    *,
    notify: Notify = _ignore,
    stdin: BinaryIO | LiveInput | None = None,
    warn: Notify | None = None,
) -> Iterator[Item]:
    """Yield every document of every input, in order; no input at all means stdin.

    ``notify`` receives notes (the encoding detected; at once, when stdin is a
    terminal, that the text is read from it), ``warn`` warnings (JSONL ids
    replaced or repeated; ``notify`` when not given).  ``stdin`` replaces the
    process's; a :class:`LiveInput` gives JSONL lines as they arrive.
    """
    inputs = list(inputs)
    standard = stdin if stdin is not None else sys.stdin
    if reads_stdin(inputs) and standard is not None and _is_terminal(standard):
        notify(STDIN_NOTICE)
    return _documents(inputs, options, notify, stdin, warn)


def _documents(
    inputs: list[str],
    options: ReadOptions,
    notify: Notify,
    stdin: BinaryIO | LiveInput | None,
    warn: Notify | None,
) -> Iterator[Item]:
    for found in list_inputs(inputs, options):
        if isinstance(found, InputFailure):
            yield found
        elif found.path is not None:
            yield from _read_path(found.name, found.path, options, notify, warn)
        else:
            stream = stdin or (sys.stdin.buffer if sys.stdin is not None else None)
            if stream is None:  # started with stdin closed (<&-)
                yield InputFailure(STDIN, "stdin is closed")
            else:
                yield from _read_stream(STDIN, stream, options, notify, warn=warn)


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return callable(isatty) and bool(isatty())
    except (OSError, ValueError):  # closed or detached
        return False


def _walk_directory(root: Path, options: ReadOptions) -> Iterator[Found | InputFailure]:
    """Files under ``root`` that the options take, sorted, with unreadable folders reported."""
    if not os.access(root, os.R_OK | os.X_OK):
        yield InputFailure(display_name(str(root)), "permission denied")
        return
    for found in walk(root, options.globs, hidden=options.hidden, ignore=options.ignore):
        if isinstance(found, OSError):
            yield InputFailure(display_name(str(found.filename or root)), os_cause(found))
        else:
            yield _found_file(found)


def _found_file(path: Path) -> Found | InputFailure:
    """A file met while walking, if it is a regular one."""
    try:
        info = path.stat()
    except OSError as error:
        return InputFailure(display_name(str(path)), os_cause(error))
    if not stat.S_ISREG(info.st_mode):
        return InputFailure(display_name(str(path)), "not a regular file")
    return Found(display_name(str(path)), path, info)


def _read_path(
    source: str, path: Path, options: ReadOptions, notify: Notify, warn: Notify | None = None
) -> Iterator[Item]:
    try:
        with path.open("rb") as stream:
            yield from _read_stream(source, stream, options, notify, suffix=path.suffix.lower(), warn=warn)
    except OSError as error:
        yield InputFailure(source, os_cause(error))


def _read_stream(
    source: str,
    stream: BinaryIO | LiveInput,
    options: ReadOptions,
    notify: Notify,
    *,
    suffix: str = "",
    warn: Notify | None = None,
) -> Iterator[Item]:
    is_jsonl = options.input_format == "jsonl" or (
        options.input_format == "auto" and suffix in JSONL_SUFFIXES
    )
    if is_jsonl:
        yield from _read_jsonl(source, stream, options, notify, warn)
        return
    data = stream.read()
    document_format: str | None = options.input_format if options.input_format in FORMATS else None
    if options.input_format == "auto":
        document_format = format_for_suffix(suffix)
    if document_format is not None:
        try:
            extracted = extract(data, document_format, encoding=options.encoding)
        except FormatError as error:
            yield InputFailure(source, error.cause, len(data))
            return
        yield Document(source, extracted.text, len(data), extracted.page_starts)
        return
    try:
        text = decode_bytes(data, options.encoding, source=source, notify=notify)
    except ValueError as error:
        yield InputFailure(source, str(error), len(data))
        return
    yield Document(source, text, len(data))


def _read_jsonl(
    source: str,
    stream: BinaryIO | LiveInput,
    options: ReadOptions,
    notify: Notify,
    warn: Notify | None = None,
) -> Iterator[Item]:
    """UTF-8 JSONL is read line by line as it comes (with ``auto`` too, when its first 64 KB are UTF-8);
    another encoding has the file decoded whole first, since its line ends cannot be found in the bytes
    (UTF-16).  A UTF-16 or UTF-32 file read as UTF-8 is one clear error, not a failure per line.
    A live stream (stdin) is sampled on its first line only, so that it is not waited for."""
    head = stream.readline() if isinstance(stream, LiveInput) else stream.read(_SAMPLE_BYTES)
    bom = next((name for mark, name in BOMS if head.startswith(mark) and name != "utf-8-sig"), None)
    if options.encoding == "auto":
        utf8 = bom is None and b"\x00" not in head and _utf8_prefix(head)
    else:
        utf8 = codecs.lookup(options.encoding).name == "utf-8"
        if utf8 and bom is not None:
            yield InputFailure(source, f"{bom} text (it starts with a {bom} BOM): give --encoding auto", 0)
            return
    if utf8 and utf16_without_bom(head):
        yield InputFailure(source, "UTF-16 text without a BOM: give --encoding auto or utf-16-le", 0)
        return
    if utf8:
        yield from read_jsonl_lines(source, _prefixed(head, stream), options, notify, warn=warn)
        return
    data = head + stream.read()
    try:
        text = decode_bytes(data, options.encoding, source=source, notify=notify)
    except ValueError as error:
        yield InputFailure(source, str(error), len(data))
        return
    lines = (line.encode("utf-8") for line in text.splitlines(keepends=True))
    yield from read_jsonl_lines(source, lines, options, notify, warn=warn)


def _utf8_prefix(data: bytes) -> bool:
    """Whether ``data`` is UTF-8, but for a character cut at its end."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(data) - 3 and error.reason == "unexpected end of data"
    return True


def _prefixed(head: bytes, stream: BinaryIO | LiveInput) -> Iterator[bytes]:
    """The lines of ``stream`` whose first bytes ``head`` were already read."""
    lines = head.splitlines(keepends=True)
    if not lines:
        return
    rest = iter(stream)
    if not lines[-1].endswith((b"\n", b"\r")):
        lines[-1] += next(rest, b"")
    yield from lines
    yield from rest


def read_jsonl_lines(
    source: str,
    lines: Iterable[bytes],
    options: ReadOptions,
    notify: Notify = _ignore,
    *,
    first_line: int = 1,
    warn: Notify | None = None,
) -> Iterator[Item]:
    """One document per JSONL line; a bad line fails alone, as ``file:line``.

    The text and id fields may be dotted paths (``body.text``).  An id that is
    not a string or an integer (float, boolean, null, list, object, empty
    string) is replaced by ``file:line``, with one warning for the file; a
    duplicate id is a warning, or that line's failure with ``options.strict``.
    ``first_line`` numbers lines read from the middle of a file (a cluster
    partition); duplicates and bad ids are then noticed within those lines only.
    """
    warn = warn or notify
    seen: dict[str, int] = {}
    bad_ids: list[tuple[int, str]] = []  # (line, what the id was)
    taken = 0  # input bytes since the last item, blank lines included
    for number, raw in enumerate(lines, start=first_line):
        where = f"{source}:{number}"
        taken += len(raw)
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        size, taken = taken, 0
        try:
            record = json.loads(raw)
        except (UnicodeDecodeError, ValueError) as error:
            yield InputFailure(where, f"invalid JSON ({fields.json_cause(error)})", size)
            continue
        if not isinstance(record, dict):
            yield InputFailure(where, f"expected a JSON object, got {type(record).__name__}", size)
            continue
        text = fields.lookup(record, options.text_field)
        problem = fields.text_problem(text)
        if problem is not None or not isinstance(text, str):
            yield InputFailure(where, f"text field {options.text_field!r} {problem}", size)
            continue
        identifier = fields.lookup(record, options.id_field)
        name = where
        if identifier is not fields.MISSING:
            wrong = fields.id_problem(identifier)
            if wrong is None:
                name = str(identifier)
            else:
                bad_ids.append((number, wrong))
        if fields.surrogate_at(name) is not None:
            yield InputFailure(
                where, f"id field {options.id_field!r} is not valid Unicode (lone surrogate)", size
            )
            continue
        if name in seen:
            duplicate = f"duplicate id {name!r} (first on line {seen[name]})"
            if options.strict:
                yield InputFailure(where, duplicate, size)
                continue
            warn(f"{where}: {duplicate}")
        else:
            seen[name] = number
        yield Document(name, text, size)
    if bad_ids:
        line, wrong = bad_ids[0]
        more = f" and {len(bad_ids) - 1} other line(s)" if len(bad_ids) > 1 else ""
        needed = "a string or an integer is needed"
        warn(f"{source}:{line}: id field {options.id_field!r} is {wrong} ({needed}){more}; named file:line")
