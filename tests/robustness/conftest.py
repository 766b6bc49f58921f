"""The battery's report: one line per case with what happened and how long it took.

Tests describe their outcome with ``record_property("what", ...)`` (and
``record_property("seconds", ...)`` for the part worth timing, a subprocess
run for instance); the table is printed at the end of the session, so CI logs
keep it without ``-s``.
"""

from __future__ import annotations

from typing import Any

import pytest

_CASES: list[tuple[str, str, float, str]] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "robustness/" not in report.nodeid or report.when != "call":
        return
    properties = dict(report.user_properties)
    seconds = float(str(properties.get("seconds", report.duration)))
    name = report.nodeid.split("robustness/", 1)[1].removesuffix(".py")
    _CASES.append((name, report.outcome, seconds, str(properties.get("what", ""))))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _CASES:
        return
    terminalreporter.section("robustness battery")
    width = max(len(name) for name, *_ in _CASES)
    for name, outcome, seconds, what in _CASES:
        terminalreporter.write_line(f"{name:<{width}}  {outcome:<7} {seconds:8.2f} s  {what}")


@pytest.fixture
def cli() -> Any:
    """``seedner ARGS`` in this process (the model is loaded once for the session)."""
    from typer.testing import CliRunner

    from seedner.cli.app import app

    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None) -> Any:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke
