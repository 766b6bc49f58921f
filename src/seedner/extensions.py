"""Custom spaCy attributes shared by the seedner components.

Every component reads and writes mention metadata through these attributes, so a
Doc produced by any pipeline that contains our components can be turned into
records without knowing which component ran.  Span attribute values live in
``doc.user_data`` keyed by character offsets, so they survive ``doc.ents``
being re-created.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

SPAN_ATTRIBUTES: dict[str, object] = {
    # which component produced the span: "model", "gazetteer", "acronym", "definition"
    "seedner_source": None,
    # gazetteer entry id, canonical name and category when the span comes from a gazetteer
    "seedner_id": None,
    "seedner_canonical": None,
    "seedner_category": None,
    # acronym metadata (see acronyms.py)
    "acronym": False,
    "expansion": None,
    "expansion_source": None,
    "expansion_candidates": None,
    "acronym_of": None,
}

DOC_ATTRIBUTES: dict[str, object] = {
    # acronym -> long form defined in the document text itself
    "acronym_definitions": None,
    # character ranges (start, end) that hold no entity: URLs, e-mail addresses, file names
    "masked_ranges": None,
}


def register_extensions() -> None:
    """Register the attributes once; safe to call from every component constructor."""
    for name, default in SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
