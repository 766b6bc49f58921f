"""``seedner render``: the HTML report, for people rather than programs.

Declarations only: the run is ``extract`` with the ``html`` writer, so inputs,
errors, exit codes and the atomic output file behave exactly the same.  Nothing
heavy is imported until the command runs, so ``seedner --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .cli_options import (
    Encoding,
    Gazetteers,
    Glob,
    IdField,
    InputFormat,
    InputFormatChoice,
    Inputs,
    Labels,
    NoDefaultGazetteers,
    Quiet,
    TextField,
    parse_labels,
)

DEFAULT_REPORT = Path("seedner-report.html")


RENDER_EPILOG = """\
Examples:

  seedner render dispatch.txt -o report.html && xdg-open report.html

  seedner render corpus/ --glob '*.md' --labels ORG,PER

  seedner render --text-field body articles.jsonl -o - > report.html
"""


def render_command(
    inputs: Inputs = None,
    *,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The HTML file to write (atomically); '-' for stdout.")
    ] = DEFAULT_REPORT,
    input_format: InputFormat = InputFormatChoice.auto,
    glob: Glob = "*.txt",
    text_field: TextField = "text",
    id_field: IdField = "id",
    encoding: Encoding = "utf-8",
    labels: Labels = None,
    gazetteer: Gazetteers = None,
    no_default_gazetteers: NoDefaultGazetteers = False,
    quiet: Quiet = False,
) -> None:
    """Write one self-contained HTML report: the texts with their mentions highlighted."""
    from .console import Diagnostics
    from .extract_command import ExtractRequest, run_extract

    request = ExtractRequest(
        inputs=tuple(inputs or ()),
        output=output,
        format="html",
        input_format=input_format.value,
        glob=glob,
        text_field=text_field,
        id_field=id_field,
        encoding=encoding,
        labels=parse_labels(labels),
        gazetteers=tuple(gazetteer or ()),
        default_gazetteers=not no_default_gazetteers,
        quiet=quiet,
    )
    diagnostics = Diagnostics(quiet=quiet)
    code = run_extract(request, diagnostics)
    if str(output) != "-":
        diagnostics.note(f"report written to {output}")
    raise typer.Exit(code)
