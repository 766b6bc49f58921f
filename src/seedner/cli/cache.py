"""``seedner cache info | prune | clear``: look after the result cache of ``--cache DIR``.

Declarations and display only; the cache itself is ``seedner.execution.cache_store``.
DIR is the argument, else ``SEEDNER_CACHE_DIR``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from seedner.cli.diagnostics import Diagnostics
from seedner.cli.options import parse_cache_size, usage_errors
from seedner.execution.options import DEFAULT_CACHE_MAX_BYTES

cache_app = typer.Typer(
    name="cache",
    help="Look after the result cache of --cache DIR: its size, pruning, clearing.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

Directory = Annotated[
    Path | None,
    typer.Argument(
        metavar="DIR",
        envvar="SEEDNER_CACHE_DIR",
        help="The cache directory (default: $SEEDNER_CACHE_DIR).",
        show_default=False,
    ),
]


def _directory(directory: Path | None) -> Path:
    if directory is None:
        raise typer.BadParameter("give the cache directory, or set SEEDNER_CACHE_DIR", param_hint="'DIR'")
    return directory


def megabytes(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"


@cache_app.command()
def info(
    directory: Directory = None,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of lines.")] = False,
) -> None:
    """Entries, size, last use and the hits and misses counted since the cache was made or cleared."""
    from seedner.execution.cache_store import open_existing

    diagnostics = Diagnostics()
    with usage_errors():
        store = open_existing(_directory(directory), diagnostics.warning)
    try:
        shown = store.info()
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps(shown, ensure_ascii=False, indent=2))
        return
    looked_up = shown["hits"] + shown["misses"]
    rate = f" ({100 * shown['hits'] / looked_up:.0f} % of look-ups)" if looked_up else ""
    for name, value in (
        ("file", shown["path"]),
        ("entries", f"{shown['entries']:,}"),
        ("entry size", megabytes(shown["entry_bytes"])),
        ("file size", megabytes(shown["file_bytes"])),
        ("least recently used", shown["least_recently_used"] or "-"),
        ("most recently used", shown["most_recently_used"] or "-"),
        ("hits", f"{shown['hits']:,}{rate}"),
        ("misses", f"{shown['misses']:,}"),
        ("stored", f"{shown['stored']:,}"),
        ("damaged entries met", f"{shown['damaged']:,}"),
    ):
        typer.echo(f"{name + ':':<21}{value}")


@cache_app.command()
def prune(
    directory: Directory = None,
    *,
    max_size: Annotated[
        str,
        typer.Option(
            "--max-size",
            metavar="SIZE",
            help="Keep at most SIZE (500MB, 2GB): the entries used longest ago go first.",
            callback=parse_cache_size,
        ),
    ] = f"{DEFAULT_CACHE_MAX_BYTES // 1_000_000}MB",
) -> None:
    """Remove the entries used longest ago until the cache holds at most --max-size."""
    from seedner.execution.cache_store import open_existing

    diagnostics = Diagnostics()
    with usage_errors():
        store = open_existing(_directory(directory), diagnostics.warning)
    try:
        removed, freed = store.prune(int(max_size))
    finally:
        store.close()
    diagnostics.summary(f"{removed:,} entries removed, {megabytes(freed)} freed")


@cache_app.command()
def clear(directory: Directory = None) -> None:
    """Remove every entry (and the statistics)."""
    from seedner.execution.cache_store import open_existing

    diagnostics = Diagnostics()
    with usage_errors():
        store = open_existing(_directory(directory), diagnostics.warning)
    try:
        removed = store.clear()
    finally:
        store.close()
    diagnostics.summary(f"{removed:,} entries removed")
