"""The HTML report opened in a real browser (headless Chromium): what people will see."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seedner.cli.app import app
from tests.conftest import REPO, parse_jsonl

from .test_render import parsed

CHROMIUM = shutil.which("chromium")
SCREENSHOT_COPY = Path(tempfile.gettempdir()) / "seedner-report.png"
HOSTILE = 'Note : la DGSI cite <script>document.title = "pwned"</script> et "Marie Dubois" à Lyon.\n'
# No network, no first-run chores, no profile outside the test's directory.
QUIET_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="chromium is not installed (Debian: apt-get install chromium); CI installs it for this test",
    ),
]


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [str(CHROMIUM), *QUIET_FLAGS, f"--user-data-dir={profile}", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def test_report_in_headless_chromium(tmp_path, write_file):
    inputs = [
        *sorted(str(path) for path in (REPO / "examples").glob("*.txt")),
        str(write_file("note.txt", HOSTILE)),
    ]
    report = tmp_path / "report.html"
    runner = CliRunner()
    rendered = runner.invoke(app, ["render", "-q", *inputs, "-o", str(report)], catch_exceptions=False)
    assert rendered.exit_code == 0, rendered.output
    records = parse_jsonl(runner.invoke(app, ["extract", "-q", *inputs], catch_exceptions=False).stdout)
    assert records

    dom = chromium(tmp_path / "profile", "--dump-dom", report.as_uri()).stdout
    page = parsed(dom)
    assert [(mark["text"], mark["data-label"]) for mark in page.marks] == [
        (r["text"], r["label"]) for r in records
    ]
    assert "script" not in page.tags and "<title>seedner report</title>" in dom
    assert '&lt;script&gt;document.title = "pwned"&lt;/script&gt;' in dom

    screenshot = tmp_path / "report.png"
    chromium(tmp_path / "profile", f"--screenshot={screenshot}", "--window-size=1280,2000", report.as_uri())
    image = screenshot.read_bytes()
    assert image.startswith(b"\x89PNG\r\n\x1a\n") and len(image) > 20_000
    shutil.copyfile(screenshot, SCREENSHOT_COPY)
