"""PDF: the text of each page in reading order, running headers, footers and page numbers left out.

Read with pdfminer.six, the one library of the three measured on our own PDFs
(bench/formats.py) that reads a two-column page column by column: pypdf and
pypdfium2 follow the content stream, which there runs across both columns
line by line, gluing half-sentences of each into one line.  pypdfium2 is the
fastest (0.2 to 0.6 ms a page, pypdf 1 to 3, pdfminer 2.5 to 10), but all are
small next to the model (some 25 ms for a 500-word page); pypdfium2 also
turns a hyphen at a line end into ``\\x02`` and joins the lines, where
pdfminer keeps it as printed (the normalisation layer rejoins words).
pdfminer's price: a table comes out one cell per line, not one row per line,
and two cells close together can share a line.

Paragraphs (found from the gaps between lines) and pages are separated by a
blank line; ``page_starts`` says where each page starts.  Running lines are
looked for among the first and last lines of each page that lie in its top
or bottom margin: the same line, digits aside, on at least half of the pages
(and two), or a bare page number ("3", "- 3 -", "Page 3 sur 12", "3/12").
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from seedner.io.formats.base import ExtractedText, FormatError, needs

PAGE_SEPARATOR = "\n\n"
EDGE_LINES = 3  # lines at the top and at the bottom of a page where running lines are looked for
MARGIN = 0.12  # ... and only in this fraction of the page's height from its top or bottom edge
_PAGE_NUMBER = re.compile(
    r"[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:sur|/|de|of)\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:/|sur)\s*\d{1,4}",
    re.IGNORECASE,
)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_INLINE_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Line:
    """A line of a page; ``top`` and ``bottom`` as fractions of the page's height from its top."""

    text: str
    top: float
    bottom: float


def extract(data: bytes, *, encoding: str = "utf-8") -> ExtractedText:
    """The text of a PDF, page by page; ``encoding`` is unused (a PDF says its own)."""
    if b"%PDF-" not in data[:1024]:
        raise FormatError("not a PDF file")
    pages = remove_running_lines(list(_read_pages(data)))
    return join_pages([page_text(lines) for lines in pages])


def join_pages(texts: list[str]) -> ExtractedText:
    """One text, pages separated by a blank line, with the offset where each page starts."""
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(PAGE_SEPARATOR)
    return ExtractedText(PAGE_SEPARATOR.join(texts), tuple(starts) or (0,))


def page_text(lines: list[Line]) -> str:
    """A page's lines, with a blank line between blocks.

    A block starts where the text goes back up (the next column) or where the
    gap above a line is wider than the page's usual one, the gap between the
    lines of a paragraph (the lower quartile, the median being a paragraph gap
    on a page of short paragraphs), by half a line.
    """
    gaps = sorted(gap for above, line in itertools.pairwise(lines) if (gap := line.top - above.bottom) >= 0)
    usual = gaps[len(gaps) // 4] if gaps else 0.0
    parts = []
    for number, line in enumerate(lines):
        if number:
            above = lines[number - 1]
            gap = line.top - above.bottom
            new_block = line.top < above.top or gap > usual + (above.bottom - above.top) / 2
            parts.append("\n\n" if new_block else "\n")
        parts.append(line.text)
    return "".join(parts)


def remove_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without running headers and footers, nor bare page numbers, at their edges."""
    counts = Counter(key for page in pages for key in {_key(line.text) for line in _edge_lines(page)})
    threshold = max(2, math.ceil(len(pages) / 2))
    running = {key for key, count in counts.items() if count >= threshold and key}
    return [[line for line in page if not _is_running(line, page, running)] for page in pages]


def _is_running(line: Line, page: list[Line], running: set[str]) -> bool:
    if not any(line is edge for edge in _edge_lines(page)):
        return False
    return is_page_number(line.text) or _key(line.text) in running


def is_page_number(line: str) -> bool:
    """A line that is only a page number: ``3``, ``- 3 -``, ``— 14 —``, ``Page 3 sur 12``, ``3/12``."""
    return _PAGE_NUMBER.fullmatch(line.strip()) is not None


def _edge_lines(page: list[Line]) -> list[Line]:
    """The first and last lines of a page that lie in its top or bottom margin."""
    ends = page[:EDGE_LINES] + page[-EDGE_LINES:]
    return [line for line in ends if line.bottom <= MARGIN or line.top >= 1 - MARGIN]


def _key(line: str) -> str:
    """What a running line keeps from page to page: its words, whatever the page number."""
    return " ".join(_DIGITS.sub("#", line.casefold()).split())


def _read_pages(data: bytes) -> Iterator[list[Line]]:
    """The lines of each page, as pdfminer's layout analysis orders them."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:
        raise needs("pdfminer.six", "PDF", "pdf") from None
    _silence_pdfminer()
    try:
        for layout in extract_pages(io.BytesIO(data), password="", laparams=LAParams(all_texts=True)):
            yield list(_lines(layout))
    except PDFPasswordIncorrect:
        raise FormatError("encrypted PDF") from None
    except PDFEncryptionError as error:
        raise FormatError(f"encrypted PDF ({error})") from None
    except Exception as error:  # a damaged file fails anywhere in the parser, with any error
        raise FormatError(f"unreadable PDF ({type(error).__name__}: {error})") from None


def _silence_pdfminer() -> None:
    """pdfminer warns through logging with no handler of its own: Python would print that on stderr.

    A NullHandler, added once, stops that; an application that sets up logging still gets the warnings.
    """
    logger = logging.getLogger("pdfminer")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


def _text_boxes(container: Any) -> Iterator[Any]:
    """Text boxes of a page in layout order, those inside figures (form XObjects) included."""
    from pdfminer.layout import LTFigure, LTTextBox

    for item in container:
        if isinstance(item, LTTextBox):
            yield item
        elif isinstance(item, LTFigure):
            yield from _text_boxes(item)


def _lines(page: Any) -> Iterator[Line]:
    """A page's non-empty lines: ligatures spelt out, runs of spaces (justified text) made one."""
    top, height = page.y1, (page.y1 - page.y0) or 1.0
    for box in _text_boxes(page):
        for line in box:
            text = _INLINE_SPACES.sub(" ", line.get_text().translate(_LIGATURES)).strip()
            if text:
                yield Line(text, (top - line.y1) / height, (top - line.y0) / height)
