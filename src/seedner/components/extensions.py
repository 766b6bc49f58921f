"""Custom spaCy attributes shared by the seedner components.

Every component reads and writes mention metadata through these attributes, so a
Doc produced by any pipeline that contains our components can be turned into
records without knowing which component ran.  Span attribute values live in
``doc.user_data`` keyed by character offsets, so they survive ``doc.ents``
being re-created.
"""

from __future__ import annotations

from typing import Any

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
    # a person's function named in apposition (set by ``seedner_cleaning``, as the record's ``role``)
    "seedner_role": None,
}

# Where the maker of a Doc (the runner) keeps the text it was made from.
_SOURCE_TEXT = "seedner.source_text"

DOC_ATTRIBUTES: dict[str, object] = {
    # acronym -> long form defined in the document text itself
    "acronym_definitions": None,
    # character ranges (start, end) that hold no entity: URLs, e-mail addresses, file names
    "masked_ranges": None,
    # acronym mentions inside a longer entity (CPAM in "CPAM de la Gironde"): one layer of doc.ents
    # cannot hold them, records can; tuples (start_char, end_char, expansion, source, candidates)
    "nested_acronyms": None,
}


def register_extensions() -> None:
    """Register the attributes once; safe to call from every component constructor."""
    for name, default in SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def span_attribute_table(doc: Doc) -> dict[tuple[int, int], dict[str, Any]]:
    """The seedner span attributes set on ``doc``, by the spans' ``(start_char, end_char)``.

    One pass over ``doc.user_data``, where spaCy keeps them under
    ``("._.", name, start_char, end_char)``: reading them through ``span._``
    builds an accessor and a key per read, the main cost of turning a Doc into
    records.  Attributes left at their default are absent.
    """
    table: dict[tuple[int, int], dict[str, Any]] = {}
    for key, value in doc.user_data.items():
        if type(key) is tuple and len(key) == 4 and key[0] == "._." and key[1] in SPAN_ATTRIBUTES:
            start, end = key[2], key[3]
            if type(start) is int and type(end) is int:  # a Token attribute has no end
                table.setdefault((start, end), {})[key[1]] = value
    return table


def clear_span_attributes(doc: Doc) -> None:
    """Forget the seedner span attributes set on ``doc`` (see :func:`span_attribute_table`)."""
    for key in [
        key
        for key in doc.user_data
        if type(key) is tuple and len(key) == 4 and key[0] == "._." and key[1] in SPAN_ATTRIBUTES
    ]:
        del doc.user_data[key]


def keep_source_text(doc: Doc, text: str) -> Doc:
    """Keep on ``doc`` the ``text`` it was made from, for :func:`doc_text`."""
    doc.user_data[_SOURCE_TEXT] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, read from the text kept by :func:`keep_source_text` when there is one.

    ``doc.text`` builds a Token per token to join their texts again.  A kept
    text serves only if its length is the Doc's (a Doc cut from another with
    its user data copied is shorter).
    """
    text = doc.user_data.get(_SOURCE_TEXT)
    if type(text) is str and len(text) == (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
        return text
    return doc.text
