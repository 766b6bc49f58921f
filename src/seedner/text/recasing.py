"""Same-length case restoration of text that has lost its case, for the statistical model.

The French model tags text in capitals badly (every word looks like an acronym or a name) and text in
lower case no better (names and acronyms have lost their only mark).  :func:`recase` finds where a
document has lost its case (a whole document in capitals or in lower case; lines and long stretches in
capitals inside a normal document: headlines, legal documents, telegrams) and writes those words in the
case French prose would give them, character for character, so that offsets into the recased text are
offsets into its input.  Short capitals inside mixed-case text (``la DGSI``, ``Bruno RETAILLEAU``) and
words that kept a case mark (``Paris`` in a text in lower case) are left alone.

What the case of a word is comes from :class:`CaseHints`, which the pipeline fills from what it has
loaded (``seedner.pipeline.casing``: the model's vocabulary, the gazetteer, the acronym dictionary):

* ``phrases``: names as they are written, found whatever their case and accents (``Cour des comptes``,
  ``Fontenay-sous-Bois``, ``direction départementale des territoires``);
* ``acronym``: the written form of a known acronym (``OFAST``, ``Tracfin``, ``DGFiP``), never of a
  French word (``mis``, ``cas``); ``grammatical_acronym``: that of an acronym that is also a grammatical
  word, read so after an article only (``le TA de Rennes``);
* ``compound``: a hyphenated word as written as a whole (``rendez-vous``, ``Saint-Denis``);
* ``classify``: whether a word is written in lower case, with a capital, either way (``claire``,
  ``conseil``: a capital only next to a name, ``Claire Vidal``), or is a place that is also a word
  (``nord``: ``la CAF du Nord``, ``Lille (Nord)``, not ``au nord de``).

The text itself adds acronyms defined in it (``l'agence de l'union européenne pour l'asile (auea)``: the
letters are the initials of the words before the parenthesis, or the words inside the parenthesis
after it), sentence starts, initials (``J. Dupont``), civilities (``M. Marchand``, ``Me Dupont``),
particles (``Yann Le Guennec``), signatures (a line of names), roman numerals (``Sapin II``,
``XXIe``), compound names (``Moreau-Lagarde``: a compound with a name in it is a name, but for a
combining form, ``franco-italienne``) and codes (``A13``).  Without hints the case is French headline
case: every word with a capital except function words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from seedner.text.folding import fold
from seedner.text.french_words import ROLE_WORDS

# What ``CaseHints.classify`` says of a word in lower case: written so, with a capital, either way (a
# capital next to a name), or a place that is also a word (a capital after ``du`` or ``à``).
LOWER, NAME, MAYBE, PLACE = "lower", "name", "maybe", "place"
UPPER, LOWER_MODE = "upper", "lower"  # the two ways a stretch of text loses its case

Span = tuple[int, int, str]  # (start, end, mode): the words of ``mode``'s case in [start, end) are restored

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # apostrophes join elisions: L'ARMÉE, AUJOURD'HUI
_LONG_WORD = re.compile(r"[^\W\d_]{2,}")
# A word as the restoration reads it: letters joined by apostrophes and hyphens (l'alerte, pas-de-calais).
_COMPOUND = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
# Two words of two capitals or more in a row: the only normal texts whose capitals may be restored.
_CAPITALS_RUN = re.compile(r"[^\W\d_a-zß-ÿ]{2,}[^\w\n]+[^\W\d_a-zß-ÿ]{2,}")
# A word in parentheses, or before an opening one: an acronym defined by the words around it?
_DEFINITION = re.compile(r"\(([^\W\d_]{2,10})\)|\b([^\W\d_]{2,10})(?= \()")
_SENTENCE_END = re.compile(r"[.!?…][\"'»)\]]*\s")
# Addresses, e-mails and file names: their letters are no words (written in lower case when restored).
_ADDRESS = re.compile(r"\S*(?:://|@|www\.)\S*|\S*[^\W\d_]\.[^\W\d_]{2,4}\b\S*", re.IGNORECASE)
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿœæ")
_ELISIONS = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})
_FUNCTION_WORDS_TEXT = """
le la les un une des du de au aux à a et ou où ni mais donc or car que qui quoi dont en y dans par
pour sur sous avec sans chez entre vers contre selon après avant depuis pendant ne pas plus se sa
son ses leur leurs ce cet cette ces il elle ils elles on nous vous est sont été être ont avait sera
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
# Inside a compound name these stay in lower case: Fontenay-sous-Bois, Boulogne-sur-Mer, Aix-en-Provence.
_COMPOUND_LINKS_TEXT = "de du des la le les l d lès lez sur sous en et à au aux"
_COMPOUND_LINKS = frozenset(_COMPOUND_LINKS_TEXT.split())
_ARTICLES = frozenset({"le", "la", "les", "l", "du", "au", "aux", "un", "une"})
# Words after which the next word is a person's name: M. Marchand, Mme Moulin, Dr Martin.
_CIVILITIES = frozenset({"mme", "mmes", "mlle", "mlles", "dr", "pr", "monsieur", "madame", "mademoiselle"})
# Functions and ranks before a name stay in lower case, and so do the adjectives of ranks: commissaire
# divisionnaire Agnès Pellerin, inspecteur principal Jean Dupont.
_ROLES = frozenset(word for role in ROLE_WORDS for word in role.split("-")) | {"divisionnaire", "principal"}
_NUMBER_AFTER = re.compile(r" \d")
# Letters then digits: a code or a road, in capitals (A13, RN7, TSSS2515234A).
_CODE = re.compile(r"[^\W\d_]+\d")
_OF = frozenset({"de", "du", "des", "d"})
# Abbreviations whose full stop ends no sentence.
_ABBREVIATIONS = frozenset(
    {"art", "cf", "p", "pp", "n", "no", "réf", "ref", "tél", "tel", "av", "bd", "st", "ste"}
)
_ROMAN = re.compile(r"(?=[ivxlc]{2})c{0,3}(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})(?:e|er|ème)?|[ivx](?:e|er)")
# A line qualifies with this many words of two letters or more in capitals, acronyms aside; a stretch
# inside a mixed-case line needs more.
_CAPS_LINE_WORDS = 2
_CAPS_STRETCH_WORDS = 4
_MAX_ACRONYM = 10
_BLOCK = 100_000  # characters restored at a time


def _headline(word: str) -> str:
    return LOWER if word in _FUNCTION_WORDS else NAME


def _no_vowel(word: str) -> str | None:
    """The acronym guess without a dictionary: ``SNCF``, ``PJ``, ``XIV`` have no vowel."""
    return _upper(word) if len(word) >= 2 and _VOWELS.isdisjoint(word) else None


def _function_word(word: str) -> bool:
    return word in _FUNCTION_WORDS


def _unknown(word: str) -> str | None:
    return None


@dataclass(frozen=True, slots=True)
class PhraseForms:
    """Names as they are written, looked up whatever the case and accents of the text.

    Keys are :func:`fold` ed (same length as the name), hyphens read as spaces; a name is found where
    its folded form starts and ends on word boundaries.
    """

    by_first_word: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, names: Iterable[str]) -> PhraseForms:
        table: dict[str, dict[str, str]] = {}
        for name in names:
            key = _phrase_key(name)
            first = _LETTERS.match(key)
            if first is None or len(key) != len(name):
                continue
            table.setdefault(first.group(), {}).setdefault(key, name)
        return cls(
            {
                word: tuple(sorted(forms.items(), key=lambda item: -len(item[0])))
                for word, forms in table.items()
            }
        )

    def __bool__(self) -> bool:
        return bool(self.by_first_word)

    def find(self, folded: str, at: int, word: str) -> tuple[int, str] | None:
        """The longest name starting at ``at`` (``word``, the folded word there): its end and form."""
        for key, form in self.by_first_word.get(word, ()):
            end = at + len(key)
            if folded.startswith(key, at) and (end == len(folded) or not folded[end].isalnum()):
                return end, form
        return None


def _phrase_key(text: str) -> str:
    return fold(text).replace("-", " ")


@dataclass(frozen=True, slots=True)
class CaseHints:
    """What the restoration knows of words (see the module docstring).

    ``classify``, ``acronym`` and ``compound`` are asked about words in lower case; ``acronym`` gives the
    written form of a known acronym, ``compound`` that of a hyphenated word known as a whole
    (``rendez-vous``, ``Saint-Denis``), ``grammatical_acronym`` that of a known acronym that is also a
    grammatical word (``ta``, ``si``), an acronym only after an article (``le TA de Rennes``), all of the
    same length, or None; ``is_word`` tells French words, which are never taken for acronyms defined in
    the text.
    """

    classify: Callable[[str], str] = _headline
    acronym: Callable[[str], str | None] = _no_vowel
    compound: Callable[[str], str | None] = _unknown
    grammatical_acronym: Callable[[str], str | None] = _unknown
    is_word: Callable[[str], bool] = _function_word
    phrases: PhraseForms = field(default_factory=PhraseForms)


HEADLINE = CaseHints()


def recase(text: str, hints: CaseHints | None = None) -> str:
    """``text`` with the words of its stretches without case (see :func:`caseless_spans`) in the case
    French prose gives them; same length, every character in place (only letters change case)."""
    hints = hints or HEADLINE
    spans = caseless_spans(text, hints)
    return restore(text, spans, hints) if spans else text


# -------------------------------------------------------------------------------------------- where


def caseless_spans(text: str, hints: CaseHints = HEADLINE) -> list[Span]:
    """Where ``text`` has lost its case: all of it when it is mostly in capitals or in lower case, else
    its lines in capitals and its long stretches of capitalised words.  Normal text costs one regular
    expression search and one count of words, and gives no span."""
    if _CAPITALS_RUN.search(text):
        if _mostly_upper(text, hints.acronym):
            return [(0, len(text), UPPER)]
        return [(start, end, UPPER) for start, end in _caps_spans(text, hints.acronym)]
    if is_mostly_lower(text):
        return [(0, len(text), LOWER_MODE)]
    return []


def is_mostly_upper(text: str, share: float = 0.6) -> bool:
    """Whether at least ``share`` of the words of two letters or more are in capitals (a telegram, a
    legal document typed in capitals), so that the caller may recase it before the model reads it."""
    words = _LONG_WORD.findall(text)
    return bool(words) and sum(map(str.isupper, words)) >= share * len(words)


def is_mostly_lower(text: str, share: float = 0.02) -> bool:
    """Whether at most ``share`` of the words of two letters or more have a capital (chat, notes, a text
    lower-cased by some tool): then names and acronyms have lost their only mark."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 10 and sum(1 for word in words if not word.islower()) <= share * len(words)


def _mostly_upper(text: str, acronym: Callable[[str], str | None], share: float = 0.8) -> bool:
    """At least ``share`` of the words of two letters or more that are no acronym are in capitals."""
    words = [word for word in _LONG_WORD.findall(text) if not (word.isupper() and acronym(_lower(word)))]
    return len(words) >= _CAPS_LINE_WORDS and sum(map(str.isupper, words)) >= share * len(words)


def _caps_spans(text: str, acronym: Callable[[str], str | None]) -> list[tuple[int, int]]:
    """(start, end) of each line in capitals and of each long stretch of capitalised words."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.splitlines(keepends=True):
        if line.isupper():
            words = list(_WORD.finditer(line))
            if _counted(words, acronym) >= _CAPS_LINE_WORDS:
                spans.append((line_start + words[0].start(), line_start + words[-1].end()))
        elif sum(map(str.isupper, _WORD.findall(line))) >= _CAPS_STRETCH_WORDS:
            spans += [(line_start + start, line_start + end) for start, end in _stretches(line, acronym)]
        line_start += len(line)
    return spans


def _stretches(line: str, acronym: Callable[[str], str | None]) -> list[tuple[int, int]]:
    """Runs of words in capitals inside a mixed-case line, long enough to be a headline."""
    runs: list[list[re.Match[str]]] = [[]]
    for word in _WORD.finditer(line):
        if word.group().isupper():
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [(run[0].start(), run[-1].end()) for run in runs if _counted(run, acronym) >= _CAPS_STRETCH_WORDS]


def _counted(words: list[re.Match[str]], acronym: Callable[[str], str | None]) -> int:
    return sum(1 for word in words if len(word.group()) >= 2 and not acronym(_lower(word.group())))


# -------------------------------------------------------------------------------------------- how


@dataclass(slots=True)
class _Part:
    """One word of a compound as the restoration decides it."""

    start: int
    end: int
    low: str  # in lower case
    restore: bool  # written in the lost case: the restoration may change it
    form: str | None = None  # the written form decided (same length), if decided
    kind: str = LOWER  # LOWER, NAME or MAYBE when no form is decided yet
    head: bool = False  # an elided article (l', d', qu')
    link: bool = False  # a link inside a compound name (sous, de, la)
    address: bool = False  # part of an address, an e-mail or a file name: in lower case
    grammatical: str | None = None  # the form of an acronym that is also a grammatical word (ta, si)


def restore(text: str, spans: Iterable[Span], hints: CaseHints = HEADLINE) -> str:
    """``text`` with the words of ``spans`` in the case French prose gives them (module docstring)."""
    spans = list(spans)
    if not spans:
        return text
    defined = _defined_acronyms(text, spans, hints)
    pieces: list[str] = []
    done = 0
    for span_start, span_end, mode in spans:
        for start, end in _blocks(text, span_start, span_end):
            for part_start, new in _restore_span(text, start, end, mode, hints, defined):
                pieces += (text[done:part_start], new)
                done = part_start + len(new)
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _blocks(text: str, start: int, end: int, size: int = _BLOCK) -> Iterator[tuple[int, int]]:
    """``[start, end)`` in blocks of about ``size`` characters cut after a line break (else a blank), so
    that a long document is restored a block at a time."""
    while end - start > size:
        cut = text.rfind("\n", start, start + size) + 1 or text.rfind(" ", start, start + size) + 1
        if cut <= start:
            cut = start + size
            while cut < end and text[cut].isalnum():  # no blank for a whole block: cut after a word
                cut += 1
        yield start, cut
        start = cut
    yield start, end


def _lost(word: str, mode: str) -> bool:
    return word.isupper() if mode == UPPER else word.islower()


def _restore_span(
    text: str, start: int, end: int, mode: str, hints: CaseHints, defined: set[str]
) -> list[tuple[int, str]]:
    """(offset, new text) of the words of ``text[start:end]`` whose case changes."""
    folded = _phrase_key(text[start:end]) if hints.phrases else ""
    words: list[list[_Part]] = []  # compounds, each a list of parts
    phrase_start, phrase_end, phrase_form = 0, -1, ""
    addresses = [(found.start(), found.end()) for found in _ADDRESS.finditer(text, start, end)]
    for match in _COMPOUND.finditer(text, start, end):
        parts = _parts(text, match, mode)
        if _glued_to_digit(text, match.start(), match.end()):  # a code: A13, TSSS2515234A, 3h00, 2e
            for part in parts:  # in lower case, a code or a road in capitals: a13 -> A13
                code = mode == LOWER_MODE and not part.head and _is_code(text, part.start)
                part.form, part.restore, part.address = _upper(part.low), code, True
            words.append(parts)
            continue
        if addresses and any(a <= match.start() < b for a, b in addresses):
            for part in parts:
                part.form, part.address = part.low, True
            words.append(parts)
            continue
        if hints.phrases and match.start() >= phrase_end:
            found = _phrase_at(hints.phrases, folded, start, parts)
            if found is not None and all(_lost(word, mode) for word in _LETTERS.findall(text, *found[:2])):
                phrase_start, phrase_end, phrase_form = found
        if match.start() < phrase_end or (parts[0].head and parts[-1].start < phrase_end):
            for part in parts:
                if phrase_start <= part.start < phrase_end:
                    offset = part.start - phrase_start
                    part.form = _as_written(text[part.start : part.end], phrase_form[offset:])
            if not all(part.form is not None or part.head for part in parts):
                _decide([part for part in parts if part.form is None], hints, defined)
        else:
            _decide(parts, hints, defined)
        words.append(parts)
    _in_context(text, words)
    changes: list[tuple[int, str]] = []
    for index, parts in enumerate(words):
        opens = _opens_sentence(text, words[index - 1][-1].end if index else None, parts[0].start, start)
        for number, part in enumerate(parts):
            if not part.restore:
                continue
            written = text[part.start : part.end]
            new = _as_written(written, part.form) if part.form is not None else _by_kind(written, part.kind)
            if opens and number == 0 and not part.address:
                new = _capitalise(new)
            if new != written:
                changes.append((part.start, new))
    return changes


def _is_code(text: str, at: int) -> bool:
    """Whether the letters at ``at`` belong to a code or a road, written in capitals: letters first,
    then digits (``A13``, ``RN7``, ``TSSS2515234A``; not ``3h00``, ``2e``)."""
    start = at
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return _CODE.match(text, start) is not None


def _glued_to_digit(text: str, start: int, end: int) -> bool:
    """Letters glued to a digit: a code, a road, a time or an ordinal, no word."""
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())


def _phrase_at(
    phrases: PhraseForms, folded: str, offset: int, parts: list[_Part]
) -> tuple[int, int, str] | None:
    """A name starting at the compound of ``parts`` or after its elided articles (``l'union
    européenne``), all of whose words are written in the lost case: (start, end, form)."""
    starts = [parts[0].start]
    words = [part for part in parts if not part.head]
    if words and words[0].start != parts[0].start:
        starts.append(words[0].start)
    for at in starts:
        first = _LETTERS.match(folded, at - offset)
        if first is None:
            continue
        found = phrases.find(folded, at - offset, first.group())
        if found is not None:
            return at, found[0] + offset, found[1]
    return None


def _parts(text: str, match: re.Match[str], mode: str) -> list[_Part]:
    """The parts of a compound word: elided articles, then the words its hyphens join."""
    parts: list[_Part] = []
    at = match.start()
    for piece in match.group().split("-"):
        rest = piece
        while True:  # l'alerte, qu'aujourd'hui
            elision = re.match(r"([^\W\d_]{1,7})['’](?=[^\W\d_])", rest)
            if elision is None or _lower(elision.group(1)) not in _ELISIONS:
                break
            head = elision.group(1)
            parts.append(_Part(at, at + len(head), _lower(head), _lost(head, mode), head=True))
            at += len(elision.group())
            rest = rest[len(elision.group()) :]
        parts.append(_Part(at, at + len(rest), _lower(rest), _lost(rest, mode)))
        at += len(rest) + 1
    return parts


def _decide(parts: list[_Part], hints: CaseHints, defined: set[str]) -> None:
    """The case of each part out of context.  A hyphenated word is written as known as a whole
    (``rendez-vous``), else part by part, and with a name in it, it is a name (``Moreau-Lagarde``), but
    for a combining form (``franco-italienne``)."""
    words = [part for part in parts if not part.head]
    if len(words) > 1 and not defined.intersection(part.low for part in words):
        whole = hints.compound("-".join(part.low for part in words))
        if whole is not None:
            for part, written in zip(words, whole.split("-"), strict=False):
                part.form = written
            return
    for part in words:
        low = part.low
        if low in defined:
            part.form = _upper(low)
        elif len(words) > 1 and low in _COMPOUND_LINKS:
            part.link = True
        elif (form := hints.acronym(low)) is not None and len(form) == len(low):
            part.form = form
        elif (form := hints.grammatical_acronym(low)) is not None and len(form) == len(low):
            part.grammatical = form  # le TA de Rennes: decided in context
        elif low in _FUNCTION_WORDS:
            part.kind = LOWER
        elif _ROMAN.fullmatch(low) and not hints.is_word(low):
            part.form = _roman(low)
        else:
            part.kind = hints.classify(low)
    if len(words) == 1:
        return
    combining = [part for part in words[:-1] if part.low.endswith("o")]  # franco-, italo-, anglo-
    named = any(
        (part.form is None and part.kind == NAME and part not in combining)
        or (part.form is not None and len(part.form) > 1 and part.form.isupper())  # Police-FO
        for part in words
    )
    for part in words:
        if part.form is None and not part.link:
            part.kind = NAME if named else LOWER if part in combining else part.kind


def _in_context(text: str, words: list[list[_Part]]) -> None:
    """What the neighbours of a word tell, pass after pass (each pass in its docstring)."""
    lasts = [parts[-1] for parts in words]
    _initials(text, lasts)
    _after_civilities(text, words, lasts)
    _places(text, words, lasts)
    _grammatical_acronyms(text, words, lasts)
    _particles(text, words, lasts)
    _signatures(text, words)
    _names_side_by_side(text, words, lasts)


def _initials(text: str, lasts: list[_Part]) -> None:
    """A letter alone before a full stop or a number is in capitals: an initial (``J. Dupont``), the
    civility ``M.``, a road (``N 7``); not ``a``, ``à``, ``y``, which are words."""
    for part in lasts:
        letter = len(part.low) == 1 and part.form is None and part.low not in ("a", "à", "y")
        if letter and (text.startswith(".", part.end) or _NUMBER_AFTER.match(text, part.end)):
            part.form = _upper(part.low)


def _after_civilities(text: str, words: list[list[_Part]], lasts: list[_Part]) -> None:
    """After a civility comes a name (``M. Marchand``, ``Mme Moulin``); ``me`` before a name is the
    lawyers' civility (``Me Rochefort``), not the pronoun."""
    for index, part in enumerate(lasts[:-1]):
        after = words[index + 1][0]
        gap = text[part.end : after.start]
        if part.low == "me" and gap == " " and _is_name(after):
            part.form = "Me"
        elif _civility(text, part) and len(gap) <= 3 and not gap.strip(" ."):
            named = after.form is None and after.low not in _FUNCTION_WORDS and not after.head
            after.kind = NAME if named else after.kind


def _places(text: str, words: list[list[_Part]], lasts: list[_Part]) -> None:
    """A place that is also a word is the place after ``du`` or ``à`` but for a direction (``du Nord``,
    ``à Menton``; not ``au nord``, ``du nord de la France``), and alone in parentheses (``Dunkerque
    (Nord)``)."""
    for index, parts in enumerate(words):
        part = parts[0]
        if part.kind != PLACE or part.form is not None or len(parts) > 1:
            continue
        before = lasts[index - 1] if index else None
        after = words[index + 1][0] if index + 1 < len(words) else None
        follows = before is not None and before.low in ("du", "à") and text[before.end : part.start] == " "
        direction = after is not None and after.low in _OF and text[part.end : after.start] in (" ", "'")
        alone = text[part.start - 1 : part.start] == "(" and text.startswith(")", part.end)
        if alone or (follows and not direction):
            part.kind = NAME


def _grammatical_acronyms(text: str, words: list[list[_Part]], lasts: list[_Part]) -> None:
    """An acronym that is also a grammatical word is the acronym after an article, where the word
    cannot be (``le TA de Rennes``, ``le SI de l'agence``)."""
    for index, parts in enumerate(words[1:], start=1):
        part, before = parts[0], lasts[index - 1]
        after_article = before.low in _ARTICLES and text[before.end : part.start] in (" ", "'")
        if part.grammatical and len(parts) == 1 and after_article:
            part.form = part.grammatical


def _particles(text: str, words: list[list[_Part]], lasts: list[_Part]) -> None:
    """``le`` or ``la`` between a name or a civility and a word that may be a name is the particle of a
    surname (``Yann Le Guennec``, ``M. Le Bris``)."""
    for index in range(1, len(words) - 1):
        part = words[index][0]
        if part.low not in ("le", "la") or len(words[index]) > 1 or part.form is not None:
            continue
        before, after = lasts[index - 1], words[index + 1][0]
        named = _is_name(before) or _civility(text, before)
        surname = _is_name(after) or (after.form is None and after.kind == MAYBE)
        spaced = text[before.end : part.start].strip(".") == " " == text[part.end : after.start]
        if named and surname and spaced:
            part.form = _capitalise(part.low)
            after.kind = NAME


def _signatures(text: str, words: list[list[_Part]]) -> None:
    """A line of two or three words that may all be names, and nothing else, is a name: the signature of
    a letter or a judgment (``Claire Moulin``)."""
    index = 0
    while index < len(words):
        line_start = text.rfind("\n", 0, words[index][0].start) + 1
        line_end = text.find("\n", words[index][0].start)
        line_end = len(text) if line_end < 0 else line_end
        line = [index]
        while line[-1] + 1 < len(words) and words[line[-1] + 1][0].start < line_end:
            line.append(line[-1] + 1)
        index = line[-1] + 1
        parts = [words[n][0] for n in line]
        if not 2 <= len(line) <= 3 or any(len(words[n]) > 1 for n in line):
            continue
        if text[line_start : parts[0].start].strip() or text[parts[-1].end : line_end].strip(" ,."):
            continue
        if any(text[first.end : second.start] != " " for first, second in pairwise(parts)):
            continue
        if all(part.form is None and part.kind in (NAME, MAYBE) and part.low not in _ROLES for part in parts):
            for part in parts:
                part.kind = NAME


def _names_side_by_side(text: str, words: list[list[_Part]], lasts: list[_Part]) -> None:
    """A word that may be a name is one next to a name (``Claire Vidal``), and a place that is also a
    word in a list of names too (``(Nord, Aveyron)``); functions and ranks are not (``commissaire
    divisionnaire Agnès Pellerin``).  Only the names decided before this pass count: no chains."""
    names = [_is_name(parts[0]) and _is_name(parts[-1]) for parts in words]
    for index, parts in enumerate(words):
        part = parts[0]
        if part.form is not None or part.kind not in (MAYBE, PLACE) or len(parts) > 1 or part.low in _ROLES:
            continue
        joins = (" ", ", ") if part.kind == PLACE else (" ",)
        before = index > 0 and names[index - 1] and text[lasts[index - 1].end : part.start] in joins
        following = index + 1 < len(words) and names[index + 1]
        after = following and text[part.end : words[index + 1][0].start] in joins
        if before or after:
            part.kind = NAME


def _civility(text: str, part: _Part) -> bool:
    return part.low in _CIVILITIES or (part.low == "m" and text.startswith(".", part.end))


def _is_name(part: _Part) -> bool:
    return part.form is None and part.kind == NAME and len(part.low) > 1 and not part.head


def _opens_sentence(text: str, previous_end: int | None, at: int, span_start: int) -> bool:
    """Whether a word at ``at`` starts a sentence: the text's or a line's first word, or the first one
    after a full stop (not an initial's or an abbreviation's: ``M. Dupont``, ``art. 3``)."""
    if previous_end is None or previous_end < span_start:
        return _starts_sentence(text, at)
    gap = text[previous_end:at]
    if "\n" in gap:
        return not any(char.isalnum() for char in text[text.rfind("\n", 0, at) + 1 : at])
    end = _SENTENCE_END.search(gap)
    if end is None or any(char.isalnum() for char in gap[end.end() :]):
        return False
    if end.start() > 0:  # after a number or a closing bracket: 2024. La France
        return True
    word = _WORD.findall(text, max(previous_end - 8, 0), previous_end)
    last = _lower(word[-1]) if word else ""
    return len(last) > 1 and last not in _ABBREVIATIONS and last not in _CIVILITIES


def _starts_sentence(text: str, at: int) -> bool:
    """Whether only blanks and punctuation separate ``at`` from the line start or a sentence end."""
    before = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    return not before or before[-1] in ".!?…" or not any(char.isalnum() for char in before)


def _defined_acronyms(text: str, spans: list[Span], hints: CaseHints) -> set[str]:
    """Words in lower case defined in the text as acronyms: in parentheses after the words whose
    initials they are (``asile (auea)``), or before them (``ofast (office anti-stupéfiants)``)."""
    defined: set[str] = set()
    for start, end, mode in spans:
        for match in _DEFINITION.finditer(text, start, end):
            word = match.group(1) or match.group(2)
            low = _lower(word)
            if not _lost(word, mode) or low in defined or hints.is_word(low) or low in _FUNCTION_WORDS:
                continue
            at = match.start()
            if match.group(1):
                words = _words_before(text, at)
            else:
                close = text.find(")", at + len(word), at + len(word) + 160)
                words = _words_in(text, at + len(word) + 2, close) if close > 0 else []
                words.reverse()
            if words and _initials_of(low, words, whole=not match.group(1)):
                defined.add(low)
    return defined


def _words_before(text: str, at: int) -> list[str]:
    """The words of the sentence before ``at``, nearest first (elided articles left out)."""
    line_start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at), at - 200) + 1
    return list(reversed(_words_in(text, line_start, at)))


def _words_in(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` in lower case, without elided articles (``l'asile`` -> ``asile``),
    a hyphen separating two words (``anti-fraude``)."""
    return [_lower(re.split("['’]", word)[-1]) for word in _WORD.findall(text, start, end)]


def _initials_of(acronym: str, words: list[str], *, whole: bool = False) -> bool:
    """Whether ``acronym``'s letters, last first, are the initials of ``words`` (nearest first): every
    word that is no function word gives a letter, a function word may; ``whole``: no other word but
    function words after them."""
    letters = fold(acronym)[::-1]
    if len(letters) > _MAX_ACRONYM:
        return False
    matched = 0
    for word in words:
        if matched == len(letters):
            if whole and word not in _FUNCTION_WORDS:
                return False
            continue
        if fold(word[:1]) == letters[matched]:
            matched += 1
        elif word not in _FUNCTION_WORDS:
            return False
    return matched == len(letters)


# -------------------------------------------------------------------------------------------- case


def _by_kind(word: str, kind: str) -> str:
    low = _lower(word)
    return _capitalise(low) if kind == NAME else low


def _as_written(word: str, form: str) -> str:
    """``word`` with the case of ``form``, letter by letter (accents and length stay ``word``'s)."""
    return (
        "".join(
            (_upper(char) if model.isupper() else _lower(char)) if model.isalpha() else char
            for char, model in zip(word, form, strict=False)
        )
        + word[len(form) :]
    )


def _roman(word: str) -> str:
    """A roman numeral in capitals, its ordinal ending not: ``ii`` -> ``II``, ``xxie`` -> ``XXIe``."""
    size = len(word.rstrip("erèm"))
    return _upper(word[:size]) + word[size:]


def _lower(word: str) -> str:
    """Character by character, keeping a character whose lower case is longer (``İ``).  ``str.lower`` does
    it at once when no character grows and no final sigma (``Σ`` -> ``ς`` by context) is involved."""
    low = word.lower()
    if len(low) == len(word) and "Σ" not in word:
        return low
    return "".join(low if len(low := char.lower()) == 1 else char for char in word)


def _upper(word: str) -> str:
    """Character by character, keeping a character whose upper case is longer (``ß``)."""
    upper = word.upper()
    if len(upper) == len(word):
        return upper
    return "".join(up if len(up := char.upper()) == 1 else char for char in word)


def _capitalise(word: str) -> str:
    """First character in upper case unless that makes it longer (``ß`` -> ``SS``)."""
    upper = word[:1].upper()
    return (upper if len(upper) == 1 else word[:1]) + word[1:]
