"""Shared fixtures: the model is loaded once per test session, whatever the test."""

from __future__ import annotations

import json
import re
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHARED_REASON = f"../shared (seed texts, gold files) is not beside the checkout: {SHARED}"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(SHARED_REASON)
    return SHARED


@pytest.fixture(scope="session")
def seed_texts(shared_dir: Path) -> dict[str, str]:
    return {path.name: path.read_text("utf-8") for path in sorted((shared_dir / "seeds").glob("*.txt"))}


@pytest.fixture(scope="session")
def pipeline_cache() -> dict[Any, Any]:
    return {}


@pytest.fixture(autouse=True)
def _reuse_pipelines(monkeypatch: pytest.MonkeyPatch, pipeline_cache: dict[Any, Any]) -> None:
    """Every Extractor built during the tests shares one pipeline per settings."""
    import seedner.execution.extractor
    from seedner.pipeline.build import build_pipeline

    def cached_build(settings: Any = None) -> Any:
        from seedner.pipeline.settings import PipelineSettings

        settings = settings or PipelineSettings()
        if settings not in pipeline_cache:
            pipeline_cache[settings] = build_pipeline(settings)
        return pipeline_cache[settings]

    monkeypatch.setattr(seedner.execution.extractor, "build_pipeline", cached_build)


@pytest.fixture(scope="session")
def extractor(pipeline_cache: dict[Any, Any]) -> Any:
    from seedner.execution.extractor import Extractor
    from seedner.pipeline.build import build_pipeline
    from seedner.pipeline.settings import PipelineSettings

    settings = PipelineSettings()
    if settings not in pipeline_cache:
        pipeline_cache[settings] = build_pipeline(settings)
    return Extractor(pipeline_cache[settings])


@pytest.fixture(scope="session")
def record_validator() -> Callable[[dict[str, Any]], None]:
    import jsonschema

    from seedner.records.record import record_schema

    validator = jsonschema.Draft202012Validator(record_schema())
    return validator.validate


@pytest.fixture
def check_records(record_validator: Callable[[dict[str, Any]], None]) -> Callable[..., None]:
    """Assert the output contract on every record: schema, offsets, line and column."""

    def check(documents: dict[str, str], records: list[dict[str, Any]]) -> None:
        for record in records:
            record_validator(record)
            text = documents[record["doc"]]
            assert text[record["start"] : record["end"]] == record["text"], record
            lines_before = re.split(r"\r\n|\r|\n", text[: record["start"]])
            assert record["line"] == len(lines_before), record
            assert record["column"] == len(lines_before[-1]) + 1, record

    return check


def record_dict(
    start: int, text: str, label: str = "ORG", doc: str = "a.txt", **fields: Any
) -> dict[str, Any]:
    """A record as ``seedner extract`` writes it, for tests that build result files by hand."""
    return {
        "doc": doc,
        "start": start,
        "end": start + len(text),
        "line": 1,
        "column": start + 1,
        "page": None,
        "text": text,
        "label": label,
        "source": "model",
        "id": None,
        "canonical": text,
        "cluster": 0,
        "acronym": False,
        "expansion": None,
        "expansion_source": None,
        "expansion_candidates": None,
        "acronym_of": None,
    } | fields


def parse_jsonl(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture
def write_file(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        return path

    yield write


@pytest.fixture
def run_main(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    """``seedner ARGS`` through main(), the error boundary, in this process: (exit code, stdout, stderr).

    main() installs a SIGTERM handler; it is put back afterwards.
    """
    from seedner.cli.app import main

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["seedner", *args])
        previous = signal.getsignal(signal.SIGTERM)
        capfd.readouterr()
        try:
            main()
            code = 0
        except SystemExit as exit:
            code = exit.code if isinstance(exit.code, int) else 1
        finally:
            signal.signal(signal.SIGTERM, previous)
        out, err = capfd.readouterr()
        return code, out, err

    return run


def mention_at(text: str, surface: str, label: str, occurrence: int = 0, **fields: Any) -> Any:
    """A :class:`seedner.records.mentions.Mention` of ``surface``, its ``occurrence``-th time in ``text``
    (0-based), with ``fields`` (``source``, ``acronym``, ``expansion``…): how record tests place one."""
    from seedner.records.mentions import Mention

    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label, **fields)
