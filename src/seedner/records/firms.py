"""Law firms and companies written with their legal form: ``SCP Delvaux et Rochefort``, ``SELARL Martin``.

The model reads the partners' names as people or places (``Rochefort`` LOC, ``Aubert`` PER); the firm is
one organisation, whose legal form is an acronym nested in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from seedner.records.mentions import Mention

_NAME = r"[A-ZÀ-Þ][\w’'-]*"
_FIRM = re.compile(
    rf"\b(?:SCP|SELARL|SELAS|SELAFA|AARPI|SARL|SAS|SASU|EURL|SNC)\s+{_NAME}"
    rf"(?:(?:\s+(?:et|&)\s+|,\s*|\s+){_NAME}){{0,4}}"
)


def firms(text: str, mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` with each firm named with its legal form as one ORG mention in place of the mentions
    inside it, and the acronym mentions that were inside (the legal form), to be nested in it."""
    if "S" not in text and "A" not in text:
        return list(mentions), []
    found = [(m.start(), m.end()) for m in _FIRM.finditer(text)]
    if not found:
        return list(mentions), []
    kept: list[Mention] = []
    nested: list[Mention] = []
    for mention in mentions:
        firm = next(((s, e) for s, e in found if s <= mention.start and mention.end <= e), None)
        if firm is None:
            kept.append(mention)
        elif mention.acronym:
            nested.append(replace(mention, label="MISC"))
    for start, end in found:
        if not any(m.start < end and start < m.end for m in kept):
            kept.append(
                Mention(start, end, text[start:end], "ORG", source="model", canonical=text[start:end])
            )
    return sorted(kept, key=lambda m: (m.start, m.end)), nested
