"""From spaCy Docs to output records: the one place the output schema is built.

A document may have been processed in several pieces; :func:`document_records`
takes the pieces with their offsets and gives the document's records, sorted,
with whole-document offsets, line and column.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span

from .acronym_rules import AcronymMention, propagate_definitions
from .canonical import assign_canonicals
from .chunking import LineIndex
from .cleaning import clean_mentions
from .extensions import SPAN_ATTRIBUTES, span_attribute_table
from .masks import overlaps_any
from .mentions import Mention, collapse_spaces

LABELS = ("PER", "ORG", "LOC", "MISC")
RECORD_FIELDS = (
    "doc",
    "start",
    "end",
    "line",
    "column",
    "text",
    "label",
    "source",
    "id",
    "canonical",
    "cluster",
    "acronym",
    "expansion",
    "expansion_source",
    "expansion_candidates",
    "acronym_of",
)

Record = dict[str, Any]

__all__ = ["LABELS", "RECORD_FIELDS", "Mention", "Record", "document_records", "mention_records"]


def span_mention(
    span: Span, offset: int = 0, document: str | None = None, attributes: Mapping[str, Any] | None = None
) -> Mention:
    """A Mention from an entity span of a Doc that starts at ``offset`` in ``document``.

    The surface is taken from the document itself: the text given to spaCy may
    have had unprocessable runs blanked out (see ``chunking.defuse``).
    ``attributes`` are the span's seedner attributes if the caller has them
    (see ``extensions.span_attribute_table``).
    """
    if attributes is None:
        ext = span._  # each ``span._`` builds a new accessor: take it once
        attributes = {name: getattr(ext, name) for name in SPAN_ATTRIBUTES}
    get = attributes.get
    candidates = get("expansion_candidates")
    start, end = span.start_char + offset, span.end_char + offset
    return Mention(
        start=start,
        end=end,
        text=document[start:end] if document is not None else span.text,
        label=span.label_,
        source=get("seedner_source") or "model",
        id=get("seedner_id"),
        canonical=get("seedner_canonical") or collapse_spaces(span.text),
        acronym=bool(get("acronym")),
        expansion=get("expansion"),
        expansion_source=get("expansion_source"),
        expansion_candidates=tuple(candidates) if candidates else None,
        acronym_of=get("acronym_of"),
    )


def doc_mentions(doc: Doc, offset: int = 0, document: str | None = None) -> list[Mention]:
    """Entity mentions of one Doc, without masked regions and unknown labels."""
    masked = doc._.masked_ranges or []
    table = span_attribute_table(doc)
    none: dict[str, Any] = {}
    mentions = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        if ent.label_ in LABELS and not overlaps_any(start, end, masked):
            mentions.append(span_mention(ent, offset, document, table.get((start, end), none)))
    return mentions


def document_records(name: str, text: str, pieces: Iterable[tuple[int, Doc]]) -> list[Record]:
    """Records of one document from its processed pieces ``(offset, doc)``."""
    mentions: list[Mention] = []
    definitions: dict[str, str] = {}
    several = False
    for index, (offset, doc) in enumerate(pieces):
        mentions.extend(doc_mentions(doc, offset, text))
        for key, long_form in (doc._.acronym_definitions or {}).items():
            definitions.setdefault(key, long_form)
        several = index > 0
    if several and definitions:
        mentions = share_definitions(mentions, definitions)
    return mention_records(name, text, postprocess(text, mentions))


def share_definitions(mentions: list[Mention], definitions: dict[str, str]) -> list[Mention]:
    """A document cut in pieces: a definition in one piece expands the acronym in all."""
    acronyms = [m for m in mentions if m.acronym]
    plain = [
        AcronymMention(m.text, m.start, m.end, m.expansion, m.expansion_source, m.expansion_candidates)
        for m in acronyms
    ]
    shared = {(a.start, a.end): a for a in propagate_definitions(plain, definitions)}
    result = []
    for mention in mentions:
        update = shared.get((mention.start, mention.end)) if mention.acronym else None
        if update is not None:
            mention = replace(
                mention,
                expansion=update.expansion,
                expansion_source=update.expansion_source,
                expansion_candidates=update.expansion_candidates,
            )
        result.append(mention)
    return result


def postprocess(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    """Document-level passes: span hygiene, then canonical names."""
    cleaned = clean_mentions(text, sorted(mentions, key=lambda mention: (mention.start, mention.end)))
    return assign_canonicals(cleaned)


def mention_records(name: str, text: str, mentions: Iterable[Mention]) -> list[Record]:
    """Turn mentions into schema records; ``text`` gives line and column.

    Mentions of one entity (same label and canonical name) share a ``cluster``
    number, given in order of first mention.
    """
    lines = LineIndex(text)
    clusters: dict[tuple[str, str], int] = {}
    records = []
    for mention in mentions:
        line, column = lines.position(mention.start)
        cluster = clusters.setdefault((mention.label, mention.canonical), len(clusters))
        records.append(
            {
                "doc": name,
                "start": mention.start,
                "end": mention.end,
                "line": line,
                "column": column,
                "text": mention.text,
                "label": mention.label,
                "source": mention.source,
                "id": mention.id,
                "canonical": mention.canonical,
                "cluster": cluster,
                "acronym": mention.acronym,
                "expansion": mention.expansion,
                "expansion_source": mention.expansion_source,
                "expansion_candidates": list(mention.expansion_candidates)
                if mention.expansion_candidates
                else None,
                "acronym_of": mention.acronym_of,
            }
        )
    return records


@cache
def record_schema() -> dict[str, Any]:
    """The JSON Schema every record satisfies (shipped as ``seedner/schema.json``)."""
    schema: dict[str, Any] = json.loads(resources.files("seedner").joinpath("schema.json").read_text("utf-8"))
    return schema


def unique_records(records: Iterable[Record]) -> list[Record]:
    """``--unique``: one record per (doc, label, canonical), in order of first mention.

    The first mention's fields are kept, with ``count`` and ``mentions``
    (every ``[start, end]``) added.
    """
    grouped: dict[tuple[str, str, str], Record] = {}
    for record in records:
        key = (record["doc"], record["label"], record["canonical"])
        if key not in grouped:
            grouped[key] = {**record, "count": 0, "mentions": []}
        grouped[key]["count"] += 1
        grouped[key]["mentions"].append([record["start"], record["end"]])
    return list(grouped.values())
