"""Signal masks: hold a signal during a short critical section, deliver it after.

Two callers need the same thing for different reasons: writers hold Ctrl-C and
SIGTERM while a block of output is written (never half a line), and ``--jobs``
holds Ctrl-C while worker processes are started (they inherit the mask).
"""

from __future__ import annotations

import signal
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager


@contextmanager
def blocked(signals: Iterable[signal.Signals]) -> Iterator[None]:
    """Hold ``signals`` in this thread for the block; a pending one arrives at its end.

    Outside the main thread, or where signal masks do not exist, the block
    simply runs unprotected.
    """
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, set(signals))
    except (ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def signals_deferred() -> AbstractContextManager[None]:
    """Hold SIGINT/SIGTERM while a block of output is written, deliver them after."""
    return blocked((signal.SIGINT, signal.SIGTERM))
