"""``seedner extract`` and ``seedner render`` as operations: inputs in, records written, a summary.

The command line only parses options and calls :func:`run_extract`; the same
run can be driven from Python with the same behaviour.
"""

from __future__ import annotations

import stat
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from seedner.errors import OptionError
from seedner.execution.allocator import freeze_built_objects
from seedner.execution.batches import Result
from seedner.execution.options import ExtractionOptions, OutputOptions
from seedner.execution.reporting import Reporter
from seedner.execution.run import write_results
from seedner.io.atomic import is_stdout, output_stream
from seedner.io.readers import InputFailure, Item, iter_documents, list_inputs
from seedner.io.stdin import live_stdin
from seedner.io.writers import DIRECTORY_FORMATS, make_writer
from seedner.records.record import unique_records

if TYPE_CHECKING:
    from pathlib import Path

    from seedner.execution.extractor import Extractor
    from seedner.execution.provenance import RunRecord
    from seedner.pipeline.settings import PipelineSettings


def run_extract(
    options: ExtractionOptions,
    output: OutputOptions,
    reporter: Reporter,
    *,
    scheduler: str | None = None,
    provenance: RunRecord | None = None,
) -> int:
    """Run the extraction; returns the exit code (0, or 1 when an input failed).

    The pipeline is built before any output is opened, so a setup error (model
    missing, malformed gazetteer) leaves no file behind.  With ``provenance``,
    ``FILE.meta.json`` is written beside the output once it is complete.
    """
    if provenance is not None and is_stdout(output.path):
        raise OptionError("--provenance", "needs -o FILE: the record is written beside it as FILE.meta.json")
    record = None
    if provenance is not None and output.path is not None:  # what the run is made with, read before it
        from seedner.execution.provenance import sidecar

        record = sidecar(options, provenance, output.path)
    if scheduler is not None and options.cache is not None:
        raise OptionError(
            "--cache",
            "is not available with --scheduler: its SQLite file must stay on one machine; "
            "a Dask run resumes from its parts instead",
        )
    if scheduler is not None:  # the same run on a Dask cluster, one part file per partition
        from seedner.execution.cluster_extract import run_extract_on_cluster

        code = run_extract_on_cluster(options, output, reporter, scheduler)
    else:
        code = _run_here(options, output, reporter)
    if record is not None and output.path is not None:
        from seedner.execution.provenance import write_sidecar

        reporter.note(f"provenance written to {write_sidecar(output.path, record | {'exit_code': code})}")
    return code


def _run_here(options: ExtractionOptions, output: OutputOptions, reporter: Reporter) -> int:
    sizes: deque[int] = deque()  # input bytes of the items read and not yet written, in order
    stdin = live_stdin(options.inputs)  # a pipe or a terminal: each JSONL line processed as it comes
    items = iter_documents(
        options.inputs, options.read, notify=reporter.note, warn=reporter.warning, stdin=stdin
    )
    idle = stdin.idle if stdin is not None else None
    results = extraction_results(
        options, _noting_sizes(items, sizes), idle=idle, warn=reporter.warning, note=reporter.note
    )
    if output.unique:
        results = (replace(result, records=tuple(unique_records(result.records))) for result in results)
    directory = output.path if output.format in DIRECTORY_FORMATS else None  # brat: -o is a folder
    with output_stream(None if directory else output.path) as stream:
        writer = make_writer(output.format, stream, include_text=output.include_text, directory=directory)
        # No progress display over the text someone types on the terminal.
        typed = stdin is not None and stdin.isatty()
        with reporter.progress(not typed, total=input_bytes(options)) as advance:
            summary = write_results(
                results,
                writer,
                report_error=reporter.error,
                labels=options.labels,
                on_result=lambda _result: advance(sizes.popleft() if sizes else 0),
            )
    reporter.summary(summary.line())
    return 1 if summary.errors else 0


def _noting_sizes(items: Iterator[Item], sizes: deque[int]) -> Iterator[Item]:
    """The items, each one's input bytes noted as it is read (one result comes back per item, in order)."""
    for item in items:
        sizes.append(item.size)
        yield item


def input_bytes(options: ExtractionOptions) -> int | None:
    """The bytes the inputs hold, from their sizes before any is read; None when unknown (stdin, a FIFO)."""
    total = 0
    for found in list_inputs(options.inputs, options.read):
        if isinstance(found, InputFailure):
            continue
        if found.info is None or not stat.S_ISREG(found.info.st_mode):
            return None
        total += found.info.st_size
    return total


def extraction_results(
    options: ExtractionOptions,
    items: Iterator[Item],
    *,
    idle: Callable[[], bool] | None = None,
    warn: Callable[[str], None] | None = None,
    note: Callable[[str], None] | None = None,
) -> Iterator[Result]:
    """Results in input order, from this process or from ``--jobs`` workers, through ``--cache`` if given.

    The one-process pipeline is built here, before any output is opened, so a
    set-up error leaves no file behind.  With the cache it is built when the
    first document is not found there (in the first batch, before any output,
    when that document is among the first read); ``warn`` hears of a damaged
    cache entry, ``note`` what the cache reused.  ``idle``: whether the input would
    be waited for (stdin), to process what has arrived first (without the cache).
    """
    if options.cache is not None:
        return _through_cache(options.cache, options, items, warn or _ignore, note)
    if options.jobs == 1:
        from seedner.execution.extractor import Extractor

        extractor = Extractor(settings=options.pipeline)
        freeze_built_objects()
        return extractor.run(items, idle=idle)
    from seedner.execution.parallel import run_parallel

    return run_parallel(items, options.pipeline, options.jobs, idle=idle)


def _through_cache(
    directory: Path,
    options: ExtractionOptions,
    items: Iterator[Item],
    warn: Callable[[str], None],
    note: Callable[[str], None] | None,
) -> Iterator[Result]:
    """Hits from the cache in ``directory``, misses computed here or by the ``--jobs`` workers."""
    from seedner.execution.cache import Compute, ResultCache, cached_results

    cache = ResultCache(directory, options.pipeline, warn=warn)
    settings = options.pipeline
    compute: Compute
    if options.jobs == 1:
        compute = _one_process(settings)
    else:
        from seedner.execution.parallel import parallel_batches

        def compute(batches: Iterator[list[Item]]) -> Iterator[list[Result]]:
            return parallel_batches(batches, settings, options.jobs)

    return cached_results(items, cache, compute, max_bytes=options.cache_max_size, note=note)


def _one_process(settings: PipelineSettings) -> Callable[[Iterator[list[Item]]], Iterator[list[Result]]]:
    """Batches computed here, the pipeline built when the first batch that is not empty comes."""

    def compute(batches: Iterator[list[Item]]) -> Iterator[list[Result]]:
        extractor: Extractor | None = None
        for batch in batches:
            if not batch:
                yield []
                continue
            if extractor is None:
                from seedner.execution.extractor import Extractor

                extractor = Extractor(settings=settings)
                freeze_built_objects()
            yield extractor.process_batch(batch)

    return compute


def _ignore(message: str) -> None:
    """Default for warnings nobody asked to see."""
