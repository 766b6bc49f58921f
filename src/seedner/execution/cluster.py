"""The same extraction on a Dask cluster: one JSONL part per partition, resumable.

The client cuts the inputs into partitions (:mod:`seedner.execution.partitions`): small
descriptions that the workers read themselves from the shared filesystem.
Each worker builds the pipeline once (:class:`ExtractorPlugin`), writes its
part under a temporary name and renames it when complete, and sends back the
part's counts, checksum and input failures.  The client keeps
``manifest.json``, so a re-run redoes only the parts that are missing, and
reports failures in input order.  Concatenated in name order, the parts are the
one-process output, byte for byte.

Dask is the optional extra ``seedner[dask]``: only ``--scheduler`` (or a
library user) imports this module.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seedner.errors import OutputError, SeednerError
from seedner.execution.partitions import (
    PARTITION_BYTES,
    Manifest,
    Partition,
    PartReport,
    checksum,
    part_names,
    plan_description,
    plan_partitions,
    read_units,
)
from seedner.execution.run import write_results
from seedner.io.atomic import atomic_output
from seedner.io.readers import Notify, ReadOptions
from seedner.io.writers import JsonlWriter
from seedner.pipeline.settings import PipelineSettings
from seedner.records.record import Record, with_labels


class DaskUnavailable(SeednerError):
    """``dask[distributed]`` is missing: it is the optional extra ``seedner[dask]``."""


class SchedulerUnreachable(SeednerError):
    """No Dask scheduler answers at the address given."""


try:
    import distributed
    from distributed import Client, WorkerPlugin
except ImportError as _missing:  # pragma: no cover - the development environment has the extra
    raise DaskUnavailable(
        f"running on a Dask cluster needs dask[distributed] ({_missing}); "
        "install it with: pip install 'seedner[dask]'"
    ) from None

if TYPE_CHECKING:
    from dask.bag import Bag

    from seedner.execution.extractor import Extractor, Result


__all__ = [
    "DaskUnavailable",
    "ExtractorPlugin",
    "PartReport",
    "connect",
    "extract_bag",
    "extract_to_directory",
    "register_extractor",
]


# --- On the workers -------------------------------------------------------------------------------


class ExtractorPlugin(WorkerPlugin):
    """Builds the pipeline once per worker; tasks find it by name through ``get_worker()``.

    The lock makes a worker with several threads process one partition at a
    time: a spaCy pipeline is not meant to be shared between threads.
    """

    idempotent = True  # registering the same settings again keeps the loaded pipelines

    def __init__(self, settings: PipelineSettings) -> None:
        self.settings = settings
        self.name = "seedner-" + hashlib.sha256(repr(settings).encode("utf-8")).hexdigest()[:16]
        self.extractor: Extractor | None = None
        self.lock: threading.Lock | None = None

    def setup(self, worker: Any) -> None:
        from seedner.execution.allocator import freeze_built_objects, keep_large_blocks
        from seedner.execution.extractor import Extractor

        keep_large_blocks()  # the worker process runs the model for as long as it lives
        self.extractor = Extractor(settings=self.settings)
        freeze_built_objects()
        self.lock = threading.Lock()

    def teardown(self, worker: Any) -> None:
        self.extractor = None


def register_extractor(client: Client, settings: PipelineSettings | None = None) -> str:
    """Load the pipeline on every worker, now and on those that join later; returns the plugin name.

    Raises the workers' error (e.g. ModelLoadError) when the pipeline cannot be built.
    """
    plugin = ExtractorPlugin(_shared_settings(settings or PipelineSettings()))
    client.register_plugin(plugin, name=plugin.name)
    return plugin.name


@dataclass(frozen=True)
class _Job:
    """What every task of a run needs besides its partition."""

    plugin: str
    options: ReadOptions
    labels: frozenset[str] | None = None
    unique: bool = False


def _pipeline(job: _Job) -> tuple[Extractor, threading.Lock]:
    plugin = distributed.get_worker().plugins.get(job.plugin)
    if not isinstance(plugin, ExtractorPlugin) or plugin.extractor is None or plugin.lock is None:
        raise SeednerError(f"no seedner pipeline on this worker: register_extractor() first ({job.plugin})")
    return plugin.extractor, plugin.lock


def _results(extractor: Extractor, job: _Job, units: Partition, notify: Notify) -> Iterator[Result]:
    results = extractor.run(read_units(units, job.options, notify))
    if job.unique:
        from seedner.records.record import unique_records

        results = (replace(result, records=tuple(unique_records(result.records))) for result in results)
    return results


def _write_part(job: _Job, units: Partition, target: str) -> PartReport:
    """Task: one partition into ``target``, written under a temporary name and renamed when complete."""
    extractor, lock = _pipeline(job)
    messages: list[tuple[str, str]] = []
    path = Path(target)
    with atomic_output(path) as stream, lock:
        summary = write_results(
            _results(extractor, job, units, lambda text: messages.append(("note", text))),
            JsonlWriter(stream),
            report_error=lambda text: messages.append(("error", text)),
            labels=job.labels,
        )
    try:
        size, digest = checksum(path)
    except OSError as error:
        raise OutputError(f"{path}: {error.strerror or error}") from None
    return PartReport(path.name, summary.documents, summary.mentions, size, digest, tuple(messages))


def _partition_results(job: _Job, units: Partition) -> list[Result]:
    extractor, lock = _pipeline(job)
    with lock:
        return list(_results(extractor, job, units, lambda _text: None))


def _partition_records(job: _Job, units: Partition) -> list[Record]:
    return [
        record
        for result in _partition_results(job, units)
        for record in with_labels(result.records, job.labels)
    ]


# --- On the client --------------------------------------------------------------------------------


def extract_to_directory(
    inputs: Sequence[str],
    outdir: Path | str,
    client: Client,
    *,
    options: ReadOptions | None = None,
    settings: PipelineSettings | None = None,
    labels: frozenset[str] | None = None,
    unique: bool = False,
    partition_bytes: int = PARTITION_BYTES,
    on_part: Callable[[PartReport], None] | None = None,
) -> list[PartReport]:
    """Extract ``inputs`` on the cluster into ``outdir``: ``part-NNNNN.jsonl`` files and ``manifest.json``.

    A re-run with the same inputs and settings recomputes only the parts that
    are missing or differ from the manifest; a directory holding another run's
    parts is refused (OutputError).  ``on_part`` sees every part in order,
    reused ones included, as soon as the parts before it are done.
    """
    options = options or ReadOptions()
    settings = _shared_settings(settings or PipelineSettings())
    directory = Path(outdir).absolute()
    partitions = plan_partitions(inputs, options, partition_bytes=partition_bytes)
    names = part_names(len(partitions))
    plan = plan_description(inputs, options, settings, labels, unique, partitions)
    manifest = Manifest.open(directory, plan, names)
    reports = manifest.verified()
    futures: dict[distributed.Future[PartReport], int] = {}
    delivered = _deliver(reports, 0, on_part)
    try:
        todo = [index for index in range(len(partitions)) if index not in reports]
        if todo:
            job = _Job(register_extractor(client, settings), options, labels, unique)
            for index in todo:
                target = str(directory / names[index])
                futures[client.submit(_write_part, job, partitions[index], target, pure=False)] = index
        for future in distributed.as_completed(futures):
            index = futures[future]
            reports[index] = future.result()
            manifest.record(index, reports[index])
            delivered = _deliver(reports, delivered, on_part)
    finally:
        unfinished = [future for future in futures if not future.done()]
        if unfinished:
            client.cancel(unfinished)
        manifest.save(force=True)
    return [reports[index] for index in range(len(partitions))]


def extract_bag(
    inputs: Sequence[str],
    *,
    client: Client | None = None,
    options: ReadOptions | None = None,
    settings: PipelineSettings | None = None,
    labels: frozenset[str] | None = None,
    partition_bytes: int = PARTITION_BYTES,
    results: bool = False,
) -> Bag:
    """The records of ``inputs`` as a lazy Dask bag, one partition per input partition, in input order.

    With ``results=True`` the bag holds one :class:`~seedner.execution.extractor.Result` per
    document or input failure instead, so that failures can be seen.  The
    pipeline is loaded on the workers of ``client`` (default: the current one).
    """
    import dask
    import dask.bag

    options = options or ReadOptions()
    client = client or distributed.get_client()
    job = _Job(register_extractor(client, settings), options, labels)
    task = _partition_results if results else _partition_records
    partitions = plan_partitions(inputs, options, partition_bytes=partition_bytes)
    if not partitions:
        return dask.bag.from_sequence([], npartitions=1)
    return dask.bag.from_delayed([dask.delayed(task, pure=False)(job, units) for units in partitions])


@contextlib.contextmanager
def connect(address: str, *, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``address``; ``local`` starts a LocalCluster, closed at the end.

    The local cluster has ``workers`` single-threaded worker processes (default:
    one per core), so that each holds one pipeline and uses one core.
    """
    if address == "local":
        with _sigint_ignored():  # inherited by the worker processes; only this one handles Ctrl-C
            cluster = distributed.LocalCluster(
                n_workers=workers or len(os.sched_getaffinity(0)),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address)
    except (OSError, TimeoutError, ValueError) as error:
        raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {address}: {error}") from None
    with client:
        yield client


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ctrl-C reaches the whole process group: local workers must ignore it and let this process
    stop them, instead of dying with a traceback each.  An ignored signal is kept by child processes;
    Ctrl-C during the start of the cluster (a few seconds) is lost.
    """
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _deliver(
    reports: dict[int, PartReport], delivered: int, on_part: Callable[[PartReport], None] | None
) -> int:
    """Hand over the parts that are now contiguous from the start; returns how many were."""
    while delivered in reports:
        if on_part is not None:
            on_part(reports[delivered])
        delivered += 1
    return delivered


def _shared_settings(settings: PipelineSettings) -> PipelineSettings:
    """Gazetteer paths made absolute, for workers whose working directory differs."""
    return replace(
        settings, gazetteer_paths=tuple(Path(path).absolute() for path in settings.gazetteer_paths)
    )
