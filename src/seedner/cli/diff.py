"""``seedner diff``: declarations only; the comparison is ``seedner.execution.diff``."""

from __future__ import annotations

from typing import Annotated

import typer

from seedner.cli.diagnostics import Diagnostics
from seedner.cli.options import Labels, Output, Quiet, choices, parse_labels, usage_errors
from seedner.io.diff_report import DIFF_FORMATS

DiffFormat = choices("DiffFormat", DIFF_FORMATS)
FORMAT_HELP = "table for a terminal, jsonl (one change a line) or markdown (a pull-request comment)."

DIFF_EPILOG = """\
Exit status: 0 when the files hold the same mentions, 1 when they differ, 2 when a file cannot be read.

Examples:

  seedner diff before.jsonl after.jsonl

  seedner diff expected.jsonl new.jsonl --format markdown > diff.md

  seedner diff a.jsonl b.jsonl --ignore-fields cluster,canonical --labels ORG
"""


def parse_ignored_fields(value: str | None) -> frozenset[str]:
    """``--ignore-fields cluster,canonical``: every name a record field (doc, start and end excepted)."""
    from seedner.records.diff import check_ignored_fields

    try:
        return check_ignored_fields((value or "").split(","))
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="'--ignore-fields'") from None


def diff(
    old: Annotated[
        str,
        typer.Argument(help="The result file before: JSONL records (or --unique ones); '-': stdin."),
    ],
    new: Annotated[str, typer.Argument(help="The result file after.")],
    *,
    format: Annotated[DiffFormat, typer.Option("--format", "-f", help=FORMAT_HELP)] = "table",  # type: ignore[valid-type]
    ignore_fields: Annotated[
        str | None,
        typer.Option(
            "--ignore-fields",
            metavar="FIELD,...",
            help="Leave these record fields out of the comparison (cluster,canonical...).",
        ),
    ] = None,
    labels: Labels = None,
    output: Output = None,
    quiet: Quiet = False,
) -> None:
    """What changed between two result files, per document: mentions added, removed, relabelled..."""
    from seedner.execution.diff import DiffOptions, run_diff

    options = DiffOptions(
        ignored=parse_ignored_fields(ignore_fields),
        labels=parse_labels(labels),
        format=str(format),
        output=output,
    )
    with usage_errors():
        code = run_diff(old, new, options, Diagnostics(quiet=quiet))
    raise typer.Exit(code)
