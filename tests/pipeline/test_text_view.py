"""What the pipeline reads: damaged text is repaired for the model, records point into the document."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _records(extractor: Any, text: str) -> list[dict[str, Any]]:
    records = extractor.extract_text(text, name="d")
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
    return records


def _found(records: list[dict[str, Any]], label: str) -> dict[str, str]:
    return {r["text"]: r["canonical"] for r in records if r["label"] == label}


def test_word_hyphenated_across_a_line_break_direction_nationale(extractor):
    text = (
        "Les enquêteurs de la Direc-\ntion nationale de la police aux frontières ont interpellé deux\n"
        "passeurs à Calais, selon le parquet de Boulogne-sur-Mer, qui a ouvert une enquête.\n"
        "Les deux hommes ont été déférés mercredi devant un juge d'instruction de Lille."
    )
    orgs = _found(_records(extractor, text), "ORG")
    surface = "Direc-\ntion nationale de la police aux frontières"
    assert orgs[surface] == "Direction nationale de la police aux frontières"


def test_soft_hyphens_inside_tracfin(extractor):
    records = _records(extractor, "Le service Trac\u00adfin a transmis une note au parquet de Paris.")
    acronyms = [r for r in records if r["acronym"]]
    assert [r["text"] for r in acronyms] == ["Trac\u00adfin"]
    assert acronyms[0]["expansion"]


def test_decomposed_accents_amelie_de_montchalin(extractor):
    text = (
        "Ame\u0301lie de Montchalin, ministre charge\u0301e des Comptes publics, s'est rendue a\u0300 Lille."
    )
    people = _found(_records(extractor, text), "PER")
    assert people == {"Ame\u0301lie de Montchalin": "Amélie de Montchalin"}


def test_ligature_office_copied_from_a_pdf(extractor):
    text = "L'Ofﬁce de lutte contre le traﬁc illicite de migrants (OLTIM) a démantelé un réseau."
    orgs = _found(_records(extractor, text), "ORG")
    assert orgs["Ofﬁce de lutte contre le traﬁc illicite de migrants"] == (
        "Office de lutte contre le trafic illicite de migrants"
    )


def test_zero_width_space_inside_cour_des_comptes(extractor):
    orgs = _found(_records(extractor, "La Cour des comp\u200btes publie son rapport annuel."), "ORG")
    assert "Cour des comp\u200btes" in orgs


def test_a_caption_keeps_its_line_and_the_credit_its_own(extractor):
    text = (
        "Le siège d'Europol accueille les enquêteurs des États membres depuis des années, et encore cette "
        "semaine une réunion sur les passeurs de la Manche.\n\n"
        "Le siège d'Europol à La Haye, aux Pays-Bas\nMaarten VISSER - AFP"
    )
    places = _found(_records(extractor, text), "LOC")
    assert "Pays-Bas" in places
    assert not any("\n" in surface for surface in places)


def test_a_line_in_capitals_is_read_in_headline_case(extractor):
    text = "LE PRÉFET DU FINISTÈRE A INTERDIT LES RASSEMBLEMENTS À BREST ET À QUIMPER\nLa mesure court."
    places = _found(_records(extractor, text), "LOC")
    assert {"BREST", "QUIMPER"} <= set(places)


def test_lower_case_notes_ofast_is_an_acronym_caf_stays_a_word(extractor):
    text = (
        "notes de la réunion de ce matin avec les collègues du service. l'ofast a saisi deux tonnes "
        "de résine à marseille, le parquet a ouvert une enquête et les gendarmes ont pris un café."
    )
    acronyms = {r["text"] for r in _records(extractor, text) if r["acronym"]}
    assert acronyms == {"ofast"}


def test_a_common_word_alone_is_no_entity_vu_decision_italienne(extractor):
    text = (
        "VU le code de l'environnement ;\nDécision rendue le 3 mai.\n"
        "L'Italienne a été interpellée à Marseille avec Rihanna."
    )
    found = {(r["text"], r["label"]) for r in _records(extractor, text) if r["label"] != "MISC"}
    assert not {"VU", "Décision", "Italienne"} & {surface for surface, _ in found}
    assert ("Marseille", "LOC") in found
