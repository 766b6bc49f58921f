"""A whole ``extract`` run: inputs in, records out, failures reported, a summary.

The command line and the library's batch users share this loop, so progress,
error reporting and output ordering behave the same everywhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from seedner.execution.batches import Result
from seedner.io.writers import RecordWriter
from seedner.records.record import with_labels

Report = Callable[[str], None]


@dataclass
class Summary:
    """What a run did, for the closing line on stderr and the exit code."""

    documents: int = 0
    mentions: int = 0
    errors: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        plural = "" if self.documents == 1 else "s"
        return (
            f"{self.documents} document{plural}, {self.mentions} mentions, "
            f"{self.errors} error{'' if self.errors == 1 else 's'} in {self.seconds:.2f} s"
        )


def write_results(
    results: Iterable[Result],
    writer: RecordWriter,
    *,
    report_error: Report,
    labels: frozenset[str] | None = None,
    on_result: Callable[[Result], None] | None = None,
) -> Summary:
    """Write each result's records (filtered by ``labels``) and report each failure."""
    summary = Summary()
    started = time.perf_counter()
    for result in results:
        if result.ok:
            records = with_labels(result.records, labels)
            writer.write(result.doc, records, result.text)
            summary.documents += 1
            summary.mentions += len(records)
        else:
            summary.errors += 1
            report_error(f"{result.doc}: {result.error}")
        if on_result is not None:
            on_result(result)
    writer.close()
    summary.seconds = time.perf_counter() - started
    return summary
