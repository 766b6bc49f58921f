"""seedner acronyms: the corpus glossary."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from seedner.cli.app import app
from seedner.records.glossary import glossary
from tests.conftest import parse_jsonl


def record(doc: str, text: str, expansion: str | None, source: str | None, candidates=None) -> dict:
    return {
        "doc": doc,
        "text": text,
        "acronym": True,
        "expansion": expansion,
        "expansion_source": source,
        "expansion_candidates": candidates,
    }


def test_casings_of_one_acronym_are_one_entry_and_the_document_definition_wins():
    rows = glossary(
        [
            record("a", "Oltim", "Office de lutte contre le trafic de migrants", "gazetteer"),
            record("b", "OLTIM", "Office de lutte contre le trafic illicite de migrants", "document"),
            record("b", "OLTIM", "Office de lutte contre le trafic illicite de migrants", "document"),
        ]
    )
    assert rows == [
        {
            "acronym": "OLTIM",
            "expansion": "Office de lutte contre le trafic illicite de migrants",
            "expansion_source": "document",
            "candidates": ["Office de lutte contre le trafic de migrants"],
            "count": 3,
            "docs": ["a", "b"],
        }
    ]


def test_sorted_by_count_then_name_and_non_acronyms_ignored():
    rows = glossary(
        [
            record("a", "TVA", None, None),
            record("a", "PAF", None, None, ["Police aux frontières", "Plan d'aide à la formation"]),
            record("b", "PAF", None, None, ["Police aux frontières"]),
            {**record("a", "Lyon", None, None), "acronym": False},
        ]
    )
    assert [row["acronym"] for row in rows] == ["PAF", "TVA"]
    assert rows[0]["candidates"] == ["Police aux frontières", "Plan d'aide à la formation"]
    assert rows[0]["expansion"] is None and rows[1]["candidates"] is None


@pytest.mark.model
def test_glossary_command_on_the_seeds(shared_dir):
    result = CliRunner().invoke(app, ["acronyms", "-q", str(shared_dir / "seeds")], catch_exceptions=False)
    rows = parse_jsonl(result.stdout)
    by_name = {row["acronym"]: row for row in rows}
    assert {"TRACFIN", "OLTIM", "DNPAF", "CERTIM", "AFP"} <= set(by_name)
    assert by_name["CERTIM"]["expansion_source"] == "document"
    assert by_name["TRACFIN"]["count"] == 7 and len(by_name["TRACFIN"]["docs"]) == 2
    assert [row["count"] for row in rows] == sorted((row["count"] for row in rows), reverse=True)
    table = CliRunner().invoke(app, ["acronyms", "-q", "--format", "table", str(shared_dir / "seeds")])
    assert "CERTIM" in table.stdout
    assert json.dumps(rows)  # plain JSON values only
