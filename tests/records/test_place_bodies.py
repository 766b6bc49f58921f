"""Organisations named after their territory are organisations, whatever the model said."""

from __future__ import annotations

import pytest

from seedner.records.mentions import Mention
from seedner.records.place_bodies import body_complements, named_metropoles, place_bodies


def relabelled(surface: str, label: str = "LOC", source: str = "model") -> str:
    (mention,) = place_bodies([Mention(0, len(surface), surface, label, source=source)])
    return mention.label


@pytest.mark.parametrize(
    "surface",
    [
        "Région Nouvelle-Aquitaine",
        "Toulouse Métropole",
        "Muretain Agglo",
        "Université Grenoble Alpes",
        "Parc national des Cévennes",
        "Stade toulousain",
    ],
)
def test_a_place_holding_a_word_for_a_body_is_that_body_region_nouvelle_aquitaine(surface: str) -> None:
    assert relabelled(surface) == "ORG"


@pytest.mark.parametrize("surface", ["Port-Vendres", "Centre-Val de Loire", "Pays de la Loire", "Région"])
def test_places_whose_names_hold_such_words_stay_places_port_vendres(surface: str) -> None:
    assert relabelled(surface) == "LOC"


def test_the_gazetteer_s_places_and_people_are_not_relabelled():
    assert relabelled("Région Bretagne", source="gazetteer") == "LOC"
    assert relabelled("Port Maritime", label="PER") == "PER"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le conseil de Grand Besançon Métropole a voté.", "Grand Besançon Métropole"),
        ("Nantes Métropole finance le tramway.", "Nantes Métropole"),
        ("Montpellier Méditerranée Métropole répond.", "Montpellier Méditerranée Métropole"),
        ("Le Muretain Agglo répond.", "Muretain Agglo"),
    ],
)
def test_intercommunal_body_named_after_its_town_grand_besancon_metropole(text: str, name: str) -> None:
    assert [(m.text, m.label) for m in named_metropoles(text, [])] == [(name, "ORG")]


def test_metropole_after_a_preposition_or_in_lower_case_is_no_body():
    assert named_metropoles("Il vit en Métropole. En Métropole, il pleut. La métropole lilloise.", []) == []


def test_a_metropole_name_replaces_the_model_place_inside_it():
    text = "Nantes Métropole vote."
    place = Mention(0, 6, "Nantes", "LOC")
    assert [(m.text, m.label) for m in named_metropoles(text, [place])] == [("Nantes Métropole", "ORG")]


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        (
            "L’Association pour la sauvegarde du Ried de l’Ill a saisi le juge.",
            "Association pour la sauvegarde",
            "Association pour la sauvegarde du Ried de l’Ill",
        ),
        (
            "Le Syndicat mixte du bassin de l'Orne vote.",
            "Syndicat mixte",
            "Syndicat mixte du bassin de l'Orne",
        ),
        (
            "Le Secours populaire de Quimper distribue.",
            "Secours populaire",
            "Secours populaire",
        ),  # no body noun
        ("L'Union départementale\nDe nombreux adhérents", "Union départementale", "Union départementale"),
    ],
)
def test_a_body_takes_its_capitalised_complements_association_pour_la_sauvegarde_du_ried(text, cut, whole):
    start = text.index(cut)
    found = [Mention(start, start + len(cut), cut, "ORG")]
    if "Ried" in text:
        found += [Mention(text.index("Ried"), text.index("Ried") + 4, "Ried", "LOC")]
    assert [m.text for m in body_complements(text, found)] == [whole]
