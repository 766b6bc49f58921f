"""``seedner render``: the HTML report, for people rather than programs.

Declarations only: the run is ``extract`` with the ``html`` writer, so inputs,
errors, exit codes and the atomic output file behave exactly the same.  Nothing
heavy is imported until the command runs, so ``seedner --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from seedner.cli.diagnostics import Diagnostics
from seedner.cli.options import Quiet, with_extraction_options
from seedner.execution.options import ExtractionOptions

DEFAULT_REPORT = Path("seedner-report.html")

RENDER_EPILOG = """\
Examples:

  seedner render dispatch.txt -o report.html && xdg-open report.html

  seedner render corpus/ --glob '*.md' --labels ORG,PER

  seedner render --text-field body articles.jsonl -o - > report.html
"""


@with_extraction_options()
def render(
    extraction: ExtractionOptions,
    *,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The HTML file to write (atomically); '-' for stdout.")
    ] = DEFAULT_REPORT,
    quiet: Quiet = False,
) -> None:
    """Write one self-contained HTML report: the texts with their mentions highlighted."""
    from seedner.execution.extract import run_extract
    from seedner.execution.options import OutputOptions

    diagnostics = Diagnostics(quiet=quiet)
    code = run_extract(extraction, OutputOptions(path=output, format="html"), diagnostics)
    if str(output) != "-":
        diagnostics.note(f"report written to {output}")
    raise typer.Exit(code)
