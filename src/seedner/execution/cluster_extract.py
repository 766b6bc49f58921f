"""``seedner extract --scheduler ADDRESS``: parts in ``-o OUTDIR``, reported like the one-process run."""

from __future__ import annotations

import contextlib
import time

from seedner.errors import OptionError
from seedner.execution.cluster import SchedulerUnreachable, connect, extract_to_directory
from seedner.execution.options import ExtractionOptions, OutputOptions
from seedner.execution.partitions import PartReport
from seedner.execution.reporting import Advance, Reporter
from seedner.execution.run import Summary
from seedner.io.atomic import is_stdout
from seedner.io.readers import STDIN


def run_extract_on_cluster(
    options: ExtractionOptions, output: OutputOptions, reporter: Reporter, scheduler: str
) -> int:
    """Parts in ``output.path``, reported like the one-process run; the exit code likewise."""
    option = "--scheduler"
    if output.path is None or is_stdout(output.path):
        raise OptionError(option, "needs -o OUTDIR, the directory the parts are written to")
    if output.format != "jsonl":
        raise OptionError(option, f"writes JSONL parts only, not --format {output.format}")
    if not options.inputs or STDIN in options.inputs:
        raise OptionError(option, "workers cannot read stdin: give files or directories")
    address = scheduler or "local"
    jobs = options.jobs  # --jobs: the number of local workers, when above 1 (else one per core)
    summary, started = Summary(), time.perf_counter()

    def report(part: PartReport, advance: Advance) -> None:
        advance()
        for kind, text in part.messages:
            (reporter.error if kind == "error" else reporter.note)(text)
        summary.documents += part.documents
        summary.mentions += part.records
        summary.errors += len(part.errors)

    with contextlib.ExitStack() as stack:
        try:
            client = stack.enter_context(connect(address, workers=jobs if jobs > 1 else None))
        except SchedulerUnreachable as error:
            raise OptionError(option, str(error)) from None
        advance = stack.enter_context(reporter.progress(True, "parts"))
        parts = extract_to_directory(
            options.inputs,
            output.path,
            client,
            options=options.read,
            settings=options.pipeline,
            labels=options.labels,
            unique=output.unique,
            on_part=lambda part: report(part, advance),
        )
    summary.seconds = time.perf_counter() - started
    reused = sum(part.reused for part in parts)
    plural = "" if len(parts) == 1 else "s"
    reporter.note(f"{len(parts)} part{plural} in {output.path} ({reused} already complete)")
    reporter.summary(summary.line())
    return 1 if summary.errors else 0
