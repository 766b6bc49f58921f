"""Mentions as plain data: what every document-level pass works on.

Kept free of spaCy so the cleaning, canonical-name and acronym passes are pure
functions over lists of :class:`Mention`, testable without a model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

_SPACES = re.compile(r"\s+")


def collapse_spaces(text: str) -> str:
    """The surface with every run of whitespace turned into one space."""
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class Mention:
    """One mention with whole-document offsets, before it becomes a record."""

    start: int
    end: int
    text: str
    label: str
    source: str = "model"
    id: str | None = None
    canonical: str = ""
    acronym: bool = False
    expansion: str | None = None
    expansion_source: str | None = None
    expansion_candidates: tuple[str, ...] | None = None
    acronym_of: str | None = None
    role: str | None = None  # a person's function, when the text names it in apposition
    id_candidates: tuple[str, ...] | None = None  # a place name's other gazetteer ids, most likely first
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


Spans = list[tuple[int, int]]


def not_given_by_data(spans: Spans, mentions: Sequence[Mention]) -> Spans:
    """The ``spans`` that overlap no mention the gazetteer or a definition gave (a name found by a rule
    yields to the data's names)."""
    return [
        (start, end)
        for start, end in spans
        if not any(
            m.source != "model" and not m.acronym and m.start < end and start < m.end for m in mentions
        )
    ]


def with_found(text: str, mentions: Sequence[Mention], spans: Spans, label: str) -> list[Mention]:
    """``mentions`` with one ``label`` mention at each of ``spans`` (found by a rule), in place of the
    mentions inside it or across it; sorted by position."""
    if not spans:
        return list(mentions)
    kept = [m for m in mentions if not any(m.start < end and start < m.end for start, end in spans)]
    for start, end in spans:
        surface = text[start:end]
        kept.append(Mention(start, end, surface, label, source="model", canonical=surface))
    return sorted(kept, key=lambda m: (m.start, m.end))
