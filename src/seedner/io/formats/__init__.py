"""Text out of HTML, Markdown, PDF, DOCX and ODT files: one ``extract`` per format, chosen by name.

Each format module imports its parser library inside ``extract`` only, so
importing this package (``seedner --help``, plain-text runs) loads none of
them; a missing optional library is a :class:`FormatError` naming the extra
to install.  Offsets in records index :attr:`ExtractedText.text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from seedner.io.formats import docx, html, markdown, odt, pdf
from seedner.io.formats.base import Extract, ExtractedText, FormatError

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "Extract",
    "ExtractedText",
    "FormatError",
    "extract",
    "format_for_suffix",
]

FORMATS: Mapping[str, Extract] = MappingProxyType(
    {
        "html": html.extract,
        "markdown": markdown.extract,
        "pdf": pdf.extract,
        "docx": docx.extract,
        "odt": odt.extract,
    }
)
SUFFIXES: Mapping[str, str] = MappingProxyType(
    {
        ".html": "html",
        ".htm": "html",
        ".xhtml": "html",
        ".md": "markdown",
        ".markdown": "markdown",
        ".pdf": "pdf",
        ".docx": "docx",
        ".odt": "odt",
    }
)


def format_for_suffix(suffix: str) -> str | None:
    """The format a file suffix (``.html``, ``.PDF``) stands for, or None for plain text and the rest."""
    suffix = suffix.lower()
    return SUFFIXES.get(suffix if suffix.startswith(".") else f".{suffix}")


def extract(data: bytes, format_name: str, *, encoding: str = "utf-8") -> ExtractedText:
    """The text of ``data`` read as ``format_name``; raises FormatError for one unreadable input."""
    try:
        reader = FORMATS[format_name]
    except KeyError:
        raise ValueError(f"unknown input format {format_name!r}") from None
    return reader(data, encoding=encoding)
