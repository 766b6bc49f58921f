"""Reading inputs: decoding, binary detection, directories, JSONL lines."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from seedner.io.decoding import decode_bytes
from seedner.io.readers import Document, InputFailure, ReadOptions, iter_documents


def read(inputs, **options):
    notes: list[str] = []
    items = list(iter_documents([str(i) for i in inputs], ReadOptions(**options), notify=notes.append))
    return items, notes


def test_utf8_bom_is_removed_and_line_endings_kept(write_file):
    path = write_file("a.txt", codecs.BOM_UTF8 + b"Paris\r\nLyon\rNice")
    [document], _ = read([path])
    assert document == Document(str(path), "Paris\r\nLyon\rNice")


def test_invalid_utf8_names_the_byte_offset(write_file):
    path = write_file("bad.txt", b"Caf\xe9 de Paris")
    [failure], _ = read([path])
    assert isinstance(failure, InputFailure)
    assert failure.source == str(path)
    assert "byte 3" in failure.cause and "utf-8" in failure.cause


def test_auto_encoding_reads_cp1252_and_says_so(write_file):
    path = write_file("cp.txt", "Le préfet a reçu l’Office à Évry.".encode("cp1252"))
    [document], notes = read([path], encoding="auto")
    assert document.text == "Le préfet a reçu l’Office à Évry."
    assert notes == [f"{path}: decoded as cp1252"]


def test_auto_encoding_reads_utf16_with_bom(write_file):
    path = write_file("u16.txt", "Frontex à Varsovie".encode("utf-16"))
    [document], notes = read([path], encoding="auto")
    assert document.text == "Frontex à Varsovie"
    assert "utf-16" in notes[0]


def test_utf8_under_auto_is_silent(write_file):
    path = write_file("u8.txt", "Évry")
    [document], notes = read([path], encoding="auto")
    assert document.text == "Évry" and notes == []


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n\x00\x00", b"\x1f\x8b\x08\x00", b"texte\x00binaire"],
    ids=["pdf", "png", "gzip", "nul-bytes"],
)
def test_binary_files_are_refused(write_file, content):
    path = write_file("x.txt", content)
    [failure], _ = read([path])
    assert failure == InputFailure(str(path), "binary file")


def test_empty_file_is_a_document_without_text(write_file):
    path = write_file("empty.txt", b"")
    assert read([path])[0] == [Document(str(path), "")]


def test_missing_path_fails_alone_and_others_go_on(write_file, tmp_path):
    good = write_file("good.txt", "Lyon")
    items, _ = read([tmp_path / "nope.txt", good])
    assert items == [
        InputFailure(str(tmp_path / "nope.txt"), "no such file or directory"),
        Document(str(good), "Lyon"),
    ]


def test_directory_is_walked_recursively_in_sorted_order_with_glob(write_file, tmp_path):
    write_file("corpus/b.txt", "B")
    write_file("corpus/a.txt", "A")
    write_file("corpus/sub/c.txt", "C")
    write_file("corpus/notes.md", "M")
    items, _ = read([tmp_path / "corpus"])
    assert [Path(item.name).name for item in items] == ["a.txt", "b.txt", "c.txt"]
    items, _ = read([tmp_path / "corpus"], globs=("*.md",))
    assert [item.text for item in items] == ["M"]


def test_unreadable_file_is_reported(write_file, monkeypatch):
    path = write_file("secret.txt", "x")
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert read([path])[0] == [InputFailure(str(path), "permission denied")]


def test_device_is_not_read():
    [failure], _ = read(["/dev/null"])
    assert failure == InputFailure("/dev/null", "not a regular file")


def test_stdin_is_read_when_no_input_is_given():
    items = list(iter_documents([], stdin=io.BytesIO(b"La DGSI")))
    assert items == [Document("-", "La DGSI")]


def test_jsonl_lines_carry_text_and_id(write_file):
    path = write_file(
        "c.jsonl",
        '{"id": "a1", "text": "Paris"}\n\n{"text": "Lyon", "other": 1}\n{"id": 7, "text": "Nice"}\n',
    )
    items, _ = read([path])
    assert items == [Document("a1", "Paris"), Document(f"{path}:3", "Lyon"), Document("7", "Nice")]


def test_jsonl_custom_fields(write_file):
    path = write_file("c.ndjson", '{"uid": "x", "body": "Texte"}\n')
    items, _ = read([path], text_field="body", id_field="uid")
    assert items == [Document("x", "Texte")]


def test_bad_jsonl_lines_fail_alone(write_file):
    path = write_file(
        "c.jsonl",
        '{"id": "ok", "text": "Paris"}\n{not json\n[1, 2]\n{"id": "n"}\n{"text": 3}\n'
        '{"id": "ok2", "text": "Lyon"}\n',
    )
    items, _ = read([path])
    failures = [item for item in items if isinstance(item, InputFailure)]
    assert [failure.source for failure in failures] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert "invalid JSON" in failures[0].cause
    assert "expected a JSON object" in failures[1].cause
    assert "'text' is missing" in failures[2].cause
    assert "not a string" in failures[3].cause
    assert [item.name for item in items if isinstance(item, Document)] == ["ok", "ok2"]


def test_duplicate_jsonl_ids_are_processed_with_a_warning(write_file):
    path = write_file("d.jsonl", '{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    items, notes = read([path])
    assert [item.text for item in items] == ["x", "y"]
    assert notes == [f"{path}:2: duplicate id 'a' (first on line 1)"]


def test_explicit_jsonl_format_for_stdin():
    stream = io.BytesIO(b'{"id": "s", "text": "Lille"}\n')
    items = list(iter_documents(["-"], ReadOptions(input_format="jsonl"), stdin=stream))
    assert items == [Document("s", "Lille")]


def test_decode_bytes_other_encoding():
    assert decode_bytes("Élysée".encode("latin-1"), "latin-1") == "Élysée"
