"""Plain text assembled from a document tree: blocks, lines, cells and collapsed spaces.

Every tree format (HTML, Markdown, DOCX, ODT) writes through :class:`Layout`, so
they all follow one rule: blocks are separated by a blank line, lines inside a
block by one line break, table cells by ``" | "`` (a visible boundary that keeps
two cells from reading as one name), never more than one blank line in a row,
and no space at either end of a line.
"""

from __future__ import annotations

import re

BLOCK = 2
LINE = 1
CELL_SEPARATOR = " | "
_SPACES = re.compile(r"[ \t\n\r\f]+")


class Layout:
    """Collects text; breaks and spaces are held back until text follows them.

    So a break asked for at the end of a block, a space at the end of a line
    or a separator before an empty cell never reaches the text.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._newlines = 0  # line breaks at the end of the text written so far
        self._at_line_start = True
        self._pending_break = 0
        self._pending_space = False
        self._pending_separator = ""
        self._row_has_text = False
        self._cell_empty = False

    def break_(self, strength: int = BLOCK) -> None:
        """Ask for a line break (``LINE``) or a blank line (``BLOCK``) before the next text.

        A line break asked for in a table cell that holds no text yet is dropped:
        the cell's first paragraph stays on the row's line.
        """
        if strength == LINE and self._cell_empty:
            return
        if strength == BLOCK:
            self._cell_empty = False
        self._pending_break = max(self._pending_break, strength)

    def row(self) -> None:
        """A table row starts: a line of its own."""
        self._cell_empty = False
        self.break_(LINE)
        self._row_has_text = False

    def cell(self) -> None:
        """A table cell starts: after a cell with text, ``" | "`` and no line break from that cell."""
        if self._row_has_text:
            if self._pending_break == LINE:
                self._pending_break = 0
            self._pending_separator = CELL_SEPARATOR
        self._cell_empty = True

    def newline(self) -> None:
        """A line break that is part of the text (``<br>``, a soft line break)."""
        if not self._parts:
            return
        self._flush_break()
        if self._newlines < BLOCK:
            self._emit_newlines(1)
        self._pending_space = False
        self._pending_separator = ""

    def write(self, text: str, *, collapse: bool = True) -> None:
        """Add inline text; ``collapse`` folds runs of white space to one space, as HTML does."""
        if not collapse:
            for number, line in enumerate(text.split("\n")):
                if number:
                    self.newline()
                if line:
                    self._emit_text(line)
            return
        text = _SPACES.sub(" ", text)
        if not text:
            return
        if text[0] == " ":
            self._pending_space = True
        core = text.strip(" ")
        if core:
            self._emit_text(core)
            self._pending_space = text[-1] == " "

    def text(self) -> str:
        """Everything written, without trailing line breaks."""
        return "".join(self._parts).rstrip("\n")

    def _emit_text(self, text: str) -> None:
        self._flush_break()
        if not self._at_line_start:
            if self._pending_separator:
                self._parts.append(self._pending_separator)
            elif self._pending_space:
                self._parts.append(" ")
        self._pending_separator = ""
        self._pending_space = False
        self._cell_empty = False
        self._row_has_text = True
        self._parts.append(text)
        self._newlines = 0
        self._at_line_start = False

    def _flush_break(self) -> None:
        wanted, self._pending_break = self._pending_break, 0
        if wanted and self._parts and wanted > self._newlines:
            self._emit_newlines(wanted - self._newlines)
            self._pending_separator = ""
            self._pending_space = False

    def _emit_newlines(self, count: int) -> None:
        self._parts.append("\n" * count)
        self._newlines += count
        self._at_line_start = True
