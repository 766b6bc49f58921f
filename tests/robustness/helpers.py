"""Running the installed command as a real process: exit code, output, time and peak memory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any

SEEDNER = Path(sys.executable).with_name("seedner")
NOBODY_UID = 65534
NOBODY_GID = 65534
DISPATCH = (
    "Le préfet de police a reçu samedi à Paris les enquêteurs de la Direction générale de la sécurité "
    "intérieure (DGSI).\nSelon Marie Dubois, la DGSI a interpellé deux hommes à Marseille.\n"
)


@dataclass(frozen=True)
class Run:
    """What one ``seedner`` process did."""

    returncode: int
    stdout: bytes
    stderr: str
    seconds: float
    peak_mb: float  # peak resident memory of the process (and of its waited-for children)

    def records(self) -> list[dict[str, Any]]:
        """Every stdout line as JSON; fails the test on a line that is not a complete object."""
        return [json.loads(line) for line in self.stdout.decode("utf-8").splitlines()]

    @property
    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("seedner: error: ")]


def run_seedner(
    args: Sequence[str],
    *,
    timeout: float = 600,
    stdin: IO[bytes] | int | None = subprocess.DEVNULL,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    prefix: Sequence[str] = (),
) -> Run:
    """Run ``seedner ARGS`` to the end; the timeout only guards against a hang."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            [*prefix, str(SEEDNER), *args], stdin=stdin, stdout=out, stderr=err, cwd=cwd, env=env
        )
        status, usage = wait_with_usage(process, timeout)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return Run(
            returncode=os.waitstatus_to_exitcode(status),
            stdout=out.read(),
            stderr=err.read().decode("utf-8", "replace"),
            seconds=seconds,
            peak_mb=usage.ru_maxrss / 1024,
        )


def wait_with_usage(process: subprocess.Popen[Any], timeout: float) -> tuple[int, Any]:
    """Wait for ``process`` and return its status and its own resource usage (not the sum of all children)."""
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return status, usage
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise AssertionError(f"seedner did not finish within {timeout:.0f} s: {process.args!r}")
        time.sleep(0.05)


def world_readable_dir(prefix: str = "seedner-robustness-") -> Path:
    """A temporary directory another user can enter (pytest's own are private to their owner)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    return folder


def remove_tree(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


@cache
def unprivileged_prefix() -> list[str] | None:
    """A command prefix that runs as ``nobody``, or None when this machine cannot.

    Root reads any file whatever its mode, so permission errors can only be
    seen for real as another user; that user must also be able to run this
    Python and read the installed package and model.
    """
    if os.geteuid() != 0:
        return []  # already unprivileged: chmod 000 is refused for real
    for prefix in (
        ["setpriv", f"--reuid={NOBODY_UID}", f"--regid={NOBODY_GID}", "--clear-groups"],
        ["runuser", "-u", "nobody", "--"],
    ):
        if shutil.which(prefix[0]) is None:
            continue
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", "import seedner.cli.app, spacy"],
            capture_output=True,
            cwd="/",
            timeout=120,
        )
        if probe.returncode == 0:
            return prefix
    return None


def record_sets(records: list[dict[str, Any]]) -> set[tuple[str, int, int, str]]:
    return {(r["doc"], r["start"], r["end"], r["label"]) for r in records}


class Descendants:
    """Every process started under ``pid`` while it runs, to check that none outlives it."""

    def __init__(self, pid: int) -> None:
        import psutil

        self._root = psutil.Process(pid)
        self.seen: dict[int, Any] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        import psutil

        while not self._done.is_set():
            try:
                for child in self._root.children(recursive=True):
                    self.seen.setdefault(child.pid, child)
            except psutil.Error:
                return
            time.sleep(0.05)

    def workers(self) -> list[Any]:
        """The ``--jobs`` worker processes seen so far."""
        return [p for p in list(self.seen.values()) if "spawn_main" in " ".join(_cmdline(p))]

    def survivors(self, grace: float = 5.0) -> list[str]:
        """Descendants still running ``grace`` seconds after the end (zombies count as ended)."""
        import psutil

        self._done.set()
        self._thread.join(timeout=5)
        deadline = time.monotonic() + grace
        while True:
            alive = []
            for process in self.seen.values():
                try:
                    if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                        alive.append(f"{process.pid} {' '.join(_cmdline(process))[:120]}")
                except psutil.NoSuchProcess:
                    continue
            if not alive or time.monotonic() > deadline:
                return alive
            time.sleep(0.1)


def _cmdline(process: Any) -> list[str]:
    try:
        return list(process.cmdline())
    except Exception:
        return []


def wait_for(condition: Any, timeout: float, what: str) -> None:
    """Poll ``condition()`` until true; fail the test with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)
