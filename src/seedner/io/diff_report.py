"""``seedner diff`` output: a table for a terminal, JSON Lines for scripts, Markdown for a pull request.

Records carry no document text, so a change's context is its position
(``line:column``), the mention's text and its canonical name.  Each writer gets one
document's changes at a time; the table and JSON Lines print them at once, Markdown
(the summary comes first) keeps the sections in a temporary file that stays
on disk past 1 MB, so memory stays bounded whatever the number of changes.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable, Sequence
from typing import IO, Any

from seedner.io.record_writer import dumps
from seedner.io.signals import signals_deferred
from seedner.records.diff import (
    ADDED,
    CHANGE_KINDS,
    MOVED,
    POSITION_FIELDS,
    REEXPANDED,
    RELABELLED,
    REMOVED,
    Change,
    DiffSummary,
)
from seedner.records.record import Record, expansion_text

DIFF_FORMATS = ("table", "jsonl", "markdown")
DETAILS_FROM = 10  # a Markdown section with more changes than this is folded in <details>
_SHORT = 60  # characters of a field value shown in a detail
_SIGNS = {ADDED: "+", REMOVED: "-", RELABELLED: "~", REEXPANDED: "~", "changed": "~", MOVED: ">"}


def _shown(value: Any) -> str:
    text = "null" if value is None else str(value)
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


def _expansion(record: Record) -> str:
    return expansion_text(record.get("expansion"), record.get("expansion_candidates"))


def detail(change: Change) -> str:
    """What changed, in a few words: the canonical name and expansion of a mention added or removed,
    ``PER → ORG``, the old and new expansions, ``field: old → new``, or where a mention moved from."""
    record = change.record
    if change.kind in (ADDED, REMOVED):
        parts = [str(record.get("canonical") or ""), _expansion(record)]
        shown = [part for part in dict.fromkeys(parts) if part and part != record.get("text")]
        return " — ".join(shown)
    old, new = change.old, change.new
    assert old is not None and new is not None
    if change.kind == MOVED:
        moved = f"from {old.get('line')}:{old.get('column')} (offset {old['start']})"
        return "; ".join([moved, *_field_changes(change, skip=POSITION_FIELDS)])
    return "; ".join(_field_changes(change, skip=("label", "line", "column")))


def _field_changes(change: Change, skip: Sequence[str]) -> list[str]:
    """``field: old → new`` for the fields that differ (the expansion as people read it)."""
    old, new = change.old, change.new
    assert old is not None and new is not None
    shown = []
    for name in change.fields:
        if name in skip or (name == "expansion_candidates" and "expansion" in change.fields):
            continue
        if name in ("expansion", "expansion_candidates"):
            shown.append(f"expansion: {_shown(_expansion(old) or None)} → {_shown(_expansion(new) or None)}")
        else:
            shown.append(f"{name}: {_shown(old.get(name))} → {_shown(new.get(name))}")
    return shown


def flat(text: Any) -> str:
    """A mention's text on one line (a mention may cross a line break)."""
    return " ".join(str(text).split())


def where(change: Change) -> str:
    record = change.record
    return f"{record.get('line')}:{record.get('column')}"


def counts_line(changes: Sequence[Change]) -> str:
    """``+2 -1 ~3``: added, removed, otherwise changed (and ``>1`` moved)."""
    counted = {sign: sum(_SIGNS[change.kind] == sign for change in changes) for sign in "+-~>"}
    return " ".join(f"{sign}{count}" for sign, count in counted.items() if count)


def _only(side: str | None) -> str:
    return f" (only in {side})" if side else ""


class DiffWriter:
    """Base of the three formats: one block of text per document, flushed at once."""

    def __init__(self, stream: IO[bytes], titles: tuple[str, str] = ("OLD", "NEW")) -> None:
        self.stream = stream
        self.titles = titles

    def document(self, doc: str, changes: Sequence[Change], only_in: str | None = None) -> None:
        """One document's changes (none: nothing is printed); ``only_in``: the file that lists it alone."""

    def close(self, summary: DiffSummary) -> None:
        self.stream.flush()

    def emit(self, text: str) -> None:
        if text:
            with signals_deferred():
                self.stream.write(text.encode("utf-8"))
                self.stream.flush()


class JsonlDiffWriter(DiffWriter):
    """One JSON object per change and line (``only_in`` added when the document is in one file only)."""

    def document(self, doc: str, changes: Sequence[Change], only_in: str | None = None) -> None:
        extra = {"only_in": only_in} if only_in else {}
        self.emit("".join(dumps(change.as_json() | extra) + "\n" for change in changes))


class TableDiffWriter(DiffWriter):
    """Per document, a heading (name, counts) and a table of its changes; the summary table at the end."""

    def __init__(self, stream: IO[bytes], titles: tuple[str, str] = ("OLD", "NEW")) -> None:
        from seedner.io.tables import terminal_width

        super().__init__(stream, titles)
        try:
            self.color = stream.isatty()
        except (AttributeError, ValueError):
            self.color = False
        self.width = terminal_width()

    def document(self, doc: str, changes: Sequence[Change], only_in: str | None = None) -> None:
        if not changes:
            return
        from rich.console import Group
        from rich.table import Table
        from rich.text import Text

        from seedner.io.tables import LABEL_STYLES, render

        table = Table(header_style="bold")
        for column in ("change", "line:col", "label", "text", "detail"):
            table.add_column(column, justify="right" if column == "line:col" else "left", overflow="fold")
        for change in changes:
            label = change.label
            if change.kind == RELABELLED and change.old is not None:
                label = f"{change.old['label']}→{label}"
            table.add_row(
                Text(change.kind),
                where(change),
                Text(label, style=LABEL_STYLES.get(change.label, "")),
                Text(flat(change.record.get("text"))),
                Text(detail(change)),
            )
        heading = Text.assemble((doc, "bold"), f"  {counts_line(changes)}{_only(only_in)}")
        self.emit(render(Group(heading, table, ""), color=self.color, width=self.width))

    def close(self, summary: DiffSummary) -> None:
        from rich.table import Table

        from seedner.io.tables import render

        if not summary.total:
            self.emit(summary.line() + "\n")
        else:
            table = Table(title=summary.line(), header_style="bold")
            for index, name in enumerate(SUMMARY_HEADER):
                table.add_column(name, justify="right" if index else "left")
            for cells, is_total in summary_rows(summary):
                table.add_row(*cells, style="bold" if is_total else None)
            self.emit(render(table, color=self.color, width=self.width))
        super().close(summary)


SUMMARY_HEADER = ("label", *CHANGE_KINDS, "total")


def summary_rows(summary: DiffSummary) -> list[tuple[list[str], bool]]:
    """(cells, is the totals row) per label, then the totals: changes by label and kind."""
    rows = []
    for label in summary.labels():
        counts = [summary.counts[(label, kind)] for kind in CHANGE_KINDS]
        rows.append(([label, *map(str, counts), str(sum(counts))], False))
    totals = list(summary.by_kind().values())
    rows.append((["total", *map(str, totals), str(sum(totals))], True))
    return rows


def _md(text: Any) -> str:
    """A Markdown table cell: pipes, backslashes, HTML and line ends made harmless."""
    value = "" if text is None else str(text)
    for char, escaped in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), (">", "&gt;"), ("`", "\\`")):
        value = value.replace(char, escaped)
    return " ".join(value.split())


def _code(text: str) -> str:
    """A name as inline code on one line (a code span shows everything else as it is)."""
    return "`" + " ".join(text.replace("`", "'").split()) + "`"


class MarkdownDiffWriter(DiffWriter):
    """A summary table, then one section per changed document (long ones folded in ``<details>``)."""

    def __init__(self, stream: IO[bytes], titles: tuple[str, str] = ("OLD", "NEW")) -> None:
        super().__init__(stream, titles)
        # closed in close(); a run that fails before has it removed with the object
        self.body = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8")  # noqa: SIM115

    def document(self, doc: str, changes: Sequence[Change], only_in: str | None = None) -> None:
        if not changes:
            return
        counts = f"{counts_line(changes)}{_only(only_in)}"
        rows = ["| change | line:col | label | text | detail |", "|---|--:|---|---|---|"]
        for change in changes:
            label = change.label
            if change.kind == RELABELLED and change.old is not None:
                label = f"{change.old['label']} → {label}"
            cells = (change.kind, where(change), label, change.record.get("text"), detail(change))
            rows.append("| " + " | ".join(_md(cell) for cell in cells) + " |")
        table = "\n".join(rows)
        if len(changes) > DETAILS_FROM:  # HTML, where Markdown is not read: <code>, escaped
            summary = f"<code>{html.escape(doc)}</code> {html.escape(counts)}: {len(changes)} changes"
            self.body.write(f"<details>\n<summary>{summary}</summary>\n\n{table}\n\n</details>\n\n")
        else:
            self.body.write(f"### {_code(doc)} {counts}\n\n{table}\n\n")

    def close(self, summary: DiffSummary) -> None:
        old, new = (_code(title) for title in self.titles)
        head = [f"## seedner diff: {old} → {new}", "", f"**{summary.line()}**", ""]
        if summary.total:
            head += ["| " + " | ".join(SUMMARY_HEADER) + " |", "|---|" + "--:|" * (len(SUMMARY_HEADER) - 1)]
            for cells, is_total in summary_rows(summary):
                shown = [f"**{cell}**" for cell in cells] if is_total else cells
                head.append("| " + " | ".join(shown) + " |")
            head.append("")
        self.emit("\n".join(head) + "\n")
        self.body.seek(0)
        while chunk := self.body.read(1 << 16):
            self.emit(chunk)
        self.body.close()
        super().close(summary)


_WRITERS: dict[str, Callable[[IO[bytes], tuple[str, str]], DiffWriter]] = {
    "jsonl": JsonlDiffWriter,
    "table": TableDiffWriter,
    "markdown": MarkdownDiffWriter,
}


def make_diff_writer(format: str, stream: IO[bytes], titles: tuple[str, str] = ("OLD", "NEW")) -> DiffWriter:
    """The writer of ``--format`` (one of :data:`DIFF_FORMATS`)."""
    return _WRITERS[format](stream, titles)
