"""Standard input as it arrives: a pipe or a terminal is read line by line, never waited on needlessly.

A producer that writes one JSONL line and waits for its records must get them
before it sends the next.  :class:`LiveInput` reads the descriptor itself, so it
knows what it holds: :meth:`LiveInput.idle` says whether the next line is
neither read nor readable without waiting, and the extractor then processes the
documents it has instead of waiting for a full batch.  When lines come faster
than they are processed (``cat corpus.jsonl | seedner ...``), batches fill as
for a file.
"""

from __future__ import annotations

import os
import select
import stat
import sys
from collections.abc import Iterable, Iterator

STDIN = "-"
STDIN_NOTICE = "reading the text from stdin (Ctrl-D to end); give files or directories to read them"
_CHUNK = 1 << 16


def reads_stdin(inputs: Iterable[str]) -> bool:
    """Whether these inputs read stdin (``-``, or no input at all)."""
    inputs = list(inputs)
    return not inputs or STDIN in inputs


def live_stdin(inputs: Iterable[str]) -> LiveInput | None:
    """A :class:`LiveInput` on stdin when the inputs read it and it is a pipe, a socket or a terminal.

    None otherwise: a file redirected to stdin is read at once, as files are.
    """
    if not reads_stdin(inputs) or sys.stdin is None:
        return None
    try:
        descriptor = sys.stdin.fileno()
        mode = os.fstat(descriptor).st_mode
    except (OSError, ValueError):  # closed (<&-) or not a real descriptor: the reader reports it
        return None
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode):
        return LiveInput(descriptor)
    return None


class LiveInput:
    """The bytes of a descriptor as they arrive, with what is buffered known (see :meth:`idle`)."""

    def __init__(self, descriptor: int) -> None:
        self.descriptor = descriptor
        self._buffer = bytearray()
        self._ended = False
        self._started = False  # nothing asked yet: other inputs may come first

    def isatty(self) -> bool:
        return os.isatty(self.descriptor)

    def readline(self) -> bytes:
        """The next line with its ``\\n`` (the last one may lack it); ``b""`` at the end."""
        self._started = True
        start = 0
        while (end := self._buffer.find(b"\n", start)) < 0 and not self._ended:
            start = len(self._buffer)
            self._fill()
        cut = len(self._buffer) if end < 0 else end + 1
        line = bytes(self._buffer[:cut])
        del self._buffer[:cut]
        return line

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line

    def read(self, size: int = -1) -> bytes:
        """Everything up to the end (or ``size`` bytes at most, waiting for them as a file read does)."""
        self._started = True
        while not self._ended and (size < 0 or len(self._buffer) < size):
            self._fill()
        cut = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        data = bytes(self._buffer[:cut])
        del self._buffer[:cut]
        return data

    def idle(self) -> bool:
        """Whether reading the next non-blank line would wait: nothing complete is buffered, the stream
        has not ended and nothing more can be read right now.  False until reading has started."""
        if not self._started:
            return False
        while not self._ended and not self._has_line() and self._readable():
            self._fill()
        return not (self._ended or self._has_line())

    def _fill(self) -> None:
        """One read: at least a byte, or the end."""
        data = os.read(self.descriptor, _CHUNK)
        if data:
            self._buffer += data
        else:
            self._ended = True

    def _has_line(self) -> bool:
        """Whether a complete line with something on it is buffered."""
        start = 0
        while (end := self._buffer.find(b"\n", start)) >= 0:
            if self._buffer[start:end].strip():
                return True
            start = end + 1
        return False

    def _readable(self) -> bool:
        try:
            return bool(select.select([self.descriptor], [], [], 0)[0])
        except (OSError, ValueError):  # no select on this descriptor: behave as a file, never idle
            return True
