"""Gold files: the three accepted formats and the problems reported for broken ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from seedner.errors import InputError, SeednerError
from seedner.evaluation.gold import (
    GoldAcronym,
    GoldFormatError,
    GoldProblem,
    GoldSpan,
    Region,
    TextRegion,
    detect_format,
    parse_gold,
    read_gold,
)
from tests.conftest import SHARED

SEEDS = SHARED / "gold" / "seeds.jsonl"
TEXT = "TRACFIN et la DGSI à Paris, selon M. Retailleau."


def write(tmp_path: Path, *rows: dict[str, Any] | str, name: str = "gold.jsonl") -> Path:
    path = tmp_path / name
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(GoldFormatError) as raised:
        read_gold(path)
    return [str(problem) for problem in raised.value.problems]


def test_reads_our_format(tmp_path: Path) -> None:
    row = {
        "id": "doc-1",
        "text": TEXT,
        "spans": [{"start": 0, "end": 7, "label": "ORG"}, {"start": 21, "end": 26, "label": "LOC"}],
        "acronyms": [
            {"start": 0, "end": 7, "text": "TRACFIN", "expansions": ["Traitement du renseignement"]}
        ],
        "ignore": [{"start": 34, "end": 36}],
        "not_acronyms": [{"start": 34, "end": 36, "text": "M."}],
    }
    gold = read_gold(write(tmp_path, row))
    assert gold.format == "seedner" and len(gold) == 1
    (doc,) = gold
    assert doc.id == "doc-1" and doc.text == TEXT
    assert doc.spans == (GoldSpan(0, 7, "ORG"), GoldSpan(21, 26, "LOC"))
    assert doc.spans[0] == (0, 7, "ORG")
    assert doc.acronyms == (GoldAcronym(0, 7, "TRACFIN", ("Traitement du renseignement",)),)
    assert doc.ignore == (Region(34, 36),) and doc.not_acronyms == (TextRegion(34, 36, "M."),)


def test_acronym_text_defaults_to_the_document_slice(tmp_path: Path) -> None:
    row = {"id": "d", "text": TEXT, "acronyms": [{"start": 14, "end": 18}]}
    (doc,) = read_gold(write(tmp_path, row))
    assert doc.acronyms == (GoldAcronym(14, 18, "DGSI", ()),) and doc.spans == ()


def test_reads_prodigy_output_with_ids_from_meta(tmp_path: Path) -> None:
    spans = [{"start": 14, "end": 18, "label": "ORG", "token_start": 3, "token_end": 3}]
    path = write(
        tmp_path,
        {
            "text": TEXT,
            "spans": spans,
            "meta": {"doc": "from-meta-doc"},
            "_input_hash": 1,
            "answer": "accept",
        },
        {"text": TEXT, "spans": spans, "meta": {"id": "from-meta-id"}},
        {"text": "Rien.", "spans": [], "meta": {}},
        {"text": TEXT, "spans": [{"start": 0, "end": 99, "label": "X"}], "answer": "reject"},
        name="prodigy.jsonl",
    )
    gold = read_gold(path)
    assert gold.format == "prodigy"
    assert [doc.id for doc in gold] == ["from-meta-doc", "from-meta-id", "prodigy.jsonl:3"]
    assert gold.documents[0].spans == (GoldSpan(14, 18, "ORG"),)


def test_reads_doccano_label_and_labels(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {"id": 7, "text": TEXT, "label": [[0, 7, "ORG"], [21, 26, "LOC"]]},
        {"text": TEXT, "labels": [[38, 48, "PER"]]},
        name="doccano.jsonl",
    )
    gold = read_gold(path)
    assert gold.format == "doccano"
    assert [doc.id for doc in gold] == ["7", "doccano.jsonl:2"]
    assert gold.documents[1].spans == (GoldSpan(38, 48, "PER"),)


def test_format_detection() -> None:
    assert detect_format([{"text": "", "label": []}]) == "doccano"
    assert detect_format([{"text": "", "spans": [], "meta": {"doc": "x"}}]) == "prodigy"
    assert detect_format([{"id": "x", "text": "", "spans": []}]) == "seedner"
    assert detect_format([{"text": "", "spans": [], "acronyms": []}]) == "seedner"
    assert detect_format([]) == "seedner"


def test_blank_lines_are_skipped_and_line_numbers_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "", {"text": "a", "spans": [{"start": 0, "end": 2, "label": "PER"}]})
    assert problems_of(path) == [f"{path}:2: spans[0]: offsets 0-2 out of range (text has 1 characters)"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("{not json", "invalid JSON: "),
        ("[1, 2]", "expected a JSON object, got an array"),
        ('"text"', "expected a JSON object, got a string"),
        ({"id": "d"}, 'missing "text"'),
        ({"id": "d", "text": 42}, '"text" must be a string'),
        ({"id": ["d"], "text": TEXT}, '"id" must be a non-empty string or an integer'),
        ({"id": "d", "text": TEXT, "spans": {}}, '"spans" must be a list'),
        ({"id": "d", "text": TEXT, "spans": ["x"]}, "spans[0]: expected an object with start, end and label"),
        (
            {"id": "d", "text": TEXT, "spans": [{"start": "0", "end": 7, "label": "ORG"}]},
            "spans[0]: start and end",
        ),
        (
            {"id": "d", "text": TEXT, "spans": [{"start": 7, "end": 7, "label": "ORG"}]},
            "spans[0]: start 7 must be",
        ),
        (
            {"id": "d", "text": TEXT, "spans": [{"start": -1, "end": 7, "label": "ORG"}]},
            "spans[0]: offsets -1-7 out",
        ),
        (
            {"id": "d", "text": TEXT, "spans": [{"start": 0, "end": 99, "label": "ORG"}]},
            "spans[0]: offsets 0-99 out",
        ),
        (
            {"id": "d", "text": TEXT, "spans": [{"start": 0, "end": 7, "label": "PERSON"}]},
            "spans[0]: unknown label 'PERSON'",
        ),
        (
            {"id": "d", "text": TEXT, "spans": [{"start": 0, "end": 7, "label": "ORG", "text": "TRACFIM"}]},
            "spans[0]: text 'TRACFIM' does not match 'TRACFIN' at 0-7",
        ),
        (
            {"id": "d", "text": TEXT, "acronyms": [{"start": 14, "end": 18, "text": "DGFiP"}]},
            "acronyms[0]: text 'DGFiP' does not match 'DGSI' at 14-18",
        ),
        (
            {"id": "d", "text": TEXT, "acronyms": [{"start": 14, "end": 18, "expansions": "x"}]},
            'acronyms[0]: "expansions" must be a list of strings',
        ),
        ({"id": "d", "text": TEXT, "ignore": [{"start": 5}]}, "ignore[0]: start and end must be integers"),
        (
            {"id": "d", "text": TEXT, "not_acronyms": [{"start": 34, "end": 36, "text": "Mme"}]},
            "not_acronyms[0]: text",
        ),
        ({"text": TEXT, "label": [[0, 7]]}, "label[0]: expected [start, end, label]"),
        ({"text": TEXT, "labels": [[0, 7, "ORGA"]]}, "labels[0]: unknown label 'ORGA'"),
    ],
)
def test_each_problem_is_reported_with_file_and_line(
    tmp_path: Path, row: dict[str, Any] | str, message: str
) -> None:
    doccano = isinstance(row, dict) and ("label" in row or "labels" in row)
    first = (
        {"id": "first", "text": "ok", "label": []} if doccano else {"id": "first", "text": "ok", "spans": []}
    )
    path = write(tmp_path, first, row)
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:2: {message}"), problem


def test_duplicate_ids_are_reported_against_the_first(tmp_path: Path) -> None:
    path = write(tmp_path, {"id": "x", "text": "a"}, {"id": "y", "text": "b"}, {"id": "x", "text": "c"})
    assert problems_of(path) == [f"{path}:3: duplicate document id 'x' (first on line 1)"]


def test_doccano_record_among_span_records_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, {"id": "a", "text": "a", "spans": []}, {"id": "b", "text": "b", "label": []})
    assert problems_of(path) == [
        f'{path}:2: doccano-style "label(s)" field in a file whose other records use "spans"'
    ]


def test_every_problem_in_a_file_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "oops",
        {"id": "a", "text": TEXT, "spans": [{"start": 0, "end": 7, "label": "ORGA"}, {"start": 9, "end": 3}]},
        {"id": "a", "text": TEXT},
        {"id": "b"},
        {"id": "a", "text": "again"},
    )
    assert problems_of(path) == [
        f"{path}:1: invalid JSON: Expecting value: line 1 column 1 (char 0)",
        f"{path}:2: spans[0]: unknown label 'ORGA' (allowed: LOC, MISC, ORG, PER)",
        f"{path}:2: spans[1]: start 9 must be less than end 3",
        f"{path}:2: spans[1]: unknown label None (allowed: LOC, MISC, ORG, PER)",
        f'{path}:4: missing "text"',
        f"{path}:5: duplicate document id 'a' (first on line 3)",
    ]


def test_problem_rendering_and_error_hierarchy(tmp_path: Path) -> None:
    assert str(GoldProblem("g.jsonl", 3, "bad")) == "g.jsonl:3: bad"
    assert str(GoldProblem("g.jsonl", 0, "bad")) == "g.jsonl: bad"
    error = GoldFormatError([GoldProblem("g", 1, "a"), GoldProblem("g", 2, "b")])
    assert isinstance(error, SeednerError) and str(error) == "g:1: a\ng:2: b"
    with pytest.raises(InputError):
        read_gold(tmp_path / "absent.jsonl")


def test_undecodable_line_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "\xe9"}\n')
    assert problems_of(path) == [f"{path}:2: not valid UTF-8"]


def test_parse_gold_takes_lines() -> None:
    gold = parse_gold(
        ['{"id": "a", "text": "Paris", "spans": [{"start": 0, "end": 5, "label": "LOC"}]}'], "mem"
    )
    assert gold.path == "mem" and gold.documents[0].spans == (GoldSpan(0, 5, "LOC"),)


@pytest.mark.skipif(
    not SEEDS.is_file(), reason=f"seed gold {SEEDS} not found (shared material beside the checkout)"
)
def test_seed_gold_reads_cleanly() -> None:
    gold = read_gold(SEEDS)
    assert gold.format == "seedner"
    assert [doc.id for doc in gold] == ["seed-afp", "seed-communique"]
    assert all(doc.spans and doc.acronyms and doc.ignore and doc.not_acronyms for doc in gold)
