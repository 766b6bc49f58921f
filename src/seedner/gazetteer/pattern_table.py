"""Gazetteer patterns as tuples of pieces, found by walking the tokens from each place a match may start."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class TokenPieces(NamedTuple):
    """What matching needs of one token text, computed once per text."""

    pieces: tuple[str, ...]  # as written (a hyphen has none)
    lowered: tuple[str, ...]
    tables: tuple[int, ...]  # the tables where a pattern may start with the first piece


class PatternTable:
    """Patterns as tuples of pieces, found by dictionary lookups from each possible start.

    ``cased`` tables compare pieces as written, the others in lower case.  A
    plain dictionary beats a PhraseMatcher here: matches may only start at the
    first piece of a token, which is known before any lookup.  The proper
    prefixes of the patterns are kept too, so that a walk from a start stops at
    the first token no pattern continues with (``le`` then ``président``).
    """

    def __init__(self, *, cased: bool) -> None:
        self.cased = cased
        self._patterns: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self._prefixes: set[tuple[str, ...]] = set()

    def add(self, words: Sequence[str], entry: int, kind: str) -> None:
        key = tuple(words if self.cased else (word.lower() for word in words))
        targets = self._patterns.setdefault(key, [])
        if (entry, kind) not in targets:
            targets.append((entry, kind))
        self._prefixes.update(key[:length] for length in range(1, len(key)))

    def may_start(self, piece: str) -> bool:
        key = (piece if self.cased else piece.lower(),)
        return key in self._patterns or key in self._prefixes

    def find(self, tokens: Sequence[TokenPieces], start: int) -> list[tuple[int, int, str]]:
        """``(end, entry, kind)`` of every pattern made of the pieces of the tokens ``start:end``.

        A match ends with a token (never inside one) and before the hyphens that follow it.
        """
        found = []
        key: tuple[str, ...] = ()
        for index in range(start, len(tokens)):
            token = tokens[index]
            pieces = token.pieces if self.cased else token.lowered
            if not pieces:
                continue  # a hyphen: the name goes on past it
            key += pieces
            for entry, kind in self._patterns.get(key, ()):
                found.append((index + 1, entry, kind))
            if key not in self._prefixes:
                break
        return found
