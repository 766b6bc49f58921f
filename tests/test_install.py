"""The README's Install section, followed as a new user would: build the wheel, install it, run it.

The wheel is built from this checkout with the command ``make dist`` runs and
installed into a new virtual environment outside the checkout, without network:
``--no-deps --no-index``, the dependencies (spaCy, the model...) being made
visible through a ``.pth`` file naming this environment's site-packages.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.model]

NOTE = "La DGSI a interpellé deux hommes à Lyon. TRACFIN a été saisi.\n"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(dist)],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = dist.glob("seedner-*.whl")
    return built


def test_the_wheel_carries_the_data_the_licence_and_the_type_marker(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "seedner/py.typed" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    for data in (
        "agencies.yaml",
        "places.csv",
        "acronyms.csv",
        "acronyms_common.csv",
        "institution_heads.txt",
    ):
        assert f"seedner/gazetteers/{data}" in names
    metadata = next(name for name in names if name.endswith(".dist-info/METADATA"))
    assert "License-Expression: MIT" in zipfile.ZipFile(wheel).read(metadata).decode("utf-8")


def test_the_installed_wheel_extracts_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Dependencies from this environment; its own seedner (an editable install) is not put on the path,
    # since a .pth line adds a directory without reading the .pth files inside it.
    (Path(purelib) / "parent_environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        env=env,
        timeout=300,
    )

    work = tmp_path / "work"
    work.mkdir()
    (work / "note.txt").write_text(NOTE, encoding="utf-8")
    where = subprocess.run(
        [str(python), "-c", "import seedner; print(seedner.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(purelib), where

    result = subprocess.run(
        [str(venv / "bin" / "seedner"), "extract", "note.txt"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {record["doc"] for record in records} == {"note.txt"}
    ids = {record["id"] for record in records}
    assert "fr.dgsi" in ids, records  # the default gazetteers came with the wheel
    assert any(record["expansion"] for record in records if record["text"] == "TRACFIN")
    assert "1 document, " in result.stderr
