"""``--jobs N``: the same extraction in several processes, output in input order.

Each worker process builds the pipeline once (in its initializer) and then
takes batches of documents.  The parent reads the inputs, keeps a bounded
window of batches in flight (so memory stays flat on any corpus size) and
yields results strictly in input order.  A document that fails inside a worker
is reported for that document by :meth:`Extractor.process_batch`; a worker
that cannot start (model missing) fails the run with that worker's error.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager, suppress
from multiprocessing import get_context

from seedner.errors import SeednerError
from seedner.execution.allocator import freeze_built_objects, keep_large_blocks
from seedner.execution.batches import (
    DEFAULT_BATCH_CHARS,
    DEFAULT_BATCH_SIZE,
    Result,
    bounded_batches,
    item_length,
)
from seedner.execution.extractor import Extractor
from seedner.io.readers import Item
from seedner.io.signals import blocked
from seedner.pipeline.settings import PipelineSettings

# Whether the pool breaks while a batch is handed out or while its results are awaited,
# a killed worker (the OOM killer, say) gives this one message.
_WORKER_DIED = "a worker process died; rerun with --jobs 1 to find the document"
# How long interrupted workers may take to finish the batch in hand.
GRACE_SECONDS = 10.0
# Batches submitted ahead of the one being written, per worker.
WINDOW_PER_WORKER = 2
# How often a worker checks that the process that started it is still there.
PARENT_CHECK_SECONDS = 1.0


class _WorkerState:
    """The worker process's pipeline, or why it could not be built."""

    extractor: Extractor | None = None
    error: SeednerError | None = None


def _start_worker(settings: PipelineSettings, batch_size: int, parent: int) -> None:
    # The parent handles Ctrl-C for everyone; workers must not print tracebacks.
    # They were started with SIGINT blocked (see _sigint_blocked); ignore it for good now.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with suppress(ValueError, OSError):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    threading.Thread(target=_exit_with_parent, args=(parent,), name="seedner-parent", daemon=True).start()
    keep_large_blocks()
    try:
        _WorkerState.extractor = Extractor(settings=settings, batch_size=batch_size)
        freeze_built_objects()
    except SeednerError as error:
        _WorkerState.error = error


def _exit_with_parent(parent: int) -> None:
    """End this worker once its parent is gone.

    A parent killed outright (SIGKILL, the OOM killer, a CI timeout) cannot
    stop its workers, which would otherwise wait for work forever.
    """
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _process_in_worker(batch: list[Item]) -> list[Result]:
    if _WorkerState.extractor is None:
        raise _WorkerState.error or SeednerError("worker process has no pipeline")
    return _WorkerState.extractor.process_batch(batch)


def resolve_jobs(jobs: int) -> int:
    """``0`` means every core this process may use."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def run_parallel(
    items: Iterable[Item],
    settings: PipelineSettings,
    jobs: int,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_chars: int = DEFAULT_BATCH_CHARS,
    idle: Callable[[], bool] | None = None,
) -> Iterator[Result]:
    """Results of ``items`` computed by ``jobs`` worker processes, in input order.

    ``idle`` (a live stream, see :func:`~seedner.execution.batches.bounded_batches`): when the next item
    would be waited for, the batch in hand is handed out and the results of those handed out are
    written first.
    """
    batches = bounded_batches(items, batch_size, batch_chars, item_length, idle)
    computed = parallel_batches(batches, settings, jobs, batch_size=batch_size, idle=idle)
    try:
        for results in computed:
            yield from results
    finally:
        computed.close()  # an abandoned run ends its workers now, not when the generator is collected


def parallel_batches(
    batches: Iterable[list[Item]],
    settings: PipelineSettings,
    jobs: int,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    idle: Callable[[], bool] | None = None,
) -> Generator[list[Result], None, None]:
    """The results of each batch, computed by ``jobs`` worker processes, batch after batch in order.

    An empty batch gives an empty list without a worker: no process is started
    until a batch has something to compute (the result cache hands over empty
    batches when every document of a stretch was found).  ``idle``: as for :func:`run_parallel`.
    """
    workers = resolve_jobs(jobs)
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=_start_worker,
        initargs=(settings, batch_size, os.getpid()),
    )
    pending: deque[Future[list[Result]]] = deque()
    batches = iter(batches)
    try:
        while True:
            while len(pending) < workers * WINDOW_PER_WORKER:
                if pending and idle is not None and idle():
                    break  # nothing more to read right now: write what is being processed first
                batch = next(batches, None)
                if batch is None:
                    break
                if not batch:
                    pending.append(_done([]))
                    continue
                with _sigint_blocked(), _dead_worker_reported():  # submit() starts the workers
                    pending.append(executor.submit(_process_in_worker, batch))
            if not pending:
                break
            with _dead_worker_reported():
                results = pending.popleft().result()
            yield results
        executor.shutdown(wait=True)
    finally:
        _stop(executor, pending)


def _done(results: list[Result]) -> Future[list[Result]]:
    future: Future[list[Result]] = Future()
    future.set_result(results)
    return future


@contextmanager
def _dead_worker_reported() -> Iterator[None]:
    """A pool broken by a dead worker refuses new batches and fails the pending ones: one message."""
    try:
        yield
    except BrokenProcessPool:
        raise SeednerError(_WORKER_DIED) from None


def _sigint_blocked() -> AbstractContextManager[None]:
    """Hold SIGINT in this thread while worker processes may be started.

    A blocked signal mask is inherited through fork and exec, so a worker
    starts immune to the Ctrl-C the terminal sends to the whole process
    group: without this, one pressed while workers import spaCy (before their
    initializer runs) printed their tracebacks.  This process gets the signal
    as soon as the block ends (the standard library's resource tracker is
    started the same way).
    """
    return blocked((signal.SIGINT,))


def _stop(executor: ProcessPoolExecutor, pending: deque[Future[list[Result]]]) -> None:
    """End the workers: queued batches are cancelled, running ones may finish.

    A worker killed while it writes its result leaves half a message in the
    pool's result pipe, and the pool's manager thread then waits for the rest
    forever (the interpreter hangs at exit).  So workers get a few seconds to
    finish the batch in hand and leave on their own; only one that does not is
    terminated.
    """
    for future in pending:
        future.cancel()
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + GRACE_SECONDS
    for process in processes:
        process.join(timeout=max(0.0, deadline - time.monotonic()))
    for process in processes:
        if process.is_alive():
            process.terminate()
            process.join(timeout=5)
