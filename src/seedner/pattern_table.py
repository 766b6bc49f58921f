"""Gazetteer patterns as tuples of pieces, looked up from each place a match may start."""

from __future__ import annotations

from collections.abc import Sequence


class PatternTable:
    """Patterns as tuples of pieces, found by dictionary lookups from each possible start.

    ``cased`` tables compare pieces as written, the others in lower case.  A
    plain dictionary beats a PhraseMatcher here: matches may only start at the
    first piece of a token, which is known before any lookup.
    """

    def __init__(self, *, cased: bool) -> None:
        self.cased = cased
        self._patterns: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}  # first piece -> lengths of its patterns, sorted

    def add(self, words: Sequence[str], entry: int, kind: str) -> None:
        key = tuple(words if self.cased else (word.lower() for word in words))
        targets = self._patterns.setdefault(key, [])
        if (entry, kind) not in targets:
            targets.append((entry, kind))
        self._lengths[key[0]] = tuple(sorted({*self._lengths.get(key[0], ()), len(key)}))

    def may_start(self, piece: str) -> bool:
        return (piece if self.cased else piece.lower()) in self._lengths

    def matches(self, sequence: Sequence[str], start: int) -> list[tuple[int, int, str]]:
        """``(end, entry, kind)`` of every pattern found at ``start`` in ``sequence`` (cased as the table)."""
        found = []
        for length in self._lengths.get(sequence[start], ()):
            end = start + length
            if end > len(sequence):
                break
            for entry, kind in self._patterns.get(tuple(sequence[start:end]), ()):
                found.append((end, entry, kind))
        return found
