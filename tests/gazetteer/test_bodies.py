"""Health and social-security operators, associations, NGOs, unions and employers' organisations of the
curated gazetteer, through the whole pipeline: their names, aliases and acronyms, and the ordinary words
and phrases that must not become one of them."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def orgs(extractor: Any, text: str) -> list[tuple[str, str | None]]:
    return [(r["text"], r["id"]) for r in extractor.extract_text(text) if r["label"] == "ORG"]


def test_sante_publique_france_is_one_organisation(extractor: Any) -> None:
    records = list(extractor.extract_text("Selon Santé publique France, plus de 700 cas ont été recensés."))
    assert [(r["text"], r["label"], r["id"]) for r in records] == [
        ("Santé publique France", "ORG", "fr.sante_publique_france")
    ]


def test_restos_du_coeur_alias(extractor: Any) -> None:
    text = "Les Restos du cœur ont ouvert un point d'accueil, comme les Restaurants du cœur de Lyon."
    records = [r for r in extractor.extract_text(text) if r["label"] == "ORG"]
    assert [(r["text"], r["id"], r["canonical"]) for r in records] == [
        ("Restos du cœur", "fr.restos_du_coeur", "Les Restaurants du cœur"),
        ("Restaurants du cœur", "fr.restos_du_coeur", "Les Restaurants du cœur"),
    ]


def test_ordinary_alliance_is_no_union(extractor: Any) -> None:
    for text in [
        "Ils ont conclu une alliance entre deux partis.",
        "Alliance et fraternité, disait la devise.",
        "Solidaires, ils ont manifesté devant la mairie.",
        "Unité et fraternité : le slogan a été repris.",
    ]:
        assert [found for found in orgs(extractor, text) if found[1]] == [], text
    assert orgs(extractor, "Le syndicat Alliance Police nationale a réagi.") == [
        ("Alliance Police nationale", "fr.alliance_police_nationale")
    ]


def test_ordinary_phrases_are_no_association_medecins_du_monde(extractor: Any) -> None:
    """Associations' names are matched with their capital: the same words in lower case are no name."""
    for text in [
        "C'est l'un des meilleurs médecins du monde.",
        "Les restaurants du cœur de ville ont rouvert.",
        "Il salue l'action contre la faim menée depuis dix ans.",
        "Un centre de planning familial ouvrira en mars.",
    ]:
        assert [found for found in orgs(extractor, text) if found[1]] == [], text
    assert orgs(extractor, "Médecins du monde et Action contre la faim (ACF) alertent.") == [
        ("Médecins du monde", "fr.mdm"),
        ("Action contre la faim", "fr.acf"),
        ("ACF", "fr.acf"),
    ]


def test_la_cimade_keeps_its_article_only_when_capitalised(extractor: Any) -> None:
    text = "Une permanence est assurée par La Cimade. Selon la Cimade, les délais s'allongent."
    assert orgs(extractor, text) == [("La Cimade", "fr.cimade"), ("Cimade", "fr.cimade")]


def test_force_ouvriere_and_cgt_fo_are_one_union(extractor: Any) -> None:
    text = "Force ouvrière a appelé à la grève ; la CGT-FO réclame des effectifs."
    assert orgs(extractor, text) == [("Force ouvrière", "fr.fo"), ("CGT-FO", "fr.fo")]


def test_medef_bretagne_and_cpme_35_are_one_organisation_each(extractor: Any) -> None:
    text = "Le Medef Bretagne et la CPME 35 ont salué la mesure, comme le Medef."
    assert [name for name, _ in orgs(extractor, text)] == ["Medef Bretagne", "CPME 35", "Medef"]


def test_acronyms_moved_from_the_dictionary_keep_their_expansion_ofb_anses_cnav(extractor: Any) -> None:
    text = "Les agents de l'OFB, l'Anses et la Cnav ont été consultés."
    records = [r for r in extractor.extract_text(text) if r["acronym"]]
    assert [(r["text"], r["label"], r["id"], r["expansion"]) for r in records] == [
        ("OFB", "ORG", "fr.ofb", "Office français de la biodiversité"),
        (
            "Anses",
            "ORG",
            "fr.anses",
            "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail",
        ),
        ("Cnav", "ORG", "fr.cnav", "Caisse nationale d'assurance vieillesse"),
    ]


def test_first_names_and_words_are_no_agency_andra_inca(extractor: Any) -> None:
    text = "Andra Popescu a été interpellée. Un Inca régnait sur Cuzco."
    assert [r["id"] for r in extractor.extract_text(text) if r["id"]] == []


def test_secours_populaire_de_lille_is_one_organisation(extractor: Any) -> None:
    """A local committee or federation named after its place is one organisation, as `Caf 13` is."""
    text = "Le Secours populaire de Lille, les Restos du cœur du Rhône et la CPME du Finistère ont signé."
    assert [name for name, _ in orgs(extractor, text)] == [
        "Secours populaire de Lille",
        "Restos du cœur du Rhône",
        "CPME du Finistère",
    ]
