"""``seedner-disable`` comments: rules silenced for one file, written in the file itself.

``<!-- seedner-disable acronym-undefined -->`` anywhere (Markdown, HTML, or text), or
``# seedner-disable acronym-undefined`` at the start of a line of plain text, silences
the rules it names (comma- or space-separated) for the whole file; without a rule, every
rule.  HTML and Markdown inputs lose their comments when their text is extracted, so
their own bytes are read for these comments as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from seedner.execution.lint.rules import RULE_IDS
from seedner.io.formats import format_for_suffix
from seedner.io.readers import Found, InputFormat, ReadOptions, list_inputs

_DIRECTIVE = re.compile(
    r"<!--[ \t]*seedner-disable\b(?P<html>[^>\n]*?)-->|^[ \t]*#[ \t]*seedner-disable\b(?P<line>[^\n]*)$",
    re.MULTILINE,
)
_NAMES = re.compile(r"[\w-]+")
_COMMENT_FORMATS = ("html", "markdown")  # formats whose extracted text has no comments left
_MAX_SCAN_BYTES = 8 << 20  # a directive further into a huge file is not looked for


def disabled_rules(text: str) -> tuple[frozenset[str], list[str]]:
    """The rules the comments of ``text`` silence, and the names in them that are no rule."""
    disabled: set[str] = set()
    unknown: list[str] = []
    for match in _DIRECTIVE.finditer(text):
        names = _NAMES.findall(match.group("html") or match.group("line") or "")
        if not names:
            disabled.update(RULE_IDS)
        for name in names:
            if name.lower() in RULE_IDS:
                disabled.add(name.lower())
            elif name not in unknown:
                unknown.append(name)
    return frozenset(disabled), unknown


def comment_sources(inputs: Iterable[str], options: ReadOptions) -> dict[str, Path]:
    """The inputs read as HTML or Markdown, by the name their documents carry: their comments are in
    their bytes only."""
    return {name: path for name, path in _files(inputs, options) if _has_comments(name, options)}


def _files(inputs: Iterable[str], options: ReadOptions) -> Iterator[tuple[str, Path]]:
    for found in list_inputs(inputs, options):
        if isinstance(found, Found) and found.path is not None:
            yield found.name, found.path


def _has_comments(name: str, options: ReadOptions) -> bool:
    if options.input_format == InputFormat.auto:
        return format_for_suffix(Path(name).suffix) in _COMMENT_FORMATS
    return options.input_format in _COMMENT_FORMATS


def file_comments(path: Path) -> str:
    """The start of a file's bytes as text, for its comments only (undecodable bytes replaced)."""
    try:
        with path.open("rb") as stream:
            return stream.read(_MAX_SCAN_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""  # the reader reports the file
