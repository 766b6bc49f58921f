"""Odd characters and line endings: offsets stay exact, line and column stay right."""

from __future__ import annotations

import unicodedata

import pytest

from ..conftest import parse_jsonl

pytestmark = pytest.mark.model

SENTENCE = "Selon Marie Dubois, la DGSI a interpellé deux hommes à Marseille."
# Each case puts something awkward before, inside or between the mentions.
CASES = {
    "crlf": "Réunion à Paris.\r\n\r\n" + SENTENCE + "\r\nFin à Lyon.\r\n",
    "lone-cr": "Réunion à Paris.\r" + SENTENCE + "\rFin à Lyon.",
    "mixed-endings": "Paris\n\rLyon\r\n\nMarseille\u2028" + SENTENCE,
    "tabs": "\t\tRéunion\tà Paris.\n\t" + SENTENCE.replace(" ", "\t", 3),
    "nbsp": SENTENCE.replace(" ", "\u00a0") + "\n" + SENTENCE.replace(" ", "\u202f"),
    "zero-width": "Réunion\ufeff à Pa\u200bris.\u200d " + SENTENCE.replace("Marie", "Ma\u200crie") + "\u2060",
    "nfd": unicodedata.normalize("NFD", "Le préfet Gérald Lefèvre est à Orléans. " + SENTENCE),
    "emoji": "🚀 Réunion 🇫🇷 à Paris 😀.\n👩‍👩‍👧 " + SENTENCE + " 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀 à Lyon.",
    "controls": "Réunion\x0bà Paris.\x0c" + SENTENCE + "\x1c\x1d\x85 Lyon\x7f.",
}


@pytest.mark.parametrize("case", list(CASES))
def test_offsets_line_and_column_are_exact(cli, write_file, check_records, case, record_property):
    text = CASES[case]
    path = write_file(f"{case}.txt", text)
    result = cli("extract", "-q", str(path))
    assert result.exit_code == 0, result.stderr
    records = parse_jsonl(result.stdout)
    check_records({str(path): text}, records)  # schema, text == document[start:end], line, column
    surfaces = {record["text"] for record in records}
    assert any("Dubois" in surface for surface in surfaces), surfaces
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)
    record_property("what", f"{len(records)} mentions, offsets/line/column exact")


def test_line_and_column_count_code_points_across_astral_characters(extractor):
    text = "😀😀\r\n𝔘 " + SENTENCE
    records = extractor.extract_text(text, "x")
    dubois = next(r for r in records if "Dubois" in r["text"])
    assert dubois["line"] == 2
    assert dubois["column"] == len("𝔘 Selon ") + 1
    assert text[dubois["start"] : dubois["end"]] == dubois["text"]
