"""``seedner extract`` and ``seedner render`` as operations: inputs in, records written, a summary.

The command line only parses options and calls :func:`run_extract`; the same
run can be driven from Python with the same behaviour.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from seedner.execution.extractor import Extractor, Result
from seedner.execution.options import ExtractionOptions, OutputOptions
from seedner.execution.reporting import Reporter
from seedner.execution.run import write_results
from seedner.io.atomic import output_stream
from seedner.io.readers import Item, iter_documents
from seedner.io.writers import DIRECTORY_FORMATS, make_writer
from seedner.records.record import unique_records


def run_extract(
    options: ExtractionOptions,
    output: OutputOptions,
    reporter: Reporter,
    *,
    scheduler: str | None = None,
) -> int:
    """Run the extraction; returns the exit code (0, or 1 when an input failed).

    The pipeline is built before any output is opened, so a setup error (model
    missing, malformed gazetteer) leaves no file behind.
    """
    if scheduler is not None:  # the same run on a Dask cluster, one part file per partition
        from seedner.execution.cluster_extract import run_extract_on_cluster

        return run_extract_on_cluster(options, output, reporter, scheduler)
    results = extraction_results(options, iter_documents(options.inputs, options.read, notify=reporter.note))
    if output.unique:
        results = (replace(result, records=tuple(unique_records(result.records))) for result in results)
    directory = output.path if output.format in DIRECTORY_FORMATS else None  # brat: -o is a folder
    with output_stream(None if directory else output.path) as stream:
        writer = make_writer(output.format, stream, include_text=output.include_text, directory=directory)
        with reporter.progress(options.several_inputs) as advance:
            summary = write_results(
                results,
                writer,
                report_error=reporter.error,
                labels=options.labels,
                on_result=lambda _result: advance(),
            )
    reporter.summary(summary.line())
    return 1 if summary.errors else 0


def extraction_results(options: ExtractionOptions, items: Iterator[Item]) -> Iterator[Result]:
    """Results in input order, from this process or from ``--jobs`` workers.

    The one-process pipeline is built here, before any output is opened, so a
    set-up error leaves no file behind.
    """
    if options.jobs == 1:
        return Extractor(settings=options.pipeline).run(items)
    from seedner.execution.parallel import run_parallel

    return run_parallel(items, options.pipeline, options.jobs)
