"""What a gazetteer entry is, and the checks one read from a file must pass.

``gazetteer_files`` reads YAML and CSV; every entry it finds, whatever the
format, goes through :func:`check_entry`, which reports each problem as
``file:line: message`` instead of stopping at the first.
"""

from __future__ import annotations

import re
import reprlib
from dataclasses import dataclass
from typing import Any

from seedner.records.record import LABELS


# Messages quote the user's values, never in full: a YAML alias bomb expands exponentially.
def show_value(value: object) -> str:
    """A bounded ``repr`` of a value from a gazetteer file, for messages."""
    short = reprlib.Repr()
    short.maxlevel, short.maxlist, short.maxdict, short.maxstring, short.maxother = 2, 4, 4, 80, 80
    return short.repr(value)


CATEGORIES = frozenset(
    {
        "ministry",
        "government",
        "agency",
        "police",
        "gendarmerie",
        "justice",
        "finance",
        "customs",
        "defence",
        "intelligence",
        "migration",
        "regulator",
        "eu_body",
        "international_organisation",
        "organisation",
        "company",
        "sports_club",
        "media",
        "country",
        "region",
        "departement",
        "commune",
        "place",
        "other",
    }
)
# Names the press always writes with their capital: associations, NGOs, foundations, unions, employers'
# organisations and parties ("les Restos du cœur", "la Confédération paysanne"), companies ("Crédit
# agricole", "La Poste") and sports clubs ("Stade toulousain").  Bodies of the State are written in lower
# case too ("la police aux frontières"), so their long names match in any case; these need their first
# capital, which keeps ordinary phrases out ("les meilleurs médecins du monde", "le crédit agricole", "un
# stade toulousain").
PROPER_NAME_CATEGORIES = frozenset({"organisation", "company", "sports_club"})
REQUIRED_FIELDS = ("id", "label", "name", "category", "source")
FIELDS = (*REQUIRED_FIELDS, "aliases", "acronyms", "population")
_FIELD_SET = frozenset(FIELDS)
_WORD = re.compile(r"[^\W_]")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class GazetteerEntry:
    """One named thing; ``file`` and ``line`` say where it was defined."""

    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    category: str = "other"
    source: str = ""
    population: int | None = None
    file: str = ""
    line: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Plain data, for JSON output and component serialisation."""
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "aliases": list(self.aliases),
            "acronyms": list(self.acronyms),
            "category": self.category,
            "source": self.source,
            "population": self.population,
            "file": self.file,
            "line": self.line,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GazetteerEntry:
        """Inverse of :meth:`to_dict` (trusted input: no validation)."""
        return cls(
            id=data["id"],
            label=data["label"],
            name=data["name"],
            aliases=tuple(data.get("aliases") or ()),
            acronyms=tuple(data.get("acronyms") or ()),
            category=data.get("category", "other"),
            source=data.get("source", ""),
            population=data.get("population"),
            file=data.get("file", ""),
            line=int(data.get("line", 0)),
        )


def check_entry(
    raw: dict[str, Any], name: str, line: int, key_lines: dict[str, int] | None, problems: list[str]
) -> GazetteerEntry | None:
    """Build the entry, or record why it is wrong; YAML problems point at the field's own line."""
    before = len(problems)

    def report(field: str, message: str) -> None:
        where = key_lines.get(field, line) if key_lines else line
        problems.append(f"{name}:{where}: {message}")

    if not _FIELD_SET.issuperset(raw):
        for key in raw:
            if key not in _FIELD_SET:
                report(key, f"unknown field {key!r} (expected {', '.join(FIELDS)})")
    texts: dict[str, str] = {}
    for field in REQUIRED_FIELDS:
        value = raw.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            report(field, f"empty or missing {field!r}")
        elif not isinstance(value, str):
            report(field, f"{field!r} must be text, not {_kind(value)}")
        else:
            texts[field] = value.strip()
    entry_id = texts.get("id", "")
    if _SPACE.search(entry_id):
        report("id", f"id {show_value(entry_id)} contains whitespace")
    label = texts.get("label")
    if label is not None and label not in LABELS:
        report("label", f"unknown label {show_value(label)} (expected one of {', '.join(sorted(LABELS))})")
    category = texts.get("category")
    if category is not None and category not in CATEGORIES:
        report("category", f"unknown category {show_value(category)} (see gazetteers/README.md)")
    if "name" in texts and not _has_word(texts["name"]):
        report("name", f"name {show_value(texts['name'])} has no letter or digit")
    aliases = _text_list(raw, "aliases", report)
    acronyms = _text_list(raw, "acronyms", report)
    for acronym in acronyms:
        if acronym == acronym.lower():
            report(
                "acronyms",
                f"acronym {show_value(acronym)} has no capital letter (acronyms never match in lower case)",
            )
        elif _SPACE.search(acronym):
            report(
                "acronyms",
                f"acronym {show_value(acronym)} contains a space (put multi-word names in aliases)",
            )
    population = raw.get("population")
    if population is not None and (isinstance(population, bool) or not isinstance(population, int)):
        report("population", f"population must be a whole number, not {show_value(population)}")
        population = None
    elif population is not None and population < 0:
        report("population", f"population must not be negative ({population})")
    if len(problems) > before:
        return None
    return GazetteerEntry(
        id=entry_id,
        label=texts["label"],
        name=texts["name"],
        aliases=aliases,
        acronyms=acronyms,
        category=texts["category"],
        source=texts["source"],
        population=population,
        file=name,
        line=line,
    )


def _text_list(raw: dict[str, Any], field: str, report: Any) -> tuple[str, ...]:
    value = raw.get(field)
    if value is None:
        return ()
    if not isinstance(value, list):
        report(field, f"{field!r} must be a list (YAML `[a, b]`, CSV `a|b`), not {_kind(value)}")
        return ()
    items: list[str] = []
    for item in value:
        if not isinstance(item, str):
            report(field, f"{field!r} holds {_kind(item)} {show_value(item)}; expected text")
        elif not _has_word(item):
            report(field, f"empty or word-less value {show_value(item)} in {field!r}")
        else:
            items.append(item.strip())
    return tuple(items)


def _has_word(text: str) -> bool:
    return _WORD.search(text) is not None


def _kind(value: Any) -> str:
    return {"dict": "a mapping", "list": "a list", "str": "text", "int": "a number", "float": "a number"}.get(
        type(value).__name__, type(value).__name__
    )
