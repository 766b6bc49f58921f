"""The ``seedner`` command line (Typer only: options in, library calls out).

Data goes to stdout, diagnostics to stderr.  The library raises domain errors;
:func:`main` is the one boundary that turns them into ``seedner: error: …``
lines and exit codes.  spaCy is imported only by commands that need it, so
``seedner --help`` and ``--version`` start fast.
"""

from __future__ import annotations

import contextlib
import enum
import os
import signal
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__
from .allocator import keep_large_blocks
from .cli_options import (
    Encoding,
    Gazetteers,
    Glob,
    IdField,
    InputFormat,
    InputFormatChoice,
    Inputs,
    Jobs,
    Labels,
    NoDefaultGazetteers,
    Quiet,
    TextField,
    parse_labels,
)
from .cli_render import RENDER_EPILOG, render_command
from .console import Diagnostics
from .errors import GazetteerError, ModelLoadError, OutputError, ReaderGone, SeednerError


class ExitCode(enum.IntEnum):
    """Exit codes, documented in the README (a test keeps them in sync)."""

    OK = 0
    INPUT_FAILED = 1
    USAGE = 2
    SETUP_FAILED = 3
    OUTPUT_FAILED = 4
    INTERNAL_ERROR = 70
    INTERRUPTED = 130
    BROKEN_PIPE = 141
    TERMINATED = 143


class OutputFormat(enum.StrEnum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"
    tsv = "tsv"
    doc = "doc"
    spans = "spans"
    brat = "brat"


class GlossaryFormat(enum.StrEnum):
    jsonl = "jsonl"
    table = "table"


EXTRACT_EPILOG = """\
Examples:

  seedner extract dispatch.txt | jq -r .text

  seedner extract corpus/ --glob '*.md' -o mentions.jsonl

  seedner extract --input-format jsonl --text-field body articles.jsonl

  cat note.txt | seedner extract --labels ORG,PER --format table
"""

app = typer.Typer(
    name="seedner",
    help="Extract people, organisations, places and acronyms from French text, as JSON Lines.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"seedner {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    *,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Extract people, organisations, places and acronyms from French text, as JSON Lines."""


@app.command(epilog=EXTRACT_EPILOG)
def extract(
    inputs: Inputs = None,
    *,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.")
    ] = None,
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.jsonl,
    input_format: InputFormat = InputFormatChoice.auto,
    glob: Glob = "*.txt",
    text_field: TextField = "text",
    id_field: IdField = "id",
    encoding: Encoding = "utf-8",
    labels: Labels = None,
    gazetteer: Gazetteers = None,
    no_default_gazetteers: NoDefaultGazetteers = False,
    unique: Annotated[
        bool,
        typer.Option("--unique", help="One record per (doc, label, canonical) with count and mentions."),
    ] = False,
    jobs: Jobs = 1,
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
    quiet: Quiet = False,
) -> None:
    """Print one JSON object per entity mention found in the inputs."""
    from .extract_command import ExtractRequest, run_extract

    if format is OutputFormat.brat and (output is None or str(output) == "-"):
        raise typer.BadParameter("--format brat writes files: give -o DIR", param_hint="'--output'")
    request = ExtractRequest(
        inputs=tuple(inputs or ()),
        output=output,
        format=format.value,
        input_format=input_format.value,
        glob=glob,
        text_field=text_field,
        id_field=id_field,
        encoding=encoding,
        labels=parse_labels(labels),
        gazetteers=tuple(gazetteer or ()),
        default_gazetteers=not no_default_gazetteers,
        scheduler=scheduler,
        unique=unique,
        jobs=jobs,
        quiet=quiet,
        include_text=include_text,
    )
    raise typer.Exit(run_extract(request, Diagnostics(quiet=quiet)))


@app.command()
def acronyms(
    inputs: Inputs = None,
    *,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    format: Annotated[
        GlossaryFormat, typer.Option("--format", "-f", help="Output format.")
    ] = GlossaryFormat.jsonl,
    input_format: InputFormat = InputFormatChoice.auto,
    glob: Glob = "*.txt",
    text_field: TextField = "text",
    id_field: IdField = "id",
    encoding: Encoding = "utf-8",
    gazetteer: Gazetteers = None,
    no_default_gazetteers: NoDefaultGazetteers = False,
    jobs: Jobs = 1,
    quiet: Quiet = False,
) -> None:
    """A glossary: one line per distinct acronym (expansion, source, candidates, count, docs)."""
    from .extract_command import ExtractRequest
    from .glossary_command import run_glossary

    request = ExtractRequest(
        inputs=tuple(inputs or ()),
        output=output,
        format=format.value,
        input_format=input_format.value,
        glob=glob,
        text_field=text_field,
        id_field=id_field,
        encoding=encoding,
        gazetteers=tuple(gazetteer or ()),
        default_gazetteers=not no_default_gazetteers,
        jobs=jobs,
        quiet=quiet,
    )
    raise typer.Exit(run_glossary(request, Diagnostics(quiet=quiet)))


@app.command()
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(help="Gold JSONL: seedner gold, Prodigy spans or doccano format.", show_default=False),
    ],
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    min_f1: Annotated[
        float | None,
        typer.Option("--min-f1", min=0.0, max=1.0, help="Exit 1 when entity F1 is below this (a CI gate)."),
    ] = None,
    misses: Annotated[
        bool, typer.Option("--misses", help="List false negatives and false positives with context.")
    ] = False,
    labels: Labels = None,
    gazetteer: Gazetteers = None,
    no_default_gazetteers: NoDefaultGazetteers = False,
    quiet: Quiet = False,
) -> None:
    """Score extraction against annotated texts (entities, acronyms, expansions)."""
    from .evaluate_command import EvaluateRequest, run_evaluate

    request = EvaluateRequest(
        gold=gold,
        as_json=as_json,
        min_f1=min_f1,
        misses=misses,
        labels=parse_labels(labels),
        gazetteers=tuple(gazetteer or ()),
        default_gazetteers=not no_default_gazetteers,
    )
    output, code = run_evaluate(request, Diagnostics(quiet=quiet))
    sys.stdout.write(output)
    raise typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the records `extract` writes."""
    import json
    from importlib import resources

    schema_text = resources.files("seedner").joinpath("schema.json").read_text("utf-8")
    typer.echo(json.dumps(json.loads(schema_text), ensure_ascii=False, indent=2))


def _mount_subcommands() -> None:
    try:
        from .cli_gazetteer import gazetteer_app
    except ImportError:  # pragma: no cover - the sub-app is part of the package
        return
    app.add_typer(gazetteer_app, name="gazetteer")


_mount_subcommands()
app.command("render", epilog=RENDER_EPILOG)(render_command)


def _terminate(signum: int, frame: object) -> NoReturn:
    raise SystemExit(ExitCode.TERMINATED)


def _exit_code_for(error: SeednerError) -> ExitCode:
    if isinstance(error, ModelLoadError | GazetteerError):
        return ExitCode.SETUP_FAILED
    if isinstance(error, OutputError):
        return ExitCode.OUTPUT_FAILED
    return ExitCode.INPUT_FAILED


def main() -> None:
    """Console-script entry point: the single error boundary."""
    signal.signal(signal.SIGTERM, _terminate)
    keep_large_blocks()
    try:
        app(prog_name="seedner")
    except ReaderGone:
        _silence_stdout()
        sys.exit(ExitCode.BROKEN_PIPE)
    except SeednerError as error:
        for line in str(error).splitlines() or [type(error).__name__]:
            _print_error(f"seedner: error: {line}")
        sys.exit(_exit_code_for(error))
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(ExitCode.BROKEN_PIPE)
    except Exception as error:  # a bug: one line for users, the traceback on demand
        if os.environ.get("SEEDNER_DEBUG"):
            raise
        hint = "set SEEDNER_DEBUG=1 for the traceback"
        _print_error(f"seedner: internal error: {type(error).__name__}: {error} ({hint})")
        sys.exit(ExitCode.INTERNAL_ERROR)


def _print_error(line: str) -> None:
    """One line on stderr; nothing when stderr is closed (never into the data on stdout)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(line, file=sys.stderr, flush=True)


def _silence_stdout() -> None:
    """After the reader went away, make the interpreter's final flush a no-op."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
