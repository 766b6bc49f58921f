"""Commands imported when they run, not when ``seedner --help`` lists them.

Each command module pulls in what its options need (readers, formats, the
gazetteer loader, rich tables); importing all of them to print the command list
cost a third of the start-up.  :class:`LazyGroup` lists the commands from the
table below and imports a command's module only when that command is called
(or its own ``--help`` is asked for).  A test keeps each short help equal to the
first line of the command's docstring, so the table cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperCommand, TyperGroup

if TYPE_CHECKING:  # the click that Typer runs on: its own copy in recent versions
    from typer._click import Command, Context, HelpFormatter


@dataclass(frozen=True)
class LazyCommand:
    """Where a command lives: ``module:attribute`` (a function or a Typer sub-app), and its epilog."""

    name: str
    target: str
    short_help: str
    epilog: str | None = None

    def load(self) -> Command:
        module_name, attribute = self.target.split(":")
        module = import_module(module_name)
        found = getattr(module, attribute)
        if isinstance(found, typer.Typer):
            command: Command = typer.main.get_group(found)
        else:
            epilog = getattr(module, self.epilog) if self.epilog else None
            single = typer.Typer(
                add_completion=False, rich_markup_mode="rich", pretty_exceptions_enable=False
            )
            single.command(name=self.name, epilog=epilog)(found)
            command = typer.main.get_command(single)
        command.name = self.name
        return command


LAZY_COMMANDS: tuple[LazyCommand, ...] = (
    LazyCommand(
        "extract",
        "seedner.cli.extract:extract",
        "Print one JSON object per entity mention found in the inputs.",
        "EXTRACT_EPILOG",
    ),
    LazyCommand(
        "acronyms",
        "seedner.cli.extract:acronyms",
        "A glossary: one line per distinct acronym (expansion, source, candidates, count, docs).",
    ),
    LazyCommand(
        "evaluate",
        "seedner.cli.evaluate:evaluate",
        "Score extraction against annotated texts (entities, acronyms, expansions).",
    ),
    LazyCommand(
        "gazetteer",
        "seedner.cli.gazetteer:gazetteer_app",
        "Check and explore the gazetteers (the defaults and your own files).",
    ),
    LazyCommand(
        "cache",
        "seedner.cli.cache:cache_app",
        "Look after the result cache of --cache DIR: its size, pruning, clearing.",
    ),
    LazyCommand(
        "render",
        "seedner.cli.render:render",
        "Write one self-contained HTML report: the texts with their mentions highlighted.",
        "RENDER_EPILOG",
    ),
    LazyCommand(
        "info",
        "seedner.cli.info:info",
        "Show what a run would use: versions, model, data files with hashes, config file, fingerprint.",
    ),
    LazyCommand(
        "diff",
        "seedner.cli.diff:diff",
        "What changed between two result files, per document: mentions added, removed, relabelled...",
        "DIFF_EPILOG",
    ),
    LazyCommand(
        "lint",
        "seedner.cli.lint:lint",
        "Check acronyms as French style wants them: spelled out at first use, once, consistently.",
        "LINT_EPILOG",
    ),
)


class LazyGroup(TyperGroup):
    """The root group: eager commands as Typer declares them, the lazy ones from :data:`LAZY_COMMANDS`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lazy = {command.name: command for command in LAZY_COMMANDS}
        self._loaded: dict[str, Command] = {}
        self._listing = False

    def list_commands(self, ctx: Context) -> list[str]:
        eager = [name for name in super().list_commands(ctx) if name not in self._lazy]
        return [*self._lazy, *eager]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        lazy = self._lazy.get(cmd_name)
        if lazy is None:
            return super().get_command(ctx, cmd_name)
        if cmd_name in self._loaded:
            return self._loaded[cmd_name]
        if self._listing:
            return TyperCommand(cmd_name, short_help=lazy.short_help, help=lazy.short_help)
        self._loaded[cmd_name] = lazy.load()
        return self._loaded[cmd_name]

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        """List the commands by their short help alone: no command module is imported."""
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False
