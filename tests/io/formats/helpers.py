"""The generated fixtures of tests/data/formats/ (scripts/make_format_fixtures.py)."""

from __future__ import annotations

from tests.conftest import REPO

FIXTURES = REPO / "tests" / "data" / "formats"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()
