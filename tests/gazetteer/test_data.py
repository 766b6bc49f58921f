"""Consistency checks for the curated gazetteer data files.

Only PyYAML and the standard library are used, so these tests run without the package installed.
"""

import csv
import re
import unicodedata
from collections import defaultdict

import pytest
import yaml

from tests.conftest import REPO

GAZ_DIR = REPO / "gazetteers"
FILES = ("agencies.yaml", "companies.yaml", "clubs.yaml", "media.yaml", "countries.yaml")

REQUIRED = {"id": str, "label": str, "name": str, "category": str, "source": str}
OPTIONAL_LISTS = ("aliases", "acronyms")
ALLOWED_KEYS = set(REQUIRED) | set(OPTIONAL_LISTS) | {"population"}

# Bare generic words that must never be a name or an alias on their own.
GENERIC_DENY = {
    "police",
    "gendarmerie",
    "douane",
    "douanes",
    "justice",
    "armee",
    "prefecture",
    "etat",
    "gouvernement",
}

# Acronyms whose title-case form is an everyday French word that starts sentences.
TITLE_CASE_DENY = {
    "les",
    "des",
    "mes",
    "ses",
    "ces",
    "son",
    "sur",
    "est",
    "car",
    "par",
    "art",
    "une",
    "aux",
    "pas",
    "mais",
    "ont",
    "qui",
    "que",
    "elle",
    "nous",
    "vous",
    "tout",
    "plus",
}


def fold(text):
    """Fold case, accents, apostrophe style and hyphen/space variants, like the matcher does."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("`", "'")
    text = re.sub(r"[\u2010-\u2015-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.casefold()


def readme_vocabulary():
    readme = (GAZ_DIR / "README.md").read_text(encoding="utf-8")
    label_row = next(line for line in readme.splitlines() if line.startswith("| `label`"))
    labels = set(re.findall(r"`([A-Z]+)`", label_row))
    match = re.search(r"Categories:(.*?)(?:\n\s*\n)", readme, re.S)
    assert match, "no 'Categories:' paragraph in gazetteers/README.md"
    categories = set(re.findall(r"`([a-z_]+)`", match.group(1)))
    return labels, categories


LABELS, CATEGORIES = readme_vocabulary()


def load(name):
    with open(GAZ_DIR / name, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, list), f"{name}: top level must be a list of mappings"
    return data


@pytest.fixture(scope="module")
def data():
    return {name: load(name) for name in FILES}


@pytest.fixture(scope="module")
def entries(data):
    return [(name, entry) for name in FILES for entry in data[name]]


def surface_forms(entry):
    return [entry["name"], *entry.get("aliases", [])]


def test_readme_vocabulary_parsed():
    assert {"ORG", "LOC", "PER", "MISC"} <= LABELS
    assert {"ministry", "agency", "media", "country", "place", "eu_body"} <= CATEGORIES


def test_required_fields_and_types(entries):
    problems = []
    for name, entry in entries:
        if not isinstance(entry, dict):
            problems.append(f"{name}: entry is not a mapping: {entry!r}")
            continue
        where = f"{name}:{entry.get('id', '?')}"
        for key, typ in REQUIRED.items():
            value = entry.get(key)
            if not isinstance(value, typ) or not value.strip():
                problems.append(f"{where}: field {key!r} missing or not a non-empty {typ.__name__}")
            elif value != value.strip():
                problems.append(f"{where}: field {key!r} has surrounding whitespace")
        for key in OPTIONAL_LISTS:
            if key not in entry:
                continue
            value = entry[key]
            if not isinstance(value, list):
                problems.append(f"{where}: {key!r} must be a list")
                continue
            for item in value:
                if not isinstance(item, str) or not item.strip() or item != item.strip():
                    problems.append(f"{where}: bad item in {key!r}: {item!r}")
            if len(set(value)) != len(value):
                problems.append(f"{where}: repeated item in {key!r}")
        if "population" in entry and not isinstance(entry["population"], int):
            problems.append(f"{where}: 'population' must be an integer")
        unknown = set(entry) - ALLOWED_KEYS
        if unknown:
            problems.append(f"{where}: unknown fields {sorted(unknown)}")
    assert not problems, "\n".join(problems)


def test_ids_unique_across_files(entries):
    seen = {}
    dups = []
    for name, entry in entries:
        if entry["id"] in seen:
            dups.append(f"{entry['id']} in {seen[entry['id']]} and {name}")
        seen[entry["id"]] = name
    assert not dups, "\n".join(dups)


def test_labels_and_categories_in_vocabulary(entries):
    bad = [
        f"{name}:{e['id']}: label={e['label']!r} category={e['category']!r}"
        for name, e in entries
        if e["label"] not in LABELS or e["category"] not in CATEGORIES
    ]
    assert not bad, "\n".join(bad)


def test_file_specific_labels_and_categories(data):
    assert all(e["label"] == "ORG" for e in data["agencies.yaml"])
    assert all(e["label"] == "ORG" and e["category"] == "company" for e in data["companies.yaml"])
    assert all(e["label"] == "ORG" and e["category"] == "sports_club" for e in data["clubs.yaml"])
    assert all(e["label"] == "ORG" and e["category"] == "media" for e in data["media.yaml"])
    for e in data["countries.yaml"]:
        assert e["label"] == "LOC", e["id"]
        assert e["category"] in {"country", "place"}, e["id"]
        if e["category"] == "country":
            assert re.fullmatch(r"iso\.[A-Z]{2}", e["id"]), e["id"]
        else:
            assert e["id"].startswith("geo."), e["id"]


def test_agencies_size(data):
    assert len(data["agencies.yaml"]) >= 400


def test_un_members_present(data):
    countries = [e for e in data["countries.yaml"] if e["category"] == "country"]
    # 193 UN member states plus a handful of other states and territories.
    assert len(countries) >= 193


def test_all_sources_curated(entries):
    assert {e["source"] for _, e in entries} == {"curated"}


def test_no_generic_word_as_name_or_alias(entries):
    bad = [
        f"{name}:{e['id']}: {form!r}"
        for name, e in entries
        for form in surface_forms(e)
        if fold(form) in GENERIC_DENY
    ]
    assert not bad, "\n".join(bad)


def test_acronyms_not_lower_case(entries):
    bad = [
        f"{name}:{e['id']}: {acro!r}"
        for name, e in entries
        for acro in e.get("acronyms", [])
        if acro == acro.lower() or " " in acro
    ]
    assert not bad, "\n".join(bad)


def test_acronyms_not_common_words_in_title_case(entries):
    bad = [
        f"{name}:{e['id']}: {acro!r}"
        for name, e in entries
        for acro in e.get("acronyms", [])
        if fold(acro) in TITLE_CASE_DENY
    ]
    assert not bad, "\n".join(bad)


def test_no_duplicate_surface_forms_between_org_entries(entries):
    owners = defaultdict(set)
    for _name, e in entries:
        if e["label"] != "ORG":
            continue
        for form in surface_forms(e):
            owners[fold(form)].add(e["id"])
    pairs = sorted(f"{form!r}: {sorted(ids)}" for form, ids in owners.items() if len(ids) > 1)
    assert not pairs, "same name/alias on several ORG entries:\n" + "\n".join(pairs)


def test_no_acronym_shared_between_org_entries(entries):
    owners = defaultdict(set)
    for _name, e in entries:
        if e["label"] != "ORG":
            continue
        for acro in e.get("acronyms", []):
            owners[acro.upper()].add(e["id"])
    shared = sorted(f"{acro}: {sorted(ids)}" for acro, ids in owners.items() if len(ids) > 1)
    assert not shared, "acronym on several ORG entries:\n" + "\n".join(shared)


def test_no_duplicate_surface_forms_between_loc_entries(data):
    owners = defaultdict(set)
    for e in data["countries.yaml"]:
        for form in surface_forms(e):
            owners[fold(form)].add(e["id"])
    pairs = sorted(f"{form!r}: {sorted(ids)}" for form, ids in owners.items() if len(ids) > 1)
    assert not pairs, "\n".join(pairs)


@pytest.mark.parametrize(
    "surface, expected_id",
    [
        ("ministère de l'Intérieur", "fr.min_interieur"),
        ("ministère de l'Economie", "fr.min_economie"),
        ("ministère de l’Économie et des Finances", "fr.min_economie"),
        ("ministère des Armées", "fr.min_armees"),
        ("Direction Nationale de la Police aux Frontières", "fr.dnpaf"),
        ("Office de lutte contre le trafic illicite de migrants", "fr.oltim"),
        ("Office de lutte contre le trafic de migrants", "fr.oltim"),
        ("Traitement du renseignement et action contre les circuits financiers clandestins", "fr.tracfin"),
        ("Agence européenne de garde-frontières et de garde-côtes", "eu.frontex"),
        ("parquet de Paris", "fr.parquet.paris"),
        ("tribunal correctionnel de Paris", "fr.tj.paris"),
        ("Santé publique France", "fr.sante_publique_france"),
        ("Pôle emploi", "fr.france_travail"),
        ("Restos du cœur", "fr.restos_du_coeur"),
        ("Fondation Abbé Pierre", "fr.fondation_logement_defavorises"),
        ("SGP Police FO", "fr.unite_sgp_police_fo"),
        ("Figaro", "media.le_figaro"),
        ("Agence France-Presse", "media.afp"),
        ("Angleterre", "geo.angleterre"),
        ("Électricité de France", "fr.company.edf"),
        ("Groupe ADP", "fr.company.adp"),
        ("Réseau ferré de France", "fr.company.sncf_reseau"),
        ("Crédit lyonnais", "fr.company.lcl"),
        ("GDF Suez", "fr.company.engie"),
        ("Section paloise", "fr.club.section_paloise"),
        ("Girondins de Bordeaux", "fr.club.girondins_bordeaux"),
        ("SM Caen", "fr.club.sm_caen"),
        ("Front national", "fr.parti.rn"),
        ("Conseil général de l'environnement et du développement durable", "fr.igedd"),
        ("Agence de l'eau Rhône-Méditerranée-Corse", "fr.agence_eau_rmc"),
        ("Unédic délégation AGS", "fr.delegation_unedic_ags"),
        ("Royaume-Uni", "iso.GB"),
        ("Méditerranée centrale", "geo.mediterranee_centrale"),
    ],
)
def test_expected_surface_forms(entries, surface, expected_id):
    ids = {e["id"] for _, e in entries if fold(surface) in {fold(f) for f in surface_forms(e)}}
    assert ids == {expected_id}


@pytest.mark.parametrize(
    "acronym, expected_id",
    [
        ("TRACFIN", "fr.tracfin"),
        ("OLTIM", "fr.oltim"),
        ("DNPAF", "fr.dnpaf"),
        ("DGFiP", "fr.dgfip"),
        ("OFPRA", "fr.ofpra"),
        ("AFP", "media.afp"),
        ("RDC", "iso.CD"),
        ("Frontex", "eu.frontex"),  # a syllabic abbreviation: an acronym, not an alias
        ("Europol", "eu.europol"),
        ("Cnav", "fr.cnav"),
        ("CCMSA", "fr.ccmsa"),
        ("Medef", "fr.medef"),
        ("LDH", "fr.ldh"),
        ("EDF", "fr.company.edf"),
        ("SNCF", "fr.company.sncf"),
        ("Ifop", "fr.company.ifop"),
        ("PSG", "fr.club.psg"),
        ("USAP", "fr.club.usa_perpignan"),
        ("UBB", "fr.club.ubb"),
        ("LIOT", "fr.an.groupe_liot"),
        ("IGEDD", "fr.igedd"),
        ("AGS", "fr.ags"),
        ("FFR", "fr.ffr"),
        ("DNACG", "fr.dnacg"),
    ],
)
def test_expected_acronyms(entries, acronym, expected_id):
    ids = {e["id"] for _, e in entries if acronym in e.get("acronyms", [])}
    assert ids == {expected_id}


# One-word names of unions and associations that are common words: left out, or only in a longer name.
ORGANISATION_WORD_DENY = {"solidaires", "alliance", "unite", "aides", "sherpa", "sud"}
# Acronyms a gazetteer entry must not take: they open the names of federations and local offices (CGT
# Cheminots, MSA Portes de Bretagne) or have another everyday sense (SPF, DGS, CEF, PUI).
ACRONYM_DENY = {
    "CGT",
    "CFDT",
    "FO",
    "CFE-CGC",
    "CFTC",
    "UNSA",
    "FSU",
    "SUD",
    "MSA",
    "SPF",
    "DGS",
    "CEF",
    "PUI",
    # parties, clubs and bodies whose acronym has another everyday sense: the dictionary keeps it
    "RN",
    "PS",
    "LR",
    "LFI",
    "FN",
    "OM",
    "GDR",
    "ASM",
    "LOU",
    "ANS",
    "LNH",
    "CIO",
}


def test_organisations_are_no_common_word_alone(data):
    organisations = [e for e in data["agencies.yaml"] if e["category"] == "organisation"]
    assert len(organisations) >= 100
    bad = [
        (e["id"], form)
        for e in organisations
        for form in surface_forms(e)
        if fold(form) in ORGANISATION_WORD_DENY
    ]
    assert not bad


def test_acronyms_left_to_the_dictionary(entries):
    bad = [(e["id"], a) for _, e in entries for a in e.get("acronyms", []) if a.upper() in ACRONYM_DENY]
    assert not bad


# Words, places and surnames that must never be a company's or a club's name or alias on their own: they
# only appear inside longer names (E.Leclerc, Groupe Casino, Vinci Autoroutes, Toulouse FC).
PROPER_NAME_WORD_DENY = {
    *("orange", "total", "free", "casino", "vinci", "suez", "thales", "safran", "atos", "leclerc"),
    *("action", "legrand", "visa", "decathlon", "poste", "renaissance", "horizons", "reconquete"),
    *("democrates", "republicains", "ensemble", "racing", "stade", "olympique", "girondins", "verts"),
}


def test_companies_and_clubs_are_no_word_place_or_surname_alone(data):
    with open(GAZ_DIR / "places.csv", encoding="utf-8", newline="") as handle:
        places = {fold(row["name"]) for row in csv.DictReader(handle)}
    assert len(data["companies.yaml"]) >= 120 and len(data["clubs.yaml"]) >= 80
    bad = [
        (e["id"], form)
        for name in ("companies.yaml", "clubs.yaml", "agencies.yaml")
        for e in data[name]
        if e["category"] in {"company", "sports_club", "organisation"}
        for form in surface_forms(e)
        if fold(form) in PROPER_NAME_WORD_DENY or fold(form) in places
    ]
    assert not bad
