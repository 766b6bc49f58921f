"""What ``seedner evaluate`` does: extract the gold texts, score, report.

The scores are the reference scorer's (``evaluation.scoring.score``), computed on
the records ``extract`` would print for the same texts with the same options, so
a CI job can gate on exactly what users get.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from seedner.evaluation.gold import GoldSet, read_gold
from seedner.evaluation.score_report import ScoreReport
from seedner.evaluation.scoring import score
from seedner.execution.options import ExtractionOptions
from seedner.execution.reporting import Reporter
from seedner.io.readers import Document
from seedner.records.record import Record, with_labels

FORMAT_NAMES = {"seedner": "seedner gold", "prodigy": "Prodigy spans", "doccano": "doccano"}


def run_evaluate(
    gold_path: Path, options: ExtractionOptions, reporter: Reporter, *, min_f1: float | None = None
) -> tuple[ScoreReport, int]:
    """Score the extraction of ``gold_path``'s texts; the exit code is 1 below ``min_f1``."""
    gold = read_gold(gold_path)
    reporter.note(f"{gold_path}: read {len(gold)} documents as {FORMAT_NAMES.get(gold.format, gold.format)}")
    report = score(gold, _predictions(gold, options, reporter))
    failed = min_f1 is not None and report.entities.f1 < min_f1
    if failed:
        reporter.error(f"entity F1 {report.entities.f1:.3f} is below --min-f1 {min_f1:.3f}")
    return report, 1 if failed else 0


def _predictions(gold: GoldSet, options: ExtractionOptions, reporter: Reporter) -> Iterator[Record]:
    from seedner.execution.extract import extraction_results

    documents = iter(Document(document.id, document.text) for document in gold)
    for result in extraction_results(options, documents, warn=reporter.warning, note=reporter.note):
        if not result.ok:
            reporter.error(f"{result.doc}: {result.error}")
            continue
        yield from with_labels(result.records, options.labels)
