"""Property and fuzz tests: any text gives valid, exact, non-overlapping, reproducible records."""

from __future__ import annotations

import json
import random
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seedner.acronyms.definitions import find_definitions, match_long_form

from .helpers import run_seedner

SNIPPETS = [
    "Marie Dubois",
    "la DGSI",
    "à Paris",
    "TRACFIN",
    "l'Ofpra",
    "Office de lutte contre le trafic illicite de migrants (OLTIM)",
    "la DNPAF (direction nationale de la police aux frontières)",
    "Direction générale de la sécurité intérieure",
    "Gérald Darmanin",
    "(",
    ")",
    "((",
    "«",
    "»",
    "\r\n",
    "\r",
    "\n\n",
    "\t",
    "\u00a0",
    "\u202f",
    "\u200b",
    "\u200d",
    "\ufeff",
    "e\u0301",
    "🇫🇷",
    "👩‍👩‍👧",
    "𝔘",
    "\x00",
    "\x0b",
    "\x85",
    "\u2028",
    "https://www.interieur.gouv.fr/a(b)",
    "contact@dgsi.fr",
    "M.",
    "A.B.C.",
    "- ",
    "'",
    "’",
    ". ",
    "AB" * 30,
    "x" * 600,
]
# Any code point but lone surrogates (no decoder produces them; the JSONL reader refuses them).
ANY_CHARACTER = st.characters(exclude_categories=["Cs"])
TEXTS = st.lists(
    st.one_of(st.sampled_from(SNIPPETS), st.text(ANY_CHARACTER, max_size=12), st.just(" ")), max_size=30
).map("".join)


def _nested(record: dict[str, Any], records: list[dict[str, Any]]) -> bool:
    """An acronym record inside a longer name's record (``CPAM`` in ``CPAM de la Gironde``)."""
    return bool(record["acronym"]) and any(
        other is not record
        and other["start"] <= record["start"]
        and record["end"] <= other["end"]
        and other["end"] - other["start"] > record["end"] - record["start"]
        and other["label"] == "ORG"
        for other in records
    )


def assert_contract(text: str, records: list[dict[str, Any]], validate: Any) -> None:
    """Valid records with exact offsets and positions; none overlaps another, but for an acronym inside
    the organisation name that holds it."""
    end = 0
    for record in records:
        validate(record)
        assert text[record["start"] : record["end"]] == record["text"], record
    assert records == sorted(records, key=lambda record: (record["start"], record["end"]))
    for record in records:
        if _nested(record, records):
            assert record["label"] == "MISC", record
            continue
        assert record["start"] >= end, f"overlapping mentions: {record}"
        end = record["end"]
        before = text[: record["start"]]
        lines = before.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        assert (record["line"], record["column"]) == (len(lines), len(lines[-1]) + 1), record
        json.dumps(record, ensure_ascii=False).encode("utf-8")  # representable in UTF-8


@pytest.mark.model
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_any_text_gives_valid_exact_non_overlapping_records(extractor, record_validator, text):
    records = extractor.extract_text(text, "doc")
    assert_contract(text, records, record_validator)
    assert extractor.extract_text(text, "doc") == records  # the same result a second time


@pytest.mark.model
@settings(max_examples=80, deadline=None)
@given(texts=st.lists(TEXTS, min_size=1, max_size=6))
def test_a_batch_gives_what_each_text_gives_alone(extractor, texts):
    from seedner.io.readers import Document

    together = [
        list(result.records) for result in extractor.run(Document(f"d{i}", t) for i, t in enumerate(texts))
    ]
    alone = [extractor.extract_text(text, f"d{i}") for i, text in enumerate(texts)]
    assert together == alone


def _random_corpus(seed: int, documents: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = [chr(c) for c in range(0x20, 0x250)] + ["\n", "\r\n", "\t", "\u00a0", "🇫🇷", "𝔘", "\u200b", "é"]
    corpus = []
    for _ in range(documents):
        parts = []
        for _ in range(rng.randint(1, 25)):
            if rng.random() < 0.6:
                parts.append(rng.choice(SNIPPETS))
            else:
                parts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 15))))
            parts.append(rng.choice([" ", " ", ", ", ". ", "\n"]))
        corpus.append("".join(parts))
    return corpus


@pytest.mark.model
@pytest.mark.slow
def test_output_is_the_same_bytes_with_one_or_two_jobs_and_twice(tmp_path, record_validator, record_property):
    texts = _random_corpus(seed=2024, documents=400)
    path = tmp_path / "random.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)), "utf-8"
    )
    runs = [run_seedner(["extract", "-q", "--jobs", jobs, str(path)]) for jobs in ("1", "2", "2")]
    for run in runs:
        assert run.returncode == 0, run.stderr
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    records = runs[0].records()
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_doc.setdefault(record["doc"], []).append(record)
    for doc, doc_records in by_doc.items():
        assert_contract(texts[int(doc[1:])], doc_records, record_validator)
    record_property("seconds", sum(run.seconds for run in runs))
    record_property(
        "what",
        f"400 random documents, {len(records)} records: --jobs 1 ({runs[0].seconds:.0f} s) "
        f"and twice --jobs 2 ({runs[1].seconds:.0f} s, {runs[2].seconds:.0f} s) byte-identical",
    )


# ------------------------------------------------------------------ the acronym-definition matcher


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, starts=st.lists(st.integers(min_value=0, max_value=400), max_size=5))
def test_definition_matcher_never_raises_and_points_at_the_text(text, starts):
    for definition in find_definitions(text, sorted(starts)):
        assert text[definition.short_start : definition.short_end] == definition.short
        assert text[definition.long_start : definition.long_end] == definition.long
        assert definition.long.strip() == definition.long and definition.long
        assert definition.short and definition.long != definition.short


@settings(max_examples=400, deadline=None)
@given(short=st.text(ANY_CHARACTER, max_size=14), candidate=TEXTS, anchored=st.booleans())
def test_long_form_matcher_returns_an_offset_inside_the_candidate(short, candidate, anchored):
    offset = match_long_form(short, candidate, anchored=anchored)
    assert offset is None or 0 <= offset < len(candidate)


@pytest.mark.parametrize(
    "text",
    ["(" * 100_000, "A (" * 50_000, "(ABC) " * 30_000, ("Office de lutte (OL) " * 20_000), "É" * 1_000_000],
    ids=["parens", "letter-parens", "groups", "definitions", "capitals"],
)
def test_definition_matcher_is_linear_on_hostile_text(text, record_property):
    started = time.perf_counter()
    find_definitions(text)
    seconds = time.perf_counter() - started
    record_property("seconds", seconds)
    record_property("what", f"{len(text):,} characters")
    assert seconds < 60  # a hang guard only: linear text costs well under a second per MB


@pytest.mark.model
@pytest.mark.parametrize("output_format", ["jsonl", "doc", "spans"])
def test_unicode_line_ends_never_split_a_record(cli, write_file, output_format):
    text = "Selon Marie Dubois\u2028la DGSI\x85a interpellé\u2029deux hommes à Marseille."
    path = write_file("lines.txt", text)
    result = cli("extract", "-q", "--format", output_format, "--include-text", str(path))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()  # splits at U+2028, U+2029 and U+0085 too
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)
    if output_format != "jsonl":
        assert json.loads(lines[0])["text"] == text
