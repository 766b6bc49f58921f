"""Perturbation consistency: the texts of our gold sets, damaged as real documents are, keep their entities.

For each variant, over every document of the team and everyday gold sets (54 texts in 12 genres), the
variant must give at least 95 % of the clean text's (label, canonical) pairs and at most 5 % new ones,
with exact offsets (``text == document[start:end]``) into the damaged document itself (for HTML and
Markdown, the text seedner's reader gives).  A whole document in capitals or in lower case keeps its
entities by its case restored (``seedner.text.recasing``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from seedner.io.readers import Document
from tests.conftest import REPO
from tests.robustness.perturbations import VARIANTS, consistency, entity_pairs

pytestmark = [pytest.mark.model, pytest.mark.slow]

GOLD_SETS = ("team.jsonl", "everyday.jsonl")
MIN_KEPT = 0.95
MAX_JUNK = 0.05


def _texts() -> list[str]:
    folder = REPO / "tests" / "data" / "gold"
    return [json.loads(line)["text"] for name in GOLD_SETS for line in (folder / name).open(encoding="utf-8")]


def _pairs(extractor: Any, texts: list[str]) -> list[set[tuple[str, str]]]:
    pairs = []
    for result in extractor.run([Document(f"d{index}", text) for index, text in enumerate(texts)]):
        assert result.ok, result.error
        for record in result.records:
            assert result.text[record["start"] : record["end"]] == record["text"], record
        pairs.append(entity_pairs(result.records))
    return pairs


@pytest.fixture(scope="module")
def clean(extractor: Any) -> list[set[tuple[str, str]]]:
    return _pairs(extractor, _texts())


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_a_damaged_text_keeps_its_entities(extractor, clean, variant, record_property):
    if variant == "HTML":
        pytest.importorskip("selectolax", reason="HTML needs the html extra")
    damaged = [VARIANTS[variant](text) for text in _texts()]
    result = consistency(clean, _pairs(extractor, damaged))
    record_property(
        "what",
        f"{variant}: kept {result.kept}/{result.clean} ({result.kept_share:.1%}), "
        f"junk {result.junk} ({result.junk_share:.1%})",
    )
    assert result.kept_share >= MIN_KEPT and result.junk_share <= MAX_JUNK
