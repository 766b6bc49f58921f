"""French words written in capitals, as the model's vectors know them: ``CONSIDÉRANT``, ``MOTIFS``, ``MOIS``.

Legal documents, headlines and telegrams write ordinary words in capitals (``PAR CES MOTIFS``,
``CASSE ET ANNULE``, ``DOUZE MOIS``), which look like acronyms.  The vectors of the French models tell
them apart: their keys are ranked by frequency, and pruned, so that a rare word shares the row of a
frequent one and only the row's first key, the frequent word itself, has a rank.  A word in capitals is

* a ``COMMON`` French word when its lower-case form has a rank better than its own (``mois`` is far
  more frequent than ``MOIS``; ``SNCF`` more than ``sncf``);
* a ``RARE`` one when the vectors know its lower-case form without ranking it and it is long
  (``CORRECTIONNEL``, ``RELAXE``) or accented (``DÉBOUTE``): unknown acronyms that long are few, and
  acronyms are not accented.  Acronyms the press also writes in lower case (``hadopi``) are rare words
  too: the caller lets a supported dictionary sense decide.

Without vectors (a blank pipeline) no word is one.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.vectors import Vectors

from seedner.acronyms.rules import COMMON, RARE

# Letters from which a word the vectors know in lower case, without a rank, is taken for a French word.
LONG_WORD = 6
_ACCENTED = frozenset("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")


class FrenchWords:
    """Whether a word in capitals is a French word, from one vocabulary's vectors."""

    def __init__(self, vectors: Vectors | None) -> None:
        self._rows: dict[int, int] = vectors.key2row if vectors is not None and vectors.size else {}
        self._owners: dict[int, int] = {}
        for key, row in self._rows.items():  # in frequency order: the first key of a row owns it
            self._owners.setdefault(row, key)
        self._answers: dict[str, str | None] = {}

    def __bool__(self) -> bool:
        return bool(self._rows)

    def rank(self, word: str) -> int | None:
        """The frequency rank of ``word``, if it owns its row of the vectors."""
        key = get_string_id(word)
        row = self._rows.get(key)
        return row if row is not None and self._owners.get(row) == key else None

    def in_capitals(self, text: str) -> str | None:
        """``COMMON`` or ``RARE`` when ``text``, letters in capitals, is a French word written so
        (``CONSIDÉRANT``, ``RELAXE``), else None."""
        if text not in self._answers:
            self._answers[text] = self._judge(text)
        return self._answers[text]

    def _judge(self, text: str) -> str | None:
        if not self._rows or not text.isalpha() or not text.isupper():
            return None
        low = text.lower()
        ranked = self.rank(low)
        if ranked is not None:
            own = self.rank(text)
            return COMMON if own is None or ranked < own else None
        if get_string_id(low) in self._rows and (len(text) >= LONG_WORD or not _ACCENTED.isdisjoint(text)):
            return RARE
        return None
