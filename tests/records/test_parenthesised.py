"""An unexpanded acronym in parentheses after an organisation's name is that organisation's."""

from __future__ import annotations

from seedner.records.parenthesised import acronyms_after_names
from tests.conftest import mention_at


def test_an_acronym_with_letters_of_its_own_after_a_body_aprona_sdem50():
    long = "Syndicat départemental d’énergies de la Manche"
    text = f"Le {long} (SDEM50) finance 5 %. Le SDEM50 a voté."
    found = [
        mention_at(text, long, "ORG"),
        mention_at(text, "SDEM50", "MISC", acronym=True),
        mention_at(text, "SDEM50", "MISC", 1, acronym=True),
    ]
    result = acronyms_after_names(text, found)
    assert [(m.text, m.label, m.expansion) for m in result[1:]] == [("SDEM50", "ORG", long)] * 2


def test_an_acronym_the_dictionary_expands_keeps_its_sense():
    text = "la Caisse nationale (CNAF) paie"
    found = [
        mention_at(text, "Caisse nationale", "ORG"),
        mention_at(text, "CNAF", "ORG", acronym=True, expansion="x"),
    ]
    assert acronyms_after_names(text, found)[1].expansion == "x"


def test_an_acronym_after_a_place_or_a_person_is_not_theirs():
    text = "à Brest (BREST) et chez Jean Dupont (JD) hier"
    found = [
        mention_at(text, "Brest", "LOC"),
        mention_at(text, "BREST", "MISC", acronym=True),
        mention_at(text, "Jean Dupont", "PER"),
        mention_at(text, "JD", "MISC", acronym=True),
    ]
    assert [m.label for m in acronyms_after_names(text, found)] == ["LOC", "MISC", "PER", "MISC"]


def test_a_credit_line_agency_after_a_body_is_not_its_acronym_europol_afp():
    text = "a indiqué Europol (AFP)."
    found = [mention_at(text, "Europol", "ORG"), mention_at(text, "AFP", "MISC", acronym=True)]
    assert [(m.label, m.expansion) for m in acronyms_after_names(text, found)] == [
        ("ORG", None),
        ("MISC", None),
    ]
