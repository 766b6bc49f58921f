"""The town of a postal address: ``33120 Arcachon``, ``33077 Bordeaux Cedex``, ``97420 Le Port``.

Contact blocks, letterheads and directories end addresses with a postcode and a town, which the model
often leaves out (a line of numbers and capitals, a table cell).  A town after a five-digit postcode is a
place; a mention already there (a body named after the town, a person) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from seedner.records.mentions import Mention

_FIVE_DIGITS = re.compile(r"\d\d{4}")  # opening with one digit lets the engine skip to digits
_WORD = r"[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*"
_LINK = r"(?:le|la|les|sur|sous|en|de|du|des|lès|lez|d['’])"
_POSTCODE_TOWN = re.compile(
    rf"(?<![\d\w])\d{{5}}[^\S\n]+(?P<town>{_WORD}(?:[^\S\n]+(?:{_LINK}[^\S\n]+)?{_WORD}){{0,3}}?)"
    r"(?=[^\S\n]+(?:Cedex|CEDEX)\b|[^\S\n]*(?:[,;|)\n.]|\Z)|[^\S\n]+[-–—(])"
)


def postcode_towns(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` and a place mention for each town after a postcode that no mention crosses; model
    mentions inside the town (``Port`` of ``97420 Le Port``) give way to it."""
    if _FIVE_DIGITS.search(text) is None:
        return list(mentions)
    found = [
        (match.start("town"), match.end("town"))
        for match in _POSTCODE_TOWN.finditer(text)
        if not any(_crosses(m, match.start("town"), match.end("town")) for m in mentions)
    ]
    if not found:
        return list(mentions)
    kept = [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in found)]
    towns = [Mention(start, end, text[start:end], "LOC", canonical=text[start:end]) for start, end in found]
    return sorted([*kept, *towns], key=lambda m: (m.start, m.end))


def _crosses(mention: Mention, start: int, end: int) -> bool:
    """Overlaps the span without lying inside it, or lies inside it as a name the data gave."""
    if not (mention.start < end and start < mention.end):
        return False
    inside = start <= mention.start and mention.end <= end
    return not inside or mention.source != "model" or mention.label != "LOC"
