"""seedner.records.diff: mentions matched by span, changes classified, documents paired in lockstep."""

from __future__ import annotations

from typing import Any

import pytest

from seedner.records.diff import (
    CHANGE_KINDS,
    DiffSummary,
    OrderError,
    check_ignored_fields,
    diff_document,
    keep_labels,
    pair_documents,
)
from tests.conftest import record_dict


def record(start: int, text: str, label: str = "ORG", **fields: Any) -> dict[str, Any]:
    return record_dict(start, text, label, **fields)


def kinds(changes) -> list[tuple[str, str]]:
    return [(change.kind, change.record["text"]) for change in changes]


def test_identical_documents_have_no_change():
    records = [record(0, "DGSI"), record(10, "Lyon", "LOC")]
    assert diff_document("a.txt", records, [dict(r) for r in records]) == []


def test_a_mention_only_in_new_is_added_and_only_in_old_removed():
    old = [record(0, "DGSI"), record(10, "Lyon", "LOC")]
    new = [record(0, "DGSI"), record(20, "Paris", "LOC")]
    assert kinds(diff_document("a.txt", old, new)) == [("removed", "Lyon"), ("added", "Paris")]


def test_same_span_other_label_is_relabelled():
    (change,) = diff_document("a.txt", [record(0, "Gipac", "LOC")], [record(0, "Gipac", "ORG")])
    assert change.kind == "relabelled"
    assert change.old["label"] == "LOC" and change.new["label"] == "ORG"
    assert "label" in change.fields


def test_same_span_and_label_other_expansion_is_re_expanded():
    old = [record(0, "SGAR", acronym=True, expansion=None, expansion_candidates=["a", "b"])]
    new = [record(0, "SGAR", acronym=True, expansion="a", expansion_source="gazetteer")]
    (change,) = diff_document("a.txt", old, new)
    assert change.kind == "re-expanded"
    assert set(change.fields) == {"expansion", "expansion_source", "expansion_candidates"}


def test_another_field_is_changed_unless_ignored():
    old = [record(0, "Lyon", "LOC", source="model", cluster=3)]
    new = [record(0, "Lyon", "LOC", source="gazetteer", cluster=4)]
    (change,) = diff_document("a.txt", old, new)
    assert change.kind == "changed" and change.fields == ("source", "cluster")
    assert diff_document("a.txt", old, new, ignored={"source", "cluster"}) == []


def test_a_mention_shifted_by_an_edit_has_moved():
    old = [record(0, "DGSI"), record(30, "Lyon", "LOC")]
    new = [record(6, "DGSI"), record(36, "Lyon", "LOC")]
    changes = diff_document("a.txt", old, new)
    assert kinds(changes) == [("moved", "DGSI"), ("moved", "Lyon")]
    assert changes[0].old["start"] == 0 and changes[0].new["start"] == 6


def test_a_longer_span_is_a_removal_and_an_addition():
    old = [record(0, "Office français", "ORG")]
    new = [record(0, "Office français de protection des réfugiés et apatrides", "ORG")]
    assert [change.kind for change in diff_document("a.txt", old, new)] == ["removed", "added"]


def test_changes_come_in_order_of_position():
    old = [record(0, "A1"), record(50, "Nice", "LOC")]
    new = [record(20, "Paris", "LOC"), record(50, "Nice", "ORG")]
    assert [change.record["start"] for change in diff_document("a.txt", old, new)] == [0, 20, 50]


def test_two_records_on_one_span_are_matched_by_label_first():
    old = [record(0, "CPAM", "ORG"), record(0, "CPAM", "MISC")]
    new = [record(0, "CPAM", "MISC"), record(0, "CPAM", "ORG", source="gazetteer")]
    (change,) = diff_document("a.txt", old, new)
    assert change.kind == "changed" and change.label == "ORG"


def test_unique_records_compare_their_counts():
    old = [record(0, "DGSI", count=2, mentions=[[0, 4], [20, 24]])]
    new = [record(0, "DGSI", count=3, mentions=[[0, 4], [20, 24], [40, 44]])]
    (change,) = diff_document("a.txt", old, new)
    assert change.kind == "changed" and change.fields == ("count", "mentions")


def test_unknown_ignored_fields_are_refused():
    assert check_ignored_fields(["cluster", " canonical", ""]) == {"cluster", "canonical"}
    with pytest.raises(ValueError, match="colour"):
        check_ignored_fields(["colour"])
    with pytest.raises(ValueError, match="start"):
        check_ignored_fields(["start"])


def test_labels_keep_changes_where_either_side_has_the_label():
    changes = diff_document(
        "a.txt",
        [record(0, "Gipac", "LOC"), record(10, "Lyon", "LOC")],
        [record(0, "Gipac", "ORG"), record(20, "Paul", "PER")],
    )
    assert kinds(keep_labels(changes, {"ORG"})) == [("relabelled", "Gipac")]
    assert kinds(keep_labels(changes, {"PER"})) == [("added", "Paul")]
    assert keep_labels(changes, None) == changes


def test_summary_counts_by_label_and_kind():
    summary = DiffSummary()
    summary.add(diff_document("a", [record(0, "Lyon", "LOC")], [record(0, "Lyon", "ORG"), record(9, "X")]))
    summary.add([])
    assert summary.documents == 2 and summary.changed_documents == 1 and summary.total == 2
    assert summary.counts[("ORG", "relabelled")] == 1 and summary.counts[("ORG", "added")] == 1
    assert list(summary.by_kind()) == list(CHANGE_KINDS)
    assert summary.line() == "2 changes in 1 of 2 documents: 1 added, 1 relabelled"
    assert DiffSummary(documents=1).line() == "no change in 1 document"


def group(doc: str) -> tuple[str, list[dict[str, Any]]]:
    return doc, [record(0, "DGSI", doc=doc)]


def paired(old: list[str], new: list[str]) -> list[tuple[str, bool, bool]]:
    pairs = pair_documents(map(group, old), map(group, new))
    return [(doc, bool(old_records), bool(new_records)) for doc, old_records, new_records in pairs]


def test_documents_are_paired_in_order():
    assert paired(["a", "b"], ["a", "b"]) == [("a", True, True), ("b", True, True)]


def test_a_document_missing_from_one_file_is_one_sided_in_its_place():
    assert paired(["a", "b", "c"], ["a", "c"]) == [("a", True, True), ("b", True, False), ("c", True, True)]
    assert paired(["a", "c"], ["a", "b", "c"]) == [("a", True, True), ("b", False, True), ("c", True, True)]


def test_documents_after_the_end_of_the_other_file_are_one_sided():
    assert paired(["a"], ["a", "b", "c"]) == [("a", True, True), ("b", False, True), ("c", False, True)]
    assert paired([], ["a"]) == [("a", False, True)]
    assert paired(["a"], []) == [("a", True, False)]


def test_pairing_holds_only_the_documents_waiting_for_the_other_file():
    held: list[int] = []

    def watched(docs):
        for index, doc in enumerate(docs):
            held.append(index)
            yield group(doc)

    many = [f"d{i}" for i in range(1000)]
    pairs = pair_documents(watched(many), watched(many))
    for count, _ in enumerate(pairs, start=1):
        assert len(held) <= 2 * count + 2  # read in lockstep: never far ahead of what was yielded


def test_records_of_a_document_not_consecutive_are_an_order_error():
    with pytest.raises(OrderError, match="not consecutive"):
        paired(["a", "b", "a"], ["a", "b"])


def test_files_in_other_orders_are_an_order_error():
    with pytest.raises(OrderError, match="other orders"):
        paired(["a", "b", "c"], ["c", "b", "a"])
