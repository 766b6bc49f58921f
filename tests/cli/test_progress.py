"""Progress on stderr only when it is a terminal, with the input bytes as total; never on stdout."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
from pathlib import Path

import pytest

from seedner.execution.extract import input_bytes
from seedner.execution.options import ExtractionOptions
from seedner.io.readers import Document, InputFailure, ReadOptions, iter_documents
from tests.conftest import REPO

SEEDNER = Path(sys.executable).with_name("seedner")
PARAGRAPH = "Le directeur de la DGSI, Paul Lefèvre, s'est rendu à Toulouse puis à Marseille.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for index in range(24):
        (folder / f"d{index:02}.txt").write_text(PARAGRAPH * 60, encoding="utf-8")
    (folder / "skipped.md").write_text("not read", encoding="utf-8")
    return folder


def _env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "COLUMNS", "CI")}
    return env | {"PYTHONPATH": str(REPO / "src"), "TERM": "xterm-256color"}


def test_input_bytes_are_known_before_reading(corpus: Path) -> None:
    expected = sum(path.stat().st_size for path in corpus.glob("*.txt"))
    assert input_bytes(ExtractionOptions(inputs=(str(corpus),))) == expected
    assert input_bytes(ExtractionOptions(inputs=(str(corpus), "-"))) is None
    assert input_bytes(ExtractionOptions(inputs=(str(corpus / "missing.txt"),))) == 0


def test_documents_carry_the_bytes_they_were_read_from(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_bytes("Réunion à Paris.\n".encode())
    lines = tmp_path / "b.jsonl"
    lines.write_bytes(b'{"text": "un"}\n\n{"text": "deux"}\n{oops\n')
    items = list(iter_documents([str(text), str(lines)], ReadOptions()))
    assert [item.size for item in items] == [text.stat().st_size, 15, 18, 6]
    assert sum(item.size for item in items) == text.stat().st_size + lines.stat().st_size
    assert isinstance(items[-1], InputFailure)
    assert Document("x", "y") == Document("x", "y", 3)  # the size is not part of a document's identity


@pytest.mark.model
def test_progress_on_a_terminal_stderr_with_the_total_and_clean_stdout(corpus: Path) -> None:
    total = sum(path.stat().st_size for path in corpus.glob("*.txt"))
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:  # the terminal's other side is closed
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    process = subprocess.Popen(
        [str(SEEDNER), "extract", str(corpus)], stdout=subprocess.PIPE, stderr=follower, env=_env()
    )
    os.close(follower)
    stdout, _ = process.communicate(timeout=300)
    reader.join(timeout=10)
    os.close(leader)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert process.returncode == 0, terminal
    records = [json.loads(line) for line in stdout.decode("utf-8").splitlines()]
    assert len({record["doc"] for record in records}) == 24
    assert f"/{total / 1000:,.1f} kB" in terminal, terminal  # the total, known before reading
    assert "documents" in terminal and "24 documents, " in terminal


@pytest.mark.model
def test_no_progress_when_stderr_is_not_a_terminal(corpus: Path) -> None:
    result = subprocess.run([str(SEEDNER), "extract", str(corpus)], capture_output=True, env=_env())
    assert result.returncode == 0
    assert result.stderr.decode().startswith("seedner: 24 documents, ")
    assert (
        len(result.stderr.splitlines()) == 1 and b"\x1b" not in result.stderr and b"\r" not in result.stderr
    )
    assert all(json.loads(line) for line in result.stdout.splitlines())


@pytest.mark.parametrize("command", ["extract", "acronyms", "render", "evaluate"])
def test_every_extracting_command_takes_jobs(command: str) -> None:
    from typer.testing import CliRunner

    from seedner.cli.app import app

    assert "--jobs" in CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"}).stdout
