"""The options every extracting command shares, declared once with their defaults.

``extract``, ``acronyms``, ``render`` and ``evaluate`` read inputs, build the
pipeline and filter labels the same way: they all take one :class:`ExtractionOptions`.
The command line builds it from one declaration of these options
(``seedner.cli.options``) whose defaults are read from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from seedner.io.readers import ReadOptions
from seedner.pipeline.settings import PipelineSettings


@dataclass(frozen=True)
class ExtractionOptions:
    """What to read, how to read it, the pipeline to run, the labels kept and the worker count."""

    inputs: tuple[str, ...] = ()
    read: ReadOptions = field(default_factory=ReadOptions)
    pipeline: PipelineSettings = field(default_factory=PipelineSettings)
    labels: frozenset[str] | None = None  # None: every label
    jobs: int = 1  # worker processes; 0: one per core
    config: Path | None = None  # the configuration file the defaults were read from, if any


@dataclass(frozen=True)
class OutputOptions:
    """Where and how ``extract`` writes its records."""

    path: Path | None = None  # None or "-": stdout; a directory for brat
    format: str = "jsonl"
    unique: bool = False  # one record per (doc, label, canonical)
    include_text: bool = False  # --format doc: each document's text too
