"""``seedner acronyms`` as an operation: extract, then one line per distinct acronym."""

from __future__ import annotations

import json
from pathlib import Path

from seedner.execution.extract import extraction_results
from seedner.execution.options import ExtractionOptions
from seedner.execution.reporting import Reporter
from seedner.io.atomic import output_stream
from seedner.io.readers import iter_documents
from seedner.io.signals import signals_deferred
from seedner.records.glossary import glossary
from seedner.records.record import Record, with_labels


def run_glossary(options: ExtractionOptions, path: Path | None, format: str, reporter: Reporter) -> int:
    """Write the glossary of the inputs to ``path`` (stdout for None); 1 when an input failed."""
    items = iter_documents(options.inputs, options.read, notify=reporter.note, warn=reporter.warning)
    records: list[Record] = []
    failures = documents = 0
    for result in extraction_results(options, items, warn=reporter.warning, note=reporter.note):
        if result.ok:
            documents += 1
            kept = with_labels(result.records, options.labels)
            records.extend(record for record in kept if record["acronym"])
        else:
            failures += 1
            reporter.error(f"{result.doc}: {result.error}")
    rows = glossary(records)
    if format == "table":
        from seedner.io.tables import glossary_table, render

        text = render(glossary_table(rows))
    else:
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    with output_stream(path) as stream, signals_deferred():
        stream.write(text.encode("utf-8"))
        stream.flush()
    reporter.summary(f"{documents} documents, {len(rows)} distinct acronyms, {failures} errors")
    return 1 if failures else 0
