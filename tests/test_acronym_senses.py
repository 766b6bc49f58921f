"""Dictionary senses and labels of acronyms: no pipeline, no model."""

from __future__ import annotations

import pytest

from seedner.acronym_senses import (
    Sense,
    choose_sense,
    context_support,
    long_form_label,
    merge_senses,
    sense_label,
    stems,
)

TRACFIN = "Traitement du renseignement et action contre les circuits financiers clandestins"


def test_context_support_counts_shared_stems() -> None:
    context = stems("le renseignement financier et les filières clandestines")
    assert context_support([Sense(TRACFIN)], context) == 3
    assert context_support([Sense("Plan d'aménagement régional")], context) == 0


# ----------------------------------------------------------------------------- senses and labels

AFP_SENSES = [Sense("Aide financière personnalisée"), Sense("Agence France-Presse", "media")]


def test_single_sense_wins_without_context() -> None:
    assert choose_sense([Sense("Taxe sur la valeur ajoutée")], ()) == (
        Sense("Taxe sur la valeur ajoutée"),
        (),
    )


def test_sense_variants_merged() -> None:
    variants = [Sense("Service " + TRACFIN), Sense(TRACFIN.replace("et action", "et de l'action"))]
    assert merge_senses(variants) == variants[:1]
    assert choose_sense(variants, ()) == (variants[0], ())


def test_context_picks_sense() -> None:
    context = stems("Une dépêche de l'agence de presse française")
    assert choose_sense(AFP_SENSES, context) == (AFP_SENSES[1], ())


def test_winner_listed_with_other_supported_senses() -> None:
    context = stems("l'agence de presse et l'aide aux familles")
    local = stems("une dépêche de l'agence de presse")
    chosen, candidates = choose_sense(AFP_SENSES, context, local)
    assert chosen == AFP_SENSES[1]
    assert candidates == (AFP_SENSES[1], AFP_SENSES[0])


def test_tie_gives_no_expansion_and_tied_candidates() -> None:
    context = stems("une aide pour la presse")
    assert choose_sense([*AFP_SENSES, Sense("Association des fondeurs de Picardie")], context) == (
        None,
        tuple(AFP_SENSES),
    )


def test_no_evidence_lists_all_senses() -> None:
    assert choose_sense(AFP_SENSES, stems("rien à voir")) == (None, tuple(AFP_SENSES))


def test_category_of_nearby_entity_breaks_tie() -> None:
    context = stems("une aide pour la presse")
    assert choose_sense(AFP_SENSES, context, categories={"media"}) == (AFP_SENSES[1], tuple(AFP_SENSES[::-1]))


@pytest.mark.parametrize(
    ("sense", "label"),
    [
        (Sense("Agence France-Presse"), "ORG"),
        (Sense("Traitement du renseignement", "agency"), "ORG"),
        (Sense("Taxe sur la valeur ajoutée"), "MISC"),
        (Sense("Prestataire de services sur actifs numériques"), "MISC"),
        (Sense("République démocratique du Congo", "country"), "LOC"),
        (Sense("Haut Conseil pour le climat"), "ORG"),
    ],
)
def test_sense_label(sense: Sense, label: str) -> None:
    assert sense_label(sense) == label


def test_long_form_label() -> None:
    assert long_form_label("cellule d’échange sur le trafic de migrants") == "ORG"
    assert long_form_label(TRACFIN) == "ORG"
    assert long_form_label("taxe sur la valeur ajoutée") == "MISC"
    assert long_form_label("zone de défense", existing="LOC") == "LOC"
    assert long_form_label("revenu de solidarité active", sense="ORG") == "ORG"


def test_stems_of_a_megabyte_line() -> None:
    assert stems("ABC " * 250_000) == {"abc"}
