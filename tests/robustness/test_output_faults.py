"""Output that cannot be written: a reader that goes away, closed streams, a full disk, no permission."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from seedner.cli.app import ExitCode
from seedner.io.atomic import AtomicOutput

from .helpers import DISPATCH, SEEDNER, Descendants, run_seedner, unprivileged_prefix, world_readable_dir

pytestmark = pytest.mark.model


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Enough text for output to go on well after the first line."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(40):
        (folder / f"d{number:02d}.txt").write_text(DISPATCH * 3, "utf-8")
    return folder


def _bash(
    script: str, *args: str, timeout: float = 600
) -> tuple[subprocess.CompletedProcess[str], float, list[str]]:
    started = time.perf_counter()
    process = subprocess.Popen(
        ["bash", "-c", script, str(SEEDNER), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    watcher = Descendants(process.pid)
    stdout, stderr = process.communicate(timeout=timeout)
    seconds = time.perf_counter() - started
    survivors = watcher.survivors()
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr), seconds, survivors


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_head_1_ends_quietly_with_141(corpus, jobs, record_property):
    script = '"$0" extract -q --jobs "$1" "$2" | head -1; exit "${PIPESTATUS[0]}"'
    result, seconds, survivors = _bash(script, jobs, str(corpus))
    assert result.returncode == ExitCode.BROKEN_PIPE
    assert len(result.stdout.splitlines()) == 1 and result.stdout.startswith('{"doc": ')
    assert result.stderr == ""
    assert survivors == []
    record_property("seconds", seconds)
    record_property("what", "exit 141, one line, nothing on stderr, no process left")


def test_closed_stdout_is_an_output_error(corpus, record_property):
    script = '"$0" extract -q "$1" >&-'
    result, seconds, _ = _bash(script, str(corpus / "d00.txt"))
    assert result.returncode == ExitCode.OUTPUT_FAILED
    assert result.stderr == "seedner: error: stdout is closed\n"
    record_property("seconds", seconds)
    record_property("what", "exit 4, 'stdout is closed'")


def test_closed_stderr_keeps_diagnostics_out_of_the_data(corpus, tmp_path, record_property):
    script = '"$0" extract "$1" "$2" 2>&-'
    result, seconds, _ = _bash(script, str(tmp_path / "absent.txt"), str(corpus / "d00.txt"))
    assert result.returncode == ExitCode.INPUT_FAILED
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith('{"doc": ') for line in lines), lines[:3]
    record_property("seconds", seconds)
    record_property("what", "exit 1, stdout holds only records (errors and summary dropped)")


_DEV_FULL = [
    (["-o", "/dev/full"], "", "/dev/full"),
    ([], ">/dev/full", "stdout"),
    (["-o", "-"], ">/dev/full", "stdout"),
]


@pytest.mark.parametrize(
    ("command", "args", "redirect", "where"),
    [
        (command, *case)
        for command in ("extract", "acronyms", "render")
        for case in _DEV_FULL
        if command != "render" or case[0]  # render writes seedner-report.html unless -o says otherwise
    ],
    ids=lambda value: value if isinstance(value, str) and not value.startswith(("/", ">")) else None,
)
def test_dev_full_is_an_output_error(corpus, command, args, redirect, where, record_property):
    result, seconds, _ = _bash(f'"$0" {command} -q "$@" {redirect}', str(corpus / "d00.txt"), *args)
    assert result.returncode == ExitCode.OUTPUT_FAILED
    assert result.stderr == f"seedner: error: {where}: No space left on device\n"
    record_property("seconds", seconds)
    record_property("what", f"{command}: exit 4, '{where}: No space left on device'")


@pytest.fixture
def tiny_filesystem() -> Iterator[Path]:
    """A 64 KB tmpfs, to fill up for real; skipped where mounting is not allowed."""
    folder = world_readable_dir("seedner-full-")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a small tmpfs to fill ({mounted.stderr.strip() or 'not root'})")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)
    with suppress(OSError):
        folder.rmdir()


def test_a_disk_that_fills_up_leaves_no_file(corpus, tiny_filesystem, record_property):
    target = tiny_filesystem / "mentions.jsonl"
    run = run_seedner(["extract", "-q", str(corpus), "-o", str(target)])
    assert run.returncode == ExitCode.OUTPUT_FAILED
    assert run.stderr == f"seedner: error: {target}: No space left on device\n"
    assert list(tiny_filesystem.iterdir()) == []
    record_property("seconds", run.seconds)
    record_property("what", "64 KB tmpfs filled: exit 4, no file and no temporary file left")


class _FillsUp(io.RawIOBase):
    """A file that takes ``room`` bytes, then fails as a full disk does."""

    def __init__(self, fd: int, room: int) -> None:
        self.fd, self.room = fd, room

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return os.write(self.fd, data)

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


def test_a_full_disk_in_process_leaves_no_file(run_main, corpus, tmp_path, monkeypatch):
    real_init = AtomicOutput.__init__

    def filling_up(self: AtomicOutput, path: Path) -> None:
        real_init(self, path)
        fd = os.dup(self.stream.fileno())
        self.stream.close()
        self.stream = io.BufferedWriter(_FillsUp(fd, room=5000))

    monkeypatch.setattr(AtomicOutput, "__init__", filling_up)
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, stderr = run_main("extract", "-q", str(corpus), "-o", str(out / "mentions.jsonl"))
    assert (code, stdout) == (ExitCode.OUTPUT_FAILED, "")
    assert stderr == f"seedner: error: {out / 'mentions.jsonl'}: No space left on device\n"
    assert list(out.iterdir()) == []


def test_unwritable_output_folder_as_nobody(record_property):
    prefix = unprivileged_prefix()
    if prefix is None:
        pytest.skip("cannot run seedner as nobody here; the in-process test covers the path")
    folder = world_readable_dir()
    try:
        (folder / "a.txt").write_text(DISPATCH, "utf-8")
        (folder / "a.txt").chmod(0o644)
        run = run_seedner(["extract", "-q", "a.txt", "-o", "mentions.jsonl"], cwd=folder, prefix=prefix)
    finally:
        names = sorted(path.name for path in folder.iterdir())
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    assert run.returncode == ExitCode.OUTPUT_FAILED
    assert run.stderr == "seedner: error: mentions.jsonl: Permission denied\n"
    assert names == ["a.txt"]
    record_property("seconds", run.seconds)
    record_property("what", "exit 4, 'Permission denied', nothing created")


def test_unwritable_output_in_process(run_main, corpus, tmp_path, monkeypatch):
    import tempfile

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, stdout, stderr = run_main("extract", "-q", str(corpus / "d00.txt"), "-o", str(tmp_path / "m.jsonl"))
    assert (code, stdout) == (ExitCode.OUTPUT_FAILED, "")
    assert stderr == f"seedner: error: {tmp_path / 'm.jsonl'}: Permission denied\n"


def test_output_into_a_missing_folder_or_onto_a_folder(run_main, corpus, tmp_path):
    code, _, stderr = run_main(
        "extract", "-q", str(corpus / "d00.txt"), "-o", str(tmp_path / "no" / "m.jsonl")
    )
    assert code == ExitCode.OUTPUT_FAILED
    assert stderr == f"seedner: error: {tmp_path / 'no' / 'm.jsonl'}: No such file or directory\n"
    code, _, stderr = run_main("extract", "-q", str(corpus / "d00.txt"), "-o", str(tmp_path))
    assert code == ExitCode.OUTPUT_FAILED
    assert stderr == f"seedner: error: {tmp_path}: Is a directory\n"


def test_output_file_appears_only_complete(run_main, corpus, tmp_path, monkeypatch):
    """Written under a temporary name beside it and renamed at the end; an old file stays until then."""
    target = tmp_path / "mentions.jsonl"
    target.write_text("previous run\n", "utf-8")
    seen_at_rename: list[tuple[str, list[str]]] = []
    real_replace = os.replace

    def spy(source: str, destination: str) -> None:
        if Path(destination) == target:
            seen_at_rename.append((target.read_text("utf-8"), sorted(p.name for p in tmp_path.iterdir())))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", spy)
    code, _, _ = run_main("extract", "-q", str(corpus), "-o", str(target))
    assert code == 0
    [(before, names)] = seen_at_rename
    assert before == "previous run\n"
    assert [name for name in names if name.startswith(".mentions.jsonl.") and name.endswith(".part")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "mentions.jsonl"]
    assert target.read_text("utf-8").count("\n") > 100
