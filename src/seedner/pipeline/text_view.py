"""What the pipeline reads of a document: its text repaired, and its case restored where it has lost it.

Text as users have it (PDF extractions, macOS files, copies from web pages, telegrams) is first
normalised (``seedner.text.normalization``: NFC, soft hyphens and zero-width characters out, ligatures
and full-width forms folded, words hyphenated across a line break rejoined, hard wraps joined), with a
map of every offset back to the document.  Where the text has lost its case (a document in capitals or
in lower case, lines in capitals) the words are then given to the model in the case French prose would
give them (``seedner.text.recasing``), character for character.  Both need to know French words, names
and known acronyms: the :class:`Lexicon` takes them from the loaded pipeline (the model's vectors, the
acronym dictionary and the gazetteer), so nothing more is loaded, but for the strings of the model's
most frequent words, read once and only when a document has lost its case.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.strings import get_string_id

from seedner.acronyms.words import VectorRanks
from seedner.components.token_cache import Memo
from seedner.pipeline.casing import CaseLexicon
from seedner.text.caseless import caseless_spans
from seedner.text.folding import fold
from seedner.text.french_words import MESSAGE_OPENERS
from seedner.text.normalization import NormalizedText, normalize
from seedner.text.recasing import LOWER, MAYBE, restore


@dataclass(frozen=True, slots=True)
class TextView:
    """A document as the pipeline reads it.

    ``normalized.text`` is the repaired document; ``model_text`` is the same text, same length, with its
    case restored where it had lost it, for the model, the components and span hygiene;
    ``normalized.to_original`` maps their offsets back into ``normalized.original``, the document.
    """

    normalized: NormalizedText
    model_text: str

    @property
    def original(self) -> str:
        return self.normalized.original

    @property
    def text(self) -> str:
        return self.normalized.text


class Lexicon:
    """French words, names and known acronyms, as the loaded pipeline knows them (the model's vectors,
    the acronym dictionary, the gazetteer: see ``seedner.pipeline.casing``)."""

    def __init__(self, nlp: Language) -> None:
        self._ranks = VectorRanks(nlp.vocab.vectors)
        self.casing = CaseLexicon(nlp, self._ranks)
        # Answers by word: the same capitalised words open the sentences of a whole corpus.
        self._common = Memo(self._is_common_word)
        self._rare = Memo(self._is_rare_word)

    def is_word(self, word: str) -> bool:
        """A word the model has a vector for, as written, in lower case or capitalised (``Direction``,
        ``nette``, ``GHISLAINE``)."""
        vectors = self._ranks.rows
        return any(get_string_id(form) in vectors for form in (word, word.lower(), word.capitalize()))

    def is_common_word(self, word: str) -> bool:
        """A word French writes in lower case more often than with a capital (``vu``, ``décision``,
        ``italienne``, ``présidente``), so that alone, capitalised by a line or sentence start, it is no
        name; a name (``paris``) or a rare word the vectors cannot rank (``rihanna``) is not.  A greeting
        is one too (``bonjour``, ``cordialement``: ``MESSAGE_OPENERS``), though it opens so many messages
        that the vectors rank it first with a capital."""
        return self._common(word)

    def _is_common_word(self, word: str) -> bool:
        low = word.lower()
        if fold(low) in MESSAGE_OPENERS:
            return True
        lower = self._ranks.rank(low)
        title = self._ranks.rank(low.capitalize())
        return lower is not None and (title is None or lower < title)

    def is_rare_word(self, word: str) -> bool:
        """A word the vectors rank in neither form that the case lexicon reads as a word, not a name
        (``assesseurs``, ``homicide``, ``signalements``: see ``CaseLexicon.classify``); alone and
        capitalised where a sentence or a line starts, it is no name."""
        return self._rare(word)

    def _is_rare_word(self, word: str) -> bool:
        low = word.lower()
        if self._ranks.rank(low) is not None or self._ranks.rank(low.capitalize()) is not None:
            return False
        return self.casing.classify(low) in (LOWER, MAYBE)

    def view(self, text: str) -> TextView:
        """``text`` normalised, and its case restored where it has lost it."""
        normalized = normalize(text, is_word=self.is_word)
        cleaned = normalized.text
        spans = caseless_spans(cleaned, self.casing.hints)
        if not spans:
            return TextView(normalized, cleaned)
        return TextView(normalized, restore(cleaned, spans, self.casing.hints))
