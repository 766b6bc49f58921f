"""The options every extracting command shares, declared once with their defaults.

``extract``, ``acronyms``, ``render`` and ``evaluate`` read inputs, build the
pipeline and filter labels the same way: they all take one :class:`ExtractionOptions`.
The command line builds it from one declaration of these options
(``seedner.cli.options``) whose defaults are read from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from seedner.io.readers import ReadOptions
from seedner.pipeline.settings import PipelineSettings

DEFAULT_CACHE_MAX_BYTES = 1_000_000_000  # --cache-max-size when not given: 1 GB
_SIZE = re.compile(r"(\d+(?:\.\d*)?)\s*([KMGT]?)(I?)B?", re.IGNORECASE)


def parse_size(text: str) -> int:
    """``500MB``, ``2G``, ``1.5GiB``, ``100000``: bytes (K, M, G, T decimal; KiB, MiB, GiB, TiB binary)."""
    match = _SIZE.fullmatch(text.strip())
    if match is None or (match.group(3) and not match.group(2)):
        raise ValueError(f"not a size: {text!r} (examples: 500MB, 2GB, 1.5GiB)")
    number, prefix, binary = match.groups()
    power = "KMGT".index(prefix.upper()) + 1 if prefix else 0
    return int(float(number) * (1024 if binary else 1000) ** power)


@dataclass(frozen=True)
class ExtractionOptions:
    """What to read, how to read it, the pipeline to run, the labels kept, the worker count and the cache."""

    inputs: tuple[str, ...] = ()
    read: ReadOptions = field(default_factory=ReadOptions)
    pipeline: PipelineSettings = field(default_factory=PipelineSettings)
    labels: frozenset[str] | None = None  # None: every label
    jobs: int = 1  # worker processes; 0: one per core
    cache: Path | None = None  # --cache DIR: reuse the records of documents already processed
    cache_max_size: int = DEFAULT_CACHE_MAX_BYTES  # bytes the cache is pruned to after a run (LRU)
    config: Path | None = None  # the configuration file the defaults were read from, if any


@dataclass(frozen=True)
class OutputOptions:
    """Where and how ``extract`` writes its records."""

    path: Path | None = None  # None or "-": stdout; a directory for brat
    format: str = "jsonl"
    unique: bool = False  # one record per (doc, label, canonical)
    include_text: bool = False  # --format doc: each document's text too
