"""What ``seedner evaluate`` does: extract the gold texts, score, report.

The scores are the reference scorer's (``scoring.score``), computed on the
records ``extract`` would print for the same texts with the same options, so a
CI job can gate on exactly what users get.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rich.table import Table

from .console import Diagnostics
from .gold import GoldSet, read_gold
from .io import Document
from .pipeline import PipelineSettings
from .records import Record
from .score_report import Counts, ScoreReport
from .scoring import score
from .tables import render

FORMAT_NAMES = {"seedner": "seedner gold", "prodigy": "Prodigy spans", "doccano": "doccano"}


@dataclass(frozen=True)
class EvaluateRequest:
    """Every option of ``seedner evaluate``."""

    gold: Path
    as_json: bool = False
    min_f1: float | None = None
    misses: bool = False
    labels: frozenset[str] | None = None
    gazetteers: tuple[Path, ...] = ()
    default_gazetteers: bool = True


def run_evaluate(request: EvaluateRequest, diagnostics: Diagnostics) -> tuple[str, int]:
    """The report text for stdout and the exit code (1 below ``--min-f1``)."""
    gold = read_gold(request.gold)
    diagnostics.note(
        f"{request.gold}: read {len(gold)} documents as {FORMAT_NAMES.get(gold.format, gold.format)}"
    )
    settings = PipelineSettings(
        gazetteer_paths=request.gazetteers, default_gazetteers=request.default_gazetteers
    )
    report = score(gold, _predictions(gold, settings, request.labels, diagnostics))
    output = _json_report(report) if request.as_json else _table_report(report, request.misses)
    failed = request.min_f1 is not None and report.entities.f1 < request.min_f1
    if failed:
        diagnostics.error(f"entity F1 {report.entities.f1:.3f} is below --min-f1 {request.min_f1:.3f}")
    return output, 1 if failed else 0


def _predictions(
    gold: GoldSet, settings: PipelineSettings, labels: frozenset[str] | None, diagnostics: Diagnostics
) -> Iterator[Record]:
    from .runner import Extractor

    extractor = Extractor(settings=settings)
    documents = [Document(document.id, document.text) for document in gold]
    for result in extractor.run(documents):
        if not result.ok:
            diagnostics.error(f"{result.doc}: {result.error}")
            continue
        yield from (record for record in result.records if labels is None or record["label"] in labels)


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
