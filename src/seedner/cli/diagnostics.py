"""Diagnostics on stderr: errors, notes, progress and the closing summary.

Nothing here ever writes to stdout, which carries data only.  Colour and the
progress bar appear only on a terminal; ``NO_COLOR`` is honoured by rich.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TextIO


class Diagnostics:
    """The stderr side of a command."""

    def __init__(self, *, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.quiet = quiet
        # None when stderr is closed (``2>&-``): messages are then dropped, since
        # print(file=None) would write them into the data on stdout.
        self.stream: TextIO | None = stream or sys.stderr

    def error(self, message: str) -> None:
        """A failure of one input or of the run; always shown."""
        self._print(f"seedner: error: {message}")

    def warning(self, message: str) -> None:
        """Something the user should know that did not stop anything; always shown."""
        self._print(f"seedner: warning: {message}")

    def note(self, message: str) -> None:
        """Information (e.g. the encoding detected); hidden by --quiet."""
        if not self.quiet:
            self._print(f"seedner: {message}")

    def summary(self, line: str) -> None:
        if not self.quiet:
            self._print(f"seedner: {line}")

    def _print(self, text: str) -> None:
        if self.stream is None:
            return
        with suppress(BrokenPipeError, ValueError):
            print(text, file=self.stream, flush=True)

    @property
    def interactive(self) -> bool:
        stream = self.stream
        return stream is not None and not self.quiet and hasattr(stream, "isatty") and stream.isatty()

    @contextmanager
    def progress(
        self, enabled: bool, description: str = "extracting", total: int | None = None
    ) -> Iterator[_Advance]:
        """A progress display on stderr, only on a terminal and without --quiet; never on stdout.

        With ``total`` (the input bytes, known from the files' sizes before reading), a bar,
        the bytes done and the time remaining; without, a count of documents and the time spent.
        """
        if not (enabled and self.interactive):
            yield _Advance(None)
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            ProgressColumn,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        console = Console(file=self.stream)
        counted = TextColumn("{task.fields[documents]} documents")
        columns: tuple[ProgressColumn, ...] = (
            (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), counted, TimeRemainingColumn())
            if total
            else (SpinnerColumn(), TextColumn("{task.description}"), counted, TimeElapsedColumn())
        )
        # The records go to stdout untouched: the display never redirects it (nor stderr).
        with Progress(
            *columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False
        ) as bar:
            task = bar.add_task(description, total=total or None, documents=0)
            done = 0

            def step(size: int = 0) -> None:
                nonlocal done
                done += 1
                bar.update(task, advance=size if total else 0, documents=done)

            yield _Advance(step)


class _Advance:
    """Callable that moves the progress display one document (of ``size`` input bytes) on, or does nothing."""

    def __init__(self, step: Callable[[int], None] | None) -> None:
        self._step = step

    def __call__(self, size: int = 0) -> None:
        if self._step is not None:
            self._step(size)
