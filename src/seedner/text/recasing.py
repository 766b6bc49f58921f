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
from collections.abc import Iterable, Iterator

from seedner.text.case_context import Part, defined_acronyms, in_context, opens_sentence
from seedner.text.case_hints import (
    FUNCTION_WORDS,
    HEADLINE,
    LETTERS,
    LOWER,
    LOWER_MODE,
    MAYBE,
    NAME,
    PLACE,
    UPPER,
    CaseHints,
    PhraseForms,
    Span,
    as_written,
    capitalise,
    lost,
    lower_case,
    phrase_key,
    upper_case,
)
from seedner.text.caseless import caseless_spans, is_mostly_lower, is_mostly_upper

__all__ = [
    "HEADLINE",
    "LOWER",
    "LOWER_MODE",
    "MAYBE",
    "NAME",
    "PLACE",
    "UPPER",
    "CaseHints",
    "PhraseForms",
    "Span",
    "caseless_spans",
    "is_mostly_lower",
    "is_mostly_upper",
    "recase",
    "restore",
]

# A word as the restoration reads it: letters joined by apostrophes and hyphens (l'alerte, pas-de-calais).
_COMPOUND = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Addresses, e-mails and file names: their letters are no words (written in lower case when restored).
_ADDRESS = re.compile(r"\S*(?:://|@|www\.)\S*|\S*[^\W\d_]\.[^\W\d_]{2,4}\b\S*", re.IGNORECASE)
_ELISIONS = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})
# Inside a compound name these stay in lower case: Fontenay-sous-Bois, Boulogne-sur-Mer, Aix-en-Provence.
_COMPOUND_LINKS_TEXT = "de du des la le les l d lès lez sur sous en et à au aux"
_COMPOUND_LINKS = frozenset(_COMPOUND_LINKS_TEXT.split())
# Letters then digits: a code or a road, in capitals (A13, RN7, TSSS2515234A).
_CODE = re.compile(r"[^\W\d_]+\d")
_ROMAN = re.compile(r"(?=[ivxlc]{2})c{0,3}(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})(?:e|er|ème)?|[ivx](?:e|er)")
_BLOCK = 100_000  # characters restored at a time


def recase(text: str, hints: CaseHints | None = None) -> str:
    """``text`` with the words of its stretches without case (see :func:`caseless_spans`) in the case
    French prose gives them; same length, every character in place (only letters change case)."""
    hints = hints or HEADLINE
    spans = caseless_spans(text, hints)
    return restore(text, spans, hints) if spans else text


# -------------------------------------------------------------------------------------------- how


def restore(text: str, spans: Iterable[Span], hints: CaseHints = HEADLINE) -> str:
    """``text`` with the words of ``spans`` in the case French prose gives them (module docstring)."""
    spans = list(spans)
    if not spans:
        return text
    defined = defined_acronyms(text, spans, hints)
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


def _restore_span(
    text: str, start: int, end: int, mode: str, hints: CaseHints, defined: set[str]
) -> list[tuple[int, str]]:
    """(offset, new text) of the words of ``text[start:end]`` whose case changes."""
    folded = phrase_key(text[start:end]) if hints.phrases else ""
    words: list[list[Part]] = []  # compounds, each a list of parts
    phrase_start, phrase_end, phrase_form = 0, -1, ""
    addresses = [(found.start(), found.end()) for found in _ADDRESS.finditer(text, start, end)]
    for match in _COMPOUND.finditer(text, start, end):
        parts = _parts(text, match, mode)
        if _glued_to_digit(text, match.start(), match.end()):  # a code: A13, TSSS2515234A, 3h00, 2e
            for part in parts:  # in lower case, a code or a road in capitals: a13 -> A13
                code = mode == LOWER_MODE and not part.head and _is_code(text, part.start)
                part.form, part.restore, part.address = upper_case(part.low), code, True
            words.append(parts)
            continue
        if addresses and any(a <= match.start() < b for a, b in addresses):
            for part in parts:
                part.form, part.address = part.low, True
            words.append(parts)
            continue
        if hints.phrases and match.start() >= phrase_end:
            found = _phrase_at(hints.phrases, folded, start, parts)
            if found is not None and all(lost(word, mode) for word in LETTERS.findall(text, *found[:2])):
                phrase_start, phrase_end, phrase_form = found
        if match.start() < phrase_end or (parts[0].head and parts[-1].start < phrase_end):
            for part in parts:
                if phrase_start <= part.start < phrase_end:
                    offset = part.start - phrase_start
                    part.form = as_written(text[part.start : part.end], phrase_form[offset:])
            if not all(part.form is not None or part.head for part in parts):
                _decide([part for part in parts if part.form is None], hints, defined)
        else:
            _decide(parts, hints, defined)
        words.append(parts)
    in_context(text, words)
    changes: list[tuple[int, str]] = []
    for index, parts in enumerate(words):
        opens = opens_sentence(text, words[index - 1][-1].end if index else None, parts[0].start, start)
        for number, part in enumerate(parts):
            if not part.restore:
                continue
            written = text[part.start : part.end]
            new = as_written(written, part.form) if part.form is not None else _by_kind(written, part.kind)
            if opens and number == 0 and not part.address:
                new = capitalise(new)
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
    phrases: PhraseForms, folded: str, offset: int, parts: list[Part]
) -> tuple[int, int, str] | None:
    """A name starting at the compound of ``parts`` or after its elided articles (``l'union
    européenne``), all of whose words are written in the lost case: (start, end, form)."""
    starts = [parts[0].start]
    words = [part for part in parts if not part.head]
    if words and words[0].start != parts[0].start:
        starts.append(words[0].start)
    for at in starts:
        first = LETTERS.match(folded, at - offset)
        if first is None:
            continue
        found = phrases.find(folded, at - offset, first.group())
        if found is not None:
            return at, found[0] + offset, found[1]
    return None


def _parts(text: str, match: re.Match[str], mode: str) -> list[Part]:
    """The parts of a compound word: elided articles, then the words its hyphens join."""
    parts: list[Part] = []
    at = match.start()
    for piece in match.group().split("-"):
        rest = piece
        while True:  # l'alerte, qu'aujourd'hui
            elision = re.match(r"([^\W\d_]{1,7})['’](?=[^\W\d_])", rest)
            if elision is None or lower_case(elision.group(1)) not in _ELISIONS:
                break
            head = elision.group(1)
            parts.append(Part(at, at + len(head), lower_case(head), lost(head, mode), head=True))
            at += len(elision.group())
            rest = rest[len(elision.group()) :]
        parts.append(Part(at, at + len(rest), lower_case(rest), lost(rest, mode)))
        at += len(rest) + 1
    return parts


def _decide(parts: list[Part], hints: CaseHints, defined: set[str]) -> None:
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
            part.form = upper_case(low)
        elif len(words) > 1 and low in _COMPOUND_LINKS:
            part.link = True
        elif (form := hints.acronym(low)) is not None and len(form) == len(low):
            part.form = form
        elif (form := hints.grammatical_acronym(low)) is not None and len(form) == len(low):
            part.grammatical = form  # le TA de Rennes: decided in context
        elif low in FUNCTION_WORDS:
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


def _by_kind(word: str, kind: str) -> str:
    low = lower_case(word)
    return capitalise(low) if kind == NAME else low


def _roman(word: str) -> str:
    """A roman numeral in capitals, its ordinal ending not: ``ii`` -> ``II``, ``xxie`` -> ``XXIe``."""
    size = len(word.rstrip("erèm"))
    return upper_case(word[:size]) + word[size:]
