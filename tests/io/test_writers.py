"""Output formats: every writer round-trips (or matches a golden file) against the records."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from seedner.cli.app import ExitCode, app
from seedner.cli.extract import OutputFormat
from seedner.io.brat import BRAT_CONF, BratWriter, safe_stem
from seedner.io.tables import records_table, render
from seedner.io.writers import FORMATS, JsonlWriter, TableWriter, make_writer
from seedner.records.mentions import Mention
from seedner.records.record import RECORD_FIELDS, mention_records
from tests.conftest import parse_jsonl

TEXT = (
    'Selon "Marie Dubois", le service TRACFIN a saisi la Direction générale\n'
    "de la sécurité intérieure (DGSI) à Paris, et l'OFDT, avec le concours\tde l'Ofpra.\n"
)
DOC = 'dépêches/n°1, "urgent".txt'
OFDT = (
    "Observatoire français des drogues et des toxicomanies",
    "Observatoire français des drogues et tendances",
)
LONG_FORM = "Direction générale\nde la sécurité intérieure"


def _mention(surface: str, label: str, **fields: Any) -> Mention:
    start = TEXT.index(surface)
    return Mention(start, start + len(surface), surface, label, canonical=surface, **fields)


@pytest.fixture
def records() -> list[dict[str, Any]]:
    mentions = [
        _mention("Marie Dubois", "PER"),
        _mention(
            "TRACFIN",
            "ORG",
            source="gazetteer",
            id="fr.tracfin",
            acronym=True,
            expansion="Traitement du renseignement et action contre les circuits financiers clandestins",
            expansion_source="gazetteer",
        ),
        _mention(LONG_FORM, "ORG", source="definition", acronym_of="DGSI"),
        _mention(
            "DGSI", "ORG", acronym=True, expansion=LONG_FORM.replace("\n", " "), expansion_source="document"
        ),
        _mention("Paris", "LOC", id="insee.com.75056"),
        _mention("OFDT", "MISC", acronym=True, expansion_candidates=OFDT, expansion_source="dictionary"),
    ]
    return mention_records(DOC, TEXT, mentions)


def written(format_name: str, documents: list[tuple[str, list[dict[str, Any]], str]], **options: Any) -> str:
    stream = io.BytesIO()
    writer = make_writer(format_name, stream, **options)
    for doc, doc_records, text in documents:
        writer.write(doc, doc_records, text)
    writer.close()
    return stream.getvalue().decode("utf-8")


def typed(name: str, cell: str) -> Any:
    """A CSV cell back to the JSON value of that field."""
    if name in {"start", "end", "line", "column", "cluster"}:
        return int(cell)
    if name == "acronym":
        return {"true": True, "false": False}[cell]
    if name == "expansion_candidates":
        return cell.split("|") if cell else None
    if name in {"doc", "text", "label", "source", "canonical"}:
        return cell
    return cell or None


@pytest.mark.parametrize(("format_name", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_delimited_round_trip(records, format_name, delimiter):
    output = written(format_name, [(DOC, records, TEXT), ("empty.txt", [], "")])
    assert output.endswith("\r\n") and f'"{LONG_FORM}"' in output
    rows = list(csv.DictReader(io.StringIO(output, newline=""), delimiter=delimiter))
    assert list(rows[0]) == list(RECORD_FIELDS)
    assert [{name: typed(name, row[name]) for name in RECORD_FIELDS} for row in rows] == records
    jsonl = parse_jsonl(written("jsonl", [(DOC, records, TEXT)]))
    assert jsonl == records


def test_delimited_quoting_follows_rfc_4180(records):
    line = written("csv", [(DOC, records[:1], TEXT)]).split("\r\n")[1]
    assert line.startswith('"dépêches/n°1, ""urgent"".txt",')
    assert ",true," in written("csv", [(DOC, records[1:2], TEXT)])


def test_csv_without_mentions_is_a_header(records):
    assert written("csv", []) == ",".join(RECORD_FIELDS) + "\r\n"
    assert written("tsv", [("a.txt", [], "x")]) == "\t".join(RECORD_FIELDS) + "\r\n"


def test_csv_keeps_extra_fields_of_unique_records(records):
    extra = [{**record, "count": 2, "mentions": [[1, 2], [3, 4]]} for record in records[:1]]
    rows = list(csv.DictReader(io.StringIO(written("csv", [(DOC, extra, TEXT)]), newline="")))
    assert rows[0]["count"] == "2" and rows[0]["mentions"] == "[1, 2]|[3, 4]"


def test_doc_format_golden():
    text = "La DGSI à Lyon."
    doc_records = mention_records(
        "a.txt",
        text,
        [
            Mention(
                3, 7, "DGSI", "ORG", "gazetteer", "fr.dgsi", "DGSI", True, "Direction générale", "gazetteer"
            ),
            Mention(10, 14, "Lyon", "LOC", canonical="Lyon"),
        ],
    )
    entities = (
        '"entities": [{"start": 3, "end": 7, "line": 1, "column": 4, "page": null, "text": "DGSI", '
        '"label": "ORG", '
        '"source": "gazetteer", "id": "fr.dgsi", "canonical": "DGSI", "cluster": 0, "acronym": true, '
        '"expansion": "Direction générale", "expansion_source": "gazetteer", "expansion_candidates": null, '
        '"acronym_of": null, "role": null, "id_candidates": null}, '
        '{"start": 10, "end": 14, "line": 1, "column": 11, "page": null, "text": "Lyon", "label": "LOC", '
        '"source": "model", "id": null, "canonical": "Lyon", "cluster": 1, "acronym": false, '
        '"expansion": null, "expansion_source": null, "expansion_candidates": null, "acronym_of": null, '
        '"role": null, "id_candidates": null}]'
    )
    documents = [("a.txt", doc_records, text), ("b.txt", [], "Rien.")]
    assert (
        written("doc", documents) == f'{{"doc": "a.txt", {entities}}}\n{{"doc": "b.txt", "entities": []}}\n'
    )
    assert written("doc", documents, include_text=True) == (
        f'{{"doc": "a.txt", "text": "La DGSI à Lyon.", {entities}}}\n'
        '{"doc": "b.txt", "text": "Rien.", "entities": []}\n'
    )


def test_spans_round_trip(records):
    tasks = parse_jsonl(written("spans", [(DOC, records, TEXT), ("b.txt", [], "Rien.")]))
    assert tasks[0]["text"] == TEXT and tasks[0]["meta"] == {"doc": DOC}
    assert [(s["start"], s["end"], s["label"]) for s in tasks[0]["spans"]] == [
        (r["start"], r["end"], r["label"]) for r in records
    ]
    assert tasks[1] == {"text": "Rien.", "spans": [], "meta": {"doc": "b.txt"}}


def test_spans_are_accepted_back_as_gold(records):
    gold = pytest.importorskip("seedner.evaluation.gold")
    output = written("spans", [(DOC, records, TEXT), ("b.txt", [], "Rien.")])
    gold_set = gold.parse_gold(output.splitlines(keepends=True), "pre.jsonl")
    assert gold_set.format == "prodigy"
    assert [document.id for document in gold_set] == [DOC, "b.txt"]
    assert list(gold_set.documents[0].spans) == [(r["start"], r["end"], r["label"]) for r in records]


_T_LINE = re.compile(r"^(T\d+)\t(\w+) ((?:\d+ \d+;)*\d+ \d+)\t([^\t\n]*)$")


def parse_ann(ann: str, text: str) -> tuple[list[tuple[int, int, str]], dict[str, str]]:
    """brat standoff back to spans, checking each fragment against the text."""
    spans, notes, ids = [], {}, {}
    for line in ann.splitlines():
        if line.startswith("#"):
            _, target, note = re.fullmatch(r"#\d+\tAnnotatorNotes (T\d+)\t(.*)", line).group(0, 1, 2)
            notes[ids[target]] = note
            continue
        identifier, label, offsets, surface = _T_LINE.fullmatch(line).groups()
        fragments = [tuple(map(int, part.split())) for part in offsets.split(";")]
        assert " ".join(text[s:e] for s, e in fragments).replace("\t", " ") == surface
        spans.append((fragments[0][0], fragments[-1][1], label))
        ids[identifier] = text[fragments[0][0] : fragments[-1][1]]
    return spans, notes


def test_brat_round_trip(records, tmp_path):
    writer = make_writer("brat", io.BytesIO(), directory=tmp_path / "ann")
    writer.write(DOC, records, TEXT)
    writer.write("vide.txt", [], "")
    writer.close()
    folder = tmp_path / "ann"
    stem = safe_stem(DOC)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["annotation.conf", f"{stem}.txt", f"{stem}.ann", "vide.txt", "vide.ann"]
    )
    assert (folder / f"{stem}.txt").read_bytes() == TEXT.encode("utf-8")
    spans, notes = parse_ann((folder / f"{stem}.ann").read_text("utf-8"), TEXT)
    assert spans == [(r["start"], r["end"], r["label"]) for r in records]
    start = TEXT.index(LONG_FORM)
    line_end, end = start + LONG_FORM.index("\n"), start + len(LONG_FORM)
    fragments = (
        f"T3\tORG {start} {line_end};{line_end + 1} {end}\tDirection générale de la sécurité intérieure\n"
    )
    assert fragments in (folder / f"{stem}.ann").read_text("utf-8")
    assert notes["TRACFIN"].startswith("Traitement du renseignement")
    assert notes["OFDT"] == "one of: " + " | ".join(OFDT)
    assert (folder / "vide.ann").read_text() == "" and (folder / "annotation.conf").read_text() == BRAT_CONF


def test_brat_file_names_are_safe_deterministic_and_unique(tmp_path):
    docs = [
        "a.txt",
        "a",
        "A.txt",
        "x/y.txt",
        "x_y.txt",
        "-",
        "../../etc/passwd",
        "dépêche 1.txt",
        "é" * 400,
        "..",
    ]
    names = [BratWriter(tmp_path).file_stem(doc) for doc in docs]
    writer = BratWriter(tmp_path)
    unique = [writer.file_stem(doc) for doc in docs]
    assert unique[:4] == ["a", "a-2", "A-3", "x_y"] and unique[5:8] == ["stdin", "etc_passwd", "dépêche_1"]
    assert len({name.casefold() for name in unique}) == len(docs)
    again = BratWriter(tmp_path)
    assert [again.file_stem(doc) for doc in docs] == unique
    for name in names + unique:
        assert re.fullmatch(r"[\w][\w.-]*", name) and len(name.encode("utf-8")) <= 160, name


def test_brat_keeps_a_project_annotation_conf(tmp_path):
    (tmp_path / "annotation.conf").write_text("[entities]\nORG\n")
    writer = BratWriter(tmp_path)
    writer.write("a", [], "texte")
    writer.close()
    assert (tmp_path / "annotation.conf").read_text() == "[entities]\nORG\n"


@pytest.mark.parametrize("format_name", ["spans", "brat", "html"])
def test_writers_that_print_the_text_need_it(format_name, tmp_path):
    writer = make_writer(format_name, io.BytesIO(), directory=tmp_path)
    assert writer.needs_text
    with pytest.raises(ValueError, match="needs the document text"):
        writer.write("a.txt", [], None)


def test_only_doc_with_include_text_needs_text():
    assert not make_writer("doc", io.BytesIO()).needs_text
    assert make_writer("doc", io.BytesIO(), include_text=True).needs_text
    assert not any(make_writer(name, io.BytesIO()).needs_text for name in ("jsonl", "csv", "tsv", "table"))


def test_every_cli_format_has_a_writer():
    assert {member.value for member in OutputFormat} <= set(FORMATS)


def test_table_keeps_the_expansion_down_to_60_columns(records):
    wide = render(records_table(records, width=80), width=80)
    narrow = render(records_table(records, width=50), width=50)
    assert "expansion" in wide and "Traitement du renseignement" in " ".join(wide.split())
    assert "expansion" not in narrow and "dépêches" not in narrow
    assert all(len(line) <= 50 for line in narrow.splitlines())
    tracfin = records[1]
    assert "TRACFIN" in narrow and f"{tracfin['line']}:{tracfin['column']}" in narrow


def test_table_writer_prints_each_document_as_it_comes(records):
    stream = io.BytesIO()
    writer = TableWriter(stream, color=False, width=80)
    writer.write("first.txt", records[:1])
    first = stream.getvalue().decode("utf-8")
    assert first.startswith("first.txt  1 mention\n") and records[0]["text"] in first
    writer.write("empty.txt", [])
    writer.write("second.txt", records)
    writer.close()
    text = stream.getvalue().decode("utf-8")
    assert text.startswith(first) and f"second.txt  {len(records)} mentions" in text
    assert "empty.txt" not in text and all(len(line) <= 80 for line in text.splitlines())


def test_table_writer_says_when_nothing_was_found():
    stream = io.BytesIO()
    writer = TableWriter(stream, color=False, width=80)
    writer.write("empty.txt", [])
    writer.close()
    assert stream.getvalue() == b"no mention\n"


def test_brat_without_output_directory_is_a_usage_error():
    result = CliRunner().invoke(app, ["extract", "--format", "brat", "-"], input="x")
    assert result.exit_code == ExitCode.USAGE
    assert "give -o DIR" in " ".join(re.sub("[│╭╮╰╯─]", " ", result.output).split())


def test_completion_and_examples_in_help():
    runner = CliRunner()
    assert "--install-completion" in runner.invoke(app, ["--help"]).output
    help_text = runner.invoke(app, ["extract", "--help"]).output
    assert "Examples" in help_text and "--include-text" in help_text and "brat" in help_text


@pytest.mark.model
def test_every_format_from_the_command_line(write_file, tmp_path):
    text = "Le directeur de la DGSI, Marie Dubois, a rencontré le préfet à Marseille.\n"
    path = str(write_file("depeche.txt", text))
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, ["extract", "-q", *args, path], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    records = parse_jsonl(run())
    assert records
    rows = list(csv.DictReader(io.StringIO(run("-f", "csv"), newline="")))
    assert [{name: typed(name, row[name]) for name in RECORD_FIELDS} for row in rows] == records
    (task,) = parse_jsonl(run("-f", "spans"))
    assert task["text"] == text and [s["start"] for s in task["spans"]] == [r["start"] for r in records]
    (document,) = parse_jsonl(run("-f", "doc", "--include-text"))
    assert document["text"] == text and len(document["entities"]) == len(records)
    assert "text" not in json.loads(run("-f", "doc"))
    assert run("-f", "brat", "-o", str(tmp_path / "brat")) == ""
    ann = next(Path(tmp_path / "brat").glob("*.ann")).read_text("utf-8")
    assert parse_ann(ann, text)[0] == [(r["start"], r["end"], r["label"]) for r in records]


class _CountingStream(io.BytesIO):
    """Records each write, to see how a document's output is cut."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []

    def write(self, data):  # type: ignore[override]
        self.writes.append(bytes(data))
        return super().write(data)


def test_a_document_with_many_mentions_is_written_in_whole_line_parts():
    stream = _CountingStream()
    writer = JsonlWriter(stream)
    writer.chunk = 3
    many = [{"doc": "d", "start": i, "end": i + 1, "text": "x", "label": "LOC"} for i in range(7)]
    writer.write("d", many)
    writer.close()
    assert [data.count(b"\n") for data in stream.writes] == [3, 3, 1]
    assert all(data.endswith(b"\n") for data in stream.writes)
    assert [json.loads(line)["start"] for line in stream.getvalue().splitlines()] == list(range(7))
