"""A document that makes the pipeline raise is reported alone; the others go on, in order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from seedner.cli.app import ExitCode
from seedner.execution.extractor import Extractor
from seedner.io.readers import Document, InputFailure

from ..conftest import parse_jsonl
from .helpers import DISPATCH

pytestmark = pytest.mark.model
MARKER = "BOUM"


@Language.component("robustness_boum")
def _boum(doc: Doc) -> Doc:
    """A pipeline bug that shows only on some texts."""
    if MARKER in doc.text:
        raise RuntimeError(f"{MARKER} in the pipeline")
    return doc


@pytest.fixture
def failing_nlp(extractor: Any) -> Iterator[Language]:
    """The session pipeline with the failing component after the acronyms (removed afterwards)."""
    nlp = extractor.nlp
    nlp.add_pipe("robustness_boum", last=True)
    try:
        yield nlp
    finally:
        nlp.remove_pipe("robustness_boum")


def _documents() -> list[Document | InputFailure]:
    return [
        Document("a", DISPATCH),
        Document("b", "Selon Jean Martin, la réunion a eu lieu à Lyon."),
        Document("boom", f"La DGSI à Paris. {MARKER} !"),
        InputFailure("missing.txt", "no such file or directory"),
        Document("c", "Le préfet de Marseille a reçu Marie Dubois."),
    ]


@pytest.mark.parametrize("batch_size", [1, 2, 32])
def test_the_failing_document_is_reported_and_the_rest_go_on(failing_nlp, batch_size, record_property):
    runner = Extractor(failing_nlp, batch_size=batch_size)
    results = list(runner.run(_documents()))
    assert [result.doc for result in results] == ["a", "b", "boom", "missing.txt", "c"]
    assert [result.ok for result in results] == [True, True, False, False, True]
    assert results[2].error == f"processing failed: RuntimeError: {MARKER} in the pipeline"
    clean = Extractor(failing_nlp, batch_size=batch_size)
    for result, document in zip(results, _documents(), strict=True):
        if result.ok and isinstance(document, Document):
            assert list(result.records) == clean.extract_text(document.text, document.name)
            assert result.records, f"no mention in {document.name}"
    record_property("what", f"batch of {batch_size}: 'boom' reported, a, b and c complete and in order")


def test_the_command_reports_the_document_and_exits_1(failing_nlp, run_main, write_file, monkeypatch):
    import seedner.execution.extractor

    monkeypatch.setattr(seedner.execution.extractor, "build_pipeline", lambda settings=None: failing_nlp)
    paths = [
        write_file("1.txt", DISPATCH),
        write_file("2.txt", f"Paris. {MARKER}"),
        write_file("3.txt", "Le préfet de Marseille a reçu Marie Dubois."),
    ]
    code, stdout, stderr = run_main("extract", *map(str, paths))
    assert code == ExitCode.INPUT_FAILED
    assert f"seedner: error: {paths[1]}: processing failed: RuntimeError: {MARKER} in the pipeline" in stderr
    assert "Traceback" not in stderr and "2 documents" in stderr and "1 error" in stderr
    docs = [record["doc"] for record in parse_jsonl(stdout)]
    assert docs == sorted(docs) and set(docs) == {str(paths[0]), str(paths[2])}


def test_extract_text_raises_for_library_users(failing_nlp):
    """One text at a time, a library user gets the exception itself."""
    with pytest.raises(RuntimeError, match=MARKER):
        Extractor(failing_nlp).extract_text(f"{MARKER} à Paris")
