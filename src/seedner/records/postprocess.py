"""The document-level passes every mention goes through before it becomes a record."""

from __future__ import annotations

from collections.abc import Iterable

from seedner.records.canonical import assign_canonicals
from seedner.records.cleaning import clean_mentions
from seedner.records.mentions import Mention


def postprocess(text: str, mentions: Iterable[Mention], nested: Iterable[Mention] = ()) -> list[Mention]:
    """Document-level passes: span hygiene, then canonical names.

    ``nested`` are acronym mentions inside a longer entity (``CPAM`` in ``CPAM de la Gironde``): each
    is kept, after the hygiene that makes the other mentions disjoint, when an entity still holds it.
    """
    cleaned = clean_mentions(text, sorted(mentions, key=lambda mention: (mention.start, mention.end)))
    kept = [inner for inner in nested if _inside_one(inner, cleaned)]
    if kept:
        cleaned = sorted([*cleaned, *kept], key=lambda mention: (mention.start, mention.end))
    return assign_canonicals(cleaned)


def _inside_one(inner: Mention, mentions: list[Mention]) -> bool:
    return any(
        outer.start <= inner.start
        and inner.end <= outer.end
        and outer.end - outer.start > inner.end - inner.start
        for outer in mentions
    )
