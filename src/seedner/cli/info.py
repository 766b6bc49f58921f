"""``seedner info``: versions, model, data files, configuration and the pipeline fingerprint.

Declarations and display only; what is described is ``seedner.execution.provenance``,
which never loads the model, so the command answers in a fraction of a second.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from seedner.cli.options import with_extraction_options
from seedner.execution.options import ExtractionOptions
from seedner.resources import gazetteer_dir

SHORT_HASH = 12


@with_extraction_options(reads_inputs=False, runs=False)
def info(
    extraction: ExtractionOptions,
    *,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON (full hashes) instead of a table.")
    ] = False,
) -> None:
    """Show what a run would use: versions, model, data files with hashes, config file, fingerprint."""
    from seedner.execution.provenance import describe

    description = describe(extraction, extraction.config)
    if as_json:
        typer.echo(json.dumps(description.to_dict(), ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    model = description.model
    model_text = f"{model.name} {model.version}" if model.found else f"{model.requested} (not found)"
    if model.path:
        model_text += f" ({model.path})"
    about = Table.grid(padding=(0, 2))
    about.add_column(style="bold")
    about.add_column(overflow="fold")
    for name, value in (
        ("seedner", description.seedner),
        ("Python", description.python),
        ("spaCy", description.spacy or "not installed"),
        ("model", model_text),
        ("config", str(description.config) if description.config else "none (library defaults)"),
        ("data", str(gazetteer_dir())),
        ("labels", ", ".join(description.settings["labels"] or ["all"])),
        ("fingerprint", description.fingerprint),
    ):
        about.add_row(name, escape(value))
    files = Table(title="Data files", title_justify="left", header_style="bold")
    files.add_column("role")
    files.add_column("file", overflow="fold")
    files.add_column("entries", justify="right")
    files.add_column("sha256", no_wrap=True)
    for data in description.data_files:
        shown = str(data.path) if data.role == "user gazetteer" else data.path.name  # defaults: in "data"
        files.add_row(data.role, escape(shown), str(data.entries), data.sha256[:SHORT_HASH])
    console = Console(highlight=False)
    console.print(about)
    console.print(files)
