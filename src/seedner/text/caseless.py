"""Where a text has lost its case: the stretches ``seedner.text.recasing`` gives their capitals back.

A whole document in capitals (a telegram, a legal document typed so) or in lower case (notes, a text
lower-cased by some tool); inside a normal document, lines and long stretches in capitals (headlines,
letterheads), the lower-case bodies of a chat log under capitalised speakers, and names alone in
capitals (``demeurant à PENMARCH``).  Normal text costs one regular expression search and one count of
words, and gives no stretch.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from seedner.text.case_hints import HEADLINE, LOWER_MODE, UPPER, CaseHints, Span, lower_case
from seedner.text.french_words import CIVILITIES

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # apostrophes join elisions: L'ARMÉE, AUJOURD'HUI
_LONG_WORD = re.compile(r"[^\W\d_]{2,}")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[^\S\n]+\Z")
_WORD_AFTER = re.compile(r"[^\S\n]+([^\W\d_][\w'’-]*)")
_TITLES = frozenset(CIVILITIES)
# A word of four capitals or more, alone: no letter, digit or hyphen on either side.
# (Patterns that open with a letter class, not a look-behind or a repeat, let the regex engine skip to
# the letters of that class: ``_CAPITALISED_WORD`` checks the character before its first letter after it.)
_CAPITAL = r"[^\W\d_a-zß-ÿ]"
_CAPITALISED_WORD = re.compile(rf"{_CAPITAL}(?<![\w'’-]{_CAPITAL}){_CAPITAL}{{3,}}(?![\w'’-])")
# Two words of two capitals or more in a row: the only normal texts whose capitals may be restored.
_CAPITALS_RUN = re.compile(rf"{_CAPITAL}{_CAPITAL}+[^\w\n]+{_CAPITAL}{{2,}}")
# A capital and the letters after it in its word: each match lies in another word with a capital.
_CAPITAL_IN_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+")
# A line qualifies with this many words of two letters or more in capitals, acronyms aside; a stretch
# inside a mixed-case line needs more.
_CAPS_LINE_WORDS = 2
_CAPS_STRETCH_WORDS = 4
# A line of a chat log or of a form: a short prefix (a time, a speaker, a field name), a colon, a body.
_PREFIXED_LINE = re.compile(
    r"(?m)^[^\S\n]*(?:\[?[\d/.,:h -]{4,22}\]?[^\S\n]*)?"  # a time or a date
    r"[^\W\d_][^\n:]{0,40}?[^\W_][^\S\n]?:[^\S\n]+(\S[^\n]*)$"
)
_PREFIX_WORDS = 5  # a speaker or a field name, not a sentence
# A document whose lines are messages has lost its case when this many bodies of three words or more
# are in lower case, and they are at least half of them.
_CASELESS_BODIES = 3


def caseless_spans(text: str, hints: CaseHints = HEADLINE) -> list[Span]:
    """Where ``text`` has lost its case: all of it when it is mostly in capitals or in lower case, else
    its lines in capitals and its long stretches of capitalised words.  Normal text costs one regular
    expression search and one count of words, and gives no span."""
    if _CAPITALS_RUN.search(text):
        if _mostly_upper(text, hints.acronym):
            return [(0, len(text), UPPER)]
        spans: list[Span] = [(start, end, UPPER) for start, end in _caps_spans(text, hints.acronym)]
    elif is_mostly_lower(text):
        return [(0, len(text), LOWER_MODE)]
    else:
        spans = []
    spans += _names_in_capitals(text, spans, hints.name_in_capitals)
    bodies = _caseless_bodies(text)
    return sorted(spans + bodies) if bodies else sorted(spans)


def _names_in_capitals(text: str, spans: list[Span], is_name: Callable[[str], bool]) -> list[Span]:
    """Words in capitals alone in mixed-case text that are names (``demeurant à PENMARCH``, ``barreau de
    BREST``): judgments and forms write towns so, and the model reads them as acronyms."""
    found: list[Span] = []
    for match in _CAPITALISED_WORD.finditer(text):
        start, end = match.span()
        if any(s <= start < e for s, e, _ in spans) or _beside_a_given_name(text, start, end):
            continue
        if is_name(lower_case(match.group())):
            found.append((start, end, UPPER))
    return found


def is_mostly_upper(text: str, share: float = 0.6) -> bool:
    """Whether at least ``share`` of the words of two letters or more are in capitals (a telegram, a
    legal document typed in capitals), so that the caller may recase it before the model reads it."""
    words = _LONG_WORD.findall(text)
    return bool(words) and sum(map(str.isupper, words)) >= share * len(words)


def is_mostly_lower(text: str, share: float = 0.02) -> bool:
    """Whether at most ``share`` of the words of two letters or more have a capital (chat, notes, a text
    lower-cased by some tool): then names and acronyms have lost their only mark."""
    # A text of n characters has at most (n + 1) / 3 words of two letters: more words with a capital
    # than ``share`` of that, and the text is not mostly in lower case (most texts: no word list made).
    enough = int(share * (len(text) + 1) / 3) + 1
    if sum(1 for _ in islice(_CAPITAL_IN_WORD.finditer(text), enough)) >= enough:
        return False
    words = _LONG_WORD.findall(text)
    return len(words) >= 10 and len(words) - sum(map(str.islower, words)) <= share * len(words)


def _caseless_bodies(text: str) -> list[Span]:
    """The lower-case bodies of a chat log or a list of messages (``09:04 Tom Bertrand : j'appelle le
    sdis 66``): their writers dropped capitals, the speakers' names kept theirs, so the document as a
    whole is not mostly in lower case.  Bodies with a capital are left as written."""
    if ":" not in text:
        return []
    bodies = [
        (match.start(1), match.end(1), words)
        for match in _PREFIXED_LINE.finditer(text)
        if len(_LONG_WORD.findall(text, match.start(), match.start(1))) <= _PREFIX_WORDS
        and len(words := _LONG_WORD.findall(match.group(1))) >= 3
    ]
    caseless = [(start, end, LOWER_MODE) for start, end, words in bodies if all(map(str.islower, words))]
    if len(caseless) < _CASELESS_BODIES or 2 * len(caseless) < len(bodies):
        return []
    return caseless


def _beside_a_given_name(text: str, start: int, end: int) -> bool:
    """A surname in capitals beside a given name or after a civility (``Sandrine FONTAINE``, ``Mme
    MARTIN``, ``LE BIHAN Erwan``): names of people, left as written."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _WORD_AFTER.match(text, end)
    return (before is not None and (before.group(1).istitle() or before.group(1) in _TITLES)) or (
        after is not None and after.group(1).istitle()
    )


def _mostly_upper(text: str, acronym: Callable[[str], str | None], share: float = 0.8) -> bool:
    """At least ``share`` of the words of two letters or more that are no acronym are in capitals."""
    words = [word for word in _LONG_WORD.findall(text) if not (word.isupper() and acronym(lower_case(word)))]
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
    return sum(1 for word in words if len(word.group()) >= 2 and not acronym(lower_case(word.group())))
