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


class Units(NamedTuple):
    """The words of a text as heads are compared, as three parallel lists: word ``u`` has the key
    ``keys[u]`` and the tokens ``starts[u]:ends[u]`` (lists, not an object per word: a text has
    hundreds of words and few heads)."""

    keys: list[str]
    starts: list[int]
    ends: list[int]


def unit_key(text: str) -> str:
    """The key of a token's text: lower case, and accent- and hyphen-free unless plain ASCII."""
    lower = text.lower()
    return lower if lower.isascii() and lower.isalnum() else token_key(text)


def units(doc: Doc, keys: PerTextCache[str] | None = None) -> Units:
    """Token keys, spaces left out, an elision split from its apostrophe joined again (``d' appel``).

    ``keys`` keeps the key of each token text (:func:`unit_key`) across calls.
    """
    if not len(doc):
        return Units([], [], [])
    orths, spaces, is_space = doc.to_array([ORTH, SPACY, IS_SPACE]).T.tolist()
    token_keys = (keys or PerTextCache(unit_key)).of(doc, orths)
    if "'" not in token_keys:  # no apostrophe to join: one unit per token that is no space
        if not any(is_space):
            return Units(token_keys, list(range(len(token_keys))), list(range(1, len(token_keys) + 1)))
        kept = [i for i, space in enumerate(is_space) if not space]
        return Units([token_keys[i] for i in kept], kept, [i + 1 for i in kept])
    found_keys: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, key in enumerate(token_keys):
        if is_space[i]:
            continue
        if key == "'" and found_keys and found_keys[-1] in _ELIDED and not spaces[i - 1]:
            found_keys[-1] += "'"
            ends[-1] = i + 1
        else:
            found_keys.append(key)
            starts.append(i)
            ends.append(i + 1)
    return Units(found_keys, starts, ends)
