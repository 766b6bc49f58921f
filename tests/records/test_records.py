"""From Docs to records: span attributes read in one pass, clusters numbered per entity."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Span, Token

from seedner.components.extensions import (
    SPAN_ATTRIBUTES,
    doc_text,
    keep_source_text,
    register_extensions,
    span_attribute_table,
)
from seedner.pipeline.doc_records import doc_mentions, span_mention
from seedner.records.mentions import Mention
from seedner.records.record import LABELS, mention_records

TEXT = (
    "Marie Dubois (DGSI) a saisi l'Agence de surveillance des ports fluviaux (ASPF) à Lyon. L'ASPF enquête."
)


def test_the_attribute_table_holds_what_span_underscore_reads(extractor: Any):
    doc = extractor.nlp(TEXT)
    table = span_attribute_table(doc)
    assert table, "the pipeline sets attributes on its spans"
    for ent in doc.ents:
        stored = table.get((ent.start_char, ent.end_char), {})
        for name, default in SPAN_ATTRIBUTES.items():
            assert stored.get(name, default) == getattr(ent._, name), (ent.text, name)


@given(st.text(max_size=60))
def test_doc_text_is_the_kept_text_or_the_docs_own(text):
    nlp = spacy.blank("fr")
    assert doc_text(nlp.make_doc(text)) == text
    kept = keep_source_text(nlp.make_doc(text), text)
    assert doc_text(kept) == kept.text == text
    assert doc_text(keep_source_text(nlp.make_doc(text), text + "x")) == text  # not the Doc's length


def test_doc_text_of_a_doc_cut_with_its_user_data_is_its_own():
    doc = keep_source_text(spacy.blank("fr").make_doc(TEXT), TEXT)
    cut = doc[2:6].as_doc(copy_user_data=True)
    assert doc_text(cut) == cut.text != TEXT


def test_the_runner_keeps_each_pieces_text_on_its_doc(extractor: Any):
    from seedner.execution.extractor import Extractor

    seen = []
    runner = Extractor(extractor.nlp, max_chars=40)
    original = runner._doc
    runner._doc = lambda text: seen.append(original(text)) or seen[-1]
    runner.extract_text(TEXT)
    assert len(seen) > 1
    assert all(doc_text(doc) is doc.user_data["seedner.source_text"] for doc in seen)
    assert "".join(doc.text for doc in seen).split() == TEXT.split()


def test_token_and_doc_values_are_left_out_of_the_attribute_table():
    register_extensions()
    if not Token.has_extension("seedner_id"):
        Token.set_extension("seedner_id", default=None)
    doc = spacy.blank("fr")("Le TRACFIN enquête.")
    doc[1]._.seedner_id = "token value"
    doc._.masked_ranges = []
    Span(doc, 1, 2)._.seedner_id = "fr.tracfin"
    assert span_attribute_table(doc) == {(3, 10): {"seedner_id": "fr.tracfin"}}


def test_mentions_read_in_one_pass_equal_those_read_span_by_span(extractor: Any):
    document = "x" * 5 + TEXT
    doc = extractor.nlp(TEXT)
    expected = [span_mention(ent, 5, document) for ent in doc.ents if ent.label_ in LABELS]
    assert {m.source for m in expected} == {"model", "gazetteer", "definition", "acronym"}
    assert doc_mentions(doc, 5, document) == expected


@pytest.mark.parametrize(
    "mentions, clusters",
    [
        pytest.param(
            [("DGSI", "ORG", "DGSI"), ("Lyon", "LOC", "Lyon"), ("DGSI", "ORG", "DGSI")],
            [0, 1, 0],
            id="a repeated entity keeps its number",
        ),
        pytest.param(
            [("Paris", "LOC", "Paris"), ("Paris", "PER", "Paris")],
            [0, 1],
            id="one canonical name under two labels is two entities",
        ),
        pytest.param(
            [("RETAILLEAU", "PER", "Bruno Retailleau"), ("Bruno Retailleau", "PER", "Bruno Retailleau")],
            [0, 0],
            id="variants sharing a canonical name are one entity",
        ),
    ],
)
def test_clusters_number_entities_in_order_of_first_mention(mentions, clusters):
    text = " ".join(surface for surface, _, _ in mentions)
    placed, start = [], 0
    for surface, label, canonical in mentions:
        placed.append(Mention(start, start + len(surface), surface, label, canonical=canonical))
        start += len(surface) + 1
    assert [record["cluster"] for record in mention_records("d", text, placed)] == clusters
