"""--unique, --jobs and evaluate: the modes built on top of extract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seedner.cli.app import ExitCode, app
from tests.conftest import REPO, parse_jsonl

pytestmark = pytest.mark.model
SEEDNER = Path(sys.executable).with_name("seedner")
TEAM_GOLD = REPO / "tests" / "data" / "gold" / "team.jsonl"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_unique_gives_one_record_per_entity_of_the_seeds(shared_dir, record_validator):
    result = invoke(
        "extract", "-q", "--unique", "--input-format", "jsonl", str(shared_dir / "gold" / "seeds.jsonl")
    )
    records = parse_jsonl(result.stdout)
    for record in records:
        record_validator(record)
        assert record["count"] == len(record["mentions"])
    keys = [(r["doc"], r["label"], r["canonical"]) for r in records]
    assert len(keys) == len(set(keys))
    by_doc: dict[str, dict[str, int]] = {}
    for record in records:
        by_doc.setdefault(record["doc"], {})
        by_doc[record["doc"]][record["canonical"]] = by_doc[record["doc"]].get(record["canonical"], 0) + 1
    afp, communique = by_doc["seed-afp"], by_doc["seed-communique"]
    assert afp["Bruno Retailleau"] == 1 and communique["Bruno Retailleau"] == 1
    assert afp["Amélie de Montchalin"] == 1 and communique["Amélie de Montchalin"] == 1
    oltim = [
        r for r in records if r["doc"] == "seed-afp" and r["label"] == "ORG" and "illicite" in r["canonical"]
    ]
    assert len(oltim) == 1
    surfaces = {(r["doc"], r["text"]) for r in records}
    tracfin = [r for r in records if "circuits financiers" in r["canonical"]]
    assert {r["doc"] for r in tracfin} == {"seed-afp", "seed-communique"} and len(tracfin) == 2
    dnpaf = [
        r for r in records if r["doc"] == "seed-communique" and "police aux frontières" in r["canonical"]
    ]
    assert len(dnpaf) == 1
    assert ("seed-communique", "TRACFIN") in surfaces


@pytest.mark.parametrize("gold_set", ["seeds", "team"])
def test_no_record_overlaps_a_url_or_email(gold_set, shared_dir):
    from seedner.text.masked_regions import find_masked_ranges

    path = shared_dir / "gold" / "seeds.jsonl" if gold_set == "seeds" else TEAM_GOLD
    gold = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    texts = {g["id"]: g["text"] for g in gold}
    assert any(find_masked_ranges(text) for text in texts.values())
    records = parse_jsonl(invoke("extract", "-q", "--input-format", "jsonl", str(path)).stdout)
    for record in records:
        masked = find_masked_ranges(texts[record["doc"]])
        assert not any(record["start"] < end and start < record["end"] for start, end in masked), record


def test_jobs_two_gives_the_same_bytes_as_one_process(write_file, tmp_path):
    texts = [
        f"Le {n} mars, la DGSI a interpellé à Lyon un homme recherché par Europol. "
        "Selon Marie Durand, l'OFAST enquête."
        for n in range(1, 40)
    ]
    corpus = write_file(
        "corpus.jsonl", "".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    )
    bad = tmp_path / "missing.txt"
    one = subprocess.run([str(SEEDNER), "extract", "-q", str(corpus), str(bad)], capture_output=True)
    two = subprocess.run(
        [str(SEEDNER), "extract", "-q", "--jobs", "2", str(corpus), str(bad)], capture_output=True
    )
    assert one.returncode == two.returncode == ExitCode.INPUT_FAILED
    assert one.stdout == two.stdout and one.stdout
    assert one.stderr == two.stderr


def test_evaluate_agrees_with_the_reference_scorer(shared_dir, tmp_path):
    gold = shared_dir / "gold" / "seeds.jsonl"
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(
        invoke("extract", "-q", "--input-format", "jsonl", str(gold)).stdout, encoding="utf-8"
    )
    reference = json.loads(
        subprocess.run(
            [sys.executable, str(shared_dir / "tools" / "score.py"), str(gold), str(predictions), "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    ours = json.loads(invoke("evaluate", "-q", "--json", str(gold)).stdout)
    for key in ("entities", "relaxed", "acronyms"):
        for metric in "prf":
            assert round(ours[key][metric], 3) == round(reference[key][metric], 3), (key, metric)
    for label in ("PER", "ORG", "LOC"):
        assert round(ours["per_label"][label]["f"], 3) == round(reference["per_label"][label]["f"], 3)
    assert round(ours["expansion_accuracy"], 3) == round(reference["expansion_accuracy"], 3)


def test_evaluate_min_f1_gate_and_table(shared_dir):
    gold = str(shared_dir / "gold" / "seeds.jsonl")
    table = invoke("evaluate", gold)
    assert table.exit_code == 0 and "entities (exact)" in table.stdout
    assert "seedner gold" in table.stderr
    assert invoke("evaluate", "-q", "--min-f1", "1.0", gold).exit_code in (0, 1)
    gate = invoke("evaluate", "-q", "--min-f1", "0.999", "--labels", "PER", gold)
    assert gate.exit_code == 1 and "below --min-f1" in gate.stderr


def test_evaluate_reports_bad_gold_lines_before_scoring(write_file):
    gold = write_file(
        "bad.jsonl",
        json.dumps({"id": "a", "text": "Paris", "spans": [{"start": 0, "end": 9, "label": "LOC"}]})
        + "\n"
        + json.dumps({"id": "b", "text": "Lyon", "spans": [{"start": 0, "end": 4, "label": "CITY"}]})
        + "\n",
    )
    result = subprocess.run([str(SEEDNER), "evaluate", str(gold)], capture_output=True, text=True)
    assert result.returncode == 1
    assert f"{gold}:1: spans[0]: offsets 0-9 out of range" in result.stderr
    assert f"{gold}:2: spans[0]: unknown label 'CITY'" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


# Floors: they only ever go up (see issue figures and the closing notes).
FLOORS = {
    "seeds": {"ORG": 0.95, "LOC": 0.95, "PER": 0.95, "acronyms": 1.0, "expansion": 1.0},
    "team": {"PER": 0.92, "ORG": 0.96, "LOC": 0.94, "acronyms": 0.97, "expansion": 0.96},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_floors(name, shared_dir):
    path = shared_dir / "gold" / "seeds.jsonl" if name == "seeds" else TEAM_GOLD
    report = json.loads(invoke("evaluate", "-q", "--json", str(path)).stdout)
    floors = FLOORS[name]
    for label in ("PER", "ORG", "LOC"):
        if label in floors:
            assert report["per_label"][label]["f"] >= floors[label], (label, report["per_label"][label])
    assert report["acronyms"]["f"] >= floors["acronyms"], report["acronyms"]
    assert report["expansion_accuracy"] >= floors["expansion"], report["expansion_accuracy"]
