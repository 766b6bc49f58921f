"""People named before their e-mail address: ``GARNIER Luc (Greffe) <luc.garnier@justice.fr>``.

Mail headers, forwarded messages and quotes write people surname first, often in capitals, with a
service in brackets: the model misses them or takes them for organisations.  A display name is a
person when the local part of the address spells its words (``luc.garnier`` for ``GARNIER Luc``,
``mdurand`` for ``Durand Marie``); ``SAUJ Meaux <sauj.tj-meaux@…>`` is left to the other components.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import permutations

from seedner.records.mentions import Mention, not_given_by_data, with_found
from seedner.text.folding import unaccent

_WORD = r"[A-ZÀ-Þa-zà-ÿ][\w'’-]*"
_ADDRESSED = re.compile(
    rf"(?:^|(?<=[\s\"':,;>]))(?P<name>{_WORD}(?: {_WORD}){{1,3}})"  # two to four words
    r"(?:\s*\([^()\n]{1,60}\))?\"?\s*<(?P<local>[\w.+-]{2,64})@[\w.-]+\.\w+>",
    re.MULTILINE,
)
_LOCAL_SEPARATORS = re.compile(r"[._+-]+")


def address_spells(name: str, local: str) -> bool:
    """Whether the local part of an address is made of the name's words: in any order, joined by
    dots, dashes or nothing, or with the given name cut to its initial (``jdupont``, ``dupont.j``)."""
    words = [word for word in re.split(r"[\s'’-]+", unaccent(name).lower()) if word]
    local = re.sub(r"\d+$", "", unaccent(local).lower())
    pieces = [piece for piece in _LOCAL_SEPARATORS.split(local) if piece]
    if len(words) < 2 or not pieces:
        return False
    joined = "".join(pieces)
    for order in permutations(words):
        if joined == "".join(order):
            return True
        initial_first = order[0][0] + "".join(order[1:])
        initial_last = "".join(order[:-1]) + order[-1][0]
        if joined in (initial_first, initial_last):
            return True
    return False


def mail_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each display name that its address spells as one PER mention, in place of
    the mentions inside it or across it."""
    if "@" not in text:
        return list(mentions)
    names = [name for match in _ADDRESSED.finditer(text) if (name := _spelled_name(match)) is not None]
    return with_found(text, mentions, names, "PER")


def _spelled_name(match: re.Match[str]) -> tuple[int, int] | None:
    """The span of the longest run of the display name's last words that the address spells
    (``Bonjour Durand Marie <marie.durand@…>``: ``Durand Marie``)."""
    end = match.end("name")
    starts = [match.start("name") + word.start() for word in re.finditer(r"\S+", match.group("name"))]
    for start in starts[:-1]:
        if address_spells(match.string[start:end], match.group("local")):
            return start, end
    return None


# A given name alone where letters greet or sign: on its own line, or after a greeting word.
_GREETING_BEFORE = re.compile(
    r"(?:^|\n)[^\S\n]*\Z|\b(?:Bonjour|Bonsoir|Salut|Coucou|Merci|Chère|Cher|Chers|Hello|Bises)[^\S\n]+\Z"
)
_CLOSING_AFTER = re.compile(r"[^\S\n]*(?:,|[.!]?[^\S\n]*(?:\n|\Z))")


def first_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a person for each given name written alone in a greeting (``Bonjour Claire,``)
    or on a signature line (``Claire``), when the document names that person in full (``Claire
    Vernhes``), in place of the model's mentions there (``Bonjour Claire``)."""
    given = {
        words[0]
        for m in mentions
        if m.label == "PER" and len(words := m.text.split()) >= 2 and words[0].istitle() and len(words[0]) > 2
    }
    found = []
    for name in given:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (
                _GREETING_BEFORE.search(text, max(0, at - 12), at)
                and _CLOSING_AFTER.match(text, end)
                and not (end < len(text) and text[end].isalnum())
            ):
                found.append((at, end))
            at = text.find(name, end)
    if not found:
        return list(mentions)
    return with_found(text, mentions, not_given_by_data(sorted(found), mentions), "PER")
