"""Output records: the one place the output schema is built, without spaCy.

``LABELS`` and ``RECORD_FIELDS`` are the schema's vocabulary; :func:`mention_records`
turns a document's mentions into records with line, column and cluster; the
Doc side (spaCy spans to mentions) is ``seedner.pipeline.doc_records``.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any

from seedner.records.mentions import Mention
from seedner.text.chunking import LineIndex

ENTITY_LABELS = ("PER", "ORG", "LOC")  # the labels gold sets annotate and scores count
LABELS = (*ENTITY_LABELS, "MISC")
RECORD_FIELDS = (
    "doc",
    "start",
    "end",
    "line",
    "column",
    "page",
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
    "role",
    "id_candidates",
)

Record = dict[str, Any]

__all__ = [
    "ENTITY_LABELS",
    "LABELS",
    "RECORD_FIELDS",
    "Record",
    "expansion_text",
    "mention_records",
    "record_schema",
    "unique_records",
    "with_labels",
]


def mention_records(
    name: str, text: str, mentions: Iterable[Mention], page_starts: Sequence[int] | None = None
) -> list[Record]:
    """Turn mentions into schema records; ``text`` gives line and column, ``page_starts`` (the offset
    where each page of a paged input starts) the page.

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
                "page": max(1, bisect_right(page_starts, mention.start)) if page_starts else None,
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
                "role": mention.role,
                "id_candidates": list(mention.id_candidates) if mention.id_candidates else None,
            }
        )
    return records


@cache
def record_schema() -> dict[str, Any]:
    """The JSON Schema every record satisfies (shipped as ``seedner/schema.json``)."""
    schema: dict[str, Any] = json.loads(resources.files("seedner").joinpath("schema.json").read_text("utf-8"))
    return schema


def expansion_text(
    expansion: str | None, candidates: Sequence[str] | None, *, with_alternatives: bool = False
) -> str:
    """An acronym's expansion as people read it: the sense, else ``one of: a | b``, else empty.

    ``with_alternatives`` adds the other senses after a chosen one: ``sense (or: a | b)``.
    """
    if expansion:
        if with_alternatives and candidates:
            return f"{expansion} (or: {' | '.join(candidates)})"
        return expansion
    return f"one of: {' | '.join(candidates)}" if candidates else ""


def with_labels(records: Iterable[Record], labels: Collection[str] | None) -> list[Record]:
    """``--labels``: the records whose label is chosen.  By default (``labels`` None): people,
    organisations, places and every acronym, but no other MISC record: the model's MISC spans
    (``Frapper``, ``COMMUNIQUE DE PRESSE``) are noise for readers; ``--labels …,MISC`` asks for them."""
    if labels is None:
        return [record for record in records if record["label"] != "MISC" or record["acronym"]]
    return [record for record in records if record["label"] in labels]


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
