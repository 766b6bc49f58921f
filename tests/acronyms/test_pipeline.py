"""Acronym cases that need the whole pipeline (gazetteer, model, acronyms, cleaning), one per mechanism."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

EUROPOL = "Agence de l'Union européenne pour la coopération des services répressifs"


def acronym_records(extractor: Any, text: str) -> dict[str, dict[str, Any]]:
    """The acronym records of ``text`` by surface (the last one when a surface repeats)."""
    return {r["text"]: r for r in extractor.extract_text(text) if r["acronym"]}


def test_syllabic_abbreviation_is_an_acronym_with_the_entry_name(extractor: Any) -> None:
    text = "Selon Europol, le réseau opérait en Italie. Frontex et Eurojust ont apporté leur appui."
    found = acronym_records(extractor, text)
    assert set(found) == {"Europol", "Frontex", "Eurojust"}
    assert (found["Europol"]["label"], found["Europol"]["expansion"]) == ("ORG", EUROPOL)
    assert found["Frontex"]["expansion"] == "Agence européenne de garde-frontières et de garde-côtes"


def test_common_press_acronyms_take_their_curated_sense(extractor: Any) -> None:
    text = (
        "Les enquêteurs ont remonté les adresses IP, masquées par des services de VPN, "
        "et bloqué les IBAN. Les ONG présentes en mer dénoncent les entraves."
    )
    found = acronym_records(extractor, text)
    assert {key: found[key]["expansion"] for key in ("IP", "VPN", "IBAN", "ONG")} == {
        "IP": "Internet Protocol",
        "VPN": "virtual private network",
        "IBAN": "International Bank Account Number",
        "ONG": "organisation non gouvernementale",
    }
    assert found["ONG"]["label"] == "MISC"  # a kind of body, not a named one


def test_defined_long_form_keeps_its_first_noun_ddets(extractor: Any) -> None:
    long = "direction départementale de l’emploi, du travail et des solidarités"
    records = extractor.extract_text(f"Avec la {long} (DDETS) et la police.")
    assert [(r["text"], r["label"]) for r in records if r["label"] == "ORG"] == [
        (long, "ORG"),
        ("DDETS", "ORG"),
    ]


def test_everyday_bodies_and_terms_of_public_life_are_expanded(extractor: Any) -> None:
    """Acronyms of social, judicial, territorial and European public life, and the title-case forms the
    press writes (Crous, Anses, Inrae), take their curated sense without a definition in the text."""
    text = (
        "Les étudiants boursiers du Crous attendent leur aide. Selon l'Anses, le produit est dangereux ; "
        "l'Inrae a publié une étude. Le JLD a prolongé la détention, puis le prévenu a été jugé en CRPC "
        "devant le TJ de Lille. La DDETS, la Dreal et la DDPP ont contrôlé le site ; la CGT proteste. "
        "Les voyageurs devront s'enregistrer dans l'EES et demander une autorisation ETIAS. "
        "La règle figure au BOFiP."
    )
    found = acronym_records(extractor, text)
    assert {
        key: found[key]["expansion"] for key in ("Crous", "Anses", "JLD", "TJ", "DDETS", "Dreal", "EES")
    } == {
        "Crous": "centre régional des œuvres universitaires et scolaires",
        "Anses": "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail",
        "JLD": "juge des libertés et de la détention",
        "TJ": "tribunal judiciaire",
        "DDETS": "direction départementale de l'emploi, du travail et des solidarités",
        "Dreal": "direction régionale de l'environnement, de l'aménagement et du logement",
        "EES": "système d'entrée/de sortie",
    }
    assert {key: found[key]["label"] for key in ("Crous", "DDETS", "CGT", "CRPC", "BOFiP")} == {
        "Crous": "ORG",
        "DDETS": "ORG",
        "CGT": "ORG",
        "CRPC": "MISC",
        "BOFiP": "MISC",
    }
    assert {"Inrae", "DDPP", "ETIAS"} <= set(found)


def test_an_ambiguous_everyday_acronym_follows_the_document(extractor: Any) -> None:
    """Cnam is the health insurance fund or the Conservatoire: the document's words choose; without them
    both are candidates and none is picked."""
    health = acronym_records(extractor, "Le remboursement dépend de la Cnam, qui gère l'assurance maladie.")
    assert health["Cnam"]["expansion"] == "Caisse nationale de l'assurance maladie"
    bare = acronym_records(extractor, "Elle a rejoint la Cnam en janvier.")
    assert bare["Cnam"]["expansion"] is None
    assert set(bare["Cnam"]["expansion_candidates"]) == {
        "Caisse nationale de l'assurance maladie",
        "Conservatoire national des arts et métiers",
    }


def test_acronym_inside_a_local_body_cpam_de_la_gironde(extractor: Any) -> None:
    """The body is one ORG record; the acronym inside it is a record too (MISC: the ORG names the body),
    expanded, so that a glossary or an acronym count sees it."""
    records = extractor.extract_text("La CPAM de la Gironde a porté plainte contre le cabinet.")
    spans = [(r["text"], r["label"], r["acronym"]) for r in records]
    assert ("CPAM de la Gironde", "ORG", False) in spans
    assert ("CPAM", "MISC", True) in spans
    nested = next(r for r in records if r["text"] == "CPAM")
    assert nested["expansion"] == "caisse primaire d'assurance maladie"


def test_kind_of_body_with_a_definite_article_is_that_body_la_bac_le_chu(extractor: Any) -> None:
    text = (
        "Les policiers de la BAC ont interpellé le suspect, soigné au CHU puis entendu par la MDPH. "
        "Un CHU et des Ehpad ont été contrôlés."
    )
    labels = [(r["text"], r["label"]) for r in extractor.extract_text(text) if r["acronym"]]
    assert labels == [("BAC", "ORG"), ("CHU", "ORG"), ("MDPH", "ORG"), ("CHU", "MISC"), ("Ehpad", "MISC")]


def test_a_known_acronym_with_a_digit_inside_stays_one_c2s_not_a_code(extractor: Any) -> None:
    text = "Il bénéficie de la C2S depuis mars.\nN° Portalis DBZK-W-B7I-KXV2"
    found = acronym_records(extractor, text)
    assert set(found) == {"C2S"}
    assert found["C2S"]["expansion"] == "complémentaire santé solidaire"
