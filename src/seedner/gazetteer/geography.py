"""Where a French place lies: its département and region, read from its INSEE id, and the numbers
that name a département in a text (``Saint-Denis (93)``, ``93200 Saint-Denis``).

Pure functions of strings, without spaCy.  A place's *areas* are keys such as ``dep:93`` and
``reg:11``: a commune lies in its département and that département's region (``insee.com.93066``:
``dep:93``, ``reg:11``), a département in itself and its region, a region in itself, an overseas
collectivity in itself (``insee.comer.975``: ``dep:975``, as INSEE numbers them like départements).
Entries of other ids (countries, user entries) lie nowhere known.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Département -> region, from the Etalab ``decoupage-administratif`` package (regions of 2016);
# tests/gazetteer/test_geography.py checks it against the package when ../shared is there.
_REGIONS = """
01:84 02:32 03:84 04:93 05:93 06:93 07:84 08:44 09:76 10:44 11:76 12:76 13:93 14:28 15:84 16:75
17:75 18:24 19:75 21:27 22:53 23:75 24:75 25:27 26:84 27:28 28:24 29:53 2A:94 2B:94 30:76 31:76
32:76 33:75 34:76 35:53 36:24 37:24 38:84 39:27 40:75 41:24 42:84 43:84 44:52 45:24 46:76 47:75
48:76 49:52 50:28 51:44 52:44 53:52 54:44 55:44 56:53 57:44 58:27 59:32 60:32 61:28 62:32 63:84
64:75 65:76 66:76 67:44 68:44 69:84 70:27 71:27 72:52 73:84 74:84 75:11 76:28 77:11 78:11 79:75
80:32 81:76 82:76 83:93 84:93 85:52 86:75 87:75 88:44 89:27 90:27 91:11 92:11 93:11 94:11 95:11
971:01 972:02 973:03 974:04 976:06
"""
DEPARTEMENT_REGIONS: dict[str, str] = dict(pair.split(":") for pair in _REGIONS.split())
# The overseas collectivities (INSEE "COMER"): numbered like départements, in no region.
COLLECTIVITIES = frozenset({"975", "977", "978", "984", "986", "987", "988", "989"})
DEPARTEMENTS = frozenset(DEPARTEMENT_REGIONS) | COLLECTIVITIES

# A département number in parentheses, as the press writes it after a commune: "Saint-Denis (93)".
_NUMBER_IN_PARENTHESES = re.compile(r"\((\d{2,3}|2[AB])\)")
# A postcode: five digits alone (not "15 000", not part of a longer number), in parentheses or
# before a capitalised word, as in an address ("93200 Saint-Denis") or "Saint-Denis (93200)".
_POSTCODE = re.compile(r"(?<![\w.,/-])(?<!\d )(?<!\d\u00a0)(?<!\d\u202f)(\d{5})(?=\)|\s+[A-ZÀ-Þ])")
DEPARTEMENT, REGION = "dep:", "reg:"


class Clue(NamedTuple):
    """Characters ``start:end`` of a text that name ``areas`` (a département, a region, a place)."""

    start: int
    end: int
    areas: frozenset[str]


@lru_cache(maxsize=4096)
def areas_of(entry_id: str) -> frozenset[str]:
    """The areas of a gazetteer entry, from its INSEE id; none for other ids."""
    kind, _, code = entry_id.rpartition(".")
    if kind == "insee.com":
        return departement_areas(commune_departement(code))
    if kind in ("insee.dep", "insee.comer"):
        return departement_areas(code)
    if kind == "insee.reg":
        return frozenset({REGION + code})
    return frozenset()


def commune_departement(code: str) -> str:
    """The département of a commune's INSEE code: ``93066`` -> ``93``, ``97411`` -> ``974``."""
    return code[:3] if code.startswith(("97", "98")) else code[:2]


def departement_areas(code: str) -> frozenset[str]:
    """A département's areas: itself and its region (none for an unknown number)."""
    if code not in DEPARTEMENTS:
        return frozenset()
    region = DEPARTEMENT_REGIONS.get(code)
    return frozenset({DEPARTEMENT + code, REGION + region} if region else {DEPARTEMENT + code})


def postcode_departements(postcode: str) -> tuple[str, ...]:
    """The départements a postcode may lie in: ``93200`` -> ``93``, ``97400`` -> ``974``; Corsica's
    ``20xxx`` -> ``2A`` (200, 201) or ``2B`` (202, 206); none for a number no département has."""
    if postcode.startswith("20"):
        return ("2A",) if postcode[2] in "01" else ("2B",) if postcode[2] in "26" else ()
    code = postcode[:3] if postcode.startswith(("97", "98")) else postcode[:2]
    return (code,) if code in DEPARTEMENTS else ()


def number_clues(text: str) -> list[Clue]:
    """The département numbers of ``text``: ``(93)``, ``(2A)``, ``(974)`` and postcodes."""
    clues = []
    for match in _NUMBER_IN_PARENTHESES.finditer(text):
        areas = departement_areas(match.group(1))
        if areas:
            clues.append(Clue(match.start(), match.end(), areas))
    for match in _POSTCODE.finditer(text):
        codes = postcode_departements(match.group(1))
        if codes:
            areas = frozenset().union(*(departement_areas(code) for code in codes))
            clues.append(Clue(match.start(), match.end(), areas))
    return sorted(clues)
