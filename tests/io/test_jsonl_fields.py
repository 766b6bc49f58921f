"""JSONL inputs: unusable ids, dotted field paths, duplicate ids and --strict, JSON error messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seedner.cli.app import ExitCode, app
from seedner.io.readers import Document, InputFailure, ReadOptions, iter_documents


def read(path: Path, **options: object) -> tuple[list[object], list[str], list[str]]:
    notes: list[str] = []
    warnings: list[str] = []
    items = list(
        iter_documents([str(path)], ReadOptions(**options), notify=notes.append, warn=warnings.append)
    )
    return items, notes, warnings


def write_lines(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("bad", [1.5, True, None, [1], {"a": 1}, ""])
def test_an_unusable_id_is_replaced_by_file_line_with_one_warning(tmp_path: Path, bad: object) -> None:
    path = write_lines(
        tmp_path, {"id": bad, "text": "un"}, {"id": "b", "text": "deux"}, {"id": bad, "text": "x"}
    )
    items, notes, warnings = read(path)
    assert [item.name for item in items if isinstance(item, Document)] == [f"{path}:1", "b", f"{path}:3"]
    assert len(warnings) == 1 and not notes
    assert warnings[0].startswith(f"{path}:1: id field 'id' is ")
    assert "and 1 other line(s)" in warnings[0] and "named file:line" in warnings[0]


def test_strings_and_integers_are_ids_and_a_missing_id_is_no_warning(tmp_path: Path) -> None:
    path = write_lines(tmp_path, {"id": 7, "text": "un"}, {"id": "b", "text": "deux"}, {"text": "trois"})
    items, _, warnings = read(path)
    assert [item.name for item in items] == ["7", "b", f"{path}:3"] and not warnings


def test_each_file_gets_its_own_warning(tmp_path: Path) -> None:
    first = write_lines(tmp_path, {"id": None, "text": "un"})
    second = tmp_path / "other.jsonl"
    second.write_bytes(first.read_bytes())
    warnings: list[str] = []
    list(iter_documents([str(first), str(second)], ReadOptions(), warn=warnings.append))
    assert [warning.split(":")[0] for warning in warnings] == [str(first), str(second)]


def test_dotted_text_and_id_fields_read_nested_objects(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path,
        {"meta": {"uid": "n1"}, "body": {"text": "La DGSI à Lyon."}},
        {"meta": {"uid": "n2"}, "body": {"title": "sans texte"}},
        {"meta": {"uid": "n3"}, "body.text": "Une clé avec un point est lue d'abord."},
        {"body": "pas un objet"},
    )
    items, _, _ = read(path, text_field="body.text", id_field="meta.uid")
    assert items[0] == Document("n1", "La DGSI à Lyon.")
    assert isinstance(items[1], InputFailure) and items[1].cause == "text field 'body.text' is missing"
    assert items[2] == Document("n3", "Une clé avec un point est lue d'abord.")
    assert (
        isinstance(items[3], InputFailure) and str(items[3]) == f"{path}:4: text field 'body.text' is missing"
    )


def test_a_duplicate_id_is_a_warning_or_with_strict_an_error_for_that_line(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path, {"id": "a", "text": "un"}, {"id": "a", "text": "deux"}, {"id": "c", "text": "x"}
    )
    items, _, warnings = read(path)
    assert [item.name for item in items] == ["a", "a", "c"]
    assert warnings == [f"{path}:2: duplicate id 'a' (first on line 1)"]
    items, _, warnings = read(path, strict=True)
    assert (
        isinstance(items[1], InputFailure)
        and str(items[1]) == f"{path}:2: duplicate id 'a' (first on line 1)"
    )
    assert [item.name for item in items if isinstance(item, Document)] == ["a", "c"] and not warnings


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"text": "unterminated', "invalid JSON (Unterminated string starting at column 10)"),
        (b'{"text": "a\tb"}\n', "invalid JSON (Invalid control character at column 12)"),
        (
            b'{"text": "x",, }\n',
            "invalid JSON (Expecting property name enclosed in double quotes at column 14)",
        ),
    ],
)
def test_json_errors_say_at_column_once(tmp_path: Path, line: bytes, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(line)
    (item,), _, _ = read(path)
    assert isinstance(item, InputFailure) and item.cause == message
    assert "at at" not in item.cause


def test_warnings_reach_stderr_through_the_reporter_even_quiet(tmp_path: Path, monkeypatch) -> None:
    path = write_lines(tmp_path, {"id": 1.5, "text": ""}, {"id": "a", "text": ""}, {"id": "a", "text": ""})
    monkeypatch.setattr("seedner.execution.extract.extraction_results", _no_pipeline)
    result = CliRunner().invoke(app, ["extract", "-q", str(path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"seedner: warning: {path}:3: duplicate id 'a' (first on line 2)",
        f"seedner: warning: {path}:1: id field 'id' is a float (a string or an integer is needed); "
        "named file:line",
    ]
    strict = CliRunner().invoke(app, ["extract", "-q", "--strict", str(path)], catch_exceptions=False)
    assert strict.exit_code == ExitCode.INPUT_FAILED
    assert f"seedner: error: {path}:3: duplicate id 'a' (first on line 2)" in strict.stderr


def _no_pipeline(options, items, idle=None, **_reporting):
    """Results without the model: every document read, none of its mentions (the reading is under test)."""
    from seedner.execution.extractor import Result

    for item in items:
        yield (
            Result(item.name, text=item.text)
            if isinstance(item, Document)
            else Result(item.source, error=item.cause)
        )
