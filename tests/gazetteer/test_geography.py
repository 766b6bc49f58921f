"""Where a place lies, from its INSEE id, and the département numbers of a text."""

from __future__ import annotations

import json
import tarfile

import pytest

from seedner.gazetteer.geography import (
    COLLECTIVITIES,
    DEPARTEMENT_REGIONS,
    Clue,
    areas_of,
    commune_departement,
    number_clues,
    postcode_departements,
)
from tests.conftest import SHARED

TARBALL = SHARED / "data" / "etalab-decoupage-administratif-6.0.0.tgz"


@pytest.mark.parametrize(
    ("entry_id", "areas"),
    [
        ("insee.com.93066", {"dep:93", "reg:11"}),
        ("insee.com.97411", {"dep:974", "reg:04"}),
        ("insee.com.2A004", {"dep:2A", "reg:94"}),
        ("insee.com.97502", {"dep:975"}),
        ("insee.dep.26", {"dep:26", "reg:84"}),
        ("insee.reg.11", {"reg:11"}),
        ("insee.comer.978", {"dep:978"}),
        ("iso.FR", set()),
        ("ours.saint-denis", set()),
        ("insee.com.00000", set()),
    ],
)
def test_areas_come_from_the_insee_id(entry_id, areas):
    assert areas_of(entry_id) == areas


def test_a_commune_departement_has_three_digits_overseas():
    assert [commune_departement(code) for code in ("77258", "97411", "2B033")] == ["77", "974", "2B"]


@pytest.mark.parametrize(
    ("postcode", "departements"),
    [
        ("93200", ("93",)),
        ("97400", ("974",)),
        ("20000", ("2A",)),
        ("20200", ("2B",)),
        ("75001", ("75",)),
        ("00100", ()),
        ("96000", ()),
    ],
)
def test_postcode_departements(postcode, departements):
    assert postcode_departements(postcode) == departements


def test_departement_numbers_in_parentheses_and_postcodes_are_clues():
    text = "Saint-Denis (93), 97400 Saint-Denis, Ajaccio (2A) et Saint-Denis (93200)."
    found = [(text[clue.start : clue.end], sorted(clue.areas)) for clue in number_clues(text)]
    assert found == [
        ("(93)", ["dep:93", "reg:11"]),
        ("97400", ["dep:974", "reg:04"]),
        ("(2A)", ["dep:2A", "reg:94"]),
        ("93200", ["dep:93", "reg:11"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Il a touché 15 000 euros en 2024.",
        "Un préjudice de 93200 euros.",  # no capital after it
        "Le dossier 12.93200 Paris",
        "Référence 2024-93200 Paris",
        "Il a 45 ans (00).",
        "Note (123) de bas de page.",
    ],
)
def test_other_numbers_are_no_clues(text):
    assert number_clues(text) == []


def test_clues_are_sorted_by_position():
    text = "93200 Saint-Denis (93)"
    assert number_clues(text) == sorted(number_clues(text))
    assert all(isinstance(clue, Clue) for clue in number_clues(text))


@pytest.mark.skipif(not TARBALL.exists(), reason=f"the Etalab package is not there: {TARBALL}")
def test_the_region_table_is_the_etalab_one():
    with tarfile.open(TARBALL, "r:gz") as tar:
        handle = tar.extractfile("package/data/departements.json")
        assert handle is not None
        departements = json.loads(handle.read().decode("utf-8"))
    expected = {d["code"]: d["region"] for d in departements if d["zone"] != "com"}
    assert expected == DEPARTEMENT_REGIONS
    assert {d["code"] for d in departements if d["zone"] == "com"} == COLLECTIVITIES
