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
        before = text[max(0, mention.start - 120) : mention.start]
        if mention.text == "Sceaux" and _KEEPER_OF_THE_SEALS.search(before):
            continue  # garde des Sceaux: the minister of justice, not the town
        if mention.label != "PER" and mention.source == "model" and not mention.acronym:
            place = _ROLE_OF_PLACE.match(mention.text)
            if place is not None:
                start = mention.start + place.end()
                surface = text[start : mention.end]
                kept.append(replace(mention, start=start, text=surface, label="LOC", canonical=""))
                continue
            if _IS_ROLE.match(mention.text) or (mention.label == "ORG" and _ROLE_BEFORE.search(before)):
                continue
        kept.append(mention)
    return kept


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
    before = _ROLE_BEFORE_NAME.search(text[max(line_start, mention.start - 100) : mention.start])
    if before is not None:
        return collapse_spaces(before.group(1))
    line_end = text.find("\n", mention.end)
    after = _ROLE_AFTER_NAME.match(text[mention.end : mention.end + 100 if line_end < 0 else line_end])
    if after is not None:
        return collapse_spaces(after.group(1))
    return None
