"""Bytes that are not UTF-8 text: binary files, other encodings, BOMs and empty files."""

from __future__ import annotations

import codecs
import gzip

import pytest

from seedner.cli.app import ExitCode

from ..conftest import parse_jsonl
from .helpers import DISPATCH

pytestmark = pytest.mark.model

BINARIES = {
    "report.pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "logo.png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    "archive.gz.txt": gzip.compress(DISPATCH.encode("utf-8")),
    "nul.txt": b"Le pr\xc3\xa9fet\x00de police",
    "photo.jpg.txt": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "program.txt": b"\x7fELF\x02\x01\x01\x00",
    "bundle.zip.txt": b"PK\x03\x04\x14\x00\x00\x00",
}
ACCENTED = "Le préfet a reçu l’Office à Évry, « Marie Dubois » et l’État — 12 €."


def test_binary_files_are_skipped_with_a_message_and_exit_1(cli, write_file, record_property):
    paths = [write_file(name, content) for name, content in BINARIES.items()]
    good = write_file("zz-good.txt", DISPATCH)
    result = cli("extract", "-q", *map(str, paths), str(good))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr.splitlines() == [f"seedner: error: {path}: binary file" for path in paths]
    assert {r["doc"] for r in parse_jsonl(result.stdout)} == {str(good)}
    record_property("what", f"{len(paths)} x 'binary file' (PDF, PNG, gzip, NUL, JPEG, ELF, zip), exit 1")


def test_invalid_utf8_names_the_byte_offset(cli, write_file, record_property):
    path = write_file("latin.txt", "Le préfet de Paris".encode("latin-1"))
    good = write_file("good.txt", DISPATCH)
    result = cli("extract", "-q", "--encoding", "utf-8", str(path), str(good))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr == (
        f"seedner: error: {path}: cannot decode as utf-8 at byte 5 (try --encoding auto)\n"
    )
    assert {r["doc"] for r in parse_jsonl(result.stdout)} == {str(good)}
    record_property("what", "exit 1, 'cannot decode as utf-8 at byte 5 (try --encoding auto)'")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_auto_reads_single_byte_encodings_with_accents_intact(cli, write_file, encoding, record_property):
    text = (
        ACCENTED if encoding == "cp1252" else ACCENTED.replace("’", "'").replace("—", "-").replace("€", "F")
    )
    path = write_file(f"{encoding}.txt", text.encode(encoding))
    result = cli("extract", "--encoding", "auto", str(path))
    assert result.exit_code == 0, result.stderr
    assert f"seedner: {path}: decoded as cp1252" in result.stderr  # latin-1's letters are cp1252's
    records = parse_jsonl(result.stdout)
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    assert "Marie Dubois" in {r["text"] for r in records}
    record_property("what", "decoded as cp1252, accents intact, offsets into the decoded text")


def test_auto_falls_back_to_latin1_for_bytes_cp1252_lacks(write_file):
    from seedner.io.decoding import decode_bytes

    notes: list[str] = []
    data = "Évry".encode("latin-1") + b" \x81\x8d"  # undefined in cp1252
    assert decode_bytes(data, "auto", source="x", notify=notes.append) == "Évry \x81\x8d"
    assert notes == ["x: decoded as latin-1"] or notes == ["x: decoded as iso8859-1"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(cli, write_file, codec, record_property):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    path = write_file("u16.txt", bom + DISPATCH.encode(codec))
    result = cli("extract", "--encoding", "auto", str(path))
    assert result.exit_code == 0, result.stderr
    assert f"seedner: {path}: decoded as utf-16" in result.stderr
    records = parse_jsonl(result.stdout)
    assert {"Marie Dubois", "Marseille"} <= {r["text"] for r in records}
    assert all(DISPATCH[r["start"] : r["end"]] == r["text"] for r in records)
    record_property("what", "decoded, note 'decoded as utf-16', same mentions as UTF-8")


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n\t\r\n \xc2\xa0\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF8 + b"\n\n"],
    ids=["empty", "whitespace", "utf8-bom-only", "utf16-bom-only", "bom-and-newlines"],
)
@pytest.mark.parametrize("encoding", ["utf-8", "auto"])
def test_empty_whitespace_and_bom_only_files_give_nothing_and_no_error(cli, write_file, content, encoding):
    path = write_file("empty.txt", content)
    result = cli("extract", "--encoding", encoding, str(path))
    if content == codecs.BOM_UTF16_LE and encoding == "utf-8":
        assert result.exit_code == ExitCode.INPUT_FAILED  # not UTF-8: --encoding auto reads it
        return
    assert (result.exit_code, result.stdout) == (0, ""), result.stderr
    assert "seedner: error" not in result.stderr
    assert "1 document, 0 mentions, 0 errors" in result.stderr


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("encoding", ["auto", "explicit"])
def test_utf16_without_bom_is_decoded_with_auto_or_when_named(
    cli, write_file, codec, encoding, record_property
):
    path = write_file("u16-nobom.txt", DISPATCH.encode(codec))
    result = cli("extract", "--encoding", codec if encoding == "explicit" else "auto", str(path))
    assert result.exit_code == 0, result.stderr
    records = parse_jsonl(result.stdout)
    assert {"Marie Dubois", "Marseille"} <= {r["text"] for r in records}
    record_property("what", f"{codec} without BOM, --encoding {encoding}: decoded")


def _jsonl(text: str) -> str:
    import json

    return "".join(json.dumps({"id": f"d{n}", "text": text}, ensure_ascii=False) + "\n" for n in range(3))


@pytest.mark.parametrize(
    ("codec", "encoding", "bom"),
    [
        ("cp1252", "cp1252", b""),
        ("cp1252", "auto", b""),
        ("utf-16-le", "utf-16-le", b""),
        ("utf-16-le", "auto", b""),
        ("utf-16-le", "auto", codecs.BOM_UTF16_LE),
        ("utf-16-be", "utf-16", codecs.BOM_UTF16_BE),
    ],
)
def test_encoding_applies_to_jsonl_inputs(cli, write_file, codec, encoding, bom, record_property):
    path = write_file("corpus.jsonl", bom + _jsonl(ACCENTED + " " + DISPATCH).encode(codec))
    result = cli("extract", "--encoding", encoding, str(path))
    assert result.exit_code == 0, result.stderr
    records = parse_jsonl(result.stdout)
    assert {r["doc"] for r in records} == {"d0", "d1", "d2"}
    assert {"Marie Dubois", "Marseille"} <= {r["text"] for r in records}
    record_property("what", f"{codec} JSONL, --encoding {encoding}: every document read")


def test_utf16_jsonl_read_as_utf8_is_one_clear_error(cli, write_file):
    path = write_file("corpus.jsonl", _jsonl(DISPATCH).encode("utf-16-le"))
    result = cli("extract", str(path))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr.count("seedner: error:") == 1
    assert "UTF-16 text without a BOM: give --encoding auto or utf-16-le" in result.stderr
