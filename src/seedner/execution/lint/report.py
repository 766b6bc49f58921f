"""How findings are written: ``path:line:column: rule message`` lines, GitHub workflow commands, JSON Lines.

The lines are those of ruff and flake8, which editors and CI logs link to the place;
``github`` writes ``::warning`` commands that GitHub Actions shows on the pull request's
lines; ``jsonl`` one object per finding.  Every finding is one line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from seedner.execution.lint.facts import Finding
from seedner.execution.lint.rules import RULE_IDS
from seedner.io.record_writer import dumps

LINT_FORMATS = ("text", "github", "jsonl")


def _escape_data(value: str) -> str:
    """A workflow command's message: ``%``, CR and LF escaped as GitHub reads them."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    """A workflow command's property (``file=``, ``title=``): ``:`` and ``,`` escaped too."""
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def finding_line(finding: Finding, format: str) -> str:
    """One finding as a line of ``format`` (one of :data:`LINT_FORMATS`), its end of line included."""
    if format == "jsonl":
        return dumps(finding.as_json()) + "\n"
    if format == "github":
        where = f"file={_escape_property(finding.doc)},line={finding.line},col={finding.column}"
        title = _escape_property(finding.rule)
        return f"::warning {where},title={title}::{_escape_data(finding.message)}\n"
    return f"{finding.doc}:{finding.line}:{finding.column}: {finding.rule} {finding.message}\n"


@dataclass
class LintSummary:
    """Counts of one run: documents, those with findings, findings by rule, inputs that failed."""

    documents: int = 0
    flagged: int = 0
    failures: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, findings: list[Finding]) -> None:
        self.documents += 1
        self.flagged += bool(findings)
        self.counts.update(finding.rule for finding in findings)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def line(self) -> str:
        """The closing line on stderr."""
        documents = f"{self.documents} document{'' if self.documents == 1 else 's'}"
        failed = f", {self.failures} input(s) failed" if self.failures else ""
        if not self.total:
            return f"no finding in {documents}{failed}"
        by_rule = ", ".join(f"{rule} {self.counts[rule]}" for rule in RULE_IDS if self.counts[rule])
        plural = "" if self.total == 1 else "s"
        return f"{self.total} finding{plural} in {self.flagged} of {documents} ({by_rule}){failed}"
