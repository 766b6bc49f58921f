"""The curated common press acronyms (``gazetteers/acronyms_common.csv``) keep their conventions."""

from __future__ import annotations

import csv
from pathlib import Path

import yaml

from seedner.acronyms.rules import MIN_TITLE_SPELLING, acronym_key, is_stop_word, token_shape
from seedner.acronyms.senses import LOC_CATEGORIES, ORG_CATEGORIES
from seedner.resources import default_dictionary_files, default_gazetteer_files, gazetteer_dir

PATH = gazetteer_dir() / "acronyms_common.csv"


# Everyday acronyms of press, judicial, social and administrative French that must have an expansion,
# from this file or from a gazetteer entry (which wins and is then left out of this file).
def _words(text: str) -> list[str]:
    return text.split()


EVERYDAY = _words("""
JLD JAP JI QPC CRPC TJ TA CAA CA TGI TI CPP CP CESEDA OQTF IRTF CRA ZA SPIP PJJ ASE AJ CNB SCP SELARL CSM
CEDH CJUE CJIP
BRB BRI BAC BRP SRPJ DIPJ GIR PSIG BR SR CRS PAF DDSP DIPN IGPN IGGN OCRVP OCLDI OCRGDF SDAT
CPAM CNAM MSA MDPH HAS ARS CHU CHR AP-HP EHPAD CAF CNAF URSSAF CROUS RSA APL AAH CMU PUMa CSS
DDETS DREETS DREAL DDPP DDT DDTM DRAAF DRAC DRFiP DDFiP SGAR SGAMI EPCI ZFE
SIS ETIAS EES EPPO OLAF AMLA ABE EBA AEMF ESMA BCE FRA EUAA eu-LISA JAI
CGT CFDT FO CFE-CGC CFTC UNSA FSU SUD Medef CPME U2P FNSEA
BOFiP JORF BOAMP BODACC
Inserm CNRS Anses ANSM SPF IRSN INRAE Ifremer
TVA IR IFI CSG CRDS SMIC HLM PLU ZAD
""")
# Forms the press writes in title case (a curated row written so makes the word an acronym by itself;
# a gazetteer acronym also matches in title case).
TITLE_CASE_FORMS = [
    *("Crous", "Anses", "Medef", "Inserm", "Cnam", "Urssaf", "Ofpra", "Dreal", "Inrae", "Cnav"),
    *("Caf", "Suge", "Cerfa"),
]
SYLLABIC = ["Europol", "Eurojust", "Interpol", "Frontex"]


def rows() -> list[dict[str, str]]:
    with open(PATH, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def gazetteer_entries() -> list[dict]:
    entries: list[dict] = []
    for path in default_gazetteer_files():
        if path.suffix == ".yaml":
            entries.extend(yaml.safe_load(path.read_text("utf-8")))
    return entries


def gazetteer_expanded() -> dict[str, str]:
    """Acronym key -> entry name, for gazetteer acronyms that are not the entry's own name."""
    expanded: dict[str, str] = {}
    for entry in gazetteer_entries():
        name = acronym_key(entry["name"])
        for acronym in entry.get("acronyms") or ():
            if acronym_key(acronym) != name:
                expanded.setdefault(acronym_key(acronym), entry["name"])
    return expanded


def test_columns_source_and_order() -> None:
    found = rows()
    assert list(found[0]) == ["acronym", "expansion", "category", "source"]
    assert {row["source"] for row in found} == {"curated"}
    keys = [(acronym_key(row["acronym"]), row["expansion"]) for row in found]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert 400 <= len(found) <= 600  # a curated list, not a bulk import


def test_every_row_is_an_acronym_with_a_real_expansion() -> None:
    for row in rows():
        assert token_shape(row["acronym"]) is not None, row
        assert len(row["expansion"].split()) >= 2 or "-" in row["expansion"], row
        assert row["expansion"] == row["expansion"].strip().rstrip("."), row


def test_categories_say_what_the_acronym_names() -> None:
    allowed = ORG_CATEGORIES | LOC_CATEGORIES | {"common", ""}
    assert {row["category"] for row in rows()} <= allowed


def test_title_case_spellings_are_no_ordinary_words() -> None:
    for row in rows():
        if token_shape(row["acronym"]) == "title":
            assert not is_stop_word(row["acronym"]) and len(row["acronym"]) >= MIN_TITLE_SPELLING, row
    three_letters = sorted(
        row["acronym"]
        for row in rows()
        if token_shape(row["acronym"]) == "title" and len(row["acronym"]) == 3
    )
    assert three_letters == ["Caf"]  # short title-case words are names and words (Ars, Bac): each one checked


def test_no_acronym_a_gazetteer_entry_expands_but_urssaf() -> None:
    """A gazetteer acronym match wins; entries named by their acronym (``BBC``) give no expansion."""
    expanded = set(gazetteer_expanded())
    assert {acronym_key(row["acronym"]) for row in rows()} & expanded == {"URSSAF"}


def test_everyday_acronyms_have_an_expansion() -> None:
    curated = {acronym_key(row["acronym"]) for row in rows()}
    expanded = set(gazetteer_expanded())
    missing = [a for a in EVERYDAY if acronym_key(a) not in curated | expanded]
    assert not missing, missing


def test_press_title_case_forms_are_known() -> None:
    written = {row["acronym"] for row in rows()}
    expanded = set(gazetteer_expanded())
    for form in TITLE_CASE_FORMS:
        assert token_shape(form) == "title", form
        assert form in written or acronym_key(form) in expanded, form


def test_syllabic_acronyms_expand_to_the_official_name() -> None:
    expanded = gazetteer_expanded()
    names = {form: expanded.get(acronym_key(form)) for form in SYLLABIC}
    assert names == {
        "Europol": "Agence de l'Union européenne pour la coopération des services répressifs",
        "Eurojust": "Agence de l'Union européenne pour la coopération judiciaire en matière pénale",
        "Interpol": "Organisation internationale de police criminelle",
        "Frontex": "Agence européenne de garde-frontières et de garde-côtes",
    }


def test_senses_of_one_acronym_are_distinct() -> None:
    """Several rows of one acronym are several meanings (CA: cour d'appel, chiffre d'affaires, conseil
    d'administration), never one meaning written twice (case, accents or punctuation aside)."""
    by_key: dict[str, list[str]] = {}
    for row in rows():
        by_key.setdefault(acronym_key(row["acronym"]), []).append(acronym_key(row["expansion"]))
    repeated = {key: folded for key, folded in by_key.items() if len(set(folded)) != len(folded)}
    assert not repeated, repeated
    assert [len(by_key[key]) for key in ("CA", "CP", "CADA", "CNAM", "SPF")] == [3, 3, 2, 2, 2]


def test_loaded_before_the_imported_dictionary_and_not_as_a_gazetteer() -> None:
    assert [path.name for path in default_dictionary_files()] == ["acronyms_common.csv", "acronyms.csv"]
    assert PATH not in default_gazetteer_files()
    assert all(Path(path).exists() for path in default_dictionary_files())
