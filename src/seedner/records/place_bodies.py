"""Organisations named after their territory, which the model takes for places.

``Région Nouvelle-Aquitaine``, ``Toulouse Métropole``, ``Muretain Agglo``, ``Université Grenoble
Alpes``, ``Parc national des Cévennes``, ``Stade toulousain``: the place in the name makes the model say
LOC.  A model place of two words or more, one of which is a word for a body (capitalised, as names
write it), is the body: ORG.
"""

from __future__ import annotations

import re
from dataclasses import replace

from seedner.records.mentions import Mention, not_given_by_data, with_found

# Words for bodies that names built on a place carry, as those names write them.
BODY_WORDS = frozenset(
    {
        "Région",
        "Département",
        "Métropole",
        "Agglo",
        "Agglomération",
        "Communauté",
        "Université",
        "Parc",
        "Port",
        "Stade",
        "Racing",
        "Olympique",
        "Conservatoire",
        "Syndicat",
        "Conseil",
        "Institut",
        "Agence",
        "Office",
        "Musée",
        "Hôpital",
        "Clinique",
        "Lycée",
        "Collège",
        "École",
        "Tribunal",
        "Cour",
        "Mairie",
        "Préfecture",
    }
)


_ARTICLES = frozenset({"Le", "La", "Les", "L'", "L’"})


def place_bodies(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model place whose name holds a word for a body relabelled ORG."""
    return [replace(mention, label="ORG") if _names_a_body(mention) else mention for mention in mentions]


def _names_a_body(mention: Mention) -> bool:
    if mention.label != "LOC" or mention.source != "model" or mention.acronym:
        return False
    words = [word for word in mention.text.split() if word not in _ARTICLES]  # Le Port is a town
    return len(words) > 1 and not BODY_WORDS.isdisjoint(words)


# Intercommunal bodies named after their town, their word last: "Nantes Métropole", "Grand Besançon
# Métropole", "Montpellier Méditerranée Métropole", "Muretain Agglo".
_NAMED_METROPOLE = re.compile(
    r"(?<![\w'’-])(?!(?:Le|La|Les|En|Au|Aux|Du|De|Des|Dans|Pour|Par|Sur|Et|Un|Une|Cette|Ce)\s)"
    r"(?:Grand\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}\s+(?:Métropole|Agglo)(?![\w'’-])"
)


def named_metropoles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each intercommunal body named "TOWN Métropole" or "… Agglo" as one ORG mention,
    in place of the model's mentions inside it or across it (the gazetteer's stay)."""
    if "Métropole" not in text and "Agglo" not in text:
        return mentions
    found = [(m.start(), m.end()) for m in _NAMED_METROPOLE.finditer(text)]
    return with_found(text, mentions, not_given_by_data(found, mentions), "ORG")
