"""Pure rules for French acronym mentions: what is one (shapes, numerals, units, headlines, surnames).

No pipeline or model needed: the ``seedner_acronyms`` component (``acronyms.py``) only maps Doc
tokens onto these functions.  In-text definitions live in :mod:`seedner.acronym_definitions`,
dictionary senses in :mod:`seedner.acronym_senses`.  Every function is linear in its input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from seedner.text import french_words
from seedner.text.folding import acronym_key, fold
from seedner.text.french_words import ROLE_WORDS

MAX_TOKEN_CHARS = 16
# The shortest title-case acronym, when a curated dictionary row writes it so (``Caf``).
MIN_TITLE_SPELLING = 3
# Kinds of French words in capitals (see :mod:`seedner.acronyms.words`): frequent ones, and rare ones.
COMMON = "common"
RARE = "rare"


def word_set(text: str) -> frozenset[str]:
    """The space-separated words of ``text``, as a set (the word lists below)."""
    return frozenset(text.split())


# Words that neither start a long form nor have to give it a letter (they may: ``aux`` gives the A of DNPAF).
FUNCTION_WORDS = word_set(
    "a au aux avec chez contre d dans de des du en entre et l la le les ou par pour sans selon sous sur "
    "un une vers"
)
# First words of a long form that names an organisation.
BODY_NOUNS = word_set(
    "academie agence assemblee association autorite banque brigade bureau cabinet caisse cellule centre "
    "chambre college comite commissariat commission confederation conseil conservatoire cour delegation "
    "direction ecole etablissement federation fondation fonds gendarmerie groupe groupement haut haute "
    "inspection institut maison ministere mission observatoire office organisation organisme parquet parti "
    "police prefecture regie secretariat section service societe sous syndicat tribunal unite union "
    "universite"
)
THING_NOUNS = french_words.THING_NOUNS
# Words after which a capitalised word is a name (folded, final period dropped): civilities, functions, ranks.
CIVILITIES = frozenset(fold(word).rstrip(".") for word in (*french_words.CIVILITIES, *ROLE_WORDS, "Mgr"))
NAME_PARTICLES = word_set("de du des d la le van von di da del della ben el al")
_CONTRACTED_PARTICLES = word_set("du des")
# Functions and ranks, without the civilities: ``le directeur du SDIS`` names a body, ``M. du PLESSIS`` a man.
ROLES = frozenset(fold(word) for word in ROLE_WORDS) - frozenset(
    fold(word) for word in french_words.CIVILITIES
)
# Capitalised words that start a sentence or a line and are no given names.
_NOT_GIVEN_NAMES = word_set(
    "hier demain aujourd ensuite alors mais lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
    "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre contact mail tel fax "
    "source photo communique"
)
_NUMBERING_WORDS = word_set("chapitre titre article livre tome partie acte section annexe volume siecle")
_UNITS = word_set("km cm mm kg mg ha kw mw gw tw kwh mwh gwh twh hz khz mhz ghz db ko mo go to md mds mrd")
_ABBREVIATIONS = word_set("nb nota ndlr etc cf tel tél fax art ibid op cit ps pj")
# Prefixes of a forwarded or answered e-mail's subject (``TR: Fwd: Renvoi``, ``RE : Atelier``), and the
# abbreviated header fields of an e-mail (``Cc :``, ``Cci :``).
_MAIL_PREFIXES = word_set("re tr fw fwd trans aw wg rv cc cci bcc")
# Road numbers written with a space (``RD 906``, ``RN 7``); joined ones (``RD906``) are ``_ROAD``.
_SPACED_ROADS = word_set("rd rn rm rc")
# Units of time and eras after a number: a duration or a date (``DOUZE MOIS``, ``51 AD``).
_TIME_UNITS = word_set("an ans annee annees mois semaine semaines jour jours heure heures ad bc bce")
_NUMBER_WORDS = word_set(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt "
    "trente quarante cinquante soixante cent cents mille"
)
_COLON_NEXT = re.compile(r"[ \t\u00a0\u202f]?:")
_ROAD_NUMBER_NEXT = re.compile(r"[ \u00a0\u202f]\d{1,4}(?:bis|[a-z])?(?![\d.,]*\d)(?![ \u00a0\u202f]?%)")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's French stop words, imported on first use: importing ``spacy.lang.fr``
    compiles the tokenizer's big regex, which ``regex_cache`` must be able to precede."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


_DOTTED = re.compile(r"(?:[A-ZÀ-Þ]\.){2,}[A-ZÀ-Þ]?\.?")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ORDINAL = re.compile(r"(?:[IVXLCDM]+|\d+)(?:e|er|re|ère|ème|eme|es|ers|nd|nde)")
_ROAD = re.compile(r"(?:A|N|D|E|RN|RD|RC)\d{1,4}")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# A digit between two letters (B7I, K2X), or a word with a digit joined to other pieces by a hyphen or a
# slash: the pieces of a code, not an acronym.
_DIGIT_INSIDE = re.compile(r"[^\W\d_]\d+[^\W\d_]")
_CODE_JOINERS = frozenset({"-", "/"})
_CODE_PIECE_NEXT = re.compile(r"[-/][^\W_]")


@lru_cache(maxsize=65_536)
def token_shape(text: str) -> str | None:
    """``caps`` (TRACFIN, G7), ``mixed`` (DGFiP), ``dotted`` (S.N.C.F.), ``title`` (Ofpra) or None."""
    if not 2 <= len(text) <= MAX_TOKEN_CHARS or not text[0].isupper():
        return None
    if _DOTTED.fullmatch(text):
        return "dotted"
    if text[-1] in "-&" or not all(c.isalnum() or c in "-&" for c in text):
        return None
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    lower = len(letters) - upper
    if lower == 0:
        return "caps" if len(letters) >= 2 or any(c.isdigit() for c in text) else None
    if upper >= 2 and upper >= lower:
        return "mixed"
    if upper == 1 and text.isalpha():
        return "title"
    return None


def is_roman_numeral(text: str) -> bool:
    return bool(text) and _ROMAN.fullmatch(text) is not None


def not_acronym_form(text: str, previous: str = "", following: str = "") -> bool:
    """Ordinals (``XXIe``), roman numerals after a name or a numbering word (``Louis XIV``), road numbers
    (``A16``, and ``RD 906`` when ``following``, the text after the word, holds the number), reference
    numbers, units and abbreviations (``M.``, ``Mme``), units of time after a number (``DOUZE MOIS``,
    ``51 AD``), e-mail subject prefixes before their colon (``TR:``, ``RE :``), whatever their casing."""
    low = fold(text).rstrip(".")
    if _ORDINAL.fullmatch(text) or _ROAD.fullmatch(text) or sum(c.isdigit() for c in text) >= 3:
        return True

    if (
        is_mail_prefix(text, following)
        or is_time_unit(text, previous)
        or (low in _SPACED_ROADS and text.isupper() and _ROAD_NUMBER_NEXT.match(following))
    ):
        return True
    if (low in CIVILITIES or low in _ABBREVIATIONS) and not (text.isupper() and len(text) <= 3):  # PS, PJ
        return True
    if low in _ABBREVIATIONS and _COLON_NEXT.match(following):  # NB : …, PJ : deux pièces
        return True
    if low in _UNITS and text != text.upper():
        return True
    if low in _UNITS and previous[-1:].isdigit():
        return True
    if is_roman_numeral(text):
        small = len(text) <= 2 and set(text) <= set("IVX")  # II, IV, XI: numbers; CD, DL: maybe acronyms
        return small or fold(previous) in _NUMBERING_WORDS or is_given_name(previous)
    return False


def is_code_piece(text: str, previous: str, following: str) -> bool:
    """A piece of a reference code (``B7I``, ``KXV2`` in ``N° Portalis DBZK-W-B7I-KXV2``): a digit between
    two letters, or a word with a digit joined to other pieces by a hyphen or a slash.  Acronyms are
    written so too (``C2S``, ``COP28``), so only a dictionary sense makes one an acronym."""
    return _DIGIT_INSIDE.search(text) is not None or (
        any(c.isdigit() for c in text)
        and (previous in _CODE_JOINERS or _CODE_PIECE_NEXT.match(following) is not None)
    )


def is_time_unit(text: str, previous: str) -> bool:
    """A unit of time or an era after a number (``DOUZE MOIS``, ``2 ANS``, ``51 AD``): a duration or a date,
    no acronym and no name."""
    return fold(text) in _TIME_UNITS and (previous[-1:].isdigit() or fold(previous) in _NUMBER_WORDS)


def is_mail_prefix(text: str, following: str) -> bool:
    """An e-mail subject prefix or abbreviated header field before its colon (``TR:``, ``Fwd:``, ``RE :``,
    ``Cc :``), in any casing: no acronym, and no name either."""
    return text.lower() in _MAIL_PREFIXES and _COLON_NEXT.match(following) is not None


def is_stop_word(text: str) -> bool:
    return text.lower() in stop_words()


def is_headline(line: str) -> bool:
    """A line written in capitals (``COMMUNIQUE DE PRESSE``, ``URGENT``): its words are no acronyms unless
    known.  A line qualifies with 3 or more capitalised words making 80 % of its words, or with 1 or 2 words
    all in capitals."""
    line_words = _LETTER_WORD.findall(line)
    words, caps = len(line_words), sum(map(str.isupper, line_words))
    return (caps >= 3 and caps >= 0.8 * words) or (1 <= words <= 2 and caps == words)


_REFERENCE_LINE = re.compile(
    r"[ \t]*(?:[NV]/[ \t]*|(?:nos|notre|vos|votre)[ \t]+)?r[ée]f(?:[ée]rences?)?\b", re.I
)


def is_reference_line(line: str) -> bool:
    """A letter's reference line (``Réf. : 2025/117 – PL/MC``, ``N/Réf.``, ``Vos références :``), where
    capitals joined by a slash are the writer's and the typist's initials."""
    return _REFERENCE_LINE.match(line) is not None


def _is_caps_word(word: str) -> bool:
    return word.isupper() and word.replace("-", "").isalpha() and len(word) >= 2


def is_given_name(word: str) -> bool:
    """Capitalised word that may be a first name: ``Bruno``, ``Jean-Luc`` (not ``Selon``, ``Direction``)."""
    parts = word.split("-")
    if not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts) or len(word) < 2:
        return False
    low = fold(word)
    return word.lower() not in stop_words() and low not in BODY_NOUNS and low not in _NOT_GIVEN_NAMES


def surname_indices(
    words: Sequence[str], blocked: Collection[int] = (), known: Callable[[str], bool] | None = None
) -> set[int]:
    """Indices of ALL-CAPS words that are surnames: after a given name or civility (``Bruno RETAILLEAU``,
    ``Amélie DE MONTCHALIN``, ``M. DUPONT``) or, at the start of a clause, before one (``DUPONT Jean``).
    ``words`` are token texts in order; ``blocked`` indices (places, known acronyms) are never names.
    Words that ``known`` says are acronyms (``CFDT``, ``TJ``) are surnames only right after a given name
    or a civility, never at a clause start (``CFDT Interco``) or after a particle (``président du TJ``),
    and a role's ``du`` or ``des`` introduces a body, not a name (``directeur du SDIS``)."""

    def name_at(i: int) -> bool:
        return 0 <= i < len(words) and i not in blocked and is_given_name(words[i])

    def civility_at(i: int) -> bool:
        return i >= 0 and fold(words[i]).rstrip(".") in CIVILITIES

    found: set[int] = set()
    # isupper() first: most words fail it, without the cost of a function call
    caps = [i for i, word in enumerate(words) if word.isupper() and _is_caps_word(word)]
    runs: list[tuple[int, int]] = []  # maximal runs of consecutive ALL-CAPS words, across a line break
    for i in caps:
        if runs and (runs[-1][1] == i or (runs[-1][1] == i - 1 and words[i - 1].isspace())):
            runs[-1] = (runs[-1][0], i + 1)  # DE\nVILLEMAREST: a name cut by the end of a line
        else:
            runs.append((i, i + 1))
    for i, j in runs:
        if known is not None and all(words[k].isspace() or known(words[k]) for k in range(i, j)):
            if name_at(i - 1) or civility_at(i - 1):
                found.update(k for k in range(i, j) if not words[k].isspace())
            continue
        left = i - 1
        if left >= 1 and (particle := fold(words[left]).rstrip("'")) in NAME_PARTICLES:
            left -= 1
            if particle in _CONTRACTED_PARTICLES and left >= 0 and fold(words[left]) in ROLES:
                continue  # le directeur du SDIS, le président des CDAD
        clause_start = i == 0 or not words[i - 1][:1].isalnum()
        if name_at(left) or civility_at(left) or (clause_start and name_at(j)):
            found.update(k for k in range(i, j) if not words[k].isspace())
    return found


def accept_mention(
    text: str,
    *,
    previous: str = "",
    strong: bool = False,
    in_dictionary: bool = False,
    support: int = 0,
    in_headline: bool = False,
    surname: bool = False,
    proper_name: bool = False,
    min_title_length: int = 4,
    title_spelling: bool = False,
    seen_in_capitals: bool = False,
    following: str = "",
    french_word: str | None = None,
    curated: bool = False,
    initials: bool = False,
) -> bool:
    """Whether a token is an acronym mention.

    ``strong``: defined in the document or matched by the gazetteer as an acronym, which always wins.
    Otherwise capitals and mixed case are acronyms, except surnames, numerals, codes, units and e-mail
    prefixes (``following``: the text after the word); a French word in capitals (``french_word``, see
    :mod:`seedner.acronyms.words`: ``CONSIDÉRANT``, ``CASSE``, ``MOIS``) and a writer's initials in a
    reference line (``initials``: ``Réf. : PL/MC``) only with a ``curated`` dictionary sense (``BAC``,
    ``CROSS``), or, for a ``RARE`` word (``HADOPI``), a sense the document supports; words of a headline,
    stop words and numerals such as XIV only with a dictionary sense the document supports (2 shared
    stems); a title-case word (``Tracfin``) likewise, and never a name an upstream component labelled a
    person or place (``Paris``, ``Lognes``) unless the document also writes it in capitals (``le CROSS
    Gris-Nez`` … ``le Cross``).  ``title_spelling``: a curated dictionary writes it so (``Urssaf``), which
    is evidence enough, and lets a title-case word as short as ``MIN_TITLE_SPELLING`` letters through
    (``Caf``: ``min_title_length`` keeps the others, ``Ars``, ``Bac``, out).
    """
    shape = token_shape(text)
    if shape is None:
        return False
    if strong:
        return True
    if surname or not_acronym_form(text, previous, following):
        return False
    if not in_dictionary and is_code_piece(text, previous, following):
        return False
    known = in_dictionary and support >= 2
    if (french_word or initials) and not curated and not (french_word == RARE and known):
        return False
    if shape == "title":
        if len(text) < (MIN_TITLE_SPELLING if title_spelling else min_title_length) or is_stop_word(text):
            return False
        return title_spelling or (known and (not proper_name or seen_in_capitals))
    if is_stop_word(text):
        return known and not in_headline
    if in_headline or (is_roman_numeral(text) and set(text) <= set("IVX")):  # XIV; CDI, CCI are acronyms
        return known
    return True


@dataclass(frozen=True)
class AcronymMention:
    """An acronym mention as plain data, e.g. from the pieces of a long document."""

    text: str
    start: int
    end: int
    expansion: str | None = None
    expansion_source: str | None = None
    expansion_candidates: tuple[str, ...] | None = None

    @property
    def key(self) -> str:
        return acronym_key(self.text)


def propagate_definitions(
    mentions: Iterable[AcronymMention], definitions: Mapping[str, str]
) -> list[AcronymMention]:
    """Every mention of an acronym the document defines, before or after the definition, takes it:
    the document beats the gazetteer and the dictionary.  ``definitions`` maps acronym keys to long forms
    (for a document processed in pieces, merge the pieces' ``doc._.acronym_definitions``, first piece first).
    A mention that already carries a document expansion (its own definition) keeps it."""
    result = []
    for mention in mentions:
        long = definitions.get(mention.key)
        if long is not None and mention.expansion_source != "document":
            mention = replace(mention, expansion=long, expansion_source="document", expansion_candidates=None)
        result.append(mention)
    return result
