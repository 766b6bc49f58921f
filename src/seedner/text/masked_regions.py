"""Regions of a text that hold no entity: URLs, e-mail addresses, domains, paths and file names.

Pure functions on strings; the ``seedner_masks`` component applies them to a Doc.
Markdown link text and image alt text stay prose: only the target in parentheses is masked.
"""

from __future__ import annotations

import re

_FILE_SUFFIXES = (
    "jpe?g|png|gif|svg|webp|pdf|docx?|xlsx?|pptx?|odt|ods|csv|tsv|txt|json|jsonl|xml|html?|zip|gz|tgz|"
    "mp3|mp4|avi|mov|exe|py"
)
_DOMAIN_SUFFIXES = "gouv|fr|com|org|net|eu|int|info|io"
MASK_PATTERN = re.compile(
    r"""
      (?:https?|ftp)://[^\s<>()\[\]"']+(?:\([^\s()]*\)[^\s<>()\[\]"']*)*   # URL with a scheme
    | \bwww\.[^\s<>()\[\]"']+                                              # bare www. address
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                                          # e-mail address
    | \b[\w-]+(?:\.[\w-]+)*\.(?:"""
    + _DOMAIN_SUFFIXES
    + r""")
      (?:/[^\s<>()\[\]"']*)?\b(?![\w@])                                      # bare domain
    | \b[\w-]+\.(?:"""
    + _FILE_SUFFIXES
    + r""")\b                                                               # file name
    """,
    re.VERBOSE | re.IGNORECASE,
)
# What every match of MASK_PATTERN contains: most texts have none, and this
# search is ten times cheaper than trying the full pattern at every word.
_HINT = re.compile(rf"://|www\.|@|\.(?:{_DOMAIN_SUFFIXES}|{_FILE_SUFFIXES})\b", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?»\"'’"


def find_masked_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of URLs, e-mail addresses, domains, paths and file names."""
    ranges: list[tuple[int, int]] = []
    if _HINT.search(text) is None:
        return ranges
    for match in MASK_PATTERN.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _TRAILING_PUNCTUATION:
            end -= 1
        if end > start:
            ranges.append((start, end))
    return ranges


def overlaps_any(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps one of ``ranges``."""
    return any(start < mask_end and mask_start < end for mask_start, mask_end in ranges)
