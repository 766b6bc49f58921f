"""``seedner render``: the HTML report, for people rather than programs.

Declarations only: the run is ``extract`` with the ``html`` writer, so inputs,
errors, exit codes and the atomic output file behave exactly the same.  Nothing
heavy is imported until the command runs, so ``seedner --help`` stays fast.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

DEFAULT_REPORT = Path("seedner-report.html")


class ReportInput(enum.StrEnum):
    """The ``--input-format`` values (``seedner.io.InputFormat``)."""

    auto = "auto"
    text = "text"
    jsonl = "jsonl"


RENDER_EPILOG = """\
Examples:

  seedner render dispatch.txt -o report.html && xdg-open report.html

  seedner render corpus/ --glob '*.md' --labels ORG,PER

  seedner render --text-field body articles.jsonl -o - > report.html
"""


def render_command(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, directories (recursive) or '-' for stdin. None: read stdin.", show_default=False
        ),
    ] = None,
    *,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The HTML file to write (atomically); '-' for stdout.")
    ] = DEFAULT_REPORT,
    input_format: Annotated[
        ReportInput,
        typer.Option(help="How to read inputs; auto: .jsonl/.ndjson files are JSONL, the rest text."),
    ] = ReportInput.auto,
    glob: Annotated[str, typer.Option(help="File name pattern inside directories.")] = "*.txt",
    text_field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL field holding the document name.")] = "id",
    encoding: Annotated[
        str, typer.Option(help="Text encoding of the inputs, or 'auto' to detect cp1252/latin-1/UTF-16.")
    ] = "utf-8",
    labels: Annotated[
        str | None, typer.Option(help="Highlight only these labels, comma-separated (PER,ORG,LOC,MISC).")
    ] = None,
    gazetteer: Annotated[
        list[Path] | None,
        typer.Option("--gazetteer", help="Add your own gazetteer file (YAML/CSV); repeatable."),
    ] = None,
    no_default_gazetteers: Annotated[
        bool, typer.Option("--no-default-gazetteers", help="Use only the --gazetteer files.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Write one self-contained HTML report: the texts with their mentions highlighted."""
    from .cli import _checked_encoding, _checked_labels
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
        encoding=_checked_encoding(encoding),
        labels=_checked_labels(labels),
        gazetteers=tuple(gazetteer or ()),
        default_gazetteers=not no_default_gazetteers,
        quiet=quiet,
    )
    diagnostics = Diagnostics(quiet=quiet)
    code = run_extract(request, diagnostics)
    if str(output) != "-":
        diagnostics.note(f"report written to {output}")
    raise typer.Exit(code)
