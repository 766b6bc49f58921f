"""Options shared by several commands, declared once.

``extract``, ``acronyms``, ``render`` and ``evaluate`` read inputs and build
the pipeline the same way; their options are these ``Annotated`` aliases, so a
help text or a check changes in one place.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer


class InputFormatChoice(enum.StrEnum):
    """The ``--input-format`` values (``seedner.io.InputFormat``)."""

    auto = "auto"
    text = "text"
    jsonl = "jsonl"


def parse_encoding(value: str) -> str:
    """``--encoding``: a codec Python knows, or ``auto``."""
    from .io import check_encoding

    try:
        return check_encoding(value)
    except LookupError:
        raise typer.BadParameter(f"unknown encoding {value!r}") from None


def parse_labels(value: str | None) -> frozenset[str] | None:
    """``--labels PER,ORG``: case-insensitive, every label checked."""
    if value is None:
        return None
    from .records import LABELS

    chosen = frozenset(part.strip().upper() for part in value.split(",") if part.strip())
    unknown = sorted(chosen - set(LABELS))
    if unknown or not chosen:
        raise typer.BadParameter(
            f"unknown label(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(LABELS)}",
            param_hint="'--labels'",
        )
    return chosen


Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, directories (recursive) or '-' for stdin. None: read stdin.", show_default=False
    ),
]
InputFormat = Annotated[
    InputFormatChoice,
    typer.Option(help="How to read inputs; auto: .jsonl/.ndjson files are JSONL, the rest text."),
]
Glob = Annotated[str, typer.Option(help="File name pattern inside directories.")]
TextField = Annotated[str, typer.Option(help="JSONL field holding the text.")]
IdField = Annotated[str, typer.Option(help="JSONL field holding the document name.")]
Encoding = Annotated[
    str,
    typer.Option(
        help="Text encoding of the inputs, or 'auto' to detect cp1252/latin-1/UTF-16.",
        callback=parse_encoding,
    ),
]
Labels = Annotated[
    str | None, typer.Option(help="Keep only these labels, comma-separated (PER,ORG,LOC,MISC).")
]
Gazetteers = Annotated[
    list[Path] | None,
    typer.Option("--gazetteer", help="Add your own gazetteer file (YAML/CSV); repeatable."),
]
NoDefaultGazetteers = Annotated[
    bool,
    typer.Option(
        "--no-default-gazetteers",
        help="Use only the --gazetteer files (no default entries or institution heads).",
    ),
]
Jobs = Annotated[
    int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: all cores); output order is kept.")
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no notes and no summary.")]
