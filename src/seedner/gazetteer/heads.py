"""The institution heads file (``gazetteers/institution_heads.txt``): reading and checking it.

A ``[section]`` line starts each list, then one item a line; ``#`` starts a
comment.  Sections: ``heads``, ``known_place_heads``, ``bodies`` and
``qualifiers`` (one adjective a line, its forms separated by spaces).  What each
list means is in :mod:`seedner.institutions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from seedner.errors import GazetteerError

HEAD, KNOWN_PLACE, BODY = "head", "known_place", "body"
SECTIONS = ("heads", "known_place_heads", "bodies", "qualifiers")


@dataclass(frozen=True)
class InstitutionHeads:
    """The lists of one heads file, in file order."""

    heads: tuple[str, ...] = ()
    known_place_heads: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()

    def to_rows(self) -> list[dict[str, Any]]:
        """One row per item, for saving with the pipeline."""
        return [{"section": f.name, "text": text} for f in fields(self) for text in getattr(self, f.name)]

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]]) -> InstitutionHeads:
        lists: dict[str, list[str]] = {name: [] for name in SECTIONS}
        for row in rows:
            lists[row["section"]].append(row["text"])
        return cls(**{name: tuple(items) for name, items in lists.items()})


def parse_institution_heads(text: str, name: str = "<heads>") -> InstitutionHeads:
    """The lists of ``text``; raises GazetteerError naming every bad line."""
    lists: dict[str, list[str]] = {section: [] for section in SECTIONS}
    problems: list[str] = []
    section: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = " ".join(raw.split("#", 1)[0].split())
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in lists:
                problems.append(
                    f"{name}:{number}: unknown section [{section}]; expected {', '.join(SECTIONS)}"
                )
                section = None
            continue
        if section is None:
            problems.append(f"{name}:{number}: {line!r} is outside a known [section]")
        elif not any(char.isalpha() for char in line):
            problems.append(f"{name}:{number}: {line!r} has no letter")
        elif section == "qualifiers":
            lists[section].extend(line.split())
        elif line in lists[section]:
            problems.append(f"{name}:{number}: {line!r} is listed twice in [{section}]")
        else:
            lists[section].append(line)
    if problems:
        raise GazetteerError(problems)
    return InstitutionHeads(**{section: tuple(items) for section, items in lists.items()})


def read_institution_heads(path: Path) -> InstitutionHeads:
    """Read and check a heads file; raises GazetteerError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GazetteerError([f"{path}: cannot read the institution heads ({error})"]) from None
    return parse_institution_heads(text, str(path))
