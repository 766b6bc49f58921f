"""Where a command's output goes: stdout, a device written in place, or a file replaced atomically.

Every command writes through :func:`output_stream`, so they all fail the same way:
a file under its final name is either the complete output or untouched (a
temporary file beside it is renamed on success and removed on any failure), an
``OSError`` becomes an :class:`~seedner.errors.OutputError` naming the target,
and a reader that went away (``| head``) becomes :class:`~seedner.errors.ReaderGone`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import IO

from seedner.errors import OutputError, ReaderGone
from seedner.io.signals import signals_deferred

STDOUT = "-"


def is_stdout(path: Path | str | None) -> bool:
    """No ``-o``, or ``-o -``."""
    return path is None or str(path) == STDOUT


class AtomicOutput:
    """A temporary file beside ``path``, renamed to it by :meth:`commit`, removed by :meth:`discard`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        folder = path.parent if str(path.parent) else Path(".")
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        self.temporary = Path(temporary)
        os.chmod(self.temporary, new_file_mode())
        self.stream: IO[bytes] = os.fdopen(handle, "wb")

    def commit(self) -> None:
        # Held signals: a SIGTERM here must not leave the temporary file behind.
        with signals_deferred():
            self.stream.close()
            os.replace(self.temporary, self.path)

    def discard(self) -> None:
        with suppress(OSError):  # a failed flush (disk full) must not keep the file
            self.stream.close()
        self.temporary.unlink(missing_ok=True)


@contextmanager
def output_stream(path: Path | None) -> Iterator[IO[bytes]]:
    """The binary stream a command writes to ``path`` (stdout for None or ``-``), finished at the end.

    A regular file (new or existing) is written atomically; a device, FIFO or
    ``/dev/stdout`` is written in place.  Any failure ends the block with a
    domain error and no partial file.
    """
    where = "stdout" if is_stdout(path) else str(path)
    try:
        if is_stdout(path):
            if sys.stdout is None:
                raise OutputError("stdout is closed")
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        else:
            assert path is not None
            if path.exists() and not path.is_file():
                with _in_place(path) as stream:
                    yield stream
            else:
                with atomic_output(path) as stream:
                    yield stream
    except BrokenPipeError:
        raise ReaderGone() from None
    except OSError as error:
        raise OutputError(f"{where}: {error.strerror or error}") from None


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A new version of the file ``path``: committed when the block ends normally, discarded otherwise."""
    try:
        output = AtomicOutput(path)
    except OSError as error:
        raise OutputError(f"{path}: {error.strerror or error}") from None
    try:
        yield output.stream
        output.commit()
    except BaseException as error:
        output.discard()
        if isinstance(error, OSError) and not isinstance(error, BrokenPipeError):
            raise OutputError(f"{path}: {error.strerror or error}") from None
        raise


@contextmanager
def _in_place(path: Path) -> Iterator[IO[bytes]]:
    stream = path.open("wb")
    try:
        yield stream
        stream.close()  # a device that is full says so here
    finally:
        with suppress(OSError):
            stream.close()


def replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` as the new content of ``path``, never seen half written."""
    with atomic_output(path) as stream, signals_deferred():
        stream.write(data)


@cache
def new_file_mode() -> int:
    """The mode ``open()`` would give (mkstemp's 0600 would hide files from a brat server)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
