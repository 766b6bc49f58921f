"""What changed between two result files, document by document: records in, changes out, no I/O.

Mentions of one document are matched by their span, ``(start, end)``, first (the
same label first when a span holds several records); what is left is paired by
text and label (a mention that moved after an edit of the text); the rest was
added or removed.  A matched pair is relabelled (another label), re-expanded (same
label, another expansion) or changed (another value in any other field).

:func:`pair_documents` walks two files' documents in lockstep, in the writer's
order (documents in input order), so memory holds one document at a time, plus
the documents present in one file only until the next common one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from seedner.records.record import RECORD_FIELDS, Record

ADDED, REMOVED, RELABELLED, REEXPANDED, CHANGED, MOVED = (
    "added",
    "removed",
    "relabelled",
    "re-expanded",
    "changed",
    "moved",
)
CHANGE_KINDS = (ADDED, REMOVED, RELABELLED, REEXPANDED, CHANGED, MOVED)
IDENTITY_FIELDS = ("doc", "start", "end")  # what a mention is: never ignored
POSITION_FIELDS = ("start", "end", "line", "column", "page")  # what moves with an edit of the text
EXPANSION_FIELDS = ("expansion", "expansion_source", "expansion_candidates")
UNIQUE_FIELDS = ("count", "mentions")  # the fields --unique adds
IGNORABLE_FIELDS = tuple(name for name in (*RECORD_FIELDS, *UNIQUE_FIELDS) if name not in IDENTITY_FIELDS)

__all__ = [
    "CHANGE_KINDS",
    "IGNORABLE_FIELDS",
    "Change",
    "DiffSummary",
    "OrderError",
    "check_ignored_fields",
    "diff_document",
    "keep_labels",
    "pair_documents",
]


@dataclass(frozen=True)
class Change:
    """One difference in document ``doc``: ``old`` and/or ``new`` records, the fields that differ."""

    doc: str
    kind: str
    old: Record | None
    new: Record | None
    fields: tuple[str, ...] = ()

    @property
    def record(self) -> Record:
        """The record the change is shown at: the new one, the old one for a removal."""
        record = self.new if self.new is not None else self.old
        assert record is not None
        return record

    @property
    def label(self) -> str:
        return str(self.record["label"])

    def as_json(self) -> dict[str, Any]:
        """One JSON line of ``--format jsonl``: where, what, and the old and new values of the fields."""
        record = self.record
        row: dict[str, Any] = {
            "doc": self.doc,
            "kind": self.kind,
            "start": record["start"],
            "end": record["end"],
            "line": record.get("line"),
            "column": record.get("column"),
            "text": record.get("text"),
            "label": record["label"],
            "canonical": record.get("canonical"),
            "fields": list(self.fields),
        }
        if self.kind in (ADDED, REMOVED):
            row["record"] = record
        else:
            assert self.old is not None and self.new is not None
            row["old"] = {name: self.old.get(name) for name in self.fields}
            row["new"] = {name: self.new.get(name) for name in self.fields}
        return row


def check_ignored_fields(names: Iterable[str]) -> frozenset[str]:
    """``--ignore-fields``: the names, each a record field other than doc, start and end (ValueError)."""
    chosen = frozenset(name.strip() for name in names if name.strip())
    unknown = sorted(chosen - set(IGNORABLE_FIELDS))
    if unknown:
        raise ValueError(
            f"unknown or unignorable field(s) {', '.join(unknown)}; choose from {', '.join(IGNORABLE_FIELDS)}"
        )
    return chosen


def _differing(old: Record, new: Record, ignored: Collection[str], skip: Collection[str] = ()) -> list[str]:
    """Fields whose values differ, in schema order then the others sorted."""
    names = [name for name in RECORD_FIELDS if name in old or name in new]
    names += sorted((old.keys() | new.keys()) - set(RECORD_FIELDS))
    return [
        name
        for name in names
        if name not in IDENTITY_FIELDS
        and name not in ignored
        and name not in skip
        and old.get(name) != new.get(name)
    ]


def _classify(doc: str, old: Record, new: Record, ignored: Collection[str], moved: bool) -> Change | None:
    fields = _differing(old, new, ignored, skip=POSITION_FIELDS if moved else ())
    if moved:
        return Change(doc, MOVED, old, new, ("start", "end", *fields))
    if not fields:
        return None
    if "label" in fields:
        kind = RELABELLED
    elif any(name in fields for name in EXPANSION_FIELDS):
        kind = REEXPANDED
    else:
        kind = CHANGED
    return Change(doc, kind, old, new, tuple(fields))


def _span(record: Record) -> tuple[int, int]:
    return int(record["start"]), int(record["end"])


def diff_document(
    doc: str, old: Sequence[Record], new: Sequence[Record], ignored: Collection[str] = ()
) -> list[Change]:
    """The changes from ``old`` to ``new`` records of one document, in order of position."""
    by_span: dict[tuple[int, int], list[Record]] = defaultdict(list)
    for record in new:
        by_span[_span(record)].append(record)
    changes: list[Change] = []
    removed: list[Record] = []
    for record in old:
        candidates = by_span.get(_span(record))
        if not candidates:
            removed.append(record)
            continue
        same_label = [other for other in candidates if other["label"] == record["label"]]
        partner = (same_label or candidates)[0]
        candidates.remove(partner)
        change = _classify(doc, record, partner, ignored, moved=False)
        if change is not None:
            changes.append(change)
    added = [record for records in by_span.values() for record in records]
    changes.extend(_moved_or_one_sided(doc, removed, added, ignored))
    return sorted(changes, key=lambda change: (_span(change.record), CHANGE_KINDS.index(change.kind)))


def _moved_or_one_sided(
    doc: str, removed: list[Record], added: list[Record], ignored: Collection[str]
) -> Iterator[Change]:
    """Pairs of the same text and label are mentions that moved (in order); the rest was removed or added."""
    waiting: dict[tuple[Any, Any], list[Record]] = defaultdict(list)
    for record in sorted(added, key=_span):
        waiting[(record.get("text"), record["label"])].append(record)
    for record in sorted(removed, key=_span):
        partners = waiting.get((record.get("text"), record["label"]))
        if partners:
            change = _classify(doc, record, partners.pop(0), ignored, moved=True)
            assert change is not None
            yield change
        else:
            yield Change(doc, REMOVED, record, None)
    for records in waiting.values():
        for record in records:
            yield Change(doc, ADDED, None, record)


@dataclass
class DiffSummary:
    """Counts of one comparison: documents, and changes by label and kind."""

    documents: int = 0
    changed_documents: int = 0
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (label, kind) -> changes

    def add(self, changes: Sequence[Change]) -> None:
        self.documents += 1
        self.changed_documents += bool(changes)
        self.counts.update((change.label, change.kind) for change in changes)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def by_kind(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for (_, kind), count in self.counts.items():
            totals[kind] += count
        return {kind: totals[kind] for kind in CHANGE_KINDS}

    def labels(self) -> list[str]:
        from seedner.records.record import LABELS

        seen = {label for label, _ in self.counts}
        return [label for label in LABELS if label in seen] + sorted(seen - set(LABELS))

    def line(self) -> str:
        """The closing line on stderr."""
        if not self.total:
            return f"no change in {self.documents} document{'' if self.documents == 1 else 's'}"
        kinds = ", ".join(f"{count} {kind}" for kind, count in self.by_kind().items() if count)
        return f"{self.total} changes in {self.changed_documents} of {self.documents} documents: {kinds}"


class OrderError(ValueError):
    """The two files do not list their documents in one order, or one file's records of a document
    are not consecutive: matching them would need both files in memory."""


Group = tuple[str, list[Record]]
Pair = tuple[str, list[Record], list[Record]]


def pair_documents(old: Iterable[Group], new: Iterable[Group]) -> Iterator[Pair]:
    """``(doc, old records, new records)`` for every document of either file, one file's side empty
    for a document it does not list (a document without mentions is not in a result file).

    Both files are read in lockstep, a document at a time.  A document waits only until the
    other file reaches it, or until the next document both files list: as both list their
    documents in one order (the inputs'), the documents waiting then are in one file only.
    :class:`OrderError` when a document comes again in a file, or comes in the other file after
    it was found missing there (the files list documents in other orders).
    """
    sides = (_Side("OLD", iter(old)), _Side("NEW", iter(new)))
    while any(side.open for side in sides):
        for index, side in enumerate(sides):
            group = side.next()
            if group is None:
                continue
            other = sides[1 - index]
            doc, records = group
            if doc in other.waiting:
                yield from _flush(sides, index, doc, records)
            elif doc in other.seen:
                raise OrderError(
                    f"{doc!r} comes in {side.name} after documents that {other.name} lists after it: "
                    "the two files list their documents in other orders"
                )
            elif not other.open:  # the other file is read to its end: in this one only
                for name in list(side.waiting):
                    yield _one_sided(index, name, side.waiting.pop(name))
                yield _one_sided(index, doc, records)
            else:
                side.waiting[doc] = records
    for index, side in enumerate(sides):
        for doc, records in side.waiting.items():
            yield _one_sided(index, doc, records)


class _Side:
    """One file's documents: those read and not yet matched, and the names of all those read."""

    def __init__(self, name: str, groups: Iterator[Group]) -> None:
        self.name = name
        self.groups = groups
        self.open = True
        self.waiting: dict[str, list[Record]] = {}  # insertion-ordered: the file's order
        self.seen: set[str] = set()

    def next(self) -> Group | None:
        if not self.open:
            return None
        group = next(self.groups, None)
        if group is None:
            self.open = False
            return None
        if group[0] in self.seen:
            raise OrderError(f"{self.name}: the records of {group[0]!r} are not consecutive")
        self.seen.add(group[0])
        return group


def _flush(sides: tuple[_Side, _Side], index: int, doc: str, records: list[Record]) -> Iterator[Pair]:
    """``doc`` is in both files: the documents waiting before it, in one file only, then ``doc``."""
    other = sides[1 - index]
    ahead = list(other.waiting)
    for name in ahead[: ahead.index(doc)]:
        yield _one_sided(1 - index, name, other.waiting.pop(name))
    for name in list(sides[index].waiting):
        yield _one_sided(index, name, sides[index].waiting.pop(name))
    partner = other.waiting.pop(doc)
    yield (doc, records, partner) if index == 0 else (doc, partner, records)


def _one_sided(index: int, doc: str, records: list[Record]) -> Pair:
    return (doc, records, []) if index == 0 else (doc, [], records)


def keep_labels(changes: Iterable[Change], labels: Collection[str] | None) -> list[Change]:
    """``--labels``: the changes where either side has a chosen label."""
    if labels is None:
        return list(changes)
    return [
        change
        for change in changes
        if any(record is not None and record["label"] in labels for record in (change.old, change.new))
    ]
