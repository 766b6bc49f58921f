"""Scoring extraction records against gold annotations.

The numbers must agree with the team's reference scorer (``tools/score.py`` in
the shared material), so every counting rule here mirrors it, quirks included;
each quirk is noted where it is applied.  On top of its report this module
lists every false negative and false positive with context, which is what a
person fixing the extractor actually needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

from seedner.errors import InputError
from seedner.evaluation.gold import GoldAcronym, GoldDocument, GoldSet, read_gold
from seedner.evaluation.score_report import Counts, Discrepancy, Kind, Miss, ScoreReport, summary_lines
from seedner.records.record import ENTITY_LABELS
from seedner.text.folding import expansion_key

__all__ = [
    "Counts",
    "Discrepancy",
    "Miss",
    "Predictions",
    "ScoreReport",
    "read_predictions",
    "score",
    "score_files",
    "summary_lines",
]

CONTEXT_CHARS = 40

Record = Mapping[str, object]
_Span = tuple[float, float, str]
_Region = tuple[float, float]


@dataclass(frozen=True)
class Predictions:
    """Records read from a JSONL file, and how many of its lines were unusable."""

    records: tuple[Record, ...]
    bad_lines: int = 0

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)


@dataclass(frozen=True)
class _DocumentResult:
    per_label: dict[str, Counts]
    relaxed: Counts
    acronyms: Counts
    expansions_correct: int
    expansions_total: int
    misses: list[Miss]
    errors: list[Discrepancy]


def read_predictions(path: str | Path) -> Predictions:
    """Read extraction records as tolerantly as the reference scorer, counting the lines it rejects."""
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as handle:
            parsed = [_parse_record(line) for line in handle if line.strip()]
    except OSError as error:
        raise InputError(str(path), error.strerror or str(error)) from error
    records = tuple(record for record in parsed if record is not None)
    return Predictions(records, bad_lines=len(parsed) - len(records))


def score_files(gold_path: str | Path, predictions_path: str | Path) -> ScoreReport:
    """Score a predictions file against a gold file, as the reference scorer's command line does."""
    return score(read_gold(gold_path), read_predictions(predictions_path))


def score(gold: GoldSet | Iterable[GoldDocument], predictions: Iterable[Record]) -> ScoreReport:
    """Score records against gold documents; records for documents the gold lacks are ignored."""
    # like the reference, a repeated id keeps its first position and its last document
    documents = {document.id: document for document in gold}
    grouped, bad_lines, offset_errors = _group(documents, predictions)
    if isinstance(predictions, Predictions):
        bad_lines += predictions.bad_lines
    results = [_score_document(document, grouped.get(doc_id, [])) for doc_id, document in documents.items()]
    return ScoreReport(
        entities=sum((counts for result in results for counts in result.per_label.values()), Counts()),
        relaxed=sum((result.relaxed for result in results), Counts()),
        per_label={
            label: sum((result.per_label[label] for result in results), Counts()) for label in ENTITY_LABELS
        },
        acronyms=sum((result.acronyms for result in results), Counts()),
        expansions_correct=sum(result.expansions_correct for result in results),
        expansions_total=sum(result.expansions_total for result in results),
        bad_lines=bad_lines,
        offset_errors=offset_errors,
        misses=tuple(miss for result in results for miss in result.misses),
        errors=tuple(error for result in results for error in result.errors),
        gold_format=gold.format if isinstance(gold, GoldSet) else None,
    )


def _parse_record(line: str) -> dict[str, object] | None:
    """A usable record, or None for a line the reference scorer counts as bad."""
    if any("\udc80" <= char <= "\udcff" for char in line):  # undecodable bytes
        return None
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) and "doc" in value else None


def _group(
    documents: Mapping[str, GoldDocument], predictions: Iterable[Record]
) -> tuple[dict[str, list[Record]], int, int]:
    """Records by gold document id, with the bad-record and offset-error counts."""
    grouped: dict[str, list[Record]] = {}
    bad_lines = offset_errors = 0
    for record in predictions:
        if not isinstance(record, Mapping) or "doc" not in record:
            bad_lines += 1
            continue
        document = documents.get(str(record["doc"]))
        if document is None:
            continue
        if not _offsets_match(document.text, record):
            offset_errors += 1
        grouped.setdefault(document.id, []).append(record)  # scored even when its offsets are off
    return grouped, bad_lines, offset_errors


def _is_index(value: object) -> TypeGuard[int | None]:
    return value is None or isinstance(value, int)


def _offsets_match(text: str, record: Record) -> bool:
    """Whether text[start:end] is the record's text, with Python slice semantics as in the reference."""
    if not {"start", "end", "text"} <= record.keys():
        return False
    start, end = record["start"], record["end"]
    if not (_is_index(start) and _is_index(end)):
        return False
    return text[start:end] == record["text"]


def _number(value: object) -> float | None:
    """An offset as the reference compares it (1.0 and true are numbers too); None if unusable."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return None  # the reference scorer would crash on these; we leave the record out


def _region(record: Record) -> _Region | None:
    start, end = _number(record.get("start")), _number(record.get("end"))
    return None if start is None or end is None else (start, end)


def _entity(record: Record) -> _Span | None:
    label, region = record.get("label"), _region(record)
    if not isinstance(label, str) or label not in ENTITY_LABELS or region is None:
        return None
    return (region[0], region[1], label)


def _overlaps(a: _Region, b: _Region) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlaps_any(region: _Region, others: Iterable[_Region]) -> bool:
    return any(_overlaps(region, other) for other in others)


def _discrepancy(document: GoldDocument, kind: Kind, label: str, region: _Region, reason: str) -> Discrepancy:
    """Attach the mention's surface and ~40 characters of context on each side."""
    start, end = region
    if not (isinstance(start, int) and isinstance(end, int)):  # a prediction with fractional offsets
        return Discrepancy(kind, document.id, label, -1, -1, "", f"{reason}; offsets {start}-{end}")
    text = document.text
    if not 0 <= start <= end <= len(text):
        return Discrepancy(kind, document.id, label, start, end, "", f"{reason}; offsets outside the text")
    left, right = text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]
    return Discrepancy(kind, document.id, label, start, end, text[start:end], reason, left, right)


def _score_document(document: GoldDocument, records: list[Record]) -> _DocumentResult:
    ignore: list[_Region] = [(region.start, region.end) for region in document.ignore]
    gold: set[_Span] = {(span.start, span.end, span.label) for span in document.spans}
    predicted = {span for span in map(_entity, records) if span is not None}
    per_label: dict[str, Counts] = {}
    misses: list[Miss] = []
    errors: list[Discrepancy] = []
    for label in ENTITY_LABELS:
        per_label[label], label_misses, label_errors = _score_label(document, label, gold, predicted, ignore)
        misses += label_misses
        errors += label_errors
    acronyms, correct, total, acronym_misses, acronym_errors = _score_acronyms(document, records)
    errors = sorted(errors + acronym_errors, key=lambda e: (e.start, e.end, e.kind, e.label))
    relaxed = _score_relaxed(gold, predicted, ignore)
    return _DocumentResult(per_label, relaxed, acronyms, correct, total, misses + acronym_misses, errors)


def _score_label(
    document: GoldDocument, label: str, gold_all: set[_Span], predicted_all: set[_Span], ignore: list[_Region]
) -> tuple[Counts, list[Miss], list[Discrepancy]]:
    """Exact matching for one label; wrong boundaries count as FP, ignored regions as nothing."""
    gold = {span for span in gold_all if span[2] == label}
    predicted = {span for span in predicted_all if span[2] == label}
    gold_regions = [(span[0], span[1]) for span in gold]
    errors: list[Discrepancy] = []
    fp = 0
    for span in sorted(predicted - gold):
        region = (span[0], span[1])
        if _overlaps_any(region, gold_regions):  # counted even inside an ignored region
            reason = "wrong boundaries"
        elif _overlaps_any(region, ignore):
            continue
        else:
            others = [s[2] for s in gold_all if (s[0], s[1]) == region]
            reason = f"wrong label (gold: {others[0]})" if others else "not in gold"
        fp += 1
        errors.append(_discrepancy(document, "FP", label, region, reason))
    missed = sorted(gold - predicted)
    for span in missed:
        region = (span[0], span[1])
        others = sorted(s[2] for s in predicted_all if (s[0], s[1]) == region)
        if others:
            reason = f"predicted as {others[0]}"
        else:
            near = any(_overlaps(region, (s[0], s[1])) for s in predicted)
            reason = "wrong boundaries" if near else "not predicted"
        errors.append(_discrepancy(document, "FN", label, region, reason))
    misses = [Miss(document.id, label, document.text[int(s[0]) : int(s[1])]) for s in missed]
    return Counts(len(gold & predicted), fp, len(missed)), misses, errors


def _score_relaxed(gold: set[_Span], predicted: set[_Span], ignore: list[_Region]) -> Counts:
    """Overlap with the same label is a match.

    Quirk kept from the reference: gold MISC spans are iterated too and, since
    no MISC prediction is ever kept, always count as relaxed false negatives.
    """

    def matched(span: _Span, others: set[_Span]) -> bool:
        return any(o[2] == span[2] and _overlaps((span[0], span[1]), (o[0], o[1])) for o in others)

    tp = sum(1 for span in gold if matched(span, predicted))
    fp = sum(
        1 for span in predicted if not matched(span, gold) and not _overlaps_any((span[0], span[1]), ignore)
    )
    return Counts(tp, fp, len(gold) - tp)


def _score_acronyms(
    document: GoldDocument, records: list[Record]
) -> tuple[Counts, int, int, list[Miss], list[Discrepancy]]:
    """Exact-span acronym matching, then expansion accuracy over gold acronyms that have expansions."""
    gold: dict[_Region, GoldAcronym] = {(a.start, a.end): a for a in document.acronyms}
    predicted: dict[_Region, Record] = {}
    for record in records:
        region = _region(record)
        if record.get("acronym") is True and region is not None:
            predicted[region] = record  # like the reference: the last record on a span wins
    errors = _acronym_errors(document, gold.keys(), predicted.keys())
    misses: list[Miss] = []
    correct = total = 0
    for region, acronym in gold.items():
        if not acronym.expansions:
            continue
        total += 1
        found = predicted.get(region)
        got = found.get("expansion") if found is not None else None
        accepted = {expansion_key(form) for form in acronym.expansions}
        if found is not None and expansion_key(got if isinstance(got, str) else None) in accepted:
            correct += 1
            continue
        misses.append(Miss(document.id, "EXPANSION", f"{acronym.text} -> {got}"))
        if found is not None:
            reason = f"expansion {got!r} not accepted (expected {acronym.expansions[0]!r})"
            errors.append(_discrepancy(document, "FN", "EXPANSION", region, reason))
    gold_keys, predicted_keys = gold.keys(), predicted.keys()
    counts = Counts(
        len(gold_keys & predicted_keys), len(predicted_keys - gold_keys), len(gold_keys - predicted_keys)
    )
    return counts, correct, total, misses, errors


def _acronym_errors(
    document: GoldDocument, gold: Iterable[_Region], predicted: Iterable[_Region]
) -> list[Discrepancy]:
    gold_set, predicted_set = set(gold), set(predicted)
    not_acronyms = [(region.start, region.end) for region in document.not_acronyms]
    errors: list[Discrepancy] = []
    for region in sorted(predicted_set - gold_set):
        if _overlaps_any(region, not_acronyms):
            reason = "listed in not_acronyms"
        else:
            reason = "wrong boundaries" if _overlaps_any(region, gold_set) else "not in gold"
        errors.append(_discrepancy(document, "FP", "ACRONYM", region, reason))
    for region in sorted(gold_set - predicted_set):
        reason = "wrong boundaries" if _overlaps_any(region, predicted_set) else "not predicted"
        errors.append(_discrepancy(document, "FN", "ACRONYM", region, reason))
    return errors
