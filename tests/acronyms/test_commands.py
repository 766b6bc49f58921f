"""``seedner acronyms`` over a corpus and ``seedner gazetteer lookup`` on acronyms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seedner.cli.app import app
from tests.conftest import parse_jsonl

CAF = "caisse d'allocations familiales"


@pytest.mark.model
def test_acronyms_lists_each_acronym_once_whatever_its_casing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "La Caf du Var promet un retour à la normale. La CAF de Paris aussi. Tracfin a reçu 120 000 "
        "déclarations ; selon TRACFIN, les flux augmentent. Le GIR de Rennes enquête.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "L'URSSAF et l'Urssaf Bretagne contrôlent. La caisse d'allocations familiales (Caf) verse l'AAH. "
        "Le GIR du patient a été évalué par le médecin.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["acronyms", "-q", str(tmp_path)], catch_exceptions=False)
    rows = {row["acronym"]: row for row in parse_jsonl(result.stdout)}
    assert set(rows) == {"CAF", "GIR", "TRACFIN", "URSSAF", "AAH"}  # one row per acronym, in capitals
    assert (rows["CAF"]["count"], rows["CAF"]["expansion"], rows["CAF"]["expansion_source"]) == (
        3,
        CAF,
        "document",
    )
    assert (rows["TRACFIN"]["count"], rows["URSSAF"]["count"]) == (2, 2)
    assert rows["GIR"]["expansion"] == "groupe interministériel de recherches"  # the local body's sense
    assert rows["GIR"]["candidates"] == ["groupe iso-ressources"]  # the dependency level, elsewhere


def lookup(*args: str) -> tuple[int, dict[str, list[dict[str, str]]]]:
    result = CliRunner().invoke(app, ["gazetteer", "lookup", *args, "--json"])
    return result.exit_code, (json.loads(result.stdout) if result.stdout else {})


def test_gazetteer_lookup_finds_dictionary_senses_gir() -> None:
    code, found = lookup("GIR")
    assert code == 0 and found["entries"] == []
    senses = [(sense["expansion"], sense["source"]) for sense in found["senses"]]
    assert senses[:2] == [
        ("groupe interministériel de recherches", "curated"),
        ("groupe iso-ressources", "curated"),
    ]
    assert {Path(sense["file"]).name for sense in found["senses"]} == {"acronyms_common.csv", "acronyms.csv"}


def test_gazetteer_lookup_gives_entries_and_senses_paf() -> None:
    code, found = lookup("PAF")
    assert code == 0
    assert [entry["id"] for entry in found["entries"]] == ["fr.dnpaf"]
    assert "Police aux frontières" in [sense["expansion"] for sense in found["senses"]]


def test_gazetteer_lookup_reads_press_spellings_as_the_component_does_caf() -> None:
    assert [sense["expansion"] for sense in lookup("Caf")[1]["senses"]][:1] == [CAF]
    assert [sense["expansion"] for sense in lookup("CAF")[1]["senses"]][:1] == [CAF]
    assert lookup("caf")[0] == 1  # lower case: no acronym for the component, no sense here
