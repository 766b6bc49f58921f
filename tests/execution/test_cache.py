"""The result cache without the model: keys, each cause of invalidation, order, damage, concurrency, size."""

from __future__ import annotations

import multiprocessing
import shutil
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import seedner.execution.cache as cache_module
import seedner.execution.provenance as provenance
import seedner.resources
from seedner.execution.batches import Result, bounded_batches, item_length
from seedner.execution.cache import ResultCache, cache_salt, cached_results
from seedner.execution.cache_store import DATABASE, CacheStore
from seedner.execution.options import parse_size
from seedner.io.readers import Document, InputFailure, Item
from seedner.pipeline.settings import PipelineSettings
from seedner.records.record import RECORD_FIELDS, Record

SETTINGS = PipelineSettings()


def fake_records(name: str, text: str) -> tuple[Record, ...]:
    """One record per word, as the pipeline would shape them (every field, in schema order)."""
    records = []
    offset = 0
    for number, word in enumerate(text.split()):
        start = text.index(word, offset)
        offset = start + len(word)
        values = [name, start, offset, 1, start + 1, None, word, "ORG", "model", None, word, number]
        values += [word.isupper(), "Élysée" if word.isupper() else None, None, ["a", "b"], None, None, None]
        records.append(dict(zip(RECORD_FIELDS, values, strict=True)))
    return tuple(records)


class FakePipeline:
    """A ``Compute`` that records the batches it was given."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def __call__(self, batches: Iterator[list[Item]]) -> Iterator[list[Result]]:
        for batch in batches:
            self.batches.append([item.name for item in batch if isinstance(item, Document)])
            yield [
                Result(item.name, fake_records(item.name, item.text), text=item.text)
                if isinstance(item, Document)
                else Result(item.source, error=item.cause)
                for item in batch
            ]

    @property
    def computed(self) -> list[str]:
        return [name for batch in self.batches for name in batch]


def run(directory: Path, items: list[Item], warnings: list[str] | None = None, **options) -> tuple:
    pipeline = FakePipeline()
    cache = ResultCache(directory, SETTINGS, warn=(warnings if warnings is not None else []).append)
    results = list(cached_results(items, cache, pipeline, **options))
    return results, pipeline


def documents(count: int, prefix: str = "d") -> list[Item]:
    return [Document(f"{prefix}{n}", f"La DGSI enquête à Lyon, note {prefix} {n}.") for n in range(count)]


def fresh(items: list[Item]) -> list[Result]:
    """What a run without the cache gives."""
    return [result for batch in FakePipeline()(iter([items])) for result in batch]


# --- Hits, misses and order -------------------------------------------------------------------------


def test_a_warm_run_gives_the_same_results_and_computes_nothing(tmp_path):
    items = documents(50)
    cold, first = run(tmp_path, items)
    warm, second = run(tmp_path, items)
    assert cold == warm == fresh(items)
    assert first.computed == [item.name for item in items]
    assert second.computed == [] and all(batch == [] for batch in second.batches)


def test_a_renamed_document_hits_and_carries_its_new_name(tmp_path):
    run(tmp_path, [Document("old.txt", "Le préfet de Lyon et la DGSI.")])
    (result,), pipeline = run(tmp_path, [Document("new.txt", "Le préfet de Lyon et la DGSI.")])
    assert pipeline.computed == []
    assert result.records == fake_records("new.txt", "Le préfet de Lyon et la DGSI.")
    assert [list(record) for record in result.records] == [list(RECORD_FIELDS)] * len(result.records)


def test_hits_misses_and_failures_come_out_in_input_order(tmp_path):
    run(tmp_path, documents(30)[::2])  # every other document is in the cache
    items: list[Item] = documents(30)
    items.insert(7, InputFailure("missing.txt", "no such file"))
    results, pipeline = run(tmp_path, items)
    assert results == fresh(items)
    assert pipeline.computed == [item.name for item in documents(30)[1::2]]
    again, pipeline = run(tmp_path, items)
    assert again == results and pipeline.computed == []  # the failure was not stored, nor needed


def test_misses_are_batched_as_a_run_without_the_cache_would_batch_them(tmp_path):
    items = documents(20)
    _, pipeline = run(tmp_path, items, batch_size=8, batch_chars=10_000)
    assert [len(batch) for batch in pipeline.batches] == [8, 8, 4]
    _, pipeline = run(tmp_path / "chars", items, batch_size=100, batch_chars=200)
    expected = [[item.name for item in batch] for batch in bounded_batches(items, 100, 200, item_length)]
    assert pipeline.batches == expected and len(expected) > 2


def test_a_failed_result_is_not_stored(tmp_path):
    items = documents(3)

    def failing(batches):
        for batch in batches:
            yield [Result(item.name, error="processing failed: boom") for item in batch]

    cache = ResultCache(tmp_path, SETTINGS, warn=print)
    assert all(not result.ok for result in cached_results(items, cache, failing))
    _, pipeline = run(tmp_path, items)
    assert pipeline.computed == [item.name for item in items]


def test_counts_are_noted_and_kept_in_the_cache(tmp_path):
    notes: list[str] = []
    cache = ResultCache(tmp_path, SETTINGS, warn=print)
    list(cached_results(documents(4), cache, FakePipeline(), note=notes.append))
    cache = ResultCache(tmp_path, SETTINGS, warn=print)
    list(cached_results(documents(6), cache, FakePipeline(), note=notes.append))
    assert notes == [
        f"cache {tmp_path}: 0 of 4 documents reused, 4 stored",
        f"cache {tmp_path}: 4 of 6 documents reused, 2 stored",
    ]
    store = CacheStore(tmp_path, print)
    info = store.info()
    store.close()
    assert (info["entries"], info["hits"], info["misses"], info["stored"]) == (6, 4, 6, 6)


# --- What the key covers ----------------------------------------------------------------------------


def test_the_key_follows_the_text_and_the_pages_not_the_name(tmp_path):
    cache = ResultCache(tmp_path, SETTINGS, warn=print)
    text = "La DGSI enquête à Lyon."
    key = cache.key(Document("a", text))
    assert cache.key(Document("b", text)) == key
    assert cache.key(Document("a", text + " ")) != key
    assert cache.key(Document("a", text, page_starts=(0,))) != key
    assert cache.key(Document("a", text, page_starts=(0, 5))) != cache.key(
        Document("a", text, page_starts=(0,))
    )
    cache.store.close()


@pytest.fixture
def own_data(tmp_path, monkeypatch) -> Path:
    """A copy of the default gazetteers and dictionaries, read in their place."""
    folder = tmp_path / "gazetteers"
    shutil.copytree(seedner.resources.gazetteer_dir(), folder)
    monkeypatch.setattr(seedner.resources, "gazetteer_dir", lambda: folder)
    monkeypatch.setattr(provenance, "gazetteer_dir", lambda: folder)
    return folder


def _data_file_names() -> list[str]:
    return [data.path.name for data in provenance.data_files(SETTINGS)]


@pytest.mark.parametrize("name", _data_file_names())
def test_every_data_file_the_pipeline_reads_is_in_the_key(own_data, name):
    assert {data.path.parent for data in provenance.data_files(SETTINGS)} == {own_data}
    before = cache_salt(SETTINGS)
    path = own_data / name
    path.write_bytes(path.read_bytes() + b"\n")
    assert cache_salt(SETTINGS) != before


def test_a_user_gazetteer_is_in_the_key_by_content_not_by_path(tmp_path):
    ours = tmp_path / "ours.yaml"
    ours.write_text("- id: x.one\n  name: Brigade de test\n  label: ORG\n", encoding="utf-8")
    settings = replace(SETTINGS, gazetteer_paths=(ours,))
    with_ours = cache_salt(settings)
    assert with_ours != cache_salt(SETTINGS)
    moved = tmp_path / "moved.yaml"
    moved.write_bytes(ours.read_bytes())
    assert cache_salt(replace(SETTINGS, gazetteer_paths=(moved,))) == with_ours
    ours.write_text("- id: x.one\n  name: Brigade de tests\n  label: ORG\n", encoding="utf-8")
    assert cache_salt(settings) != with_ours


@pytest.mark.parametrize(
    "change",
    [
        {"gazetteer": False},
        {"default_gazetteers": False},
        {"institutions": False},
        {"acronyms": False},
        {"model": "fr_core_news_sm"},
    ],
)
def test_every_pipeline_option_is_in_the_key(change):
    assert cache_salt(replace(SETTINGS, **change)) != cache_salt(SETTINGS)


def test_the_model_version_is_in_the_key(monkeypatch):
    before = cache_salt(SETTINGS)
    real = provenance.model_info

    def newer(model: str) -> provenance.ModelInfo:
        return replace(real(model), version="9.9.9")

    monkeypatch.setattr(provenance, "model_info", newer)
    assert cache_salt(SETTINGS) != before


def test_the_files_of_a_model_folder_are_in_the_key(tmp_path):
    folder = tmp_path / "model"
    (folder / "ner").mkdir(parents=True)
    (folder / "meta.json").write_text('{"lang": "fr", "name": "custom", "version": "1.0.0"}', "utf-8")
    weights = folder / "ner" / "model"
    weights.write_bytes(b"1234")
    settings = replace(SETTINGS, model=str(folder))
    before = cache_salt(settings)
    weights.write_bytes(b"12345")  # retrained, same meta.json
    assert cache_salt(settings) != before


def test_the_seedner_version_and_code_are_in_the_key(tmp_path, monkeypatch):
    before = cache_salt(SETTINGS)
    monkeypatch.setattr(provenance, "__version__", "99.0")
    assert cache_salt(SETTINGS) != before
    monkeypatch.undo()
    code = tmp_path / "seedner"
    shutil.copytree(cache_module._PACKAGE, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "_PACKAGE", code)
    assert cache_salt(SETTINGS) == before
    module = code / "records" / "cleaning.py"
    module.write_text(module.read_text("utf-8") + "\n# changed\n", "utf-8")
    assert cache_salt(SETTINGS) != before


def test_labels_and_reading_options_are_not_in_the_key():
    """Labels are applied after the cache (one entry serves every --labels); reading gives the text."""
    from seedner.execution.options import ExtractionOptions

    labelled = ExtractionOptions(labels=frozenset({"ORG"}))
    assert cache_salt(labelled.pipeline) == cache_salt(SETTINGS)


# --- Damage -----------------------------------------------------------------------------------------


def _entries(directory: Path) -> sqlite3.Connection:
    return sqlite3.connect(directory / DATABASE, isolation_level=None)


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE entries SET value = substr(value, 1, 10)",  # truncated: the checksum tells
        "UPDATE entries SET value = CAST('[[1,2]]' AS BLOB), checksum = {crc}",  # readable, wrong shape
        "UPDATE entries SET value = CAST('[[1,' AS BLOB), checksum = {crc2}",  # not JSON
    ],
)
def test_a_damaged_entry_is_a_miss_with_a_warning_and_is_stored_again(tmp_path, damage):
    items = documents(3)
    run(tmp_path, items)
    with _entries(tmp_path) as db:
        key = db.execute("SELECT key FROM entries ORDER BY key LIMIT 1").fetchone()[0]
        statement = damage.format(crc=zlib.crc32(b"[[1,2]]"), crc2=zlib.crc32(b"[[1,"))
        db.execute(statement + " WHERE key = ?", (key,))
    warnings: list[str] = []
    results, pipeline = run(tmp_path, items, warnings)
    assert results == fresh(items)
    assert len(pipeline.computed) == 1
    assert warnings == [f"cache entry {key.hex()[:16]} in {tmp_path / DATABASE} is damaged: computed again"]
    warnings.clear()
    again, pipeline = run(tmp_path, items, warnings)
    assert again == results and pipeline.computed == [] and warnings == []


@pytest.mark.parametrize("content", [b"this is no database" * 100, b"SQLite format 3\0" + b"\xff" * 5000])
def test_a_damaged_database_is_replaced_by_a_new_one(tmp_path, content):
    items = documents(3)
    run(tmp_path, items)
    for suffix in ("-wal", "-shm"):
        (tmp_path / (DATABASE + suffix)).unlink(missing_ok=True)
    (tmp_path / DATABASE).write_bytes(content)
    warnings: list[str] = []
    results, pipeline = run(tmp_path, items, warnings)
    assert results == fresh(items) and len(pipeline.computed) == 3
    assert len(warnings) == 1 and "is damaged" in warnings[0] and "starting a new one" in warnings[0]
    _, pipeline = run(tmp_path, items)
    assert pipeline.computed == []


def test_a_cache_that_cannot_be_opened_is_reported_and_the_run_goes_on(tmp_path):
    (tmp_path / DATABASE).mkdir()  # not a file: SQLite cannot open it
    warnings: list[str] = []
    results, _ = run(tmp_path, documents(3), warnings)
    assert results == fresh(documents(3))
    assert len(warnings) == 1 and warnings[0].startswith("cannot open the cache")


# --- Concurrency ------------------------------------------------------------------------------------


def test_no_lock_is_held_between_batches(tmp_path):
    """A run in progress (its generator paused between batches) lets another run write at once."""
    cache = ResultCache(tmp_path, SETTINGS, warn=print)
    results = cached_results(documents(40), cache, FakePipeline(), batch_size=4)
    first = [next(results) for _ in range(10)]
    assert first
    other = sqlite3.connect(tmp_path / DATABASE, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO stats VALUES ('other', 1)")
    other.execute("COMMIT")
    other.close()
    assert len(list(results)) == 30


def _writer(directory: str, prefix: str, queue: multiprocessing.Queue) -> None:
    warnings: list[str] = []
    items = documents(200, prefix) + documents(200, "shared")
    pipeline = FakePipeline()
    cache = ResultCache(Path(directory), SETTINGS, warn=warnings.append)
    results = list(cached_results(items, cache, pipeline, batch_size=5))
    queue.put((warnings, results == fresh(items)))


def test_two_runs_on_one_cache_at_once(tmp_path):
    """Each stores its own documents and some that both have, in many short transactions, at the same time."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    runs = [context.Process(target=_writer, args=(str(tmp_path), prefix, queue)) for prefix in ("a", "b")]
    for process in runs:
        process.start()
    outcomes = [queue.get(timeout=120) for _ in runs]
    for process in runs:
        process.join(timeout=60)
    assert outcomes == [([], True), ([], True)]
    items = documents(200, "a") + documents(200, "b") + documents(200, "shared")
    results, pipeline = run(tmp_path, items)
    assert pipeline.computed == [] and results == fresh(items)


# --- Size --------------------------------------------------------------------------------------------


def test_prune_removes_the_entries_used_longest_ago(tmp_path):
    run(tmp_path, documents(30, "old"))
    run(tmp_path, documents(30, "new"))
    run(tmp_path, documents(10, "old"))  # used again: now among the most recent
    store = CacheStore(tmp_path, print)
    total = store.info()["entry_bytes"]
    removed, freed = store.prune(total // 2)
    assert store.info()["entry_bytes"] <= total // 2 and removed and freed
    store.close()
    _, pipeline = run(tmp_path, documents(10, "old"))
    assert pipeline.computed == []
    _, pipeline = run(tmp_path, documents(30, "old")[10:])
    assert pipeline.computed == [f"old{n}" for n in range(10, 30)]


def test_a_run_prunes_to_its_max_size(tmp_path):
    run(tmp_path, documents(200), max_bytes=20_000)
    store = CacheStore(tmp_path, print)
    assert store.info()["entry_bytes"] <= 20_000 < store.info()["entry_bytes"] + 2_000
    assert store.clear() > 0 and store.info()["entries"] == 0
    store.close()


@pytest.mark.parametrize(
    ("text", "size"),
    [("500MB", 500_000_000), ("2G", 2_000_000_000), ("1.5GiB", 1_610_612_736), ("100000", 100_000),
     ("64 kb", 64_000), ("1TB", 10**12), ("3MiB", 3 * 2**20)],
)  # fmt: skip
def test_sizes(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "MB", "-1MB", "1XB", "1iB", "ten"])
def test_bad_sizes(text):
    with pytest.raises(ValueError, match="not a size"):
        parse_size(text)
