"""The result cache's rows of ``make bench``: ``seedner extract --cache`` against no cache, side by side.

    python bench/run.py --cache-only [--runs 3] [--cache-mb 5]

On a JSONL corpus of ``--cache-mb`` MB in which every document is unique (so that a cold run finds
nothing), each round runs, in turn: no cache and ``--cache`` on an empty cache (cold), in alternating
order; ``--cache`` again (warm, nothing changed); then, on a copy of the corpus where 5 % of the documents
changed, no cache and ``--cache`` with a copy of the warm cache, in alternating order.  Every cached
output is compared byte for byte with the uncached one of the same corpus.  Seconds are medians over the
rounds, start-up included.
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
from pathlib import Path
from typing import Any

from processes import SEEDNER, corpus_words, run_command

CHANGED_EVERY = 20  # 5 %


def write_unique_corpus(
    documents: list[dict[str, Any]], path: Path, target_bytes: int, *, changed_every: int = 0
) -> Path:
    """A JSONL corpus of at least ``target_bytes`` in which no two documents have the same text.

    Ten sentences a document, as in ``run.write_corpus``, but each pass over the sentences takes them in
    another order (shuffled with the pass number as seed).  With ``changed_every=N``, every N-th
    document has its sentences in reverse order: N=20 changes 5 % of the documents.
    """
    size, number, sweep = 0, 0, 0
    with path.open("w", encoding="utf-8") as stream:
        while size < target_bytes:
            sentences = [d["text"] for d in documents]
            if sweep:
                random.Random(sweep).shuffle(sentences)
            sweep += 1
            for index in range(0, len(sentences) - 9, 10):
                group = sentences[index : index + 10]
                if changed_every and number % changed_every == changed_every - 1:
                    group.reverse()
                line = json.dumps({"id": f"d{number}", "text": "\n".join(group)}, ensure_ascii=False) + "\n"
                stream.write(line)
                size += len(line.encode("utf-8"))
                number += 1
                if size >= target_bytes:
                    break
    return path


def cache_section(documents: list[dict[str, Any]], folder: Path, megabytes: float, runs: int) -> list[str]:
    """The markdown lines of the cache rows."""
    corpus = write_unique_corpus(documents, folder / "unique.jsonl", int(megabytes * 1_000_000))
    changed = write_unique_corpus(
        documents, folder / "changed.jsonl", int(megabytes * 1_000_000), changed_every=CHANGED_EVERY
    )
    extract = [str(SEEDNER), "extract", "-q", "--jobs", "1"]
    times: dict[str, list[float]] = {
        name: [] for name in ("plain", "cold", "warm", "plain_changed", "changed")
    }
    stored = None
    for round_number in range(runs):
        cache = folder / f"cache-{round_number}"
        warm_copy = folder / f"cache-{round_number}-changed"
        outputs: dict[str, bytes] = {}

        def timed(name: str, arguments: list[str], outputs: dict[str, bytes] = outputs) -> None:
            seconds, _, outputs[name] = run_command([*extract, *arguments])
            times[name].append(seconds)

        # Each pair with and without the cache swaps its order every round, so neither always runs first.
        first, second = ("plain", "cold") if round_number % 2 == 0 else ("cold", "plain")
        for name in (first, second):
            timed(name, ["--cache", str(cache), str(corpus)] if name == "cold" else [str(corpus)])
        timed("warm", ["--cache", str(cache), str(corpus)])
        shutil.copytree(cache, warm_copy)
        first, second = (
            ("plain_changed", "changed") if round_number % 2 == 0 else ("changed", "plain_changed")
        )
        for name in (first, second):
            timed(name, ["--cache", str(warm_copy), str(changed)] if name == "changed" else [str(changed)])
        if not outputs["plain"] == outputs["cold"] == outputs["warm"] or (
            outputs["plain_changed"] != outputs["changed"]
        ):
            raise RuntimeError("bench: the output with --cache differs from the output without it")
        stored = sum(path.stat().st_size for path in cache.iterdir())
        shutil.rmtree(cache)
        shutil.rmtree(warm_copy)
    median = {name: statistics.median(values) for name, values in times.items()}
    words = corpus_words(corpus)
    count = sum(1 for _ in corpus.open(encoding="utf-8"))
    size = corpus.stat().st_size / 1e6
    lines = [
        f"\n## Result cache ({size:.1f} MB JSONL, {count:,} documents all different, {words:,} words)\n",
        f"`seedner extract --jobs 1`, start-up included; median of {runs} interleaved rounds. The cached "
        "outputs were checked byte for byte against the uncached ones.\n",
        "| run | seconds | against no cache | target |",
        "|---|---:|---:|---|",
        f"| no cache | {median['plain']:.1f} | 1.00 | |",
        f"| `--cache`, empty cache (cold) | {median['cold']:.1f} | "
        f"{100 * (median['cold'] / median['plain'] - 1):+.1f} % | ≤ +5 % |",
        f"| `--cache`, same corpus again (warm) | {median['warm']:.2f} | "
        f"{median['plain'] / median['warm']:.0f}× faster | ≥ 20× |",
        f"| no cache, {100 // CHANGED_EVERY} % of the documents changed | "
        f"{median['plain_changed']:.1f} | 1.00 | |",
        f"| `--cache`, {100 // CHANGED_EVERY} % of the documents changed | {median['changed']:.2f} | "
        f"{median['plain_changed'] / median['changed']:.1f}× faster | ≥ 10× |",
    ]
    if stored is not None:
        lines.append(f"\nThe cache of this corpus takes {stored / 1e6:.1f} MB.")
    return lines
