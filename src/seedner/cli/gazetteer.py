"""``seedner gazetteer validate | stats | lookup``: check and explore gazetteer files (and, for lookup, the
acronym dictionaries' senses).

Each command reads what ``extract`` would read: the default gazetteers, then the
user's files, or only the user's with ``--no-default-gazetteers``.  Data goes to
stdout (a table, or JSON with ``--json``); problems are ``file:line: message``
lines and make the command exit with status 1.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from seedner.cli.diagnostics import Diagnostics
from seedner.errors import GazetteerError
from seedner.gazetteer.files import GazetteerEntry, gazetteer_files, load_gazetteers, validate_gazetteers

gazetteer_app = typer.Typer(
    name="gazetteer",
    help="Check and explore the gazetteers (the defaults and your own files).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Your gazetteer files or folders (YAML/CSV); none: the defaults only.", show_default=False
    ),
]
NoDefaults = Annotated[
    bool, typer.Option("--no-default-gazetteers", help="Leave the default gazetteers out.")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@gazetteer_app.command()
def validate(
    paths: PathsArgument = None, *, no_default_gazetteers: NoDefaults = False, as_json: AsJson = False
) -> None:
    """Check the files; print every problem as file:line: message (exit 1 if any)."""
    files = _files(paths, no_default_gazetteers)
    problems = validate_gazetteers(files)
    if as_json:
        _print_json({"files": [str(path) for path in files], "problems": problems})
    else:
        for problem in problems:
            typer.echo(problem)
    diagnostics = Diagnostics()
    if problems:
        diagnostics.error(f"{len(problems)} problem(s) in {len(files)} file(s)")
        raise typer.Exit(1)
    diagnostics.summary(f"{len(files)} file(s) checked, no problem")


@gazetteer_app.command()
def stats(
    paths: PathsArgument = None, *, no_default_gazetteers: NoDefaults = False, as_json: AsJson = False
) -> None:
    """Count the entries by file, label and category."""
    entries = _load(_files(paths, no_default_gazetteers))
    counts: dict[str, Any] = {
        "entries": len(entries),
        "by_file": dict(Counter(entry.file for entry in entries)),
        "by_label": dict(sorted(Counter(entry.label for entry in entries).items())),
        "by_category": dict(Counter(entry.category for entry in entries).most_common()),
        "names": sum(1 + len(entry.aliases) for entry in entries),
        "acronyms": sum(len(entry.acronyms) for entry in entries),
    }
    if as_json:
        _print_json(counts)
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for title, key in (("file", "by_file"), ("label", "by_label"), ("category", "by_category")):
        table = Table(title=f"Entries by {title}", title_justify="left")
        table.add_column(title)
        table.add_column("entries", justify="right")
        for value, count in counts[key].items():
            table.add_row(value, str(count))
        console.print(table)
    console.print(
        f"{counts['entries']} entries, {counts['names']} names and aliases, {counts['acronyms']} acronyms"
    )


@gazetteer_app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A name, alias or acronym, as it would appear in a text.")],
    *,
    gazetteer: Annotated[
        list[Path] | None, typer.Option("--gazetteer", help="Add your own gazetteer file; repeatable.")
    ] = None,
    no_default_gazetteers: NoDefaults = False,
    as_json: AsJson = False,
) -> None:
    """Show the entries that NAME matches, with the component's matching rules, and the acronym
    dictionaries' senses of NAME when it is written as an acronym (exit 1 if none)."""
    import spacy

    from seedner.gazetteer.component import GazetteerMatcher

    entries = _load(_files(gazetteer, no_default_gazetteers))
    matcher = GazetteerMatcher(spacy.blank("fr"))
    matcher.add_entries(entries)
    found = matcher.lookup(name)
    senses = _dictionary_senses(name)
    if as_json:
        _print_json({"entries": [entry.to_dict() for entry in found], "senses": senses})
    else:
        if found:
            _print_entries(found)
        if senses:
            _print_senses(senses)
    if not found and not senses:
        Diagnostics().error(f"no gazetteer entry or dictionary sense matches {name!r}")
        raise typer.Exit(1)


def _dictionary_senses(name: str) -> list[dict[str, str]]:
    """The senses of NAME in the acronym dictionaries the pipeline loads, when the acronym component
    would read NAME as an acronym (``TRACFIN``, ``Tracfin``, ``DGFiP``; not ``tracfin``)."""
    from seedner.acronyms.rules import token_shape
    from seedner.acronyms.senses import read_dictionary
    from seedner.resources import default_dictionary_files
    from seedner.text.folding import acronym_key

    if token_shape(name.strip()) is None:
        return []
    key = acronym_key(name)
    return [
        {**row, "file": str(path)}
        for path in default_dictionary_files()
        for row in read_dictionary(path)
        if acronym_key(row["acronym"]) == key
    ]


def _files(paths: Sequence[Path] | None, no_defaults: bool) -> list[Path]:
    if no_defaults and not paths:
        Diagnostics().error("--no-default-gazetteers needs at least one gazetteer file")
        raise typer.Exit(2)
    return gazetteer_files(paths or (), include_defaults=not no_defaults)


def _load(files: list[Path]) -> list[GazetteerEntry]:
    """The entries, or every problem on stderr and exit status 1: never a traceback."""
    try:
        return load_gazetteers(files)
    except GazetteerError as error:
        diagnostics = Diagnostics()
        for problem in error.problems:
            diagnostics.error(problem)
        raise typer.Exit(1) from None


def _print_entries(entries: list[GazetteerEntry]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for column in ("id", "label", "name", "aliases", "acronyms", "category", "defined at"):
        table.add_column(column, overflow="fold")
    for entry in entries:
        table.add_row(
            entry.id,
            entry.label,
            entry.name,
            ", ".join(entry.aliases),
            ", ".join(entry.acronyms),
            entry.category,
            f"{entry.file}:{entry.line}",
        )
    Console().print(table)


def _print_senses(senses: list[dict[str, str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Dictionary senses", title_justify="left")
    for column in ("acronym", "expansion", "category", "source", "file"):
        table.add_column(column, overflow="fold")
    for sense in senses:
        table.add_row(
            *(sense.get(column) or "" for column in ("acronym", "expansion", "category", "source", "file"))
        )
    Console().print(table)


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
