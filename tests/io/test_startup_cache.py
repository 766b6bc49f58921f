"""Start-up caches: one file per key, never a failed run, never a folder that only grows."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from seedner.io import startup_cache
from seedner.io.startup_cache import cache_file, enabled, read_cached, store_cached


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(startup_cache.ALL_OFF, raising=False)
    return tmp_path / "seedner"


def test_a_stored_result_is_read_back(home: Path) -> None:
    path = cache_file("demo", b"input")
    assert read_cached(path) is None
    store_cached(path, b"result")
    assert path.parent == home
    assert read_cached(path) == b"result"


def test_keys_made_of_other_parts_are_other_files(home: Path) -> None:
    assert cache_file("demo", b"ab", b"c") != cache_file("demo", b"a", b"bc")
    assert cache_file("demo", b"a") != cache_file("other", b"a")
    assert cache_file("demo", b"a", suffix=".json").name.endswith(".json")


def test_an_unwritable_cache_folder_is_only_a_missed_speed_up(home: Path) -> None:
    home.parent.mkdir(parents=True, exist_ok=True)
    home.write_text("a file where the folder should be", encoding="utf-8")
    path = cache_file("demo", b"input")
    store_cached(path, b"result")
    assert read_cached(path) is None


def test_files_of_a_kind_unused_for_a_month_go_when_another_is_stored(home: Path) -> None:
    old, recent, other_kind = (
        cache_file("demo", b"old"),
        cache_file("demo", b"recent"),
        cache_file("demos", b"x"),
    )
    for path in (old, recent, other_kind):
        store_cached(path, b"result")
    long_ago = time.time() - (startup_cache.UNUSED_DAYS + 1) * 86_400
    for path in (old, recent, other_kind):
        os.utime(path, (long_ago, long_ago))
    assert read_cached(recent) == b"result"  # a read marks it as used
    store_cached(cache_file("demo", b"new"), b"result")
    assert not old.exists()
    assert recent.exists() and other_kind.exists()


def test_one_switch_turns_every_start_up_cache_off(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert enabled() and enabled("SEEDNER_TEST_OWN_SWITCH")
    monkeypatch.setenv("SEEDNER_TEST_OWN_SWITCH", "1")
    assert enabled() and not enabled("SEEDNER_TEST_OWN_SWITCH")
    monkeypatch.setenv(startup_cache.ALL_OFF, "1")
    assert not enabled() and not enabled("SEEDNER_TEST_OWN_SWITCH")
