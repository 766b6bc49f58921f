"""Extraction on a Dask cluster: parts identical to the one-process output, resumable.

One two-worker LocalCluster (processes) serves the whole module; each worker
loads the model once.  The corpus is generated here: short French texts in
several folders, a JSONL file with a bad line, a binary file and a missing input.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")

from seedner.errors import OutputError  # noqa: E402
from seedner.execution.extractor import Extractor  # noqa: E402
from seedner.execution.options import ExtractionOptions  # noqa: E402
from seedner.execution.partitions import part_names, plan_partitions, read_units  # noqa: E402
from seedner.execution.run import write_results  # noqa: E402
from seedner.io.readers import ReadOptions, iter_documents  # noqa: E402
from seedner.io.writers import JsonlWriter  # noqa: E402

SEEDNER = Path(sys.executable).with_name("seedner")
PEOPLE = ["Marie Dubois", "Jean Dupont", "Claire Martin", "Ahmed Benali", "Sophie Leroy", "Luc Moreau"]
PLACES = ["Marseille", "Lyon", "Toulouse", "Lille", "Nantes", "Strasbourg", "Bordeaux", "Rennes"]
BODIES = ["la DGSI", "la gendarmerie nationale", "Europol", "la Banque de France", "TRACFIN", "la préfecture"]
SMALL_PARTS = 700  # bytes: the corpus below makes a dozen partitions


def _text(number: int) -> str:
    person, place = PEOPLE[number % len(PEOPLE)], PLACES[number % len(PLACES)]
    body, other = BODIES[number % len(BODIES)], PLACES[(number * 3 + 1) % len(PLACES)]
    return (
        f"Selon {person}, {body} a interpellé deux hommes à {place} le {number + 1} mars.\n"
        f"L'enquête, ouverte à {other}, a été confiée à la police judiciaire.\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ...]:
    root = tmp_path_factory.mktemp("corpus")
    for number in range(24):
        folder = root / "depeches" / f"lot{number % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"d{number:02d}.txt").write_text(_text(number), "utf-8")
    (root / "depeches" / "lot1" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    lines = [json.dumps({"id": f"j{n}", "text": _text(100 + n)}, ensure_ascii=False) for n in range(8)]
    lines[3] = '{"id": "j3", "text": "tronqué'  # invalid JSON
    lines[5] = json.dumps({"text": _text(105)}, ensure_ascii=False)  # no id: named file:line
    lines.insert(6, "")
    (root / "articles.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return (str(root / "depeches"), str(root / "absent.txt"), str(root / "articles.jsonl"))


@pytest.fixture(scope="module")
def settings() -> Any:
    return ExtractionOptions().pipeline  # what `seedner extract` runs


@pytest.fixture(scope="module")
def reference(corpus: tuple[str, ...], settings: Any) -> tuple[bytes, list[str]]:
    """The one-process output and error messages."""
    stream, errors = io.BytesIO(), []
    extractor = Extractor(settings=settings)
    write_results(extractor.run(iter_documents(corpus)), JsonlWriter(stream), report_error=errors.append)
    return stream.getvalue(), errors


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from seedner.execution.cluster import connect

    with connect("local", workers=2) as client:
        yield client


def _concatenated(directory: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(directory.glob("part-*.jsonl")))


def _run(corpus: tuple[str, ...], directory: Path, client: Any, settings: Any, **options: Any) -> list[Any]:
    from seedner.execution.cluster import extract_to_directory

    return extract_to_directory(
        corpus, directory, client, settings=settings, partition_bytes=SMALL_PARTS, **options
    )


def test_partitions_read_back_as_the_one_process_reader(corpus):
    partitions = plan_partitions(corpus, partition_bytes=SMALL_PARTS)
    assert len(partitions) > 5
    assert sum(unit.kind == "jsonl" for units in partitions for unit in units) > 1  # the JSONL file is cut
    notes: list[str] = []
    items = [item for units in partitions for item in read_units(units, ReadOptions(), notes.append)]
    assert items == list(iter_documents(corpus))


def test_part_names_sort_in_partition_order():
    assert part_names(3) == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    names = part_names(123_456)
    assert names == sorted(names) and names[-1] == "part-123455.jsonl"


@pytest.mark.slow
@pytest.mark.model
def test_parts_concatenate_to_the_one_process_output(corpus, reference, client, settings, tmp_path):
    expected, expected_errors = reference
    seen: list[str] = []
    parts = _run(corpus, tmp_path / "out", client, settings, on_part=lambda part: seen.append(part.name))
    assert len(parts) > 5 and seen == [part.name for part in parts] == part_names(len(parts))
    assert _concatenated(tmp_path / "out") == expected
    assert [error for part in parts for error in part.errors] == expected_errors
    assert len(expected_errors) == 3  # binary file, missing input, bad JSONL line
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    assert manifest["complete"] and {part["status"] for part in manifest["parts"]} == {"done"}
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["manifest.json", *seen]


@pytest.mark.slow
@pytest.mark.model
def test_a_rerun_recomputes_only_missing_or_damaged_parts(corpus, reference, client, settings, tmp_path):
    directory = tmp_path / "out"
    first = _run(corpus, directory, client, settings)
    missing, damaged = directory / first[1].name, directory / first[4].name
    missing.unlink()  # as if the run had been killed before this part was renamed
    damaged.write_bytes(damaged.read_bytes()[:10])
    untouched = {path.name: path.stat().st_mtime_ns for path in directory.glob("part-*") if path != damaged}
    second = _run(corpus, directory, client, settings)
    assert [part.name for part in second if not part.reused] == [first[1].name, first[4].name]
    assert [part.errors for part in second] == [part.errors for part in first]  # reported again
    assert {name: (directory / name).stat().st_mtime_ns for name in untouched} == untouched
    assert _concatenated(directory) == reference[0]


@pytest.mark.slow
@pytest.mark.model
def test_a_directory_of_another_run_is_refused(corpus, client, settings, tmp_path):
    _run(corpus, tmp_path / "out", client, settings)
    with pytest.raises(OutputError, match="another extraction"):
        _run(corpus, tmp_path / "out", client, settings, labels=frozenset({"PER"}))
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine", "utf-8")
    with pytest.raises(OutputError, match="not empty"):
        _run(corpus, tmp_path / "other", client, settings)


@pytest.mark.slow
@pytest.mark.model
def test_extract_bag_gives_the_records_in_order(corpus, reference, client, settings):
    from seedner.execution.cluster import extract_bag

    bag = extract_bag(corpus, client=client, settings=settings, partition_bytes=SMALL_PARTS)
    expected = [json.loads(line) for line in reference[0].decode("utf-8").splitlines()]
    assert bag.npartitions > 5 and bag.compute() == expected
    results = extract_bag(corpus, client=client, settings=settings, results=True).compute()
    assert [f"{r.doc}: {r.error}" for r in results if not r.ok] == reference[1]


@pytest.mark.slow
@pytest.mark.model
def test_command_line_with_a_local_cluster(corpus, tmp_path):
    single = subprocess.run([str(SEEDNER), "extract", *corpus], capture_output=True)
    command = [str(SEEDNER), "extract", "--scheduler", "local", *corpus, "-o", str(tmp_path / "out")]
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    cluster = subprocess.run(command, capture_output=True, env=env, timeout=300)
    assert (single.returncode, cluster.returncode) == (1, 1), cluster.stderr.decode()
    assert _concatenated(tmp_path / "out") == single.stdout
    errors = [line for line in cluster.stderr.decode().splitlines() if line.startswith("seedner: error:")]
    assert errors == [line for line in single.stderr.decode().splitlines() if "error:" in line]
    assert "1 part in" in cluster.stderr.decode()


def test_scheduler_needs_an_output_directory(corpus):
    from typer.testing import CliRunner

    from seedner.cli.app import ExitCode, app

    result = CliRunner().invoke(app, ["extract", "--scheduler", "local", *corpus])
    assert result.exit_code == ExitCode.USAGE and "-o OUTDIR" in result.output


def test_a_missing_dask_is_a_clear_error(tmp_path):
    code = (
        "import sys; sys.modules['distributed'] = None; from seedner.cli.app import main; "
        f"sys.argv = ['seedner', 'extract', '--scheduler', 'local', {str(tmp_path)!r}, '-o', 'out']; main()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode != 0 and "pip install 'seedner[dask]'" in result.stderr
    assert not (tmp_path / "out").exists()
