"""Text rules of the gazetteer stages: folding, matching keys, case rules, "embedded name" tests.

Kept apart from the components so that the rules read (and test) as plain
functions of the text: nothing here holds patterns or state.

Names are compared as *pieces*: each token's text with accents stripped,
apostrophes straightened, split into words, hyphens dropped (``Seine-et-Marne``
and ``Seine et Marne`` give the same pieces).  Case rules, by kind of pattern:

* names of 2 content words or more (not places): any case, as the press writes
  bodies (``la police aux frontières``, ``l'armée de terre``);
* names the press always capitalises (associations, unions, parties, companies,
  sports clubs: *proper* names), whatever their length: the first capital of the name must be there, and a
  capitalised leading article's too, other letters in any case (``Restos du cœur``, ``Restos du
  Cœur``; not ``les meilleurs médecins du monde`` for ``Médecins du monde``, nor
  ``la Cimade`` for ``La Cimade``, which its alias ``Cimade`` matches);
* one-word names: the capitals of the name must be there, other letters may be
  capitals too (``EUROPOL``; not ``le monde`` for ``Le Monde``);
* places (label ``LOC``): as written;
* in both, a leading article or a first word followed by de/du/des/d' may be
  lower-case (``la Réunion``, ``ministère de la Justice``) when another capital
  remains (``Armée de terre`` does not match ``armée de terre``);
* acronyms: as written, in capitals and, from 3 letters, in title case
  (``DNPAF``/``Dnpaf``, ``DGFiP``/``DGFIP``/``Dgfip``) unless the title-case
  form is a common word or another entry's name; never in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Set
from typing import NamedTuple

from spacy.tokens import Doc, Token

from seedner.text.folding import unaccent
from seedner.text.french_words import DEFINITE_ARTICLES

NAME, SHORT, WORD, ACRONYM, TITLE_ACRONYM = "name", "short", "word", "acronym", "title_acronym"
# The span group where seedner_gazetteer leaves every place it found, embedded ones included, for
# seedner_institutions ("section de recherches de Dijon"); the span label is the place's category.
PLACE_SPANS = "seedner_places"
LONG_NAME_WORDS = 2


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PIECE = re.compile(r"\w+'?|[^\w\s]")
HYPHENS = frozenset("-‐‑")
SENTENCE_OPENERS = frozenset('.!?:;«"“(—–…')
ARTICLES = DEFINITE_ARTICLES
# "d", "l" and "'" because the tokenizer splits "d' Angleterre" written with a space.
OF = frozenset({"de", "du", "des", "d'", "d"})
CONNECTORS = OF | ARTICLES | {"l", "'"}
# Lower-case generic words that make a place part of a longer name: "lac Tchad", "basilique
# Saint-Pierre", "Afrique centrale".
GENERIC_NOUNS = _words(
    "lac lacs mer mers ocean golfe ile iles ilot archipel mont monts massif chaine fleuve riviere baie "
    "detroit cap canal vallee plaine plateau desert quartier peninsule place rue avenue boulevard quai "
    "pont gare port aeroport stade palais chateau parc basilique cathedrale eglise abbaye chapelle "
    "cimetiere musee college lycee universite hopital prison"
)
GEOGRAPHIC_ADJECTIVES = _words(
    "central centrale oriental orientale occidental occidentale septentrional septentrionale meridional "
    "meridionale equatorial equatoriale continental continentale insulaire austral australe"
)
# Words that title-cased acronyms would collide with and that the stop-word list lacks.
COMMON_WORDS = _words(
    "air art bar bus cap car cas cep col cor dos eau fer fin fil for gaz lac loi mal mer nom nord sud "
    "est ouest oui non pic pot roi rue sac sel sol ski tas the vin vie vue zone base data info page "
    "site fort port pont cours sens"
)


def pieces(text: str) -> list[str]:
    """The matching units of ``text``: folded words and punctuation, hyphens dropped."""
    return [piece for piece in _PIECE.findall(unaccent(text)) if piece not in HYPHENS]


def token_key(text: str) -> str:
    """A token's case- and accent-free key: ``Préfecture`` and ``prefecture`` compare equal."""
    return "".join(pieces(text)).lower()


class NamePattern(NamedTuple):
    """One pattern of a name: its kind, whether it is matched as written, and the capitals to check."""

    kind: str
    cased: bool
    words: list[str]
    required: set[int] | None


def name_patterns(
    words: list[str], *, place: bool, stop_words: Set[str], proper: bool = False
) -> list[NamePattern]:
    """The patterns of one name or alias given as pieces (case rules in the module docstring);
    ``proper``: a name the press always capitalises, whose first capital is needed."""
    if place:
        kind = WORD if len(words) == 1 else NAME
        return [NamePattern(kind, True, variant, None) for variant in place_variants(words)]
    lower = [word.lower() for word in words]
    kind = WORD if len(words) == 1 else SHORT
    if proper:
        return [NamePattern(kind, False, lower, first_capital(words))]
    if sum(w.isalpha() and w not in stop_words for w in lower) >= LONG_NAME_WORDS:
        return [NamePattern(NAME, False, lower, None)]
    return [NamePattern(kind, False, lower, required_capitals(words))]


def title_case_allowed(acronym: str, min_length: int, stop_words: Set[str]) -> bool:
    """Whether the title-case form of ``acronym`` (``Tracfin``) may match: long, no common word."""
    folded = unaccent(acronym).lower()
    return (
        acronym.isalpha()
        and len(acronym) >= min_length
        and folded not in stop_words
        and folded not in COMMON_WORDS
    )


def place_variants(words: list[str]) -> list[list[str]]:
    """As written; also with a lower-case article or first word before de/du/des/d' (other capitals stay)."""
    capitals = sum(word[:1].isupper() for word in words)
    if capitals > 1 and (words[0].lower() in ARTICLES or words[1].lower() in OF):
        return [words, [words[0].lower(), *words[1:]]]
    return [words]


def required_capitals(words: list[str]) -> set[int]:
    """Positions of ``words`` (a short name) that must be capitalised in the text."""
    required = {i for i, word in enumerate(words) if word[:1].isupper()}
    if len(required) > 1 and (words[0].lower() in ARTICLES or words[1].lower() in OF):
        required.discard(0)  # "le Monde", "ministère de la Justice"; not "armée de terre"
    return required


def first_capital(words: list[str]) -> set[int]:
    """The positions of a proper name's first capitalised word and of a capitalised article before it
    (``Les Restaurants du cœur``: ``Les`` and ``Restaurants``, so that a sentence that starts with ``Les
    restaurants du cœur de ville`` names nothing)."""
    required: set[int] = set()
    for i, word in enumerate(words):
        if word[:1].isupper():
            required.add(i)
            if word.lower() not in ARTICLES:
                break
    return required


def glued(before: Token, char: str) -> bool:
    """Whether ``before`` is joined to the next token by a hyphen (elisions do not count)."""
    return not before.whitespace_ and char in HYPHENS


def glued_at(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are hyphen-joined to a neighbour: part of ``Nouvelle-Bretagne``."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (before is not None and glued(before, before.text[-1:])) or (
        after is not None and glued(doc[end - 1], after.text[:1])
    )


def is_proper(doc: Doc, i: int, stop_words: Set[str]) -> bool:
    """Whether token ``i`` is a capitalised word that is no sentence-initial function word."""
    if not 0 <= i < len(doc) or not doc[i].text[:1].isupper():
        return False
    if unaccent(doc[i].text).lower() not in stop_words:
        return True
    return i > 0 and doc[i - 1].text not in SENTENCE_OPENERS


def is_embedded(
    doc: Doc, start: int, end: int, *, place: bool, one_word: bool, yield_embedded: bool, stop_words: Set[str]
) -> bool:
    """Whether a match at ``start:end`` only completes a longer name, which the model knows better.

    Presetting ``Lorient`` in ``gare de Lorient`` would leave the model to
    label ``gare de`` on its own; ``Marianne`` in ``Marianne Faithfull`` is a person.
    ``place``: the entry is a LOC; ``one_word``: a one-word name or a title-case acronym.
    """
    if glued_at(doc, start, end):
        return True  # Nouvelle-Bretagne, Aix-Marseille
    if not yield_embedded or not (place or one_word):
        return False
    headline = doc[start:end].text.isupper()
    if not headline and (is_proper(doc, start - 1, stop_words) or is_proper(doc, end, stop_words)):
        return True  # Nancy Reagan, Marianne Vos, BBC Canada
    j = end
    while j < len(doc) and j - end < 3 and unaccent(doc[j].text).lower() in CONNECTORS:
        j += 1
    if end < j and is_proper(doc, j, stop_words):
        return True  # Afrique de l'Est, la Libération de Paris
    if not place:
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.like_num or unaccent(after.text).lower() in GEOGRAPHIC_ADJECTIVES):
        return True  # France 2, Afrique centrale
    if before is not None and unaccent(before.text).lower() in GENERIC_NOUNS:
        return True  # lac Tchad
    i, of = start - 1, False
    while i >= 0 and start - i <= 5 and (word := unaccent(doc[i].text).lower()) in CONNECTORS:
        of, i = of or word in OF, i - 1
    if not of or i < 0:
        return False
    word = doc[i].text
    return is_proper(doc, i, stop_words) or (
        any(c.isalpha() for c in word) and unaccent(word).lower() not in stop_words
    )
