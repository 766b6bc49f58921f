"""``seedner diff`` as an operation: two result files in, their changes written, an exit code.

0 when the files hold the same mentions (ignoring the fields and labels left out),
1 when they differ; a file that cannot be read, or is not a result file, raises a
:class:`~seedner.errors.DiffInputError` (exit 2 on the command line).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from seedner.errors import DiffInputError, OptionError
from seedner.execution.reporting import Reporter
from seedner.io.atomic import output_stream
from seedner.io.diff_report import make_diff_writer
from seedner.io.readers import STDIN
from seedner.io.record_files import document_groups
from seedner.records.diff import DiffSummary, OrderError, diff_document, keep_labels, pair_documents


@dataclass(frozen=True)
class DiffOptions:
    """How two result files are compared and the changes written."""

    ignored: frozenset[str] = frozenset()  # fields left out of the comparison
    labels: frozenset[str] | None = None  # changes where either side has one of these labels; None: all
    format: str = "table"
    output: Path | None = None  # None or "-": stdout


def run_diff(old: str, new: str, options: DiffOptions, reporter: Reporter) -> int:
    """Compare the result files ``old`` and ``new`` (``-``: stdin, for one of them) document by document."""
    if old == new == STDIN:
        raise OptionError("NEW", "stdin can be only one of the two files")
    pairs = pair_documents(document_groups(old), document_groups(new))  # both opened here
    summary = DiffSummary()
    with output_stream(options.output) as stream:
        writer = make_diff_writer(options.format, stream, (old, new))
        try:
            for doc, old_records, new_records in pairs:
                changes = keep_labels(
                    diff_document(doc, old_records, new_records, options.ignored), options.labels
                )
                summary.add(changes)
                only_in = None if old_records and new_records else (old if old_records else new)
                writer.document(doc, changes, only_in)
        except OrderError as error:
            raise DiffInputError(f"{error}; sort both files by document the same way") from None
        writer.close(summary)
    reporter.summary(summary.line())
    return 1 if summary.total else 0
