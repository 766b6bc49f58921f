"""Where the data shipped with seedner lives, in a wheel or in a source checkout."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

GAZETTEER_SUFFIXES = (".yaml", ".yml", ".csv")
DICTIONARY_FILENAME = "acronyms.csv"
COMMON_DICTIONARY_FILENAME = "acronyms_common.csv"
# Acronym dictionaries, not entity gazetteers; the curated one first, so its wording wins.
DICTIONARY_FILENAMES = (COMMON_DICTIONARY_FILENAME, DICTIONARY_FILENAME)


def gazetteer_dir() -> Path:
    """The directory of the default gazetteers.

    A wheel carries them as ``seedner/gazetteers``; an editable install of a
    checkout reads them from the repository's top-level ``gazetteers/``.
    """
    packaged = Path(str(resources.files("seedner"))) / "gazetteers"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "gazetteers"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("the default gazetteers are missing from this installation")


def default_gazetteer_files() -> list[Path]:
    """Entity gazetteer files shipped with seedner (the acronym dictionary excluded)."""
    folder = gazetteer_dir()
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix in GAZETTEER_SUFFIXES and path.name not in DICTIONARY_FILENAMES
    )


def default_dictionary_file() -> Path:
    """The imported acronym dictionary (several senses per acronym)."""
    return gazetteer_dir() / DICTIONARY_FILENAME


def default_dictionary_files() -> list[Path]:
    """The acronym dictionaries the pipeline loads: the curated common acronyms, then the imported one."""
    folder = gazetteer_dir()
    return [folder / name for name in DICTIONARY_FILENAMES]


def user_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/seedner`` (or ``~/.cache/seedner``): what start-up keeps between runs."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "seedner"
