"""The normalisation layer between decoding and the pipeline, with an offset map back to the decoded text.

The model and the matchers read ``NormalizedText.text``; every record keeps offsets into the original, so
that ``text == document[start:end]`` holds there, and ``to_original`` takes a cleaned span back to the
smallest original span that holds what became it (a mention across ``Direc-\\ntion`` keeps the ``-\\n``).

What changes, in one pass per stage:

* characters (stage one): NFC; soft hyphens, zero-width spaces and joiners, word joiners and BOMs removed
  (a soft hyphen at a line end is left to stage two, which joins the word); compatibility ligatures
  (U+FB00-U+FB06) and full-width and half-width forms folded by NFKC, for those characters only, so ``²``,
  ``ª``, ``°`` keep their meaning (U+FFE3, whose NFKC is a space and a combining macron, stays); Unicode
  spaces become ``" "``; curly apostrophes and quotes become straight ones.  Quotes are folded here, not
  in a separate matching key: the change keeps lengths, so it costs no map, and the model and the
  gazetteer then read the same text, while records still show the original quotes.
* lines (stage two): a word hyphenated across a line break is rejoined when ``is_word`` knows the joined
  word (``Direc-\\ntion`` -> ``Direction``), else only the break goes (``Saint-\\nDenis`` -> ``Saint-Denis``);
  a soft hyphen there always joins.  A hard wrap inside a paragraph becomes a space (see
  ``_continues_paragraph`` for the rule).

The map keeps only the changes that alter lengths, as regions ``(clean_start, clean_end, original_start,
original_end)``: every cleaned character of a region comes from the whole original region (a ligature, an
NFC cluster; an empty cleaned side is a deletion); between regions the two texts run side by side with a
fixed shift.  Memory is O(r) for r regions, not O(n); a lookup is a bisection, O(log r).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

Edit = tuple[int, int, str]  # (start, end, replacement) in the coordinates of the text it edits
Region = tuple[int, int, int, int]  # (clean_start, clean_end, original_start, original_end)

_SOFT_HYPHEN = "\u00ad"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # space, non-joiner, joiner, word joiner, BOM
_REMOVABLE = _SOFT_HYPHEN + _ZERO_WIDTH
_LIGATURES = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFB00, 0xFB07)}
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


def _same_length_table() -> dict[int, str]:
    """One character for one: spaces, quotes, full-width and half-width forms (NFKC when it gives one)."""
    table = {cp: " " for cp in (0x00A0, 0x202F, 0x3000, *range(0x2000, 0x200B))}
    table.update({ord(char): "'" for char in "\u2019\u2018\u201a\u201b\u02bc"})
    table.update({ord(char): '"' for char in "\u201c\u201d\u201e\u201f"})
    for cp in (*range(0xFF01, 0xFF5F), *range(0xFFE0, 0xFFEF)):
        folded = unicodedata.normalize("NFKC", chr(cp))
        if len(folded) == 1 and folded != chr(cp) and starts_safely(folded):
            table[cp] = folded
    return table


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


_SAME_LENGTH = _same_length_table()
_FOLD = {**{ord(char): None for char in _REMOVABLE}, **_LIGATURES}
_CHARS_TO_FIX = re.compile(_char_class([*_REMOVABLE, *map(chr, _LIGATURES), *map(chr, _SAME_LENGTH)]))
# A line break that stage two may change: after a line not ending a sentence, before a non-blank line.
_BREAK_TO_CHECK = re.compile(r"\n(?<![.!?:;…\n]\n)(?=[ \t]*\S)")
_ONE_FOR_ONE = re.compile(_char_class(map(chr, _SAME_LENGTH)))
_REMOVED_OR_EXPANDED = re.compile(_char_class([*_REMOVABLE, *map(chr, _LIGATURES)]))
# A soft hyphen at a line end stays for stage two, which rejoins the word.
_REMOVE_OR_EXPAND = re.compile(r"\u00ad(?![ \t]*\r?\n)|" + _char_class([*_ZERO_WIDTH, *map(chr, _LIGATURES)]))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

_SOFT_HYPHEN_BEFORE_BLANK = re.compile(r"\u00ad(?=[ \t]*\r?\n(?![ \t]*\S))")
_HYPHENS = "-\u2010\u00ad"
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS_AT_END = re.compile(r"[^\W\d_]+\Z")
_WORD_AT_START = re.compile(r"[ \t]*([^\W\d_]+(?:'[^\W\d_]+)*)")
_LIST_ITEM = re.compile(r"(?:[-–—•·*▪►‣◦●○■□➢✓>+§]|\d{1,3}[.)°]|[a-z][.)]|[A-Z]\)|[IVXLC]{1,6}[.)])(?:\s|\Z)")
_ENDS_BLOCK = ".!?:;…-‐–—"
# Counted in visible characters (``_visible_count``).  A physical line with more than this was not
# wrapped by hand (wrap widths stay under ~130 characters); a logical line with fewer is too short to run
# on into a capitalised line (a heading).
_MAX_WRAPPED = 110
_LONG_LINE = 50


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The cleaned text and the map of its offsets back to ``original``."""

    text: str
    original: str
    regions: tuple[Region, ...] = ()
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(region[0] for region in self.regions))

    @property
    def is_identity(self) -> bool:
        """Nothing changed: the cleaned text is the original object and offsets are the same."""
        return self.text is self.original

    @property
    def breakpoints(self) -> tuple[tuple[int, int], ...]:
        """(cleaned offset, original offset) at each region's two ends, non-decreasing in both."""
        return tuple(point for cs, ce, os, oe in self.regions for point in ((cs, os), (ce, oe)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The smallest original span holding what became ``text[start:end]``, in O(log r).

        An empty span maps to an empty span (at the first of the two candidate offsets, so that the
        result stays monotone).  Spans that cut a ligature both get the whole ligature.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} is outside the cleaned text (length {len(self.text)})")
        if not self.regions:
            return start, end
        if start == end:
            point = min(self._start_of(start), self._end_of(start))
            return point, point
        return self._start_of(start), self._end_of(end)

    def _start_of(self, index: int) -> int:
        return len(self.original) if index == len(self.text) else _char_span(self, index)[0]

    def _end_of(self, index: int) -> int:
        return 0 if index == 0 else _char_span(self, index - 1)[1]


def _char_span(mapped: NormalizedText, index: int) -> tuple[int, int]:
    """The original span that cleaned character ``index`` comes from."""
    k = bisect_right(mapped._starts, index) - 1
    if k < 0:
        return index, index + 1
    _, clean_end, original_start, original_end = mapped.regions[k]
    if index < clean_end:
        return original_start, original_end
    shifted = original_end + index - clean_end
    return shifted, shifted + 1


def normalize(text: str, *, is_word: Callable[[str], bool] | None = None) -> NormalizedText:
    """Clean ``text`` for the pipeline; ``is_word`` tells whether a word rejoined across a line break is a
    word (give it the model's vocabulary or the gazetteer's names, folding case as they need); without it,
    a hyphen at a line end is always kept.

    Clean text costs two regular-expression scans and an NFC check, and comes back as the same object.
    """
    needs_chars = not text.isascii() and (
        _CHARS_TO_FIX.search(text) is not None or not unicodedata.is_normalized("NFC", text)
    )
    if not needs_chars and _BREAK_TO_CHECK.search(text) is None:
        return NormalizedText(text, text)
    folded = _fold_one_for_one(text) if needs_chars else text  # positions stay
    char_edits = _char_edits(folded) if needs_chars else []
    first_text, first_regions = _apply(folded, char_edits)
    first = NormalizedText(first_text, text, first_regions)
    line_edits = _original_edits(first, _line_edits(first_text, is_word)) if "\n" in first_text else []
    cleaned, regions = _apply(folded, _merge(char_edits, line_edits))
    if cleaned == text:
        return NormalizedText(text, text)
    return NormalizedText(cleaned, text, regions)


def _fold_one_for_one(text: str) -> str:
    """Spaces, quotes, full-width forms: ``str.replace`` per character present (few kinds, many times)."""
    for char in set(_ONE_FOR_ONE.findall(text)):
        text = text.replace(char, _SAME_LENGTH[ord(char)])
    return text


def _apply(text: str, edits: Sequence[Edit]) -> tuple[str, tuple[Region, ...]]:
    """Apply sorted, disjoint edits; one-for-one edits of a character need no region."""
    pieces: list[str] = []
    regions: list[Region] = []
    done = out = 0
    for start, end, replacement in edits:
        pieces += (text[done:start], replacement)
        out += start - done
        if not end - start == len(replacement) == 1:
            last = regions[-1] if regions else None
            if not replacement and last and last[0] == last[1] == out and last[3] == start:
                regions[-1] = (out, out, last[2], end)  # two deletions side by side: one region
            else:
                regions.append((out, out + len(replacement), start, end))
        out += len(replacement)
        done = end
    pieces.append(text[done:])
    return "".join(pieces), tuple(regions)


def _char_edits(text: str) -> list[Edit]:
    """Stage one on text whose one-for-one characters are already folded: removals, ligatures, NFC."""
    clusters = _nfc_clusters(text) if _needs_nfc_scan(text) else []
    edits: list[Edit] = []
    for start, end in clusters:
        replacement = unicodedata.normalize("NFC", text[start:end].translate(_FOLD))
        if replacement != text[start:end]:
            edits.append((start, end, replacement))
    k = 0
    for match in _REMOVE_OR_EXPAND.finditer(text):
        while k < len(clusters) and clusters[k][1] <= match.start():
            k += 1
        if k == len(clusters) or match.start() < clusters[k][0]:
            edits.append((match.start(), match.end(), match.group().translate(_FOLD)))
    return sorted(edits)


def _needs_nfc_scan(text: str) -> bool:
    """Not NFC, or a removed character or an expanded ligature may bring a letter to a combining mark."""
    return not unicodedata.is_normalized("NFC", text) or _REMOVED_OR_EXPANDED.search(text) is not None


def _nfc_clusters(text: str) -> list[tuple[int, int]]:
    """Spans around each character NFC may change, cut before characters it never joins to the left
    (removed characters are seen through: ``e`` + ZWJ + U+0301 becomes ``é``), or after a blank."""
    clusters: list[tuple[int, int]] = []
    for match in _NON_ASCII.finditer(text):
        at = match.start()
        char = text[at]
        if (clusters and at < clusters[-1][1]) or (
            starts_safely(char) and unicodedata.is_normalized("NFC", char)
        ):
            continue
        start = at
        while start > 0 and not (starts_safely(text[start]) and text[start] not in _REMOVABLE):
            start -= 1
        start += start < at and text[start].isspace()  # a blank composes with nothing: marks alone
        end = scan = at + 1
        while scan < len(text) and (text[scan] in _REMOVABLE or not starts_safely(text[scan])):
            scan += 1
            if text[scan - 1] not in _REMOVABLE:
                end = scan
        clusters.append((start, end))
    return clusters


def _line_edits(text: str, is_word: Callable[[str], bool] | None) -> list[Edit]:
    """Stage two: rejoin words hyphenated across a line break and turn hard wraps into spaces.  Only the
    breaks ``_BREAK_TO_CHECK`` finds are read; the others are kept."""
    edits: list[Edit] = []
    logical = _LogicalLine(0)
    joined_until = -1  # where the last break joined ends: the logical line goes on there
    for brk in _BREAK_TO_CHECK.finditer(text):
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
        if _continues_paragraph(text, line, end, following, logical):
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


def _continues_paragraph(text: str, line: str, end: int, following: str, logical: _LogicalLine) -> bool:
    """Whether the break after ``line`` (ending at ``end``) is a hard wrap inside a paragraph.  Kept: breaks
    around a blank line; after a line ending with ``. ! ? : ; …`` or a dash; before a list item (bullet,
    ``1.``, ``2)``, ``a)``, ``IV.``, ``§``); after a physical line of more than ``_MAX_WRAPPED`` visible
    characters (a paragraph on one line).  Joined: before a lower-case letter.  Before anything else (a
    capital, a digit, a quote), joined only when the next line is not indented, the logical line has
    ``_LONG_LINE`` visible characters or more (a heading is shorter) and, if it is in capitals, the next
    line's first word is too."""
    tail = line.rstrip(" \t\u00ad\r")
    head = following.lstrip(" \t")
    blank = not head.replace("\u00ad", "").strip()  # a line-final soft hyphen goes: it is no text
    if not tail or blank or tail[-1] in _ENDS_BLOCK or _LIST_ITEM.match(head):
        return False
    if not head[0].islower():
        if following[0] in " \t" or logical.visible_until(text, end) < _LONG_LINE:
            return False
        if logical.caps_until(text, end) and not head.split(maxsplit=1)[0].isupper():
            return False
    return len(line) <= _MAX_WRAPPED or _visible_count(line) <= _MAX_WRAPPED


def _original_edits(first: NormalizedText, edits: list[Edit]) -> list[Edit]:
    """Stage-two edits moved to original offsets.  They touch only characters that stage one copied one for
    one (hyphens, blanks, line breaks); one that would cut a cluster is dropped rather than guessed."""
    return [
        (_char_span(first, start)[0], _char_span(first, end - 1)[1], replacement)
        for start, end, replacement in edits
        if _copied(first, start, end)
    ]


def _copied(first: NormalizedText, start: int, end: int) -> bool:
    """No cluster of stage one (ligature, NFC) produced any of ``first.text[start:end]``."""
    k = max(bisect_right(first._starts, start) - 1, 0)
    while k < len(first.regions) and first.regions[k][0] < end:
        clean_start, clean_end = first.regions[k][:2]
        if clean_start < clean_end and clean_end > start:
            return False
        k += 1
    return True


def _merge(char_edits: list[Edit], line_edits: list[Edit]) -> list[Edit]:
    """Both sorted lists as one; a line edit swallows the removals inside it (``-`` ZWSP ``\\n``)."""
    merged: list[Edit] = []
    k = 0
    for edit in char_edits:
        while k < len(line_edits) and line_edits[k][1] <= edit[0]:
            merged.append(line_edits[k])
            k += 1
        if k == len(line_edits) or edit[1] <= line_edits[k][0]:
            merged.append(edit)
    return merged + line_edits[k:]
