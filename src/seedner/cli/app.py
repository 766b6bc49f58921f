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
from typing import Annotated, NoReturn

import typer

from seedner.cli.lazy import LazyGroup
from seedner.errors import (
    ConfigError,
    DiffInputError,
    GazetteerError,
    ModelLoadError,
    OutputError,
    ReaderGone,
    SeednerError,
)
from seedner.execution.allocator import keep_large_blocks
from seedner.version import __version__


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


app = typer.Typer(
    name="seedner",
    cls=LazyGroup,
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


@app.command()
def schema() -> None:
    """Print the JSON Schema of the records `extract` writes."""
    import json
    from importlib import resources

    schema_text = resources.files("seedner").joinpath("schema.json").read_text("utf-8")
    typer.echo(json.dumps(json.loads(schema_text), ensure_ascii=False, indent=2))


def _terminate(signum: int, frame: object) -> NoReturn:
    raise SystemExit(ExitCode.TERMINATED)


def _exit_code_for(error: SeednerError) -> ExitCode:
    if isinstance(error, ModelLoadError | GazetteerError):
        return ExitCode.SETUP_FAILED
    if isinstance(error, OutputError):
        return ExitCode.OUTPUT_FAILED
    if isinstance(error, ConfigError | DiffInputError):
        return ExitCode.USAGE
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
