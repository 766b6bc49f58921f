"""How the Extractor batches documents and pieces: bounded, in order, without changing the output."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedner.execution.extractor import Extractor, bounded_batches, item_length
from seedner.io.readers import Document, InputFailure


@given(
    lengths=st.lists(st.integers(min_value=0, max_value=50), max_size=60),
    size=st.integers(min_value=1, max_value=8),
    chars=st.integers(min_value=1, max_value=120),
)
def test_bounded_batches_keep_every_item_in_order_within_both_limits(lengths, size, chars):
    batches = list(bounded_batches(lengths, size, chars, lambda length: length))
    assert [length for batch in batches for length in batch] == lengths
    for batch in batches:
        assert 1 <= len(batch) <= size
        assert sum(batch) <= chars or len(batch) == 1  # only a lone item may exceed the budget


def test_a_document_longer_than_the_budget_goes_alone():
    items = ["ab", "c" * 10, "de", "f"]
    assert list(bounded_batches(items, 10, 5, len)) == [["ab"], ["c" * 10], ["de", "f"]]


def test_read_failures_weigh_nothing_in_a_batch():
    assert item_length(InputFailure("gone.txt", "no such file or directory")) == 0
    assert item_length(Document("a.txt", "Lyon")) == 4


@pytest.mark.model
def test_batch_limits_do_not_change_the_records(extractor):
    texts = [
        "La DGSI a interpellé Marie Dubois à Lyon.",
        "Office de lutte contre le trafic illicite de migrants (OLTIM). L'OLTIM enquête à Calais.",
        "TRACFIN a transmis le dossier au parquet de Paris.\n\n" * 40,
    ]
    documents = [Document(f"d{index}", text) for index, text in enumerate(texts)]
    expected = list(extractor.run(documents))
    tight = Extractor(extractor.nlp, batch_size=2, batch_chars=300, max_chars=500)
    assert list(tight.run(documents)) == expected
    assert sum(len(result.records) for result in expected) > 40
