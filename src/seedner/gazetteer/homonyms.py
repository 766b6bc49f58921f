"""Places keep their id: a place mention gets the id of the gazetteer place it names, chosen by context
among homonyms.

Pure functions, without spaCy, over a document's mentions once they are cleaned:

* every ``LOC`` mention whose text is a gazetteer place name (case, accents, apostrophes and hyphens
  aside), whichever component found it, gets that place's ``id`` and name as canonical (``Le maire
  de Lognes``: the model's ``Lognes`` is ``insee.com.77258``);
* a name several places bear (``Saint-Denis``: ``insee.com.93066`` and ``insee.com.97411``;
  ``Valence``; ``Paris`` the commune and the département) is resolved by :func:`resolve` from the
  document's *clues* (:class:`NameClues`): a département or a region named (``Seine-Saint-Denis``,
  ``Drôme``, ``La Réunion``, inside a longer name too: ``CPAM de Seine-Saint-Denis``), another place
  (its département and region) or a département number (``(93)``, ``93200``, ``97400``).  A clue points to the
  candidates in its département (weight 2) or only in its region (weight 1); one that points to every
  candidate alike tells nothing and is passed over.  The candidate of the nearest clue *attached* to
  the mention (at most :data:`ATTACHED_GAP` characters away in the same sentence: ``Saint-Denis
  (93)``, ``93200 Saint-Denis``, ``Valence, dans la Drôme``) wins; else the one with the most clue
  weight in the document, then the nearest clue; without a clue, the most populous, then the entry
  loaded last (the gazetteer component's own order for a span several entries match, so output
  changes only where the text says more);
* the other candidates go to ``id_candidates``, most likely first; ``None`` when the name is unique;
* a place mention made of a place and the département or region it lies in (``Saint-Denis de La
  Réunion``, ``Valence (Drôme)``) is two places, as the annotation guidelines want
  (:meth:`PlaceIndex.split_qualified`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import reduce
from typing import NamedTuple

from seedner.gazetteer.entries import GazetteerEntry
from seedner.gazetteer.geography import DEPARTEMENT, Clue, areas_of, number_clues
from seedner.records.mentions import Mention
from seedner.text.folding import name_key

SAME_DEPARTEMENT, SAME_REGION = 2, 1
ATTACHED_GAP = 20  # characters between a mention and a clue that qualifies it: ", dans la " (Drôme)
_SENTENCE_BREAK = re.compile(r"[.!?;\n]")
_FAR = float("inf")
# Between a place and the territory that qualifies it in one mention: "Saint-Denis de La Réunion".
_QUALIFIER = re.compile(r"\s+(?:de|du|d['’])\s*|\s*\(\s*")
TERRITORIES = frozenset({"region", "departement"})


class Place(NamedTuple):
    """One gazetteer place a name may stand for."""

    id: str
    name: str
    population: int | None
    areas: frozenset[str]
    order: int  # position among the loaded entries: the later one wins a tie, as in the component
    category: str = "commune"


class Standing(NamedTuple):
    """What a document's clues say for one candidate, as one mention sees them."""

    attached: float = _FAR  # characters to the nearest clue attached to the mention
    weight: int = 0  # clue weight in the whole document
    nearest: float = _FAR  # characters to the nearest clue


class Resolution(NamedTuple):
    """The place chosen for a mention, and the other candidates, most likely first."""

    id: str
    others: tuple[str, ...]


def match_level(place: Place, areas: frozenset[str]) -> int:
    """How well a clue naming ``areas`` points to ``place``: same département, same region, or 0."""
    shared = place.areas & areas
    if not shared:
        return 0
    return SAME_DEPARTEMENT if any(area.startswith(DEPARTEMENT) for area in shared) else SAME_REGION


def resolve(candidates: Sequence[Place], standings: Mapping[str, Standing]) -> Resolution:
    """The candidate the clues point to (rules in the module docstring); a candidate without standing
    has no clue."""
    if len(candidates) == 1:
        return Resolution(candidates[0].id, ())
    none = Standing()

    def rank(place: Place) -> tuple[float, int, float, int, int]:
        standing = standings.get(place.id, none)
        return (standing.attached, -standing.weight, standing.nearest, -(place.population or 0), -place.order)

    ranked = sorted(candidates, key=rank)
    return Resolution(ranked[0].id, tuple(place.id for place in ranked[1:]))


class NameClues:
    """The clues of one document that tell the candidates of one name apart, each candidate's found by
    bisection: a mention costs a logarithm of the clues, not their number."""

    def __init__(self, text: str, candidates: Sequence[Place], clues: Iterable[Clue]) -> None:
        self._text = text
        self._spans: dict[str, list[tuple[int, int]]] = {place.id: [] for place in candidates}
        self._weight = dict.fromkeys(self._spans, 0)
        for clue in sorted(clues):
            levels = [match_level(place, clue.areas) for place in candidates]
            if len(set(levels)) == 1:
                continue  # points to every candidate alike (or to none)
            for place, level in zip(candidates, levels, strict=True):
                if level:
                    self._spans[place.id].append((clue.start, clue.end))
                    self._weight[place.id] += level
        self._starts = {key: [start for start, _ in spans] for key, spans in self._spans.items()}

    def standings(self, start: int, end: int) -> dict[str, Standing]:
        """Each candidate's standing for the mention ``start:end`` (clues over it left out)."""
        found = {}
        for key, spans in self._spans.items():
            if spans:
                gaps = self._gaps(spans, bisect_left(self._starts[key], end), start, end)
                attached = min((gap for gap, near in gaps if near), default=_FAR)
                found[key] = Standing(
                    attached, self._weight[key], min(gap for gap, _ in gaps) if gaps else _FAR
                )
        return found

    def _gaps(self, spans: list[tuple[int, int]], after: int, start: int, end: int) -> list[tuple[int, bool]]:
        """The gap to the nearest clue on each side of ``start:end``, and whether it is attached;
        ``spans[after:]`` start after the mention, the others start before its end."""
        gaps = []
        before = after - 1
        while before >= 0 and spans[before][1] > start:
            before -= 1  # over the mention
        if before >= 0:
            gaps.append(self._gap(spans[before][1], start))
        if after < len(spans):
            gaps.append(self._gap(end, spans[after][0]))
        return gaps

    def _gap(self, left: int, right: int) -> tuple[int, bool]:
        gap = right - left
        return gap, gap <= ATTACHED_GAP and not _SENTENCE_BREAK.search(self._text, left, right)


def name_areas(candidates: Sequence[Place]) -> frozenset[str]:
    """What a place name says of where it lies: the areas all its candidates share (``Paris``: the
    commune and the département, ``dep:75``; ``Saint-Denis``: nothing)."""
    return reduce(frozenset.intersection, (place.areas for place in candidates))


class PlaceIndex:
    """The gazetteer's places by name key; :meth:`resolve_mentions` is the document pass."""

    def __init__(self, places: dict[str, tuple[Place, ...]]) -> None:
        self._places = places

    @classmethod
    def from_entries(cls, entries: Iterable[GazetteerEntry]) -> PlaceIndex:
        """The ``LOC`` entries under the keys of their names and aliases, in load order."""
        places: dict[str, dict[str, Place]] = {}
        for order, entry in enumerate(entries):
            if entry.label != "LOC":
                continue
            place = Place(entry.id, entry.name, entry.population, areas_of(entry.id), order, entry.category)
            for text in (entry.name, *entry.aliases):
                places.setdefault(name_key(text), {}).setdefault(entry.id, place)
        return cls({key: tuple(found.values()) for key, found in places.items()})

    def __len__(self) -> int:
        return len(self._places)

    def candidates(self, text: str) -> tuple[Place, ...]:
        """The places named ``text`` (case, accents, apostrophes and hyphens aside)."""
        return self._places.get(name_key(text), ())

    def clues(self, text: str, named: Iterable[tuple[int, int]]) -> list[Clue]:
        """The clues of a document: the places named at ``named`` (character ranges of ``text``),
        and its département numbers."""
        clues = number_clues(text)
        for start, end in sorted(set(named)):
            candidates = self.candidates(text[start:end])
            areas = name_areas(candidates) if candidates else frozenset()
            if areas:
                clues.append(Clue(start, end, areas))
        return clues

    def resolve_mentions(
        self, text: str, mentions: Sequence[Mention], named: Iterable[tuple[int, int]] = ()
    ) -> list[Mention]:
        """``mentions`` of ``text`` with their places' ids; ``named`` adds the ranges of places named
        inside other mentions (``Seine-Saint-Denis`` in ``CPAM de Seine-Saint-Denis``) as clues."""
        mentions = [part for mention in mentions for part in self.split_qualified(mention)]
        found = [self.candidates(m.text) if m.label == "LOC" else () for m in mentions]
        if not any(found):
            return list(mentions)
        clues: list[Clue] | None = None
        by_name: dict[tuple[Place, ...], NameClues] = {}
        result = []
        for mention, candidates in zip(mentions, found, strict=True):
            if not candidates or (mention.id and all(place.id != mention.id for place in candidates)):
                result.append(mention)  # no place, or an entry of another kind matched it
                continue
            standings: dict[str, Standing] = {}
            if len(candidates) > 1:
                if clues is None:
                    places = [(m.start, m.end) for m, c in zip(mentions, found, strict=True) if c]
                    clues = self.clues(text, [*places, *named])
                if candidates not in by_name:
                    by_name[candidates] = NameClues(text, candidates, clues)
                standings = by_name[candidates].standings(mention.start, mention.end)
            resolution = resolve(candidates, standings)
            chosen = next(place for place in candidates if place.id == resolution.id)
            others = resolution.others or None
            if (mention.id, mention.canonical, mention.id_candidates) != (chosen.id, chosen.name, others):
                mention = replace(mention, id=chosen.id, canonical=chosen.name, id_candidates=others)
            result.append(mention)
        return result

    def split_qualified(self, mention: Mention) -> list[Mention]:
        """A place mention made of a place and the region or département it lies in, as two places:
        ``Saint-Denis de La Réunion`` -> ``Saint-Denis`` and ``La Réunion``, ``Valence (Drôme)`` ->
        ``Valence`` and ``Drôme`` (the annotation guidelines' spans); other mentions as they are."""
        if mention.label != "LOC" or mention.acronym or self.candidates(mention.text):
            return [mention]
        for match in _QUALIFIER.finditer(mention.text):
            head, tail = mention.text[: match.start()], mention.text[match.end() :]
            if "(" in match.group():
                if not tail.endswith(")"):
                    continue
                tail = tail[:-1].rstrip()
            places, territories = self.candidates(head), self.candidates(tail)
            if not places or not territories or any(t.category not in TERRITORIES for t in territories):
                continue
            if any(match_level(place, name_areas(territories)) for place in places):
                second = mention.start + match.end()
                return [
                    replace(mention, end=mention.start + len(head), text=head, canonical=head),
                    replace(mention, start=second, end=second + len(tail), text=tail, canonical=tail),
                ]
        return [mention]
