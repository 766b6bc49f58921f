"""People named before their e-mail address, as headers, forwards and quotes write them."""

from __future__ import annotations

import pytest

from seedner.records.mail_names import address_spells, first_names, mail_names
from seedner.records.mentions import Mention

HEADER = """De : GARNIER Luc (Greffe) <luc.garnier@justice.fr>
À : Durand Marie <marie.durand@avocats-meaux.fr>, "LEROY Paul (Greffe)" <paul.leroy@justice.fr>
Cc : SAUJ Meaux <sauj.tj-meaux@justice.fr>
"""


def people(text: str, mentions: list[Mention] | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in mail_names(text, mentions or [])]


def test_surname_first_header_names_are_people_garnier_luc_durand_marie_leroy_paul():
    assert people(HEADER) == [("GARNIER Luc", "PER"), ("Durand Marie", "PER"), ("LEROY Paul", "PER")]


def test_service_mailbox_is_no_person_sauj_meaux():
    assert ("SAUJ Meaux", "PER") not in people(HEADER)


def test_header_name_replaces_the_model_organisation_across_it():
    text = "De : GARNIER Luc (Greffe) <luc.garnier@justice.fr>"
    start = text.index("GARNIER")
    wrong = Mention(start, start + len("GARNIER Luc (Greffe)"), "GARNIER Luc (Greffe)", "ORG")
    assert people(text, [wrong]) == [("GARNIER Luc", "PER")]


def test_quoted_reply_line_name_a_ecrit():
    text = "> Le 10 oct. 2025 à 16:05, Durand Marie <marie.durand@avocats-meaux.fr> a écrit :"
    assert people(text) == [("Durand Marie", "PER")]


def test_greeting_before_the_name_is_left_out_bonjour_anne_dupont():
    assert people("Bonjour Anne Dupont <adupont@exemple.fr>") == [("Anne Dupont", "PER")]


@pytest.mark.parametrize(
    ("name", "local", "spells"),
    [
        ("GARNIER Luc", "luc.garnier", True),
        ("Durand Marie", "mdurand", True),
        ("Anne-Sophie Le Gall", "anne-sophie.le-gall", True),
        ("Paul Leroy", "leroy.p", True),
        ("Paul Leroy", "paul.leroy2", True),
        ("SAUJ Meaux", "sauj.tj-meaux", False),
        ("Parquet Meaux", "permanence.pr.tj-meaux", False),
        ("Paul Leroy", "contact", False),
    ],
)
def test_address_spells_the_name(name: str, local: str, spells: bool):
    assert address_spells(name, local) is spells


def test_text_without_addresses_is_left_as_it_is():
    text = "M. Durand Marie est venu."
    start = text.index("Durand")
    model = Mention(start, start + 12, "Durand Marie", "PER")
    assert mail_names(text, [model]) == [model]


def test_a_given_name_alone_in_a_greeting_or_a_signature_is_the_person_claire():
    text = "De : Claire Vernhes\n> Bonjour Claire,\n> Le dossier est arrivé.\n\nBelle journée,\nClaire\n"
    full = Mention(5, 19, "Claire Vernhes", "PER")
    greeting = Mention(text.index("Bonjour"), text.index("Bonjour") + 14, "Bonjour Claire", "PER")
    found = [(m.text, m.label) for m in first_names(text, [full, greeting])]
    assert found == [("Claire Vernhes", "PER"), ("Claire", "PER"), ("Claire", "PER")]


def test_a_given_name_inside_a_sentence_or_of_nobody_named_stays_as_it_is():
    text = "Pierre Martin a parlé. La claire fontaine.\nClaire\n"
    assert [m.text for m in first_names(text, [Mention(0, 13, "Pierre Martin", "PER")])] == ["Pierre Martin"]
