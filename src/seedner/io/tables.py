"""Rich tables for people reading a terminal (``--format table``)."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from seedner.records.record import Record, expansion_text

LABEL_STYLES = {"PER": "cyan", "ORG": "magenta", "LOC": "green", "MISC": "yellow"}
# Below this width the doc and expansion columns are dropped rather than squeezed.
NARROW_WIDTH = 100


def records_table(records: Sequence[Record], *, width: int | None = None) -> Table:
    """Doc, position, label, text and expansion of each mention."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    wide = width >= NARROW_WIDTH
    table = Table(show_lines=False, header_style="bold", expand=False)
    if wide:
        table.add_column("doc", overflow="fold", max_width=30)
    table.add_column("line:col", justify="right", no_wrap=True)
    table.add_column("label", no_wrap=True)
    table.add_column("text", overflow="fold")
    if wide:
        table.add_column("expansion", overflow="fold")
    for record in records:
        label = record["label"]
        cells = [
            f"{record['line']}:{record['column']}",
            f"[{LABEL_STYLES.get(label, 'white')}]{label}[/]",
            _escape(record["text"]),
        ]
        if wide:
            cells = [_escape(record["doc"]), *cells, _escape(record["expansion"] or "")]
        table.add_row(*cells)
    return table


def render(table: Table, *, color: bool | None = None, width: int | None = None) -> str:
    """The table as text; colour only for a terminal and never under NO_COLOR."""
    buffer = io.StringIO()
    no_color = "NO_COLOR" in os.environ or color is False
    console = Console(
        file=buffer,
        width=width or shutil.get_terminal_size((120, 24)).columns,
        force_terminal=bool(color) and not no_color,
        no_color=no_color,
        highlight=False,
    )
    console.print(table)
    return buffer.getvalue()


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def glossary_table(rows: Sequence[Mapping[str, Any]]) -> Table:
    """``seedner acronyms --format table``: each acronym once, its sense (and the others), counts."""
    table = Table(header_style="bold")
    for column in ("acronym", "expansion", "source", "count", "docs"):
        table.add_column(column, justify="right" if column in ("count", "docs") else "left", overflow="fold")
    for row in rows:
        docs = row["docs"]
        table.add_row(
            _escape(str(row["acronym"])),
            _escape(expansion_text(row["expansion"], row["candidates"], with_alternatives=True)),
            str(row["expansion_source"] or ""),
            str(row["count"]),
            str(len(docs) if isinstance(docs, list) else docs),
        )
    return table
