"""One name, one kind in a document: a name the document labels once is that name wherever it is written.

The model reads each sentence on its own: a company it finds in one sentence (``contre Payliane,
établissement de paiement``) it misses in a headline or in another sentence (``Payliane, qui conteste,
…``).  A name written with a capital, found with a single label in the document, is given that label at
its other occurrences that no mention covers: an organisation's name, or a person's full name.
"""

from __future__ import annotations

from collections.abc import Sequence

from seedner.records.mentions import Mention

_MIN_LENGTH = 4
_GLUE = "'’-_"


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
    taken = bytearray(len(text))
    for mention in mentions:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    added = []
    for name in sorted(names, key=len, reverse=True):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(taken[at:end]) and _alone(text, at, end):
                added.append(Mention(at, end, name, names[name], canonical=name))
                taken[at:end] = b"\x01" * len(name)
            at = text.find(name, end)
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _alone(text: str, start: int, end: int) -> bool:
    """No letter, digit, apostrophe or hyphen glued to either side: a whole name."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in _GLUE or after.isalnum() or after in _GLUE)


def _propagates(mention: Mention) -> bool:
    """An organisation's name, or a person's full name: places, given names alone and acronyms are
    words of other names too (``Bretagne`` in ``MSA Portes de Bretagne``, ``Claire``)."""
    surface = mention.text
    if mention.acronym or len(surface) < _MIN_LENGTH or not surface[:1].isupper() or surface.isupper():
        return False
    if "\n" in surface:
        return False
    return mention.label == "ORG" or (mention.label == "PER" and " " in surface)
