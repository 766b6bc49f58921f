"""Scoring must agree with the shared reference scorer, number for number.

Every synthetic case below is scored twice, by ``seedner.scoring`` and by the
reference ``tools/score.py`` run as a program, and the two JSON reports are
compared; a property test does the same on random annotations with the
reference's ``score`` function imported directly (much faster than a process).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seedner.errors import InputError, SeednerError
from seedner.evaluation.gold import GoldDocument, GoldSpan, read_gold
from seedner.evaluation.scoring import (
    Counts,
    Predictions,
    ScoreReport,
    read_predictions,
    score,
    score_files,
    summary_lines,
)
from seedner.text.folding import expansion_key
from tests.conftest import SHARED

SCORE_PY = SHARED / "tools" / "score.py"
SEEDS = SHARED / "gold" / "seeds.jsonl"
needs_reference = pytest.mark.skipif(
    not SCORE_PY.is_file(),
    reason=f"reference scorer {SCORE_PY} not found (shared material beside the checkout)",
)

Row = dict[str, Any] | str
TEXT = (
    "Le ministre de l'Intérieur Bruno Retailleau a visité l'Office de lutte contre le trafic illicite "
    "de migrants (OLTIM) à Lognes, en Seine-et-Marne, avec la DGSI et Tracfin."
)
OLTIM_LONG = "Office de lutte contre le trafic illicite de migrants"


def at(surface: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def span(surface: str, label: str, text: str = TEXT) -> dict[str, Any]:
    start, end = at(surface, text)
    return {"start": start, "end": end, "label": label}


def acronym(surface: str, *expansions: str) -> dict[str, Any]:
    start, end = at(surface)
    return {"start": start, "end": end, "text": surface, "expansions": list(expansions)}


def gold_doc(doc_id: str = "a", text: str = TEXT, **fields: Any) -> dict[str, Any]:
    return {"id": doc_id, "text": text, "spans": [], **fields}


def base_gold() -> dict[str, Any]:
    return gold_doc(
        spans=[
            span("Bruno Retailleau", "PER"),
            span(OLTIM_LONG, "ORG"),
            span("OLTIM", "ORG"),
            span("Lognes", "LOC"),
            span("Seine-et-Marne", "LOC"),
            span("DGSI", "ORG"),
            span("Tracfin", "ORG"),
        ],
        acronyms=[
            acronym("OLTIM", OLTIM_LONG),
            acronym("DGSI", "Direction générale de la Sécurité intérieure"),
            acronym("Tracfin"),
        ],
        ignore=[dict(zip(("start", "end"), at("ministre de l'Intérieur"), strict=True))],
        not_acronyms=[{"start": 0, "end": 2, "text": "Le"}],
    )


def pred(surface: str, label: str | None, doc: str = "a", text: str = TEXT, **fields: Any) -> dict[str, Any]:
    start, end = at(surface, text)
    return {
        "doc": doc,
        "start": start,
        "end": end,
        "text": surface,
        "label": label,
        "acronym": False,
        **fields,
    }


def perfect_preds() -> list[Row]:
    return [
        pred("Bruno Retailleau", "PER"),
        pred(OLTIM_LONG, "ORG"),
        pred("OLTIM", "ORG", acronym=True, expansion=OLTIM_LONG),
        pred("Lognes", "LOC"),
        pred("Seine-et-Marne", "LOC"),
        pred("DGSI", "ORG", acronym=True, expansion="Direction générale de la Sécurité intérieure"),
        pred("Tracfin", "ORG", acronym=True),
    ]


def changed(row: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**row, **changes}


PARIS = "Rencontre à Paris avec Europol."
BAD_LINES = ["not json", "[1, 2]", "42", '{"start": 0, "end": 2}', "   ", '{"doc": "a", "start": 0', ""]
FOLDED_OLTIM = "l’office de lutte contre le trafic illicite de migrants."


CASES: dict[str, tuple[list[dict[str, Any]], list[Row]]] = {
    "perfect": ([base_gold()], perfect_preds()),
    "boundary_errors": (
        [base_gold()],
        [
            pred("Retailleau", "PER"),
            pred("Office de lutte", "ORG"),
            pred("Lognes, en Seine-et-Marne", "LOC"),
            pred("l'Intérieur Bruno", "PER"),  # overlaps the ignore region and a same-label gold span
            *perfect_preds()[3:],
        ],
    ),
    "ignore_regions": (
        [base_gold()],
        [
            *perfect_preds(),
            pred("ministre", "PER"),
            pred("l'Intérieur", "ORG"),
            pred("Intérieur Bruno", "LOC"),  # overlaps ignore and a different-label gold span
            pred("visité", "ORG"),
        ],
    ),
    "wrong_labels": (
        [base_gold()],
        [
            pred("Bruno Retailleau", "ORG"),
            pred("Lognes", "ORG"),
            pred("DGSI", "PER"),
            pred("Tracfin", "MISC"),
        ],
    ),
    "expansions_folded": (
        [base_gold()],
        [
            pred("OLTIM", None, acronym=True, expansion=FOLDED_OLTIM),
            pred("DGSI", "ORG", acronym=True, expansion="la  DIRECTION generale de la securite-interieure"),
            pred("Tracfin", "ORG", acronym=True, expansion="anything goes without gold expansions"),
        ],
    ),
    "expansions_wrong": (
        [base_gold()],
        [
            pred("OLTIM", None, acronym=True, expansion="Office des migrants"),
            pred("DGSI", "ORG", acronym=True, expansion="Direction générale de la Sécurité intérieure"),
            pred("DGSI", "ORG", acronym=True, expansion=None),  # the last record on a span wins
            pred("Tracfin", "ORG", acronym="true"),  # only a JSON true marks an acronym
            pred("Lognes", "LOC", acronym=True),
            pred("Le", None, acronym=True),
        ],
    ),
    "bad_lines": (
        [base_gold()],
        [*BAD_LINES, *perfect_preds()],
    ),
    "offset_errors": (
        [base_gold()],
        [
            changed(pred("Bruno Retailleau", "PER"), text="Bruno"),
            changed(pred("Lognes", "LOC"), start=float(at("Lognes")[0]), end=float(at("Lognes")[1])),
            {k: v for k, v in pred("DGSI", "ORG").items() if k != "text"},
            changed(pred("Tracfin", None), start="12"),
            changed(pred("OLTIM", "ORG"), start=-7, end=-1, text=TEXT[-7:-1]),
            changed(pred("visité", "PER"), start=3.5),
        ],
    ),
    "missing_and_unknown_docs": (
        [base_gold(), gold_doc("b", PARIS, spans=[span("Paris", "LOC", PARIS)])],
        [*perfect_preds(), pred("Paris", "LOC", doc="zzz", text=PARIS), {"doc": 3, "start": 0}],
    ),
    "misc_gold": (
        [gold_doc(text=TEXT, spans=[span("Lognes", "MISC"), span("DGSI", "ORG")])],
        [pred("Lognes", "ORG"), pred("Lognes", "MISC"), pred("DGSI", "ORG")],
    ),
    "no_predictions": ([base_gold()], []),
}


def write_jsonl(path: Path, rows: Sequence[Row]) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def reference_json(gold: Path, preds: Path) -> dict[str, Any]:
    command = [sys.executable, str(SCORE_PY), str(gold), str(preds), "--json"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def assert_agrees(ours: dict[str, Any], reference: dict[str, Any]) -> None:
    """Same keys as the reference (plus ours), numbers within 1e-3, misses as multisets."""
    assert set(ours) - set(reference) == {"errors", "gold_format"}
    for key, expected in reference.items():
        if key == "misses":  # the reference lists a set's members, in no stable order
            assert sorted(map(list, ours[key])) == sorted(map(list, expected))
        elif key == "per_label":
            assert list(ours[key]) == list(expected)
            for label, values in expected.items():
                assert ours[key][label] == pytest.approx(values, abs=1e-3), label
        else:
            assert ours[key] == pytest.approx(expected, abs=1e-3), key


@needs_reference
@pytest.mark.parametrize("name", sorted(CASES))
def test_agrees_with_reference_scorer(name: str, tmp_path: Path) -> None:
    gold_rows, pred_rows = CASES[name]
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_rows)
    preds = write_jsonl(tmp_path / "pred.jsonl", pred_rows)
    assert_agrees(score_files(gold, preds).to_dict(), reference_json(gold, preds))


def record(doc: GoldDocument, start: int, end: int, **fields: Any) -> dict[str, Any]:
    return {"doc": doc.id, "start": start, "end": end, "text": doc.text[start:end], **fields}


@needs_reference
def test_perfect_predictions_on_seed_gold_score_one(tmp_path: Path) -> None:
    gold = read_gold(SEEDS)
    rows: list[Row] = []
    for doc in gold:  # one record per entity span and one per acronym mention, as an extractor could write
        rows += [record(doc, start, end, label=label, acronym=False) for start, end, label in doc.spans]
        for start, end, _, forms in doc.acronyms:
            rows.append(
                record(doc, start, end, label=None, acronym=True, expansion=forms[0] if forms else None)
            )
    preds = write_jsonl(tmp_path / "pred.jsonl", rows)
    report = score_files(SEEDS, preds)
    for counts in (report.entities, report.relaxed, report.acronyms, *report.per_label.values()):
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)
    assert report.expansion_accuracy == 1.0
    assert (report.bad_lines, report.offset_errors, report.misses, report.errors) == (0, 0, (), ())
    assert_agrees(report.to_dict(), reference_json(SEEDS, preds))


# --- property test against the reference's score() -------------------------------------------------

Scenario = tuple[list[dict[str, Any]], list[Row]]
EXPANSIONS = ["Office de lutte", "Direction générale", "l'État"]
PREDICTED_EXPANSIONS = [
    None,
    "office  de-lutte",
    "DIRECTION GENERALE.",
    "l’etat",
    "la direction générale",
    "autre",
]


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    text = draw(st.text(alphabet="abé ’-.", min_size=1, max_size=30))
    size = len(text)

    def region() -> tuple[int, int]:
        start = draw(st.integers(0, size - 1))
        return start, draw(st.integers(start + 1, size))

    def many(make: Callable[[], dict[str, Any]], limit: int) -> list[dict[str, Any]]:
        return [make() for _ in range(draw(st.integers(0, limit)))]

    labels = st.sampled_from(["PER", "ORG", "LOC", "MISC"])
    spans = many(lambda: dict(zip(("start", "end", "label"), (*region(), draw(labels)), strict=True)), 6)
    ignore = many(lambda: dict(zip(("start", "end"), region(), strict=True)), 2)

    def gold_acronym() -> dict[str, Any]:
        start, end = region()
        forms = draw(st.lists(st.sampled_from(EXPANSIONS), max_size=2))
        return {"start": start, "end": end, "text": text[start:end], "expansions": forms}

    acronyms = many(gold_acronym, 4)
    anchors = [(s["start"], s["end"]) for s in spans + acronyms]

    def record() -> Row:
        if draw(st.booleans()) and anchors:
            start, end = draw(st.sampled_from(anchors))
            start, end = (
                start + draw(st.sampled_from([0, 0, 0, -1, 1])),
                end + draw(st.sampled_from([0, 0, 0, 1])),
            )
        else:
            start, end = draw(st.integers(-2, size + 2)), draw(st.integers(-2, size + 2))
        surface = text[start:end] if draw(st.integers(0, 9)) else "?"
        return {
            "doc": draw(st.sampled_from(["d", "d", "d", "other"])),
            "start": start,
            "end": end,
            "text": surface,
            "label": draw(st.sampled_from(["PER", "ORG", "LOC", "MISC", None])),
            "acronym": draw(st.sampled_from([True, True, False, "true"])),
            "expansion": draw(st.sampled_from(PREDICTED_EXPANSIONS)),
        }

    rows: list[Row] = [record() for _ in range(draw(st.integers(0, 10)))]
    rows += draw(st.lists(st.sampled_from(["oops", "[]", "{}", "   "]), max_size=2))
    gold = {"id": "d", "text": text, "spans": spans, "acronyms": acronyms, "ignore": ignore}
    return [gold], draw(st.permutations(rows))


@pytest.fixture(scope="module")
def reference_score() -> Callable[[str, str], dict[str, Any]]:
    spec = importlib.util.spec_from_file_location("reference_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    function: Callable[[str, str], dict[str, Any]] = module.score
    return function


@needs_reference
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios())
def test_random_annotations_agree_with_reference(
    reference_score: Callable[[str, str], dict[str, Any]], scenario: Scenario
) -> None:
    gold_rows, pred_rows = scenario
    with tempfile.TemporaryDirectory() as tmp:
        gold = write_jsonl(Path(tmp) / "gold.jsonl", gold_rows)
        preds = write_jsonl(Path(tmp) / "pred.jsonl", pred_rows)
        expected = json.loads(json.dumps(reference_score(str(gold), str(preds))))
        assert_agrees(score_files(gold, preds).to_dict(), expected)


# --- behaviour that needs no reference -------------------------------------------------------------


def test_fold_ignores_case_accents_apostrophes_hyphens_and_article() -> None:
    assert expansion_key("L’Office de lutte-contre  le Trafic.") == expansion_key(
        "office de lutte contre le trafic"
    )
    assert expansion_key("la Direction générale") == "direction generale"
    assert expansion_key(None) == ""
    assert expansion_key("Office des migrants") != expansion_key("Office de lutte")


def test_counts_derive_precision_recall_f1() -> None:
    counts = Counts(tp=3, fp=1, fn=2) + Counts(tp=1)
    assert counts == Counts(4, 1, 2)
    assert counts.to_dict() == pytest.approx({"p": 0.8, "r": 4 / 6, "f": 2 * 0.8 * (4 / 6) / (0.8 + 4 / 6)})
    assert Counts().to_dict() == {"p": 0.0, "r": 0.0, "f": 0.0}


def in_memory_report(preds: Iterable[Any]) -> ScoreReport:
    doc = GoldDocument(
        "a", TEXT, spans=(GoldSpan(*at("Bruno Retailleau"), "PER"), GoldSpan(*at("Lognes"), "LOC"))
    )
    return score([doc], preds)


def test_errors_list_false_negatives_and_false_positives_with_context() -> None:
    report = in_memory_report([pred("Retailleau", "PER"), pred("Lognes", "ORG"), pred("visité", "LOC")])
    found = {(e.kind, e.label, e.text, e.reason) for e in report.errors}
    assert found == {
        ("FP", "PER", "Retailleau", "wrong boundaries"),
        ("FN", "PER", "Bruno Retailleau", "wrong boundaries"),
        ("FP", "ORG", "Lognes", "wrong label (gold: LOC)"),
        ("FN", "LOC", "Lognes", "predicted as ORG"),
        ("FP", "LOC", "visité", "not in gold"),
    }
    lognes = next(e for e in report.errors if e.kind == "FN" and e.label == "LOC")
    assert (
        lognes.left == TEXT[lognes.start - 40 : lognes.start]
        and lognes.right == TEXT[lognes.end : lognes.end + 40]
    )
    assert "[Lognes]" in lognes.render() and "\n" not in lognes.render()
    assert sorted(report.misses) == [("a", "LOC", "Lognes"), ("a", "PER", "Bruno Retailleau")]


def test_plain_records_and_non_mappings_are_accepted() -> None:
    report = in_memory_report([pred("Lognes", "LOC"), ["not", "a", "record"], {"no": "doc"}])
    assert report.bad_lines == 2 and report.gold_format is None
    assert report.per_label["LOC"] == Counts(1, 0, 0)
    assert summary_lines(report)[-1] == "bad_lines=2 offset_errors=0"


def test_read_predictions_counts_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_bytes(b'{"doc": "a"}\n\nnope\n[]\n{"start": 1}\n{"doc": "\xff"}\n')
    predictions = read_predictions(path)
    assert predictions == Predictions(({"doc": "a"},), bad_lines=4)
    assert in_memory_report(predictions).bad_lines == 4


def test_report_dict_has_reference_keys_and_ours() -> None:
    report = in_memory_report([pred("Lognes", "LOC")])
    assert list(report.to_dict()) == [
        "entities", "relaxed", "per_label", "acronyms", "expansion_accuracy",
        "bad_lines", "offset_errors", "misses", "errors", "gold_format",
    ]  # fmt: skip
    json.dumps(report.to_dict())


def test_missing_predictions_file_is_a_domain_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        read_predictions(tmp_path / "absent.jsonl")
    assert isinstance(raised.value, SeednerError)
