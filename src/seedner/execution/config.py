"""Defaults from a configuration file, found the way ruff and pytest find theirs.

From the current directory up to the root, the first folder that has either a
``seedner.toml`` (keys at the top level) or a ``pyproject.toml`` with a
``[tool.seedner]`` table gives the defaults; when a folder has both, ``seedner.toml``
wins.  A ``pyproject.toml`` without ``[tool.seedner]`` is passed over.  Options
given on the command line win over the file (``seedner.cli.options`` applies
the values only to options left at their default).

Every problem is a :class:`~seedner.errors.ConfigError` naming the file and, where
it can be found, the line: TOML syntax, unknown keys, values of the wrong type.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seedner.errors import ConfigError

CONFIG_FILENAME = "seedner.toml"
PYPROJECT_FILENAME = "pyproject.toml"
INPUT_FORMATS = ("auto", "text", "jsonl")


@dataclass(frozen=True)
class Config:
    """The defaults one file gives, by option name (``gazetteer``, ``labels``, ``jobs``...)."""

    path: Path
    values: dict[str, Any]


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file that applies in ``start`` (the current directory), or None."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILENAME
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT_FILENAME
        if pyproject.is_file() and _has_seedner_table(pyproject):
            return pyproject
    return None


def discover_config(start: Path | None = None) -> Config | None:
    """The defaults that apply in ``start`` (the current directory), or None without a file."""
    path = find_config(start)
    return load_config(path) if path is not None else None


def load_config(path: Path) -> Config:
    """Read and check ``path`` (a ``seedner.toml`` or a ``pyproject.toml``)."""
    text, data = _parse(path)
    is_pyproject = path.name == PYPROJECT_FILENAME
    table: Any = data.get("tool", {}).get("seedner", {}) if is_pyproject else data
    header = "[tool.seedner]" if is_pyproject else ""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}:{_line_of(text, 'seedner', '')}: [tool.seedner] must be a table")
    values: dict[str, Any] = {}
    for key, value in table.items():
        line = _line_of(text, key, header)
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(f"{path}:{line}: unknown key {key!r} (known keys: {known})")
        name, convert = _KEYS[key]
        try:
            values[name] = convert(value, path.parent)
        except (TypeError, ValueError) as error:
            raise ConfigError(f"{path}:{line}: {key}: {error}") from None
    return Config(path, values)


def _parse(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the configuration ({error})") from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        where = re.search(r"\(at line (\d+), column (\d+)\)$", message)
        if where is None:
            raise ConfigError(f"{path}: invalid TOML: {message}") from None
        cause = message[: where.start()].strip()
        raise ConfigError(
            f"{path}:{where.group(1)}: invalid TOML: {cause} (column {where.group(2)})"
        ) from None


def _has_seedner_table(path: Path) -> bool:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if "seedner" not in text:  # another project's pyproject.toml: not even parsed
        return False
    _, data = _parse(path)
    tool = data.get("tool")
    return isinstance(tool, dict) and "seedner" in tool


def _line_of(text: str, key: str, header: str) -> int:
    """The line where ``key`` is set (after ``header`` when given); 1 when it cannot be found."""
    lines = text.splitlines()
    start = 0
    if header:
        start = next((i for i, line in enumerate(lines) if line.strip().startswith(header)), 0)
    pattern = re.compile(rf"""^\s*(?:"{re.escape(key)}"|'{re.escape(key)}'|{re.escape(key)})\s*=""")
    for index in range(start, len(lines)):
        if pattern.match(lines[index]):
            return index + 1
    return start + 1


def _string(value: Any, folder: Path) -> str:
    if not isinstance(value, str) or not value:
        raise TypeError(f"expected a non-empty string, got {_shown(value)}")
    return value


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise TypeError(f"expected a list of strings, got {_shown(value)}")
    return value


def _globs(value: Any, folder: Path) -> list[str]:
    from seedner.io.walking import check_glob

    return [
        check_glob(item) for item in ([_string(value, folder)] if isinstance(value, str) else _strings(value))
    ]


def _gazetteers(value: Any, folder: Path) -> list[Path]:
    return [folder / item for item in _strings(value)]  # relative to the configuration file


def _labels(value: Any, folder: Path) -> str:
    from seedner.records.record import LABELS

    items = [part.strip() for part in value.split(",")] if isinstance(value, str) else _strings(value)
    chosen = [item.upper() for item in items if item]
    unknown = [item for item in chosen if item not in LABELS]
    if unknown or not chosen:
        raise ValueError(
            f"unknown label(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(LABELS)}"
        )
    return ",".join(chosen)


def _jobs(value: Any, folder: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(f"expected a whole number, 0 or more, got {_shown(value)}")
    return value


def _encoding(value: Any, folder: Path) -> str:
    from seedner.io.decoding import check_encoding

    try:
        return check_encoding(_string(value, folder))
    except LookupError:
        raise ValueError(f"unknown encoding {value!r}") from None


def _input_format(value: Any, folder: Path) -> str:
    if value not in INPUT_FORMATS:
        raise ValueError(f"expected one of {', '.join(INPUT_FORMATS)}, got {_shown(value)}")
    return str(value)


def _model(value: Any, folder: Path) -> str:
    name = _string(value, folder)
    return str(folder / name) if "/" in name or "\\" in name else name  # a folder, relative to the file


_LINT_KEYS = ("select", "extend-select", "ignore", "known")


def _lint(value: Any, folder: Path) -> dict[str, Any]:
    """``[tool.seedner.lint]``: ``select``, ``extend-select``, ``ignore`` (rule ids), ``known`` (a bool)."""
    from seedner.execution.lint.rules import check_rule_ids

    if not isinstance(value, dict):
        raise TypeError(f"expected a table, got {_shown(value)}")
    settings: dict[str, Any] = {}
    for key, item in value.items():
        if key not in _LINT_KEYS:
            raise ValueError(f"unknown key {key!r} (known keys: {', '.join(_LINT_KEYS)})")
        if key == "known":
            if not isinstance(item, bool):
                raise TypeError(f"known: expected true or false, got {_shown(item)}")
            settings[key] = item
            continue
        names = item.split(",") if isinstance(item, str) else _strings(item)
        try:
            settings[key] = check_rule_ids(names)
        except ValueError as error:
            raise ValueError(f"{key}: {error}") from None
    return settings


def _shown(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"[:80]


# key in the file -> (option name, conversion from the TOML value)
_KEYS: dict[str, tuple[str, Callable[[Any, Path], Any]]] = {
    "gazetteers": ("gazetteer", _gazetteers),
    "labels": ("labels", _labels),
    "glob": ("glob", _globs),  # a glob or a list of globs
    "encoding": ("encoding", _encoding),
    "jobs": ("jobs", _jobs),
    "model": ("model", _model),
    "input_format": ("input_format", _input_format),
    "text_field": ("text_field", _string),
    "id_field": ("id_field", _string),
    "lint": ("lint", _lint),  # read by seedner lint only
}
