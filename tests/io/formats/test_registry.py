"""The registry: formats by name and by suffix, lazy parser imports, missing libraries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from seedner.io import formats
from seedner.io.formats import FORMATS, ExtractedText, FormatError, format_for_suffix
from tests.conftest import REPO

PARSERS = ("selectolax", "markdown_it", "pdfminer", "lxml", "docx", "pypdf", "pypdfium2")


@pytest.mark.parametrize(
    ("suffix", "name"),
    [(".html", "html"), (".HTM", "html"), (".xhtml", "html"), (".md", "markdown"), (".markdown", "markdown"),
     (".pdf", "pdf"), (".Pdf", "pdf"), (".docx", "docx"), (".odt", "odt"), ("pdf", "pdf"),
     (".txt", None), (".jsonl", None), ("", None), (".doc", None)],
)  # fmt: skip
def test_format_for_suffix(suffix, name):
    assert format_for_suffix(suffix) == name


def test_every_format_has_an_extract_function_and_a_suffix():
    assert set(FORMATS) == {"html", "markdown", "pdf", "docx", "odt"}
    assert set(formats.SUFFIXES.values()) == set(FORMATS)


def test_extract_dispatches_by_name():
    assert formats.extract(b"# Nantes", "markdown") == ExtractedText("Nantes")
    with pytest.raises(ValueError, match="unknown input format 'rtf'"):
        formats.extract(b"", "rtf")


def test_importing_the_formats_loads_no_parser_library():
    code = (
        "import sys, seedner.io.formats;"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {PARSERS!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("module", "name", "data", "message"),
    [
        ("selectolax.lexbor", "html", b"<p>x</p>", "HTML needs selectolax: pip install 'seedner[html]'"),
        ("pdfminer.high_level", "pdf", b"%PDF-1.7\n", "PDF needs pdfminer.six: pip install 'seedner[pdf]'"),
        ("markdown_it", "markdown", b"x", "Markdown needs markdown-it-py: pip install markdown-it-py"),
    ],
)  # fmt: skip
def test_a_missing_parser_library_names_the_extra_to_install(monkeypatch, module, name, data, message):
    monkeypatch.setitem(sys.modules, module, None)  # makes the import fail
    with pytest.raises(FormatError) as caught:
        formats.extract(data, name)
    assert str(caught.value) == f"reading {message}"


def test_a_format_error_is_always_one_line():
    assert str(FormatError("unreadable PDF (bad\nxref\r\n table)")) == "unreadable PDF (bad xref table)"
