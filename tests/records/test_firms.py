"""Law firms and companies written with their legal form are one organisation, the form nested in it."""

from __future__ import annotations

import pytest

from seedner.records.firms import firms, named_companies, trade_names
from tests.conftest import mention_at


def test_scp_with_two_partners_scp_delvaux_et_rochefort():
    text = "le mémoire de la SCP Delvaux et Rochefort, avocat de M. Benali"
    mentions = [
        mention_at(text, "SCP", "ORG", source="acronym", acronym=True),
        mention_at(text, "Rochefort", "LOC"),
        mention_at(text, "Benali", "PER"),
    ]
    kept, nested = firms(text, mentions)
    assert [(m.text, m.label) for m in kept] == [("SCP Delvaux et Rochefort", "ORG"), ("Benali", "PER")]
    assert [(m.text, m.label) for m in nested] == [("SCP", "MISC")]


def test_a_hyphenated_partner_name_scp_guerin_daoulas():
    text = "la SCP Guérin-Daoulas, avocat"
    kept, _ = firms(text, [])
    assert [m.text for m in kept] == ["SCP Guérin-Daoulas"]


def test_a_legal_form_before_a_lower_case_word_is_no_firm():
    text = "Le SAS a été créé en 1941."
    assert firms(text, [mention_at(text, "SAS", "ORG", acronym=True)])[0][0].text == "SAS"


def test_a_company_name_ends_at_a_comma_sas_logifrais_rhone_zi_mi_plaine():
    text = "SAS LOGIFRAIS RHÔNE, ZI Mi-Plaine, 69800 Saint-Priest"
    kept, _ = firms(text, [mention_at(text, "Saint-Priest", "LOC")])
    assert [(m.text, m.label) for m in kept] == [("SAS LOGIFRAIS RHÔNE", "ORG"), ("Saint-Priest", "LOC")]


def test_partners_are_listed_with_commas_scp_martin_durand_et_leroy():
    text = "la SCP Martin, Durand et Leroy, avocats"
    assert [m.text for m in firms(text, [])[0]] == ["SCP Martin, Durand et Leroy"]


def test_unknown_capitals_in_a_firm_name_are_no_acronyms_logifrais():
    text = "la SAS LOGIFRAIS et la SA EDF Renouvelables"
    mentions = [
        mention_at(
            text, "SAS", "MISC", source="acronym", acronym=True, expansion="société par actions simplifiée"
        ),
        mention_at(text, "LOGIFRAIS", "MISC", source="acronym", acronym=True),
        mention_at(text, "EDF", "ORG", source="acronym", acronym=True, expansion="Électricité de France"),
    ]
    kept, nested = firms(text, mentions)
    assert [m.text for m in kept] == ["SAS LOGIFRAIS", "SA EDF Renouvelables"]
    assert [m.text for m in nested] == ["SAS", "EDF"]


@pytest.mark.parametrize(
    ("surface", "label"),
    [
        ("Valdémont Emballages", "PER"),
        ("Atlantique Grains", "LOC"),
        ("Kerhalo Conserves", "PER"),
        ("Breizh Mobilités", "LOC"),
        ("Transports Dupuis", "PER"),
        ("Côtes-d'Armor Habitat", "LOC"),
    ],
)
def test_a_name_after_a_trade_is_a_company_valdemont_emballages(surface: str, label: str):
    text = f"Selon {surface}, la production reprend."
    assert [(m.text, m.label) for m in trade_names(text, [mention_at(text, surface, label)])] == [
        (surface, "ORG")
    ]


@pytest.mark.parametrize(
    ("surface", "label"),
    [
        ("Marie Curie", "PER"),
        ("Services", "PER"),  # one word: no name after the trade
        ("direction des Services", "LOC"),  # a lower-case word: a phrase, not a name
        ("Saint-Malo Habitat", "ORG"),  # already an organisation
    ],
)
def test_other_names_keep_their_label_marie_curie(surface: str, label: str):
    text = f"Selon {surface}, la production reprend."
    assert [(m.text, m.label) for m in trade_names(text, [mention_at(text, surface, label)])] == [
        (surface, label)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Son commissaire aux comptes, le cabinet Ouestaudit, avait émis une réserve.", "Ouestaudit", "PER"),
        ("Le groupe allemand Kessler Verpackung fermera d'ici juin.", "Kessler Verpackung", "PER"),
        ("réhabilités par les bailleurs Néolia et Habitat 25", "Néolia", "LOC"),
        ("Une sanction contre Payliane, établissement de paiement agréé.", "Payliane", "PER"),
        ("Le tribunal a placé Nautilia, le fabricant de moteurs, en redressement.", "Nautilia", "LOC"),
    ],
)
def test_a_name_a_company_noun_introduces_is_a_company_cabinet_ouestaudit(
    text: str, surface: str, label: str
):
    assert [(m.text, m.label) for m in named_companies(text, [mention_at(text, surface, label)])] == [
        (surface, "ORG")
    ]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("L'industriel Vincent Bolloré a parlé.", "Vincent Bolloré"),
        ("Le groupe de travail\nMarie Durand présidera.", "Marie Durand"),  # the noun ends the line before
        ("Selon Marie Durand, la présidente du groupe.", "Marie Durand"),
    ],
)
def test_people_near_company_nouns_stay_people_vincent_bollore(text: str, surface: str):
    assert [(m.text, m.label) for m in named_companies(text, [mention_at(text, surface, "PER")])] == [
        (surface, "PER")
    ]


def test_a_place_before_a_company_in_apposition_stays_a_place_bourcefranc():
    text = "À Bourcefranc-le-Chapus, la jeune pousse Atlantique Naissain a levé des fonds."
    place = mention_at(text, "Bourcefranc-le-Chapus", "LOC")
    assert [(m.text, m.label) for m in named_companies(text, [place])] == [("Bourcefranc-le-Chapus", "LOC")]


def test_a_name_after_a_trade_the_model_missed_is_found_marais_salants_distribution():
    text = "Il a repris les locaux de Marais Salants Distribution, en liquidation. Les Services ont fermé."
    assert [(m.text, m.label) for m in trade_names(text, [])] == [("Marais Salants Distribution", "ORG")]


def test_an_elided_article_is_no_part_of_a_trade_name_l_association_tregor_vigilance_environnement():
    text = "L’association Trégor Vigilance Environnement a demandé l’annulation."
    assert [m.text for m in trade_names(text, [])] == ["Trégor Vigilance Environnement"]
