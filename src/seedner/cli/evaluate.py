"""``seedner evaluate``: declarations only; the scoring run is ``seedner.execution.evaluate``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from seedner.cli.diagnostics import Diagnostics
from seedner.cli.options import Quiet, with_extraction_options
from seedner.execution.options import ExtractionOptions


@with_extraction_options(reads_inputs=False)
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(help="Gold JSONL: seedner gold, Prodigy spans or doccano format.", show_default=False),
    ],
    extraction: ExtractionOptions,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    min_f1: Annotated[
        float | None,
        typer.Option("--min-f1", min=0.0, max=1.0, help="Exit 1 when entity F1 is below this (a CI gate)."),
    ] = None,
    misses: Annotated[
        bool, typer.Option("--misses", help="List false negatives and false positives with context.")
    ] = False,
    quiet: Quiet = False,
) -> None:
    """Score extraction against annotated texts (entities, acronyms, expansions)."""
    from seedner.evaluation.report_format import report_text
    from seedner.execution.evaluate import run_evaluate

    report, code = run_evaluate(gold, extraction, Diagnostics(quiet=quiet), min_f1=min_f1)
    sys.stdout.write(report_text(report, as_json=as_json, misses=misses))
    raise typer.Exit(code)
