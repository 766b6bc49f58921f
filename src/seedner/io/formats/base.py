"""What every format shares: the extracted text, the one error, decoding markup bytes.

Kept apart from the package's ``__init__`` so that the format modules can use
these without importing the registry that imports them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from seedner.errors import SeednerError
from seedner.io.decoding import BINARY_SIGNATURES, BOMS


@dataclass(frozen=True)
class ExtractedText:
    """The text a format yields; every offset a record carries indexes ``text``.

    ``page_starts`` holds the offset where each page starts (page 1 at 0), for
    formats that have pages, else None.
    """

    text: str
    page_starts: tuple[int, ...] | None = None

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding ``offset``, or None for formats without pages."""
        if self.page_starts is None:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))


class FormatError(SeednerError):
    """A file cannot be read as its format; the message is one line, for that input alone."""

    def __init__(self, cause: str) -> None:
        self.cause = " ".join(cause.split())
        super().__init__(self.cause)


Extract = Callable[..., ExtractedText]
"""``extract(data: bytes, *, encoding: str = "utf-8") -> ExtractedText``: one per format."""

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def decode_markup(data: bytes, encoding: str, kind: str) -> str:
    """Decode HTML or Markdown bytes; binary data is refused in one line.

    A BOM wins; then ``encoding`` (``auto`` tries UTF-8); when that fails, the
    charset the page declares in a ``<meta>``; with ``auto`` only, cp1252 last
    (latin-1 if even that fails), the commonest French legacy encoding.
    """
    bom = next((name for mark, name in BOMS if data.startswith(mark)), None)
    if bom is not None:
        try:
            return data.decode(bom)
        except UnicodeDecodeError as error:
            raise FormatError(f"cannot decode as {bom} at byte {error.start}") from None
    if data.startswith(BINARY_SIGNATURES) or b"\x00" in data:
        raise FormatError(f"looks binary, not {kind}")
    first = "utf-8" if encoding == "auto" else encoding
    try:
        return data.decode(first)
    except LookupError:
        raise FormatError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        failure = error
    declared = _declared_charset(data)
    fallbacks = ([declared] if declared else []) + (["cp1252", "latin-1"] if encoding == "auto" else [])
    for candidate in fallbacks:
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    raise FormatError(f"cannot decode as {encoding} at byte {failure.start} (try --encoding auto)")


def _declared_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` near the start declares, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def needs(library: str, what: str, extra: str | None = None) -> FormatError:
    """The error for a missing parser library, naming the extra that brings it, if one does."""
    command = f"'seedner[{extra}]'" if extra else library
    return FormatError(f"reading {what} needs {library}: pip install {command}")
