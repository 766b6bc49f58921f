"""One name, one kind in a document: a name the document labels once is that name wherever it is written.

The model reads each sentence on its own: a company it finds in one sentence (``contre Payliane,
établissement de paiement``) it misses in a headline or in another sentence (``Payliane, qui conteste,
…``).  A name written with a capital, found with a single label in the document, is given that label at
its other occurrences that no mention covers: an organisation's name, or a person's full name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from seedner.records.mentions import Mention

_MIN_LENGTH = 4


def consistent_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` and a mention at each other occurrence of a name found with one label (module
    docstring); acronyms are left to their own component."""
    labels: dict[str, set[str]] = {}
    for mention in mentions:
        if _propagates(mention):
            labels.setdefault(mention.text, set()).add(mention.label)
    names = {name: found.pop() for name, found in labels.items() if len(found) == 1}
    if not names:
        return list(mentions)
    pattern = re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        + r")(?![\w'’-])"
    )
    taken = bytearray(len(text))
    for mention in mentions:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    added = [
        Mention(match.start(), match.end(), match.group(), names[match.group()], canonical=match.group())
        for match in pattern.finditer(text)
        if not any(taken[match.start() : match.end()])
    ]
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _propagates(mention: Mention) -> bool:
    """An organisation's name, or a person's full name: places, given names alone and acronyms are
    words of other names too (``Bretagne`` in ``MSA Portes de Bretagne``, ``Claire``)."""
    surface = mention.text
    if mention.acronym or len(surface) < _MIN_LENGTH or not surface[:1].isupper() or surface.isupper():
        return False
    if "\n" in surface:
        return False
    return mention.label == "ORG" or (mention.label == "PER" and " " in surface)
