"""Mentions as plain data: what every document-level pass works on.

Kept free of spaCy so the cleaning, canonical-name and acronym passes are pure
functions over lists of :class:`Mention`, testable without a model.
"""

from __future__ import annotations

import re
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
