"""The one home of folding: each key answers its own question, and the acronym key is the detector's."""

from __future__ import annotations

from seedner.records.glossary import glossary
from seedner.text.folding import acronym_key, casefold_key, expansion_key, fold, name_key, unaccent


def test_fold_keeps_the_length_so_offsets_carry_over() -> None:
    for text in ("Élysée", "Œuvre", "L’Office", "straße", "DGFiP"):
        assert len(fold(text)) == len(text)
    assert fold("Élysée L’Œuvre") == "elysee l'ouvre"


def test_unaccent_keeps_the_case() -> None:
    assert unaccent("Œuvre ÉTAT d’Île") == "OEuvre ETAT d'Ile"


def test_name_key_ignores_case_accents_hyphens_spacing_and_final_punctuation() -> None:
    assert name_key("Direction  Générale-des Douanes.") == name_key("direction generale des douanes")


def test_expansion_key_also_ignores_a_leading_article() -> None:
    assert expansion_key("L’Office anti-stupéfiants") == expansion_key("office anti stupefiants")
    assert expansion_key(None) == ""


def test_casefold_key_is_for_word_lists() -> None:
    assert casefold_key("  Préfecture ") == "prefecture"


def test_acronym_key_r_and_d_keeps_its_ampersand() -> None:
    """``R&D`` and ``RD`` (route départementale) are different acronyms."""
    assert acronym_key("R&D") == "R&D"
    assert acronym_key("R&D") != acronym_key("RD")


def test_acronym_key_oe_ligature_folds_to_its_first_letter() -> None:
    """The detector's dictionary keys are built the same way, so ``Œ`` must fold the same everywhere."""
    assert acronym_key("ŒCE") == "OCE"


def test_acronym_key_casings_and_dots_are_one_acronym() -> None:
    assert acronym_key("Oltim") == acronym_key("OLTIM") == acronym_key("O.L.T.I.M.")


def _record(text: str, doc: str = "d") -> dict[str, object]:
    return {"doc": doc, "text": text, "acronym": True, "expansion": None, "expansion_source": None}


def test_glossary_groups_acronyms_as_the_detector_keys_them() -> None:
    rows = glossary([_record("R&D"), _record("RD"), _record("R&D", "e")])
    assert {row["acronym"]: row["count"] for row in rows} == {"R&D": 2, "RD": 1}
