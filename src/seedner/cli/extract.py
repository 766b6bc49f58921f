"""``seedner extract`` and ``seedner acronyms``: declarations only, the runs are the execution layer's."""

from __future__ import annotations

from typing import Annotated

import typer

from seedner.cli.diagnostics import Diagnostics
from seedner.cli.options import (
    Output,
    Quiet,
    choices,
    command_line,
    usage_errors,
    with_extraction_options,
)
from seedner.execution.options import ExtractionOptions
from seedner.io.writers import DIRECTORY_FORMATS, EXTRACT_FORMATS

OutputFormat = choices("OutputFormat", EXTRACT_FORMATS)
GlossaryFormat = choices("GlossaryFormat", ("jsonl", "table"))

EXTRACT_EPILOG = """\
Examples:

  seedner extract dispatch.txt | jq -r .text

  seedner extract corpus/ --glob '*.md' -o mentions.jsonl

  seedner extract --input-format jsonl --text-field body articles.jsonl

  cat note.txt | seedner extract --labels ORG,PER --format table

  producer | seedner extract --input-format jsonl    (each line's records as it arrives)
"""


@with_extraction_options()
def extract(
    extraction: ExtractionOptions,
    *,
    output: Output = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = "jsonl",  # type: ignore[valid-type]
    unique: Annotated[
        bool,
        typer.Option("--unique", help="One record per (doc, label, canonical) with count and mentions."),
    ] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(
            metavar="ADDRESS",
            help="Run on a Dask cluster (tcp://host:8786, or 'local'); -o is then a directory of parts.",
        ),
    ] = None,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="--format doc: add each document's text.")
    ] = False,
    provenance: Annotated[
        bool,
        typer.Option(
            "--provenance",
            help="Also write FILE.meta.json beside -o FILE: the pipeline fingerprint, the command line, "
            "the versions, the time (UTC) and the inputs. Needs -o.",
        ),
    ] = False,
    quiet: Quiet = False,
) -> None:
    """Print one JSON object per entity mention found in the inputs."""
    from seedner.execution.extract import run_extract
    from seedner.execution.options import OutputOptions
    from seedner.execution.provenance import RunRecord

    format_name = str(format)
    if format_name in DIRECTORY_FORMATS and (output is None or str(output) == "-"):
        raise typer.BadParameter(f"--format {format_name} writes files: give -o DIR", param_hint="'--output'")
    target = OutputOptions(path=output, format=format_name, unique=unique, include_text=include_text)
    run = RunRecord(command_line(), extraction.config) if provenance else None
    with usage_errors():
        code = run_extract(extraction, target, Diagnostics(quiet=quiet), scheduler=scheduler, provenance=run)
    raise typer.Exit(code)


@with_extraction_options()
def acronyms(
    extraction: ExtractionOptions,
    *,
    output: Output = None,
    format: Annotated[GlossaryFormat, typer.Option("--format", "-f", help="Output format.")] = "jsonl",  # type: ignore[valid-type]
    quiet: Quiet = False,
) -> None:
    """A glossary: one line per distinct acronym (expansion, source, candidates, count, docs)."""
    from seedner.execution.glossary import run_glossary

    raise typer.Exit(run_glossary(extraction, output, str(format), Diagnostics(quiet=quiet)))
