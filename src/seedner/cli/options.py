"""Options shared by several commands, declared once, with their defaults read from the library.

A command that extracts declares one parameter ``extraction: ExtractionOptions``;
:func:`with_extraction_options` replaces it, in the signature Typer reads, by the
shared options below (inputs, how to read them, gazetteers, labels, jobs), and
builds the :class:`~seedner.execution.options.ExtractionOptions` from them when
the command runs.  A help text, a check or a default therefore changes in one place.
"""

from __future__ import annotations

import enum
import functools
import inspect
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from seedner.errors import OptionError
from seedner.execution.options import ExtractionOptions, parse_size
from seedner.io.readers import InputFormat as InputFormatChoice
from seedner.io.readers import ReadOptions
from seedner.pipeline.settings import PipelineSettings

READ_DEFAULTS = ReadOptions()
EXTRACTION_DEFAULTS = ExtractionOptions()
PIPELINE_DEFAULTS = EXTRACTION_DEFAULTS.pipeline

F = TypeVar("F", bound=Callable[..., Any])


def parse_encoding(value: str) -> str:
    """``--encoding``: a codec Python knows, or ``auto``."""
    from seedner.io.decoding import check_encoding

    try:
        return check_encoding(value)
    except LookupError:
        raise typer.BadParameter(f"unknown encoding {value!r}") from None


def parse_labels(value: str | None) -> frozenset[str] | None:
    """``--labels PER,ORG``: case-insensitive, every label checked."""
    if value is None:
        return None
    from seedner.records.record import LABELS

    chosen = frozenset(part.strip().upper() for part in value.split(",") if part.strip())
    unknown = sorted(chosen - set(LABELS))
    if unknown or not chosen:
        raise typer.BadParameter(
            f"unknown label(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(LABELS)}",
            param_hint="'--labels'",
        )
    return chosen


Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, directories (recursive) or '-' for stdin. None: read stdin "
        "(text; JSONL with --input-format jsonl, each line processed as it comes).",
        show_default=False,
    ),
]
InputFormat = Annotated[
    InputFormatChoice,
    typer.Option(help="How to read inputs; auto: .jsonl/.ndjson files are JSONL, the rest (stdin too) text."),
]


def parse_globs(values: list[str] | None) -> list[str] | None:
    """``--glob``, repeatable: each pattern checked."""
    from seedner.io.walking import check_glob

    try:
        return None if values is None else [check_glob(value) for value in values]
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


Glob = Annotated[
    list[str],
    typer.Option(
        metavar="GLOB",
        help="Files to read in directories, repeatable; '!GLOB' leaves files and folders out. Matched "
        "against the path relative to the directory (the base name for a GLOB without '/'); a file is read "
        "when it matches a GLOB and no '!GLOB' (with '!GLOB's only, *.txt stays).",
        callback=parse_globs,
    ),
]
Hidden = Annotated[
    bool, typer.Option("--hidden", help="Walk hidden files and folders (names starting with '.') too.")
]
NoIgnore = Annotated[
    bool,
    typer.Option(
        "--no-ignore",
        help="Walk what .gitignore files, .git/info/exclude and .seednerignore files exclude too.",
    ),
]
TextField = Annotated[
    str, typer.Option(help="JSONL field holding the text; a dotted path for nested objects.")
]
IdField = Annotated[str, typer.Option(help="JSONL field holding the document name (a string or an integer).")]
Strict = Annotated[
    bool, typer.Option("--strict", help="A duplicate JSONL id fails its line (else: a warning).")
]
Encoding = Annotated[
    str,
    typer.Option(
        help="Text encoding of the inputs, or 'auto' to detect cp1252/latin-1/UTF-16.",
        callback=parse_encoding,
    ),
]
Labels = Annotated[
    str | None,
    typer.Option(
        help="Keep only these labels, comma-separated (PER,ORG,LOC,MISC). Default: PER, ORG, LOC and every "
        "acronym; MISC spans that are no acronym only when MISC is asked for."
    ),
]
Gazetteers = Annotated[
    list[Path] | None,
    typer.Option("--gazetteer", help="Add your own gazetteer file (YAML/CSV); repeatable."),
]
NoDefaultGazetteers = Annotated[
    bool,
    typer.Option(
        "--no-default-gazetteers",
        help="Use only the --gazetteer files (no default entries or institution heads).",
    ),
]
Model = Annotated[
    str,
    typer.Option(
        "--model",
        metavar="NAME_OR_PATH",
        help="The spaCy pipeline: an installed French one with an ner component, or its directory.",
    ),
]
Jobs = Annotated[
    int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: all cores); output order is kept.")
]


def parse_cache_size(value: str) -> int:
    """``--cache-max-size 500MB``: bytes."""
    try:
        return parse_size(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


Cache = Annotated[
    Path | None,
    typer.Option(
        "--cache",
        metavar="DIR",
        envvar="SEEDNER_CACHE_DIR",
        help="Keep each document's records in DIR and reuse them while its text and the pipeline "
        "(model, gazetteers, options, version) are unchanged; same output, much faster re-runs.",
    ),
]
CacheMaxSize = Annotated[
    str,
    typer.Option(
        "--cache-max-size",
        metavar="SIZE",
        envvar="SEEDNER_CACHE_MAX_SIZE",
        help="After the run, remove the entries used longest ago beyond SIZE (500MB, 2GB).",
        callback=parse_cache_size,
    ),
]
Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.")
]
NoConfig = Annotated[
    bool,
    typer.Option(
        "--no-config",
        envvar="SEEDNER_NO_CONFIG",
        help="Ignore the defaults of seedner.toml or \\[tool.seedner] in pyproject.toml.",
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no notes and no summary.")]


def _option(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


# The shared options, in the order --help lists them, with the defaults of the library's own objects.
_READING = (
    inspect.Parameter("inputs", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None, annotation=Inputs),
    _option("input_format", InputFormat, READ_DEFAULTS.input_format),
    _option("glob", Glob, list(READ_DEFAULTS.globs)),
    _option("hidden", Hidden, READ_DEFAULTS.hidden),
    _option("no_ignore", NoIgnore, not READ_DEFAULTS.ignore),
    _option("text_field", TextField, READ_DEFAULTS.text_field),
    _option("id_field", IdField, READ_DEFAULTS.id_field),
    _option("encoding", Encoding, READ_DEFAULTS.encoding),
    _option("strict", Strict, READ_DEFAULTS.strict),
)
_PIPELINE = (
    _option("labels", Labels, None),
    _option("gazetteer", Gazetteers, None),
    _option(
        "no_default_gazetteers", NoDefaultGazetteers, not EXTRACTION_DEFAULTS.pipeline.default_gazetteers
    ),
    _option("model", Model, PIPELINE_DEFAULTS.model),
)
_RUNNING = (
    _option("jobs", Jobs, EXTRACTION_DEFAULTS.jobs),
    _option("cache", Cache, None),
    _option("cache_max_size", CacheMaxSize, f"{EXTRACTION_DEFAULTS.cache_max_size // 1_000_000}MB"),
)
_CONFIG = (_option("no_config", NoConfig, False),)


_CONTEXT = "seedner_context"  # Typer hands the click context to the parameter annotated typer.Context
# Where a value came from, when the configuration file may replace it.
_DEFAULT_SOURCES = frozenset({"DEFAULT", "DEFAULT_MAP"})


def _with_config(values: dict[str, Any], context: typer.Context) -> Path | None:
    """Fill the options left at their default from the configuration file; returns the file read.

    An option given on the command line or in its environment variable wins over the file.
    """
    if values.pop("no_config"):
        return None
    from seedner.execution.config import discover_config

    config = discover_config()
    if config is None:
        return None
    for name, value in config.values.items():
        if name not in values:  # a key for options this command does not have (``jobs`` for ``info``)
            continue
        source = context.get_parameter_source(name)
        if source is None or source.name in _DEFAULT_SOURCES:
            values[name] = value
    return config.path


def _build(values: dict[str, Any], *, reads_inputs: bool) -> ExtractionOptions:
    read = (
        ReadOptions(
            globs=tuple(values["glob"]),
            hidden=values["hidden"],
            ignore=not values["no_ignore"],
            input_format=InputFormatChoice(values["input_format"]),
            text_field=values["text_field"],
            id_field=values["id_field"],
            encoding=values["encoding"],
            strict=values["strict"],
        )
        if reads_inputs
        else READ_DEFAULTS
    )
    return ExtractionOptions(
        inputs=tuple(values.get("inputs") or ()),
        read=read,
        pipeline=PipelineSettings(
            model=values["model"],
            gazetteer_paths=tuple(values["gazetteer"] or ()),
            default_gazetteers=not values["no_default_gazetteers"],
        ),
        labels=parse_labels(values["labels"]),
        jobs=values.get("jobs", EXTRACTION_DEFAULTS.jobs),
        cache=values.get("cache"),
        cache_max_size=values.get("cache_max_size", EXTRACTION_DEFAULTS.cache_max_size),
        config=values.get("config"),
    )


def with_extraction_options(*, reads_inputs: bool = True, runs: bool = True) -> Callable[[F], F]:
    """Give the decorated command the shared options in place of its ``extraction`` parameter.

    ``reads_inputs=False`` (``evaluate``, which reads a gold file) leaves the
    input and reading options out; ``runs=False`` (``info``, which runs nothing) leaves ``--jobs``
    and ``--cache`` out.
    """
    shared = (_READING if reads_inputs else ()) + _PIPELINE + (_RUNNING if runs else ()) + _CONFIG
    names = [parameter.name for parameter in shared]

    def decorate(command: F) -> F:
        signature = inspect.signature(command, eval_str=True)
        own = [parameter for name, parameter in signature.parameters.items() if name != "extraction"]
        context = inspect.Parameter(_CONTEXT, inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context)
        ordered = sorted([*own, *shared, context], key=lambda parameter: parameter.kind)  # positional first

        @functools.wraps(command)
        def wrapper(*args: Any, **values: Any) -> Any:
            given = {name: values.pop(name) for name in names}
            given["config"] = _with_config(given, values.pop(_CONTEXT))
            extraction = _build(given, reads_inputs=reads_inputs)
            return command(*args, extraction=extraction, **values)

        wrapper.__signature__ = signature.replace(parameters=ordered)  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def command_line() -> tuple[str, ...]:
    """The command line as typed (the program named ``seedner``), for the provenance record."""
    return ("seedner", *sys.argv[1:])


@contextmanager
def usage_errors() -> Iterator[None]:
    """An option the run found unusable (``--scheduler`` without ``-o``...) is a usage error: exit 2."""
    try:
        yield
    except OptionError as error:
        raise typer.BadParameter(error.message, param_hint=f"'{error.option}'") from None


def choices(name: str, values: tuple[str, ...]) -> type[enum.StrEnum]:
    """A Typer choice type from a tuple of names (the writer registry's formats)."""
    return enum.StrEnum(name, {value: value for value in values})  # type: ignore[return-value]
