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
