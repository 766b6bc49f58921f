"""People after a civility, surname in capitals: ``M. CASTELNAU``, ``Mme LEROY``, ``M. DUPRAT Olivier``.

Judgments, minutes and lists of a court's composition write people so.  A capitalised word in capitals
looks like an acronym to the model, which leaves it out; after ``M.``, ``Mme`` or ``Me`` it is a surname,
with the given name that may follow it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from seedner.records.mentions import Mention, not_given_by_data, with_found
from seedner.text.folding import casefold_key
from seedner.text.french_words import ROLE_WORDS

_SURNAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'’]+(?:-[A-ZÀ-Þ][A-ZÀ-Þ'’]+)*"
_TITLED = re.compile(
    r"(?<![\w.])(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr)\s+"
    rf"(?P<name>(?:(?:DE|DU|DES|LE|LA|D['’])\s+)?{_SURNAME}(?:\s+(?:DE|DU|LE|LA|{_SURNAME}))*"
    r"(?:\s+[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)?)"
    r"(?![\w'’-])"
)


# In capitals, a civility also comes before a function or a group: "M. LE PRÉFET", "MM. LES PRÉFETS DES …".
_NO_SURNAME = frozenset(casefold_key(word) for word in ROLE_WORDS) | {
    "les",
    "des",
    "et",
    "aux",
    "au",
    "secretaire",
    "directeur",
    "chef",
}


_CIVILITY_BEFORE = re.compile(r"(?<![\w.])(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr)\s+$")


def after_civility(text: str, start: int) -> bool:
    """Whether a civility (``M.``, ``Mme``, ``Me``…) stands just before ``start``."""
    return _CIVILITY_BEFORE.search(text, max(0, start - 8), start) is not None


def _is_surname(name: str) -> bool:
    words = [casefold_key(word) for word in re.split(r"[\s-]+", name)]
    return not any(word in _NO_SURNAME or word.rstrip("s") in _NO_SURNAME for word in words)


def titled_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each surname in capitals after a civility (and its given name) as one PER
    mention, in place of the model's mentions inside it or across it; names the gazetteer gave stay."""
    if "M" not in text and "D" not in text and "P" not in text:
        return list(mentions)
    names = [
        (match.start("name"), match.end("name"))
        for match in _TITLED.finditer(text)
        if _is_surname(match.group("name"))
    ]
    return with_found(text, mentions, not_given_by_data(names, mentions), "PER")
