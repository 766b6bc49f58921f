"""Acronyms in the casings the press and e-mails write them, through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

CAF = "caisse d'allocations familiales"


def acronym_records(extractor: Any, text: str) -> list[tuple[str, str | None]]:
    return [(r["text"], r["expansion"]) for r in extractor.extract_text(text) if r["acronym"]]


def test_three_letter_press_spelling_caf_in_every_local_form(extractor: Any) -> None:
    text = (
        "La Caf du Var promet un retour à la normale ; douze agents viennent de la Caf 13 et de la "
        "Caf d'Ille-et-Vilaine. La fraude détectée par la Caf et la CPAM a augmenté.\n"
        "3. Caf : prise de rendez-vous en ligne"
    )
    found = acronym_records(extractor, text)
    assert [surface for surface, _ in found] == ["Caf", "Caf", "Caf", "Caf", "CPAM", "Caf"]
    assert {expansion for surface, expansion in found if surface == "Caf"} == {CAF}


def test_title_case_press_spellings_crous_anses_medef_inserm(extractor: Any) -> None:
    text = (
        "Le Crous de Lille ouvre une épicerie. Selon l'Anses, le produit est dangereux, observe un chercheur "
        "de l'Inserm. Le Medef et la CPME ont salué la mesure ; la Suge, la sûreté ferroviaire, patrouille. "
        "Seul le nouveau formulaire Cerfa est accepté."
    )
    found = dict(acronym_records(extractor, text))
    assert set(found) == {"Crous", "Anses", "Inserm", "Medef", "CPME", "Suge", "Cerfa"}
    assert found["Suge"] == "Surveillance générale"
    assert found["Medef"] == "Mouvement des entreprises de France"


def test_title_case_acronym_defined_in_the_text_amr(extractor: Any) -> None:
    text = "Selon l'Association des maires ruraux (Amr), les communes manquent de médecins. L'Amr proteste."
    assert acronym_records(extractor, text) == [("Amr", "Association des maires ruraux")] * 2


def test_short_title_case_words_without_a_press_spelling_stay_words_bac(extractor: Any) -> None:
    text = (
        "Le Bac de français commence lundi.\nBac : les sujets sont en ligne. Ars-en-Ré accueille les élèves."
    )
    assert acronym_records(extractor, text) == []


def test_lower_case_acronym_in_an_e_mail_ofast(extractor: Any) -> None:
    text = "bonjour, suite à notre échange, l'ofast a transmis le dossier. cordialement, marie"
    assert acronym_records(extractor, text) == [("ofast", "Office anti-stupéfiants")]


def test_lower_case_acronym_the_vectors_know_urssaf_medef(extractor: Any) -> None:
    text = "bonjour, la caisse a transmis le dossier à l'urssaf et au medef. cordialement, marie"
    assert [surface for surface, _ in acronym_records(extractor, text)] == ["urssaf", "medef"]
