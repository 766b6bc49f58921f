"""Pure rules for French acronyms: what is one, where the text defines it, which sense it has.

No pipeline or model needed: the ``seedner_acronyms`` component (``acronyms.py``) only maps Doc
tokens onto these functions.  Whole-text functions are linear; the definition matcher only looks at a
bounded window before a bounded parenthesised group, so 100,000 ``(`` or a 1 MB line of capitals
cost linear time too.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.lang.fr.stop_words import STOP_WORDS

MAX_LETTERS = 12
MAX_TOKEN_CHARS = 16
DEFAULT_MAX_WORDS = 15
_WINDOW_CHARS = 320  # the longest long form we look at, in characters


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that neither start a long form nor have to give it a letter (they may: ``aux`` gives the A of DNPAF).
FUNCTION_WORDS = _words(
    "a au aux avec chez contre d dans de des du en entre et l la le les ou par pour sans selon sous sur "
    "un une vers"
)
# First words of a long form that names an organisation.
BODY_NOUNS = _words(
    "academie agence assemblee association autorite banque brigade bureau cabinet caisse cellule centre "
    "chambre college comite commissariat commission confederation conseil conservatoire cour delegation "
    "direction ecole etablissement federation fondation fonds gendarmerie groupe groupement haut haute "
    "inspection institut ministere mission observatoire office organisation organisme parquet parti police "
    "prefecture regie secretariat section service societe sous syndicat tribunal unite union universite"
)
ORG_CATEGORIES = _words(
    "ministry government agency police gendarmerie justice finance customs defence intelligence migration "
    "regulator eu_body international_organisation media organisation company"
)
LOC_CATEGORIES = _words("country region departement commune place")
CIVILITIES = _words(
    "m mm mme mmes mlle mlles me mgr dr pr monsieur madame maitre general generale colonel commandant "
    "capitaine lieutenant commissaire prefet prefete juge procureur procureure president presidente"
)
NAME_PARTICLES = _words("de du des d la le van von di da del della ben el al")
# Capitalised words that start a sentence or a line and are no given names.
_NOT_GIVEN_NAMES = _words(
    "hier demain aujourd ensuite alors mais lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
    "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre contact mail tel fax "
    "source photo communique"
)
_NUMBERING_WORDS = _words("chapitre titre article livre tome partie acte section annexe volume siecle")
_UNITS = _words("km cm mm kg mg ha kw mw gw tw kwh mwh gwh twh hz khz mhz ghz db ko mo go to md mds mrd")
_ABBREVIATIONS = _words("nb ndlr etc cf tel tél fax art ibid op cit ps pj")
_STOP = frozenset(STOP_WORDS)

_DOTTED = re.compile(r"(?:[A-ZÀ-Þ]\.){2,}[A-ZÀ-Þ]?\.?")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ORDINAL = re.compile(r"(?:[IVXLCDM]+|\d+)(?:e|er|re|ère|ème|eme|es|ers|nd|nde)")
_ROAD = re.compile(r"(?:A|N|D|E|RN|RD|RC)\d{1,4}")
_ALNUM = re.compile(r"[^\W_]+")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_PAREN = re.compile(r"\(([^()\n]{1,200})\)")
_WINDOW_STOP = re.compile(r"[()\[\]{};:|\n]|[.!?](?=\s)")
_LAST_WORD = re.compile(r"([^\s'’(]+)[ \t]*$")
_LEADING_ARTICLE = re.compile(r"^(?:(?:la|le|les|du|des)\s+|[ld]['’]\s*)", re.IGNORECASE)


def _fold_char(char: str) -> str:
    special = {"œ": "o", "æ": "a", "’": "'", "‘": "'", "ß": "s"}
    base = unicodedata.normalize("NFKD", char.lower())[:1] or char
    folded = special.get(char.lower(), base)
    return folded if len(folded) == 1 else char


_FOLD_TABLE = {code: _fold_char(chr(code)) for code in range(0x250)} | {0x2019: "'", 0x2018: "'"}


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` of the same length, so offsets carry over (``É`` = ``e``)."""
    return text.translate(_FOLD_TABLE)


def acronym_key(text: str) -> str:
    """One key for all casings and punctuations of an acronym: ``Oltim``, ``S.N.C.F.``, ``DGFiP``."""
    return "".join(c for c in fold(text).upper() if c.isalnum() or c == "&")


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


def not_acronym_form(text: str, previous: str = "") -> bool:
    """Ordinals (``XXIe``), roman numerals after a name or a numbering word (``Louis XIV``), road numbers
    (``A16``), reference numbers, units and abbreviations (``M.``, ``Mme``), whatever their casing."""
    low = fold(text).rstrip(".")
    if _ORDINAL.fullmatch(text) or _ROAD.fullmatch(text) or sum(c.isdigit() for c in text) >= 3:
        return True
    if (low in CIVILITIES or low in _ABBREVIATIONS) and not (text.isupper() and len(text) <= 3):  # PS, PJ
        return True
    if low in _UNITS and text != text.upper():
        return True
    if low in _UNITS and previous[-1:].isdigit():
        return True
    if is_roman_numeral(text):
        small = len(text) <= 2 and set(text) <= set("IVX")  # II, IV, XI: numbers; CD, DL: maybe acronyms
        return small or fold(previous) in _NUMBERING_WORDS or is_given_name(previous)
    return False


def is_stop_word(text: str) -> bool:
    return text.lower() in _STOP


def headline_ranges(text: str) -> list[tuple[int, int]]:
    """Lines written in capitals (``COMMUNIQUE DE PRESSE``, ``URGENT``): their words are no acronyms unless
    known.  A line qualifies with 3 or more capitalised words making 80 % of its words, or with 1 or 2 words
    all in capitals."""
    ranges = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        words = caps = 0
        for match in _LETTER_WORD.finditer(text, start, end):
            words += 1
            caps += match.group().isupper()
        if (caps >= 3 and caps >= 0.8 * words) or (1 <= words <= 2 and caps == words):
            ranges.append((start, end))
        start = end + 1
    return ranges


def _is_caps_word(word: str) -> bool:
    return word.isupper() and word.replace("-", "").isalpha() and len(word) >= 2


def is_given_name(word: str) -> bool:
    """Capitalised word that may be a first name: ``Bruno``, ``Jean-Luc`` (not ``Selon``, ``Direction``)."""
    parts = word.split("-")
    if not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts) or len(word) < 2:
        return False
    low = fold(word)
    return word.lower() not in _STOP and low not in BODY_NOUNS and low not in _NOT_GIVEN_NAMES


def surname_indices(words: Sequence[str], blocked: Collection[int] = ()) -> set[int]:
    """Indices of ALL-CAPS words that are surnames: after a given name or civility (``Bruno RETAILLEAU``,
    ``Amélie DE MONTCHALIN``, ``M. DUPONT``) or, at the start of a clause, before one (``DUPONT Jean``).
    ``words`` are token texts in order; ``blocked`` indices (places, known acronyms) are never names."""

    def name_at(i: int) -> bool:
        return 0 <= i < len(words) and i not in blocked and is_given_name(words[i])

    def civility_at(i: int) -> bool:
        return i >= 0 and fold(words[i]).rstrip(".") in CIVILITIES

    found: set[int] = set()
    i = 0
    while i < len(words):
        if not _is_caps_word(words[i]):
            i += 1
            continue
        j = i
        while j < len(words) and _is_caps_word(words[j]):
            j += 1
        left = i - 1
        if left >= 1 and fold(words[left]).rstrip("'") in NAME_PARTICLES:
            left -= 1
        clause_start = i == 0 or not words[i - 1][:1].isalnum()
        if name_at(left) or civility_at(left) or (clause_start and name_at(j)):
            found.update(range(i, j))
        i = j
    return found


@dataclass(frozen=True)
class Definition:
    """``long`` at ``[long_start, long_end)`` defines ``short`` at ``[short_start, short_end)``."""

    short: str
    short_start: int
    short_end: int
    long: str
    long_start: int
    long_end: int

    @property
    def key(self) -> str:
        return acronym_key(self.short)


def _align(letters: Sequence[str], low: str, weight: Mapping[int, float]) -> list[int] | None:
    """Positions of ``letters`` in ``low`` in order, ``letters[0]`` at 0, of the greatest total weight."""
    by_letter: dict[str, list[int]] = {}
    for pos in range(1, len(low)):
        if low[pos] in letters:
            by_letter.setdefault(low[pos], []).append(pos)
    rows, values, back = [[0]], [[1.0]], [[-1]]
    for letter in letters[1:]:
        prev_row, prev_val = rows[-1], values[-1]
        row, val, ptr = by_letter.get(letter, []), [], []
        k, run_best, run_arg = 0, -math.inf, -1
        for pos in row:
            while k < len(prev_row) and prev_row[k] < pos:
                if prev_val[k] > run_best:
                    run_best, run_arg = prev_val[k], k
                k += 1
            val.append(run_best + weight.get(pos, 0.0))
            ptr.append(run_arg)
        rows.append(row)
        values.append(val)
        back.append(ptr)
    if not values[-1] or max(values[-1]) == -math.inf:
        return None
    index = values[-1].index(max(values[-1]))
    path = []
    for row_no in range(len(rows) - 1, -1, -1):
        path.append(rows[row_no][index])
        index = back[row_no][index]
    return path[::-1]


def _accepts(letters: Sequence[str], low: str) -> bool:
    """Whether the folded long form ``low`` (starting with ``letters[0]``) plausibly spells ``letters``:
    half the letters on word starts, content words skipped only at the end (``… financiers clandestins``
    for TRACFIN) or, in long acronyms, one in four (``Office européen de lutte antifraude``)."""
    words = [(m.start(), m.end()) for m in _ALNUM.finditer(low)]
    starts = [start for start, _ in words]
    weight: dict[int, float] = {}  # word starts first, content words before function words
    for start, end in words:
        content = low[start:end] not in FUNCTION_WORDS
        weight.update(dict.fromkeys(range(start + 1, end), 0.05 if content else 0.0))
        weight[start] = 1.0 if content else 0.9
    path = _align(letters, low, weight)
    n = len(letters)
    if path is None or sum(pos in starts for pos in path) < max(2, math.ceil(n / 2)):
        return False
    covered = {bisect_right(starts, pos) - 1 for pos in path}
    skipped = [i for i, (s, e) in enumerate(words) if i not in covered and low[s:e] not in FUNCTION_WORDS]
    inside = sum(i < max(covered) for i in skipped)
    return inside <= n // 4 and len(skipped) - inside <= 2


def match_long_form(
    short: str, candidate: str, *, anchored: bool = False, max_words: int = DEFAULT_MAX_WORDS
) -> int | None:
    """Offset in ``candidate`` where the long form of ``short`` starts, or None.

    Schwartz–Hearst adapted to French: letters compared with accents folded and in order; the first letter
    starts a content word, where the long form starts (the one closest to the end of ``candidate``, or its
    first content word if ``anchored``); at most ``min(2n + 5, max_words)`` words, elided ``l'``/``d'`` not
    counted; at least half the letters, and 2, on word starts; few content words giving no letter.
    """
    letters = [c for c in fold(short) if c.isalnum()]
    if not 2 <= len(letters) <= MAX_LETTERS:
        return None
    base = max(0, len(candidate) - _WINDOW_CHARS)
    low = fold(candidate[base:])
    words = [(m.start(), m.end()) for m in _ALNUM.finditer(low)]
    if not words:
        return None
    limit = min(2 * len(letters) + 5, max_words)
    end = words[-1][1]
    counted = 0
    for index in range(len(words)) if anchored else range(len(words) - 1, -1, -1):
        start, stop = words[index]
        word = low[start:stop]
        counted += word not in ("l", "d")
        if word in FUNCTION_WORDS:
            continue
        if anchored:  # the first content word starts the long form, which is all of ``candidate``
            counted = sum(low[s:e] not in ("l", "d") for s, e in words[index:])
        if counted > limit:
            return None
        if word[0] == letters[0] and _accepts(letters, low[start:end]):
            return base + start
        if anchored:
            return None
    return None


def is_short_form(text: str) -> bool:
    """Whether a parenthesised group may define an acronym: ``(OLTIM)``, ``(Oltim)``, not ``(ndlr)``."""
    shape = token_shape(text)
    return shape is not None and not not_acronym_form(text) and not (shape == "title" and is_stop_word(text))


def _forward(
    text: str, paren: int, short: str, short_start: int, sentence_starts: Sequence[int], max_words: int
) -> Definition | None:
    low_bound = max(0, paren - _WINDOW_CHARS)
    sentence = bisect_right(sentence_starts, paren) - 1
    if sentence >= 0:
        low_bound = max(low_bound, sentence_starts[sentence])
    window_start = low_bound
    for stop in _WINDOW_STOP.finditer(text, low_bound, paren):
        window_start = stop.end()
    end = window_start + len(text[window_start:paren].rstrip(' \t\u00a0\u202f,-–—»"”'))
    offset = match_long_form(short, text[window_start:end], max_words=max_words)
    if offset is None:
        return None
    start = window_start + offset
    return Definition(short, short_start, short_start + len(short), text[start:end], start, end)


def _reverse(text: str, match: re.Match[str], max_words: int) -> Definition | None:
    before_start = max(0, match.start() - MAX_TOKEN_CHARS - 4)
    word = _LAST_WORD.search(text, before_start, match.start())
    if word is None or not is_short_form(word.group(1)):
        return None
    short = word.group(1)
    body = re.split(r"[,;]", match.group(1), maxsplit=1)[0]
    start = match.start(1) + len(body) - len(body.lstrip())
    body = body.strip()
    article = _LEADING_ARTICLE.match(body)
    skip = article.end() if article else 0
    long = body[skip:].rstrip(" .")
    if len(long.split()) < 2 or match_long_form(short, long, anchored=True, max_words=max_words) != 0:
        return None
    return Definition(short, word.start(1), word.end(1), long, start + skip, start + skip + len(long))


def find_definitions(
    text: str, sentence_starts: Sequence[int] = (), max_words: int = DEFAULT_MAX_WORDS
) -> list[Definition]:
    """In-text definitions, ``Long Form (ACR)`` and ``ACR (long form)``, in text order.

    ``sentence_starts`` (sorted character offsets) keep a long form inside its sentence; lines, brackets,
    quotes, colons and semicolons always bound it.  Linear: each group and window is bounded.
    """
    found = []
    for match in _PAREN.finditer(text):
        inner = re.split(r"[,;]", match.group(1), maxsplit=1)[0]  # (OLTIM, rattaché à la DNPAF)
        short = inner.strip()
        if is_short_form(short):
            short_start = match.start(1) + len(inner) - len(inner.lstrip())
            definition = _forward(text, match.start(), short, short_start, sentence_starts, max_words)
        else:
            definition = _reverse(text, match, max_words)
        if definition is not None:
            found.append(definition)
    return found


def definition_map(definitions: Iterable[Definition]) -> dict[str, str]:
    """Acronym key → long form; the first definition in the text wins."""
    result: dict[str, str] = {}
    for definition in definitions:
        result.setdefault(definition.key, definition.long)
    return result


@dataclass(frozen=True)
class Sense:
    """One meaning of an acronym in the dictionary."""

    expansion: str
    category: str | None = None
    source: str | None = None


def stems(text: str) -> set[str]:
    """Content-word stems (first 5 letters, accents folded): ``financiers`` and ``financière`` agree."""
    return {w[:5] for w in _ALNUM.findall(fold(text)) if len(w) >= 3 and w not in _STOP and not w.isdigit()}


def merge_senses(senses: Iterable[Sense]) -> list[Sense]:
    """Senses with their variants merged (``Service Traitement du …`` = ``Traitement du …``), first kept."""
    groups: list[tuple[Sense, set[str]]] = []
    for sense in senses:
        own = stems(sense.expansion)
        if not any(len(own & seen) >= 0.8 * min(len(own), len(seen)) for _, seen in groups if own and seen):
            groups.append((sense, own))
    return [sense for sense, _ in groups]


def context_support(senses: Iterable[Sense], context: Collection[str]) -> int:
    """How many stems the best-matching sense shares with the document: evidence that a capitalised word
    (``Tracfin``) is this acronym rather than an ordinary name."""
    return max((sum(stem in context for stem in stems(sense.expansion)) for sense in senses), default=0)


def choose_sense(
    senses: Sequence[Sense],
    context: Collection[str],
    local: Collection[str] = (),
    categories: Collection[str] = (),
) -> tuple[Sense | None, tuple[Sense, ...]]:
    """The sense the context supports and the plausible alternatives, shortest list possible.

    Score: stems shared with the document, plus those shared with the mentions' neighbourhood, plus 2 when
    the sense's category is that of a nearby entity.  A single sense wins alone; a strict winner wins, listed
    with the other supported senses if any; a tie or no evidence gives no sense and the tied (or all) senses.
    """
    groups = merge_senses(senses)
    if len(groups) <= 1:
        return (groups[0] if groups else None), ()

    def score(sense: Sense) -> int:
        own = stems(sense.expansion)
        return sum((s in context) + (s in local) for s in own) + 2 * (sense.category in categories)

    scores = [score(sense) for sense in groups]
    top = max(scores)
    if top == 0:
        return None, tuple(groups)
    leaders = tuple(sense for sense, value in zip(groups, scores, strict=True) if value == top)
    if len(leaders) > 1:
        return None, leaders
    ranked = sorted((-value, i) for i, value in enumerate(scores) if value > 0)
    supported = tuple(groups[i] for _, i in ranked)
    return leaders[0], supported if len(supported) > 1 else ()


def looks_like_organisation(long_form: str) -> bool:
    """Whether a long form names a body: its first content word is ``Direction``, ``Office``, ``Agence`` …"""
    first = next((w for w in _ALNUM.findall(fold(long_form)) if w not in FUNCTION_WORDS), "")
    return first in BODY_NOUNS


def sense_label(sense: Sense) -> str:
    """Entity label of what a dictionary sense stands for: its category, else its first word, else MISC."""
    category = (sense.category or "").lower()
    if category in ORG_CATEGORIES:
        return "ORG"
    if category in LOC_CATEGORIES:
        return "LOC"
    return "ORG" if looks_like_organisation(sense.expansion) else "MISC"


def long_form_label(long_form: str, existing: str | None = None, sense: str | None = None) -> str:
    """Label of an in-text long form: an entity already there, a body noun, the acronym's known sense, then
    capitalisation (``Traitement du renseignement …`` is a name, ``taxe sur la valeur ajoutée`` is not)."""
    if existing in ("PER", "ORG", "LOC"):
        return existing
    if looks_like_organisation(long_form):
        return "ORG"
    if sense in ("PER", "ORG", "LOC"):
        return sense
    return "ORG" if long_form[:1].isupper() else "MISC"


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
) -> bool:
    """Whether a token is an acronym mention.

    ``strong``: defined in the document or matched by the gazetteer as an acronym, which always wins.
    Otherwise capitals and mixed case are acronyms, except surnames, numerals, codes and units; words of a
    headline, stop words and numerals such as XIV only with a dictionary sense the document supports (2 shared
    stems); a title-case word (``Tracfin``) likewise, and never a name an upstream component labelled a
    person or place (``Paris``, ``Lognes``).
    """
    shape = token_shape(text)
    if shape is None:
        return False
    if strong:
        return True
    if surname or not_acronym_form(text, previous):
        return False
    known = in_dictionary and support >= 2
    if shape == "title":
        return known and not proper_name and len(text) >= min_title_length and not is_stop_word(text)
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
