"""What users read first is free of noise: on the seeds, the examples and the new team gold texts
(everyday, holdout and blind sets) no organisation record is a function or a piece of one, and no model
MISC record appears by default.

Roles are in the ignored regions of the gold sets, so their scores cannot see this noise: this test does.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from seedner.io.readers import Document, ReadOptions, iter_documents
from tests.conftest import REPO, SHARED

pytestmark = pytest.mark.model

ROLE_WORDS = re.compile(
    r"^(?:(?:le|la|l')\s*)?(?:ministre|préfète?|sous-préfète?|procureure?|garde des sceaux|secrétaire d'état|"
    r"juge|maire|président|présidente|directeur|directrice)\b",
    re.IGNORECASE,
)
PORTFOLIOS = {"Intérieur", "Comptes publics", "Comptes", "Budget", "Armées", "Justice", "Économie"}


def _documents() -> list[Document]:
    documents = [d for d in iter_documents([str(REPO / "examples")]) if isinstance(d, Document)]
    if SHARED.exists():
        documents += [d for d in iter_documents([str(SHARED / "seeds")]) if isinstance(d, Document)]
    gold = [
        str(REPO / "tests" / "data" / "gold" / f"{name}.jsonl") for name in ("everyday", "holdout", "blind")
    ]
    documents += [d for d in iter_documents(gold, ReadOptions()) if isinstance(d, Document)]
    return documents


@pytest.fixture(scope="module")
def records(extractor: Any) -> list[dict[str, Any]]:
    from seedner.records.record import with_labels

    return [r for result in extractor.run(_documents()) for r in with_labels(result.records, None)]


def test_no_organisation_is_a_function_or_a_piece_of_one(records):
    organisations = [r["text"] for r in records if r["label"] == "ORG" and not r["acronym"]]
    assert organisations
    assert [t for t in organisations if ROLE_WORDS.match(t.replace("’", "'"))] == []
    assert [t for t in organisations if t in PORTFOLIOS] == []


def test_no_model_misc_record_by_default(records):
    assert [r["text"] for r in records if r["label"] == "MISC" and not r["acronym"]] == []


def test_people_in_apposition_carry_their_role(records):
    roles = {r["text"]: r["role"] for r in records if r["label"] == "PER" and r["role"]}
    assert roles  # the seeds and the everyday texts name people with their functions
    assert all(json.dumps(role) and len(role) < 100 for role in roles.values())
