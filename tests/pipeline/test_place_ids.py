"""Places keep their id (issue 18, family 8): a place the model finds gets the gazetteer's id, and homonymous
communes are told apart by the document (a département named or numbered nearby), else by population, the
other candidates listed in ``id_candidates``."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.model

SAINT_DENIS_93, SAINT_DENIS_974 = "insee.com.93066", "insee.com.97411"
VALENCE_26, VALENCE_82 = "insee.com.26362", "insee.com.82186"


def _places(extractor: Any, text: str, name: str) -> list[tuple[str | None, list[str] | None]]:
    """``(id, id_candidates)`` of the LOC records named ``name``, in text order."""
    records = extractor.extract_text(text)
    found = [(r["id"], r["id_candidates"]) for r in records if r["label"] == "LOC" and r["text"] == name]
    assert found, [(r["text"], r["label"]) for r in records]
    return found


def test_lognes_keeps_its_insee_id(extractor):
    text = "Le maire de Lognes, Hervé Dumoulin, dit avoir découvert l'ampleur de l'affaire par la presse."
    (record,) = [r for r in extractor.extract_text(text) if r["text"] == "Lognes"]
    assert (record["label"], record["source"], record["id"]) == ("LOC", "model", "insee.com.77258")
    assert (record["canonical"], record["id_candidates"]) == ("Lognes", None)


def test_a_place_in_capitals_found_by_the_model_gets_the_id_and_the_name(extractor):
    text = "LE PRÉFET DU FINISTÈRE A DÉCIDÉ. LES AGENTS DE BREST ET DE NANTES SONT MOBILISÉS."
    found = {r["text"]: (r["source"], r["id"], r["canonical"]) for r in extractor.extract_text(text)}
    assert found["BREST"] == ("model", "insee.com.29019", "Brest")


def test_saint_denis_next_to_seine_saint_denis_is_the_93_commune(extractor):
    text = "Un conducteur de bus a été frappé dimanche soir à Saint-Denis, en Seine-Saint-Denis."
    assert _places(extractor, text, "Saint-Denis") == [(SAINT_DENIS_93, [SAINT_DENIS_974])]


def test_saint_denis_with_departement_number_93_is_the_93_commune(extractor):
    text = "Saint-Denis (93) : un conducteur de bus de la RATP agressé, un suspect de 19 ans interpellé"
    assert _places(extractor, text, "Saint-Denis") == [(SAINT_DENIS_93, [SAINT_DENIS_974])]


def test_saint_denis_with_postcode_932xx_is_the_93_commune(extractor):
    text = "Le colis a été livré au 12 rue de la République, 93200 Saint-Denis, mardi matin."
    assert _places(extractor, text, "Saint-Denis") == [(SAINT_DENIS_93, [SAINT_DENIS_974])]


def test_saint_denis_near_bobigny_is_the_93_commune(extractor):
    text = "Parti d'un entrepôt de Bobigny, le colis a été livré mardi à Saint-Denis."
    assert _places(extractor, text, "Saint-Denis") == [(SAINT_DENIS_93, [SAINT_DENIS_974])]


def test_saint_denis_with_postcode_974xx_is_reunion(extractor):
    text = "Parti d'un entrepôt de Bobigny, le colis a été livré au 12 rue de Paris, 97400 Saint-Denis."
    assert _places(extractor, text, "Saint-Denis") == [(SAINT_DENIS_974, [SAINT_DENIS_93])]


def test_saint_denis_with_departement_number_974_is_reunion_in_a_93_document(extractor):
    text = (
        "La police de Seine-Saint-Denis a interpellé deux hommes à Bobigny. "
        "Le troisième a été arrêté à Saint-Denis (974), à l'aéroport."
    )
    assert _places(extractor, text, "Saint-Denis") == [(SAINT_DENIS_974, [SAINT_DENIS_93])]


def test_saint_denis_with_no_clue_is_the_most_populous_and_lists_the_other(extractor):
    text = "Un incendie s'est déclaré à Saint-Denis dans la nuit de samedi à dimanche."
    assert _places(extractor, text, "Saint-Denis") == [(SAINT_DENIS_974, [SAINT_DENIS_93])]


def test_a_later_saint_denis_follows_the_clues_of_the_document(extractor, gold_everyday):
    text = gold_everyday["everyday-presse-saint-denis-ratp"]
    found = {r["start"]: r["id"] for r in extractor.extract_text(text) if r["text"] == "Saint-Denis"}
    assert found[0] == found[154] == found[494] == SAINT_DENIS_93  # "(93)", "en Seine-Saint-Denis", "gare de"


def test_saint_denis_de_la_reunion_is_the_974_commune_and_la_reunion(extractor):
    text = "Le suspect, originaire de Saint-Denis de La Réunion, a été interpellé lundi."
    found = [(r["text"], r["label"], r["id"]) for r in extractor.extract_text(text) if r["label"] == "LOC"]
    assert found == [("Saint-Denis", "LOC", SAINT_DENIS_974), ("La Réunion", "LOC", "insee.dep.974")]


def test_clues_reach_across_the_pieces_of_a_long_document(extractor):
    filler = "Le trafic a repris normalement sur toutes les lignes du réseau de bus. " * 400
    first, last = (
        "Un conducteur a été agressé à Saint-Denis, en Seine-Saint-Denis.",
        "La gare de Saint-Denis a rouvert.",
    )
    text = f"{first}\n\n{filler}\n\n{last}"
    assert len(text) > 20_000  # processed in two pieces
    assert _places(extractor, text, "Saint-Denis") == [(SAINT_DENIS_93, [SAINT_DENIS_974])] * 2


def test_valence_in_the_drome_is_the_26_commune(extractor):
    text = "Valence, dans la Drôme, accueille le festival. Le préfet de la Drôme l'a inauguré."
    assert _places(extractor, text, "Valence") == [(VALENCE_26, [VALENCE_82])]


def test_valence_with_departement_number_82_is_tarn_et_garonne(extractor):
    text = "Valence (82) : la mairie a fermé la piscine municipale."
    assert _places(extractor, text, "Valence") == [(VALENCE_82, [VALENCE_26])]


def test_paris_is_the_commune_and_lists_the_departement(extractor):
    assert _places(extractor, "Le parquet a ouvert une enquête à Paris.", "Paris") == [
        ("insee.com.75056", ["insee.dep.75"])
    ]


def test_place_records_satisfy_the_schema_and_are_byte_identical_run_to_run(extractor, check_records):
    text = "Saint-Denis (93), Valence, Lognes et Saint-Denis (974) : quatre communes."
    first, second = extractor.extract_text(text, "a.txt"), extractor.extract_text(text, "a.txt")
    check_records({"a.txt": text}, first)
    assert json.dumps(first, ensure_ascii=False) == json.dumps(second, ensure_ascii=False)
    assert [(r["text"], r["id"]) for r in first if r["label"] == "LOC"] == [
        ("Saint-Denis", SAINT_DENIS_93),
        ("Valence", VALENCE_26),
        ("Lognes", "insee.com.77258"),
        ("Saint-Denis", SAINT_DENIS_974),
    ]


# ---------------------------------------------------------------------------------------- hard cases


@pytest.mark.xfail(
    strict=True, reason="a postcode is read before a name or in parentheses, not after a comma"
)
def test_saint_denis_with_a_postcode_after_it_is_the_93_commune(extractor):
    text = "Adresse : 12 rue de la République, Saint-Denis, 93200."
    assert _places(extractor, text, "Saint-Denis") == [(SAINT_DENIS_93, [SAINT_DENIS_974])]


@pytest.mark.xfail(strict=True, reason="a foreign city named like a French commune takes the commune's id")
def test_vienne_in_austria_has_no_insee_id(extractor):
    text = "Il vit à Vienne, en Autriche, depuis dix ans."
    assert _places(extractor, text, "Vienne") == [(None, None)]


@pytest.mark.xfail(strict=True, reason="a foreign city named like a French commune takes the commune's id")
def test_valence_in_spain_has_no_insee_id(extractor):
    text = "Le port de Valence, en Espagne, a saisi deux tonnes de cocaïne."
    assert _places(extractor, text, "Valence") == [(None, None)]


@pytest.fixture(scope="module")
def gold_everyday() -> dict[str, str]:
    from tests.conftest import REPO

    path = REPO / "tests" / "data" / "gold" / "everyday.jsonl"
    return {g["id"]: g["text"] for g in map(json.loads, path.read_text("utf-8").splitlines()) if g}
