"""A score report as people and machines read it: a table (with the misses) or one JSON line."""

from __future__ import annotations

import json

from rich.table import Table

from seedner.evaluation.score_report import Counts, ScoreReport
from seedner.io.tables import render


def report_text(report: ScoreReport, *, as_json: bool = False, misses: bool = False) -> str:
    """What ``seedner evaluate`` prints: the scores as a table (with the misses) or as JSON."""
    return _json_report(report) if as_json else _table_report(report, misses)


def _json_report(report: ScoreReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False) + "\n"


def _table_report(report: ScoreReport, with_misses: bool) -> str:
    table = Table(title="seedner evaluate", header_style="bold")
    for column in ("", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if not column else "right")
    rows: list[tuple[str, Counts]] = [
        ("entities (exact)", report.entities),
        ("entities (relaxed)", report.relaxed),
    ]
    rows += [(f"  {label}", counts) for label, counts in report.per_label.items()]
    rows.append(("acronyms", report.acronyms))
    for name, counts in rows:
        table.add_row(
            name,
            f"{counts.precision:.3f}",
            f"{counts.recall:.3f}",
            f"{counts.f1:.3f}",
            str(counts.tp),
            str(counts.fp),
            str(counts.fn),
        )
    accuracy = (
        f"expansion accuracy {report.expansion_accuracy:.3f} "
        f"({report.expansions_correct}/{report.expansions_total})"
    )
    text = render(table) + accuracy + "\n"
    if with_misses:
        text += "".join(error.render() + "\n" for error in report.errors)
    return text
