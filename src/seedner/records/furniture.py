"""What the model takes for names in documents and is none: identifiers, numbered headings, demonyms.

Judgments, official journals and reports are full of capitalised codes the model reads as places or
organisations: article numbers (``L. 114-12-1``), case and appeal numbers (``K 24-86.517 F-D``,
``Pourvoi n° T 23-20.158``), NOR numbers (``TSSS2515234A``), roads (``A6``, ``autoroute A16``, ``N 7``),
numbered headings (``TITRE III``, ``CHAPITRE II – MESURES``).  The press names groups of people after
their country (``des Soudanais``, ``les Érythréens``): a demonym is no place.  These predicates judge a
model mention from its text alone (and the words just before it); the gazetteer's names are never judged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from seedner.records.mentions import Mention
from seedner.text.folding import fold
from seedner.text.french_words import INVARIABLE_NOUNS, THING_NOUNS

_IDENTIFIER = re.compile(
    r"(?:pourvoi\s+)?n[°o]\s*\S.*"  # numbered references: "N° 01342", "Pourvoi n° T 23-20.158"
    r"|[LRD](?:\.\s?|\s)\d+(?:-\d+)*"  # articles of a code: "L. 114-12-1", "R. 114-7", "D.123"
    r"|[A-Z]\s?\d{2}-\d{2}\.\d{3}(?:\s.*)?"  # appeal numbers of the Cour de cassation: "K 24-86.517 F-D"
    r"|[A-Z]{4}\d{7}[A-Z]"  # NOR numbers of the Journal officiel: "TSSS2515234A"
    r"|(?:\S+\s+)?[A-Z]{1,4}\.\d{3,}"  # case numbers of the European Commission: "SA.114872"
    r"|(?:(?:autoroute|route\s+nationale|route\s+départementale)\s+(?:[AN]\s?)?|R[ND]\s?|[AN]\s?)\d{1,4}",
    re.IGNORECASE,
)  # the last line: roads, "A6", "autoroute A16", "N 7", "RD 906"
_NUMBERED_HEADING = re.compile(
    r"(?:titre|chapitre|section|sous-section|livre|partie|annexe|article|tome)\s+"
    r"(?:[IVXLC]+|\d+|premier|première|unique|préliminaire)(?![\w])(?:\s*[-–—:.].*)?",
    re.IGNORECASE | re.DOTALL,
)
# Words before a noun for people counted or taken as a group: "des Soudanais", "deux Afghans".
_GROUP_DETERMINER = re.compile(
    r"(?:^|\s)(?:des|les|ces|aux|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|"
    r"nombreux|\d+)\s+$",
    re.IGNORECASE,
)
# Plural endings of demonyms that plural place names do not have (Balkans, Philippines and Ardennes do).
_DEMONYM_PLURAL = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:ais|ois|iens|éens|iennes|éennes|ains|aines|aises|oises)")


# A number given with "n°" makes a reference: "Arrêté préfectoral n° 2025-DDTM-SEB-0147".
_NUMBERED = re.compile(r"\bn[°o]\s*\S*\d")
_STREETS = frozenset({"rue", "avenue", "av.", "boulevard", "bd", "quai", "impasse", "allée", "ruelle"})
_STREET_NOUNS = "|".join(
    [*sorted(_STREETS), "place", "chemin", "cours", "square", "esplanade", "passage", "route", "parvis"]
)
_STREET_PREFIX = (
    rf"(?P<number>\b\d{{1,4}}(?:\s?(?:bis|ter|[a-d]))?,?\s+)?(?P<noun>{_STREET_NOUNS})\s+"
    r"(?P<of>de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)?"
)
_STREET = re.compile(_STREET_PREFIX, re.IGNORECASE)
_STREET_NOUN = re.compile(_STREET_NOUNS.replace(".", r"\."))  # a street noun somewhere, lower-cased text
_STREET_BEFORE = re.compile(rf"(?<![\w-]){_STREET_PREFIX}\Z", re.IGNORECASE)
_AFTER_NUMBER_SIGN = re.compile(r"\b[Nn][°º][^\S\n]*\Z")


def is_identifier(surface: str) -> bool:
    """A code, a number or a road, not a name (``L. 114-12-1``, ``K 24-86.517 F-D``, ``autoroute A16``)."""
    return any(map(str.isdigit, surface)) and _IDENTIFIER.fullmatch(surface) is not None


def is_numbered_heading(surface: str) -> bool:
    """A numbered heading of a legal text: ``TITRE III``, ``CHAPITRE II – MESURES DE RESTRICTION``."""
    return _NUMBERED_HEADING.fullmatch(surface) is not None


def is_demonym(text: str, mention: Mention) -> bool:
    """A group of people named after their country (``des Soudanais``, ``les Érythréens``), taken for a
    place."""
    return (
        mention.label == "LOC"
        and _DEMONYM_PLURAL.fullmatch(mention.text) is not None
        and _GROUP_DETERMINER.search(text, max(0, mention.start - 20), mention.start) is not None
    )


def is_reference(surface: str) -> bool:
    """A numbered act or document: ``Arrêté préfectoral n° 2025-DDTM-SEB-0147``."""
    return _NUMBERED.search(surface) is not None


def is_class_of_things(surface: str) -> bool:
    """A register, a scheme or a class of bodies rather than one body (``Établissements de paiement``,
    ``Système national des données de santé``), or a lower-case plural (``caisses d'allocations
    familiales``): many bodies, not one."""
    first = surface.split(maxsplit=1)[0] if surface.strip() else ""
    key = fold(first)
    if key in THING_NOUNS:
        return True
    return first.islower() and len(first) > 3 and first[-1] in "sx" and key not in INVARIABLE_NOUNS


def is_furniture(text: str, mention: Mention) -> bool:
    """Whether a model mention is an identifier, a reference, a numbered heading, a class of things or a
    demonym: no entity."""
    if mention.source != "model" or mention.acronym:
        return False
    return (
        _is_furniture_as_written(mention.text, mention.label)
        or is_demonym(text, mention)
        or _cut_before_number_sign(text, mention)
        or is_street(text, mention)
    )


@lru_cache(maxsize=65_536)  # surfaces recur across the documents of a corpus
def _is_furniture_as_written(surface: str, label: str) -> bool:
    """What :func:`is_furniture` tells from the surface alone."""
    return (
        is_identifier(surface)
        or is_reference(surface)
        or is_numbered_heading(surface)
        or (label == "ORG" and is_class_of_things(surface))
    )


def is_street(text: str, mention: Mention) -> bool:
    """A street of an address: ``12 rue de la Paix``, ``quai Goslar``, ``place Kléber``, ``4 avenue
    Victor-Hugo``; an address gives its town only.  After a preposition only an address's number or a
    street noun names a street (``rue de Lyon``, not ``la route de Lyon`` or ``la place de la France``)."""
    named = _street_as_written(mention.text)
    if named is not None:
        return named
    if not _street_noun_before(text, max(0, mention.start - 50), mention.start):
        return False
    before = _STREET_BEFORE.search(text, max(0, mention.start - 50), mention.start)
    return before is not None and _names_a_street(before)


def _street_noun_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, in lower case, holds a street noun: looked up among the places
    where the document holds one (most windows are before none)."""
    lowered, places = _street_nouns(text)
    if lowered is None:  # lower case changed the length: look in the window itself
        return _STREET_NOUN.search(text[start:end].lower()) is not None
    at = bisect_left(places, start)
    return at < len(places) and places[at] < end and _STREET_NOUN.search(lowered, start, end) is not None


@lru_cache(maxsize=4)  # the document being cleaned
def _street_nouns(text: str) -> tuple[str | None, list[int]]:
    """``text`` in lower case and where a street noun begins in it, overlaps included; None and no
    place when lower case changes the text's length (its offsets would not be the text's)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None, []
    places = []
    found = _STREET_NOUN.search(lowered)
    while found is not None:
        places.append(found.start())
        found = _STREET_NOUN.search(lowered, found.start() + 1)
    return lowered, places


@lru_cache(maxsize=65_536)
def _street_as_written(surface: str) -> bool | None:
    """Whether a mention that opens with a street noun and goes on after it names a street; None when it
    does not open so (the words before it tell)."""
    inside = _STREET.match(surface)
    return _names_a_street(inside) if inside is not None and inside.end() < len(surface) else None


def _names_a_street(match: re.Match[str]) -> bool:
    return bool(match.group("number")) or not match.group("of") or match.group("noun").lower() in _STREETS


def _cut_before_number_sign(text: str, mention: Mention) -> bool:
    """A reference the model cut at its number sign: ``RG N`` of ``RG N° F 24/01873``, ``Question N`` of
    ``Question N° 4127``, ``Portalis DBZK-W-B7I-KXV2`` of ``N° Portalis DBZK-W-B7I-KXV2``."""
    if mention.text[-2:] in (" N", " n") and text[mention.end : mention.end + 1] in ("°", "º"):
        return True
    return _AFTER_NUMBER_SIGN.search(text, max(0, mention.start - 4), mention.start) is not None
