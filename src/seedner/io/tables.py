"""Rich tables for people reading a terminal (``--format table``)."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from seedner.records.record import Record, expansion_text

LABEL_STYLES = {"PER": "cyan", "ORG": "magenta", "LOC": "green", "MISC": "yellow"}
# Below this width the expansion column is dropped rather than squeezed to a few characters.
NARROW_WIDTH = 60


def terminal_width() -> int:
    return shutil.get_terminal_size((120, 24)).columns


def records_table(records: Sequence[Record], *, width: int | None = None) -> Table:
    """Position, label, text and expansion of each mention (of one document: the doc is its heading)."""
    with_expansion = (width or terminal_width()) >= NARROW_WIDTH
    table = Table(show_lines=False, header_style="bold", expand=False)
    table.add_column("line:col", justify="right", no_wrap=True)
    table.add_column("label", no_wrap=True)
    table.add_column("text", overflow="fold", ratio=1)
    if with_expansion:
        table.add_column("expansion", overflow="fold", ratio=1)
    for record in records:
        label = record["label"]
        cells = [
            f"{record['line']}:{record['column']}",
            f"[{LABEL_STYLES.get(label, 'white')}]{label}[/]",
            _escape(record["text"]),
        ]
        if with_expansion:
            cells.append(_escape(record["expansion"] or ""))
        table.add_row(*cells)
    return table


def document_block(doc: str, records: Sequence[Record], *, width: int | None = None) -> RenderableType:
    """One document's heading (its name and mention count), then the table of its mentions."""
    count = len(records)
    heading = Text.assemble((doc, "bold"), f"  {count} mention{'' if count == 1 else 's'}")
    return Group(heading, records_table(records, width=width), "")


def render(table: RenderableType, *, color: bool | None = None, width: int | None = None) -> str:
    """A table as text; colour only for a terminal and never under NO_COLOR."""
    buffer = io.StringIO()
    no_color = "NO_COLOR" in os.environ or color is False
    console = Console(
        file=buffer,
        width=width or terminal_width(),
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
