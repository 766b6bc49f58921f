"""Functions are not organisations, and people hold functions.

``ministre de l'Intérieur``, ``préfet de police``, ``procureur de la République``, ``garde des Sceaux`` name
a function: the model often takes them, or the portfolio after them (``Comptes publics``), for an
organisation.  Such mentions go, except that a role that carries a place gives that place
(``préfet du Finistère`` -> ``Finistère``, LOC).  A person named in apposition to a role
(``le procureur de Paris, Laure Beccuau`` / ``Laure Beccuau, procureure de Paris``) gets that role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from seedner.records.mentions import Mention, collapse_spaces

# Functions that name a person, never a body (``ministère`` and ``préfecture`` are bodies).
_ROLE = (
    r"(?:(?:premi[eè]re?\s+)?ministre|secr[ée]taire\s+d['’][ée]tat|garde\s+des\s+sceaux|sous-pr[ée]f[eè]te?|"
    r"pr[ée]f[eè]te?|procureure?|avocate?\s+g[ée]n[ée]ral(?:e)?|juge|maire|adjointe?\s+au\s+maire|"
    r"pr[ée]sidente?|vice-pr[ée]sidente?|directeur|directrice|secr[ée]taire\s+g[ée]n[ée]ral(?:e)?|"
    r"commissaire|d[ée]put[ée]e?|s[ée]nateur|s[ée]natrice|ambassadeur|ambassadrice|consul|"
    r"conseill[eè]re?|porte-parole|chef|cheffe|responsable|inspecteur|inspectrice|g[ée]n[ée]ral|colonel|"
    r"capitaine|lieutenant|commandant|substitut|greffi[eè]re?|bâtonni[eè]re?|rapporteure?|d[ée]l[ée]gu[ée]e?|"
    r"homologue|assesseure?|magistrate?)"
)
_OF = r"(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|de\s+|du\s+|des\s+|à\s+la\s+|aux?\s+)"
# A mention that is a function: ``ministre de l'Intérieur``, ``Le garde des Sceaux``.
_IS_ROLE = re.compile(rf"^(?:(?:le|la|les|l['’])\s*)?{_ROLE}\b", re.IGNORECASE)
# The end of a function just before a mention: ``la ministre chargée des`` + ``Comptes publics``.
_ROLE_BEFORE = re.compile(
    rf"\b{_ROLE}(?:\s+(?:d['’][ée]tat|d[ée]l[ée]gu[ée]e?|charg[ée]e?|g[ée]n[ée]ral(?:e)?|adjointe?))?"
    rf"(?:\s+{_OF}[^,.;:()\n]{{0,60}}?\s+et)?\s+{_OF}$",
    re.IGNORECASE,
)
# A function that carries a place: ``préfet du Finistère``, ``maire de Lognes``.
_ROLE_OF_PLACE = re.compile(
    rf"^(?:(?:le|la|l['’])\s*)?(?:sous-pr[ée]f[eè]te?|pr[ée]f[eè]te?|maire|procureure?(?:\s+de\s+la\s+r[ée]publique)?)"
    rf"\s+(?:{_OF}|près\s+le\s+tribunal\s+\w+\s+de\s+)(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)
_KEEPER_OF_THE_SEALS = re.compile(r"\bgarde\s+des\s+$", re.IGNORECASE)
# A function in apposition to a person, before (``le procureur de Paris, Laure Beccuau``) or after it.
_ROLE_PHRASE = rf"{_ROLE}\b[^,.;:()\n«»\"]{{0,80}}?"
_ROLE_BEFORE_NAME = re.compile(rf"(?:^|[\s(])(?:(?:le|la|l['’])\s*)?({_ROLE_PHRASE}),\s*$", re.IGNORECASE)
_ROLE_AFTER_NAME = re.compile(rf"^,\s*((?:l['’]|le|la)?\s*{_ROLE_PHRASE})(?=\s*[,.;:)\n]|$)", re.IGNORECASE)


def without_roles(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions with functions taken out: a model mention that is a function, or an organisation that
    is the portfolio of one, goes; one that carries a place becomes that place."""
    kept = []
    for mention in mentions:
        if mention.text == "Sceaux" and _KEEPER_OF_THE_SEALS.search(_before(text, mention)):
            continue  # garde des Sceaux: the minister of justice, not the town
        if mention.label != "PER" and mention.source == "model" and not mention.acronym:
            place = _role_of_place_end(mention.text)
            if place is not None:
                start = mention.start + place
                surface = text[start : mention.end]
                kept.append(replace(mention, start=start, text=surface, label="LOC", canonical=""))
                continue
            if _is_role(mention.text) or (mention.label == "ORG" and _portfolio(_before(text, mention))):
                continue
        kept.append(mention)
    return kept


@lru_cache(maxsize=65_536)  # surfaces recur across the documents of a corpus
def _role_of_place_end(surface: str) -> int | None:
    """Where the place of a function that carries one begins (``préfet du `` + ``Finistère``)."""
    place = _ROLE_OF_PLACE.match(surface)
    return None if place is None else place.end()


@lru_cache(maxsize=65_536)
def _is_role(surface: str) -> bool:
    return _IS_ROLE.match(surface) is not None


def _before(text: str, mention: Mention) -> str:
    return text[max(0, mention.start - 120) : mention.start]


def _portfolio(before: str) -> bool:
    """Whether the text ``before`` an organisation ends with a function that makes it a portfolio
    (``la ministre chargée des`` + ``Comptes publics``); its last word is tested first."""
    if not before.rstrip()[-3:].lower().endswith(_OF_LAST_WORDS):
        return False
    clause = max(map(before.rfind, _NOT_IN_A_PORTFOLIO)) + 1  # the match holds none of them
    return _ROLE_BEFORE.search(before, clause) is not None


def with_roles(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    """People named in apposition to a function, with that function as ``role``."""
    result = []
    for mention in mentions:
        if mention.label == "PER":
            role = _role_of(text, mention)
            if role is not None:
                mention = replace(mention, role=role)
        result.append(mention)
    return result


def _role_of(text: str, mention: Mention) -> str | None:
    line_start = text.rfind("\n", 0, mention.start) + 1
    window = text[max(line_start, mention.start - 100) : mention.start]
    if window.rstrip().endswith(","):  # what the search below needs, tested first: few names have it
        before = _ROLE_BEFORE_NAME.search(window)
        if before is not None:
            return collapse_spaces(before.group(1))
    if text[mention.end : mention.end + 1] != ",":
        return None
    line_end = text.find("\n", mention.end)
    after = _ROLE_AFTER_NAME.match(text[mention.end : mention.end + 100 if line_end < 0 else line_end])
    if after is not None:
        return collapse_spaces(after.group(1))
    return None


_NOT_IN_A_PORTFOLIO = tuple(",.;:()")
# The last words ``_OF`` may end with: what ``_ROLE_BEFORE`` needs, tested first (one mention in many).
_OF_LAST_WORDS = ("de", "du", "des", "la", "l'", "l’", "d'", "d’", "au", "aux")
