"""What the lint rules read of one document: its acronym uses and in-text definitions, with positions.

Built from the extraction records and the document's text, without the pipeline:
an acronym record is a use, the long form of an in-text definition is a record with
``acronym_of``, and the acronym written next to it (``Long Form (ACR)``, ``ACR (long
form)``) belongs to that definition rather than being a use.  Sentences are found
in the text (``. ! ? …`` before a capital, and line ends that are not hard wraps)
so that a definition in the sentence of the first use counts as in time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from seedner.records.record import Record
from seedner.text.chunking import LineIndex
from seedner.text.folding import acronym_key, fold
from seedner.text.french_words import CIVILITIES
from seedner.text.line_breaks import line_edits


@dataclass(frozen=True)
class Finding:
    """One problem: where (document, 1-based line and column, offset), which rule, and a message."""

    doc: str
    line: int
    column: int
    rule: str
    message: str
    acronym: str
    start: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "doc": self.doc,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "acronym": self.acronym,
            "message": self.message,
        }


@dataclass(frozen=True)
class Use:
    """An acronym as written at ``start`` (a mention outside its own definition)."""

    key: str
    text: str
    start: int
    sentence: int
    record: Record


@dataclass(frozen=True)
class Site:
    """An in-text definition: ``long`` defines ``short``; ``start`` is where the pair starts."""

    key: str
    short: str
    long: str
    start: int
    sentence: int


@dataclass
class DocumentFacts:
    """One document's text, records, acronym uses and definitions, in text order."""

    doc: str
    text: str
    records: Sequence[Record]
    uses: list[Use] = field(default_factory=list)
    definitions: list[Site] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    lines: LineIndex | None = None

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        if self.lines is None:
            self.lines = LineIndex(self.text)
        return self.lines.position(offset)

    def finding(self, offset: int, rule: str, message: str, acronym: str) -> Finding:
        line, column = self.position(offset)
        return Finding(self.doc, line, column, rule, " ".join(message.split()), acronym, offset)


_ABBREVIATIONS = frozenset(fold(word).rstrip(".") for word in (*CIVILITIES, "cf", "etc", "art", "p", "vol"))
_SENTENCE_END = re.compile(r"(\w*)[.!?…]+[»”\"')\]]*\s+(?=[«“\"(\[]?\s*[^\W\d_])")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def sentence_starts(text: str) -> list[int]:
    """Where the sentences of ``text`` start: after ``. ! ? …`` and spaces before a letter (not after an
    abbreviation such as ``M.`` or an initial), and after every line end but the hard wraps of a paragraph."""
    joined = {start for start, _, replacement in line_edits(text, None) if replacement == " "}
    starts = {0}
    for brk in _LINE_BREAK.finditer(text):
        if brk.start() not in joined:
            starts.add(brk.end())
    for end in _SENTENCE_END.finditer(text):
        word = end.group(1)
        if (len(word) == 1 and word.isupper()) or fold(word) in _ABBREVIATIONS:
            continue
        starts.add(end.end())
    return sorted(starts)


# Between a long form and its acronym: ``Long Form (ACR)``, ``ACR (la long form)``.
_FORWARD_GAP = re.compile(r"[^\w(\[]{0,4}[(\[][^\w)\]]{0,4}")
_REVERSE_GAP = re.compile(
    r"[^\w(\[]{0,4}[(\[][^\w)\]]{0,4}(?:(?:la|le|les|du|des)\s+|[ld]['’]\s*)?", re.IGNORECASE
)


def _is_own_short_form(text: str, long_form: Record, acronym: Record) -> bool:
    """Whether ``acronym`` is the one written with ``long_form`` in its definition."""
    if 0 <= acronym["start"] - long_form["end"] <= 8:
        return _FORWARD_GAP.fullmatch(text, long_form["end"], acronym["start"]) is not None
    if 0 <= long_form["start"] - acronym["end"] <= 12:
        return _REVERSE_GAP.fullmatch(text, acronym["end"], long_form["start"]) is not None
    return False


def document_facts(
    doc: str, text: str, records: Sequence[Record], labels: Collection[str] | None = None
) -> DocumentFacts:
    """The facts of one document; ``labels`` (``--labels``) keeps the uses of acronyms of these labels."""
    facts = DocumentFacts(doc, text, records, sentence_starts=sentence_starts(text))
    acronyms = [record for record in records if record.get("acronym")]
    in_definitions: set[int] = set()
    for long_form in (record for record in records if record.get("acronym_of")):
        key = acronym_key(long_form["acronym_of"])
        own = next(
            (
                acronym
                for acronym in acronyms
                if acronym_key(acronym["text"]) == key and _is_own_short_form(text, long_form, acronym)
            ),
            None,
        )
        start = long_form["start"]
        if own is not None:
            in_definitions.add(id(own))
            start = min(start, own["start"])
        short = own["text"] if own is not None else long_form["acronym_of"]
        facts.definitions.append(Site(key, short, long_form["text"], start, facts.sentence_of(start)))
    _add_unrecorded_definitions(facts, acronyms)
    facts.definitions.sort(key=lambda site: site.start)
    for acronym in acronyms:
        if id(acronym) in in_definitions or (labels is not None and acronym["label"] not in labels):
            continue
        key, start = acronym_key(acronym["text"]), acronym["start"]
        facts.uses.append(Use(key, acronym["text"], start, facts.sentence_of(start), acronym))
    facts.uses.sort(key=lambda use: use.start)
    return facts


def _add_unrecorded_definitions(facts: DocumentFacts, acronyms: Sequence[Record]) -> None:
    """Acronyms the pipeline expanded from the document without a long-form record (the long form is
    inside another mention): their definitions as the detector finds them in the text."""
    defined = {site.key for site in facts.definitions}
    missing = {
        acronym_key(acronym["text"])
        for acronym in acronyms
        if acronym.get("expansion_source") == "document" and acronym_key(acronym["text"]) not in defined
    }
    if not missing:
        return
    from seedner.acronyms.definitions import find_definitions

    for definition in find_definitions(facts.text, facts.sentence_starts):
        if definition.key in missing:
            start = min(definition.long_start, definition.short_start)
            facts.definitions.append(
                Site(definition.key, definition.short, definition.long, start, facts.sentence_of(start))
            )
