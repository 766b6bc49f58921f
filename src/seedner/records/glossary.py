"""``seedner acronyms``: one entry per distinct acronym across a corpus.

The glossary an analyst hands to a colleague: each acronym once, with what it
stands for, where that came from, the other plausible senses, how often it
occurs and in which documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from seedner.records.record import Record
from seedner.text.folding import acronym_key

# When mentions disagree, a definition in the text beats a gazetteer or dictionary sense.
_SOURCE_RANK = {"document": 0, "gazetteer": 1, None: 2}


@dataclass
class _Entry:
    surfaces: Counter[str] = field(default_factory=Counter)
    expansions: Counter[tuple[int, str, str | None]] = field(default_factory=Counter)
    candidates: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    count: int = 0

    def add(self, record: Record) -> None:
        self.count += 1
        self.surfaces[record["text"]] += 1
        if record["doc"] not in self.docs:
            self.docs.append(record["doc"])
        expansion, source = record.get("expansion"), record.get("expansion_source")
        if expansion:
            self.expansions[(_SOURCE_RANK.get(source, 2), expansion, source)] += 1
        for candidate in record.get("expansion_candidates") or ():
            if candidate not in self.candidates:
                self.candidates.append(candidate)

    def as_record(self) -> dict[str, Any]:
        acronym = max(self.surfaces, key=lambda surface: (surface.isupper(), self.surfaces[surface], surface))
        chosen = min(
            self.expansions, key=lambda item: (item[0], -self.expansions[item], item[1]), default=None
        )
        expansion, source = (chosen[1], chosen[2]) if chosen else (None, None)
        others = [e for _, e, _ in sorted(self.expansions) if e != expansion]
        candidates = [c for c in [*others, *self.candidates] if c != expansion]
        return {
            "acronym": acronym,
            "expansion": expansion,
            "expansion_source": source,
            "candidates": list(dict.fromkeys(candidates)) or None,
            "count": self.count,
            "docs": self.docs,
        }


def glossary(records: Iterable[Record]) -> list[dict[str, Any]]:
    """Distinct acronyms of ``records``, most frequent first (ties: alphabetical)."""
    entries: dict[str, _Entry] = {}
    for record in records:
        if record.get("acronym"):
            entries.setdefault(acronym_key(record["text"]), _Entry()).add(record)
    rows = [entry.as_record() for entry in entries.values()]
    return sorted(rows, key=lambda row: (-row["count"], acronym_key(row["acronym"])))
