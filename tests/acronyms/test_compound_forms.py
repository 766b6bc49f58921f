"""Compound and local forms: acronyms joined to a name by a hyphen, glued to a reference, inside a long form,
or defined after their place; on a blank pipeline, then through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.acronyms.test_component import nlp, run

__all__ = ["nlp"]  # the module-scoped blank pipeline fixture


def nested(doc: Any) -> list[str]:
    return [doc.text[start:end] for start, end, *_ in doc._.nested_acronyms or ()]


def test_hyphen_joining_an_acronym_to_a_name_keeps_one_organisation_cfdt_interco(nlp: Language) -> None:
    doc = run(nlp, "Selon la CFDT-Interco du Nord, rien ne change.", ("CFDT-Interco du Nord", "ORG", {}))
    assert [ent.text for ent in doc.ents] == ["CFDT-Interco du Nord"]
    assert nested(doc) == ["CFDT"]


def test_spaced_dash_still_sets_a_byline_apart_samson_afp(nlp: Language) -> None:
    doc = run(nlp, "Photo : Thomas SAMSON - AFP", ("Thomas SAMSON - AFP", "PER", {}))
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Thomas SAMSON", "PER"), ("AFP", "ORG")]


def test_acronym_glued_to_a_reference_number_sgar(nlp: Language) -> None:
    doc = run(nlp, "Le courrier de la DGSI/2025-117 est parti.")
    assert [ent.text for ent in doc.ents if ent._.acronym] == ["DGSI"]


def test_acronym_inside_a_defined_long_form_is_nested_msa(nlp: Language) -> None:
    doc = run(nlp, "Un avis de la Caisse centrale de la MSA (CCMSA) est attendu.")
    assert [(ent.text, ent._.acronym) for ent in doc.ents] == [
        ("Caisse centrale de la MSA", False),
        ("CCMSA", True),
    ]
    assert nested(doc) == ["MSA"]


# ----------------------------------------------------------------------------- the whole pipeline


def records(extractor: Any, text: str) -> list[dict[str, Any]]:
    return list(extractor.extract_text(text))


@pytest.mark.model
def test_union_names_hold_their_acronyms_cfdt_interco_sgp_police_fo(extractor: Any) -> None:
    text = (
        "Les organisations syndicales CGT, CFDT Interco, FO, UNSA Territoriaux et FSU ont écrit au préfet. "
        "Pour la CFDT-Interco du Nord comme pour le syndicat SGP Police-FO, les effectifs manquent."
    )
    found = records(extractor, text)
    assert [r["text"] for r in found if r["acronym"]] == [
        "CGT",
        "CFDT",
        "FO",
        "UNSA",
        "FSU",
        "CFDT",
        "SGP",
        "FO",
    ]
    names = [r["text"] for r in found if r["label"] == "ORG" and not r["acronym"]]
    assert {"CFDT-Interco du Nord", "SGP Police-FO"} <= set(names)


@pytest.mark.model
def test_acronym_after_a_role_is_a_body_president_du_tj_directeur_du_sdis(extractor: Any) -> None:
    text = (
        "Le président du TJ de Bordeaux a refusé l'homologation. Le directeur du SDIS 29 et le président "
        "du CDAD ont signé ; le Baromètre des MDPH est publié par la CNSA.\nCc : SAUJ Meaux"
    )
    acronyms = [r["text"] for r in records(extractor, text) if r["acronym"]]
    assert acronyms == ["TJ", "SDIS", "CDAD", "MDPH", "CNSA", "SAUJ"]


@pytest.mark.model
def test_definition_after_acr_de_place_is_read_bri_de_nice(extractor: Any) -> None:
    text = (
        "Les policiers de la BRI de Nice (brigade de recherche et d'intervention) ont interpellé une femme. "
        "Le syndicat réclame des renforts pour la BRI."
    )
    found = [r for r in records(extractor, text) if r["acronym"]]
    assert [(r["text"], r["expansion"], r["expansion_source"]) for r in found] == [
        ("BRI", "brigade de recherche et d'intervention", "document")
    ] * 2
    long = [r for r in records(extractor, text) if r["text"] == "brigade de recherche et d'intervention"]
    assert [(r["label"], r["acronym_of"]) for r in long] == [("ORG", "BRI")]


@pytest.mark.model
def test_acronyms_glued_or_nested_sgar_msa(extractor: Any) -> None:
    text = (
        "ARS BRETAGNE ; DREAL BRETAGNE\nRéf. : TEL/SGAR/2025-117\n\n"
        "La convention a été signée après l'avis de la Caisse centrale de la MSA (CCMSA) en septembre."
    )
    acronyms = [r["text"] for r in records(extractor, text) if r["acronym"]]
    assert acronyms == ["ARS", "DREAL", "SGAR", "MSA", "CCMSA"]
