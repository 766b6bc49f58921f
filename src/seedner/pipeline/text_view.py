"""What the pipeline reads of a document: its text repaired, and recased where it is in capitals.

Text as users have it (PDF extractions, macOS files, copies from web pages, telegrams) is first
normalised (``seedner.text.normalization``: NFC, soft hyphens and zero-width characters out, ligatures
and full-width forms folded, words hyphenated across a line break rejoined, hard wraps joined), with a
map of every offset back to the document.  Lines in capitals are then given to the model in headline
case (``seedner.text.recasing``), character for character.  Both need to know French words and known
acronyms: the :class:`Lexicon` takes them from the loaded pipeline (the model's vectors, the acronym
dictionary and the gazetteer), so nothing more is loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.strings import get_string_id

from seedner.acronyms.words import VectorRanks
from seedner.text.folding import acronym_key
from seedner.text.normalization import NormalizedText, normalize
from seedner.text.recasing import is_mostly_lower, recase, truecase

# Two words of two capitals or more in a row: the only texts recasing may change.
_CAPITALS_RUN = re.compile(r"[^\W\d_a-zß-ÿ]{2,}[^\w\n]+[^\W\d_a-zß-ÿ]{2,}")
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿœæ")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class TextView:
    """A document as the pipeline reads it.

    ``normalized.text`` is what records are read from (surfaces, canonical names); ``model_text`` is
    the same text, same length, with lines in capitals recased, for the model and the components;
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
    """French words and known acronyms, as the loaded pipeline knows them."""

    def __init__(self, nlp: Language) -> None:
        self._ranks = VectorRanks(nlp.vocab.vectors)
        self._vectors = self._ranks.rows
        self._acronyms, self._place_words, self._place_forms = _gazetteer_words(nlp)
        self._stop_words = frozenset(nlp.Defaults.stop_words)

    def is_word(self, word: str) -> bool:
        """A word the model has a vector for, as written or in lower case (``Direction``, ``nette``)."""
        vectors = self._vectors
        return get_string_id(word) in vectors or get_string_id(word.lower()) in vectors

    def is_acronym(self, word: str) -> bool:
        """A word in capitals that stays so when its line is recased: no vowel (``SNCF``), or a known
        acronym that is no French function word (``DGSI``, ``URSSAF``; not ``PAR`` or ``CES``)."""
        if len(word) < 2:
            return False
        if _VOWELS.isdisjoint(word.lower()):
            return True
        return acronym_key(word) in self._acronyms and word.lower() not in self._stop_words

    def is_lower_acronym(self, word: str) -> bool:
        """An acronym written in lower case (``ofast``, ``tracfin``): known to the gazetteer or the
        dictionary, and no French word (``caf``, ``ars`` are words too: they stay as written)."""
        return (
            len(word) >= 3
            and acronym_key(word) in self._acronyms
            and get_string_id(word) not in self._vectors
            and word not in self._stop_words
        )

    def is_common_word(self, word: str) -> bool:
        """A word French writes in lower case more often than with a capital (``vu``, ``décision``,
        ``italienne``, ``présidente``), so that alone, capitalised by a line or sentence start, it is no
        name; a name (``paris``) or a rare word the vectors cannot rank (``rihanna``) is not."""
        low = word.lower()
        lower = self._rank(low)
        title = self._rank(low.capitalize())
        return lower is not None and (title is None or lower < title)

    def is_name(self, word: str) -> bool:
        """Whether a lower-case word is written with a capital: the model's vectors rank ``Paris`` before
        ``paris`` and ``direction`` before ``Direction``; where they cannot tell, the gazetteer's places
        and people decide (``gironde``)."""
        title = self._rank(word.capitalize())
        lower = self._rank(word)
        if title is not None:
            return lower is None or title < lower
        return lower is None and word in self._place_words

    def _rank(self, word: str) -> int | None:
        return self._ranks.rank(word)

    def view(self, text: str) -> TextView:
        """``text`` normalised, and recased for the model where it is in capitals."""
        normalized = normalize(text, is_word=self.is_word)
        cleaned = normalized.text
        if _CAPITALS_RUN.search(cleaned):
            return TextView(normalized, recase(cleaned, is_acronym=self.is_acronym, is_name=self.is_name))
        if is_mostly_lower(cleaned):
            return TextView(
                normalized, truecase(cleaned, is_acronym=self.is_lower_acronym, is_name=self.is_name)
            )
        return TextView(normalized, cleaned)


def _gazetteer_words(nlp: Language) -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """Keys of the acronyms the acronym dictionary and the gazetteer know, the lower-cased words written
    with a capital in the gazetteer's places and people, and their compound names as written by their
    lower-case form (``pas-de-calais`` -> ``Pas-de-Calais``)."""
    from seedner.acronyms.component import AcronymDetector
    from seedner.gazetteer.component import GazetteerMatcher

    keys: set[str] = set()
    words: set[str] = set()
    forms: dict[str, str] = {}
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, AcronymDetector):
            keys.update(pipe.known_keys())
        elif isinstance(pipe, GazetteerMatcher):
            for entry in pipe.entries:
                keys.update(acronym_key(acronym) for acronym in entry.acronyms)
                if entry.label in ("LOC", "PER"):
                    capitalised = (w for w in _WORD.findall(entry.name) if w[:1].isupper() and len(w) > 2)
                    words.update(w.lower() for w in capitalised)
                    for name in (entry.name, *entry.aliases):
                        if "-" in name and " " not in name:
                            forms.setdefault(name.lower(), name)
    return frozenset(keys), frozenset(words), forms
