"""``seedner lint``: output formats, options, configuration, disable comments, inputs and exit codes."""

from __future__ import annotations

import json
import re
import sys

import pytest

from seedner.cli.app import ExitCode
from tests.conftest import REPO, parse_jsonl

pytestmark = pytest.mark.model

UNDEFINED = "La DNRED a transmis le dossier au parquet.\n"
CLEAN = "L'Office anti-stupéfiants (OFAST) a saisi deux tonnes. L'OFAST enquête.\n"
LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<column>\d+): (?P<rule>acronym-[a-z-]+) (?P<message>.+)$")


@pytest.fixture
def run(run_main, monkeypatch):
    monkeypatch.setenv("SEEDNER_NO_CONFIG", "1")  # the checkout's own configuration stays out
    return run_main


def test_findings_are_path_line_column_rule_message_and_exit_1(run, write_file):
    path = write_file("note.txt", "Titre\n" + UNDEFINED)
    code, out, err = run("lint", str(path))
    assert code == 1
    (line,) = out.splitlines()
    match = LINE.match(line)
    assert match is not None, line
    assert match.group("path", "line", "column", "rule") == (str(path), "2", "4", "acronym-undefined")
    assert "seedner: 1 finding in 1 of 1 document (acronym-undefined 1)" in err


def test_a_clean_document_exits_0_and_prints_nothing(run, write_file):
    code, out, err = run("lint", str(write_file("note.txt", CLEAN)))
    assert (code, out) == (0, "")
    assert "no finding in 1 document" in err


def test_github_format_writes_warning_commands(run, write_file):
    path = write_file("note.txt", UNDEFINED)
    code, out, _ = run("lint", "--format", "github", str(path))
    assert code == 1
    assert out.startswith(f"::warning file={path},line=1,col=4,title=acronym-undefined::DNRED is never")
    assert out.count("\n") == 1


def test_jsonl_format_writes_one_object_per_finding(run, write_file):
    code, out, _ = run("lint", "-f", "jsonl", str(write_file("note.txt", UNDEFINED + "Le GZPQ aussi.\n")))
    assert code == 1
    assert [(f["rule"], f["acronym"], f["line"]) for f in parse_jsonl(out)] == [
        ("acronym-undefined", "DNRED", 1),
        ("acronym-undefined", "GZPQ", 2),
    ]


def test_known_lets_the_gazetteer_define_an_acronym(run, write_file):
    assert run("lint", "--known", str(write_file("note.txt", UNDEFINED)))[0] == ExitCode.OK


def test_select_extend_select_and_ignore(run, write_file):
    text = "Le service Tracfin a reçu cent déclarations. TRACFIN les a analysées.\n"
    path = str(write_file("note.txt", text))
    rules = {f["rule"] for f in parse_jsonl(run("lint", "-f", "jsonl", path)[1])}
    assert rules == {"acronym-undefined"}
    out = run("lint", "-f", "jsonl", "--extend-select", "acronym-inconsistent-case", path)[1]
    assert {f["rule"] for f in parse_jsonl(out)} == {"acronym-undefined", "acronym-inconsistent-case"}
    out = run("lint", "-f", "jsonl", "--select", "all", "--ignore", "acronym-undefined", path)[1]
    assert {f["rule"] for f in parse_jsonl(out)} == {"acronym-inconsistent-case"}
    assert run("lint", "--select", "acronym-redefined", path)[0] == ExitCode.OK


def test_an_unknown_rule_is_a_usage_error(run, write_file):
    code, _, err = run("lint", "--ignore", "acronym-colour", str(write_file("note.txt", CLEAN)))
    assert code == ExitCode.USAGE and "acronym-colour" in err


def test_the_configuration_file_chooses_rules_and_no_config_ignores_it(
    run, write_file, tmp_path, monkeypatch
):
    monkeypatch.delenv("SEEDNER_NO_CONFIG")
    write_file("pyproject.toml", '[tool.seedner.lint]\nignore = ["acronym-undefined"]\n')
    path = write_file("note.txt", UNDEFINED)
    monkeypatch.chdir(tmp_path)
    assert run("lint", "note.txt")[0] == ExitCode.OK
    assert run("lint", "--no-config", "note.txt")[0] == 1
    write_file("pyproject.toml", '[tool.seedner.lint]\nknown = "maybe"\n')
    code, _, err = run("lint", str(path))
    assert code == ExitCode.USAGE and "known: expected true or false" in err


def test_an_html_comment_in_markdown_disables_a_rule(run, write_file):
    text = "# Note\n\n<!-- seedner-disable acronym-undefined -->\n\n" + UNDEFINED
    assert run("lint", str(write_file("note.md", text)))[0] == ExitCode.OK
    assert run("lint", str(write_file("other.md", "# Note\n\n" + UNDEFINED)))[0] == 1


def test_an_html_comment_in_a_web_page_disables_a_rule(run, write_file):
    page = f"<html><body><!-- seedner-disable acronym-undefined --><p>{UNDEFINED}</p></body></html>"
    assert run("lint", str(write_file("page.html", page)))[0] == ExitCode.OK


def test_a_hash_comment_in_plain_text_disables_a_rule_for_that_file_only(run, write_file, tmp_path):
    write_file("corpus/a.txt", "# seedner-disable acronym-undefined\n" + UNDEFINED)
    write_file("corpus/b.txt", UNDEFINED)
    code, out, _ = run("lint", str(tmp_path / "corpus"))
    assert code == 1
    assert [LINE.match(line).group("path") for line in out.splitlines()] == [
        str(tmp_path / "corpus" / "b.txt")
    ]


def test_a_comment_naming_no_rule_is_a_warning(run, write_file):
    code, _, err = run(
        "lint", str(write_file("note.txt", "<!-- seedner-disable acronym-colour -->\n" + CLEAN))
    )
    assert code == ExitCode.OK and "seedner-disable names no rule 'acronym-colour'" in err


def test_jsonl_inputs_are_documents_named_by_their_id(run, write_file):
    lines = [{"id": "clean", "text": CLEAN}, {"id": "dirty", "text": UNDEFINED}]
    path = write_file("corpus.jsonl", "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    code, out, _ = run("lint", str(path))
    assert code == 1 and out.startswith("dirty:1:4: acronym-undefined DNRED")


def test_stdin_and_an_output_file(run, write_file, tmp_path, monkeypatch):
    source = write_file("note.txt", UNDEFINED)
    target = tmp_path / "findings.txt"
    with source.open("rb") as stdin:
        monkeypatch.setattr(sys, "stdin", type("In", (), {"buffer": stdin})())
        code, out, _ = run("lint", "-o", str(target))
    assert code == 1 and out == ""
    assert target.read_text("utf-8").startswith("-:1:4: acronym-undefined DNRED")


def test_a_missing_input_is_an_error_and_exit_1(run, write_file, tmp_path):
    code, out, err = run("lint", str(tmp_path / "missing.txt"), str(write_file("note.txt", CLEAN)))
    assert code == 1 and out == ""
    assert f"seedner: error: {tmp_path / 'missing.txt'}: no such file or directory" in err


def test_lint_on_the_examples(run):
    code, out, _ = run("lint", str(REPO / "examples"))
    assert code == 1
    findings = [LINE.match(line) for line in out.splitlines()]
    assert all(findings) and {f.group("rule") for f in findings} == {"acronym-undefined"}
    assert {f.group("message").split()[0] for f in findings} >= {"DNRED", "AFP", "Ofpra"}
    assert run("lint", "--known", str(REPO / "examples"))[0] == ExitCode.OK
