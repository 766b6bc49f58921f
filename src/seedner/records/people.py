"""People as documents write them: a given name and a surname in capitals, either way round.

Judgments, e-mail signatures and directories write surnames in capitals (``Giulia RINALDI``, ``DUCASSE
Mathieu``, ``Delphine CARON``).  The model takes a given name and a surname in capitals for an
organisation or a place, or keeps the given name alone; the cleaning makes them one person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from seedner.records.mentions import Mention

# A given name then a surname in capitals: ``Giulia RINALDI``, ``Jean-Marc LE BRIS``.
# The surname's last word has four letters and a vowel at least: ``Toronto FC``, ``Apple II``, ``Valence
# TGV`` are no people.
_GIVEN_THEN_SURNAME = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?(?: (?:DE|LE|LA|DU|[A-ZÀ-Þ]{2,}[-’']?))* "
    r"(?=[A-ZÀ-Þ]*[AEIOUYÀ-ÖØ-Þ])[A-ZÀ-Þ]{4,}"
)
# A surname in capitals just before a given name, as judgments and e-mail headers list people:
# ``DUCASSE Mathieu``, ``LE GALL Anne``.
_SURNAME_BEFORE = re.compile(r"(?:^|(?<=[\s(:,]))((?:(?:LE|LA|DE|DU) )?[A-ZÀ-Þ][A-ZÀ-Þ'’-]+) $")


# A surname in capitals just after a given name: ``Delphine CARON``, ``Jean-Marc LE BRIS``.
_SURNAME_AFTER = re.compile(
    r" ((?:(?:LE|LA|DE|DU) )?(?=[A-ZÀ-Þ]*[AEIOUYÀ-ÖØ-Þ])[A-ZÀ-Þ]{3,}(?:-[A-ZÀ-Þ]{2,})?)(?![\w'’-])"
)


def _starts_in(starts: Sequence[int], start: int, end: int) -> bool:
    """Whether a mention starts in ``[start, end)`` (``starts``: every mention's start, sorted)."""
    at = bisect_left(starts, start)
    return at < len(starts) and starts[at] < end


def people_as_written(text: str, mention: Mention, starts: Sequence[int] = ()) -> Mention:
    """A person as documents write people: a model organisation, place or other name that is a given
    name and a surname in capitals is a person; a given name alone before or after a surname in
    capitals takes it, unless another mention (an acronym) starts there (``starts``: every mention's
    start, sorted)."""
    if mention.source != "model" or mention.acronym:
        return mention
    if mention.label != "PER" and _GIVEN_THEN_SURNAME.fullmatch(mention.text):
        return replace(mention, label="PER", canonical="")
    if mention.label in ("PER", "MISC") and mention.text.istitle() and " " not in mention.text:
        after = _SURNAME_AFTER.match(text, mention.end)
        if after is not None and not _starts_in(starts, mention.end, after.end()):
            end = after.end()
            return replace(mention, end=end, text=text[mention.start : end], label="PER", canonical="")
    if mention.label == "PER" and mention.text.istitle() and " " not in mention.text:
        line_start = text.rfind("\n", 0, mention.start) + 1
        surname = _SURNAME_BEFORE.search(text[max(line_start, mention.start - 40) : mention.start])
        start = mention.start - len(surname.group(1)) - 1 if surname is not None else mention.start
        taken = _starts_in(starts, start, mention.start)
        if surname is not None and len(surname.group(1)) >= 3 and not taken:
            return replace(mention, start=start, text=text[start : mention.end], canonical="")
    return mention
