"""The README's Python examples run as written."""

from __future__ import annotations

import re

import pytest

from .conftest import REPO

pytestmark = pytest.mark.model


def python_blocks() -> list[str]:
    """Examples that run on this machine (those addressing a remote cluster cannot)."""
    readme = (REPO / "README.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    return [block for block in blocks if "tcp://" not in block]


def test_readme_has_python_examples():
    assert len(python_blocks()) >= 2


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_readme_python_example_runs(index, capsys):
    exec(compile(python_blocks()[index], f"README.md example {index + 1}", "exec"), {})
    assert capsys.readouterr().out.strip()
