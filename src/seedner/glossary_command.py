"""What ``seedner acronyms`` does: extract, then one line per distinct acronym."""

from __future__ import annotations

import json
from typing import IO

from rich.table import Table

from .console import Diagnostics
from .extract_command import ExtractRequest, extraction_results, open_output
from .glossary import glossary
from .io import iter_documents
from .records import Record
from .tables import render
from .writers import AtomicOutput, signals_deferred


def run_glossary(request: ExtractRequest, diagnostics: Diagnostics) -> int:
    """Write the glossary of the inputs; the exit code is 1 when an input failed."""
    items = iter_documents(request.inputs, request.read_options(), notify=diagnostics.note)
    records: list[Record] = []
    failures = documents = 0
    for result in extraction_results(request, items):
        if result.ok:
            documents += 1
            records.extend(record for record in result.records if record["acronym"])
        else:
            failures += 1
            diagnostics.error(f"{result.doc}: {result.error}")
    rows = glossary(records)
    text = (
        _table(rows)
        if request.format == "table"
        else "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    )
    target = open_output(request.output)
    stream: IO[bytes] = target.stream if isinstance(target, AtomicOutput) else target
    with signals_deferred():
        stream.write(text.encode("utf-8"))
        stream.flush()
    if isinstance(target, AtomicOutput):
        target.commit()
    diagnostics.summary(f"{documents} documents, {len(rows)} distinct acronyms, {failures} errors")
    return 1 if failures else 0


def _table(rows: list[dict[str, object]]) -> str:
    table = Table(header_style="bold")
    for column in ("acronym", "expansion", "source", "count", "docs"):
        table.add_column(column, justify="right" if column in ("count", "docs") else "left", overflow="fold")
    for row in rows:
        expansion = str(row["expansion"] or "")
        candidates = row["candidates"]
        if isinstance(candidates, list) and candidates:
            expansion += f" (or: {' | '.join(candidates)})" if expansion else " | ".join(candidates)
        docs = row["docs"]
        table.add_row(
            str(row["acronym"]),
            expansion,
            str(row["expansion_source"] or ""),
            str(row["count"]),
            str(len(docs) if isinstance(docs, list) else docs),
        )
    return render(table)
