"""Huge and hostile inputs finish in bounded time and memory (times and peaks go to the report).

Nothing here asserts speed: the timeouts only turn a hang into a failure.
Speed is the benchmark's business.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from .helpers import DISPATCH, Run, run_seedner

pytestmark = [pytest.mark.model, pytest.mark.slow]
HANG_GUARD = 900  # seconds
MEMORY_BOUND_MB = 2500


def _run(path: Path, *extra: str) -> Run:
    run = run_seedner(["extract", "-q", *extra, str(path)], timeout=HANG_GUARD)
    assert run.returncode == 0, run.stderr
    return run


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def _describe(run: Run, size: int, record_property: object) -> None:
    record_property("seconds", run.seconds)  # type: ignore[operator]
    record_property(  # type: ignore[operator]
        "what", f"{size / 1e6:.1f} MB: exit 0, {len(run.records())} mentions, peak {run.peak_mb:.0f} MB"
    )


def test_a_50_mb_line_without_spaces(tmp_path, check_records, record_property):
    """One line, no newline, no space: the space-free-run guard blanks it before tokenisation."""
    text = DISPATCH.replace("\n", " ") + "abcd" * 12_500_000 + " " + DISPATCH.replace("\n", " ")
    path = _write(tmp_path, "line.txt", text)
    run = _run(path)
    records = run.records()
    check_records({str(path): text}, records)
    assert {"Marie Dubois", "Marseille"} <= {r["text"] for r in records if r["start"] > 50_000_000}
    assert run.peak_mb < MEMORY_BOUND_MB
    _describe(run, len(text), record_property)


def test_10_mb_of_the_same_word_glued(tmp_path, record_property):
    text = "préfecture" * 1_000_000
    run = _run(_write(tmp_path, "word.txt", text))
    assert run.records() == []
    assert run.peak_mb < MEMORY_BOUND_MB
    _describe(run, len(text), record_property)


def test_100000_opening_parentheses(tmp_path, record_property):
    text = "La DGSI (" + "(" * 100_000 + " à Paris."
    path = _write(tmp_path, "parens.txt", text)
    run = _run(path)
    assert "Paris" in {r["text"] for r in run.records()}
    assert run.peak_mb < MEMORY_BOUND_MB
    _describe(run, len(text), record_property)


def test_100000_parentheses_with_spaces(tmp_path, record_property):
    """Spaced out, the guard does not apply: the tokenizer and the definition matcher see them all."""
    text = "La DGSI " + "( " * 50_000 + "à Paris."
    run = _run(_write(tmp_path, "spaced.txt", text))
    assert run.peak_mb < MEMORY_BOUND_MB
    _describe(run, len(text), record_property)


_CAPITAL_WORDS = (
    "LE PREFET DE POLICE A RENCONTRE LES ENQUETEURS DE LA DIRECTION GENERALE DE LA SECURITE INTERIEURE "
    "DGSI TRACFIN OFPRA OLTIM DNPAF A PARIS ET MARSEILLE SELON MARIE DUBOIS (DGSI) ONU UE"
)


def _capitals(size: int) -> str:
    rng = random.Random(11)
    words = _CAPITAL_WORDS.split()
    text = []
    length = 0
    while length < size:
        word = rng.choice(words)
        text.append(word)
        length += len(word) + 1
        if rng.random() < 0.05:
            text.append(".\n" if rng.random() < 0.5 else ".")
    return " ".join(text)[:size]


def test_1_mb_of_capitals(tmp_path, check_records, record_property):
    text = _capitals(1_000_000)
    path = _write(tmp_path, "caps.txt", text)
    run = _run(path)
    records = run.records()
    check_records({str(path): text}, records[:200] + records[-200:])
    assert records and run.peak_mb < MEMORY_BOUND_MB
    _describe(run, len(text), record_property)


@pytest.fixture(scope="module")
def prose_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Run]:
    """The same word, spaced, as one document of 100 KB and of 600 KB (the 10 MB one is measured by hand)."""
    folder = tmp_path_factory.mktemp("prose")
    runs = {}
    for size in (100_000, 600_000):
        text = ("Marseille préfecture " * (size // 21 + 1))[:size]
        runs[size] = _run(_write(folder, f"prose-{size}.txt", text))
    return runs


def test_time_grows_linearly_on_long_prose(prose_runs, record_property):
    small, large = prose_runs[100_000], prose_runs[600_000]
    assert len(large.records()) >= 5 * len(small.records())
    assert large.peak_mb < MEMORY_BOUND_MB
    record_property("seconds", large.seconds)
    record_property(
        "what",
        f"100 KB {small.seconds:.1f} s / {small.peak_mb:.0f} MB; 600 KB {large.seconds:.1f} s / "
        f"{large.peak_mb:.0f} MB (x{large.seconds / small.seconds:.1f} time for x6 text)",
    )


def test_memory_is_flat_on_long_prose(prose_runs, record_property):
    """Pieces are processed and dropped one after the other: six times the text, about the same peak."""
    small, large = prose_runs[100_000], prose_runs[600_000]
    record_property("what", f"peak {small.peak_mb:.0f} MB for 100 KB, {large.peak_mb:.0f} MB for 600 KB")
    assert large.peak_mb < small.peak_mb + 400


_POSTPROCESS_40000 = """
from seedner.records.mentions import Mention
from seedner.records.postprocess import postprocess
text = "Marseille préfecture " * 40_000
mentions = [Mention(i * 21, i * 21 + 9, "Marseille", "LOC", canonical="Marseille") for i in range(40_000)]
assert len(postprocess(text, mentions)) == 40_000
"""


def test_a_document_with_40000_mentions_is_post_processed_in_bounded_time(record_property):
    """Linear post-processing needs well under a second here; the guard is 15 s."""
    import subprocess
    import sys
    import time

    started = time.perf_counter()
    try:
        subprocess.run([sys.executable, "-c", _POSTPROCESS_40000], check=True, timeout=15)
    except subprocess.TimeoutExpired:
        record_property("what", "post-processing 40,000 mentions still running after 15 s (killed)")
        raise AssertionError("post-processing is not linear in the number of mentions") from None
    record_property("seconds", time.perf_counter() - started)
