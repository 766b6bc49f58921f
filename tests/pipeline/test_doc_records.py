"""From the model's spans to records: what only the whole document can tell."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def names(extractor: Any, text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["label"]) for r in extractor.extract_text(text) if not r["acronym"]]


def test_lower_case_model_name_in_a_document_read_as_written_is_no_name_legionellose(extractor: Any):
    text = (
        "L’épisode de légionellose survenu à Lannion en septembre a conduit l’agence à renforcer les "
        "contrôles. Les traitements reposent sur la deltaméthrine, seul adulticide autorisé en France."
    )
    assert all(surface[:1].isupper() for surface, _ in names(extractor, text))


def test_places_of_an_all_caps_telegram_survive_its_recasing_brest_quimper(extractor: Any):
    text = "LES MOYENS NAUTIQUES RESTENT ENGAGÉS AU LARGE DE BREST ET DE QUIMPER."
    found = names(extractor, text)
    assert ("BREST", "LOC") in found and ("QUIMPER", "LOC") in found
