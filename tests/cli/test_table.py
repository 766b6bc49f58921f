"""``--format table`` at the widths people have: the expansion stays, one heading per document."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from seedner.cli.app import app

pytestmark = pytest.mark.model

NOTES = {
    "alpha.txt": "TRACFIN a signalé les faits à la DGSI, à Lyon, selon Marie Dubois.\n",
    "beta.txt": "La préfecture de Marseille a reçu un signalement de TRACFIN.\n",
}


@pytest.mark.parametrize("width", [80, 120])
def test_table_fits_the_width_keeps_the_expansion_and_groups_by_document(tmp_path, width):
    paths = []
    for name, text in NOTES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = CliRunner().invoke(
        app,
        ["extract", "-q", "--format", "table", *paths],
        env={"COLUMNS": str(width)},
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert all(len(line) <= width for line in lines), max(lines, key=len)
    assert "expansion" in result.stdout
    assert "circuits" in " ".join(result.stdout.split())  # TRACFIN's expansion, from the dictionary
    headings = [line for line in lines if line.startswith(tuple(paths))]
    assert [heading.split()[0] for heading in headings] == paths  # one heading per document, in order
    assert result.stdout.count(paths[0]) == 1  # not repeated on each row
    assert "Marie Dubois" in result.stdout and "PER" in result.stdout
