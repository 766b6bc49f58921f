"""The vector rows of names: read from the string table once, then from the start-up cache, the same."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy
import pytest
from spacy.vectors import Vectors

from seedner.acronyms.words import VectorRanks
from seedner.io import startup_cache
from seedner.pipeline.proper_rows import proper_rows

# Keys in frequency order; a pruned table: a rare word shares the row of the frequent word nearest to it.
OWNERS = ["Dijon", "solidarité", "Solidarité", "CNRS"]
SHARING = {"Montbard": 0, "Kerautret": 0, "entraide": 1}


@pytest.fixture
def model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, VectorRanks]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(startup_cache.ALL_OFF, raising=False)
    vectors = Vectors(data=numpy.zeros((len(OWNERS), 2), dtype="f"))
    for row, word in enumerate(OWNERS):
        vectors.add(word, row=row)
    for word, row in SHARING.items():
        vectors.add(word, row=row)
    vocab = tmp_path / "model" / "vocab"
    vocab.mkdir(parents=True)
    (vocab / "strings.json").write_text(json.dumps([*OWNERS, *SHARING]), encoding="utf-8")
    (vocab / "key2row").write_bytes(b"the vectors' keys")
    return vocab / "strings.json", VectorRanks(vectors)


def kept(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "seedner").glob("proper-rows-*.bin"))


def test_names_and_acronyms_own_their_rows_common_words_do_not(model: tuple[Path, VectorRanks]) -> None:
    # Solidarité is capitalised, but its lower-case form ranks before it.
    assert proper_rows(*model) == {0, 3}


def test_the_second_read_comes_from_the_cache_the_same(
    model: tuple[Path, VectorRanks], tmp_path: Path
) -> None:
    first = proper_rows(*model)
    assert len(kept(tmp_path)) == 1
    # The table is not read again while its path, size and time are those of the cached answer.
    table = model[0]
    status = table.stat()
    table.write_bytes(b"x" * status.st_size)
    os.utime(table, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert proper_rows(*model) == first
    table.write_text("[]", encoding="utf-8")  # a changed table is a new key: read again
    assert proper_rows(*model) == frozenset()
    assert len(kept(tmp_path)) == 2


def test_a_corrupt_cache_entry_is_read_again(model: tuple[Path, VectorRanks], tmp_path: Path) -> None:
    first = proper_rows(*model)
    (entry,) = kept(tmp_path)
    entry.write_bytes(b"\xff\xff\xff\x7f")  # a row the vectors do not have
    assert proper_rows(*model) == first
    entry.write_bytes(b"odd")
    assert proper_rows(*model) == first


def test_without_a_string_table_no_row_is_a_name(model: tuple[Path, VectorRanks], tmp_path: Path) -> None:
    assert proper_rows(None, model[1]) == frozenset()
    assert proper_rows(tmp_path / "missing.json", model[1]) == frozenset()


def test_without_the_vectors_keys_beside_it_the_answer_is_computed_not_kept(
    model: tuple[Path, VectorRanks], tmp_path: Path
) -> None:
    model[0].with_name("key2row").unlink()
    assert proper_rows(*model) == {0, 3}
    assert kept(tmp_path) == []
