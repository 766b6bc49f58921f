"""Regions that hold no entity: URLs, e-mail addresses, file names.

The statistical model happily finds a place in ``uploads/2025/02``.
spaCy's ``ner`` keeps preset entities but ignores tokens preset as *outside*, so the
``seedner_masks`` component, run first, covers each such region with a
placeholder entity (label ``MASK_LABEL``) that the model predicts around, and
records the character ranges in ``doc._.masked_ranges``; the records stage
drops the placeholders and anything else that overlaps them.  Markdown link
text and image alt text stay prose: only the target in parentheses is masked.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extensions import doc_text, register_extensions

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
# A label the model knows, so that its transition system accepts the preset span.
MASK_LABEL = "MISC"


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


class Masker:
    """Covers URL, e-mail and file-name tokens with placeholder entities."""

    def __init__(self, nlp: Language, name: str = "seedner_masks") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ranges = find_masked_ranges(doc_text(doc))
        doc._.masked_ranges = ranges
        if not ranges:
            return doc
        placeholders: list[Span] = []
        for start, end in ranges:
            span = doc.char_span(start, end, label=MASK_LABEL, alignment_mode="expand")
            if span is not None and (not placeholders or span.start >= placeholders[-1].end):
                placeholders.append(span)
        token_ranges = [(span.start_char, span.end_char) for span in placeholders]
        kept = [ent for ent in doc.ents if not overlaps_any(ent.start_char, ent.end_char, token_ranges)]
        doc.set_ents(kept + placeholders, default="unmodified")
        return doc


@Language.factory("seedner_masks", default_config={})
def make_masker(nlp: Language, name: str) -> Masker:
    """Factory of the ``seedner_masks`` component (see module docstring)."""
    return Masker(nlp, name)
