"""Organisations named after their territory are organisations, whatever the model said."""

from __future__ import annotations

import pytest

from seedner.records.mentions import Mention
from seedner.records.place_bodies import place_bodies


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
