"""People after a civility with their surname in capitals, as judgments and minutes list them."""

from __future__ import annotations

import pytest

from seedner.records.mentions import Mention
from seedner.records.titled_names import after_civility, titled_names


def people(text: str, mentions: list[Mention] | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in titled_names(text, mentions or [])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("M. CASTELNAU président, et les autres", "CASTELNAU"),
        ("Assesseurs : M. DUPRAT Olivier, juge,", "DUPRAT Olivier"),
        ("et Mme SAINT-MARTIN Claire, juge,", "SAINT-MARTIN Claire"),
        ("Me DUPOND-MORETTI plaide.", "DUPOND-MORETTI"),
        ("Mme LE GALL Anne, greffière", "LE GALL Anne"),
        ("Mme Jeanne LEROY", "Jeanne LEROY"),
        ("Représenté par Me Nadia FERHAT, avocate", "Nadia FERHAT"),
        ("Mme DE LA TOUR Anne, assesseure", "DE LA TOUR Anne"),
        ("Mme Jeanne Leroy", None),  # not in capitals: the model's
        ("Mme Héloïse DE\nVILLEMAREST", None),  # wrapped: the cleaning rejoins it
    ],
)
def test_surname_in_capitals_after_a_civility_is_a_person_castelnau_duprat_olivier(
    text: str, name: str | None
):
    assert people(text) == ([(name, "PER")] if name else [])


@pytest.mark.parametrize(
    "text",
    ["MM. LES PRÉFETS DES CÔTES-D’ARMOR ET DU FINISTÈRE", "M. LE PRÉFET DE RÉGION", "M. LE DIRECTEUR"],
)
def test_functions_and_groups_after_a_civility_are_nobody_m_le_prefet(text: str):
    assert people(text) == []


@pytest.mark.parametrize("text", ["M. LE PRÉFET a signé", "Madame la Présidente, merci", "M. LE DIRECTEUR"])
def test_a_model_person_that_is_a_civility_and_a_function_goes_m_le_prefet(text: str):
    end = text.index(" a ") if " a " in text else text.index(",") if "," in text else len(text)
    assert people(text, [Mention(0, end, text[:end], "PER")]) == []


def test_a_model_person_with_a_surname_after_an_article_stays_m_le_goff():
    text = "M. LE GOFF a signé"
    assert people(text, [Mention(0, 10, "M. LE GOFF", "PER")]) == [("LE GOFF", "PER")]


def test_a_titled_name_replaces_the_model_mentions_across_it():
    text = "M. DUPRAT Olivier, juge"
    wrong = Mention(3, 9, "DUPRAT", "ORG")
    assert people(text, [wrong]) == [("DUPRAT Olivier", "PER")]


def test_a_gazetteer_name_after_a_civility_stays():
    text = "M. PARIS"
    place = Mention(3, 8, "PARIS", "LOC", source="gazetteer")
    assert people(text, [place]) == [("PARIS", "LOC")]


def test_after_civility():
    text = "Mme LEROY et la LEROY"
    assert after_civility(text, 4) and not after_civility(text, text.rindex("LEROY"))
