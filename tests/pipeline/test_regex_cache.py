"""The start-up regex cache gives exactly the regex CPython would compile."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from seedner.pipeline import regex_cache

WORDS = [
    "peut-être",
    "Saint-Denis",
    "arc-en-ciel",
    "anti-blanchiment",
    "porte-parole",
    "rendez-vous",
    "l'Etat",
]


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("SEEDNER_NO_REGEX_CACHE", raising=False)
    return tmp_path


def big_pattern(seed: str) -> str:
    alternatives = [f"{seed}{n}(?:-[a-zé]+)+" for n in range(12_000)]
    return "(?iu)^(?:" + "|".join(alternatives) + ")$"


def test_cached_program_matches_like_a_fresh_compile(cache_home):
    pattern = big_pattern("mot")
    regex_cache.store("test-model", [pattern])
    assert list((cache_home / "seedner").glob("regex-*.bin"))
    re._cache.pop((str, pattern, 0), None)
    assert regex_cache.preload("test-model")
    cached = re.compile(pattern)
    assert cached is re._cache[(str, pattern, 0)]
    re._cache.pop((str, pattern, 0), None)
    fresh = re.compile(pattern)
    for text in ["mot17-abc", "MOT11999-é-x", "mot12000-a", "mot5", "", "mot3-"]:
        assert bool(cached.match(text)) == bool(fresh.match(text)), text


def test_every_pattern_of_a_model_is_kept_in_one_file(cache_home):
    patterns = [big_pattern("un"), big_pattern("deux")]
    regex_cache.store("test-model-4", patterns)
    for pattern in patterns:
        re._cache.pop((str, pattern, 0), None)
    kept = regex_cache.preload("test-model-4")
    assert kept == set(patterns)
    assert all(re.compile(pattern) is re._cache[(str, pattern, 0)] for pattern in patterns)
    [path] = (cache_home / "seedner").glob("regex-*.bin")
    written = path.stat().st_mtime_ns
    regex_cache.store("test-model-4", patterns[:1], kept)  # nothing new: the file stays as it is
    assert path.stat().st_mtime_ns == written
    assert regex_cache.preload("test-model-4") == set(patterns)


def test_corrupt_cache_is_ignored(cache_home):
    pattern = big_pattern("autre")
    regex_cache.store("test-model-2", [pattern])
    [path] = (cache_home / "seedner").glob("regex-*.bin")
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF
    path.write_bytes(bytes(data))
    assert not regex_cache.preload("test-model-2")


def test_can_be_turned_off(cache_home, monkeypatch):
    monkeypatch.setenv("SEEDNER_NO_REGEX_CACHE", "1")
    regex_cache.store("test-model-3", [big_pattern("x")])
    assert not (cache_home / "seedner").exists()
    assert not regex_cache.preload("test-model-3")


@pytest.mark.model
def test_tokenization_is_identical_with_and_without_the_cache(tmp_path):
    code = (
        "from seedner.pipeline.build import build_pipeline, load_model;"
        "from seedner.pipeline.settings import PipelineSettings;"
        "text = \"Aujourd'hui, le porte-parole (Saint-Denis) a vu l'arc-en-ciel à Aix-en-Provence : "
        '[la ministre](https://exemple.fr/a?b=1), 12,5 %, « cf. p. 3 ».";'
        "print([t.text for t in load_model().make_doc(text)]);"
        "nlp = build_pipeline(PipelineSettings(gazetteer=False, acronyms=False));"
        "print([t.text for t in nlp.make_doc(text)])"
    )
    runs = []
    for disabled in ("1", "", ""):  # no cache, then a run that stores it, then one that uses it
        env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path), SEEDNER_NO_REGEX_CACHE=disabled)
        runs.append(
            subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        )
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert list((tmp_path / "seedner").glob("regex-*.bin"))


def test_importing_the_pipeline_does_not_compile_the_french_tokenizer_yet():
    """The cache can only help if nothing imports spacy.lang.fr before load_model preloads it."""
    code = (
        "import sys, seedner.pipeline, seedner.cli, seedner.execution.extract, seedner.pipeline.doc_records; "
        "assert 'spacy.lang.fr' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_no_module_of_the_package_compiles_the_french_tokenizer_on_import():
    """``spacy.lang.fr`` compiles the tokenizer's big regex (3 s); the regex cache must come first, so
    no seedner module may import it at module level (``nlp.Defaults.stop_words`` once the pipeline is
    built, or ``acronyms.rules.stop_words()``)."""
    code = (
        "import importlib, pkgutil, sys, seedner\n"
        "for m in pkgutil.walk_packages(seedner.__path__, 'seedner.'):\n"
        "    if 'cluster' not in m.name:\n"
        "        importlib.import_module(m.name)\n"
        "assert 'spacy.lang.fr.tokenizer_exceptions' not in sys.modules, 'spacy.lang.fr imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
