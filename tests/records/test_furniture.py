"""Identifiers, numbered headings and demonyms that the model takes for names, and the names it must keep."""

from __future__ import annotations

import pytest

from seedner.records.cleaning import clean_mentions
from seedner.records.furniture import (
    is_class_of_things,
    is_demonym,
    is_identifier,
    is_numbered_heading,
    is_reference,
)
from tests.conftest import mention_at


@pytest.mark.parametrize(
    "surface",
    [
        "L. 114-12-1",
        "R. 114-7",
        "D.123",
        "K 24-86.517 F-D",
        "Pourvoi n° T 23-20.158",
        "N° 01342",
        "TSSS2515234A",
        "A6",
        "autoroute A16",
        "N 7",
        "RD 906",
        "route nationale 165",
        "SA.114872",
        "État SA.114872",
    ],
)
def test_codes_case_numbers_and_roads_are_identifiers(surface: str) -> None:
    assert is_identifier(surface)


@pytest.mark.parametrize("surface", ["Utopia 56", "Caf 13", "France 2", "TF1", "M6", "D8", "Paris 8", "G7"])
def test_names_with_a_number_are_no_identifiers_utopia_56_france_2(surface: str) -> None:
    assert not is_identifier(surface)


@pytest.mark.parametrize(
    "surface", ["TITRE III", "CHAPITRE II – MESURES DE RESTRICTION", "Titre premier", "ARTICLE 4", "Annexe 2"]
)
def test_numbered_headings_titre_iii_chapitre_ii(surface: str) -> None:
    assert is_numbered_heading(surface)


@pytest.mark.parametrize("surface", ["Titre-Live", "Section de recherches", "Chapitre Neuf"])
def test_names_that_start_like_a_heading_are_no_heading(surface: str) -> None:
    assert not is_numbered_heading(surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("des Soudanais et des Érythréens attendaient", "Soudanais"),
        ("des Soudanais et des Érythréens attendaient", "Érythréens"),
        ("deux Afghans et trois Syriens", "Syriens"),
        ("les Albanais du réseau", "Albanais"),
    ],
)
def test_demonyms_after_a_group_determiner_are_no_places_des_soudanais(text: str, surface: str) -> None:
    assert is_demonym(text, mention_at(text, surface, "LOC"))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("dans les Ardennes et les Philippines", "Ardennes"),
        ("dans les Ardennes et les Philippines", "Philippines"),
        ("les Balkans", "Balkans"),
        ("Le port de Calais", "Calais"),
        ("il vit à Amiens", "Amiens"),
    ],
)
def test_plural_places_and_towns_are_no_demonyms_ardennes_balkans_calais(text: str, surface: str) -> None:
    assert not is_demonym(text, mention_at(text, surface, "LOC"))


def test_cleaning_drops_furniture_but_not_the_gazetteer_s_names():
    text = "Vu l'article L. 114-12-1 du code ; TITRE III ; des Soudanais ; la Caf 13."
    found = [
        mention_at(text, "L. 114-12-1", "LOC"),
        mention_at(text, "TITRE III", "PER"),
        mention_at(text, "Soudanais", "LOC"),
        mention_at(text, "Caf 13", "ORG", source="gazetteer"),
    ]
    assert [(m.text, m.label) for m in clean_mentions(text, found)] == [("Caf 13", "ORG")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("RG N° F 24/01873", "RG N"),
        ("Question N° 4127 de M. Dupont", "Question N"),
        ("N° Portalis DBZK-W-B7I-KXV2", "Portalis DBZK-W-B7I-KXV2"),
        ("dossier n°\u00a0Lyon-2025", "Lyon-2025"),
    ],
)
def test_a_reference_cut_at_its_number_sign_is_no_name_rg_n_portalis(text: str, surface: str) -> None:
    assert clean_mentions(text, [mention_at(text, surface, "ORG")]) == []


def test_a_name_after_a_number_sign_on_the_line_before_stays():
    text = "Réf. N°\nLyon, le 3 mai"
    assert [m.text for m in clean_mentions(text, [mention_at(text, "Lyon", "LOC")])] == ["Lyon"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Adresse : 12 rue de la Paix, 75002 Paris", "Paix"),
        ("au 4 avenue Victor-Hugo à Rennes", "Victor-Hugo"),
        ("2 esplanade Charles-de-Gaulle, 33077 Bordeaux", "Charles-de-Gaulle"),
        ("rendez-vous place Kléber à 10 h", "Kléber"),
        ("quai Goslar, 33120 Arcachon", "quai Goslar"),
        ("le siège, rue des Douves", "rue des Douves"),
    ],
)
def test_streets_of_addresses_are_no_entities_rue_de_la_paix_quai_goslar(text: str, surface: str) -> None:
    assert clean_mentions(text, [mention_at(text, surface, "LOC")]) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("sur la route de Lyon", "Lyon"),
        ("la place de la France en Europe", "France"),
        ("au cours de Paris", "Paris"),
    ],
)
def test_a_place_after_a_street_noun_and_a_preposition_stays_route_de_lyon(text: str, surface: str) -> None:
    assert [m.text for m in clean_mentions(text, [mention_at(text, surface, "LOC")])] == [surface]


def test_a_name_does_not_end_with_a_preposition_presidence_du_senat():
    text = "Enregistré à la Présidence du Sénat le 16 avril"
    found = clean_mentions(text, [mention_at(text, "Présidence du", "ORG")])
    assert [(m.text, m.label) for m in found] == [("Présidence", "ORG")]


@pytest.mark.parametrize("surface", ["Communiqué de presse", "Audience publique", "DESTINATAIRES", "Objet"])
def test_document_fields_and_headings_are_no_entities(surface: str) -> None:
    text = f"{surface} : transmis"
    assert clean_mentions(text, [mention_at(text, surface, "ORG")]) == []


@pytest.mark.parametrize(
    "surface", ["Arrêté préfectoral n° 2025-DDTM-SEB-0147", "Décision no 12", "Unité de contrôle n° 2"]
)
def test_numbered_acts_and_documents_are_references_arrete_n(surface: str) -> None:
    assert is_reference(surface)


@pytest.mark.parametrize(
    "surface",
    [
        "Établissements de paiement",
        "Système national des données de santé",
        "caisses d’allocations familiales",
        "services de renseignement",
        "fonds d'intervention régional",
    ],
)
def test_classes_of_bodies_and_things_are_no_body_etablissements_de_paiement(surface: str) -> None:
    assert is_class_of_things(surface)


@pytest.mark.parametrize(
    "surface",
    ["Médecins sans frontières", "Nations unies", "Restos du cœur", "Transports Kerhervé"],
)
def test_names_in_the_plural_stay_names_medecins_sans_frontieres(surface: str) -> None:
    assert not is_class_of_things(surface)
