"""Canonical names and in-document clusters, so ``group_by(.canonical)`` works.

One person or organisation gets one canonical name across its mentions in a
document: ALL-CAPS surnames are written normally (``Bruno RETAILLEAU`` →
``Bruno Retailleau``, ``Amélie DE MONTCHALIN`` → ``Amélie de Montchalin``), a
surname alone takes the full name mentioned in the same document, an acronym
and its long form share the long form (or the gazetteer's name), and other
spelling variants of one name share its first spelling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from seedner.records.mentions import Mention, collapse_spaces
from seedner.text.folding import name_key

PARTICLES = frozenset(
    {"de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "den", "di", "da", "del", "ten"}
)
_WORD_PART = re.compile(r"([-'’])")


@lru_cache(maxsize=65_536)
def person_canonical(name: str) -> str:
    """A person's name as it is normally written: ALL-CAPS parts in title case."""
    words = collapse_spaces(name).split(" ")
    written = []
    for position, word in enumerate(words):
        if _is_caps(word):
            lowered = word.lower()
            if position > 0 and (lowered in PARTICLES or _elided_particle(lowered)):
                written.append(lowered if lowered in PARTICLES else _elided_particle(lowered))
            else:
                written.append(_title(word))
        else:
            written.append(word)
    return " ".join(written)


def _is_caps(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _elided_particle(lowered: str) -> str:
    """``D'ESTAING`` → ``d'Estaing``; returns '' when the word has no elided particle."""
    match = re.match(r"^(d['’])(.+)$", lowered)
    return match.group(1) + _title(match.group(2)) if match else ""


def _title(word: str) -> str:
    return "".join(part.capitalize() if part.isalpha() else part for part in _WORD_PART.split(word))


def _surname_key(canonical: str) -> str:
    """``Amélie de Montchalin`` → ``montchalin``: the part after the given name(s)."""
    words = canonical.split(" ")
    last = words[-1]
    return name_key(last)


def assign_canonicals(mentions: Sequence[Mention]) -> list[Mention]:
    """Give every mention its in-document canonical name (see module docstring)."""
    resolved = [_with_canonical(m, _own_canonical(m)) for m in mentions]
    resolved = _surnames_to_full_names(resolved)
    resolved = _long_forms_to_acronyms(resolved)
    return _spelling_variants(resolved)


def _own_canonical(mention: Mention) -> str:
    if mention.id and mention.canonical:
        return mention.canonical
    if mention.acronym and mention.expansion:
        return collapse_spaces(mention.expansion)
    if mention.label == "PER":
        return person_canonical(mention.text)
    return mention.canonical or collapse_spaces(mention.text)


def _surnames_to_full_names(mentions: list[Mention]) -> list[Mention]:
    full_names: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.label == "PER" and " " in mention.canonical:
            full_names.setdefault(_surname_key(mention.canonical), set()).add(mention.canonical)
    result = []
    for mention in mentions:
        if mention.label == "PER" and " " not in mention.canonical:
            candidates = full_names.get(name_key(mention.canonical), set())
            if len(candidates) == 1:
                mention = replace(mention, canonical=next(iter(candidates)))
        result.append(mention)
    return result


def _long_forms_to_acronyms(mentions: list[Mention]) -> list[Mention]:
    """A long form shares the canonical of the acronym it defines, when that one is curated."""
    acronym_names = {
        name_key(m.text): m.canonical for m in mentions if m.acronym and m.id is not None and m.canonical
    }
    result = []
    for mention in mentions:
        if mention.acronym_of and name_key(mention.acronym_of) in acronym_names:
            mention = replace(mention, canonical=acronym_names[name_key(mention.acronym_of)])
        result.append(mention)
    return result


def _spelling_variants(mentions: list[Mention]) -> list[Mention]:
    """Variants of one name differing only in case or accents share the first spelling."""
    first_spelling: dict[tuple[str, str], str] = {}
    result = []
    for mention in mentions:
        key = (mention.label, name_key(mention.canonical))
        canonical = first_spelling.setdefault(key, mention.canonical)
        result.append(_with_canonical(mention, canonical))
    return result


def _with_canonical(mention: Mention, canonical: str) -> Mention:
    """``mention`` with that canonical name, copied only if it changes (most do not)."""
    return mention if mention.canonical == canonical else replace(mention, canonical=canonical)
