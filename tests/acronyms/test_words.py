"""French words in capitals from a vector table ranked by frequency, pruned as the models' are."""

from __future__ import annotations

import numpy
from spacy.vectors import Vectors

from seedner.acronyms.rules import COMMON, RARE
from seedner.acronyms.words import FrenchWords, VectorRanks


def pruned_table(ranked: list[str], pruned: dict[str, str]) -> Vectors:
    """``ranked`` words own rows 0, 1, …, in that order; each ``pruned`` word shares its neighbour's row."""
    vectors = Vectors(shape=(len(ranked), 2))
    for row, word in enumerate(ranked):
        vectors.add(word, vector=numpy.zeros(2, dtype="f"), row=row)
    for word, neighbour in pruned.items():
        vectors.add(word, row=ranked.index(neighbour))
    return vectors


WORDS = FrenchWords(
    pruned_table(
        ["mois", "SNCF", "sncf", "considérant", "cross", "CROSS", "motifs"],
        {"correctionnel": "mois", "INFOGRAPHIE": "motifs", "infographie": "motifs", "déboute": "mois"},
    )
)


def test_frequent_lower_case_word_mois_considerant() -> None:
    assert (WORDS.in_capitals("MOIS"), WORDS.in_capitals("CONSIDÉRANT")) == (COMMON, COMMON)


def test_acronym_more_frequent_in_capitals_sncf() -> None:
    assert WORDS.in_capitals("SNCF") is None


def test_word_more_frequent_in_lower_case_than_in_capitals_cross() -> None:
    assert WORDS.in_capitals("CROSS") == COMMON  # a dictionary sense must then vouch for the acronym


def test_long_or_accented_word_known_in_lower_case_correctionnel_deboute() -> None:
    assert WORDS.in_capitals("CORRECTIONNEL") == RARE
    assert WORDS.in_capitals("INFOGRAPHIE") == RARE  # headlines put it in the vectors in capitals too
    assert WORDS.in_capitals("DÉBOUTE") == RARE


def test_unknown_words_mixed_case_and_digits_are_no_french_words() -> None:
    assert [WORDS.in_capitals(text) for text in ("OLTIM", "Mois", "mois", "G7", "LCB-FT")] == [None] * 5


def test_no_vectors_no_french_word() -> None:
    blank = FrenchWords(Vectors(shape=(0, 0)))
    assert not blank and blank.in_capitals("MOIS") is None
    assert FrenchWords(None).in_capitals("CONSIDÉRANT") is None


def test_row_owners_of_a_table_whose_rare_word_comes_before_its_row_owner() -> None:
    """A table not laid out as the models' (a pruned key written before a ranked one) is read whole."""
    vectors = Vectors(shape=(2, 2))
    vectors.add("rare", vector=numpy.zeros(2, dtype="f"), row=1)
    vectors.add("mois", vector=numpy.zeros(2, dtype="f"), row=0)
    vectors.add("motifs", row=1)
    ranks = VectorRanks(vectors)
    assert (ranks.rank("rare"), ranks.rank("mois"), ranks.rank("motifs")) == (1, 0, None)


def test_row_owners_of_a_pruned_table_are_its_ranked_words() -> None:
    ranks = VectorRanks(pruned_table(["mois", "motifs"], {"correctionnel": "mois"}))
    assert (ranks.rank("mois"), ranks.rank("motifs"), ranks.rank("correctionnel")) == (0, 1, None)
    assert "correctionnel" in ranks
