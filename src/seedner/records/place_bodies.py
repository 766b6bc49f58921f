"""Organisations named after their territory, which the model takes for places.

``Région Nouvelle-Aquitaine``, ``Toulouse Métropole``, ``Muretain Agglo``, ``Université Grenoble
Alpes``, ``Parc national des Cévennes``, ``Stade toulousain``: the place in the name makes the model say
LOC.  A model place of two words or more, one of which is a word for a body (capitalised, as names
write it), is the body: ORG.
"""

from __future__ import annotations

from dataclasses import replace

from seedner.records.mentions import Mention

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


def place_bodies(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model place whose name holds a word for a body relabelled ORG."""
    return [replace(mention, label="ORG") if _names_a_body(mention) else mention for mention in mentions]


def _names_a_body(mention: Mention) -> bool:
    if mention.label != "LOC" or mention.source != "model" or mention.acronym:
        return False
    words = mention.text.split()
    return len(words) > 1 and not BODY_WORDS.isdisjoint(words)
