"""Every seedner component has one shape: a spaCy Pipe whose errors go to the pipeline's error handler."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from seedner.components.base import JsonRowsPipe, SeednerPipe

FACTORIES = ("seedner_masks", "seedner_gazetteer", "seedner_institutions", "seedner_acronyms")


@pytest.fixture
def nlp() -> Language:
    import seedner.pipeline.factories  # noqa: F401  (registers the components)

    return spacy.blank("fr")


@pytest.mark.parametrize("factory", FACTORIES)
def test_every_component_is_a_seedner_pipe(nlp: Language, factory: str) -> None:
    assert isinstance(nlp.add_pipe(factory), SeednerPipe)


@pytest.mark.parametrize("factory", FACTORIES[1:])
def test_components_with_data_save_it_as_json_rows(nlp: Language, factory: str, tmp_path: Any) -> None:
    component = nlp.add_pipe(factory)
    assert isinstance(component, JsonRowsPipe)
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / factory / f"{component.data_name}.jsonl").exists()


@pytest.mark.parametrize("factory", FACTORIES)
def test_a_failing_component_goes_to_the_error_handler(
    nlp: Language, factory: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    component = nlp.add_pipe(factory)

    def broken(doc: Doc) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(component, "process", broken)
    seen: list[tuple[str, str]] = []

    def handler(name: str, pipe: Any, docs: list[Doc], error: Exception) -> Doc:
        seen.append((name, str(error)))
        return docs[0]

    nlp.set_error_handler(handler)
    doc = nlp("La DGSI enquête à Lyon.")
    assert doc.text == "La DGSI enquête à Lyon."
    assert seen == [(factory, "boom")]


def test_without_a_handler_the_error_is_raised(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    component = nlp.add_pipe("seedner_masks")
    monkeypatch.setattr(component, "process", lambda doc: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        nlp("https://example.org")
