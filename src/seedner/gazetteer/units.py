"""Words as institution heads compare them: one unit per word, an elision joined to its apostrophe.

``d' appel`` is one unit ``d'`` whatever the tokenizer made of it; keys are lower case, and accent- and
hyphen-free unless plain ASCII, so that ``Cour d'Appel`` and ``cour d’appel`` compare equal.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import IS_SPACE, ORTH, SPACY
from spacy.tokens import Doc

from seedner.components.token_cache import PerTextCache
from seedner.gazetteer.matching import token_key

_ELIDED = frozenset({"d", "l", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"})


class Unit(NamedTuple):
    """A word of the text as heads are compared: its key and its tokens ``start:end``."""

    key: str
    start: int
    end: int


def unit_key(text: str) -> str:
    """The key of a token's text: lower case, and accent- and hyphen-free unless plain ASCII."""
    lower = text.lower()
    return lower if lower.isascii() and lower.isalnum() else token_key(text)


def units(doc: Doc, keys: PerTextCache[str] | None = None) -> list[Unit]:
    """Token keys, spaces left out, an elision split from its apostrophe joined again (``d' appel``).

    ``keys`` keeps the key of each token text (:func:`unit_key`) across calls.
    """
    if not len(doc):
        return []
    orths, spaces, is_space = doc.to_array([ORTH, SPACY, IS_SPACE]).T.tolist()
    token_keys = (keys or PerTextCache(unit_key)).of(doc, orths)
    if "'" not in token_keys:  # no apostrophe to join: one unit per token that is no space
        return [Unit(key, i, i + 1) for i, key in enumerate(token_keys) if not is_space[i]]
    found: list[Unit] = []
    for i, key in enumerate(token_keys):
        if is_space[i]:
            continue
        previous = found[-1] if found else None
        if key == "'" and previous is not None and previous.key in _ELIDED and not spaces[i - 1]:
            found[-1] = Unit(previous.key + "'", previous.start, i + 1)
        else:
            found.append(Unit(key, i, i + 1))
    return found
