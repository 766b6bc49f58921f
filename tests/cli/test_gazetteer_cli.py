"""``seedner gazetteer validate | stats | lookup`` on a tiny app that mounts the sub-app."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from seedner.cli.gazetteer import gazetteer_app
from seedner.resources import default_gazetteer_files

GOOD = """\
- id: user.brigade
  label: ORG
  name: Brigade imaginaire de recherche
  acronyms: [BIR]
  category: police
  source: test
"""
BAD = """\
- id: user.a
  label: COMPANY
  name: Alpha
  category: police
  source: test
- id: user.b
  label: ORG
  name: ''
  category: police
  source: test
"""


@pytest.fixture
def cli():
    app = typer.Typer()
    app.add_typer(gazetteer_app, name="gazetteer")

    @app.callback()
    def main() -> None:
        """Tiny host app."""

    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, ["gazetteer", *args], catch_exceptions=False)

    return invoke


def test_validate_defaults_is_clean(cli):
    result = cli("validate")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "no problem" in result.stderr


def test_validate_reports_every_problem_with_its_line(cli, write_file):
    bad = write_file("bad.yaml", BAD)
    result = cli("validate", str(bad))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{bad}:2: unknown label 'COMPANY' (expected one of LOC, MISC, ORG, PER)",
        f"{bad}:8: empty or missing 'name'",
    ]
    assert result.stderr.startswith("seedner: error: 2 problem(s)")


def test_validate_checks_user_files_against_the_defaults(cli, write_file):
    clash = write_file("clash.yaml", GOOD.replace("user.brigade", "fr.dnpaf"))
    result = cli("validate", str(clash))
    assert result.exit_code == 1
    assert "duplicate id 'fr.dnpaf' (first defined at " in result.stdout
    alone = cli("validate", "--no-default-gazetteers", str(clash))
    assert alone.exit_code == 0, alone.output


def test_validate_json(cli, write_file):
    bad = write_file("bad.csv", "id,label,name,category,source\nx,ORG,X,nowhere,t\n")
    result = cli("validate", "--json", "--no-default-gazetteers", str(bad))
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data == {
        "files": [str(bad)],
        "problems": [f"{bad}:2: unknown category 'nowhere' (see gazetteers/README.md)"],
    }


def test_validate_missing_file_and_wrong_type(cli, tmp_path, write_file):
    text = write_file("notes.txt", "x")
    result = cli("validate", "--no-default-gazetteers", str(tmp_path / "nope.yaml"), str(text))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'nope.yaml'}: no such file",
        f"{text}: unsupported file type '.txt'; expected .yaml, .yml or .csv",
    ]


def test_stats_counts_by_file_label_and_category(cli, write_file):
    user = write_file("mine.yaml", GOOD)
    result = cli("stats", "--json", str(user))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["by_file"][str(user)] == 1
    assert data["entries"] == sum(data["by_file"].values()) == sum(data["by_label"].values())
    assert data["entries"] == sum(data["by_category"].values())
    assert len(data["by_file"]) == len(default_gazetteer_files()) + 1
    assert data["acronyms"] >= 1


def test_stats_table(cli, write_file):
    user = write_file("mine.yaml", GOOD)
    result = cli("stats", "--no-default-gazetteers", str(user))
    assert result.exit_code == 0, result.output
    assert "Entries by label" in result.stdout and "police" in result.stdout
    assert "1 entries, 1 names and aliases, 1 acronyms" in result.stdout


def test_lookup_shows_matching_entries(cli, write_file):
    user = write_file("mine.yaml", GOOD)
    result = cli("lookup", "Bir", "--gazetteer", str(user), "--json")
    assert result.exit_code == 0, result.output
    assert [entry["id"] for entry in json.loads(result.stdout)["entries"]] == ["user.brigade"]
    table = cli("lookup", "DNPAF")
    assert table.exit_code == 0 and "fr.dnpaf" in table.stdout


def test_lookup_follows_the_matching_rules(cli):
    result = cli("lookup", "dnpaf")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "seedner: error: no gazetteer entry or dictionary sense matches 'dnpaf'\n"


def test_malformed_user_gazetteer_is_an_error_not_a_traceback(cli, write_file):
    bad = write_file("bad.yaml", BAD)
    for args in (("stats", str(bad)), ("lookup", "Alpha", "--gazetteer", str(bad))):
        result = cli(*args)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr.splitlines() == [
            f"seedner: error: {bad}:2: unknown label 'COMPANY' (expected one of LOC, MISC, ORG, PER)",
            f"seedner: error: {bad}:8: empty or missing 'name'",
        ]


def test_no_defaults_needs_a_file(cli):
    result = cli("stats", "--no-default-gazetteers")
    assert result.exit_code == 2
    assert "needs at least one gazetteer file" in result.stderr
