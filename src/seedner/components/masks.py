"""Regions that hold no entity: URLs, e-mail addresses, file names.

The statistical model happily finds a place in ``uploads/2025/02``.
spaCy's ``ner`` keeps preset entities but ignores tokens preset as *outside*, so the
``seedner_masks`` component, run first, covers each such region with a
placeholder entity (label ``MASK_LABEL``) that the model predicts around, and
records the character ranges in ``doc._.masked_ranges``; the records stage
drops the placeholders and anything else that overlaps them.  Markdown link
text and image alt text stay prose: only the target in parentheses is masked.
For that, adding the component makes the pipeline's tokenizer split square
brackets and parentheses inside words: markdown glues them to the words
(``ministre](https://…``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from seedner.components.base import SeednerPipe
from seedner.components.extensions import doc_text, register_extensions
from seedner.text.masked_regions import find_masked_ranges, overlaps_any

# A label the model knows, so that its transition system accepts the preset span.
MASK_LABEL = "MISC"
# Markdown links and images glue brackets to words ("ministre](https://…"): split them.
MARKDOWN_INFIX = r"[\[\]()]"


def split_markdown_brackets(nlp: Language) -> None:
    """Have ``nlp``'s tokenizer split square brackets and parentheses inside words (once)."""
    tokenizer = nlp.tokenizer
    finditer = getattr(tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(tokenizer, Tokenizer) or (
        isinstance(pattern, str) and pattern.endswith(MARKDOWN_INFIX)
    ):
        return
    infixes = [pattern] if isinstance(pattern, str) and pattern else []
    tokenizer.infix_finditer = compile_infix_regex([*infixes, MARKDOWN_INFIX]).finditer


def masked_tokens(doc: Doc) -> bytearray:
    """1 for each token inside ``doc._.masked_ranges`` (URLs, e-mail addresses, file names)."""
    masked = bytearray(len(doc))
    for start, end in doc._.masked_ranges or ():
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            masked[span.start : span.end] = b"\x01" * len(span)
    return masked


class Masker(SeednerPipe):
    """Covers URL, e-mail and file-name tokens with placeholder entities."""

    def __init__(self, nlp: Language | None = None, name: str = "seedner_masks") -> None:
        register_extensions()
        self.name = name

    def process(self, doc: Doc) -> None:
        ranges = find_masked_ranges(doc_text(doc))
        doc._.masked_ranges = ranges
        if not ranges:
            return
        placeholders: list[Span] = []
        for start, end in ranges:
            span = doc.char_span(start, end, label=MASK_LABEL, alignment_mode="expand")
            if span is not None and (not placeholders or span.start >= placeholders[-1].end):
                placeholders.append(span)
        token_ranges = [(span.start_char, span.end_char) for span in placeholders]
        kept = [ent for ent in doc.ents if not overlaps_any(ent.start_char, ent.end_char, token_ranges)]
        doc.set_ents(kept + placeholders, default="unmodified")


@Language.factory("seedner_masks", assigns=["doc.ents", "doc._.masked_ranges"], default_config={})
def make_masker(nlp: Language, name: str) -> Masker:
    """Factory of the ``seedner_masks`` component (see module docstring); splits markdown brackets."""
    split_markdown_brackets(nlp)
    return Masker(nlp, name)
