"""What both benchmarks need to run seedner as users do: the command, a timed process, a corpus's words."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

SEEDNER = Path(sys.executable).with_name("seedner")


def run_command(arguments: list[str], stdin: bytes | None = None) -> tuple[float, int, bytes]:
    """Wall time, peak RSS (KB) of the child, and its stdout."""
    started = time.perf_counter()
    completed = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *arguments], input=stdin, capture_output=True, check=False
    )
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments)} failed: {completed.stderr.decode()[-500:]}")
    rss = int(completed.stderr.decode().strip().splitlines()[-1])
    return elapsed, rss, completed.stdout


def corpus_words(path: Path) -> int:
    with path.open(encoding="utf-8") as stream:
        return sum(len(json.loads(line)["text"].split()) for line in stream)
