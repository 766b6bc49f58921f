"""The fields of one JSONL record: dotted paths, the text's and the id's checks, JSON error causes.

``--text-field body.text`` reads ``{"body": {"text": ...}}``; a key that itself
holds a dot (``{"body.text": ...}``) is taken first.  Pure functions, shared by
the one-process reader and the cluster partitions (through ``readers``).
"""

from __future__ import annotations

import json

MISSING = object()


def lookup(record: dict[str, object], path: str) -> object:
    """``record[path]``, else the dotted path into nested objects, else :data:`MISSING`."""
    if path in record:
        return record[path]
    value: object = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return MISSING
        value = value[part]
    return value


def text_problem(text: object) -> str | None:
    """Why a field's value cannot be a document's text, or None when it can."""
    if text is MISSING:
        return "is missing"
    if text is None:
        return "is null"
    if not isinstance(text, str):
        return f"is not a string ({type(text).__name__})"
    at = surrogate_at(text)
    if at is not None:  # a JSON escape such as "\ud800" alone: no UTF-8 output can carry it
        return f"is not valid Unicode (lone surrogate U+{ord(text[at]):04X} at character {at})"
    return None


def id_problem(identifier: object) -> str | None:
    """Why a present id cannot name a document (the line's ``file:line`` is used instead), or None."""
    if isinstance(identifier, bool) or not isinstance(identifier, str | int):
        return "null" if identifier is None else f"a {type(identifier).__name__}"
    if identifier == "":
        return "an empty string"
    return None


def surrogate_at(text: str) -> int | None:
    """Index of the first lone surrogate in ``text`` (JSON escapes can make them), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def json_cause(error: Exception) -> str:
    """A JSON line's problem, for ``file:line: invalid JSON (...)``."""
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 at byte {error.start}"
    if isinstance(error, json.JSONDecodeError):
        # Some messages end with "at" ("Unterminated string starting at"): no "at at column".
        message = error.msg.removesuffix(" at")
        return f"{message} at column {error.colno}"
    return str(error)
