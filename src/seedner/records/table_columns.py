"""Tables laid out as text: a column's header says what its cells name.

Directories, annexes and PDF extractions lay tables out as lines of cells (``Nom | Fonction | Structure |
Commune``).  The model reads a cell without the sentence it needs, and misses or mislabels what is in it
(``Cdt Marie-Annick RIVIÈRE``, ``CCAS du Tampon``, ``Évisa, Cristinacce``).  A header that names people,
bodies or places makes each capitalised item of the column's cells (cells hold lists: ``Piana, Ota``) a
mention of that kind: the model's mentions inside an item give way to it, and an item no mention
covers becomes one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from seedner.records.cleaning import is_worth_keeping
from seedner.records.mentions import Mention, with_found
from seedner.text.folding import fold
from seedner.text.french_words import CIVILITY_PATTERN

# Header words (folded) and the kind of name their column holds.
_PLACE_HEADERS = "commune communes ville villes localite localites lieu lieux pays departement departements"
_BODY_HEADERS = """
    structure structures service services organisme organismes entreprise entreprises societe etablissement
    etablissements gestionnaire gestionnaires administration operateur employeur association associations
    club clubs equipe equipes partenaire partenaires"""
_PERSON_HEADERS = """
    nom noms interlocuteur interlocuteurs interlocutrice contact contacts referent referente referents
    personne personnes titulaire titulaires signataire"""
_HEADERS = {
    **dict.fromkeys(_PLACE_HEADERS.split(), "LOC"),
    **dict.fromkeys(_BODY_HEADERS.split(), "ORG"),
    **dict.fromkeys(_PERSON_HEADERS.split(), "PER"),
}
_CELL_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*")
_MIN_ROWS = 2
# Items of a cell: a list of places or names ("Piana, Ota", "Zicavo et Cozzano"), bodies joined by dashes
# ("Préfecture de La Réunion – DRDFE").
_ITEM_SEPARATOR = {
    "LOC": re.compile(r",\s*|\s+et\s+"),
    "ORG": re.compile(r"\s+[-–—]\s+"),
    "PER": re.compile(r",\s*"),
}
_CIVILITY = re.compile(CIVILITY_PATTERN + r"\s+(?=[A-ZÀ-Þ])")
_BODY = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.-]+)*")
_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:de|du|des|d['’]|la|le|les|l['’]|et|sur|en|[A-ZÀ-Þ][\w'’.-]*))*"
)


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    label: str


def table_columns(text: str, mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` with the items of each typed column (module docstring) as mentions of its kind, and
    the acronyms inside the new mentions (``CGSS`` of ``CGSS de La Réunion``), to be nested in them."""
    if "|" not in text:
        return list(mentions), []
    items = [item for item in _typed_items(text) if _worth_a_mention(text, item, mentions)]
    if not items:
        return list(mentions), []
    spans = [(item.start, item.end) for item in items]
    inner_acronyms = [
        replace(m, label="MISC")
        for m in mentions
        if m.acronym
        and any(
            start <= m.start and m.end <= end and (start, end) != (m.start, m.end) for start, end in spans
        )
    ]
    result = list(mentions)
    for label in ("PER", "ORG", "LOC"):
        result = with_found(
            text, result, [(item.start, item.end) for item in items if item.label == label], label
        )
    return result, inner_acronyms


def _typed_items(text: str) -> Iterator[_Item]:
    """The items of the cells under a typed header, in every table of ``text``."""
    lines = list(_lines(text))
    index = 0
    while index < len(lines):
        start, line = lines[index]
        cells = _cells(line, start)
        kinds = [_HEADERS.get(fold(cell_text).strip(" :")) for _, _, cell_text in cells]
        if len(cells) < 2 or not any(kinds):
            index += 1
            continue
        rows = []
        for row_start, row in lines[index + 1 :]:
            row_cells = _cells(row, row_start)
            if len(row_cells) != len(cells):
                break
            rows.append(row_cells)
        if len(rows) >= _MIN_ROWS:
            for row_cells in rows:
                for (cell_start, _, cell_text), kind in zip(row_cells, kinds, strict=True):
                    if kind is not None:
                        yield from _items(cell_text, cell_start, kind)
        index += 1 + len(rows)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def _cells(line: str, start: int) -> list[tuple[int, int, str]]:
    if "|" not in line:
        return []
    cells = []
    at = 0
    for piece in _CELL_SEPARATOR.split(line):
        at = line.index(piece, at) if piece else at
        stripped = piece.strip()
        offset = piece.index(stripped) if stripped else 0
        cells.append((start + at + offset, start + at + offset + len(stripped), stripped))
        at += len(piece)
    return cells


def _items(cell: str, start: int, kind: str) -> Iterator[_Item]:
    at = 0
    for piece in _ITEM_SEPARATOR[kind].split(cell):
        at = cell.index(piece, at)
        name_at = at
        if kind == "PER" and (civility := _CIVILITY.match(piece)):
            name_at += civility.end()
        elif kind == "ORG" and "(" in piece:  # Commandement de la gendarmerie (COMGEND): the name
            piece = piece[: piece.index("(")].rstrip()
        name = (_BODY if kind == "ORG" else _NAME).fullmatch(cell[name_at : at + len(piece)])
        if name is not None and not any(char.isdigit() for char in name.group()):
            yield _Item(start + name_at, start + name_at + len(name.group()), kind)
        at += len(piece)


def _worth_a_mention(text: str, item: _Item, mentions: Sequence[Mention]) -> bool:
    """Neither an acronym already (``DRDFE``), nor crossed by a mention, nor holding a name the data or
    a definition gave; at most eight words."""
    for mention in mentions:
        if mention.start < item.end and item.start < mention.end:
            if mention.start < item.start or item.end < mention.end:
                return False
            if mention.acronym and (mention.start, mention.end) == (item.start, item.end):
                return False
            if mention.source != "model" and not mention.acronym:
                return False
    words = text[item.start : item.end].split()
    if not is_worth_keeping(text[item.start : item.end]):  # Gendarmerie, Mairie: no name
        return False
    return len(words) <= 8 and not (len(words) == 1 and words[0].isupper() and item.label != "LOC")
