"""SIGINT and SIGTERM during a long run: a prompt exit, no worker left, only complete lines written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from seedner.cli import ExitCode

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


def _interrupt(
    corpus: Path, sig: signal.Signals, jobs: int, output: Path | None, *, group: bool
) -> tuple[int, float, bytes, str, list[str], int]:
    """Start a run, wait for its first output, send ``sig``; returns what happened."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        args = [str(SEEDNER), "extract", "-q", "--jobs", str(jobs), str(corpus)]
        if output is not None:
            args += ["-o", str(output)]
        process = subprocess.Popen(args, stdout=out, stderr=err, start_new_session=True)
        watcher = Descendants(process.pid)
        try:
            if output is None:
                wait_for(lambda: os.fstat(out.fileno()).st_size > 150_000, STARTUP_TIMEOUT, "a few batches")
            else:
                wait_for(lambda: _part_size(output) > 150_000, STARTUP_TIMEOUT, "a few batches on disk")
            workers = len(watcher.workers())
            sent = time.perf_counter()
            if group:  # what Ctrl-C in a terminal does: the whole process group
                os.killpg(process.pid, sig)
            else:
                process.send_signal(sig)
            process.wait(timeout=60)
            stopped = time.perf_counter() - sent
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        survivors = watcher.survivors()
        out.seek(0)
        err.seek(0)
        return (
            process.returncode,
            stopped,
            out.read(),
            err.read().decode("utf-8", "replace"),
            survivors,
            workers,
        )


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
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [str(SEEDNER), "extract", "-q", "--jobs", "2", str(long_corpus)],
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        watcher = Descendants(process.pid)
        try:
            wait_for(lambda: len(watcher.workers()) == 2, STARTUP_TIMEOUT, "two worker processes")
            time.sleep(0.3)  # they are importing spaCy now, well before their initializer runs
            workers = watcher.workers()
            for worker in workers:  # the part of Ctrl-C that reaches them, alone: nothing may happen
                worker.send_signal(signal.SIGINT)
            time.sleep(1.0)
            still_running = [worker.is_running() for worker in workers]
            os.killpg(process.pid, signal.SIGINT)  # then the whole group, as the terminal does
            process.wait(timeout=60)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        survivors = watcher.survivors()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
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
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [str(SEEDNER), "extract", "-q", "--jobs", "2", str(long_corpus)],
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        watcher = Descendants(process.pid)
        try:
            wait_for(lambda: os.fstat(out.fileno()).st_size > 150_000, STARTUP_TIMEOUT, "a few batches")
            watcher.workers()[0].kill()
            process.wait(timeout=60)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        survivors = watcher.survivors()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read().decode("utf-8", "replace")
    assert process.returncode == ExitCode.INPUT_FAILED
    assert stderr == "seedner: error: a worker process died; rerun with --jobs 1 to find the document\n"
    assert stdout.endswith(b"\n") and all(json.loads(line) for line in stdout.decode("utf-8").splitlines())
    assert survivors == []
    record_property("what", "exit 1, 'a worker process died; rerun with --jobs 1 …', complete lines only")


def test_workers_end_when_seedner_itself_is_killed(long_corpus, record_property):
    """SIGKILL cannot be handled: the workers notice that their parent is gone."""
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(
            [str(SEEDNER), "extract", "-q", "--jobs", "2", str(long_corpus)],
            stdout=out,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        watcher = Descendants(process.pid)
        wait_for(lambda: os.fstat(out.fileno()).st_size > 0, STARTUP_TIMEOUT, "the first records")
        assert len(watcher.workers()) == 2
        killed = time.perf_counter()
        process.kill()
        process.wait()
        survivors = watcher.survivors(grace=10.0)
        ended = time.perf_counter() - killed
    if survivors:  # do not leave them behind for the rest of the session
        for worker in watcher.seen.values():
            worker.kill()
    assert survivors == []
    record_property("seconds", ended)
    record_property("what", f"all workers gone {ended:.1f} s after the parent's SIGKILL")
