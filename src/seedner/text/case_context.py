"""What the neighbours of a word tell when its case is restored (see ``seedner.text.recasing``): sentence
starts, initials, civilities, places that are also words, particles, signatures, names side by side, and
acronyms defined in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from seedner.text.case_hints import (
    FUNCTION_WORDS,
    LOWER,
    MAYBE,
    NAME,
    PLACE,
    CaseHints,
    Span,
    capitalise,
    lost,
    lower_case,
    upper_case,
)
from seedner.text.folding import fold
from seedner.text.french_words import ROLE_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # apostrophes join elisions: L'ARMÉE, AUJOURD'HUI
# A word in parentheses, or before an opening one: an acronym defined by the words around it?
_DEFINITION = re.compile(r"\(([^\W\d_]{2,10})\)|\b([^\W\d_]{2,10})(?= \()")
_SENTENCE_END = re.compile(r"[.!?…][\"'»)\]]*\s")
_ARTICLES = frozenset({"le", "la", "les", "l", "du", "au", "aux", "un", "une"})
# Words after which the next word is a person's name: M. Marchand, Mme Moulin, Dr Martin.
_CIVILITIES = frozenset({"mme", "mmes", "mlle", "mlles", "dr", "pr", "monsieur", "madame", "mademoiselle"})
# Functions and ranks before a name stay in lower case, and so do the adjectives of ranks: commissaire
# divisionnaire Agnès Pellerin, inspecteur principal Jean Dupont.
_ROLES = frozenset(word for role in ROLE_WORDS for word in role.split("-")) | {"divisionnaire", "principal"}
_NUMBER_AFTER = re.compile(r" \d")
_OF = frozenset({"de", "du", "des", "d"})
# Abbreviations whose full stop ends no sentence.
_ABBREVIATIONS = frozenset(
    {"art", "cf", "p", "pp", "n", "no", "réf", "ref", "tél", "tel", "av", "bd", "st", "ste"}
)
_MAX_ACRONYM = 10


@dataclass(slots=True)
class Part:
    """One word of a compound as the restoration decides it."""

    start: int
    end: int
    low: str  # in lower case
    restore: bool  # written in the lost case: the restoration may change it
    form: str | None = None  # the written form decided (same length), if decided
    kind: str = LOWER  # LOWER, NAME or MAYBE when no form is decided yet
    head: bool = False  # an elided article (l', d', qu')
    link: bool = False  # a link inside a compound name (sous, de, la)
    address: bool = False  # part of an address, an e-mail or a file name: in lower case
    grammatical: str | None = None  # the form of an acronym that is also a grammatical word (ta, si)


def in_context(text: str, words: list[list[Part]]) -> None:
    """What the neighbours of a word tell, pass after pass (each pass in its docstring)."""
    lasts = [parts[-1] for parts in words]
    _initials(text, lasts)
    _after_civilities(text, words, lasts)
    _places(text, words, lasts)
    _grammatical_acronyms(text, words, lasts)
    _particles(text, words, lasts)
    _signatures(text, words)
    _names_side_by_side(text, words, lasts)


def _initials(text: str, lasts: list[Part]) -> None:
    """A letter alone before a full stop or a number is in capitals: an initial (``J. Dupont``), the
    civility ``M.``, a road (``N 7``); not ``a``, ``à``, ``y``, which are words."""
    for part in lasts:
        letter = len(part.low) == 1 and part.form is None and part.low not in ("a", "à", "y")
        if letter and (text.startswith(".", part.end) or _NUMBER_AFTER.match(text, part.end)):
            part.form = upper_case(part.low)


def _after_civilities(text: str, words: list[list[Part]], lasts: list[Part]) -> None:
    """After a civility comes a name (``M. Marchand``, ``Mme Moulin``); ``me`` before a name is the
    lawyers' civility (``Me Rochefort``), not the pronoun."""
    for index, part in enumerate(lasts[:-1]):
        after = words[index + 1][0]
        gap = text[part.end : after.start]
        if part.low == "me" and gap == " " and _is_name(after):
            part.form = "Me"
        elif _civility(text, part) and len(gap) <= 3 and not gap.strip(" ."):
            named = after.form is None and after.low not in FUNCTION_WORDS and not after.head
            after.kind = NAME if named else after.kind


def _places(text: str, words: list[list[Part]], lasts: list[Part]) -> None:
    """A place that is also a word is the place after ``du`` or ``à`` but for a direction (``du Nord``,
    ``à Menton``; not ``au nord``, ``du nord de la France``), and alone in parentheses (``Dunkerque
    (Nord)``)."""
    for index, parts in enumerate(words):
        part = parts[0]
        if part.kind != PLACE or part.form is not None or len(parts) > 1:
            continue
        before = lasts[index - 1] if index else None
        after = words[index + 1][0] if index + 1 < len(words) else None
        follows = before is not None and before.low in ("du", "à") and text[before.end : part.start] == " "
        direction = after is not None and after.low in _OF and text[part.end : after.start] in (" ", "'")
        alone = text[part.start - 1 : part.start] == "(" and text.startswith(")", part.end)
        if alone or (follows and not direction):
            part.kind = NAME


def _grammatical_acronyms(text: str, words: list[list[Part]], lasts: list[Part]) -> None:
    """An acronym that is also a grammatical word is the acronym after an article, where the word
    cannot be (``le TA de Rennes``, ``le SI de l'agence``)."""
    for index, parts in enumerate(words[1:], start=1):
        part, before = parts[0], lasts[index - 1]
        after_article = before.low in _ARTICLES and text[before.end : part.start] in (" ", "'")
        if part.grammatical and len(parts) == 1 and after_article:
            part.form = part.grammatical


def _particles(text: str, words: list[list[Part]], lasts: list[Part]) -> None:
    """``le`` or ``la`` between a name or a civility and a word that may be a name is the particle of a
    surname (``Yann Le Guennec``, ``M. Le Bris``)."""
    for index in range(1, len(words) - 1):
        part = words[index][0]
        if part.low not in ("le", "la") or len(words[index]) > 1 or part.form is not None:
            continue
        before, after = lasts[index - 1], words[index + 1][0]
        named = _is_name(before) or _civility(text, before)
        surname = _is_name(after) or (after.form is None and after.kind == MAYBE)
        spaced = text[before.end : part.start].strip(".") == " " == text[part.end : after.start]
        if named and surname and spaced:
            part.form = capitalise(part.low)
            after.kind = NAME


def _signatures(text: str, words: list[list[Part]]) -> None:
    """A line of two or three words that may all be names, and nothing else, is a name: the signature of
    a letter or a judgment (``Claire Moulin``)."""
    index = 0
    while index < len(words):
        line_start = text.rfind("\n", 0, words[index][0].start) + 1
        line_end = text.find("\n", words[index][0].start)
        line_end = len(text) if line_end < 0 else line_end
        line = [index]
        while line[-1] + 1 < len(words) and words[line[-1] + 1][0].start < line_end:
            line.append(line[-1] + 1)
        index = line[-1] + 1
        parts = [words[n][0] for n in line]
        if not 2 <= len(line) <= 3 or any(len(words[n]) > 1 for n in line):
            continue
        if text[line_start : parts[0].start].strip() or text[parts[-1].end : line_end].strip(" ,."):
            continue
        if any(text[first.end : second.start] != " " for first, second in pairwise(parts)):
            continue
        if all(part.form is None and part.kind in (NAME, MAYBE) and part.low not in _ROLES for part in parts):
            for part in parts:
                part.kind = NAME


def _names_side_by_side(text: str, words: list[list[Part]], lasts: list[Part]) -> None:
    """A word that may be a name is one next to a name (``Claire Vidal``), and a place that is also a
    word in a list of names too (``(Nord, Aveyron)``); functions and ranks are not (``commissaire
    divisionnaire Agnès Pellerin``).  Only the names decided before this pass count: no chains."""
    names = [_is_name(parts[0]) and _is_name(parts[-1]) for parts in words]
    for index, parts in enumerate(words):
        part = parts[0]
        if part.form is not None or part.kind not in (MAYBE, PLACE) or len(parts) > 1 or part.low in _ROLES:
            continue
        joins = (" ", ", ") if part.kind == PLACE else (" ",)
        before = index > 0 and names[index - 1] and text[lasts[index - 1].end : part.start] in joins
        following = index + 1 < len(words) and names[index + 1]
        after = following and text[part.end : words[index + 1][0].start] in joins
        if before or after:
            part.kind = NAME


def _civility(text: str, part: Part) -> bool:
    return part.low in _CIVILITIES or (part.low == "m" and text.startswith(".", part.end))


def _is_name(part: Part) -> bool:
    return part.form is None and part.kind == NAME and len(part.low) > 1 and not part.head


def opens_sentence(text: str, previous_end: int | None, at: int, span_start: int) -> bool:
    """Whether a word at ``at`` starts a sentence: the text's or a line's first word, or the first one
    after a full stop (not an initial's or an abbreviation's: ``M. Dupont``, ``art. 3``)."""
    if previous_end is None or previous_end < span_start:
        return _starts_sentence(text, at)
    gap = text[previous_end:at]
    if "\n" in gap:
        return not any(char.isalnum() for char in text[text.rfind("\n", 0, at) + 1 : at])
    end = _SENTENCE_END.search(gap)
    if end is None or any(char.isalnum() for char in gap[end.end() :]):
        return False
    if end.start() > 0:  # after a number or a closing bracket: 2024. La France
        return True
    word = _WORD.findall(text, max(previous_end - 8, 0), previous_end)
    last = lower_case(word[-1]) if word else ""
    return len(last) > 1 and last not in _ABBREVIATIONS and last not in _CIVILITIES


def _starts_sentence(text: str, at: int) -> bool:
    """Whether only blanks and punctuation separate ``at`` from the line start or a sentence end."""
    before = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    return not before or before[-1] in ".!?…" or not any(char.isalnum() for char in before)


def defined_acronyms(text: str, spans: list[Span], hints: CaseHints) -> set[str]:
    """Words in lower case defined in the text as acronyms: in parentheses after the words whose
    initials they are (``asile (auea)``), or before them (``ofast (office anti-stupéfiants)``)."""
    defined: set[str] = set()
    for start, end, mode in spans:
        for match in _DEFINITION.finditer(text, start, end):
            word = match.group(1) or match.group(2)
            low = lower_case(word)
            if not lost(word, mode) or low in defined or hints.is_word(low) or low in FUNCTION_WORDS:
                continue
            at = match.start()
            if match.group(1):
                words = _words_before(text, at)
            else:
                close = text.find(")", at + len(word), at + len(word) + 160)
                words = _words_in(text, at + len(word) + 2, close) if close > 0 else []
                words.reverse()
            if words and _initials_of(low, words, whole=not match.group(1)):
                defined.add(low)
    return defined


def _words_before(text: str, at: int) -> list[str]:
    """The words of the sentence before ``at``, nearest first (elided articles left out)."""
    line_start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at), at - 200) + 1
    return list(reversed(_words_in(text, line_start, at)))


def _words_in(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` in lower case, without elided articles (``l'asile`` -> ``asile``),
    a hyphen separating two words (``anti-fraude``)."""
    return [lower_case(re.split("['’]", word)[-1]) for word in _WORD.findall(text, start, end)]


def _initials_of(acronym: str, words: list[str], *, whole: bool = False) -> bool:
    """Whether ``acronym``'s letters, last first, are the initials of ``words`` (nearest first): every
    word that is no function word gives a letter, a function word may; ``whole``: no other word but
    function words after them."""
    letters = fold(acronym)[::-1]
    if len(letters) > _MAX_ACRONYM:
        return False
    matched = 0
    for word in words:
        if matched == len(letters):
            if whole and word not in FUNCTION_WORDS:
                return False
            continue
        if fold(word[:1]) == letters[matched]:
            matched += 1
        elif word not in FUNCTION_WORDS:
            return False
    return matched == len(letters)
