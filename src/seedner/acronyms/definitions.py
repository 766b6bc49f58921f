"""In-text acronym definitions: ``Long Form (ACR)`` and ``ACR (long form)``.

A Schwartz–Hearst matcher adapted to French: the acronym's letters are looked for, accents folded and in
order, on the words of a bounded window before (or inside) a bounded parenthesised group, so 100,000
``(`` or a 1 MB line of capitals cost linear time.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from seedner.acronyms.rules import (
    FUNCTION_WORDS,
    MAX_TOKEN_CHARS,
    is_stop_word,
    not_acronym_form,
    token_shape,
)
from seedner.text.folding import acronym_key, fold

MAX_LETTERS = 12
DEFAULT_MAX_WORDS = 15
_WINDOW_CHARS = 320  # the longest long form we look at, in characters

_ALNUM = re.compile(r"[^\W_]+")
_PAREN = re.compile(r"\(([^()\n]{1,200})\)")
_WINDOW_STOP = re.compile(r"[()\[\]{};:|\n]|[.!?](?=\s)")
_LAST_WORD = re.compile(r"([^\s'’(]+)[ \t]*$")
# ``ACR de PLACE`` or ``ACR PLACE`` before a parenthesis: the acronym of a local service and its place.
_PLACE = r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2}"
_LOCAL_SHORT = re.compile(
    r"([^\s'’(]+)[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?" + _PLACE + r"[ \t]*$"
)
_TRAILING_PLACE = re.compile(r"[ \t\n]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*" + _PLACE + r"\Z")
_WORD_START = re.compile(r"(?<![^\s'’(])[^\s'’(]")
_LOCAL_CHARS = MAX_TOKEN_CHARS + 60
_LEADING_ARTICLE = re.compile(r"^(?:(?:la|le|les|du|des)\s+|[ld]['’]\s*)", re.IGNORECASE)


@dataclass(frozen=True)
class Definition:
    """``long`` at ``[long_start, long_end)`` defines ``short`` at ``[short_start, short_end)``; ``sense``,
    when given, is what the letters stand for, the long form without its place (``direction départementale
    des territoires et de la mer du Nord (DDTM)``)."""

    short: str
    short_start: int
    short_end: int
    long: str
    long_start: int
    long_end: int
    sense: str | None = None

    @property
    def key(self) -> str:
        return acronym_key(self.short)

    @property
    def expansion(self) -> str:
        return self.sense or self.long


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


def _fit(letters: Sequence[str], low: str) -> int | None:
    """How many ``letters`` start a content word of the folded long form ``low`` (starting with
    ``letters[0]``), or None when ``low`` does not plausibly spell them: half the letters on word starts,
    content words skipped only at the end (``… financiers clandestins`` for TRACFIN) or, in long acronyms,
    one in four (``Office européen de lutte antifraude``)."""
    words = [(m.start(), m.end()) for m in _ALNUM.finditer(low)]
    starts = [start for start, _ in words]
    weight: dict[int, float] = {}  # word starts first, content words before function words
    content_starts = set()
    for start, end in words:
        content = low[start:end] not in FUNCTION_WORDS
        weight.update(dict.fromkeys(range(start + 1, end), 0.05 if content else 0.0))
        weight[start] = 1.0 if content else 0.9
        if content:
            content_starts.add(start)
    path = _align(letters, low, weight)
    n = len(letters)
    if path is None or sum(pos in starts for pos in path) < max(2, math.ceil(n / 2)):
        return None
    covered = {bisect_right(starts, pos) - 1 for pos in path}
    skipped = [i for i, (s, e) in enumerate(words) if i not in covered and low[s:e] not in FUNCTION_WORDS]
    inside = sum(i < max(covered) for i in skipped)
    if inside > n // 4 or len(skipped) - inside > 2:
        return None
    return sum(pos in content_starts for pos in path)


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
        fit = _fit(letters, low[start:end]) if word[0] == letters[0] else None
        if fit is not None:
            return base + (start if anchored else _extend(letters, low, words, index, fit, limit - counted))
        if anchored:
            return None
    return None


def _extend(
    letters: Sequence[str], low: str, words: Sequence[tuple[int, int]], index: int, fit: int, spare: int
) -> int:
    """Start of the long form found at ``words[index]``, moved back to an earlier content word with the
    same first letter when more letters then start content words: in ``direction départementale de
    l'emploi … (DDETS)``, ``départementale de`` spells D-D with a function word, ``direction
    départementale`` with two nouns; in ``Institut national de l'environnement industriel et des risques
    (Ineris)``, ``industriel … risques`` spells I-N-E-R-I-S inside words, the whole name on word starts.
    ``spare``: the words the long form may still take."""
    end = words[-1][1]
    best = index
    for previous in range(index - 1, -1, -1):
        word = low[words[previous][0] : words[previous][1]]
        spare -= word not in ("l", "d")
        if spare < 0:
            break
        if word in FUNCTION_WORDS or word[0] != letters[0]:
            continue
        better = _fit(letters, low[words[previous][0] : end])
        if better is not None and better > fit:
            best, fit = previous, better
    return words[best][0]


def is_short_form(text: str) -> bool:
    """Whether a parenthesised group may define an acronym: ``(OLTIM)``, ``(Oltim)``, not ``(ndlr)``."""
    shape = token_shape(text)
    return shape is not None and not not_acronym_form(text) and not (shape == "title" and is_stop_word(text))


def paren_groups(text: str) -> Iterator[re.Match[str]]:
    """The parenthesised groups a definition may use: on one line, at most 200 characters inside."""
    return _PAREN.finditer(text)


def group_head(group: re.Match[str]) -> tuple[str, int]:
    """What a group holds before any comma or semicolon (``(OLTIM, rattaché à la DNPAF)``), stripped,
    and where it starts."""
    inner = re.split(r"[,;]", group.group(1), maxsplit=1)[0]
    return inner.strip(), group.start(1) + len(inner) - len(inner.lstrip())


def forward_window(text: str, paren: int, sentence_starts: Sequence[int] = ()) -> tuple[int, int]:
    """Where the long form of ``Long Form (ACR)`` may lie, the group opening at ``paren``: from the start
    of its sentence, or the last stop (line end, bracket, colon, semicolon, sentence end), at most 320
    characters back, to the group, without the spaces and punctuation before it."""
    low_bound = max(0, paren - _WINDOW_CHARS)
    sentence = bisect_right(sentence_starts, paren) - 1
    if sentence >= 0:
        low_bound = max(low_bound, sentence_starts[sentence])
    window_start = low_bound
    for stop in _WINDOW_STOP.finditer(text, low_bound, paren):
        window_start = stop.end()
    return window_start, window_start + len(text[window_start:paren].rstrip(' \t\u00a0\u202f,-–—»"”'))


def reverse_shape(text: str, group: re.Match[str]) -> tuple[str, int, str, int] | None:
    """``ACR (long form)`` as written, its letters unchecked: the acronym-shaped word before the group,
    its start, the long form of two words or more (a leading article left out) and its start."""
    before_start = max(0, group.start() - MAX_TOKEN_CHARS - 4)
    word = _LAST_WORD.search(text, before_start, group.start())
    if word is None or not is_short_form(word.group(1)):
        return None
    body, start = group_head(group)
    article = _LEADING_ARTICLE.match(body)
    skip = article.end() if article else 0
    long = body[skip:].rstrip(" .")
    if len(long.split()) < 2:
        return None
    return word.group(1), word.start(1), long, start + skip


def _forward(
    text: str, paren: int, short: str, short_start: int, sentence_starts: Sequence[int], max_words: int
) -> Definition | None:
    window_start, end = forward_window(text, paren, sentence_starts)
    offset = match_long_form(short, text[window_start:end], max_words=max_words)
    if offset is None:
        return None
    start = window_start + offset
    long = text[start:end]
    return Definition(
        short, short_start, short_start + len(short), long, start, end, _without_place(short, long)
    )


def _without_place(short: str, long: str) -> str | None:
    """The long form of a local service without its place, when the letters do not need it
    (``direction départementale des territoires et de la mer du Nord (DDTM)``, ``Institut d'études
    politiques de Paris (IEP)``; not ``Banque de France (BDF)``), else None."""
    place = _TRAILING_PLACE.search(long)
    if place is None:
        return None
    sense = long[: place.start()]
    return sense if match_long_form(short, sense, anchored=True) == 0 else None


def _reverse(text: str, match: re.Match[str], max_words: int) -> Definition | None:
    """``ACR (long form)``, also after the place of a local service: ``BRI de Nice (brigade de recherche et
    d'intervention)``, ``ARS Bretagne (agence régionale de santé)``."""
    body = re.split(r"[,;]", match.group(1), maxsplit=1)[0]
    start = match.start(1) + len(body) - len(body.lstrip())
    body = body.strip()
    article = _LEADING_ARTICLE.match(body)
    skip = article.end() if article else 0
    long = body[skip:].rstrip(" .")
    if len(long.split()) < 2:
        return None
    last = _LAST_WORD.search(text, max(0, match.start() - MAX_TOKEN_CHARS - 4), match.start())
    for word in (last, *_local_shorts(text, match.start())):
        if (
            word is not None
            and is_short_form(word.group(1))
            and match_long_form(word.group(1), long, anchored=True, max_words=max_words) == 0
        ):
            return Definition(
                word.group(1), word.start(1), word.end(1), long, start + skip, start + skip + len(long)
            )
    return None


def _known_long_form(
    text: str, paren: int, short: str, short_start: int, senses: Callable[[str], Iterable[str]]
) -> Definition | None:
    """The known long form of ``short`` that ends right before the parenthesis at ``paren``: the same
    content words, by their stems, in the same order."""
    words = list(_ALNUM.finditer(text, max(0, paren - _WINDOW_CHARS), paren))
    if not words or text[words[-1].end() : paren].strip(" \t\u00a0\u202f"):
        return None
    content = [
        (word.start(), _word_stem(word.group())) for word in words if fold(word.group()) not in FUNCTION_WORDS
    ]
    end = words[-1].end()
    for sense in senses(short):
        wanted = [_word_stem(word) for word in _ALNUM.findall(sense) if fold(word) not in FUNCTION_WORDS]
        if len(wanted) < 2 or [stem for _, stem in content[-len(wanted) :]] != wanted:
            continue
        start = content[-len(wanted)][0]
        if not _WINDOW_STOP.search(text, start, end):
            return Definition(short, short_start, short_start + len(short), text[start:end], start, end)
    return None


def _word_stem(word: str) -> str:
    return fold(word)[:5].lower()


def _local_shorts(text: str, end: int) -> Iterator[re.Match[str]]:
    """``ACR de PLACE`` or ``ACR PLACE`` ending at ``end`` (a bounded window), the closest words first."""
    starts = [word.start() for word in _WORD_START.finditer(text, max(0, end - _LOCAL_CHARS), end)]
    for at in reversed(starts):
        found = _LOCAL_SHORT.match(text, at, end)
        if found is not None:
            yield found


def find_definitions(
    text: str,
    sentence_starts: Sequence[int] = (),
    max_words: int = DEFAULT_MAX_WORDS,
    senses: Callable[[str], Iterable[str]] | None = None,
) -> list[Definition]:
    """In-text definitions, ``Long Form (ACR)`` and ``ACR (long form)``, in text order.

    ``sentence_starts`` (sorted character offsets) keep a long form inside its sentence; lines, brackets,
    quotes, colons and semicolons always bound it.  ``senses`` gives the known long forms of an acronym:
    written out before the parenthesis, one defines it even when its letters are another language's
    (``système d'entrée/sortie (EES)``, the Entry/Exit System).  Linear: each group and window is bounded.
    """
    found = []
    for group in paren_groups(text):
        short, short_start = group_head(group)
        if is_short_form(short):
            definition = _forward(text, group.start(), short, short_start, sentence_starts, max_words)
            known = _known_long_form(text, group.start(), short, short_start, senses) if senses else None
            if known is not None and (definition is None or known.long_start < definition.long_start):
                definition = known
        else:
            definition = _reverse(text, group, max_words)
        if definition is not None:
            found.append(definition)
    return found


def definition_map(definitions: Iterable[Definition]) -> dict[str, str]:
    """Acronym key → long form; the first definition in the text wins."""
    result: dict[str, str] = {}
    for definition in definitions:
        result.setdefault(definition.key, definition.expansion)
    return result
