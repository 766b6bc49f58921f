"""How French writes a word, as the loaded pipeline knows it: what ``seedner.text.recasing`` needs to give
a text that has lost its case its capitals back.

Three sources, all already loaded with the pipeline:

* the model's vectors, keyed by the word as written (``Paris``, ``paris``, ``PARIS``) and sorted by
  frequency, so that a word's rank tells how French writes it (``Paris`` before ``paris``, ``décision``
  before ``Décision``).  They are pruned: 20,000 rows for 500,000 keys, a rare word sharing the row of
  the frequent word nearest in meaning, the row's first key.  A rare word whose row is a name's is a
  name (``Montbard`` shares ``Dijon``'s row; see :mod:`seedner.pipeline.proper_rows`);
* the gazetteer: names as they are written (``Cour des comptes``, ``Fontenay-sous-Bois``), the places
  that are also words (``Nord``, ``Menton``), the acronyms in their official casing (``Tracfin``,
  ``DGFiP``), and the institution heads French writes in lower case (``parquet``, ``cour d'appel``);
* the acronym dictionary: the curated rows' spellings (``Urssaf``, ``OFAST``), and the imported rows'
  acronyms, trusted only for words French never writes in lower case.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language

from seedner.acronyms.words import VectorRanks
from seedner.components.token_cache import Memo
from seedner.pipeline.proper_rows import proper_rows
from seedner.text.folding import acronym_key, fold
from seedner.text.french_words import ELIDED_ARTICLES, MESSAGE_OPENERS
from seedner.text.recasing import LOWER, MAYBE, NAME, PLACE, CaseHints, PhraseForms

_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿœæ")
_WORD = re.compile(r"[^\W\d_]+")
# A word whose capitalised form is less frequent than its lower-case one, but no more than this many
# times, is written either way (``claire``, ``nord``, ``cour``): it is a name only next to a name.
_EITHER_CASE_RATIO = 3
# Nor is a word whose capitalised form is more frequent, but less than this many times (``conseil``,
# ``commission``).
_CLOSE_RATIO = 1.5
# Endings of French inflected and derived words: a word the vocabulary never met that ends so is no name
# (``domiciliaient``, ``hélitreuillée``, ``prépositionné``, ``audiencement``, ``ongleries``).
_FRENCH_ENDING = re.compile(
    r"(?:é|ée|ées|és|ait|aient|ions|iez|èrent|ement|ements|tion|tions|sion|sions|ité|ités|eurs|euse|euses"
    r"|ante|antes|ants|ique|iques|isme|ismes|iste|istes|able|ables|ible|ibles|erie|eries|age|ages|aire"
    r"|aires|ure|ures|ive|ives|elle|elles|cide|cides|it)$"
)
_CACHE_SIZE = 200_000  # words remembered per lexicon, by each of its two memos


class CaseLexicon:
    """How French writes a word, given it in lower case: the :class:`CaseHints` of the pipeline."""

    def __init__(self, nlp: Language, ranks: VectorRanks | None = None) -> None:
        self._ranks = ranks or VectorRanks(nlp.vocab.vectors)
        self._strings_path = Path(nlp.path) / "vocab" / "strings.json" if nlp.path else None
        self._proper_rows: frozenset[int] | None = None
        self._stop_words = frozenset(nlp.Defaults.stop_words)
        known = _KnownNames(nlp)
        self._spellings = known.spellings
        self._imported = frozenset(known.imported)
        self._place_words = frozenset(known.place_words)
        self._lower_words = frozenset(known.lower_words)
        self._classes = Memo(self._classify, _CACHE_SIZE)
        self._acronyms = Memo(self._acronym_form, _CACHE_SIZE)
        names = [*known.names, *(name for name in known.articled if self._named(name))]
        self.hints = CaseHints(
            classify=self.classify,
            acronym=self.acronym_form,
            compound=self.compound_form,
            grammatical_acronym=self.grammatical_acronym,
            is_word=self.is_french_word,
            name_in_capitals=self.name_in_capitals,
            phrases=PhraseForms.of(names),
        )

    def is_french_word(self, word: str) -> bool:
        """A frequent word in lower case (``vu``, ``mis``, ``cas``): the vectors rank it."""
        return word in self._stop_words or self._ranks.rank(word) is not None

    def classify(self, word: str) -> str:
        """How French writes ``word``: ``NAME`` with a capital (``paris``, ``julien``, ``montbard``,
        ``kerautret``), ``LOWER`` (``décision``, ``parquet``), ``MAYBE`` either way (``claire``,
        ``conseil``, ``marchal``), ``PLACE`` for a place that is also a word (``nord``, ``menton``)."""
        return self._classes(word)

    def _classify(self, word: str) -> str:
        if word in self._stop_words or word in self._lower_words or fold(word) in MESSAGE_OPENERS:
            return LOWER
        rank = self._ranks.rank
        title = _capitalise(word)
        lower_rank, title_rank = rank(word), rank(title)
        if title_rank is not None and (lower_rank is None or title_rank < lower_rank):
            close = lower_rank is not None and lower_rank < _CLOSE_RATIO * title_rank
            return MAYBE if close and word not in self._place_words else NAME
        if lower_rank is not None:
            if word in self._place_words:
                return PLACE
            either = title_rank is not None and title_rank < _EITHER_CASE_RATIO * lower_rank
            return MAYBE if either else LOWER
        if word in self._place_words:
            return NAME
        # Neither form is frequent: which forms the vocabulary has, and whose rows they share.
        lower_row, title_row = self._ranks.row(word), self._ranks.row(title)
        if lower_row is None and title_row is None:
            # A word the vocabulary never met: a name (Kerautret, Valtheris), unless French made it.
            return LOWER if _FRENCH_ENDING.search(word) else NAME
        if lower_row is None:
            return NAME
        if title_row is None:
            return LOWER
        proper = self._proper()
        return NAME if title_row in proper or lower_row in proper else MAYBE

    def name_in_capitals(self, word: str) -> bool:
        """Whether ``word``, written in capitals, is a name and no acronym: a one-word place of the
        gazetteer (``brest``), or a word the vectors rank first with a capital, before its lower-case
        and capitalised forms (``concarneau``; not ``usa``, ``dgsi``, ``infirme``)."""
        if len(word) < 4 or not word.isalpha() or self.acronym_form(word) is not None:
            return False
        if word in self._place_words:
            return True
        rank = self._ranks.rank
        title = rank(_capitalise(word))
        if title is None:
            return False
        lower, upper = rank(word), rank(word.upper())
        return (lower is None or title < lower) and (upper is None or title < upper)

    def compound_form(self, word: str) -> str | None:
        """How the vocabulary writes a hyphenated word: the most frequent of its forms (``rendez-vous``,
        ``Saint-Denis``, ``procès-verbaux``), or the only one it has; None if it has none."""
        forms = [word, _capitalise(word), "-".join(_capitalise(part) for part in word.split("-"))]
        ranked = [(rank, form) for form in forms if (rank := self._ranks.rank(form)) is not None]
        if ranked:
            return min(ranked)[1]
        known = [form for form in dict.fromkeys(forms) if self._ranks.row(form) is not None]
        return known[0] if len(known) == 1 else None

    def acronym_form(self, word: str) -> str | None:
        """How a known acronym is written (``ofast`` -> ``OFAST``, ``tracfin`` -> ``Tracfin``, ``caf`` ->
        ``CAF``); None for a French word (``mis``, ``cas``, ``bac``) or an unknown word."""
        return self._acronyms(word)

    def _acronym_form(self, word: str) -> str | None:
        if len(word) < 2 or word in self._stop_words:
            return None
        rank = self._ranks.rank
        lower_rank = rank(word)
        upper = word.upper()
        forms = self._spellings.get(fold(word))
        if forms:  # vouched for by the gazetteer or a curated row: no French word unless more frequent
            if upper not in forms and len(upper) == len(word):
                forms = [*forms, upper]
            ranked = sorted((found, form) for form in forms if (found := rank(form)) is not None)
            if lower_rank is not None and (not ranked or lower_rank < ranked[0][0]):
                return None
            return ranked[0][1] if ranked else forms[0]
        if len(upper) != len(word) or not (acronym_key(word) in self._imported or _VOWELS.isdisjoint(word)):
            return None
        # An imported sense or no vowel: capitals only for a word French never writes in lower case.
        if lower_rank is None and (self._ranks.row(word) is None or rank(upper) is not None):
            return upper
        return None

    def grammatical_acronym(self, word: str) -> str | None:
        """How a known acronym that is also a grammatical word is written (``ta`` -> ``TA``, tribunal
        administratif; ``si`` -> ``SI``), which the caller reads so after an article only."""
        if word not in self._stop_words or len(word) < 2:
            return None
        forms = self._spellings.get(fold(word))
        return forms[0] if forms else None

    def _named(self, name: str) -> bool:
        """Whether the word after the article of ``La Haye`` or ``Le Havre`` is no common word (as in
        ``La Réunion``, ``La Flèche``): the vectors rank it first with its capital, or not at all."""
        word = _WORD.findall(name)[-1].lower()
        lower, title = self._ranks.rank(word), self._ranks.rank(_capitalise(word))
        return lower is None or (title is not None and title < lower)

    def _proper(self) -> frozenset[int]:
        """The rows whose word is a name or an acronym (see :mod:`seedner.pipeline.proper_rows`), read
        the first time a rare word needs them."""
        if self._proper_rows is None:
            self._proper_rows = proper_rows(self._strings_path, self._ranks)
        return self._proper_rows


class _KnownNames:
    """What the acronym dictionary and the gazetteer tell of case.

    ``spellings``: the written forms of the acronyms they vouch for, by folded form (the gazetteer's,
    then the curated rows': ``tracfin`` -> ``Tracfin``); ``imported``: the keys of the imported rows'
    acronyms; ``names``: names of two words or more as written (``Cour des comptes``, ``Pas-de-Calais``,
    and the institution heads French writes in lower case, ``cour d'appel``); ``articled``: those of an
    article and a word (``La Haye``, ``La Réunion``); ``place_words``: one-word names of places, bodies and
    people in lower case; ``lower_words``: one-word institution heads (``parquet``, ``tribunal``).
    """

    def __init__(self, nlp: Language) -> None:
        from seedner.acronyms.component import AcronymDetector
        from seedner.gazetteer.component import GazetteerMatcher
        from seedner.gazetteer.institutions import InstitutionMatcher

        self.spellings: dict[str, list[str]] = {}
        self.imported: set[str] = set()
        self.names: list[str] = []
        self.articled: list[str] = []
        self.place_words: set[str] = set()
        self.lower_words: set[str] = set()
        gazetteer: list[str] = []
        curated: list[str] = []
        for _, pipe in nlp.pipeline:
            if isinstance(pipe, AcronymDetector):
                for written, is_curated in pipe.spellings():
                    if is_curated:
                        curated.append(written)
                    else:
                        self.imported.add(acronym_key(written))
            elif isinstance(pipe, GazetteerMatcher):
                for entry in pipe.entries:
                    gazetteer.extend(entry.acronyms)
                    for name in (entry.name, *entry.aliases):
                        self._add_name(name)
            elif isinstance(pipe, InstitutionMatcher):
                for head in (*pipe.heads.heads, *pipe.heads.known_place_heads):
                    if len(_WORD.findall(head)) > 1:
                        self.names.append(head)
                    elif head.islower():
                        self.lower_words.add(head)
        for written in (*gazetteer, *curated):
            forms = self.spellings.setdefault(fold(written), [])
            if written.isalpha() and written not in forms:
                forms.append(written)

    def _add_name(self, name: str) -> None:
        words = _WORD.findall(name)
        if len(words) > 2 or (len(words) == 2 and words[0].lower() not in ELIDED_ARTICLES):
            self.names.append(name)
        elif len(words) == 2 and words[1][:1].isupper():
            self.articled.append(name)
        elif len(words) == 1 and name[:1].isupper():
            self.place_words.add(name.lower())


def _capitalise(word: str) -> str:
    upper = word[:1].upper()
    return (upper if len(upper) == 1 else word[:1]) + word[1:]
