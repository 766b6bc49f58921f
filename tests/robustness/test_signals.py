"""SIGINT and SIGTERM during a long run: a prompt exit, no worker left, only complete lines written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from seedner.cli.app import ExitCode

from .helpers import DISPATCH, SEEDNER, Descendants, wait_for

pytestmark = [pytest.mark.model, pytest.mark.slow]
STARTUP_TIMEOUT = 300  # loading the model in a busy CI machine; only a guard against a hang
PROMPT = 10.0  # seconds allowed between the signal and the end of the process


@pytest.fixture(scope="module")
def long_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL corpus that takes minutes: any signal arrives in the middle of it."""
    path = tmp_path_factory.mktemp("signals") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for number in range(20_000):
            stream.write(json.dumps({"id": f"d{number}", "text": DISPATCH}, ensure_ascii=False) + "\n")
    return path


@dataclass
class _Run:
    """A seedner run started by :func:`_seedner`; ``stdout``/``stderr`` are filled when it is over."""

    process: subprocess.Popen[bytes]
    watcher: Descendants
    out: IO[bytes]
    stdout: bytes = b""
    stderr: str = ""

    def output_size(self) -> int:
        return os.fstat(self.out.fileno()).st_size


@contextmanager
def _seedner(*options: str) -> Iterator[_Run]:
    """``seedner extract -q OPTIONS`` in its own process group, output in temporary files.

    Whatever the test does, the group is killed on the way out if seedner still runs.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        command = [str(SEEDNER), "extract", "-q", *options]
        process = subprocess.Popen(command, stdout=out, stderr=err, start_new_session=True)
        run = _Run(process, Descendants(process.pid), out)
        try:
            yield run
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            out.seek(0)
            err.seek(0)
            run.stdout, run.stderr = out.read(), err.read().decode("utf-8", "replace")


def _interrupt(
    corpus: Path, sig: signal.Signals, jobs: int, output: Path | None, *, group: bool
) -> tuple[int, float, bytes, str, list[str], int]:
    """Start a run, wait for its first output, send ``sig``; returns what happened."""
    options = ["--jobs", str(jobs), str(corpus)] + (["-o", str(output)] if output is not None else [])
    with _seedner(*options) as run:
        if output is None:
            wait_for(lambda: run.output_size() > 150_000, STARTUP_TIMEOUT, "a few batches")
        else:
            wait_for(lambda: _part_size(output) > 150_000, STARTUP_TIMEOUT, "a few batches on disk")
        workers = len(run.watcher.workers())
        sent = time.perf_counter()
        if group:  # what Ctrl-C in a terminal does: the whole process group
            os.killpg(run.process.pid, sig)
        else:
            run.process.send_signal(sig)
        run.process.wait(timeout=60)
        stopped = time.perf_counter() - sent
    survivors = run.watcher.survivors()
    return run.process.returncode, stopped, run.stdout, run.stderr, survivors, workers


def _part_size(output: Path) -> int:
    parts = list(output.parent.glob(f".{output.name}.*.part"))
    return parts[0].stat().st_size if parts else 0


CASES = [
    (signal.SIGINT, 1, False, True),
    (signal.SIGTERM, 1, False, False),
    (signal.SIGINT, 2, False, True),
    (signal.SIGTERM, 2, False, False),
    (signal.SIGINT, 1, True, True),
    (signal.SIGTERM, 2, True, False),
]


@pytest.mark.parametrize(
    ("sig", "jobs", "to_file", "group"),
    CASES,
    ids=[f"{s.name}-jobs{j}{'-o' if o else ''}" for s, j, o, _ in CASES],
)
def test_signal_during_a_long_run(long_corpus, tmp_path, sig, jobs, to_file, group, record_property):
    output = tmp_path / "mentions.jsonl" if to_file else None
    code, stopped, stdout, stderr, survivors, workers = _interrupt(
        long_corpus, sig, jobs, output, group=group
    )
    expected = ExitCode.INTERRUPTED if sig == signal.SIGINT else ExitCode.TERMINATED
    assert code == expected, stderr
    assert stopped < PROMPT
    assert "Traceback" not in stderr and stderr == "", stderr
    assert survivors == []
    if jobs > 1:
        assert workers == jobs, "the worker processes were not seen"
    if output is None:
        assert stdout.endswith(b"\n")
        lines = stdout.decode("utf-8").splitlines()
        assert all(isinstance(json.loads(line), dict) for line in lines)
        assert 0 < len(lines) < 20_000 * 5
        written = f"{len(lines)} complete lines"
    else:
        assert stdout == b""
        assert list(tmp_path.iterdir()) == [], "a final or temporary output file was left"
        written = "no output file, no temporary file"
    record_property("seconds", stopped)
    record_property("what", f"exit {code} {stopped:.2f} s after the signal, {written}, no process left")


def test_ctrl_c_while_workers_start_prints_no_traceback(long_corpus, record_property):
    """The terminal sends SIGINT to every process of the group, workers still importing spaCy included."""
    with _seedner("--jobs", "2", str(long_corpus)) as run:
        wait_for(lambda: len(run.watcher.workers()) == 2, STARTUP_TIMEOUT, "two worker processes")
        time.sleep(0.3)  # they are importing spaCy now, well before their initializer runs
        workers = run.watcher.workers()
        for worker in workers:  # the part of Ctrl-C that reaches them, alone: nothing may happen
            worker.send_signal(signal.SIGINT)
        time.sleep(1.0)
        still_running = [worker.is_running() for worker in workers]
        os.killpg(run.process.pid, signal.SIGINT)  # then the whole group, as the terminal does
        run.process.wait(timeout=60)
    survivors = run.watcher.survivors()
    process, stderr = run.process, run.stderr
    assert still_running == [True, True], stderr
    assert process.returncode == ExitCode.INTERRUPTED
    assert stderr == "", stderr
    assert survivors == []
    record_property("what", "exit 130, nothing on stderr, workers ended")


def test_interrupted_run_keeps_the_previous_output_file(long_corpus, tmp_path):
    target = tmp_path / "mentions.jsonl"
    target.write_text("previous run\n", "utf-8")
    code, *_ = _interrupt(long_corpus, signal.SIGTERM, 1, target, group=False)
    assert code == ExitCode.TERMINATED
    assert target.read_text("utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["mentions.jsonl"]


def test_a_worker_killed_mid_run_fails_the_run_cleanly(long_corpus, record_property):
    """A worker killed by the OOM killer: one clear error, exit 1, only complete lines before it."""
    with _seedner("--jobs", "2", str(long_corpus)) as run:
        wait_for(lambda: run.output_size() > 150_000, STARTUP_TIMEOUT, "a few batches")
        run.watcher.workers()[0].kill()
        run.process.wait(timeout=60)
    survivors = run.watcher.survivors()
    process, stdout, stderr = run.process, run.stdout, run.stderr
    assert process.returncode == ExitCode.INPUT_FAILED
    assert stderr == "seedner: error: a worker process died; rerun with --jobs 1 to find the document\n"
    assert stdout.endswith(b"\n") and all(json.loads(line) for line in stdout.decode("utf-8").splitlines())
    assert survivors == []
    record_property("what", "exit 1, 'a worker process died; rerun with --jobs 1 …', complete lines only")


def test_workers_end_when_seedner_itself_is_killed(long_corpus, record_property):
    """SIGKILL cannot be handled: the workers notice that their parent is gone."""
    with _seedner("--jobs", "2", str(long_corpus)) as run:
        watcher = run.watcher
        wait_for(lambda: run.output_size() > 0, STARTUP_TIMEOUT, "the first records")
        assert len(watcher.workers()) == 2
        killed = time.perf_counter()
        run.process.kill()
        run.process.wait()
        survivors = watcher.survivors(grace=10.0)
        ended = time.perf_counter() - killed
    if survivors:  # do not leave them behind for the rest of the session
        for worker in watcher.seen.values():
            worker.kill()
    assert survivors == []
    record_property("seconds", ended)
    record_property("what", f"all workers gone {ended:.1f} s after the parent's SIGKILL")


@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_during_a_cached_run_ends_it_and_keeps_the_cache(tmp_path, jobs):
    """The cache is written between batches: after Ctrl-C it holds the batches done, and reads back."""
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as stream:
        for number in range(20_000):  # all different: every batch is computed and stored
            text = f"{DISPATCH} Note {number}."
            stream.write(json.dumps({"id": f"d{number}", "text": text}, ensure_ascii=False) + "\n")
    cache = tmp_path / "cache"
    with _seedner("--cache", str(cache), "--jobs", str(jobs), str(corpus)) as run:
        wait_for(lambda: run.output_size() > 1_000_000, STARTUP_TIMEOUT, "several batches")
        sent = time.perf_counter()
        os.killpg(run.process.pid, signal.SIGINT)
        run.process.wait(timeout=60)
        stopped = time.perf_counter() - sent
        survivors = run.watcher.survivors()
    assert run.process.returncode == ExitCode.INTERRUPTED, run.stderr
    assert stopped < PROMPT and survivors == [] and run.stderr == ""
    lines = run.stdout.decode("utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
    info = subprocess.run(
        [str(SEEDNER), "cache", "info", "--json", str(cache)], capture_output=True, text=True, check=True
    )
    assert json.loads(info.stdout)["entries"] > 0 and info.stderr == ""
