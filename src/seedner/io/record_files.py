"""Reading result files back: the records ``seedner extract`` wrote, one document at a time.

A result file is JSON Lines, one record per line (``--unique`` records too, and the
``--format doc`` objects, ``{"doc", "entities": [...]}``, each giving its records).
The writer prints documents in input order, each one's records together, so
:func:`document_groups` reads one document's records at a time and never the whole file.
Anything that is not such a file is a :class:`~seedner.errors.DiffInputError`
naming the file and line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import IO, Any

from seedner.errors import DiffInputError
from seedner.io.readers import STDIN, os_cause
from seedner.records.record import Record

_REQUIRED = (("doc", str), ("start", int), ("end", int), ("label", str))


def document_groups(source: str) -> Iterator[tuple[str, list[Record]]]:
    """``(doc, records)`` for each run of consecutive records of one document in ``source``
    (a path, or ``-`` for stdin), in file order.  The file is opened at once: a file that
    cannot be opened fails here, before any output."""
    return _groups(read_records(source))


def _groups(records_read: Iterator[Record]) -> Iterator[tuple[str, list[Record]]]:
    doc: str | None = None
    records: list[Record] = []
    for record in records_read:
        if record["doc"] != doc:
            if doc is not None:
                yield doc, records
            doc, records = record["doc"], []
        records.append(record)
    if doc is not None:
        yield doc, records


def read_records(source: str) -> Iterator[Record]:
    """Every record of ``source``, checked: a JSON object with a string ``doc`` and ``label`` and
    integer ``start`` and ``end``; blank lines are skipped.  The file is opened at once."""
    return _read(source, _open(source))


def _read(source: str, opened: AbstractContextManager[IO[bytes]]) -> Iterator[Record]:
    with opened as stream:
        try:
            for number, raw in enumerate(stream, start=1):
                if raw.strip():
                    yield from _records_of(_parse(raw, source, number), source, number)
        except OSError as error:
            raise DiffInputError(f"{source}: {os_cause(error)}") from None


def _open(source: str) -> AbstractContextManager[IO[bytes]]:
    if source == STDIN:
        if sys.stdin is None:
            raise DiffInputError("-: stdin is closed")
        return nullcontext(sys.stdin.buffer)  # not closed after
    path = Path(source)
    if path.is_dir():
        raise DiffInputError(f"{source}: is a directory (give a result file: seedner extract … -o FILE)")
    try:
        return path.open("rb")
    except OSError as error:
        raise DiffInputError(f"{source}: {os_cause(error)}") from None


def _parse(raw: bytes, source: str, number: int) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DiffInputError(f"{source}:{number}: not UTF-8 (result files are UTF-8 JSON Lines)") from None
    except json.JSONDecodeError as error:
        where = f"{source}:{number}"
        raise DiffInputError(f"{where}: invalid JSON ({error.msg} at column {error.colno})") from None


def _records_of(value: Any, source: str, number: int) -> Iterator[Record]:
    if isinstance(value, dict) and isinstance(value.get("entities"), list) and "start" not in value:
        for entity in value["entities"]:  # --format doc: one object per document
            record = {"doc": value.get("doc"), **entity} if isinstance(entity, dict) else entity
            yield _checked(record, source, number)
    else:
        yield _checked(value, source, number)


def _checked(value: Any, source: str, number: int) -> Record:
    if not isinstance(value, dict):
        raise DiffInputError(f"{source}:{number}: not a seedner record (a JSON {type(value).__name__})")
    for name, kind in _REQUIRED:
        field = value.get(name)
        if not isinstance(field, kind) or isinstance(field, bool):
            problem = "no" if name not in value else f"a {type(field).__name__} as"
            raise DiffInputError(f"{source}:{number}: not a seedner record ({problem} {name!r})")
    return value
