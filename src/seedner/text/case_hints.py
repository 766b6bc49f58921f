"""What case restoration knows of words (see ``seedner.text.recasing``): the hints, and the functions
that change the case of a word without changing its length."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from seedner.text.folding import fold

# What ``CaseHints.classify`` says of a word in lower case: written so, with a capital, either way (a
# capital next to a name), or a place that is also a word (a capital after ``du`` or ``à``).
LOWER, NAME, MAYBE, PLACE = "lower", "name", "maybe", "place"
UPPER, LOWER_MODE = "upper", "lower"  # the two ways a stretch of text loses its case

Span = tuple[int, int, str]  # (start, end, mode): the words of ``mode``'s case in [start, end) are restored

LETTERS = re.compile(r"[^\W\d_]+")
VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿœæ")
_FUNCTION_WORDS_TEXT = """
le la les un une des du de au aux à a et ou où ni mais donc or car que qui quoi dont en y dans par
pour sur sous avec sans chez entre vers contre selon après avant depuis pendant ne pas plus se sa
son ses leur leurs ce cet cette ces il elle ils elles on nous vous est sont été être ont avait sera
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def _headline(word: str) -> str:
    return LOWER if word in FUNCTION_WORDS else NAME


def _no_vowel(word: str) -> str | None:
    """The acronym guess without a dictionary: ``SNCF``, ``PJ``, ``XIV`` have no vowel."""
    return upper_case(word) if len(word) >= 2 and VOWELS.isdisjoint(word) else None


def _function_word(word: str) -> bool:
    return word in FUNCTION_WORDS


def _never(word: str) -> bool:
    return False


def _unknown(word: str) -> str | None:
    return None


@dataclass(frozen=True, slots=True)
class PhraseForms:
    """Names as they are written, looked up whatever the case and accents of the text.

    Keys are :func:`fold` ed (same length as the name), hyphens read as spaces; a name is found where
    its folded form starts and ends on word boundaries.
    """

    by_first_word: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, names: Iterable[str]) -> PhraseForms:
        table: dict[str, dict[str, str]] = {}
        for name in names:
            key = phrase_key(name)
            first = LETTERS.match(key)
            if first is None or len(key) != len(name):
                continue
            table.setdefault(first.group(), {}).setdefault(key, name)
        return cls(
            {
                word: tuple(sorted(forms.items(), key=lambda item: -len(item[0])))
                for word, forms in table.items()
            }
        )

    def __bool__(self) -> bool:
        return bool(self.by_first_word)

    def find(self, folded: str, at: int, word: str) -> tuple[int, str] | None:
        """The longest name starting at ``at`` (``word``, the folded word there): its end and form."""
        for key, form in self.by_first_word.get(word, ()):
            end = at + len(key)
            if folded.startswith(key, at) and (end == len(folded) or not folded[end].isalnum()):
                return end, form
        return None


def phrase_key(text: str) -> str:
    return fold(text).replace("-", " ")


@dataclass(frozen=True, slots=True)
class CaseHints:
    """What the restoration knows of words (see the module docstring).

    ``classify``, ``acronym`` and ``compound`` are asked about words in lower case; ``acronym`` gives the
    written form of a known acronym, ``compound`` that of a hyphenated word known as a whole
    (``rendez-vous``, ``Saint-Denis``), ``grammatical_acronym`` that of a known acronym that is also a
    grammatical word (``ta``, ``si``), an acronym only after an article (``le TA de Rennes``), all of the
    same length, or None; ``is_word`` tells French words, which are never taken for acronyms defined in
    the text; ``name_in_capitals`` tells the words that, written in capitals alone in mixed-case text,
    are names French writes with a capital and no acronyms (``CONCARNEAU``, ``BREST``).
    """

    classify: Callable[[str], str] = _headline
    acronym: Callable[[str], str | None] = _no_vowel
    compound: Callable[[str], str | None] = _unknown
    grammatical_acronym: Callable[[str], str | None] = _unknown
    is_word: Callable[[str], bool] = _function_word
    name_in_capitals: Callable[[str], bool] = _never
    phrases: PhraseForms = field(default_factory=PhraseForms)


HEADLINE = CaseHints()


def lost(word: str, mode: str) -> bool:
    """Whether ``word`` is written in the case a stretch of ``mode`` has lost: restoration may change it."""
    return word.isupper() if mode == UPPER else word.islower()


def as_written(word: str, form: str) -> str:
    """``word`` with the case of ``form``, letter by letter (accents and length stay ``word``'s)."""
    return (
        "".join(
            (upper_case(char) if model.isupper() else lower_case(char)) if model.isalpha() else char
            for char, model in zip(word, form, strict=False)
        )
        + word[len(form) :]
    )


def lower_case(word: str) -> str:
    """Character by character, keeping a character whose lower case is longer (``İ``).  ``str.lower`` does
    it at once when no character grows and no final sigma (``Σ`` -> ``ς`` by context) is involved."""
    low = word.lower()
    if len(low) == len(word) and "Σ" not in word:
        return low
    return "".join(low if len(low := char.lower()) == 1 else char for char in word)


def upper_case(word: str) -> str:
    """Character by character, keeping a character whose upper case is longer (``ß``)."""
    upper = word.upper()
    if len(upper) == len(word):
        return upper
    return "".join(up if len(up := char.upper()) == 1 else char for char in word)


def capitalise(word: str) -> str:
    """First character in upper case unless that makes it longer (``ß`` -> ``SS``)."""
    upper = word[:1].upper()
    return (upper if len(upper) == 1 else word[:1]) + word[1:]
