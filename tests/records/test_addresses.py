"""The town after a postcode is a place."""

from __future__ import annotations

import pytest

from seedner.records.addresses import postcode_towns
from seedner.records.mentions import Mention


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("quai Goslar, 33120 Arcachon | 06 12 47 83 90", "Arcachon"),
        ("2 esplanade Charles-de-Gaulle, 33077 Bordeaux Cedex", "Bordeaux"),
        ("Adresse : 12 rue des Lilas, 97420 Le Port\nTél.", "Le Port"),
        ("BP 12 - 17310 Saint-Pierre-d’Oléron - France", "Saint-Pierre-d’Oléron"),
        ("75007 Paris", "Paris"),
    ],
)
def test_the_town_after_a_postcode_is_a_place_33120_arcachon(text: str, town: str):
    assert [(m.text, m.label) for m in postcode_towns(text, [])] == [(town, "LOC")]


@pytest.mark.parametrize(
    "text", ["le montant de 12345 Euros versés", "le 12345 est gagnant", "n° 123456 Lyon"]
)
def test_no_town_without_a_postcode(text: str):
    assert postcode_towns(text, []) == []


def test_a_model_piece_inside_the_town_gives_way_a_body_stays():
    text = "12 rue X, 97420 Le Port. 35000 Rennes Métropole"
    port = Mention(text.index("Port"), text.index("Port") + 4, "Port", "LOC")
    body = Mention(text.index("Rennes"), len(text), "Rennes Métropole", "ORG")
    assert [(m.text, m.label) for m in postcode_towns(text, [port, body])] == [
        ("Le Port", "LOC"),
        ("Rennes Métropole", "ORG"),
    ]
