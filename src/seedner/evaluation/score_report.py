"""What scoring reports: counts with P/R/F1, misses, discrepancies and the whole report.

Kept apart from the counting rules (``scoring``) so ``evaluate`` and the
benchmark can present a report without knowing how it was computed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Literal, NamedTuple

Kind = Literal["FN", "FP"]


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the derived P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"p": self.precision, "r": self.recall, "f": self.f1}


class Miss(NamedTuple):
    """A row of the reference scorer's misses list: a missed gold span or a wrong expansion."""

    doc: str
    label: str
    text: str


@dataclass(frozen=True)
class Discrepancy:
    """One false negative or false positive, with enough context to judge it at a glance."""

    kind: Kind
    doc: str
    label: str
    start: int
    end: int
    text: str
    reason: str
    left: str = ""
    right: str = ""

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def render(self) -> str:
        """One tab-separated line, whitespace in the context flattened so it stays one line."""
        context = re.sub(r"\s+", " ", f"…{self.left}[{self.text}]{self.right}…")
        where = f"{self.start}-{self.end}"
        return "\t".join((self.kind, self.label, self.doc, where, self.reason, context))


@dataclass(frozen=True)
class ScoreReport:
    """Everything the reference scorer reports, plus the FN/FP list and the gold format."""

    entities: Counts
    relaxed: Counts
    per_label: Mapping[str, Counts]
    acronyms: Counts
    expansions_correct: int
    expansions_total: int
    bad_lines: int
    offset_errors: int
    misses: tuple[Miss, ...]
    errors: tuple[Discrepancy, ...]
    gold_format: str | None = None

    @property
    def expansion_accuracy(self) -> float:
        return self.expansions_correct / self.expansions_total if self.expansions_total else 0.0

    def to_dict(self) -> dict[str, object]:
        """The reference scorer's ``--json`` shape, plus "errors" and "gold_format"."""
        return {
            "entities": self.entities.to_dict(),
            "relaxed": self.relaxed.to_dict(),
            "per_label": {label: counts.to_dict() for label, counts in self.per_label.items()},
            "acronyms": self.acronyms.to_dict(),
            "expansion_accuracy": self.expansion_accuracy,
            "bad_lines": self.bad_lines,
            "offset_errors": self.offset_errors,
            "misses": [list(miss) for miss in self.misses],
            "errors": [error.to_dict() for error in self.errors],
            "gold_format": self.gold_format,
        }


def summary_lines(report: ScoreReport) -> list[str]:
    """The reference scorer's plain-text summary, line for line."""

    def prf(counts: Counts) -> str:
        return f"P={counts.precision:.3f} R={counts.recall:.3f} F1={counts.f1:.3f}"

    return [
        f"entities {prf(report.entities)} | relaxed {prf(report.relaxed)}",
        *(f"  {label} {prf(counts)}" for label, counts in report.per_label.items()),
        f"acronyms {prf(report.acronyms)} | expansion accuracy={report.expansion_accuracy:.3f}",
        f"bad_lines={report.bad_lines} offset_errors={report.offset_errors}",
    ]
