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
        ("Mme Jeanne LEROY", None),  # given name first: the model's
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
