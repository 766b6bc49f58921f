"""Stdin in a real process: JSONL lines processed as they arrive, and a word when a terminal is read."""

from __future__ import annotations

import json
import os
import pty
import queue
import select
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from seedner.io.stdin import STDIN_NOTICE
from tests.conftest import REPO

pytestmark = pytest.mark.model

FIRST_RECORD_SECONDS = 120  # the model is loaded first (and by each worker with --jobs)
NEXT_RECORD_SECONDS = 60
ONE = {"id": "one", "text": "Selon Marie Dubois, la DGSI a interpellé deux hommes à Marseille."}
TWO = {"id": "two", "text": "Le parquet de Lyon a saisi l'Office anti-stupéfiants (OFAST)."}


def seedner(args: list[str], cwd: Path, **streams: Any) -> subprocess.Popen[bytes]:
    """``python -m seedner ARGS`` from this checkout, without a configuration file."""
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"), SEEDNER_NO_CONFIG="1")
    return subprocess.Popen([sys.executable, "-m", "seedner", *args], cwd=cwd, env=env, **streams)


def lines_of(stream: IO[bytes]) -> queue.Queue[bytes]:
    """The lines of ``stream`` as they come, read by a thread (an empty ``b""`` at the end)."""
    lines: queue.Queue[bytes] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)
        lines.put(b"")

    threading.Thread(target=pump, daemon=True).start()
    return lines


def records_until(lines: queue.Queue[bytes], doc: str, timeout: float) -> Iterator[dict[str, Any]]:
    """Records read from ``lines`` up to the first of ``doc``; fails instead of hanging."""
    while True:
        try:
            line = lines.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"no record of {doc!r} after {timeout} s: stdin is not processed as it arrives")
        assert line, f"output ended before a record of {doc!r}"
        record = json.loads(line)
        yield record
        if record["doc"] == doc:
            return


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_jsonl_line_on_stdin_gives_its_records_before_the_next_is_sent(jobs, tmp_path, record_property):
    with tempfile.TemporaryFile() as errors:
        process = seedner(
            ["extract", "--input-format", "jsonl", "--jobs", jobs],
            tmp_path,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
        )
        assert process.stdin is not None and process.stdout is not None
        try:
            lines = lines_of(process.stdout)
            process.stdin.write(json.dumps(ONE).encode("utf-8") + b"\n")
            process.stdin.flush()  # and wait: the producer sends nothing more until it has the records
            first = list(records_until(lines, "one", FIRST_RECORD_SECONDS))
            process.stdin.write(json.dumps(TWO).encode("utf-8") + b"\n")
            process.stdin.flush()
            second = list(records_until(lines, "two", NEXT_RECORD_SECONDS))
            process.stdin.close()
            assert process.wait(timeout=NEXT_RECORD_SECONDS) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    assert [r["doc"] for r in first] == ["one"], (
        stderr
    )  # one record of the first line, read before the second
    records = first + second + [json.loads(line) for line in iter(lines.get, b"")]
    docs = [r["doc"] for r in records]
    assert docs == sorted(docs, key=["one", "two"].index) and set(docs) == {"one", "two"}  # in input order
    assert {"DGSI", "OFAST"} <= {r["text"] for r in records}
    assert STDIN_NOTICE not in stderr  # a pipe: nobody is typing
    record_property("what", f"--jobs {jobs}: each line's records came before the next line was sent")


def read_line(descriptor: int, timeout: float) -> bytes:
    """One line from a pipe, or what came before ``timeout``."""
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([descriptor], [], [], timeout)
        if not ready:
            break
        chunk = os.read(descriptor, 1)
        if not chunk:
            break
        data += chunk
    return data


@pytest.mark.parametrize("quiet", [False, True])
def test_reading_a_terminal_says_so_at_once_unless_quiet(quiet, tmp_path, record_property):
    terminal, stdin = pty.openpty()
    process = seedner(
        ["extract", *(["-q"] if quiet else [])],
        tmp_path,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    os.close(stdin)
    assert process.stderr is not None
    try:
        if not quiet:  # said before the model is loaded, while the command waits for the text
            line = read_line(process.stderr.fileno(), FIRST_RECORD_SECONDS)
            assert line.decode("utf-8") == f"seedner: {STDIN_NOTICE}\n"
        os.write(terminal, ONE["text"].encode("utf-8") + b"\n")
        os.write(terminal, b"\x04")  # Ctrl-D at the start of a line: the end of the text
        stdout, stderr = process.communicate(timeout=FIRST_RECORD_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(terminal)
    assert process.returncode == 0, stderr
    records = [json.loads(line) for line in stdout.splitlines()]
    assert {r["doc"] for r in records} == {"-"} and "DGSI" in {r["text"] for r in records}
    if quiet:
        assert stderr == b""
    else:
        assert STDIN_NOTICE.encode("utf-8") not in stderr  # said once, and first
    record_property("what", "the notice on stderr, first" if not quiet else "nothing on stderr with -q")


def test_no_progress_display_over_the_text_typed_on_the_terminal(tmp_path):
    """Stdin and stderr on one terminal, as in a shell: the notice, and no spinner while the text is typed."""
    terminal, side = pty.openpty()
    process = seedner(["extract"], tmp_path, stdin=side, stdout=subprocess.PIPE, stderr=side)
    os.close(side)
    shown = b""
    try:
        while f"seedner: {STDIN_NOTICE}".encode() not in shown:
            ready, _, _ = select.select([terminal], [], [], FIRST_RECORD_SECONDS)
            assert ready, f"no notice on the terminal after {FIRST_RECORD_SECONDS} s: {shown!r}"
            shown += os.read(terminal, 4096)
        os.write(terminal, ONE["text"].encode("utf-8") + b"\n")
        select.select([terminal], [], [], 5)  # the model loads and the text waits to be read: time to draw
        os.write(terminal, b"\x04")
        process.wait(timeout=FIRST_RECORD_SECONDS)
        while select.select([terminal], [], [], 1)[0]:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # EIO: the process closed its side
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(terminal)
    assert process.returncode == 0
    assert b"extracting" not in shown and b"1 document," in shown  # no progress display; the summary
