"""tests/data/formats/ is what scripts/make_format_fixtures.py writes, the same on every run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from seedner.io import formats
from tests.conftest import REPO
from tests.io.formats.helpers import FIXTURES

SCRIPT = REPO / "scripts" / "make_format_fixtures.py"


def generate(output: Path) -> dict[str, bytes]:
    pytest.importorskip("fpdf")
    subprocess.run([sys.executable, str(SCRIPT), str(output)], check=True, capture_output=True, timeout=120)
    return {path.name: path.read_bytes() for path in sorted(output.iterdir())}


def committed() -> dict[str, bytes]:
    return {
        path.name: path.read_bytes() for path in sorted(FIXTURES.iterdir()) if not path.name.startswith(".")
    }


def outcome(data: bytes) -> str:
    """What reading a PDF gives: its text, or its error (the bytes depend on the PDF library's version)."""
    pytest.importorskip("pdfminer")
    try:
        return formats.extract(data, "pdf").text
    except formats.FormatError as error:
        return f"error: {error}"


def test_every_fixture_is_small():
    assert committed() and all(len(data) < 8192 for data in committed().values())


def test_the_script_rebuilds_the_committed_fixtures(tmp_path):
    rebuilt, kept = generate(tmp_path), committed()
    assert sorted(rebuilt) == sorted(kept)
    for name, data in kept.items():
        if name.endswith(".pdf"):
            assert outcome(rebuilt[name]) == outcome(data), name
        else:
            assert rebuilt[name] == data, name


def test_the_script_writes_the_same_bytes_twice(tmp_path):
    assert generate(tmp_path / "first") == generate(tmp_path / "second")
