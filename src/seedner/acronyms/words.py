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

from itertools import islice

from spacy.strings import get_string_id
from spacy.vectors import Vectors

from seedner.acronyms.rules import COMMON, RARE
from seedner.components.token_cache import Memo

# Letters from which a word the vectors know in lower case, without a rank, is taken for a French word.
LONG_WORD = 6
_ACCENTED = frozenset("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")


class VectorRanks:
    """The frequency rank of the words of one vocabulary's vectors.

    The vectors are pruned: a rare word shares the row of a frequent one, and only the row's first key,
    the frequent word itself, tells its rank.
    """

    def __init__(self, vectors: Vectors | None) -> None:
        self.rows: dict[int, int] = vectors.key2row if vectors is not None and vectors.size else {}
        self.owners = _row_owners(self.rows, vectors.shape[0] if self.rows and vectors is not None else 0)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __contains__(self, word: str) -> bool:
        """Whether the vectors know ``word`` as written, ranked or not."""
        return get_string_id(word) in self.rows

    def row(self, word: str) -> int | None:
        """The row ``word`` shares, if the vocabulary has it at all."""
        return self.rows.get(get_string_id(word))

    def rank(self, word: str) -> int | None:
        """The frequency rank of ``word``, if it owns its row of the vectors."""
        key = get_string_id(word)
        row = self.rows.get(key)
        return row if row is not None and self.owners.get(row) == key else None


def _row_owners(key2row: dict[int, int], n_rows: int) -> dict[int, int]:
    """Row -> its first key.  Keys come in frequency order; in the pruned tables of the French models
    the first ``n_rows`` keys own one row each, which a 40th of the table tells (a millisecond, not the
    50 of a whole pass); any other table is read whole, backwards, so that the first key is written last."""
    head = dict(zip(islice(key2row.values(), n_rows), islice(key2row.keys(), n_rows), strict=True))
    if len(head) == n_rows:
        return head
    return dict(zip(reversed(key2row.values()), reversed(key2row.keys()), strict=True))


class FrenchWords:
    """Whether a word in capitals is a French word, from one vocabulary's vectors."""

    def __init__(self, vectors: Vectors | None) -> None:
        self._ranks = VectorRanks(vectors)
        self._answers = Memo(self._judge)

    def __bool__(self) -> bool:
        return bool(self._ranks)

    def rank(self, word: str) -> int | None:
        """The frequency rank of ``word``, if it owns its row of the vectors."""
        return self._ranks.rank(word)

    def in_capitals(self, text: str) -> str | None:
        """``COMMON`` or ``RARE`` when ``text``, letters in capitals, is a French word written so
        (``CONSIDÉRANT``, ``RELAXE``), else None."""
        return self._answers(text)

    def _judge(self, text: str) -> str | None:
        if not self._ranks or not text.isalpha() or not text.isupper():
            return None
        low = text.lower()
        ranked = self.rank(low)
        if ranked is not None:
            own = self.rank(text)
            return COMMON if own is None or ranked < own else None
        if low in self._ranks and (len(text) >= LONG_WORD or not _ACCENTED.isdisjoint(text)):
            return RARE
        return None
