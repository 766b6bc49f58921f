"""ODT: paragraphs, headings, lists and tables of the body in order, from ``content.xml``.

Read with the standard library like DOCX.  ODF collapses white space the way
HTML does and spells extra spaces, tabs and line breaks as elements, so the
inline text is collapsed first and those put back after.  Left out: notes,
annotations, frames (images, text boxes), tracked deletions, tables of
contents and indexes (they repeat the headings), headers and footers (they
live in ``styles.xml``).
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from seedner.io.formats.base import ExtractedText, FormatError
from seedner.io.formats.layout import BLOCK, LINE, Layout
from seedner.io.formats.office import local_name, open_package, parse_xml, read_member

KIND = "ODT"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_MIMETYPES = (b"application/vnd.oasis.opendocument.text", b"application/vnd.oasis.opendocument.text-template")
# Characters XML 1.0 cannot carry: they hold the spaces, tabs and breaks ODF spells as elements.
_SPACE, _TAB, _BREAK = "\x01", "\x02", "\x03"
_WHITE = re.compile(r"[ \t\r\n]+")
_SKIPPED_INLINE = frozenset({"note", "annotation", "annotation-end", "frame", "ruby-text", "tracked-changes"})
_ROW_GROUPS = frozenset({"table-header-rows", "table-rows", "table-row-group"})


def extract(data: bytes, *, encoding: str = "utf-8") -> ExtractedText:
    """The text of an ODT body; ``encoding`` is unused (the XML says its own)."""
    with open_package(data, KIND) as package:
        names = package.namelist()
        if "mimetype" in names and read_member(package, "mimetype", KIND).strip() not in _MIMETYPES:
            raise FormatError(f"not an {KIND} file (another OpenDocument type)")
        root = parse_xml(read_member(package, "content.xml", KIND), "content.xml", KIND)
    body = root.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise FormatError(f"not an {KIND} file (no text body in content.xml)")
    layout = Layout()
    try:
        _blocks(body, layout, in_line=False)
    except RecursionError:
        raise FormatError(f"corrupt {KIND} (nested too deep)") from None
    return ExtractedText(layout.text())


def _blocks(container: Element, layout: Layout, *, in_line: bool) -> None:
    """Block content of the body, a section, a list item or a cell, in order."""
    for child in container:
        namespace, name = local_name(child.tag)
        if namespace == _TEXT and name in ("p", "h"):
            layout.break_(LINE if in_line else BLOCK)
            layout.write(paragraph_text(child), collapse=False)
            layout.break_(LINE if in_line else BLOCK)
        elif namespace == _TEXT and name == "list":
            layout.break_(LINE if in_line else BLOCK)
            for item in child:
                layout.break_(LINE)
                _blocks(item, layout, in_line=True)
            layout.break_(LINE if in_line else BLOCK)
        elif namespace == _TEXT and name == "section":
            _blocks(child, layout, in_line=in_line)
        elif namespace == _TABLE and name == "table":
            layout.break_(LINE if in_line else BLOCK)
            _rows(child, layout)
            layout.break_(LINE if in_line else BLOCK)


def _rows(table: Element, layout: Layout) -> None:
    for child in table:
        namespace, name = local_name(child.tag)
        if namespace != _TABLE:
            continue
        if name in _ROW_GROUPS:
            _rows(child, layout)
        elif name == "table-row":
            layout.row()
            for cell in child:
                if local_name(cell.tag) == (_TABLE, "table-cell"):
                    layout.cell()
                    _blocks(cell, layout, in_line=True)
            layout.break_(LINE)


def paragraph_text(paragraph: Element) -> str:
    """A paragraph's text, white space collapsed as ODF says, line by line without end spaces."""
    pieces: list[str] = []
    _inline(paragraph, pieces)
    text = _WHITE.sub(" ", "".join(pieces))
    text = text.replace(_SPACE, " ").replace(_TAB, "\t").replace(_BREAK, "\n")
    return "\n".join(line.strip(" \t") for line in text.split("\n"))


def _inline(element: Element, pieces: list[str]) -> None:
    """Text of ``element`` and its inline children, with their tails; notes and frames skipped."""
    pieces.append(element.text or "")
    for child in element:
        namespace, name = local_name(child.tag)
        if namespace == _TEXT and name == "s":
            pieces.append(_SPACE * _count(child.get(f"{{{_TEXT}}}c")))
        elif namespace == _TEXT and name == "tab":
            pieces.append(_TAB)
        elif namespace == _TEXT and name == "line-break":
            pieces.append(_BREAK)
        elif name not in _SKIPPED_INLINE:
            _inline(child, pieces)
        pieces.append(child.tail or "")


def _count(value: str | None) -> int:
    """``text:c``, the number of spaces a ``<text:s>`` stands for (1 when absent, capped)."""
    try:
        return min(max(int(value or "1"), 1), 1000)
    except ValueError:
        return 1
