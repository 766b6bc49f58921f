"""An acronym in parentheses after a body's name is that body's, whatever its letters.

The acronym rules read a definition when the letters of the acronym follow the words before it
(``Office français de l'immigration et de l'intégration (Ofii)``).  Many bodies pick letters of their
own (``Association pour la protection de la nappe phréatique de la plaine d'Alsace (APRONA)``,
``Syndicat départemental d'énergies de la Manche (SDEM50)``, ``Commandement de la gendarmerie de La
Réunion (COMGEND)``): an acronym no dictionary expands, in parentheses right after an organisation's
name, names that organisation, there and wherever the document uses it, when its letters come from
that name in order (a credit line's agency after a body, ``Europol (AFP)``, does not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from seedner.records.mentions import Mention, collapse_spaces
from seedner.text.folding import fold
from seedner.text.french_words import ELIDED_ARTICLES

_OPENING = re.compile(r"\s*\(\s*\Z")


def acronyms_after_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each unexpanded acronym given, from its parenthesised use after an organisation,
    that organisation's label and name as its expansion."""
    names: dict[str, str] = {}
    previous: Mention | None = None
    for mention in mentions:
        if (
            mention.acronym
            and mention.expansion is None
            and previous is not None
            and previous.label == "ORG"
            and not previous.acronym
            and text[mention.end : mention.end + 1] == ")"
            and _OPENING.search(text, previous.end, mention.start)
            and _spelled_in(mention.text, previous.text)
        ):
            names.setdefault(mention.text, collapse_spaces(previous.text))
        if not mention.acronym or mention.start >= (previous.end if previous else 0):
            previous = mention
    if not names:
        return list(mentions)
    return [
        replace(mention, label="ORG", expansion=names[mention.text], expansion_source="document")
        if mention.acronym and mention.expansion is None and mention.text in names
        else mention
        for mention in mentions
    ]


def _spelled_in(acronym: str, name: str) -> bool:
    """Whether the acronym's first letter opens the name and its other letters follow in it, in order
    (``APRONA`` in ``Association pour la protection de la nappe…``; not ``AFP`` after ``Europol``, a
    credit line's agency)."""
    letters = [char for char in fold(acronym) if char.isalpha()]
    words = [word for word in re.split(r"[\s'’]+", fold(name)) if word and word not in ELIDED_ARTICLES]
    if not letters or not words or words[0][0] != letters[0]:
        return False
    rest = iter(" ".join(words)[1:])
    return all(letter in rest for letter in letters[1:])
