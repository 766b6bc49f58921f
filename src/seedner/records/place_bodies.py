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


# Nouns that open the names of associations and bodies (``Association pour la sauvegarde du Ried de
# l'Ill``, ``Syndicat mixte du bassin de l'Orne``), whose complement the model often leaves out.
_BODY_NOUNS = (
    "Association|Fédération|Syndicat|Comité|Union|Collectif|Centre|Institut|Office|Agence|Fondation|"
    "Conservatoire|Observatoire|Maison|Musée|Université|École|Académie|Communauté|Chambre|Commission|"
    "Coordination|Amicale|Ligue|Groupement|Mutuelle|Caisse|Établissement|ASSOCIATION|FÉDÉRATION|SYNDICAT|"
    "COMITÉ|UNION|COLLECTIF|FONDATION"
)
_BODY_START = re.compile(rf"(?:{_BODY_NOUNS})\b")
_OF = r"(?:de[^\S\n]+la|de[^\S\n]+l['’]|d['’]|de|du|des|DE[^\S\n]+LA|DE[^\S\n]+L['’]|D['’]|DE|DU|DES)"
# de/du/des, maybe a common noun and another de (``du bassin de``), then capitalised words.
_COMPLEMENT = re.compile(
    rf"[^\S\n]+{_OF}[^\S\n]*(?<=['’\s])(?:[a-zà-ÿ][\w'’-]*[^\S\n]+{_OF}[^\S\n]*(?<=['’\s])){{0,2}}"
    r"[A-ZÀ-Þ][\w'’-]*(?:[^\S\n]+[A-ZÀ-Þ][\w'’-]*)*"
)


def body_complements(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model organisation that a body noun opens taking the capitalised
    complements after it on its line (``Association pour la sauvegarde`` + ``du Ried de l'Ill``), in
    place of the mentions inside them."""
    found = []
    for mention in mentions:
        if mention.label != "ORG" or mention.source != "model" or mention.acronym:
            continue
        if not _BODY_START.match(mention.text):
            continue
        end = mention.end
        while (complement := _COMPLEMENT.match(text, end)) is not None:
            end = complement.end()
        if end > mention.end:
            found.append((mention.start, end))
    return with_found(text, mentions, not_given_by_data(found, mentions), "ORG") if found else mentions
