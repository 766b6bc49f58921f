"""Every seedner component has one shape: a spaCy Pipe whose errors go to the pipeline's error handler."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
import srsly
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc

from seedner.components.base import JsonRowsPipe, SeednerPipe

FACTORIES = (
    "seedner_masks",
    "seedner_gazetteer",
    "seedner_institutions",
    "seedner_acronyms",
    "seedner_cleaning",
)
DATA_FACTORIES = FACTORIES[1:4]


@pytest.fixture
def nlp() -> Language:
    import seedner.pipeline.factories  # noqa: F401  (registers the components)

    return spacy.blank("fr")


@pytest.mark.parametrize("factory", FACTORIES)
def test_every_component_is_a_seedner_pipe(nlp: Language, factory: str) -> None:
    assert isinstance(nlp.add_pipe(factory), SeednerPipe)


@pytest.mark.parametrize("factory", DATA_FACTORIES)
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


@pytest.mark.parametrize("factory", DATA_FACTORIES)
def test_after_add_pipe_alone_a_component_has_its_default_data(nlp: Language, factory: str) -> None:
    component = nlp.add_pipe(factory)
    assert isinstance(component, JsonRowsPipe)
    nlp("La DGSI enquête à Lyon.")
    initialized = spacy.blank("fr").add_pipe(factory)
    initialized.initialize()
    assert component.to_bytes() == initialized.to_bytes()


@pytest.mark.parametrize("factory", DATA_FACTORIES)
def test_saved_before_its_first_use_a_component_keeps_its_default_data(nlp: Language, factory: str) -> None:
    saved = nlp.add_pipe(factory).to_bytes()
    restored = spacy.blank("fr").add_pipe(factory).from_bytes(saved)
    initialized = spacy.blank("fr").add_pipe(factory)
    initialized.initialize()
    assert restored.to_bytes() == initialized.to_bytes()


@pytest.mark.parametrize("factory", DATA_FACTORIES)
def test_a_component_saved_without_data_stays_without(nlp: Language, factory: str, tmp_path: Any) -> None:
    component = nlp.add_pipe(factory)
    assert isinstance(component, JsonRowsPipe)
    no_rows = util.to_bytes({component.data_name: lambda: srsly.json_dumps([])}, [])
    assert spacy.blank("fr").add_pipe(factory).from_bytes(no_rows)._dump() == []
    (tmp_path / "empty").mkdir()
    assert spacy.blank("fr").add_pipe(factory).from_disk(tmp_path / "empty")._dump() == []


def test_a_component_given_data_before_its_first_use_loads_no_default(nlp: Language) -> None:
    detector = nlp.add_pipe("seedner_acronyms")
    detector.add_senses([{"acronym": "AFP", "expansion": "Agence France-Presse"}])
    nlp("L'AFP le dit.")
    assert len(detector) == 1
