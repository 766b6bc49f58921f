"""Dictionary senses of acronyms: which one the document supports, and what label it gives.

Pure functions over :class:`Sense` values, and the :class:`SenseDictionary` the ``seedner_acronyms``
component holds and saves with the pipeline.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from seedner.acronyms.rules import BODY_NOUNS, FUNCTION_WORDS, THING_NOUNS, stop_words, token_shape, word_set
from seedner.text.folding import acronym_key, fold
from seedner.text.french_words import INVARIABLE_NOUNS

ORG_CATEGORIES = word_set(
    "ministry government agency police gendarmerie justice finance customs defence intelligence migration "
    "regulator eu_body international_organisation media organisation company sports_club"
)
LOC_CATEGORIES = word_set("country region departement commune place")
_ALNUM = re.compile(r"[^\W_]+")


CURATED = "curated"
CURATED_PRIOR = 3  # being the usual meaning outweighs one word shared with the mention's neighbourhood (2)


@dataclass(frozen=True)
class Sense:
    """One meaning of an acronym in the dictionary."""

    expansion: str
    category: str | None = None
    source: str | None = None

    @property
    def curated(self) -> bool:
        """Checked by hand (source ``curated``) or given without a source: the meaning the press usually
        has in mind, used without evidence.  Senses imported in bulk (``sigles:…``) include rare and
        local meanings (BBC: ``bâtiment basse consommation``) and need the document's support."""
        return (self.source or CURATED) == CURATED


def stems(text: str) -> set[str]:
    """Content-word stems (first 5 letters, accents folded): ``financiers`` and ``financière`` agree."""
    # Folding keeps every character a letter or digit or not (the tests check them all), so the words
    # of the text are those of its folded copy, and each distinct word is folded once, not each character.
    found = {_stem(word) for word in set(_ALNUM.findall(text))}
    found.discard("")
    return found


@lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """The stem of one word, or '' for a short word, a stop word or a number."""
    return _folded_stem(fold(word))


def _folded_stem(folded: str) -> str:
    return folded[:5] if len(folded) >= 3 and folded not in stop_words() and not folded.isdigit() else ""


class DocumentStems:
    """Whether a stem is one of the :func:`stems` of a document, looked up when asked.

    The senses of a document's candidate acronyms ask about a few dozen stems:
    finding those in the folded text costs less than computing every stem of
    the document.  Each answer is kept.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._answers: dict[str, bool] = {}

    @cached_property
    def _folded(self) -> str:
        return fold(self.text)

    def __contains__(self, stem: object) -> bool:
        if not isinstance(stem, str):
            return False
        answer = self._answers.get(stem)
        if answer is None:
            answer = self._answers[stem] = self._search(stem)
        return answer

    def _search(self, stem: str) -> bool:
        """Whether a word of the text starts with ``stem`` and has it as its stem."""
        folded = self._folded
        at = folded.find(stem) if stem else -1
        while at >= 0:
            if at == 0 or not _ALNUM.match(folded, at - 1):  # the start of a word
                word = _ALNUM.match(folded, at)
                if word is not None and _folded_stem(word.group()) == stem:
                    return True
            at = folded.find(stem, at + 1)
        return False


def merge_senses(senses: Iterable[Sense]) -> list[Sense]:
    """Senses with their variants merged (``Service Traitement du …`` = ``Traitement du …``), first kept."""
    groups: list[tuple[Sense, set[str]]] = []
    for sense in senses:
        own = stems(sense.expansion)
        if not any(len(own & seen) >= 0.8 * min(len(own), len(seen)) for _, seen in groups if own and seen):
            groups.append((sense, own))
    return [sense for sense, _ in groups]


def context_support(senses: Iterable[Sense], context: Container[str]) -> int:
    """How many stems the best-matching sense shares with the document: evidence that a capitalised word
    (``Tracfin``) is this acronym rather than an ordinary name."""
    return max((sum(stem in context for stem in stems(sense.expansion)) for sense in senses), default=0)


def choose_sense(
    senses: Sequence[Sense],
    context: Container[str],
    local: Container[str] = (),
    categories: Collection[str] = (),
    local_body: bool = False,
) -> tuple[Sense | None, tuple[Sense, ...]]:
    """The sense the context supports and the plausible alternatives, shortest list possible.

    Score: stems shared with the document, plus those shared with the mentions' neighbourhood, plus 2 when
    the sense's category is that of a nearby entity or, for a mention of a local body (``local_body``:
    ``GIR de Rennes``, ``Caf 13``), an organisation category, plus ``CURATED_PRIOR`` for a curated sense,
    so that an imported sense needs clearly more evidence to beat it.  A strict winner with a positive
    score wins, listed with the other supported senses if any; a tie or no evidence gives no sense and the
    tied (or all) senses: a lone imported sense the document does not support is only a candidate.
    """
    groups = merge_senses(sorted(senses, key=lambda sense: not sense.curated))  # curated wording kept

    def evidence(sense: Sense) -> int:
        own = stems(sense.expansion)
        body = local_body and sense.category in ORG_CATEGORIES
        return sum((s in context) + (s in local) for s in own) + 2 * (sense.category in categories or body)

    found = [evidence(sense) for sense in groups]
    scores = [value + CURATED_PRIOR * sense.curated for sense, value in zip(groups, found, strict=True)]
    top = max(scores, default=0)
    if top == 0:
        return None, tuple(groups)
    leaders = [i for i, value in enumerate(scores) if value == top]
    if len(leaders) > 1:
        return None, tuple(groups[i] for i in leaders)
    ranked = sorted((-scores[i], i) for i, value in enumerate(found) if value > 0 or i == leaders[0])
    supported = tuple(groups[i] for _, i in ranked)
    return groups[leaders[0]], supported if len(supported) > 1 else ()


_ELIDED = re.compile(r"['’]")
_PLURAL_ENDING = re.compile(r"(?:[^\W\ds]s|aux)\Z")


def singular_expansion(expansion: str) -> str | None:
    """The singular of a long form in the plural (``Juridictions interrégionales spécialisées`` →
    ``Juridiction interrégionale spécialisée``), or None when it is not plainly plural: its words up to
    the first function word, two at least, all end like plurals (``-s``, ``-aux``); what follows keeps
    its number (``maisons départementales des personnes handicapées``)."""
    words = expansion.split(" ")
    head = 0
    while head < len(words) and fold(words[head]) not in FUNCTION_WORDS and not _ELIDED.search(words[head]):
        head += 1
    lead = words[:head]
    if len(lead) < 2 or not all(
        _PLURAL_ENDING.search(word) and fold(word) not in INVARIABLE_NOUNS for word in lead
    ):
        return None
    return " ".join([_singular_word(word) for word in lead] + words[head:])


def _singular_word(word: str) -> str:
    if word.endswith("eaux"):
        return word[:-1]  # bureaux -> bureau
    if word.endswith("aux"):
        return word[:-3] + "al"  # nationaux -> national, régionaux -> régional
    return word[:-1]


def looks_like_organisation(long_form: str) -> bool:
    """Whether a long form names a body: its first content word is ``Direction``, ``Office``, ``Agence`` …"""
    first = next((w for w in _ALNUM.findall(fold(long_form)) if w not in FUNCTION_WORDS), "")
    return first in BODY_NOUNS


def is_kind_of_body(sense: Sense) -> bool:
    """Whether a sense is a kind of body (``CHU``, ``BAC``, ``MDPH``: category ``common``, a body noun first):
    with a definite article the acronym names one local body (``le CHU``, ``la BAC``)."""
    return (sense.category or "").lower() == "common" and looks_like_organisation(sense.expansion)


def sense_label(sense: Sense) -> str:
    """Entity label of what a dictionary sense stands for: its category (an organisation or place category
    of the gazetteers; any other, such as ``common`` for a kind of body like ``ONG``, names no entity),
    else its first word, else MISC."""
    category = (sense.category or "").lower()
    if category in ORG_CATEGORIES:
        return "ORG"
    if category in LOC_CATEGORIES:
        return "LOC"
    if category:
        return "MISC"
    return "ORG" if looks_like_organisation(sense.expansion) else "MISC"


def names_a_thing(long_form: str) -> bool:
    """Whether a long form names a register, a scheme or a class of bodies: its first content word is
    ``Répertoire``, ``Système``, ``complément``, ``Prestataires`` … (see ``THING_NOUNS``)."""
    first = next((w for w in _ALNUM.findall(fold(long_form)) if w not in FUNCTION_WORDS), "")
    return first in THING_NOUNS


def long_form_label(long_form: str, existing: str | None = None, sense: str | None = None) -> str:
    """Label of an in-text long form: none for a thing (a register, a scheme), else an entity already there,
    a body noun, the acronym's known sense, then capitalisation (``Traitement du renseignement …`` is a
    name, ``taxe sur la valeur ajoutée`` is not)."""
    if names_a_thing(long_form):
        return "MISC"
    if existing == "LOC" and looks_like_organisation(long_form):
        return "ORG"  # a body named after its territory: Université Grenoble Alpes (UGA)
    if existing in ("PER", "ORG", "LOC"):
        return existing
    if looks_like_organisation(long_form):
        return "ORG"
    if sense in ("PER", "ORG", "LOC"):
        return sense
    return "ORG" if long_form[:1].isupper() else "MISC"


def read_dictionary(path: str | Path) -> list[dict[str, str]]:
    """Rows of an acronym dictionary CSV (``acronym,expansion,category,source``)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


def _spells_itself(acronym: str, expansion: str) -> bool:
    """Whether an "expansion" is the acronym again (``S.G.A.R.`` for ``SGAR``).  A long form three times
    as long as the acronym cannot be: its key is not computed (the start-up reads 6,000 rows)."""
    return len(expansion) <= 3 * len(acronym) + 3 and acronym_key(expansion) == acronym_key(acronym)


class SenseDictionary:
    """Acronym key → senses, in the order the rows came: the data of the ``seedner_acronyms`` component.

    Rows keep their written acronym: a curated row written in title case (``Urssaf``, ``Ehpad``) records
    that the press writes it so, which makes that word an acronym without further evidence.
    """

    def __init__(self, rows: Iterable[Mapping[str, Any]] = ()) -> None:
        self._senses: dict[str, list[Sense]] = {}
        self._written: list[tuple[str, Sense]] = []
        self._title_spellings: set[str] = set()
        self.add(rows)

    def add(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Add dictionary rows (``acronym``, ``expansion``, optional ``category`` and ``source``)."""
        for row in rows:
            acronym = str(row.get("acronym") or "").strip()
            expansion = " ".join(str(row.get("expansion") or "").split()).rstrip(" .")
            if not acronym or not expansion or _spells_itself(acronym, expansion):
                continue  # no expansion, or the acronym itself (an imported SGAR,SGAR row)
            sense = Sense(expansion, row.get("category") or None, row.get("source") or None)
            bucket = self._senses.setdefault(acronym_key(acronym), [])
            if sense not in bucket:
                bucket.append(sense)
                self._written.append((acronym, sense))
            if sense.curated and token_shape(acronym) == "title":
                self._title_spellings.add(acronym)

    def get(self, key: str) -> list[Sense]:
        """The senses of an acronym key (see ``acronym_key``); empty if unknown."""
        return self._senses.get(key, [])

    def is_title_spelling(self, text: str) -> bool:
        """Whether a curated row writes the acronym exactly so, in title case (``Urssaf``)."""
        return text in self._title_spellings

    def __contains__(self, key: object) -> bool:
        return key in self._senses

    def keys(self) -> frozenset[str]:
        """Every acronym key with a sense."""
        return frozenset(self._senses)

    def spellings(self) -> list[tuple[str, Sense]]:
        """Every acronym as a row writes it, with that row's sense, in the order the rows came."""
        return list(self._written)

    def __len__(self) -> int:
        return len(self._senses)

    def rows(self) -> list[dict[str, Any]]:
        """Every sense as a dictionary row, acronym as written, for serialisation."""
        return [
            {"acronym": acronym, "expansion": s.expansion, "category": s.category, "source": s.source}
            for acronym, s in self._written
        ]
