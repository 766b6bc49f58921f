"""The parsed entries of a gazetteer file are kept between runs, and never stand in for a real read."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedner.errors import GazetteerError
from seedner.gazetteer.files import load_gazetteers, validate_gazetteers

GOOD = """\
- id: test.ofast
  label: ORG
  name: Office anti-stupéfiants
  acronyms: [OFAST]
  category: police
  source: test
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("SEEDNER_NO_GAZETTEER_CACHE", raising=False)
    return tmp_path / "cache" / "seedner"


def kept(cache: Path) -> list[Path]:
    return sorted(cache.glob("gazetteer-*.json")) if cache.exists() else []


def test_a_file_read_once_is_read_from_the_cache_the_same(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "bodies.yaml"
    path.write_text(GOOD, encoding="utf-8")
    first = load_gazetteers([path])
    assert len(kept(cache)) == 1
    assert load_gazetteers([path]) == first
    assert (first[0].file, first[0].line, first[0].acronyms) == (str(path), 1, ("OFAST",))


def test_a_changed_file_is_read_again(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "bodies.yaml"
    path.write_text(GOOD, encoding="utf-8")
    load_gazetteers([path])
    path.write_text(GOOD.replace("Office anti-stupéfiants", "Office antistupéfiants"), encoding="utf-8")
    assert load_gazetteers([path])[0].name == "Office antistupéfiants"
    assert len(kept(cache)) == 2


def test_a_corrupt_cache_entry_is_a_missed_speed_up(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "bodies.yaml"
    path.write_text(GOOD, encoding="utf-8")
    first = load_gazetteers([path])
    (entry,) = kept(cache)
    entry.write_bytes(b"[[not json")
    assert load_gazetteers([path]) == first


def test_a_file_with_problems_is_never_kept_and_always_reported(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(GOOD.replace("label: ORG", "label: ORGANISATION"), encoding="utf-8")
    with pytest.raises(GazetteerError):
        load_gazetteers([path])
    assert kept(cache) == []
    assert validate_gazetteers([path])


def test_the_cache_can_be_turned_off(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEEDNER_NO_GAZETTEER_CACHE", "1")
    path = tmp_path / "bodies.yaml"
    path.write_text(GOOD, encoding="utf-8")
    load_gazetteers([path])
    assert kept(cache) == []
