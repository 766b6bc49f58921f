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
