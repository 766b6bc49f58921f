"""Tables laid out as text: the header of a column says what its cells name."""

from __future__ import annotations

from seedner.records.table_columns import table_columns
from tests.conftest import mention_at

DIRECTORY = (
    "Nom | Fonction | Structure | Commune | Téléphone\n"
    "Mme Nathalie HOARAU | déléguée | Préfecture de La Réunion – DRDFE | Saint-Denis | 02 62 40 77 01\n"
    "Cdt Marie-Annick RIVIÈRE | cheffe | Gendarmerie – COMGEND | Saint-Paul | 02 62 45 12 30\n"
    "Mme Gisèle TURPIN | directrice | CCAS du Tampon | Le Tampon | 02 62 57 86 00\n"
)
ANNEX = (
    "Massif | Communes | Gestionnaire\nAïtone | Évisa, Cristinacce | ONF\nIncudine | Zicavo et Cozzano | ONF"
)


def test_the_items_of_typed_columns_become_mentions_of_their_kind_directory():
    found = [
        mention_at(DIRECTORY, "Nathalie HOARAU", "PER"),
        mention_at(DIRECTORY, "DRDFE", "ORG", source="acronym", acronym=True),
        mention_at(DIRECTORY, "CCAS", "MISC", source="acronym", acronym=True),
        mention_at(DIRECTORY, "Tampon", "LOC"),
    ]
    mentions, nested = table_columns(DIRECTORY, found)
    assert [(m.text, m.label) for m in mentions] == [
        ("Nathalie HOARAU", "PER"),
        ("Préfecture de La Réunion", "ORG"),
        ("DRDFE", "ORG"),  # an acronym already
        ("Saint-Denis", "LOC"),
        ("Marie-Annick RIVIÈRE", "PER"),  # the rank is no part of the name
        # Gendarmerie: a common word, no name
        ("Saint-Paul", "LOC"),
        ("Gisèle TURPIN", "PER"),
        ("CCAS du Tampon", "ORG"),  # the model's place inside the body gives way
        ("Le Tampon", "LOC"),
    ]
    assert [(m.text, m.label) for m in nested] == [("CCAS", "MISC")]


def test_a_list_of_places_in_a_cell_gives_one_place_each_evisa_cristinacce():
    mentions, _ = table_columns(ANNEX, [mention_at(ANNEX, "Cristinacce", "ORG")])
    assert [(m.text, m.label) for m in mentions] == [
        ("Évisa", "LOC"),
        ("Cristinacce", "LOC"),
        ("Zicavo", "LOC"),
        ("Cozzano", "LOC"),
    ]


def test_a_name_the_gazetteer_gave_or_a_mention_across_cells_stays():
    found = [
        mention_at(ANNEX, "ONF", "ORG", source="gazetteer", acronym=True),
        mention_at(ANNEX, "Évisa, Cristinacce", "LOC"),
    ]
    mentions, _ = table_columns(ANNEX, found)
    assert ("Évisa, Cristinacce", "LOC") in [(m.text, m.label) for m in mentions]


def test_no_table_without_a_typed_header_or_enough_rows():
    untyped = "Date | Objet | Montant\n3 mai | Paris | 12 €\n4 mai | Lyon | 8 €\n"
    assert table_columns(untyped, []) == ([], [])
    one_row = "Nom | Commune\nJean DUPONT | Brest\n"
    assert table_columns(one_row, []) == ([], [])
