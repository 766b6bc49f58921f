"""The source tree keeps its architecture: layers, no import circle, small modules, few top-level ones.

The layering contracts themselves live in pyproject.toml ([tool.importlinter]) so
that ``make lint`` and this test read the same ones.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from tests.conftest import REPO

PACKAGE = REPO / "src" / "seedner"
MAX_MODULE_LINES = 400
MAX_TOP_LEVEL_MODULES = 10


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("seedner")


def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--config", str(REPO / "pyproject.toml")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _strongly_connected(nodes: list[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components: a module that can reach itself through imports lies in one of size > 1."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            found.append(sorted(component))

    for node in nodes:
        if node not in index:
            visit(node)
    return found


def test_no_import_circle(graph: grimp.ImportGraph) -> None:
    """Function-level (lazy) imports count too: a circle is a circle whenever it closes."""
    modules = sorted(module for module in graph.modules if module.startswith("seedner"))
    edges = {
        module: {m for m in graph.find_modules_directly_imported_by(module) if m.startswith("seedner")}
        for module in modules
    }
    circles = [c for c in _strongly_connected(modules, edges) if len(c) > 1 or c[0] in edges[c[0]]]
    assert not circles, "modules importing each other: " + "; ".join(", ".join(c) for c in circles)


def test_no_module_is_over_400_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text("utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long


def test_the_top_level_holds_few_modules_the_rest_is_in_packages() -> None:
    top = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL_MODULES, top
    packages = sorted(path.parent.name for path in PACKAGE.glob("*/__init__.py"))
    assert {"cli", "execution", "pipeline", "records", "io", "text"} <= set(packages)


def test_only_the_command_line_imports_typer_or_rich_consoles_for_diagnostics(
    graph: grimp.ImportGraph,
) -> None:
    outside_cli = {
        module
        for module in graph.modules
        if module.startswith("seedner") and not module.startswith("seedner.cli")
    }
    importers = {
        module
        for module in outside_cli
        if "typer" in graph.find_modules_directly_imported_by(module)
        or "click" in graph.find_modules_directly_imported_by(module)
    }
    assert not importers
