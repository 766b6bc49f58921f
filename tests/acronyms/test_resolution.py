"""Expansions of gazetteer acronyms from the dictionary: no pipeline, no model."""

from __future__ import annotations

from seedner.acronyms.resolution import spelled_out
from seedner.acronyms.senses import SenseDictionary

DNPAF = "Direction nationale de la police aux frontières"
SENSES = SenseDictionary(
    [
        {"acronym": "PAF", "expansion": "Police aux frontières", "source": "sigles:1"},
        {"acronym": "PAF", "expansion": "Programme d'action foncière", "source": "sigles:2"},
        {"acronym": "TASS", "expansion": "Tribunal des affaires de sécurité sociale", "source": "sigles:3"},
    ]
)


def test_name_that_spells_the_acronym_is_the_expansion_dnpaf() -> None:
    assert spelled_out("DNPAF", DNPAF, SENSES) == DNPAF


def test_sense_of_the_same_body_that_spells_the_acronym_paf() -> None:
    assert spelled_out("PAF", DNPAF, SENSES) == "Police aux frontières"


def test_sense_of_another_body_is_never_taken_tass() -> None:
    assert spelled_out("TASS", "TASS", SENSES) == "TASS"  # the news agency, not the tribunal
