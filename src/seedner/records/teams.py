"""Teams named by their town: ``Le Portel renverse Cholet``, ``Clermont, qui recevra l'Aviron bayonnais``.

Sports reports name a club by its town once they have named it in full (``ESSM Le Portel``, ``Cholet
Basket``, ``ASM Clermont Auvergne``).  The model reads the town alone as a place; in a report on a
match, the town of a club the document names is the club, but where a place preposition or a dateline
makes it the town (``à Cholet``, ``Le Portel. Menés de douze points…``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from seedner.records.mentions import Mention
from seedner.text.folding import fold

# Words of a club's name besides its town (folded): ``Cholet Basket``, ``Stade rochelais``, ``FC Nantes``.
_CLUB_WORDS_TEXT = """
    basket basketball rugby foot football handball hand volley volleyball hockey club stade racing olympique
    sporting athletic union fc ac as us sc rc ogc es esm essm asm sm hb bb vb xv"""
_CLUB_WORDS = frozenset(_CLUB_WORDS_TEXT.split())
# What a report on a match says; two of them make one.
_SPORTS_WORDS = (
    "match",
    "championnat",
    "journée",
    "victoire",
    "défaite",
    "entraîneur",
    "coach",
    "score",
    "essai",
    "buzzer",
    "classement",
    "saison",
    "Top 14",
    "Pro D2",
    "Ligue 1",
    "Ligue 2",
    "Betclic",
    "derby",
    "quart-temps",
    "mi-temps",
    "supporters",
)
_SPORTS = re.compile(r"\b(?:" + "|".join(map(re.escape, _SPORTS_WORDS)) + r")\b", re.IGNORECASE)
# The same words without their first letter, whatever its case: a cheap test first.
_SPORTS_STEMS = tuple(word[1:] for word in _SPORTS_WORDS)
# A place preposition or article before the town makes it the town: ``à Cholet``, ``près de Pau``.
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:à|au|en|vers|depuis|près\s+de|de|d['’]|du|par|sur|dans|quitté|rejoint)\s*)\Z", re.IGNORECASE
)
# A dateline: the town at a paragraph's start, then a full stop or a comma.
_DATELINE_AFTER = re.compile(r"\s*[.,(–—-]")


def town_teams(text: str, mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` with each place that is the town of a club named in the document, used as the club,
    relabelled ORG (module docstring); a club's acronym before its town makes one name with it (``l'ESSM
    Le Portel``), the acronym returned apart, to be nested in it."""
    if not any(m.label == "LOC" for m in mentions):
        return list(mentions), []
    if not (_club_towns(mentions) or _acronym_before_place(text, mentions)) or not _two_sports_words(text):
        return list(mentions), []
    mentions, acronyms = _acronym_and_town(text, mentions)
    towns = _club_towns(mentions)
    teams = [
        replace(mention, label="ORG", canonical="", id=None)
        if mention.label == "LOC" and fold(mention.text) in towns and _used_as_a_team(text, mention)
        else mention
        for mention in mentions
    ]
    return teams, acronyms


def _two_sports_words(text: str) -> bool:
    if not any(stem in text for stem in _SPORTS_STEMS):
        return False
    found = _SPORTS.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


def _acronym_before_place(text: str, mentions: Sequence[Mention]) -> bool:
    return any(
        before.acronym and after.label == "LOC" and text[before.end : after.start] == " "
        for before, after in pairwise(mentions)
    )


def _acronym_and_town(text: str, mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A club's acronym and its town side by side (``ESSM Le Portel``) as one organisation."""
    kept: list[Mention] = []
    acronyms: list[Mention] = []
    for mention in mentions:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.acronym
            and last.label in ("ORG", "MISC")
            and mention.label == "LOC"
            and text[last.end : mention.start] == " "
        ):
            kept[-1] = Mention(last.start, mention.end, text[last.start : mention.end], "ORG", canonical="")
            acronyms.append(replace(last, label="MISC"))
            continue
        kept.append(mention)
    return kept, acronyms


def _club_towns(mentions: Sequence[Mention]) -> set[str]:
    """The towns in the names of the clubs among ``mentions``: the places also named in an organisation
    whose other words include a club word."""
    places = {fold(m.text) for m in mentions if m.label == "LOC"}
    towns: set[str] = set()
    for mention in mentions:
        if mention.label != "ORG":
            continue
        words = [fold(word) for word in re.findall(r"[\w'’-]+", mention.text)]
        if not any(word in _CLUB_WORDS or word.isdigit() for word in words):
            continue
        for size in (3, 2, 1):
            for at in range(len(words) - size + 1):
                name = " ".join(words[at : at + size])
                if name in places:
                    towns.add(name)
    return towns


def _used_as_a_team(text: str, mention: Mention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    if _PLACE_BEFORE.search(text, max(line_start, mention.start - 20), mention.start):
        return False
    dateline = not text[line_start : mention.start].strip()
    return not (dateline and _DATELINE_AFTER.match(text, mention.end))
