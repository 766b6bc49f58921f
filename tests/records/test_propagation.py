"""A name the document labels once is that name wherever it is written."""

from __future__ import annotations

from seedner.records.propagation import consistent_names
from tests.conftest import mention_at


def test_a_company_found_once_is_found_everywhere_payliane():
    text = (
        "Payliane sanctionnée\n\nL'ACPR a sanctionné Payliane, établissement de paiement. Payliane conteste."
    )
    found = consistent_names(text, [mention_at(text, "Payliane", "ORG", 1)])
    starts = [i for i in range(len(text)) if text.startswith("Payliane", i)]
    assert [(m.start, m.text, m.label) for m in found] == [(start, "Payliane", "ORG") for start in starts]


def test_a_full_name_is_propagated_a_place_or_a_given_name_alone_is_not():
    text = "Claire Vernhes écrit. Claire Vernhes signe. La Bretagne et la MSA Portes de Bretagne. Claire rit."
    found = [
        mention_at(text, "Claire Vernhes", "PER"),
        mention_at(text, "Bretagne", "LOC"),
        mention_at(text, "Claire", "PER", 2),
    ]
    result = [(m.start, m.text) for m in consistent_names(text, found)]
    assert (text.index("Claire Vernhes", 1), "Claire Vernhes") in result
    assert len(result) == 4


def test_a_name_with_two_labels_is_left_alone_and_mentions_are_not_crossed():
    text = "Orléans gagne. Orléans Métropole vote. Orléans bat Tours."
    found = [
        mention_at(text, "Orléans", "ORG"),
        mention_at(text, "Orléans Métropole", "ORG"),
        mention_at(text, "Orléans", "LOC", 2),
    ]
    assert consistent_names(text, found) == found
