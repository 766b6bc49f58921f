"""seedner: people, organisations, places and acronyms from French text.

Library use::

    from seedner import Extractor
    extractor = Extractor()
    for record in extractor.extract_text("La DGSI a interpellé deux hommes à Lyon."):
        print(record["label"], record["text"])

Importing the package is cheap; spaCy and the model load on first use.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("seedner")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

if TYPE_CHECKING:
    from .runner import Extractor, Result

__all__ = ["Extractor", "Result", "__version__"]


def __getattr__(name: str) -> Any:
    if name in {"Extractor", "Result"}:
        from . import runner

        return getattr(runner, name)
    raise AttributeError(f"module 'seedner' has no attribute {name!r}")
