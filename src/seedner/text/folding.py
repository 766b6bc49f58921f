"""Folding and keys: the one home of every case- and accent-insensitive comparison.

Each function answers a different question, so each has its own name:

- :func:`fold` keeps the length (offsets found in the folded text hold in the original);
- :func:`unaccent` keeps the case (the gazetteer tells ``Nord`` from ``nord``);
- :func:`casefold_key` compares words against word lists;
- :func:`name_key` compares names and long forms (hyphens, spacing and final punctuation ignored);
- :func:`expansion_key` compares expansions as the annotation guidelines do (a leading article ignored);
- :func:`acronym_key` makes ``Oltim``, ``OLTIM`` and ``O.L.T.I.M.`` one acronym.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "’‘ʼ´`′"
_STRAIGHT_APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
_SPACES_AND_HYPHENS = re.compile(r"[\s\-]+")
_LEADING_ARTICLE = re.compile(r"^(l'|la |le |les )")
_NOT_IN_ACRONYM_KEY = re.compile(r"[^\w&]|_")  # \w is what str.isalnum() accepts, plus "_"


def _fold_char(char: str) -> str:
    special = {"œ": "o", "æ": "a", "’": "'", "‘": "'", "ß": "s"}
    base = unicodedata.normalize("NFKD", char.lower())[:1] or char
    folded = special.get(char.lower(), base)
    return folded if len(folded) == 1 else char


_FOLD_TABLE = {code: _fold_char(chr(code)) for code in range(0x250)} | {0x2019: "'", 0x2018: "'"}


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` of the same length, so offsets carry over (``É`` = ``e``)."""
    return text.translate(_FOLD_TABLE)


def unaccent(text: str) -> str:
    """Accents and ligatures removed, apostrophes straightened; case is kept (length may change)."""
    text = text.translate(_STRAIGHT_APOSTROPHES)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(_LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _without_marks(text: str) -> str:
    if text.isascii():
        return text.casefold()  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@lru_cache(maxsize=65_536)  # surfaces recur across the documents of a corpus
def casefold_key(text: str) -> str:
    """Accent-free, case-folded ``text`` without its outer spaces: for word-list membership."""
    return _without_marks(text.strip())


@lru_cache(maxsize=65_536)  # names recur across the documents of a corpus
def name_key(text: str) -> str:
    """Case-, accent-, apostrophe- and hyphen-insensitive key of a name."""
    stripped = _without_marks(text).replace("’", "'").replace("‘", "'")
    return _SPACES_AND_HYPHENS.sub(" ", stripped).strip(" .,;")


def expansion_key(text: str | None) -> str:
    """:func:`name_key` without a leading article: how the gold guidelines compare expansions."""
    return _LEADING_ARTICLE.sub("", name_key(text or ""))


@lru_cache(maxsize=65_536)  # asked for every capitalised word of every text
def acronym_key(text: str) -> str:
    """One key for all casings and punctuations of an acronym: ``Oltim``, ``S.N.C.F.``, ``DGFiP``.

    Letters, digits and ``&`` count (``R&D`` is not ``RD``); ligatures fold to their first letter.
    """
    return _NOT_IN_ACRONYM_KEY.sub("", fold(text).upper())
