"""JSON Lines corpora: every bad line fails alone as ``file:line``, the others are processed."""

from __future__ import annotations

import base64
import json
import random

import pytest

from seedner.cli.app import ExitCode

from ..conftest import parse_jsonl
from .helpers import DISPATCH, run_seedner

pytestmark = pytest.mark.model


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_every_bad_line_is_reported_with_its_line_number(cli, write_file, check_records, record_property):
    lines = [
        _line(id="first", text=DISPATCH),  # 1
        "{oops",  # 2
        "[1, 2]",  # 3
        '"just a string"',  # 4
        "null",  # 5
        _line(id="no-text"),  # 6
        _line(id="null-text", text=None),  # 7
        _line(id="number", text=42),  # 8
        _line(id="list", text=["Paris"]),  # 9
        '{"id": "lone", "text": "Marie Dubois\\ud800 à Paris"}',  # 10
        '{"id": "bad-id\\udc00", "text": "Paris"}',  # 11
        "",  # 12: blank lines are skipped silently
        "   ",  # 13
        _line(id="first", text="Jean Martin est à Lyon."),  # 14: duplicate id, processed
        _line(id=True, text="Réunion à Nice."),  # 15: no usable id
        _line(id="last", text=DISPATCH),  # 16
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8") + b'{"id": "latin", "text": "pr\xe9fet"}\n'  # 17
    path = write_file("corpus.jsonl", data)
    result = cli("extract", str(path))
    assert result.exit_code == ExitCode.INPUT_FAILED
    errors = [line for line in result.stderr.splitlines() if line.startswith("seedner: error: ")]
    assert errors == [
        f"seedner: error: {path}:2: invalid JSON "
        "(Expecting property name enclosed in double quotes at column 2)",
        f"seedner: error: {path}:3: expected a JSON object, got list",
        f"seedner: error: {path}:4: expected a JSON object, got str",
        f"seedner: error: {path}:5: expected a JSON object, got NoneType",
        f"seedner: error: {path}:6: text field 'text' is missing",
        f"seedner: error: {path}:7: text field 'text' is null",
        f"seedner: error: {path}:8: text field 'text' is not a string (int)",
        f"seedner: error: {path}:9: text field 'text' is not a string (list)",
        f"seedner: error: {path}:10: text field 'text' is not valid Unicode "
        "(lone surrogate U+D800 at character 12)",
        f"seedner: error: {path}:11: id field 'id' is not valid Unicode (lone surrogate)",
        f"seedner: error: {path}:17: invalid JSON (not UTF-8 at byte 27)",
    ]
    assert f"seedner: warning: {path}:14: duplicate id 'first' (first on line 1)" in result.stderr
    assert f"seedner: warning: {path}:15: id field 'id' is a bool" in result.stderr
    records = parse_jsonl(result.stdout)
    docs = list(dict.fromkeys(r["doc"] for r in records))
    assert docs == ["first", f"{path}:15", "last"]
    assert {r["text"] for r in records if r["doc"] == "first"} >= {"Marie Dubois", "Jean Martin", "Lyon"}
    check_records(
        {"last": DISPATCH, f"{path}:15": "Réunion à Nice."}, [r for r in records if r["doc"] != "first"]
    )
    assert "4 documents" in result.stderr and "11 errors" in result.stderr
    record_property(
        "what", "11 bad lines reported as file:line, duplicate and unusable ids warned, 4 documents written"
    )


def test_crlf_line_endings_and_a_bom_on_the_first_line(cli, write_file):
    data = "\ufeff" + _line(id="a", text=DISPATCH) + "\r\n" + _line(id="b", text=DISPATCH) + "\r\n"
    result = cli("extract", "-q", str(write_file("crlf.jsonl", data)))
    assert result.exit_code == 0, result.stderr
    assert {r["doc"] for r in parse_jsonl(result.stdout)} == {"a", "b"}


@pytest.mark.slow
def test_a_20_mb_text_field_is_processed_with_exact_offsets(tmp_path, check_records, record_property):
    """An embedded base64 image: one 20 MB space-free run, with prose around it."""
    blob = base64.b64encode(random.Random(7).randbytes(15_000_000)).decode("ascii")
    text = DISPATCH + "Pièce jointe : data:image/png;base64," + blob + "\n\n" + DISPATCH
    path = tmp_path / "big.jsonl"
    path.write_text(_line(id="small", text=DISPATCH) + "\n" + _line(id="big", text=text) + "\n", "utf-8")
    run = run_seedner(["extract", "-q", str(path)], timeout=900)
    assert run.returncode == 0, run.stderr
    records = run.records()
    big = [r for r in records if r["doc"] == "big"]
    check_records({"big": text, "small": DISPATCH}, records)
    assert [r["text"] for r in big if r["start"] > len(text) - len(DISPATCH)] == [
        r["text"] for r in records if r["doc"] == "small"
    ]
    assert run.peak_mb < 2500
    record_property("seconds", run.seconds)
    record_property(
        "what", f"{len(text) / 1e6:.0f} MB field: exit 0, offsets exact, peak {run.peak_mb:.0f} MB"
    )
