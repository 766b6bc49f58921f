"""The curated common press acronyms (``gazetteers/acronyms_common.csv``) keep their conventions."""

from __future__ import annotations

import csv
from pathlib import Path

import yaml

from seedner.acronyms.rules import acronym_key, is_stop_word, token_shape
from seedner.acronyms.senses import LOC_CATEGORIES, ORG_CATEGORIES
from seedner.resources import default_dictionary_files, default_gazetteer_files, gazetteer_dir

PATH = gazetteer_dir() / "acronyms_common.csv"


def rows() -> list[dict[str, str]]:
    with open(PATH, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_columns_source_and_order() -> None:
    found = rows()
    assert list(found[0]) == ["acronym", "expansion", "category", "source"]
    assert {row["source"] for row in found} == {"curated"}
    keys = [(acronym_key(row["acronym"]), row["expansion"]) for row in found]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert 150 <= len(found) <= 300


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
            assert not is_stop_word(row["acronym"]) and len(row["acronym"]) >= 4, row


def test_no_acronym_a_gazetteer_entry_expands_but_urssaf() -> None:
    """A gazetteer acronym match wins; entries named by their acronym (``BBC``) give no expansion."""
    expanded: set[str] = set()
    for path in default_gazetteer_files():
        if path.suffix == ".yaml":
            for entry in yaml.safe_load(path.read_text("utf-8")):
                name = acronym_key(entry["name"])
                expanded.update(acronym_key(a) for a in entry.get("acronyms") or () if acronym_key(a) != name)
    assert {acronym_key(row["acronym"]) for row in rows()} & expanded == {"URSSAF"}


def test_loaded_before_the_imported_dictionary_and_not_as_a_gazetteer() -> None:
    assert [path.name for path in default_dictionary_files()] == ["acronyms_common.csv", "acronyms.csv"]
    assert PATH not in default_gazetteer_files()
    assert all(Path(path).exists() for path in default_dictionary_files())
