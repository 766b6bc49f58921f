#!/usr/bin/env python3
"""Build ``gazetteers/acronyms.csv`` from the "Dictionnaire des sigles de l'administration française".

Usage (from the repository root)::

    python scripts/build_acronyms.py [SIGLES_CSV] [OUTPUT_CSV]

Defaults: ``../shared/data/sigles.csv`` (CC0, github.com/ColinMaudry/dictionnaire-sigles, commit b0d866b)
and ``gazetteers/acronyms.csv``. Standard library only; the output is deterministic (re-running gives a
byte-identical file).

Input columns used: ``id``, ``term`` (the acronym), ``definition`` (its expansion). The source has no
category column, so ``category`` is left empty. Output columns: ``acronym,expansion,category,source`` with
``source = "sigles:<row id>"``, so every sense keeps its origin.

Rules, applied in this order (each dropped row is counted with its reason and reported on stderr):

1. whitespace is stripped and runs of spaces / non-breaking spaces / newlines collapsed to one space in
   ``term`` and ``definition``;
2. a row whose term is empty is dropped (``empty term``);
3. a row whose definition is empty is dropped (``empty definition``: there is no sense to keep);
4. a term with no letter is dropped (``no letter``), and so is a term with no upper-case letter
   (``no capital``: ``nc``, ``r``, ``dircab``; the acronym component never matches lower-case forms);
5. two written variants in one term are split into one row each: ``FNDA (ou FNDVA)`` and
   ``INPNPP ou IN2P3`` give two acronyms with the same expansion; a lower-case qualifier in brackets is
   removed: ``ACP (pays)`` -> ``ACP``;
6. of several rows with the same (acronym, expansion) pair only one is kept, with the smallest source id
   (numeric ids first) as its ``source`` (``duplicate``). Comparison is exact after step 1, so senses
   that differ only in case or punctuation are both kept (and counted as "near duplicates");
7. every other sense is kept: an ambiguous acronym (PAF, AMF, DRM...) has one row per expansion.

Rows are sorted by acronym, then expansion, then source.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = REPO.parent / "shared" / "data" / "sigles.csv"
DEFAULT_OUTPUT = REPO / "gazetteers" / "acronyms.csv"
COLUMNS = ["acronym", "expansion", "category", "source"]
SOURCE_PREFIX = "sigles:"

_SPACES = re.compile(r"\s+")
_VARIANTS = re.compile(r"^(\S+) \(ou (\S+)\)$|^(\S+) ou (\S+)$")
_QUALIFIER = re.compile(r"^(\S+) \([a-zà-ÿ ]+\)$")


def normalise_space(text: str) -> str:
    return _SPACES.sub(" ", (text or "").replace("\u00a0", " ").replace("\u202f", " ")).strip()


def has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def has_capital(text: str) -> bool:
    return any(ch.isupper() for ch in text)


def split_term(term: str) -> list[str]:
    """Return the acronym form(s) written in one term."""
    match = _VARIANTS.match(term)
    if match:
        return [g for g in match.groups() if g]
    match = _QUALIFIER.match(term)
    if match:
        return [match.group(1)]
    return [term]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if ch.isalnum())


def _id_key(row_id: str) -> tuple:
    return (0, int(row_id), "") if row_id.isdigit() else (1, 0, row_id)


def build(rows) -> tuple[list[dict], Counter, dict]:
    dropped: Counter = Counter()
    stats: dict = {"input rows": 0, "terms split": 0, "qualifiers removed": 0}
    senses: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows:
        stats["input rows"] += 1
        row_id = normalise_space(row.get("id", ""))
        term = normalise_space(row.get("term", ""))
        definition = normalise_space(row.get("definition", ""))
        if not term:
            dropped["empty term"] += 1
            continue
        if not definition:
            dropped["empty definition"] += 1
            continue
        if not has_letter(term):
            dropped["no letter in term"] += 1
            continue
        if not has_capital(term):
            dropped["no capital letter in term"] += 1
            continue
        forms = split_term(term)
        if len(forms) > 1:
            stats["terms split"] += 1
        elif forms[0] != term:
            stats["qualifiers removed"] += 1
        for form in forms:
            senses[(form, definition)].append(row_id)
    output = []
    for (acronym, expansion), ids in senses.items():
        dropped["duplicate (acronym, expansion)"] += len(ids) - 1
        source = SOURCE_PREFIX + min(ids, key=_id_key)
        output.append({"acronym": acronym, "expansion": expansion, "category": "", "source": source})
    output.sort(key=lambda r: (r["acronym"], r["expansion"], r["source"]))
    folded = Counter((r["acronym"], _fold(r["expansion"])) for r in output)
    stats["near-duplicate senses kept (differ only in case/punctuation)"] = sum(
        n - 1 for n in folded.values()
    )
    return output, dropped, stats


def write_csv(rows: list[dict], output: Path) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(buffer.getvalue().encode("utf-8"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT, help="sigles.csv")
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT, help="acronyms.csv to write")
    args = parser.parse_args(argv)

    with open(args.input, encoding="utf-8", newline="") as handle:
        rows, dropped, stats = build(csv.DictReader(handle))
    write_csv(rows, args.output)

    senses = Counter(r["acronym"] for r in rows)
    ambiguous = sum(1 for n in senses.values() if n > 1)
    report = [
        f"{args.output}: {len(rows)} senses of {len(senses)} acronyms ({ambiguous} with several senses)"
    ]
    report += [f"  {key}: {value}" for key, value in stats.items()]
    report.append(f"  rows dropped or merged: {sum(dropped.values())}")
    report += [f"    {reason}: {count}" for reason, count in sorted(dropped.items())]
    print("\n".join(report), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
