"""``seedner lint`` as an operation: extract the inputs, check each document's acronyms, write findings.

Returns the exit code: 1 when there is a finding or an input failed, else 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from seedner.execution.extract import extraction_results
from seedner.execution.lint.directives import comment_sources, disabled_rules, file_comments
from seedner.execution.lint.facts import document_facts
from seedner.execution.lint.report import LintSummary, finding_line
from seedner.execution.lint.rules import DEFAULT_RULES, LintSettings, lint_document
from seedner.execution.options import ExtractionOptions
from seedner.execution.reporting import Reporter
from seedner.io.atomic import output_stream
from seedner.io.readers import iter_documents
from seedner.io.signals import signals_deferred


@dataclass(frozen=True)
class LintOptions:
    """Which rules run, what counts as known, and how findings are written."""

    rules: frozenset[str] = DEFAULT_RULES
    known: bool = False  # the gazetteer and dictionaries define an acronym (--known)
    format: str = "text"
    output: Path | None = None  # None or "-": stdout


def run_lint(extraction: ExtractionOptions, options: LintOptions, reporter: Reporter) -> int:
    """Lint every document of the inputs; findings go to the output in input order, a summary to stderr."""
    with_comments = comment_sources(extraction.inputs, extraction.read)
    items = iter_documents(extraction.inputs, extraction.read, notify=reporter.note, warn=reporter.warning)
    results = extraction_results(extraction, items)  # the pipeline is built here, before any output
    settings = LintSettings(known=options.known)
    summary = LintSummary()
    with output_stream(options.output) as stream, reporter.progress(True, "linting") as advance:
        for result in results:
            advance()
            if not result.ok or result.text is None:
                summary.failures += 1
                reporter.error(f"{result.doc}: {result.error}")
                continue
            comments = result.text
            if result.doc in with_comments:
                comments = file_comments(with_comments[result.doc]) + "\n" + comments
            disabled, unknown = disabled_rules(comments)
            for name in unknown:
                reporter.warning(f"{result.doc}: seedner-disable names no rule {name!r}")
            facts = document_facts(result.doc, result.text, result.records, extraction.labels)
            findings = lint_document(facts, options.rules - disabled, settings)
            summary.add(findings)
            if findings:
                data = "".join(finding_line(finding, options.format) for finding in findings).encode("utf-8")
                with signals_deferred():
                    stream.write(data)
                    stream.flush()
    reporter.summary(summary.line())
    return 1 if summary.total or summary.failures else 0
