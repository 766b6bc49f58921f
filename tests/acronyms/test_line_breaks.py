"""Long forms cut by a line break, as PDF extractions and hard-wrapped Markdown or e-mails have them: the
pipeline repairs the break before the components run, so the long form still defines its acronym, and
the records keep the document's own text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from seedner.io.readers import ReadOptions, iter_documents

pytestmark = pytest.mark.model

FORMATS = Path(__file__).parents[1] / "data" / "formats"


def definitions(records: list[dict[str, Any]]) -> dict[str, tuple[str, str | None, str | None]]:
    """Acronym -> (its long form as the document writes it, the mention's expansion and its source)."""
    longs = {r["acronym_of"]: r["text"] for r in records if r["acronym_of"]}
    return {
        r["text"]: (longs.get(r["text"], ""), r["expansion"], r["expansion_source"])
        for r in records
        if r["acronym"]
    }


def extract_files(extractor: Any, *paths: Path) -> dict[str, list[dict[str, Any]]]:
    results = extractor.run(iter_documents([str(path) for path in paths], ReadOptions(input_format="auto")))
    return {Path(result.doc).name: list(result.records) for result in results}


def test_pdf_long_form_hyphenated_across_a_line_break_defines_oim(extractor: Any) -> None:
    found = definitions(extract_files(extractor, FORMATS / "report.pdf")["report.pdf"])
    assert found["OIM"] == (
        "Organisation inter-\nnationale pour les migrations",
        "Organisation internationale pour les migrations",
        "document",
    )


def test_markdown_long_forms_hyphenated_across_line_breaks_oclti_dnred(
    extractor: Any, tmp_path: Path
) -> None:
    note = tmp_path / "note.md"
    note.write_text(
        "# Note\n\nLe dossier a été confié à l'Office central de lutte contre le travail illé-\ngal (OCLTI), "
        "avec le concours de la Direc-\ntion nationale du renseignement et des enquêtes "
        "doua-\nnières (DNRED). "
        "L'OCLTI et la DNRED ont saisi deux tonnes.\n",
        encoding="utf-8",
    )
    found = definitions(extract_files(extractor, note)["note.md"])
    assert found["OCLTI"][1:] == ("Office central de lutte contre le travail illégal", "document")
    assert found["DNRED"] == (
        "Direc-\ntion nationale du renseignement et des enquêtes doua-\nnières",
        "Direction nationale du renseignement et des enquêtes douanières",
        "document",
    )


def test_hard_wrapped_report_defines_with_a_place_and_a_line_break_ddtm_ineris(extractor: Any) -> None:
    text = (
        "Le plan de prévention des risques technologiques de la zone industrialo-portuaire, approuvé en\n"
        "2014, a été révisé avec la direction départementale des ter-\nritoires et de la mer du Nord\n"
        "(DDTM). Les études de dangers ont été tierce-expertisées par l'Institut national de\n"
        "l'environnement industriel et des risques (Ineris), qui a rendu son avis au printemps dernier.\n"
    )
    found = definitions(extractor.extract_text(text))
    assert found["DDTM"] == (
        "direction départementale des ter-\nritoires et de la mer du Nord",
        "direction départementale des territoires et de la mer",
        "document",
    )
    assert found["Ineris"][1:] == (
        "Institut national de l'environnement industriel et des risques",
        "document",
    )
