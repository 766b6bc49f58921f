"""The HTML report of ``seedner render``: the texts with their mentions highlighted.

One self-contained file for people: inline CSS, no script, and a
Content-Security-Policy that forbids any fetch, so it opens offline and a hostile
text cannot run.  Every piece of input (texts, names, expansions) goes through
:func:`html.escape`.  The corpus summary comes first but is only known at the
end, so document sections are spooled to a temporary file until ``close``:
memory stays flat on a large corpus.  No date is written: same input, same bytes.
"""

from __future__ import annotations

import html
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from string import Template
from typing import IO

from seedner.io.record_writer import required_text
from seedner.io.signals import signals_deferred
from seedner.records.glossary import glossary as corpus_glossary
from seedner.records.mentions import collapse_spaces
from seedner.records.record import LABELS, Record, expansion_text
from seedner.version import __version__

LABEL_NAMES = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other"}
SUMMARY_CARDS = (("ORG", "Organisations"), ("PER", "People"), ("LOC", "Places"))
TOP_N = 10
_SPOOL_BYTES = 8 << 20
_COPY_CHARS = 1 << 16
UNKNOWN = '<span class="empty">unknown</span>'


def escape(value: object) -> str:
    """Text made inert in element content and in quoted attributes alike."""
    return html.escape(str(value), quote=True)


@dataclass
class CorpusCounts:
    """Mention counts over every document, for the summary at the top."""

    documents: int = 0
    by_label: Counter[str] = field(default_factory=Counter)
    entities: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    entity_documents: Counter[tuple[str, str]] = field(default_factory=Counter)
    acronym_records: list[Record] = field(default_factory=list)

    def add(self, records: Sequence[Record]) -> None:
        self.documents += 1
        self.by_label.update(record["label"] for record in records)
        for record in records:
            self.entities[record["label"]][record["canonical"]] += 1
            if record["acronym"]:
                self.acronym_records.append(record)
        self.entity_documents.update({(record["label"], record["canonical"]) for record in records})


class HtmlReportWriter:
    """A :class:`~seedner.io.record_writer.RecordWriter` that writes the report at close."""

    needs_text = True

    def __init__(self, stream: IO[bytes], *, title: str = "seedner report", top: int = TOP_N) -> None:
        self.stream = stream
        self.title = title
        self.top = top
        self.counts = CorpusCounts()
        self.contents: list[tuple[str, str, int]] = []
        # closed in close(); a writer's lifetime is the run's, not a block's
        self.sections = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            max_size=_SPOOL_BYTES, mode="w+", encoding="utf-8"
        )

    def write(self, doc: str, records: Sequence[Record], text: str | None = None) -> None:
        anchor = f"doc-{len(self.contents) + 1}"
        self.sections.write(document_section(anchor, doc, required_text(self, text), records))
        self.contents.append((anchor, doc, len(records)))
        self.counts.add(records)

    def close(self) -> None:
        head, tail = _template().split("$documents")
        values = {
            "title": escape(self.title),
            "version": escape(__version__),
            "css": _resource("report.css"),
            "stats": escape(_stats(self.counts)),
            "legend": legend(),
            "summary": corpus_summary(self.counts, self.top),
            "contents": contents(self.contents),
        }
        with signals_deferred():
            self.stream.write(Template(head).substitute(values).encode("utf-8"))
            self.sections.seek(0)
            while chunk := self.sections.read(_COPY_CHARS):
                self.stream.write(chunk.encode("utf-8"))
            self.stream.write(Template(tail).substitute(values).encode("utf-8"))
            self.stream.flush()
        self.sections.close()


def document_section(anchor: str, doc: str, text: str, records: Sequence[Record]) -> str:
    """One document: its name, counts by label, highlighted text and acronym glossary."""
    return (
        f'<section class="doc" id="{anchor}">\n'
        f'<h2><span class="doc-name">{escape(doc)}</span></h2>\n'
        f"{label_counts(records)}\n"
        f'<div class="text">{highlighted(text, records)}</div>\n'
        f"{glossary(records)}</section>\n"
    )


def highlighted(text: str, records: Sequence[Record]) -> str:
    """The escaped text with each mention in a ``<mark>``; overlaps keep the first."""
    parts, position = [], 0
    for record in sorted(records, key=lambda r: (r["start"], -r["end"])):
        start, end = record["start"], record["end"]
        if start < position or not 0 <= start < end <= len(text):
            continue
        label = escape(record["label"])
        classes = f"ent ent-{label}" + (" acronym" if record["acronym"] else "")
        parts.append(escape(text[position:start]))
        parts.append(
            f'<mark class="{classes}" data-label="{label}" title="{escape(tooltip(record))}">'
            f"{escape(text[start:end])}</mark>"
        )
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)


def tooltip(record: Record) -> str:
    """What hovering a mention tells: an acronym's expansion, else the canonical name."""
    if record["acronym"]:
        return (
            expansion_text(record["expansion"], record["expansion_candidates"])
            or "acronym: expansion unknown"
        )
    name = LABEL_NAMES.get(record["label"]) or str(record["label"])
    canonical = str(record["canonical"] or "")
    return f"{name}: {canonical}" if canonical and canonical != record["text"] else name


def label_counts(records: Sequence[Record]) -> str:
    counts = Counter(record["label"] for record in records)
    chips = "".join(
        f'<li class="chip ent-{label}">{label} {counts[label]}</li>' for label in LABELS if counts[label]
    )
    total = len(records)
    return f'<ul class="counts">{chips}<li class="meta">{total} mention{"" if total == 1 else "s"}</li></ul>'


def glossary(records: Sequence[Record]) -> str:
    """The document's acronyms, in order of first mention, with expansion and source."""
    seen: dict[str, tuple[Record, int]] = {}
    for record in records:
        if record["acronym"]:
            surface = collapse_spaces(record["text"])
            first, count = seen.get(surface, (record, 0))
            seen[surface] = (
                first if expansion_text(first["expansion"], first["expansion_candidates"]) else record,
                count + 1,
            )
    if not seen:
        return ""
    rows = "".join(
        f"<tr><td><abbr>{escape(surface)}</abbr></td>"
        f"<td>{escape(expansion_text(record['expansion'], record['expansion_candidates'])) or UNKNOWN}</td>"
        f'<td>{escape(record["expansion_source"] or "")}</td><td class="n">{count}</td></tr>'
        for surface, (record, count) in seen.items()
    )
    return (
        '<table class="glossary"><caption>Acronyms</caption>'
        "<thead><tr><th>acronym</th><th>expansion</th><th>from</th><th>mentions</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>\n"
    )


def legend() -> str:
    items = "".join(f'<li class="chip ent-{label}">{label}: {LABEL_NAMES[label]}</li>' for label in LABELS)
    return f'<ul class="legend">{items}<li class="meta">dotted: acronym (hover for its expansion)</li></ul>'


def corpus_summary(counts: CorpusCounts, top: int) -> str:
    """Top organisations, people, places (by canonical name) and acronyms."""
    cards = []
    for label, heading in SUMMARY_CARDS:
        rows = [
            (escape(name), f"{count} in {counts.entity_documents[(label, name)]} doc.")
            for name, count in counts.entities[label].most_common(top)
        ]
        cards.append(_card(label, heading, rows))
    acronym_rows = []
    for row in corpus_glossary(counts.acronym_records)[:top]:
        meaning = expansion_text(row["expansion"], row["candidates"])
        described = escape(meaning) if meaning else UNKNOWN
        acronym_rows.append((f"<abbr>{escape(row['acronym'])}</abbr> · {described}", str(row["count"])))
    cards.append(_card(None, "Acronyms", acronym_rows))
    return f'<div class="cards">{"".join(cards)}</div>'


def _card(label: str | None, heading: str, rows: list[tuple[str, str]]) -> str:
    body = "".join(f'<tr><td>{name}</td><td class="n">{count}</td></tr>' for name, count in rows)
    table = f"<table><tbody>{body}</tbody></table>" if rows else '<p class="empty">none</p>'
    chip = f'<span class="chip ent-{label}">{label}</span> ' if label else ""
    return f'<div class="card"><h3>{chip}{heading}</h3>{table}</div>'


def contents(entries: Sequence[tuple[str, str, int]]) -> str:
    if not entries:
        return '<p class="empty">No document.</p>'
    items = "".join(
        f'<li><a href="#{anchor}" class="doc-name">{escape(doc)}</a> <span class="meta">({count})</span></li>'
        for anchor, doc, count in entries
    )
    return f"<ol>{items}</ol>"


def _stats(counts: CorpusCounts) -> str:
    documents, mentions = counts.documents, sum(counts.by_label.values())
    per_label = ", ".join(f"{counts.by_label[label]} {label}" for label in LABELS if counts.by_label[label])
    return (
        f"{documents} document{'' if documents == 1 else 's'}, "
        f"{mentions} mention{'' if mentions == 1 else 's'}" + (f" ({per_label})" if per_label else "")
    )


@cache
def _resource(name: str) -> str:
    return resources.files("seedner").joinpath("templates", name).read_text("utf-8")


def _template() -> str:
    return _resource("report.html")
