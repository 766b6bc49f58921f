"""Stage two of the normalisation: line breaks.  A word hyphenated across a line break is rejoined when
the joined form is a word, and a hard wrap inside a paragraph becomes a space; every other break stays.

Edits are ``(start, end, replacement)`` in the coordinates of the text they edit; ``seedner.text.
normalization`` applies them and keeps the offset map.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from seedner.text.caseless import is_mostly_lower

Edit = tuple[int, int, str]  # (start, end, replacement) in the coordinates of the text it edits

# Characters with combining class 0 that NFC may still join to what precedes them (they are the second
# half of a canonical composition, or decompose to a combining mark first).  tests/text checks the list
# against unicodedata.
_COMPOSING_STARTERS = frozenset(
    "\u09be\u09d7\u0b3e\u0b56\u0b57\u0bbe\u0bd7\u0cc2\u0cd5\u0cd6\u0d3e\u0d57\u0dcf\u0ddf\u0f73\u0f75"
    "\u0f81\u102e\u1b35\U00011127\U0001133e\U00011357\U000114b0\U000114ba\U000114bd\U000115af\U00011930"
    + "".join(map(chr, range(0x1161, 0x1176)))  # Hangul medial vowels
    + "".join(map(chr, range(0x11A8, 0x11C3)))  # Hangul final consonants
)


def starts_safely(char: str) -> bool:
    """Whether NFC can never join ``char`` to what precedes it, so that a text may be cut before it."""
    return char < "\x80" or (unicodedata.combining(char) == 0 and char not in _COMPOSING_STARTERS)


# A line break that stage two may change: after a line not ending a sentence, before a non-blank line.
BREAK_TO_CHECK = re.compile(r"\n(?<![.!?:;…\n]\n)(?=[ \t]*\S)")
_SOFT_HYPHEN_BEFORE_BLANK = re.compile(r"\u00ad(?=[ \t]*\r?\n(?![ \t]*\S))")
_HYPHENS = "-\u2010\u00ad"
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS_AT_END = re.compile(r"[^\W\d_]+\Z")
_WORD_AT_START = re.compile(r"[ \t]*([^\W\d_]+(?:'[^\W\d_]+)*)")
_LIST_ITEM = re.compile(r"(?:[-–—•·*▪►‣◦●○■□➢✓>+§]|\d{1,3}[.)°]|[a-z][.)]|[A-Z]\)|[IVXLC]{1,6}[.)])(?:\s|\Z)")
# A message of a chat log or a transcript: a time (``09:08``, ``[14h05]``), a speaker, a colon.
_MESSAGE = re.compile(r"\[?\d{1,2}[:h]\d\d(?::\d\d)?\]?[^\S\n]+[^\W\d_][^:\n]{0,40}:")
_ENDS_BLOCK = ".!?:;…-‐–—"
_TABLE_ROW = re.compile(r"\S[ \t]+\|[ \t]+\S")
# Counted in visible characters (``_visible_count``).  A physical line with more than this was not
# wrapped by hand (wrap widths stay under ~130 characters); a logical line with fewer is too short to run
# on into a capitalised line (a heading).
_MAX_WRAPPED = 110
_LONG_LINE = 50


def line_edits(text: str, is_word: Callable[[str], bool] | None) -> list[Edit]:
    """Stage two: rejoin words hyphenated across a line break and turn hard wraps into spaces.  Only the
    breaks ``BREAK_TO_CHECK`` finds are read; the others are kept."""
    edits: list[Edit] = []
    logical = _LogicalLine(0)
    joined_until = -1  # where the last break joined ends: the logical line goes on there
    wrapped: list[bool] = []  # whether the text is laid out in hard-wrapped lines, known when first asked
    for brk in BREAK_TO_CHECK.finditer(text):
        end = brk.start() - (brk.start() > 0 and text[brk.start() - 1] == "\r")
        line_start = text.rfind("\n", 0, end) + 1
        if line_start != joined_until:
            logical = _LogicalLine(line_start)
        line = text[line_start:end]
        next_break = text.find("\n", brk.end())
        following = text[brk.end() : len(text) if next_break < 0 else next_break]
        joined = _hyphen_edit(line, line_start, brk.end(), following, is_word)
        if joined:
            edits.append(joined)
            joined_until = brk.end()
            continue
        stripped = line.rstrip(" \t")
        if stripped.endswith("\u00ad"):  # a soft hyphen that joins nothing
            edits.append((line_start + len(stripped) - 1, line_start + len(stripped), ""))
        if _continues_paragraph(text, line, end, following, logical, wrapped):
            edits += [(at, at + 1, " ") for at in range(end, brk.end())]
            joined_until = brk.end()
    edits += [(match.start(), match.end(), "") for match in _SOFT_HYPHEN_BEFORE_BLANK.finditer(text)]
    return sorted(edits)


class _LogicalLine:
    """Size and case of the lines joined since the last break kept, each character read once.  These,
    not the physical line's, decide: a second pass over the output sees the same lines, so it makes the
    same choices."""

    __slots__ = ("counted", "has_lower", "has_upper", "scanned", "visible")

    def __init__(self, start: int) -> None:
        self.counted = self.scanned = start
        self.visible = 0
        self.has_upper = self.has_lower = False

    def visible_until(self, text: str, end: int) -> int:
        self.visible += _visible_count(text[self.counted : end])
        self.counted = end
        return self.visible

    def caps_until(self, text: str, end: int) -> bool:
        chunk = text[self.scanned : end]
        self.has_upper = self.has_upper or chunk != chunk.lower()
        self.has_lower = self.has_lower or chunk != chunk.upper()
        self.scanned = end
        return self.has_upper and not self.has_lower


def _visible_count(text: str) -> int:
    """Characters other than blanks, breaks and hyphens: stage two removes or adds none of them, so a
    line's count is the same before and after it."""
    return len(text) - sum(text.count(char) for char in " \t\r\n" + _HYPHENS)


def _hyphen_edit(
    line: str, line_start: int, resume: int, following: str, is_word: Callable[[str], bool] | None
) -> Edit | None:
    """The deletion that rejoins ``line``'s last word with the next line's first, or None when the line does
    not end with a hyphenated word.  A soft hyphen always joins; ``-`` joins when ``is_word`` knows the word,
    else only the break and the blanks around it go."""
    core = line.rstrip(" \t")
    if not (core.endswith("\u00ad") and _LETTER.match(core, len(core) - 2)):
        core = core.rstrip(" \t\u00ad")  # a soft hyphen after a blank or a hyphen goes with the break
    if not core or core[-1] not in _HYPHENS or not _LETTER.match(core, len(core) - 2):
        return None
    word = _WORD_AT_START.match(following)
    if not word or not starts_safely(word.group(1)[0]):
        return None
    at = line_start + len(core) - 1
    resume += word.start(1)
    if core[-1] == "\u00ad" or _is_split_word(core[:-1], word.group(1), is_word):
        return at, resume, ""
    return at + 1, resume, ""


def _is_split_word(before: str, after: str, is_word: Callable[[str], bool] | None) -> bool:
    """Whether ``before``'s last word and ``after`` are one word cut by the line end (``Direc`` + ``tion``).
    A capital after a lower-case letter starts a name of its own (``Saint-\\nDenis``): no lexicon needed."""
    left = _LETTERS_AT_END.search(before)
    if left is None or is_word is None or (after[0].isupper() and left.group()[-1].islower()):
        return False
    return is_word(left.group() + after)


def _continues_paragraph(
    text: str, line: str, end: int, following: str, logical: _LogicalLine, wrapped: list[bool]
) -> bool:
    """Whether the break after ``line`` (ending at ``end``) is a hard wrap inside a paragraph. Kept: breaks
    around a blank line; after a line ending with ``. ! ? : ; …`` or a dash; before a list item (bullet,
    ``1.``, ``2)``, ``a)``, ``IV.``, ``§``) or a timed message (``09:08 Tom Bertrand :``); between two rows of
    a table (cells between ``|``); after a physical line of more than ``_MAX_WRAPPED`` visible characters (a
    paragraph on one line). Joined: before a lower-case letter, but in a text in lower case throughout. Before
    anything else (a capital, a digit, a quote), joined only in a text laid out in hard-wrapped lines
    (``_hard_wrapped``: elsewhere such a line is a caption, a signature or an address line, and the next one
    starts anew), when the next line is not indented, the logical line has ``_LONG_LINE`` visible characters
    or more (a heading is shorter) and, if it is in capitals, the next line's first word is too."""
    tail = line.rstrip(" \t\u00ad\r")
    head = following.lstrip(" \t")
    blank = not head.replace("\u00ad", "").strip()  # a line-final soft hyphen goes: it is no text
    if not tail or blank or tail[-1] in _ENDS_BLOCK or _LIST_ITEM.match(head) or _MESSAGE.match(head):
        return False
    if _TABLE_ROW.search(line) and _TABLE_ROW.search(following):  # rows of a table laid out as text
        return False
    if not head[0].islower() or _caseless(text, wrapped):
        if not wrapped:
            wrapped.append(_hard_wrapped(text))
        if not wrapped[0] or following[0] in " \t" or logical.visible_until(text, end) < _LONG_LINE:
            return False
        if logical.caps_until(text, end) and not head.split(maxsplit=1)[0].isupper():
            return False
    return len(line) <= _MAX_WRAPPED or _visible_count(line) <= _MAX_WRAPPED


def _caseless(text: str, known: list[bool]) -> bool:
    """Whether ``text`` is written in lower case throughout (notes, a text lower-cased by some tool),
    where a line starting in lower case says nothing; known when first asked, kept in ``known[1]``."""
    if len(known) < 2:
        if not known:
            known.append(_hard_wrapped(text))
        known.append(is_mostly_lower(text))
    return known[1]


def _hard_wrapped(text: str) -> bool:
    """Whether ``text`` is laid out in lines cut at a margin (a PDF or a plain-text e-mail), rather than
    in paragraphs of one line each: lines of ``_LONG_LINE`` to ``_MAX_WRAPPED`` visible characters that
    a non-blank line follows are several, and more than twice as many as the lines past the margin.
    Joining can only lengthen lines, so a text found not hard-wrapped stays so once normalised."""
    lines = text.split("\n")
    inside = longer = 0
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        visible = _visible_count(line)
        if visible > _MAX_WRAPPED:
            longer += 1
        elif visible >= _LONG_LINE and following.strip():
            inside += 1
    return inside >= 3 and inside > 2 * longer
