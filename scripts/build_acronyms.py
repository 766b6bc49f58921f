#!/usr/bin/env python3
"""Build ``gazetteers/acronyms.csv`` from two open lists of French administrative acronyms.

Usage (from the repository root)::

    python scripts/build_acronyms.py [SIGLES_CSV] [OUTPUT_CSV] [--service-public CSV]

Sources, merged in this order:

1. ``SIGLES_CSV``, default ``../shared/data/sigles.csv``: the "Dictionnaire des sigles de l'administration
   française" (CC0, github.com/ColinMaudry/dictionnaire-sigles, commit b0d866b);
2. ``--service-public``, default ``scripts/data/service-public-acronyms.csv``: the acronyms that the
   Service-Public.fr sheets define (DILA, Licence Ouverte 2.0), extracted by
   ``scripts/extract_service_public_acronyms.py``; ``--service-public ''`` leaves it out.

Output: ``gazetteers/acronyms.csv``. Standard library only; the output is deterministic (re-running gives a
byte-identical file).

Output columns: ``acronym,expansion,category,source``. Neither source has a category column, so
``category`` is left empty. ``source`` keeps every sense's origin: ``sigles:<row id>`` or
``service-public:<DILA resource id>``.

Rules for ``sigles.csv`` (input columns ``id``, ``term`` = the acronym, ``definition`` = its expansion),
applied in this order; each dropped row is counted with its reason and reported on stderr:

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

Rules for the Service-Public.fr rows (columns ``id``, ``term``, ``definition``), applied after rule 1:

a. a row with an empty term or definition is dropped;
b. a row whose term is several words and whose definition is one acronym-like word has the two swapped
   (``Office central de lutte … , OCLCTIC``);
c. a term of several words is dropped (``Centre Enic-Naric``, ``DRIEE Ile de France``), and so is a term
   that does not start with a capital letter (the units ``kW``, ``kWh``, ``ch``);
d. a term that is a word of its own definition is a name, not an acronym, and is dropped (``Mines``:
   "Retraite des Mines");
e. a term whose letters do not follow one another in the definition, the first being the initial of the
   definition's first word (after an article), is dropped: the definition then is a description
   (``Sofia``: "Gestion des droits de prêt en biliothèque", sic) or expands another form (``Aeras``);
f. a few senses listed by hand in ``SERVICE_PUBLIC_LEFT_OUT`` are dropped: their term is an everyday word
   or an acronym whose usual meaning is another one (``Pass``, ``Vip``), or their text describes rather
   than expands (``EPO``);
g. a sense that an earlier row already gives -- same acronym and same expansion up to case, accents and
   punctuation, ``Caf``/``CAF`` alike -- is dropped (``already in sigles.csv`` or ``duplicate``): the
   sense is kept once, with its first source.

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
DEFAULT_SERVICE_PUBLIC = REPO / "scripts" / "data" / "service-public-acronyms.csv"
COLUMNS = ["acronym", "expansion", "category", "source"]
SOURCE_PREFIX = "sigles:"
SERVICE_PUBLIC_PREFIX = "service-public:"

_SPACES = re.compile(r"\s+")
_VARIANTS = re.compile(r"^(\S+) \(ou (\S+)\)$|^(\S+) ou (\S+)$")
_QUALIFIER = re.compile(r"^(\S+) \([a-zà-ÿ ]+\)$")
_ACRONYM_LIKE = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&-]*[A-ZÀ-Þ0-9][A-Za-zÀ-ÿ0-9&-]*$")
_ARTICLES = {"le", "la", "les", "l"}
# Service-Public.fr resources left out (rule f), with the reason.
SERVICE_PUBLIC_LEFT_OUT = {
    "R46467": "Vip (visite d'information et de prévention): VIP is a very important person in the press",
    "R51448": "Pass (plafond annuel de la sécurité sociale): an everyday word (pass sanitaire, Pass Culture)",
    "R54487": "ATM (animaux trouvés morts): the press's ATM is a cash machine",
    "R57293": "EPO: a description (éditeurs, producteurs et OGC), and EPO is erythropoietin in the press",
}


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


def _words(text: str) -> list[str]:
    """Folded words of ``text`` (``l'environnement`` gives ``l`` and ``environnement``)."""
    return [w for w in re.split(r"[^0-9a-z]+", _fold_keep_spaces(text)) if w]


def _fold_keep_spaces(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch if ch.isalnum() else " " for ch in text if not unicodedata.combining(ch))


def letters_follow(term: str, definition: str) -> bool:
    """Whether the term's letters appear in order in the definition, the first one being the initial of
    the definition's first word (an article skipped): ``CPAM`` / "Caisse primaire d'assurance maladie"."""
    letters = [ch for ch in _fold(term) if ch.isalpha()]
    words = _words(definition)
    while words and words[0] in _ARTICLES and len(words) > 1:
        words = words[1:]
    if not letters or not words or words[0][0] != letters[0]:
        return False
    rest = iter("".join(words)[1:])
    return all(ch in rest for ch in letters[1:])


def clean_service_public(rows, dropped: Counter, stats: dict) -> list[tuple[str, str, str]]:
    """``(acronym, expansion, resource id)`` of the Service-Public.fr rows worth a sense (rules a-f)."""
    kept = []
    for row in rows:
        stats["service-public rows read"] += 1
        row_id = normalise_space(row.get("id", ""))
        term = normalise_space(row.get("term", ""))
        definition = normalise_space(row.get("definition", ""))
        if not term or not definition:
            dropped["service-public: empty term or definition"] += 1
            continue
        if " " in term and _ACRONYM_LIKE.match(definition):
            term, definition = definition, term
            stats["service-public: term and definition swapped"] += 1
        if " " in term:
            dropped["service-public: several words in term"] += 1
            continue
        if not term[0].isupper():
            dropped["service-public: term starts in lower case (unit)"] += 1
            continue
        if _fold(term) in _words(definition):
            dropped["service-public: term is a word of its definition (a name)"] += 1
            continue
        if not letters_follow(term, definition):
            dropped["service-public: letters not found in the definition"] += 1
            continue
        if row_id in SERVICE_PUBLIC_LEFT_OUT:
            dropped["service-public: left out by hand (everyday word or other usual meaning)"] += 1
            continue
        kept.append((term, definition, row_id))
    return kept


def build(rows, service_public=()) -> tuple[list[dict], Counter, dict]:
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
    stats["senses from sigles.csv"] = len(output)
    stats["service-public rows read"] = 0
    stats["service-public: term and definition swapped"] = 0
    known = {(_fold(r["acronym"]), _fold(r["expansion"])): "sigles" for r in output}
    added = 0
    for acronym, expansion, row_id in clean_service_public(service_public, dropped, stats):
        key = (_fold(acronym), _fold(expansion))
        if key in known:
            reason = "already in sigles.csv" if known[key] == "sigles" else "duplicate"
            dropped[f"service-public: same sense {reason} (up to case and punctuation)"] += 1
            continue
        known[key] = "service-public"
        source = SERVICE_PUBLIC_PREFIX + row_id
        output.append({"acronym": acronym, "expansion": expansion, "category": "", "source": source})
        added += 1
    stats["senses from Service-Public.fr"] = added
    output.sort(key=lambda r: (r["acronym"], r["expansion"], r["source"]))
    folded = Counter((r["acronym"], _fold(r["expansion"])) for r in output)
    stats["near-duplicate senses kept (differ only in case/punctuation)"] = sum(
        n - 1 for n in folded.values()
    )
    return output, dropped, stats


def write_csv(rows: list[dict], output: Path, columns: list[str] = COLUMNS) -> None:
    """Rows as UTF-8 CSV with LF line ends, whatever the platform: the output is compared byte for byte."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(buffer.getvalue().encode("utf-8"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT, help="sigles.csv")
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT, help="acronyms.csv to write")
    parser.add_argument(
        "--service-public",
        default=str(DEFAULT_SERVICE_PUBLIC),
        help="Service-Public.fr acronyms (extract_service_public_acronyms.py output); '' to leave them out",
    )
    args = parser.parse_args(argv)

    service_public: list[dict] = []
    if args.service_public:
        with open(args.service_public, encoding="utf-8", newline="") as handle:
            service_public = list(csv.DictReader(handle))
    with open(args.input, encoding="utf-8", newline="") as handle:
        rows, dropped, stats = build(csv.DictReader(handle), service_public)
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
