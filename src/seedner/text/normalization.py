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

from seedner.text.line_breaks import BREAK_TO_CHECK, Edit, line_edits, starts_safely

Region = tuple[int, int, int, int]  # (clean_start, clean_end, original_start, original_end)

_SOFT_HYPHEN = "\u00ad"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # space, non-joiner, joiner, word joiner, BOM
_REMOVABLE = _SOFT_HYPHEN + _ZERO_WIDTH
_LIGATURES = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFB00, 0xFB07)}


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
_ONE_FOR_ONE = re.compile(_char_class(map(chr, _SAME_LENGTH)))
_REMOVED_OR_EXPANDED = re.compile(_char_class([*_REMOVABLE, *map(chr, _LIGATURES)]))
# A soft hyphen at a line end stays for stage two, which rejoins the word.
_REMOVE_OR_EXPAND = re.compile(r"\u00ad(?![ \t]*\r?\n)|" + _char_class([*_ZERO_WIDTH, *map(chr, _LIGATURES)]))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


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
    if not needs_chars and BREAK_TO_CHECK.search(text) is None:
        return NormalizedText(text, text)
    folded = _fold_one_for_one(text) if needs_chars else text  # positions stay
    char_edits = _char_edits(folded) if needs_chars else []
    first_text, first_regions = _apply(folded, char_edits)
    first = NormalizedText(first_text, text, first_regions)
    by_line = _original_edits(first, line_edits(first_text, is_word)) if "\n" in first_text else []
    cleaned, regions = _apply(folded, _merge(char_edits, by_line))
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
