"""Capitalised words that are no acronyms, through the whole pipeline: legal and headline words, e-mail
prefixes, road numbers, roman numerals, initials, surnames cut by a line break."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.model

LINES = Path(__file__).parents[1] / "data" / "acronyms" / "legal_headline_lines.txt"


def documents() -> list[str]:
    """The texts of ``legal_headline_lines.txt``: a prefectoral order, judgments, a Conseil d'État
    decision, a telegram, press headlines and sentences, separated by ``----`` lines."""
    text = "\n".join(line for line in LINES.read_text("utf-8").splitlines() if not line.startswith("#"))
    return text.split("\n----\n")


def capitalised_words(text: str) -> set[str]:
    return {word for word in re.findall(r"\b[^\W\d_]{2,}\b", text) if word.isupper()}


def acronyms(extractor: Any, text: str) -> list[str]:
    return [record["text"] for record in extractor.extract_text(text) if record["acronym"]]


def test_no_capitalised_legal_or_headline_word_is_an_acronym(extractor: Any) -> None:
    """VU, CONSIDÉRANT, ARRÊTE, PAR CES MOTIFS, CASSE ET ANNULE, REJETTE, CONDAMNE, DOUZE MOIS, TITRE
    PREMIER, headlines and telegrams: 200 words and more, each in a realistic line."""
    texts = documents()
    words = set().union(*map(capitalised_words, texts))
    assert len(words) >= 200
    reported = {found for text in texts for found in acronyms(extractor, text)}
    assert reported & words == set()


def test_legal_words_beside_real_acronyms_cassation_urssaf(extractor: Any) -> None:
    text = (
        "PAR CES MOTIFS, la Cour :\n\nCASSE ET ANNULE l'arrêt qui valide la mise en demeure de l'Urssaf ;\n"
        "REJETTE le pourvoi de la CPAM pour le surplus ;\nCONDAMNE la société aux dépens."
    )
    assert acronyms(extractor, text) == ["Urssaf", "CPAM"]


def test_mail_prefixes_tr_fwd_re_cc_are_no_acronyms_nor_names(extractor: Any) -> None:
    text = (
        "De : Luc Garnier <luc.garnier@justice.fr>\nCc : Marie Durand\nObjet : TR: Fwd: Renvoi audience du "
        "21/10\n\nObjet : RE : Atelier sur les données de la CNAF\n\nBonjour, voici le message transféré."
    )
    records = extractor.extract_text(text)
    assert [record["text"] for record in records if record["acronym"]] == ["CNAF"]
    assert not {"TR", "Fwd", "RE", "Cc"} & {record["text"] for record in records}


def test_road_numbers_with_a_space_rd_906_n_7(extractor: Any) -> None:
    text = (
        "Le véhicule a été repéré sur l'A6, puis sur la N 7, la RN 7 et la RD 906 en direction de Nemours. "
        "Le RN a dénoncé la fermeture de la route."
    )
    assert acronyms(extractor, text) == ["RN"]


def test_roman_numerals_titre_ii_and_centuries_xxie(extractor: Any) -> None:
    text = "TITRE II\nChapitre IV\nDepuis le XXe siècle et au XXIe, la loi a été modifiée (article III)."
    assert acronyms(extractor, text) == []


def test_initials_of_a_reference_line_pl_mc(extractor: Any) -> None:
    text = "Rennes, le 2 septembre 2025\n\nRéf. : 2025/117 – PL/MC\nObjet : permanences du CDAD de Rennes"
    assert acronyms(extractor, text) == ["CDAD"]


def test_caps_surname_cut_by_a_line_break_de_villemarest(extractor: Any) -> None:
    text = "Rapport de Mme Héloïse DE\nVILLEMAREST et M. Gaspard VAN\nDER MEERSCH, sénateurs, sur la DGSI."
    assert acronyms(extractor, text) == ["DGSI"]


def test_acronyms_that_are_french_words_keep_their_curated_sense_bac_sage(extractor: Any) -> None:
    text = (
        "Les policiers de la BAC de nuit sont intervenus. Le projet méconnaît les objectifs du SAGE "
        "Argoat-Trégor-Goëlo, selon le CROSS Corsen."
    )
    found = {record["text"]: record for record in extractor.extract_text(text) if record["acronym"]}
    assert {"BAC", "SAGE", "CROSS"} <= set(found)
    assert found["SAGE"]["expansion"] == "schéma d'aménagement et de gestion des eaux"
