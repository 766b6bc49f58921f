"""Values computed once and kept: per token text (the gazetteer's pieces, the institutions' unit keys) and
per argument of a pure function (the lexicon's answers about words)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from spacy.attrs import ORTH
from spacy.tokens import Doc

T = TypeVar("T")
K = TypeVar("K")


class PerTextCache(Generic[T]):
    """A value computed from each token text, kept by ORTH id so that a text is computed once.

    It grows with the vocabulary of the texts read, so it starts afresh past ``limit`` entries.  ``compute``
    never returns None.
    """

    def __init__(self, compute: Callable[[str], T], limit: int = 500_000) -> None:
        self._compute = compute
        self._limit = limit
        self._values: dict[int, T] = {}

    def of(self, doc: Doc, orths: list[int] | None = None) -> list[T]:
        """The value of each token of ``doc`` (``orths``: its ORTH ids, if the caller has them)."""
        if len(self._values) > self._limit:
            self._values.clear()
        values = self._values
        orths = doc.to_array(ORTH).tolist() if orths is None else orths
        found = list(map(values.get, orths))  # one look-up per token, in C
        if None in found:  # texts not seen yet (a value is never None)
            compute, strings = self._compute, doc.vocab.strings
            for i, value in enumerate(found):
                if value is None:
                    orth = orths[i]
                    found[i] = (
                        values[orth] if orth in values else values.setdefault(orth, compute(strings[orth]))
                    )
        return found  # type: ignore[return-value]


class Memo(Generic[K, T]):
    """The answers of a pure function, by argument, computed once; past ``limit`` answers it starts afresh
    (the words of a corpus recur, and a long run must not grow without end)."""

    def __init__(self, compute: Callable[[K], T], limit: int = 100_000) -> None:
        self._compute = compute
        self._limit = limit
        self._answers: dict[K, T] = {}

    def __call__(self, key: K) -> T:
        try:
            return self._answers[key]
        except KeyError:
            pass
        if len(self._answers) >= self._limit:
            self._answers.clear()
        answer = self._answers[key] = self._compute(key)
        return answer
