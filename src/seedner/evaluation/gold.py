"""Reading gold annotation files (ours, Prodigy-style and doccano JSONL).

Evaluation is only as good as its gold, so reading is strict: every problem in
a file is collected and reported as ``file:line: message`` in one error, so an
annotator can fix a whole file in one pass instead of one line per run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple, TypeGuard

from seedner.errors import InputError, SeednerError
from seedner.records.record import LABELS

GoldFormat = Literal["seedner", "prodigy", "doccano"]

# keys only our own format uses: their presence tells it apart from Prodigy output
_SEEDNER_KEYS = ("acronyms", "ignore", "not_acronyms")
_DOCCANO_KEYS = ("label", "labels")
# Prodigy keeps rejected and skipped tasks in its exports; they are not gold
_DISCARDED_ANSWERS = ("reject", "ignore")


class GoldSpan(NamedTuple):
    """An entity mention; a plain tuple so it compares with (start, end, label)."""

    start: int
    end: int
    label: str


class Region(NamedTuple):
    """A stretch of text neither required nor penalised by scoring."""

    start: int
    end: int


class TextRegion(NamedTuple):
    """A capitalised word that must not be reported as an acronym."""

    start: int
    end: int
    text: str


class GoldAcronym(NamedTuple):
    """An acronym mention and the long forms accepted as its expansion."""

    start: int
    end: int
    text: str
    expansions: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldDocument:
    """One annotated text; offsets are code points into ``text``, end exclusive."""

    id: str
    text: str
    spans: tuple[GoldSpan, ...] = ()
    acronyms: tuple[GoldAcronym, ...] = ()
    ignore: tuple[Region, ...] = ()
    not_acronyms: tuple[TextRegion, ...] = ()


@dataclass(frozen=True)
class GoldSet:
    """The documents of one gold file and the format they were read in."""

    path: str
    format: GoldFormat
    documents: tuple[GoldDocument, ...]

    def __iter__(self) -> Iterator[GoldDocument]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)


@dataclass(frozen=True)
class GoldProblem:
    """One defect of a gold file, located so an editor can jump to it."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class GoldFormatError(SeednerError):
    """A gold file is malformed; carries every problem found, not just the first."""

    def __init__(self, problems: Sequence[GoldProblem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = tuple(problems)


def read_gold(path: str | Path) -> GoldSet:
    """Read and validate a gold file, raising GoldFormatError listing all its problems."""
    name = str(path)
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as handle:
            lines = list(handle)
    except OSError as error:
        raise InputError(name, error.strerror or str(error)) from error
    return parse_gold(lines, name)


def parse_gold(lines: Iterable[str], path: str = "<gold>") -> GoldSet:
    """Parse gold JSONL lines; ``path`` names the source in problems and default ids."""
    objects: list[tuple[int, dict[str, object]]] = []
    problems: list[GoldProblem] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        loaded, message = _load_object(line)
        if loaded is None:
            problems.append(GoldProblem(path, number, message))
        else:
            objects.append((number, loaded))
    fmt = detect_format(obj for _, obj in objects)
    documents: list[GoldDocument] = []
    first_line: dict[str, int] = {}
    default_prefix = Path(path).name
    for number, obj in objects:
        if _is_discarded(obj):
            continue
        document, messages = _parse_document(obj, fmt, f"{default_prefix}:{number}")
        problems.extend(GoldProblem(path, number, message) for message in messages)
        if document is None:
            continue
        if document.id in first_line:
            message = f"duplicate document id {document.id!r} (first on line {first_line[document.id]})"
            problems.append(GoldProblem(path, number, message))
            continue
        first_line[document.id] = number
        documents.append(document)
    if problems:
        raise GoldFormatError(problems)
    return GoldSet(path, fmt, tuple(documents))


def detect_format(objects: Iterable[Mapping[str, object]]) -> GoldFormat:
    """Name the format of a file's records: doccano labels, our keys, else Prodigy."""
    seen = list(objects)
    if any(_is_doccano(obj) for obj in seen) and not any("spans" in obj for obj in seen):
        return "doccano"
    if any(key in obj for obj in seen for key in (*_SEEDNER_KEYS, "id")) or not seen:
        return "seedner"
    return "prodigy"


def _is_doccano(obj: Mapping[str, object]) -> bool:
    return "spans" not in obj and any(key in obj for key in _DOCCANO_KEYS)


def _is_discarded(obj: Mapping[str, object]) -> bool:
    return obj.get("answer") in _DISCARDED_ANSWERS


def _load_object(line: str) -> tuple[dict[str, object] | None, str]:
    """Decode one line; the message explains why it is not a JSON object."""
    if any("\udc80" <= char <= "\udcff" for char in line):
        return None, "not valid UTF-8"
    try:
        value = json.loads(line)
    except (ValueError, RecursionError) as error:
        return None, f"invalid JSON: {error}"
    if not isinstance(value, dict):
        return None, f"expected a JSON object, got {_json_type(value)}"
    return value, ""


def _json_type(value: object) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_document(
    obj: Mapping[str, object], fmt: GoldFormat, default_id: str
) -> tuple[GoldDocument | None, list[str]]:
    """Build one document, or say everything wrong with the record."""
    messages: list[str] = []
    raw_text = obj.get("text")
    text = raw_text if isinstance(raw_text, str) else None
    if raw_text is None:
        messages.append('missing "text"')
    elif text is None:
        messages.append('"text" must be a string')
    if fmt != "doccano" and _is_doccano(obj):
        messages.append('doccano-style "label(s)" field in a file whose other records use "spans"')
    doc_id, id_messages = _document_id(obj, fmt, default_id)
    messages += id_messages
    key = ("labels" if "labels" in obj else "label") if fmt == "doccano" else "spans"
    spans, span_messages = _spans(obj.get(key), key, text, doccano=fmt == "doccano")
    acronyms, acronym_messages = _acronyms(obj.get("acronyms"), text)
    ignore, ignore_messages = _regions(obj.get("ignore"), text)
    not_acronyms, not_messages = _text_regions(obj.get("not_acronyms"), text)
    messages += span_messages + acronym_messages + ignore_messages + not_messages
    if messages or text is None or doc_id is None:
        return None, messages
    return GoldDocument(doc_id, text, spans, acronyms, ignore, not_acronyms), []


def _document_id(obj: Mapping[str, object], fmt: GoldFormat, default_id: str) -> tuple[str | None, list[str]]:
    """Our id, else Prodigy's meta.doc / meta.id, else the file and line."""
    candidates: list[tuple[str, object]] = [("id", obj.get("id"))]
    meta = obj.get("meta")
    if fmt != "doccano" and isinstance(meta, Mapping):
        candidates += [("meta.doc", meta.get("doc")), ("meta.id", meta.get("id"))]
    for where, value in candidates:
        if value is None:
            continue
        if isinstance(value, str) and value:
            return value, []
        if _is_int(value):
            return str(value), []
        return None, [f'"{where}" must be a non-empty string or an integer']
    return default_id, []


def _items(value: object, key: str) -> tuple[list[object], list[str]]:
    """The entries of an optional list field."""
    if value is None:
        return [], []
    if not isinstance(value, list):
        return [], [f'"{key}" must be a list']
    return value, []


def _offsets(
    item: Mapping[str, object], where: str, text: str | None
) -> tuple[tuple[int, int] | None, list[str]]:
    """Check that start/end are integers delimiting a non-empty slice of the text."""
    start, end = item.get("start"), item.get("end")
    if not _is_int(start) or not _is_int(end):
        return None, [f"{where}: start and end must be integers"]
    if start >= end:
        return None, [f"{where}: start {start} must be less than end {end}"]
    if start < 0 or (text is not None and end > len(text)):
        size = "" if text is None else f" (text has {len(text)} characters)"
        return None, [f"{where}: offsets {start}-{end} out of range{size}"]
    return (start, end), []


def _surface(
    item: Mapping[str, object], where: str, text: str | None, offsets: tuple[int, int]
) -> tuple[str, list[str]]:
    """The mention's text, checked against the document when the item states it."""
    actual = "" if text is None else text[offsets[0] : offsets[1]]
    stated = item.get("text")
    if stated is None:
        return actual, []
    if not isinstance(stated, str):
        return actual, [f'{where}: "text" must be a string']
    if text is not None and stated != actual:
        return actual, [f"{where}: text {stated!r} does not match {actual!r} at {offsets[0]}-{offsets[1]}"]
    return stated, []


def _checked_label(value: object, where: str) -> tuple[str | None, list[str]]:
    if isinstance(value, str) and value in LABELS:
        return value, []
    allowed = ", ".join(sorted(LABELS))
    return None, [f"{where}: unknown label {value!r} (allowed: {allowed})"]


def _span(item: object, where: str, text: str | None, shape: str) -> tuple[GoldSpan | None, list[str]]:
    if not isinstance(item, Mapping):
        return None, [f"{where}: expected {shape}"]
    offsets, messages = _offsets(item, where, text)
    label, label_messages = _checked_label(item.get("label"), where)
    messages += label_messages
    if offsets is not None:
        messages += _surface(item, where, text, offsets)[1]
    if offsets is None or label is None or messages:
        return None, messages
    return GoldSpan(offsets[0], offsets[1], label), []


def _spans(
    value: object, key: str, text: str | None, doccano: bool
) -> tuple[tuple[GoldSpan, ...], list[str]]:
    """Entity spans; doccano writes them as [start, end, label] triples."""
    entries, messages = _items(value, key)
    shape = "[start, end, label]" if doccano else "an object with start, end and label"
    spans: list[GoldSpan] = []
    for index, entry in enumerate(entries):
        if doccano and isinstance(entry, list) and len(entry) == 3:
            entry = dict(zip(("start", "end", "label"), entry, strict=True))
        span, span_messages = _span(entry, f"{key}[{index}]", text, shape)
        messages += span_messages
        if span is not None:
            spans.append(span)
    return tuple(spans), messages


def _expansions(value: object, where: str) -> tuple[tuple[str, ...] | None, list[str]]:
    if value is None:
        return (), []
    if not isinstance(value, list) or not all(isinstance(form, str) for form in value):
        return None, [f'{where}: "expansions" must be a list of strings']
    return tuple(value), []


_Located = tuple[str, Mapping[str, object], tuple[int, int], str]


def _located(value: object, key: str, text: str | None) -> tuple[list[_Located], list[str]]:
    """The valid entries of a list of offset objects, with their offsets and text."""
    entries, messages = _items(value, key)
    located: list[_Located] = []
    for index, entry in enumerate(entries):
        where = f"{key}[{index}]"
        if not isinstance(entry, Mapping):
            messages.append(f"{where}: expected an object with start and end")
            continue
        offsets, offset_messages = _offsets(entry, where, text)
        messages += offset_messages
        if offsets is None:
            continue
        surface, surface_messages = _surface(entry, where, text, offsets)
        messages += surface_messages
        if not surface_messages:
            located.append((where, entry, offsets, surface))
    return located, messages


def _acronyms(value: object, text: str | None) -> tuple[tuple[GoldAcronym, ...], list[str]]:
    located, messages = _located(value, "acronyms", text)
    acronyms: list[GoldAcronym] = []
    for where, entry, (start, end), surface in located:
        expansions, expansion_messages = _expansions(entry.get("expansions"), where)
        messages += expansion_messages
        if expansions is not None:
            acronyms.append(GoldAcronym(start, end, surface, expansions))
    return tuple(acronyms), messages


def _regions(value: object, text: str | None) -> tuple[tuple[Region, ...], list[str]]:
    located, messages = _located(value, "ignore", text)
    return tuple(Region(*offsets) for _, _, offsets, _ in located), messages


def _text_regions(value: object, text: str | None) -> tuple[tuple[TextRegion, ...], list[str]]:
    located, messages = _located(value, "not_acronyms", text)
    return tuple(TextRegion(*offsets, surface) for _, _, offsets, surface in located), messages
