"""What the pipeline loads of the statistical model, and that leaving the rest out changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from seedner.pipeline.build import MODEL, UNUSED_MODEL_PIPES, load_model

pytestmark = pytest.mark.model


def test_only_ner_is_loaded_and_not_the_model_string_table():
    nlp = load_model()
    assert nlp.pipe_names == ["ner"]
    # The model ships about 700,000 strings; what is left are the tokenizer's exceptions and the labels.
    assert len(nlp.vocab.strings) < 5_000


def test_leaving_the_string_table_out_gives_the_same_entities(seed_texts: dict[str, str]):
    with_strings = spacy.load(MODEL, exclude=list(UNUSED_MODEL_PIPES))
    without = load_model()
    texts = [*seed_texts.values(), "Mme Rachida Dati a rencontré l'ambassadeur du Japon à Osaka."]
    for reference, doc in zip(with_strings.pipe(texts), without.pipe(texts), strict=True):
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
            (e.start_char, e.end_char, e.label_) for e in reference.ents
        ]
        assert [t.norm_ for t in doc] == [t.norm_ for t in reference]


def test_a_pipeline_saved_without_the_string_table_loads_back(tmp_path: Path):
    nlp = load_model()
    nlp.to_disk(tmp_path / "model")
    reloaded = spacy.load(tmp_path / "model")
    text = "La DGSI a interpellé deux hommes à Lyon."
    assert [(e.text, e.label_) for e in reloaded(text).ents] == [(e.text, e.label_) for e in nlp(text).ents]
