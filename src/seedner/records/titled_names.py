"""People after a civility, surname in capitals: ``M. CASTELNAU``, ``Mme LEROY``, ``M. DUPRAT Olivier``,
``Me Nadia FERHAT``.

Judgments, minutes and lists of a court's composition write people so.  A capitalised word in capitals
looks like an acronym to the model, which leaves it out; after ``M.``, ``Mme`` or ``Me`` it is a surname,
with the given name that may come before or after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from seedner.records.mentions import Mention, not_given_by_data, with_found
from seedner.text.folding import casefold_key
from seedner.text.french_words import CIVILITIES, DEFINITE_ARTICLES, ROLE_WORDS

_SURNAME = r"(?!(?:DE|DU|DES|LE|LA|LES)(?![\w'’-]))[A-ZÀ-Þ][A-ZÀ-Þ'’]+(?:-[A-ZÀ-Þ][A-ZÀ-Þ'’]+)*"
_GIVEN = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
_SPACE = r"[^\S\n]+"  # a name wrapped across lines is left to the cleaning (``Héloïse DE\nVILLEMAREST``)
_PARTICLES = rf"(?:(?:DE|DU|DES|LE|LA){_SPACE}|D['’][^\S\n]*)*"
_SURNAMES = rf"{_PARTICLES}{_SURNAME}(?:{_SPACE}(?:DE|DU|LE|LA|{_SURNAME}))*"
_TITLES = r"(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr)"
# A title before a space: what ``_TITLED`` needs, found fast (a pattern that opens with letters is looked
# for by them; one that opens with a look-behind is tried at every position of the text).
_TITLE_BEFORE_SPACE = re.compile(_TITLES + _SPACE)
_TITLED = re.compile(
    rf"(?<![\w.]){_TITLES}{_SPACE}"
    rf"(?P<name>{_GIVEN}{_SPACE}{_SURNAMES}|{_SURNAMES}(?:{_SPACE}{_GIVEN})?)"
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


# What follows the civility of a function: ``LE PRÉFET``, ``la Présidente``.
_FUNCTION_WORDS = _NO_SURNAME | DEFINITE_ARTICLES
_CIVILITIES = frozenset(CIVILITIES)
_CIVILITY_BEFORE = re.compile(rf"(?<![\w.]){_TITLES}\s+$")


def after_civility(text: str, start: int) -> bool:
    """Whether a civility (``M.``, ``Mme``, ``Me``…) stands just before ``start``."""
    return _CIVILITY_BEFORE.search(text, max(0, start - 8), start) is not None


def _is_surname(name: str) -> bool:
    words = [casefold_key(word) for word in re.split(r"[\s-]+", name)]
    return not any(word in _NO_SURNAME or word.rstrip("s") in _NO_SURNAME for word in words)


def titled_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each surname in capitals after a civility (and its given name) as one PER
    mention, in place of the model's mentions inside it or across it; names the gazetteer gave stay."""
    mentions = [mention for mention in mentions if not _function_after_civility(mention)]
    if _TITLE_BEFORE_SPACE.search(text) is None:
        return mentions
    names = [
        (match.start("name"), match.end("name"))
        for match in _TITLED.finditer(text)
        if _is_surname(match.group("name"))
    ]
    return with_found(text, mentions, not_given_by_data(names, mentions), "PER")


def _function_after_civility(mention: Mention) -> bool:
    """A model person that is a civility and a function: ``M. LE PRÉFET``, ``Madame la Présidente``."""
    if mention.label != "PER" or mention.source != "model":
        return False
    words = mention.text.split()
    return (
        len(words) > 1
        and words[0] in _CIVILITIES
        and not _is_surname(" ".join(words[1:]))
        and all(casefold_key(word) in _FUNCTION_WORDS for word in words[1:])
    )
