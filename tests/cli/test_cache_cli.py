"""``--cache DIR`` end to end: identical bytes, invalidation, damage, concurrent runs, ``seedner cache``."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seedner.cli.app import ExitCode, app
from seedner.errors import GazetteerError
from seedner.execution.cache_store import DATABASE
from tests.conftest import REPO

pytestmark = pytest.mark.model
SEEDNER = Path(sys.executable).with_name("seedner")
TEAM_GOLD = REPO / "tests" / "data" / "gold" / "team.jsonl"
EXAMPLES = REPO / "examples"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _corpus(tmp_path: Path, count: int = 30, changed: tuple[int, ...] = ()) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = []
    for n in range(count):
        text = f"Le {n} mars, la DGSI a interpellé à Lyon un homme recherché par Europol. L'OFAST enquête."
        if n in changed:
            text += " Marie Durand, de la préfecture du Rhône, a confirmé."
        lines.append(json.dumps({"id": f"d{n}", "text": text}, ensure_ascii=False) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "inputs",
    [["--input-format", "jsonl", str(TEAM_GOLD)], [str(EXAMPLES)]],
    ids=["team-gold", "examples"],
)
@pytest.mark.parametrize(
    "options",
    [[], ["--labels", "ORG,PER", "--unique"], ["--format", "doc", "--include-text"], ["--format", "csv"]],
    ids=["jsonl", "labels-unique", "doc", "csv"],
)
def test_cached_output_is_byte_identical_to_a_fresh_run(tmp_path, inputs, options):
    fresh = invoke("extract", "-q", *options, *inputs)
    cold = invoke("extract", "--cache", str(tmp_path), *options, *inputs)
    warm = invoke("extract", "--cache", str(tmp_path), *options, *inputs)
    assert fresh.exit_code == cold.exit_code == warm.exit_code == 0
    assert fresh.stdout and fresh.stdout == cold.stdout == warm.stdout
    documents = len(TEAM_GOLD.read_text("utf-8").splitlines()) if "jsonl" in inputs else 3
    assert f"0 of {documents} documents reused, {documents} stored" in cold.stderr
    assert f"{documents} of {documents} documents reused, 0 stored" in warm.stderr
    assert "warning" not in cold.stderr + warm.stderr


def test_acronyms_and_render_go_through_the_cache(tmp_path):
    fresh = invoke("acronyms", "-q", str(EXAMPLES))
    invoke("extract", "-q", "--cache", str(tmp_path / "cache"), str(EXAMPLES))
    warm = invoke("acronyms", "--cache", str(tmp_path / "cache"), str(EXAMPLES))
    assert warm.stdout == fresh.stdout and "3 of 3 documents reused" in warm.stderr
    reports = [tmp_path / "fresh.html", tmp_path / "warm.html"]
    invoke("render", "-q", str(EXAMPLES), "-o", str(reports[0]))
    invoke("render", "-q", "--cache", str(tmp_path / "cache"), str(EXAMPLES), "-o", str(reports[1]))
    assert reports[0].read_bytes() == reports[1].read_bytes()


def test_a_changed_gazetteer_invalidates_and_gives_the_fresh_output(tmp_path, pipeline_cache):
    corpus = _corpus(tmp_path, 5)
    ours = tmp_path / "ours.yaml"
    entry = "- id: x.one\n  label: ORG\n  name: {name}\n  category: police\n  source: test\n"
    ours.write_text(entry.format(name="Brigade des essais"), encoding="utf-8")
    cache = str(tmp_path / "cache")
    before = invoke("extract", "-q", "--cache", cache, "--gazetteer", str(ours), str(corpus))
    ours.write_text(entry.format(name="Europol") + "  acronyms: [OFAST]\n", encoding="utf-8")
    pipeline_cache.clear()  # the tests' pipelines are kept by settings, which name the file, not its content
    fresh = invoke("extract", "-q", "--gazetteer", str(ours), str(corpus))
    cached = invoke("extract", "--cache", cache, "--gazetteer", str(ours), str(corpus))
    assert cached.stdout == fresh.stdout != before.stdout
    assert "0 of 5 documents reused, 5 stored" in cached.stderr


def test_changed_documents_are_computed_again_and_the_rest_reused(tmp_path):
    cache = str(tmp_path / "cache")
    invoke("extract", "-q", "--cache", cache, str(_corpus(tmp_path, 30)))
    changed = _corpus(tmp_path, 30, changed=(3, 17))
    fresh = invoke("extract", "-q", str(changed))
    cached = invoke("extract", "--cache", cache, str(changed))
    assert cached.stdout == fresh.stdout
    assert "28 of 30 documents reused, 2 stored" in cached.stderr


def test_a_damaged_entry_is_a_warning_on_stderr_and_is_replaced(tmp_path):
    corpus, cache = _corpus(tmp_path, 4), tmp_path / "cache"
    fresh = invoke("extract", "-q", "--cache", str(cache), str(corpus))
    with sqlite3.connect(cache / DATABASE, isolation_level=None) as db:
        db.execute("UPDATE entries SET value = substr(value, 1, 20) WHERE rowid = 2")
    damaged = invoke("extract", "--cache", str(cache), str(corpus))
    assert damaged.exit_code == 0 and damaged.stdout == fresh.stdout
    warnings = [line for line in damaged.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and warnings[0].startswith("seedner: warning: cache entry ")
    assert warnings[0].endswith("is damaged: computed again")
    assert "3 of 4 documents reused, 1 stored" in damaged.stderr
    again = invoke("extract", "--cache", str(cache), str(corpus))
    assert "warning" not in again.stderr and "4 of 4 documents reused" in again.stderr


def test_a_run_where_everything_hits_does_not_load_spacy(tmp_path):
    corpus, cache = _corpus(tmp_path, 3), str(tmp_path / "cache")
    invoke("extract", "-q", "--cache", cache, str(corpus))
    code = (
        "import sys\n"
        "from seedner.cli.app import app\n"
        f"try:\n    app(['extract', '-q', '--cache', {cache!r}, {str(corpus)!r}], prog_name='seedner')\n"
        "except SystemExit as end:\n    assert end.code == 0, end.code\n"
        "print('spacy' in sys.modules, file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stderr.strip() == "False" and run.stdout.count("\n") > 3


def test_jobs_and_two_concurrent_runs_share_one_cache(tmp_path):
    corpus, cache = _corpus(tmp_path, 40, changed=tuple(range(0, 40, 3))), str(tmp_path / "cache")
    fresh = subprocess.run([str(SEEDNER), "extract", "-q", str(corpus)], capture_output=True, check=True)
    runs = [
        subprocess.Popen(
            [str(SEEDNER), "extract", "--cache", cache, *options, str(corpus)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for options in (["--jobs", "2"], ["--jobs", "1"])
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    for stdout, stderr in outputs:
        assert stdout == fresh.stdout
        assert b"warning" not in stderr
    warm = subprocess.run(
        [str(SEEDNER), "extract", "--jobs", "2", "--cache", cache, str(corpus)],
        capture_output=True,
        check=True,
    )
    assert warm.stdout == fresh.stdout and b"40 of 40 documents reused, 0 stored" in warm.stderr


def test_cache_with_a_scheduler_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(
        app,
        ["extract", "--cache", str(tmp_path), "--scheduler", "local", "-o", str(tmp_path / "o"), "x.jsonl"],
    )
    assert result.exit_code == ExitCode.USAGE
    assert "--cache" in result.stderr and "--scheduler" in result.stderr


def test_the_cache_commands(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    invoke("extract", "-q", "--cache", str(cache), str(_corpus(tmp_path, 12)))
    info = json.loads(invoke("cache", "info", "--json", str(cache)).stdout)
    assert (info["entries"], info["stored"], info["hits"], info["misses"]) == (12, 12, 0, 12)
    monkeypatch.setenv("SEEDNER_CACHE_DIR", str(cache))
    shown = invoke("cache", "info").stdout
    assert "entries:             12" in shown and str(cache / DATABASE) in shown
    pruned = invoke("cache", "prune", "--max-size", str(info["entry_bytes"] // 2))
    assert pruned.exit_code == 0 and "entries removed" in pruned.stderr
    assert json.loads(invoke("cache", "info", "--json").stdout)["entries"] < 12
    cleared = invoke("cache", "clear")
    assert cleared.exit_code == 0 and json.loads(invoke("cache", "info", "--json").stdout)["entries"] == 0
    monkeypatch.delenv("SEEDNER_CACHE_DIR")
    missing = CliRunner().invoke(app, ["cache", "info", str(tmp_path / "nothing")])
    assert missing.exit_code == ExitCode.USAGE and "holds no" in missing.stderr
    assert CliRunner().invoke(app, ["cache", "prune", str(cache), "--max-size", "lots"]).exit_code == 2
    assert CliRunner().invoke(app, ["extract", "--cache-max-size", "-3", "x.txt"]).exit_code == 2


def test_a_set_up_error_with_the_cache_still_leaves_no_output(tmp_path):
    """The pipeline is built at the first miss, before anything is written: exit 3 and no file."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x.one\n  label: ORG\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "extract",
            "--cache",
            str(tmp_path / "cache"),
            "--gazetteer",
            str(bad),
            str(EXAMPLES),
            "-o",
            str(output),
        ],
    )
    assert isinstance(result.exception, GazetteerError) and not output.exists()  # main() makes it exit 3
