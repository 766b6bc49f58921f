"""Fixtures of the command-line tests."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable

import pytest


@pytest.fixture
def run_main(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    """``seedner ARGS`` through main(), the error boundary, in this process: (exit code, stdout, stderr)."""
    from seedner.cli.app import main

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["seedner", *args])
        previous = signal.getsignal(signal.SIGTERM)
        capfd.readouterr()
        try:
            main()
            code = 0
        except SystemExit as exit:
            code = exit.code if isinstance(exit.code, int) else 1
        finally:
            signal.signal(signal.SIGTERM, previous)
        out, err = capfd.readouterr()
        return code, out, err

    return run
