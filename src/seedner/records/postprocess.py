"""The document-level passes every mention goes through before it becomes a record."""

from __future__ import annotations

from collections.abc import Iterable

from seedner.records.canonical import assign_canonicals
from seedner.records.cleaning import clean_mentions
from seedner.records.mentions import Mention


def postprocess(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    """Document-level passes: span hygiene, then canonical names."""
    cleaned = clean_mentions(text, sorted(mentions, key=lambda mention: (mention.start, mention.end)))
    return assign_canonicals(cleaned)
