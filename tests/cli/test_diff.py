"""``seedner diff OLD NEW``: formats, options, exit codes, and two real extraction outputs compared."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from seedner.cli.app import ExitCode
from tests.conftest import REPO, parse_jsonl, record_dict


@pytest.fixture
def run(run_main):
    return run_main


def mention(doc: str, start: int, text: str, label: str = "ORG", **fields: Any) -> dict[str, Any]:
    return record_dict(start, text, label, doc=doc, **fields)


def jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture
def old_new(tmp_path: Path) -> tuple[Path, Path]:
    old = [
        mention("a.txt", 0, "DGSI"),
        mention("a.txt", 10, "Gipac", "LOC"),
        mention("a.txt", 30, "Lyon", "LOC"),
        mention("b.txt", 0, "Paris", "LOC", cluster=1),
    ]
    new = [
        mention("a.txt", 0, "DGSI", expansion="Direction générale de la sécurité intérieure"),
        mention("a.txt", 10, "Gipac", "ORG"),
        mention("a.txt", 40, "Marseille", "LOC"),
        mention("b.txt", 0, "Paris", "LOC", cluster=2),
        mention("c.txt", 0, "Tracfin", "ORG"),
    ]
    return jsonl(tmp_path / "old.jsonl", old), jsonl(tmp_path / "new.jsonl", new)


def test_identical_files_exit_0(run, old_new):
    old, _ = old_new
    code, out, err = run("diff", str(old), str(old))
    assert code == ExitCode.OK
    assert "no change in 2 documents" in out + err


def test_different_files_exit_1_with_every_kind_of_change_as_jsonl(run, old_new):
    old, new = old_new
    code, out, err = run("diff", str(old), str(new), "--format", "jsonl")
    assert code == 1
    changes = parse_jsonl(out)
    assert [(c["doc"], c["kind"], c["text"]) for c in changes] == [
        ("a.txt", "re-expanded", "DGSI"),
        ("a.txt", "relabelled", "Gipac"),
        ("a.txt", "removed", "Lyon"),
        ("a.txt", "added", "Marseille"),
        ("b.txt", "changed", "Paris"),
        ("c.txt", "added", "Tracfin"),
    ]
    relabelled = changes[1]
    assert relabelled["old"]["label"] == "LOC" and relabelled["new"]["label"] == "ORG"
    assert relabelled["line"] == 1 and relabelled["column"] == 11
    assert changes[5]["only_in"] == str(new)
    assert "seedner: 6 changes in 3 of 3 documents" in err


def test_ignore_fields_and_labels_narrow_the_comparison(run, old_new):
    old, new = old_new
    code, out, _ = run("diff", str(old), str(new), "-f", "jsonl", "--ignore-fields", "cluster,expansion")
    assert code == 1 and "b.txt" not in out and "re-expanded" not in out
    code, out, _ = run("diff", str(old), str(new), "-f", "jsonl", "--labels", "loc")
    assert {c["text"] for c in parse_jsonl(out)} == {"Gipac", "Lyon", "Marseille", "Paris"}
    code, _, _ = run("diff", str(old), str(new), "--labels", "PER")
    assert code == ExitCode.OK


def test_unknown_ignored_field_is_a_usage_error(run, old_new):
    old, new = old_new
    code, _, err = run("diff", str(old), str(new), "--ignore-fields", "cluster,colour")
    assert code == ExitCode.USAGE and "colour" in err


def test_markdown_has_a_summary_table_then_a_section_per_document(run, old_new):
    old, new = old_new
    code, out, _ = run("diff", str(old), str(new), "--format", "markdown")
    assert code == 1
    assert out.startswith(f"## seedner diff: `{old}` → `{new}`\n")
    assert "| label | added | removed | relabelled | re-expanded | changed | moved | total |" in out
    assert "| **total** | **2** | **1** | **1** | **1** | **1** | **0** | **6** |" in out
    assert out.index("| **total**") < out.index("### `a.txt`") < out.index("### `b.txt`")
    assert "| relabelled | 1:11 | LOC → ORG | Gipac |" in out
    assert f"### `c.txt` +1 (only in {new})" in out


def test_markdown_folds_a_long_document_in_details(run, tmp_path):
    old = jsonl(tmp_path / "old.jsonl", [])
    new = jsonl(tmp_path / "new.jsonl", [mention("a|b.txt", i * 10, f"X{i}|<y>") for i in range(12)])
    code, out, _ = run("diff", str(old), str(new), "-f", "markdown")
    assert code == 1
    assert "<details>\n<summary><code>a|b.txt</code> +12 (only in" in out and "</details>" in out
    assert "| added | 1:1 | ORG | X0\\|&lt;y&gt; |" in out


def test_table_shows_the_context_of_each_change(run, old_new, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    old, new = old_new
    code, out, _ = run("diff", str(old), str(new))
    assert code == 1
    assert "a.txt  +1 -1 ~2" in out
    assert "relabelled" in out and "LOC→ORG" in out and "Gipac" in out
    assert "6 changes in 3 of 3 documents" in out


def test_an_unreadable_file_is_one_error_line_and_exit_2(run, old_new, tmp_path):
    old, _ = old_new
    code, out, err = run("diff", str(old), str(tmp_path / "missing.jsonl"))
    assert code == ExitCode.USAGE and out == ""
    assert err.strip().splitlines() == [
        f"seedner: error: {tmp_path / 'missing.jsonl'}: no such file or directory"
    ]
    code, _, err = run("diff", str(tmp_path), str(old))
    assert code == ExitCode.USAGE and "is a directory" in err


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{oops", "invalid JSON"),
        ("[1, 2]", "not a seedner record (a JSON list)"),
        ('{"doc": "a", "end": 3, "label": "ORG"}', "not a seedner record (no 'start')"),
        ('{"doc": "a", "start": "0", "end": 3, "label": "ORG"}', "not a seedner record (a str as 'start')"),
    ],
)
def test_a_malformed_line_is_named_with_its_line_number(run, old_new, tmp_path, line, message):
    old, _ = old_new
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(mention("a.txt", 0, "DGSI")) + "\n\n" + line + "\n", "utf-8")
    code, _, err = run("diff", str(old), str(bad), "-f", "jsonl")
    assert code == ExitCode.USAGE
    assert f"seedner: error: {bad}:3: {message}" in err


def test_files_in_other_document_orders_are_exit_2(run, tmp_path):
    docs = [mention(name, 0, "DGSI") for name in ("a", "b", "c")]
    old = jsonl(tmp_path / "old.jsonl", docs)
    new = jsonl(tmp_path / "new.jsonl", docs[::-1])
    code, _, err = run("diff", str(old), str(new), "-o", str(tmp_path / "out.md"))
    assert code == ExitCode.USAGE and "other orders" in err
    assert not (tmp_path / "out.md").exists()


def test_output_file_and_stdin(run, old_new, tmp_path, monkeypatch):
    old, new = old_new
    out_file = tmp_path / "changes.jsonl"
    code, out, _ = run("diff", str(old), str(new), "-f", "jsonl", "-o", str(out_file))
    assert code == 1 and out == "" and len(parse_jsonl(out_file.read_text("utf-8"))) == 6
    with old.open("rb") as stdin:
        monkeypatch.setattr(sys, "stdin", type("In", (), {"buffer": stdin})())
        code, out, _ = run("diff", "-", str(old), "-f", "jsonl")
    assert code == 0 and out == ""
    code, _, err = run("diff", "-", "-")
    assert code == ExitCode.USAGE and "stdin" in err


def test_unique_and_doc_formats_are_read(run, tmp_path):
    unique = [mention("a", 0, "DGSI", count=2, mentions=[[0, 4], [9, 13]])]
    old = jsonl(tmp_path / "old.jsonl", unique)
    new = jsonl(tmp_path / "new.jsonl", [unique[0] | {"count": 1, "mentions": [[0, 4]]}])
    code, out, _ = run("diff", str(old), str(new), "-f", "jsonl")
    assert code == 1 and parse_jsonl(out)[0]["fields"] == ["count", "mentions"]
    doc_format = tmp_path / "doc.jsonl"
    entity = {k: v for k, v in unique[0].items() if k != "doc"}
    doc_format.write_text(json.dumps({"doc": "a", "entities": [entity]}) + "\n", "utf-8")
    assert run("diff", str(old), str(doc_format))[0] == ExitCode.OK


@pytest.mark.model
def test_two_real_extraction_outputs(run, tmp_path):
    examples = str(REPO / "examples")
    default, bare = tmp_path / "default.jsonl", tmp_path / "bare.jsonl"
    assert run("extract", "-q", examples, "-o", str(default))[0] == 0
    assert run("extract", "-q", examples, "--no-default-gazetteers", "-o", str(bare))[0] == 0
    code, out, err = run("diff", str(bare), str(default), "-f", "jsonl", "--ignore-fields", "cluster")
    assert code == 1
    changes = parse_jsonl(out)
    assert {c["doc"] for c in changes} == {str(path) for path in (REPO / "examples").glob("*.txt")}
    assert ("AFP", "relabelled") in {(c["text"], c["kind"]) for c in changes}  # an agency the gazetteer knows
    assert any(c["kind"] == "changed" and c["new"].get("source") == "gazetteer" for c in changes)
    assert "changes in 3 of 3 documents" in err
    assert run("diff", str(default), str(default))[0] == ExitCode.OK
    code, out, _ = run("diff", str(bare), str(default), "-f", "markdown")
    assert code == 1 and out.startswith("## seedner diff:") and "| ORG |" in out
