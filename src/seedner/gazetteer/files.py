"""Reading and checking gazetteer files (format: ``gazetteers/README.md``).

Gazetteers are edited by hand and supplied by users, so reading them never
stops at the first mistake: every problem is collected as ``file:line: message``
and :func:`load_gazetteers` raises one :class:`GazetteerError` carrying them all.
YAML is read with a safe loader only (tags such as ``!!python/object`` are
refused); line numbers come from the composed YAML nodes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml


from seedner.errors import GazetteerError
from seedner.gazetteer.entries import (
    CATEGORIES,
    FIELDS,
    LABELS,
    REQUIRED_FIELDS,
    GazetteerEntry,
    check_entry,
    show_value,
)
from seedner.gazetteer.parse_cache import cached_entries

__all__ = [
    "CATEGORIES",
    "FIELDS",
    "LABELS",
    "GazetteerEntry",
    "gazetteer_files",
    "load_gazetteer_entries",
    "load_gazetteers",
    "validate_gazetteers",
]
from seedner.resources import DICTIONARY_FILENAMES, GAZETTEER_SUFFIXES, default_gazetteer_files

LIST_SEPARATOR = "|"
# The C loader is several times faster; both are safe loaders.
_DICTIONARY_COLUMNS = frozenset({"acronym", "expansion"})


def gazetteer_files(paths: Iterable[str | Path] = (), *, include_defaults: bool = True) -> list[Path]:
    """The files to load: the defaults (unless excluded), then the user's paths in order.

    A directory stands for its gazetteer files; a path given twice is read once,
    so passing a default file again does not report its ids as duplicates.
    """
    candidates: list[Path] = list(default_gazetteer_files()) if include_defaults else []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates.extend(
                sorted(
                    child
                    for child in path.iterdir()
                    if child.suffix in GAZETTEER_SUFFIXES and child.name not in DICTIONARY_FILENAMES
                )
            )
        else:
            candidates.append(path)
    seen: set[Path] = set()
    files: list[Path] = []
    for path in candidates:
        key = path.resolve() if path.exists() else path
        if key not in seen:
            seen.add(key)
            files.append(path)
    return files


def load_gazetteer_entries(
    paths: Iterable[str | Path] = (), *, include_defaults: bool = True
) -> list[GazetteerEntry]:
    """What ``extract --gazetteer PATH … [--no-default-gazetteers]`` loads; raises GazetteerError."""
    return load_gazetteers(gazetteer_files(paths, include_defaults=include_defaults))


def load_gazetteers(paths: Sequence[str | Path]) -> list[GazetteerEntry]:
    """Every entry of ``paths`` in order; raises GazetteerError listing all problems."""
    entries, problems = _read_all(paths)
    if problems:
        raise GazetteerError(problems)
    return entries


def validate_gazetteers(paths: Sequence[str | Path]) -> list[str]:
    """Every problem found in ``paths``, as ``file:line: message`` (empty when all is well)."""
    return _read_all(paths)[1]


def _read_all(paths: Sequence[str | Path]) -> tuple[list[GazetteerEntry], list[str]]:
    entries: list[GazetteerEntry] = []
    problems: list[str] = []
    first_seen: dict[str, GazetteerEntry] = {}
    for path in paths:
        for entry in _read_file(Path(path), problems):
            previous = first_seen.get(entry.id)
            if previous is not None:
                problems.append(
                    f"{entry.file}:{entry.line}: duplicate id {entry.id!r} "
                    f"(first defined at {previous.file}:{previous.line})"
                )
                continue
            first_seen[entry.id] = entry
            entries.append(entry)
    return entries, problems


def _read_file(path: Path, problems: list[str]) -> list[GazetteerEntry]:
    """Entries of one file; file-level problems have no line: ``file: message``."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in GAZETTEER_SUFFIXES:
        problems.append(
            f"{name}: unsupported file type {path.suffix or '(none)'!r}; expected .yaml, .yml or .csv"
        )
        return []
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        problems.append(f"{name}: no such file")
        return []
    except OSError as error:
        problems.append(f"{name}: cannot read: {error.strerror or error}")
        return []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        problems.append(f"{name}:{line}: not valid UTF-8 (byte 0x{data[error.start]:02x})")
        return []
    read = _csv_entries if suffix == ".csv" else _yaml_entries
    found, own = cached_entries(data, suffix, name, lambda found: list(read(text, name, found)))
    problems.extend(own)
    return found


# --------------------------------------------------------------------- CSV


def _csv_entries(text: str, name: str, problems: list[str]) -> Iterator[GazetteerEntry]:
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames
    except csv.Error as error:
        problems.append(f"{name}:1: bad CSV header: {error}")
        return
    if not header:
        problems.append(f"{name}:1: empty CSV file (expected a header row: {','.join(FIELDS)})")
        return
    columns = [column.strip() for column in header]
    if set(columns) >= _DICTIONARY_COLUMNS:
        problems.append(f"{name}:1: this is an acronym dictionary, not an entity gazetteer")
        return
    missing = [field for field in REQUIRED_FIELDS if field not in columns]
    unknown = [column for column in columns if column not in FIELDS]
    if missing:
        problems.append(f"{name}:1: missing column(s): {', '.join(missing)}")
    if unknown:
        problems.append(f"{name}:1: unknown column(s): {', '.join(unknown)} (expected {', '.join(FIELDS)})")
    if missing or unknown:
        return
    reader.fieldnames = columns
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                problems.append(f"{name}:{line}: {len(row[None])} field(s) more than the header")
                continue
            raw: dict[str, Any] = {key: value for key, value in row.items() if value not in (None, "")}
            for key in ("aliases", "acronyms"):
                if key in raw:
                    raw[key] = [part.strip() for part in raw[key].split(LIST_SEPARATOR)]
            if "population" in raw:
                raw["population"] = _csv_int(raw["population"])
            entry = check_entry(raw, name, line, None, problems)
            if entry is not None:
                yield entry
    except csv.Error as error:
        problems.append(f"{name}:{reader.reader.line_num}: bad CSV: {error}")


def _csv_int(value: str) -> Any:
    try:
        return int(value.strip())
    except ValueError:
        return value


# -------------------------------------------------------------------- YAML


def _yaml_entries(text: str, name: str, problems: list[str]) -> Iterator[GazetteerEntry]:
    import yaml  # here: a run whose files are all in the parse cache never needs PyYAML

    loader = _safe_loader()(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as error:
            problems.append(f"{name}:{_mark_line(error)}: bad YAML: {_yaml_message(error)}")
            return
        except yaml.YAMLError as error:
            problems.append(f"{name}:1: bad YAML: {error}")
            return
        if root is None:
            return  # an empty file holds no entries
        if not isinstance(root, yaml.SequenceNode):
            problems.append(f"{name}:{root.start_mark.line + 1}: expected a list of entries (`- id: …`)")
            return
        for node in root.value:
            line = node.start_mark.line + 1
            if not isinstance(node, yaml.MappingNode):
                problems.append(f"{name}:{line}: an entry must be a mapping of fields (id, label, name, …)")
                continue
            key_lines: dict[str, int] = {}
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else show_value(key_node.value)
                if key in key_lines:
                    problems.append(f"{name}:{key_node.start_mark.line + 1}: field {key!r} given twice")
                key_lines[key] = value_node.start_mark.line + 1
            try:
                raw = loader.construct_document(node)
            except yaml.MarkedYAMLError as error:
                problems.append(f"{name}:{_mark_line(error, line)}: {_yaml_message(error)}")
                continue
            entry = check_entry(raw, name, line, key_lines, problems)
            if entry is not None:
                yield entry
    finally:
        loader.dispose()


def _safe_loader() -> Any:
    """PyYAML's safe loader, in C when there is one; imported here: a run whose files are all in the
    parse cache never needs PyYAML."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _mark_line(error: yaml.MarkedYAMLError, default: int = 1) -> int:
    mark = error.problem_mark or error.context_mark
    return mark.line + 1 if mark is not None else default


def _yaml_message(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or str(error)
    if "constructor for the tag" in problem:
        return f"{problem.split('tag', 1)[1].strip()} is not allowed: gazetteers hold plain YAML data only"
    return f"{error.context}: {problem}" if error.context else problem
