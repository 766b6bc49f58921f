"""Companies, sports clubs, parties, parliamentary groups and the public bodies added with them, through the
whole pipeline: their names, aliases and acronyms, and the ordinary French sentences whose common words
(total, poste, stade, union étudiante, crédit agricole...) must not become one of them."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def orgs(extractor: Any, text: str) -> list[tuple[str, str | None]]:
    return [(r["text"], r["id"]) for r in extractor.extract_text(text) if r["label"] == "ORG"]


ORDINARY_SENTENCES = {
    "total_des_recettes": "Le total des recettes a baissé de 3 % cette année.",
    "place_de_la_poste": "Rendez-vous place de la Poste, devant la mairie.",
    "aller_a_la_poste": "Elle prend le métro tous les matins pour aller à la poste.",
    "stade_renove": "Le stade toulousain, rénové l'an dernier, accueille 19 000 spectateurs.",
    "stade_de_reims": "Le stade de Reims sera rénové, comme le stade brestois.",
    "union_etudiante_locale": "Une union étudiante locale a distribué des tracts devant la faculté.",
    "credit_agricole": "Le crédit agricole aux jeunes exploitants a augmenté.",
    "credit_mutuel": "Le crédit mutuel entre voisins était une tradition.",
    "caisse_d_epargne": "Elle a ouvert un livret à la caisse d'épargne du quartier.",
    "banque_populaire": "Une banque populaire de quartier a fermé.",
    "societe_generale": "Une société générale de transport a été créée en 1920.",
    "carrefour": "Au carrefour de la rue Nationale, un accident a eu lieu.",
    "decathlon": "Il a remporté le décathlon aux championnats d'Europe.",
    "air_liquide": "L'air liquide est stocké à très basse température.",
    "safran": "Il a écrit un roman sur le safran et la vanille.",
    "reseau_de_transport": "Le réseau de transport d'électricité a été renforcé dans la vallée.",
    "droite_et_gauche": "La droite républicaine et la gauche démocrate ont débattu toute la nuit.",
    "rassemblement_national": "Un rassemblement national des agriculteurs aura lieu en mars.",
    "democrates_americains": "Les démocrates américains ont perdu la majorité.",
    "mouvement_democrate": "Le mouvement démocrate a gagné la rue en 1989.",
    "lutte_ouvriere": "Une lutte ouvrière acharnée a marqué les années 1970.",
    "place_publique": "Cette place publique est réservée aux piétons.",
    "republicains_espagnols": "Les républicains espagnols ont fui en 1939.",
    "section_paloise": "Une section paloise de l'association a été créée.",
    "parc_naturel_marin": "Un parc naturel marin est à l'étude au large des côtes.",
}


@pytest.mark.parametrize("text", ORDINARY_SENTENCES.values(), ids=ORDINARY_SENTENCES.keys())
def test_ordinary_words_name_no_company_club_or_party(extractor: Any, text: str) -> None:
    assert [found for found in orgs(extractor, text) if found[1]] == []


def test_companies_by_name_and_acronym(extractor: Any) -> None:
    text = "EDF et Enedis ont rétabli le courant ; le Crédit agricole et La Poste ont signé, comme Amazon."
    assert orgs(extractor, text) == [
        ("EDF", "fr.company.edf"),
        ("Enedis", "fr.company.enedis"),
        ("Crédit agricole", "fr.company.credit_agricole"),
        ("La Poste", "fr.company.la_poste"),
        ("Amazon", "us.company.amazon"),
    ]
    edf = next(r for r in extractor.extract_text(text) if r["text"] == "EDF")
    assert edf["acronym"] and edf["expansion"] == "Électricité de France"


def test_clubs_with_their_alias_and_acronym(extractor: Any) -> None:
    text = "La Section paloise a battu l'UBB, tandis que le Stade rennais a perdu contre le PSG."
    records = [r for r in extractor.extract_text(text) if r["label"] == "ORG"]
    assert [(r["text"], r["id"], r["canonical"]) for r in records] == [
        ("Section paloise", "fr.club.section_paloise", "Section paloise Béarn Pyrénées"),
        ("UBB", "fr.club.ubb", "Union Bordeaux-Bègles"),
        ("Stade rennais", "fr.club.stade_rennais", "Stade rennais FC"),
        ("PSG", "fr.club.psg", "Paris Saint-Germain"),
    ]


def test_parliamentary_groups_and_parties(extractor: Any) -> None:
    text = "Les groupes Droite républicaine et LIOT ont déposé une motion avec le Rassemblement national."
    assert orgs(extractor, text) == [
        ("Droite républicaine", "fr.an.groupe_dr"),
        ("LIOT", "fr.an.groupe_liot"),
        ("Rassemblement national", "fr.parti.rn"),
    ]


def test_water_agencies_in_any_case_and_marine_parks(extractor: Any) -> None:
    text = (
        "L'agence de l'eau Loire-Bretagne finance les travaux, comme l'Agence de l'eau Rhône Méditerranée "
        "Corse et le Parc naturel marin d'Iroise."
    )
    assert orgs(extractor, text) == [
        ("agence de l'eau Loire-Bretagne", "fr.agence_eau_loire_bretagne"),
        ("Agence de l'eau Rhône Méditerranée Corse", "fr.agence_eau_rmc"),
        ("Parc naturel marin d'Iroise", "fr.pnm_iroise"),
    ]


def test_wage_guarantee_scheme_and_its_regional_centre(extractor: Any) -> None:
    text = "L'AGS et le CGEA de Rennes ont été appelés en la cause par le mandataire liquidateur."
    assert orgs(extractor, text) == [("AGS", "fr.ags"), ("CGEA de Rennes", None)]


def test_acronyms_moved_from_the_dictionary_keep_their_expansion_sncf_fff_pcf(extractor: Any) -> None:
    text = "La SNCF, la FFF et le PCF ont réagi ; l'Ifop a publié un sondage."
    records = [r for r in extractor.extract_text(text) if r["acronym"]]
    assert [(r["text"], r["id"], r["expansion"]) for r in records] == [
        ("SNCF", "fr.company.sncf", "Société nationale des chemins de fer français"),
        ("FFF", "fr.fff", "Fédération française de football"),
        ("PCF", "fr.parti.pcf", "Parti communiste français"),
        ("Ifop", "fr.company.ifop", "Institut français d'opinion publique"),
    ]


def test_ambiguous_acronyms_stay_with_the_dictionary_om_rn(extractor: Any) -> None:
    """OM and RN have another everyday sense: the dictionary gives their senses, and no gazetteer id."""
    records = [r for r in extractor.extract_text("L'OM a gagné ; le RN progresse.") if r["acronym"]]
    assert [(r["text"], r["id"]) for r in records] == [("OM", None), ("RN", None)]
    assert records[0]["expansion"] == "Olympique de Marseille"
    assert "Rassemblement national" in records[1]["expansion_candidates"]


def test_academies_and_authors_societies_are_bodies_sacem_academie_nationale_de_medecine(
    extractor: Any,
) -> None:
    found = orgs(extractor, "La hausse des droits Sacem et l’avis de l’Académie nationale de médecine.")
    assert [name for name, _ in found] == ["Sacem", "Académie nationale de médecine"]
