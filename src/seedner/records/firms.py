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
# Partnerships list their partners, commas included (``SCP Delvaux, Martin et Rochefort``); a company's
# name ends at a comma (``SAS LOGIFRAIS RHÔNE, ZI Mi-Plaine``: its address follows).
_FIRM = re.compile(
    rf"\b(?:(?:SCP|SELARL|SELAS|SELAFA|AARPI)\s+{_NAME}(?:(?:\s+(?:et|&)\s+|,\s*|\s+){_NAME}){{0,4}}"
    rf"|(?:SARL|SAS|SASU|EURL|SNC|SA)\s+{_NAME}(?:(?:\s+(?:et|&)\s+|\s+){_NAME}){{0,4}})"
)


def firms(text: str, mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` with each firm named with its legal form as one ORG mention in place of the mentions
    inside it, and the acronym mentions that were inside (the legal form, a known acronym), to be nested
    in it; a word in capitals no dictionary expands is part of the name (``SAS LOGIFRAIS``), no acronym."""
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
        elif mention.acronym and (mention.expansion or mention.start == firm[0]):
            nested.append(replace(mention, label="MISC"))  # its legal form, a known acronym in its name
    for start, end in found:
        if not any(m.start < end and start < m.end for m in kept):
            kept.append(
                Mention(start, end, text[start:end], "ORG", source="model", canonical=text[start:end])
            )
    return sorted(kept, key=lambda m: (m.start, m.end)), nested
