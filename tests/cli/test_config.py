"""Defaults from seedner.toml or [tool.seedner]: found walking up, overridden by the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seedner.cli.app import ExitCode, app
from seedner.errors import ConfigError
from seedner.execution.config import find_config, load_config
from tests.conftest import REPO, parse_jsonl

SEEDNER = Path(sys.executable).with_name("seedner")
OURS = "id,label,name,category,source\nt.x,ORG,Office de test,agency,test\n"


def info(*args: str, env: dict[str, str] | None = None) -> dict:
    result = CliRunner().invoke(app, ["info", "--json", *args], catch_exceptions=False, env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with a subfolder, where the commands run."""
    (tmp_path / "project" / "notes" / "2026").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "project" / "notes" / "2026")
    monkeypatch.delenv("SEEDNER_NO_CONFIG", raising=False)
    return tmp_path / "project"


def test_pyproject_is_found_walking_up_and_shown_by_info(project: Path) -> None:
    (project / "data").mkdir()
    (project / "data" / "ours.csv").write_text(OURS, encoding="utf-8")
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.seedner]\nlabels = ["org", "PER"]\ngazetteers = ["data/ours.csv"]\n'
    )
    data = info()
    assert data["config"] == str(project / "pyproject.toml")
    assert data["settings"]["labels"] == ["ORG", "PER"]
    users = [item for item in data["data_files"] if item["role"] == "user gazetteer"]
    assert [item["path"] for item in users] == [str(project / "data" / "ours.csv")]  # relative to the file
    assert "pyproject.toml" in CliRunner().invoke(app, ["info"]).stdout


def test_the_command_line_wins_over_the_file(project: Path) -> None:
    (project / "seedner.toml").write_text('labels = "ORG"\n')
    assert info()["settings"]["labels"] == ["ORG"]
    assert info("--labels", "LOC")["settings"]["labels"] == ["LOC"]


def test_seedner_toml_wins_over_pyproject_in_the_same_folder(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.seedner]\nlabels = ["PER"]\n')
    (project / "seedner.toml").write_text('labels = ["LOC"]\n')
    assert find_config() == project / "seedner.toml"
    assert info()["settings"]["labels"] == ["LOC"]


def test_a_pyproject_without_the_table_is_passed_over(project: Path) -> None:
    (project / "notes" / "pyproject.toml").write_text('[project]\nname = "seedner-notes"\n')
    (project / "seedner.toml").write_text('labels = ["LOC"]\n')
    assert find_config() == project / "seedner.toml"


def test_no_file_means_library_defaults(project: Path) -> None:
    assert find_config(project) is None
    assert info()["settings"]["labels"] is None


def test_no_config_option_and_environment_variable(project: Path) -> None:
    (project / "seedner.toml").write_text('labels = ["LOC"]\n')
    assert info("--no-config")["config"] is None
    assert info(env={"SEEDNER_NO_CONFIG": "1"})["settings"]["labels"] is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('labels = ["ORG"]\njobs = \n', r"seedner\.toml:2: invalid TOML: .*\(column \d+\)"),
        ('labels = ["ORG"]\ncolour = "red"\n', r"seedner\.toml:2: unknown key 'colour' \(known keys: "),
        ('glob = "*.md"\n\njobs = "two"\n', r"seedner\.toml:3: jobs: expected a whole number"),
        ('gazetteers = "ours.csv"\n', r"seedner\.toml:1: gazetteers: expected a list of strings"),
        ('labels = ["PERSON"]\n', r"seedner\.toml:1: labels: unknown label\(s\) PERSON"),
        ('input_format = "xml"\n', r"seedner\.toml:1: input_format: expected one of auto, text, jsonl"),
        ('encoding = "klingon"\n', r"seedner\.toml:1: encoding: unknown encoding 'klingon'"),
        ('glob = ["*.md", 3]\n', r"seedner\.toml:1: glob: expected a list of strings"),
        ('glob = "!"\n', r"seedner\.toml:1: glob: empty glob '!'"),
    ],
)
def test_a_malformed_file_names_file_line_and_key(project: Path, content: str, message: str) -> None:
    (project / "seedner.toml").write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_config(project / "seedner.toml")


@pytest.mark.parametrize(
    ("content", "globs"),
    [('glob = "*.md"\n', ["*.md"]), ('glob = ["*.md", "!drafts/**"]\n', ["*.md", "!drafts/**"])],
)
def test_glob_is_a_string_or_a_list(project: Path, content: str, globs: list[str]) -> None:
    (project / "seedner.toml").write_text(content)
    assert load_config(project / "seedner.toml").values == {"glob": globs}


def test_a_malformed_pyproject_table_gives_its_line(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.seedner]\nlabels = ["ORG"]\nspeed = 3\n'
    )
    with pytest.raises(ConfigError, match=r"pyproject\.toml:5: unknown key 'speed'"):
        load_config(project / "pyproject.toml")


def test_a_malformed_file_is_a_usage_error_on_one_line(project: Path) -> None:
    (project / "seedner.toml").write_text("jobs = -1\n")
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))  # this checkout, from another folder
    result = subprocess.run([str(SEEDNER), "extract", "note.txt"], capture_output=True, text=True, env=env)
    assert result.returncode == ExitCode.USAGE and result.stdout == ""
    expected = f"{project / 'seedner.toml'}:1: jobs: expected a whole number, 0 or more, got int -1"
    assert result.stderr == f"seedner: error: {expected}\n"


@pytest.mark.model
def test_extract_reads_glob_labels_and_text_field_from_the_file(project: Path) -> None:
    (project / "seedner.toml").write_text('glob = "*.md"\nlabels = ["LOC"]\ntext_field = "body"\n')
    corpus = project / "notes" / "2026"
    (corpus / "a.md").write_text("La DGSI a interpellé deux hommes à Lyon.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Une réunion à Marseille.\n", encoding="utf-8")
    (corpus / "c.jsonl").write_text('{"id": "c", "body": "Visite à Toulouse."}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "-q", ".", "c.jsonl"], catch_exceptions=False)
    records = parse_jsonl(result.stdout)
    assert {(r["doc"], r["text"]) for r in records} == {("a.md", "Lyon"), ("c", "Toulouse")}
    with_labels = CliRunner().invoke(app, ["extract", "-q", "--labels", "ORG", "."], catch_exceptions=False)
    assert {r["text"] for r in parse_jsonl(with_labels.stdout)} == {"DGSI"}


def test_help_names_the_configuration_files() -> None:
    help_text = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"}).stdout
    assert "seedner.toml or [tool.seedner] in pyproject.toml" in help_text
    assert "SEEDNER_NO_CONFIG" in help_text
