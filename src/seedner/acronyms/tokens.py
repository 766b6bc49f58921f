"""A Doc's tokens as plain lists, and the token-level passes of the acronym component over them.

The acronym component looks at every token of every text.  Reading the token
texts and trailing spaces from ``Doc.to_array`` costs about half as much as
building a ``Token`` object per token, and the passes below are then plain
functions over lists, testable without a model.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from spacy.attrs import IDX, IS_PUNCT, ORTH, SPACY
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from seedner.acronyms import rules

# What spaCy's rule-based sentencizer ends a sentence on, by default.
SENTENCE_PUNCTUATION = frozenset(Sentencizer.default_punct_chars)
_JOINABLE = ("caps", "mixed")
T = TypeVar("T")


@dataclass(frozen=True)
class TokenView:
    """Per token of ``doc``: its text and whether whitespace follows it; offsets and punctuation flags
    are read from ``doc`` when first asked for (few texts need them)."""

    texts: list[str]
    spaces: list[int]
    doc: Doc = field(repr=False, compare=False)

    @classmethod
    def of(cls, doc: Doc) -> TokenView:
        if not len(doc):
            return cls([], [], doc)
        orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
        strings = doc.vocab.strings
        return cls([strings[orth] for orth in orths], spaces, doc)

    @cached_property
    def starts(self) -> list[int]:
        """The character offset of each token."""
        return self.doc.to_array(IDX).tolist()

    @cached_property
    def punct(self) -> list[int]:
        """Whether each token is punctuation."""
        return self.doc.to_array(IS_PUNCT).tolist()

    @cached_property
    def capitalised(self) -> list[int]:
        """Indices of the tokens whose first character is a capital: the only ones that can be acronyms."""
        return [i for i, text in enumerate(self.texts) if text[:1].isupper()]


def hyphen_words(view: TokenView) -> list[tuple[int, int]]:
    """Token ranges of the words, in order: one token each, except capitals joined by hyphens without
    spaces (``LCB-FT``, ``MOREAU-LAGARDE``), which the French tokenizer splits into three."""
    texts, spaces = view.texts, view.spaces
    n = len(texts)
    # A hyphen links the tokens on either side when both are capitals and nothing separates them.
    links = [
        h
        for h in _indices_of("-", texts)
        if 0 < h < n - 1
        and not spaces[h - 1]
        and not spaces[h]
        and rules.token_shape(texts[h - 1]) in _JOINABLE
        and rules.token_shape(texts[h + 1]) in _JOINABLE
    ]
    words: list[tuple[int, int]] = []
    position = 0
    for h in links:
        if h - 1 < position:  # this link continues the previous word (``A-B-C``)
            start = words.pop()[0]
        else:
            words.extend(_single_tokens(position, h - 1))
            start = h - 1
        words.append((start, h + 2))
        position = h + 2
    words.extend(_single_tokens(position, n))
    return words


def _indices_of(value: str, texts: list[str]) -> Iterator[int]:
    """Where ``value`` is in ``texts``, found by ``list.index`` (a search in C: hyphens are few)."""
    index = -1
    while True:
        try:
            index = texts.index(value, index + 1)
        except ValueError:
            return
        yield index


def _single_tokens(start: int, end: int) -> Iterator[tuple[int, int]]:
    """The one-token words ``(i, i + 1)`` for ``i`` in ``[start, end)``, built in C (most words are these)."""
    return zip(range(start, end), range(start + 1, end + 1), strict=True)


def word_indices(words: list[tuple[int, int]], tokens: Iterable[int]) -> set[int]:
    """Indices of the ``words`` (token ranges in order, covering every token) that hold ``tokens``."""
    if words and words[-1][1] == len(words):
        return set(tokens)  # one token per word
    starts = [start for start, _ in words]
    return {bisect_right(starts, token) - 1 for token in tokens}


class Lines:
    """Whether a character offset of ``text`` lies on a line that ``test`` accepts.

    Each line is judged when first asked about: only the few words that could
    be acronyms need it, so most lines are never looked at.
    """

    def __init__(self, text: str, test: Callable[[str], bool]) -> None:
        self.text = text
        self.test = test
        self._lines: dict[int, bool] = {}

    def __contains__(self, offset: int) -> bool:
        if self.text[offset : offset + 1] == "\n":
            return False  # the end of a line is on no line
        start = self.text.rfind("\n", 0, offset) + 1
        if start not in self._lines:
            end = self.text.find("\n", start)
            self._lines[start] = self.test(self.text[start : end if end >= 0 else len(self.text)])
        return self._lines[start]


class Headlines(Lines):
    """The offsets on a line written in capitals (``rules.is_headline``)."""

    def __init__(self, text: str) -> None:
        super().__init__(text, rules.is_headline)


class ReferenceLines(Lines):
    """The offsets on a letter's reference line (``rules.is_reference_line``: ``Réf. : 2025/117 – PL/MC``)."""

    def __init__(self, text: str) -> None:
        super().__init__(text, rules.is_reference_line)


def rule_sentence_starts(view: TokenView, punctuation: Collection[str] = SENTENCE_PUNCTUATION) -> list[int]:
    """Indices of the tokens that start a sentence, as spaCy's rule-based sentencizer has them: the first
    token, and the first token after a sentence-ending mark that is no punctuation itself."""
    texts, punct = view.texts, view.punct
    if not texts:
        return []
    starts = [0]
    scanned = 0
    for mark in [i for i, text in enumerate(texts) if text in punctuation]:
        if mark < scanned:
            continue  # inside the run of punctuation after an earlier mark
        i = mark + 1
        while i < len(texts) and (punct[i] or texts[i] in punctuation):
            i += 1
        if i < len(texts):
            starts.append(i)
        scanned = i
    return starts
