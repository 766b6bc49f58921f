"""Cutting long documents into pieces the model can take, and positions back.

spaCy refuses texts over ``nlp.max_length`` (E088) and its memory grows with a
Doc's length, so a long document is processed in pieces cut at paragraph, then
line, then sentence, then word boundaries.  Every piece carries its offset, so
mentions map back to the whole document exactly.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

DEFAULT_MAX_CHARS = 20_000

# Boundaries to cut at, best first; each pattern's match end is the cut position.
_BOUNDARIES = (
    re.compile(r"\n[ \t]*\n"),  # blank line between paragraphs
    re.compile(r"\r?\n|\r"),  # line break
    re.compile(r"[.!?…»\"]\s+"),  # sentence end
    re.compile(r"\s+"),  # any space
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# spaCy's tokenizer strips prefixes one at a time from a space-free run, which is
# quadratic in the run's length ("(" * 20_000 takes minutes).  No name is that
# long, so such runs are blanked out before tokenization (see ``defuse``).
MAX_RUN = 500
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


@dataclass(frozen=True)
class Piece:
    """A slice of a document: ``text == document[offset:offset + len(text)]``."""

    offset: int
    text: str


def split_text(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> list[Piece]:
    """Cut ``text`` into consecutive pieces of at most ``max_chars`` characters."""
    return list(iter_pieces(text, max_chars))


def iter_pieces(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Piece]:
    """The pieces of :func:`split_text`, one at a time (a whole document is never copied)."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    start = 0
    while len(text) - start > max_chars:
        cut = _best_cut(text, start, start + max_chars)
        yield Piece(start, text[start:cut])
        start = cut
    if start < len(text) or not text:
        yield Piece(start, text[start:])


def _best_cut(text: str, start: int, limit: int) -> int:
    """The last boundary in ``text[start:limit]`` of the best kind there is."""
    window_start = start + (limit - start) // 2  # never cut pieces smaller than half the limit
    for pattern in _BOUNDARIES:
        last = None
        for match in pattern.finditer(text, window_start, limit):
            last = match
        if last is not None and last.end() > start:
            return last.end()
    return _safe_hard_cut(text, start, limit)


def _safe_hard_cut(text: str, start: int, limit: int) -> int:
    """A cut that does not separate a base character from its combining marks."""
    cut = limit
    while cut > start + 1 and _is_combining(text[cut]):
        cut -= 1
    return cut


def _is_combining(char: str) -> bool:
    return unicodedata.combining(char) != 0 or char == "\u200d"


def defuse(text: str) -> str:
    """``text`` with every space-free run over ``MAX_RUN`` characters replaced by spaces.

    Same length, so offsets stay valid; the caller takes surfaces from the
    original text.
    """
    if len(text) <= MAX_RUN:
        return text
    return _LONG_RUN.sub(lambda match: " " * len(match.group()), text)


class LineIndex:
    """1-based line and column of any offset, for editors and CI annotations.

    ``\\r\\n``, ``\\n`` and a lone ``\\r`` each end a line; columns count code points.
    """

    def __init__(self, text: str) -> None:
        self._starts = [0] + [match.end() for match in _LINE_BREAK.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
