"""HTML, Markdown, PDF, DOCX and ODT read end to end through the command line: offsets index the
extracted text (``--format doc --include-text`` gives it), PDF records carry their page, and a file
that cannot be read is one error line while the others are written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.model

FORMATS = REPO / "tests" / "data" / "formats"
SEEDNER = Path(sys.executable).with_name("seedner")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SEEDNER), *args], capture_output=True, text=True, timeout=300, cwd=REPO)


@pytest.fixture(scope="module")
def documents() -> dict[str, dict[str, object]]:
    names = ["article.html", "note.md", "report.pdf", "minutes.docx", "note.odt"]
    run = _run("extract", "-q", "--format", "doc", "--include-text", *(str(FORMATS / n) for n in names))
    assert run.returncode == 0, run.stderr
    return {Path(str(d["doc"])).name: d for d in map(json.loads, run.stdout.splitlines())}


@pytest.mark.parametrize("name", ["article.html", "note.md", "report.pdf", "minutes.docx", "note.odt"])
def test_offsets_index_the_extracted_text(documents, name):
    document = documents[name]
    text = str(document["text"])
    entities = document["entities"]
    assert isinstance(entities, list) and entities
    for record in entities:
        assert text[record["start"] : record["end"]] == record["text"]
    assert "<" not in text and "](" not in text and "**" not in text  # no markup left


def test_markdown_emphasis_still_defines_the_acronym_orlcf(documents):
    entities = documents["note.md"]["entities"]
    assert isinstance(entities, list)
    orlcf = [r for r in entities if r["text"] == "ORLCF"]
    assert orlcf and orlcf[0]["acronym"] and orlcf[0]["expansion_source"] == "document"


def test_pdf_records_carry_their_page_the_others_null(documents):
    pages = {r["page"] for r in documents["report.pdf"]["entities"]}  # type: ignore[union-attr]
    assert pages == {1, 2}
    assert {r["page"] for r in documents["note.md"]["entities"]} == {None}  # type: ignore[union-attr]


def test_running_headers_and_page_numbers_give_no_entity(documents):
    text = str(documents["report.pdf"]["text"])
    assert "Page 1" not in text and "Page 2" not in text


def test_unreadable_inputs_are_one_line_each_the_others_are_written():
    inputs = ["encrypted.pdf", "binary.html", "truncated.docx", "note.md"]
    run = _run("extract", "-q", *(str(FORMATS / n) for n in inputs))
    assert run.returncode == 1
    errors = run.stderr.splitlines()
    assert errors == [
        f"seedner: error: {FORMATS / 'encrypted.pdf'}: encrypted PDF",
        f"seedner: error: {FORMATS / 'binary.html'}: looks binary, not HTML",
        f"seedner: error: {FORMATS / 'truncated.docx'}: not a DOCX file (bad zip)",
    ]
    assert {json.loads(line)["doc"] for line in run.stdout.splitlines()} == {str(FORMATS / "note.md")}


def test_input_format_names_a_format_whatever_the_extension(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("<html><body><p>La DGSI enquête à Lyon.</p><script>x()</script></body></html>")
    run = _run("extract", "-q", "--input-format", "html", str(page))
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["text"] for line in run.stdout.splitlines()] == ["DGSI", "Lyon"]
