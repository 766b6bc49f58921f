"""Same-length recasing of text written in capitals, for the statistical model.

The French model tags ALL-CAPS text badly: every word looks like an acronym or a name.  ``recase`` gives
it lines in capitals (headlines, legal documents, telegrams) and long stretches of capitals inside other
text in the case French prose would have, character for character, so that offsets into the recased
text are offsets into its input.  Short capitals inside mixed-case text (``la DGSI``, ``Bruno
RETAILLEAU``) are left alone.

The case chosen is French headline case: a word is capitalised unless it is a function word (``le``,
``de``, ``à``, ``a``…), and the first word of a sentence always is.  Sentence case alone would hide the
names (``jean dupont``) that the model finds by their capital; capitalising every word makes it take the
function words into names.  Given ``is_name`` (from the gazetteer or the model's vocabulary: whether a
lower-cased word is a name), only names and sentence starts are capitalised.  ``is_acronym`` (the acronym
dictionary) tells which words stay in capitals; without it, words without a vowel do (``SNCF``, ``XIV``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

Predicate = Callable[[str], bool]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # apostrophes join elisions: L'ARMÉE, AUJOURD'HUI
_LONG_WORD = re.compile(r"[^\W\d_]{2,}")
_COMPOUND = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # pas-de-calais, l'alerte, aujourd'hui
_HYPHEN = re.compile(r"(-)")
_LETTERS = re.compile(r"[^\W\d_]+")
_ELIDED = re.compile(r"([^\W\d_]{1,7}['’])([^\W\d_]+)")
_APOSTROPHE = re.compile(r"(['’])")
_SENTENCE_END = re.compile(r"[.!?…]")
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿœæ")
_ELISIONS = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})
_FUNCTION_WORDS_TEXT = """
le la les un une des du de au aux à a et ou où ni mais donc or car que qui quoi dont en y dans par
pour sur sous avec sans chez entre vers contre selon après avant depuis pendant ne pas plus se sa
son ses leur leurs ce cet cette ces il elle ils elles on nous vous est sont été être ont avait sera
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
# A line qualifies with this many words of two letters or more in capitals, acronyms aside; a stretch
# inside a mixed-case line needs more.
_CAPS_LINE_WORDS = 2
_CAPS_STRETCH_WORDS = 4


def is_mostly_upper(text: str, share: float = 0.6) -> bool:
    """Whether at least ``share`` of the words of two letters or more are in capitals (a telegram, a
    legal document typed in capitals), so that the caller may recase it before the model reads it."""
    words = _LONG_WORD.findall(text)
    return bool(words) and sum(map(str.isupper, words)) >= share * len(words)


def recase(text: str, *, is_acronym: Predicate | None = None, is_name: Predicate | None = None) -> str:
    """``text`` with its lines in capitals and its stretches of ``_CAPS_STRETCH_WORDS`` capitalised words or
    more in headline case; same length, and every character stays in place (only letters change case)."""
    acronym = is_acronym or _has_no_vowel
    pieces: list[str] = []
    done = 0
    for start, end in _caps_spans(text, acronym):
        pieces += (text[done:start], _recase_span(text, start, end, acronym, is_name))
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _caps_spans(text: str, acronym: Predicate) -> list[tuple[int, int]]:
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


def _stretches(line: str, acronym: Predicate) -> list[tuple[int, int]]:
    """Runs of words in capitals inside a mixed-case line, long enough to be a headline."""
    runs: list[list[re.Match[str]]] = [[]]
    for word in _WORD.finditer(line):
        if word.group().isupper():
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [(run[0].start(), run[-1].end()) for run in runs if _counted(run, acronym) >= _CAPS_STRETCH_WORDS]


def _counted(words: list[re.Match[str]], acronym: Predicate) -> int:
    return sum(1 for word in words if len(word.group()) >= 2 and not acronym(word.group()))


def _recase_span(text: str, start: int, end: int, acronym: Predicate, is_name: Predicate | None) -> str:
    pieces: list[str] = []
    done = start
    for word in _WORD.finditer(text, start, end):
        before = text[done : word.start()]
        if done == start:
            starts_sentence = _starts_sentence(text, start)
        else:
            starts_sentence = before != " " and _SENTENCE_END.search(before) is not None
        pieces += (before, _recase_word(word.group(), starts_sentence, acronym, is_name))
        done = word.end()
    pieces.append(text[done:end])
    return "".join(pieces)


def _starts_sentence(text: str, at: int) -> bool:
    """Whether only blanks and punctuation separate ``at`` from the line start or a sentence end."""
    before = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    return not before or before[-1] in ".!?…" or not any(char.isalnum() for char in before)


def _recase_word(word: str, starts_sentence: bool, acronym: Predicate, is_name: Predicate | None) -> str:
    """An elided article keeps to lower case (``l'Armée``); the rest follows the headline rule, a word
    with an apostrophe of its own as one word (``Aujourd'hui``)."""
    if acronym(word):
        return word
    head = ""
    if "'" in word or "’" in word:
        parts = _APOSTROPHE.split(word)  # word, apostrophe, word, ...
        elided = 0
        while elided + 2 < len(parts) and _lower(parts[elided]) in _ELISIONS:
            elided += 2
        head, word = _lower("".join(parts[:elided])), "".join(parts[elided:])
        if head and starts_sentence:
            head, starts_sentence = _capitalise(head), False
    low = _lower(word)
    capital = starts_sentence or (low not in _FUNCTION_WORDS and (is_name is None or is_name(low)))
    return head + (_capitalise(low) if capital else low)


def _has_no_vowel(word: str) -> bool:
    """The acronym guess without a dictionary: ``SNCF``, ``PJ``, ``XIV`` have no vowel."""
    return len(word) >= 2 and _VOWELS.isdisjoint(word.lower())


def _lower(word: str) -> str:
    """Character by character, keeping a character whose lower case is longer (``İ``).  ``str.lower`` does
    it at once when no character grows and no final sigma (``Σ`` -> ``ς`` by context) is involved."""
    low = word.lower()
    if len(low) == len(word) and "Σ" not in word:
        return low
    return "".join(low if len(low := char.lower()) == 1 else char for char in word)


def _capitalise(word: str) -> str:
    """First character in upper case unless that makes it longer (``ß`` -> ``SS``)."""
    upper = word[:1].upper()
    return (upper if len(upper) == 1 else word[:1]) + word[1:]


def is_mostly_lower(text: str, share: float = 0.02) -> bool:
    """Whether at most ``share`` of the words of two letters or more have a capital (chat, notes, a text
    lower-cased by some tool): then names and acronyms have lost their only mark."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 10 and sum(1 for word in words if not word.islower()) <= share * len(words)


def truecase(
    text: str, *, is_acronym: Predicate, is_name: Predicate, known_forms: Mapping[str, str] | None = None
) -> str:
    """A text written in lower case, given its capitals back for the model, character for character: a
    known acronym in capitals (``ofast`` -> ``OFAST``), a name known as a whole in ``known_forms``
    (``pas-de-calais`` -> ``Pas-de-Calais``), another name and a sentence's first word with a capital.
    A sentence starts the text, or follows ``. ! ? …`` or a line break.  Elided articles stay as they
    are (``l'alerte``), the word after them is judged alone."""
    forms = known_forms or {}
    pieces: list[str] = []
    done = previous = 0
    for match in _COMPOUND.finditer(text):
        gap = text[previous : match.start()]
        starts_sentence = previous == 0 or "\n" in gap or _SENTENCE_END.search(gap) is not None
        previous = match.end()
        compound = match.group()
        if not compound.islower():
            continue
        new = forms.get(compound)
        if new is None or len(new) != len(compound):
            new = "".join(
                _truecase_word(part, starts_sentence and index == 0, is_acronym, is_name)
                for index, part in enumerate(_HYPHEN.split(compound))
            )
        if new != compound:
            pieces += (text[done : match.start()], new)
            done = match.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _truecase_word(part: str, starts_sentence: bool, acronym: Predicate, is_name: Predicate) -> str:
    if not _LETTERS.fullmatch(part):  # a hyphen, or an elided article with its apostrophe: as written
        elision = _ELIDED.fullmatch(part)
        if elision is None:
            return part
        head, word = elision.groups()
        return (_capitalise(head) if starts_sentence else head) + _truecase_word(
            word, False, acronym, is_name
        )
    if acronym(part):
        return _upper(part)
    return _capitalise(part) if starts_sentence or is_name(part) else part


def _upper(word: str) -> str:
    """Character by character, keeping a character whose upper case is longer (``ß``)."""
    upper = word.upper()
    if len(upper) == len(word):
        return upper
    return "".join(up if len(up := char.upper()) == 1 else char for char in word)
