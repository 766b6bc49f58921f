"""What an operation tells the person running it, without knowing how it is shown.

Operations report through a :class:`Reporter`; the command line passes one that
prints to stderr (``seedner.cli.diagnostics``), a library caller may pass
:class:`Silent` or a logger-backed one of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol

# Moves a progress display one document (or part) on; the argument is the input bytes it took, if known.
Advance = Callable[..., None]


class Reporter(Protocol):
    """Errors, notes, progress and a closing summary of one run."""

    def error(self, message: str) -> None:
        """A failure of one input or of the run."""

    def warning(self, message: str) -> None:
        """Something that did not stop anything but should be known."""

    def note(self, message: str) -> None:
        """Information (the encoding detected, where a report was written)."""

    def summary(self, line: str) -> None:
        """The closing line of a run."""

    def progress(
        self, enabled: bool, description: str = "extracting", total: int | None = None
    ) -> AbstractContextManager[Advance]:
        """A context giving a callable that moves the progress display one step on.

        ``total``: the input bytes, when known before reading; each step then says how many it took.
        """


class Silent:
    """A :class:`Reporter` that keeps quiet: for library use and tests."""

    def error(self, message: str) -> None:
        pass

    def warning(self, message: str) -> None:
        pass

    def note(self, message: str) -> None:
        pass

    def summary(self, line: str) -> None:
        pass

    @contextmanager
    def progress(
        self, enabled: bool, description: str = "extracting", total: int | None = None
    ) -> Iterator[Advance]:
        yield lambda size=0: None
