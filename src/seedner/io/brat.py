"""brat standoff output: ``<name>.txt`` and ``<name>.ann`` per document, for brat and INCEpTION."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from seedner.errors import OutputError
from seedner.io.atomic import replace_file
from seedner.io.record_writer import required_text
from seedner.io.signals import signals_deferred
from seedner.records.record import LABELS, Record, expansion_text

# Characters brat would read as a line end inside a .ann line.
_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_FRAGMENT = re.compile(f"[^{_LINE_BREAKS}]+")
_UNSAFE_NAME = re.compile(r"[^\w.-]+")
_MAX_NAME_BYTES = 150
BRAT_CONF = "[entities]\n" + "\n".join(LABELS) + "\n[relations]\n[events]\n[attributes]\n"


class BratWriter:
    """brat standoff: ``<name>.txt`` (the text, exactly) and ``<name>.ann`` per document.

    Offsets are code points of the ``.txt``.  A mention across a line break is
    written as fragments, as brat does; acronym expansions become AnnotatorNotes.
    """

    needs_text = True

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.used: set[str] = set()

    def write(self, doc: str, records: Sequence[Record], text: str | None = None) -> None:
        text = required_text(self, text)
        stem = self.file_stem(doc)
        self._ensure_directory()
        with signals_deferred():
            replace_file(self.directory / f"{stem}.txt", text.encode("utf-8"))
            replace_file(self.directory / f"{stem}.ann", ann_text(records).encode("utf-8"))

    def close(self) -> None:
        self._ensure_directory()
        conf = self.directory / "annotation.conf"
        if not conf.exists():  # never overwrite a project's own configuration
            replace_file(conf, BRAT_CONF.encode("utf-8"))

    def file_stem(self, doc: str) -> str:
        """A safe, deterministic file name for ``doc``, unique in this run (any case)."""
        stem = safe_stem(doc)
        candidate, number = stem, 1
        while candidate.casefold() in self.used:
            number += 1
            candidate = f"{stem}-{number}"
        self.used.add(candidate.casefold())
        return candidate

    def _ensure_directory(self) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"{self.directory}: {error.strerror or error}") from None


def safe_stem(doc: str) -> str:
    """``corpus/Dépêche 1.txt`` → ``corpus_Dépêche_1``: letters, digits, ``._-`` only."""
    name = unicodedata.normalize("NFC", doc)
    name = name[:-4] if name.lower().endswith(".txt") else name
    stem = _UNSAFE_NAME.sub("_", name).strip("._-")
    stem = stem.encode("utf-8")[:_MAX_NAME_BYTES].decode("utf-8", "ignore")
    return stem or ("stdin" if doc == "-" else "document")


def ann_text(records: Sequence[Record]) -> str:
    """The ``.ann`` lines of one document's records."""
    lines = []
    for number, record in enumerate(records, start=1):
        fragments = [
            (record["start"] + match.start(), record["start"] + match.end(), match.group())
            for match in _FRAGMENT.finditer(record["text"])
        ]
        offsets = ";".join(f"{start} {end}" for start, end, _ in fragments)
        surface = " ".join(part for _, _, part in fragments).replace("\t", " ")
        lines.append(f"T{number}\t{record['label']} {offsets}\t{surface}\n")
        note = " ".join(expansion_text(record["expansion"], record["expansion_candidates"]).split())
        if note:
            lines.append(f"#{number}\tAnnotatorNotes T{number}\t{note}\n")
    return "".join(lines)
