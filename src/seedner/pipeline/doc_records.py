"""From spaCy Docs to output records.

A document may have been processed in several pieces; :func:`document_mentions`
takes the pieces with their offsets and gives the document's mentions, sorted,
with whole-document offsets, and :func:`document_records` their records, with
line and column.  The ``seedner_cleaning`` component writes the same mentions
back into a Doc (see ``pipeline.cleaning``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from seedner.acronyms.rules import AcronymMention, propagate_definitions
from seedner.components.extensions import SPAN_ATTRIBUTES, span_attribute_table
from seedner.gazetteer.component import GazetteerMatcher
from seedner.gazetteer.homonyms import PlaceIndex
from seedner.gazetteer.matching import PLACE_SPANS
from seedner.pipeline.text_view import TextView
from seedner.records.mentions import Mention, collapse_spaces
from seedner.records.postprocess import postprocess
from seedner.records.record import LABELS, Record, mention_records
from seedner.text.masked_regions import overlaps_any


def span_mention(
    span: Span, offset: int = 0, document: str | None = None, attributes: Mapping[str, Any] | None = None
) -> Mention:
    """A Mention from an entity span of a Doc that starts at ``offset`` in ``document``.

    The surface is taken from the document itself: the text given to spaCy may
    have had unprocessable runs blanked out (see ``chunking.defuse``).
    ``attributes`` are the span's seedner attributes if the caller has them
    (see ``extensions.span_attribute_table``).
    """
    if attributes is None:
        ext = span._  # each ``span._`` builds a new accessor: take it once
        attributes = {name: getattr(ext, name) for name in SPAN_ATTRIBUTES}
    get = attributes.get
    candidates = get("expansion_candidates")
    category = get("seedner_category")
    start, end = span.start_char + offset, span.end_char + offset
    surface = document[start:end] if document is not None else span.text
    return Mention(
        start=start,
        end=end,
        text=surface,
        label=span.label_,
        source=get("seedner_source") or "model",
        id=get("seedner_id"),
        canonical=get("seedner_canonical") or collapse_spaces(surface),
        acronym=bool(get("acronym")),
        expansion=get("expansion"),
        expansion_source=get("expansion_source"),
        expansion_candidates=tuple(candidates) if candidates else None,
        acronym_of=get("acronym_of"),
        extra={"seedner_category": category} if category else {},
    )


def doc_mentions(doc: Doc, offset: int = 0, document: str | None = None) -> list[Mention]:
    """Entity mentions of one Doc, without masked regions and unknown labels."""
    masked = doc._.masked_ranges or []
    table = span_attribute_table(doc)
    none: dict[str, Any] = {}
    mentions = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        if ent.label_ in LABELS and not overlaps_any(start, end, masked):
            mentions.append(span_mention(ent, offset, document, table.get((start, end), none)))
    return mentions


def nested_acronyms(doc: Doc, offset: int = 0, document: str | None = None) -> list[Mention]:
    """The acronym mentions the acronym component found inside longer entities (label MISC: the
    entity around them is the record that names the body)."""
    mentions = []
    for start, end, expansion, source, candidates in doc._.nested_acronyms or ():
        start, end = start + offset, end + offset
        surface = document[start:end] if document is not None else doc.text[start - offset : end - offset]
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=surface,
                label="MISC",
                source="acronym",
                canonical=collapse_spaces(expansion or surface),
                acronym=True,
                expansion=expansion,
                expansion_source=source,
                expansion_candidates=candidates,
            )
        )
    return mentions


def document_records(
    name: str,
    view: TextView,
    pieces: Iterable[tuple[int, Doc]],
    page_starts: Sequence[int] | None = None,
    common_word: Callable[[str], bool] | None = None,
    places: PlaceIndex | None = None,
    rare_word: Callable[[str], bool] | None = None,
) -> list[Record]:
    """Records of one document from its processed pieces ``(offset, doc)`` (see :func:`document_mentions`)."""
    mentions = document_mentions(view, pieces, common_word, places, rare_word)
    return mention_records(name, view.original, mentions, page_starts)


def document_mentions(
    view: TextView,
    pieces: Iterable[tuple[int, Doc]],
    common_word: Callable[[str], bool] | None = None,
    places: PlaceIndex | None = None,
    rare_word: Callable[[str], bool] | None = None,
) -> list[Mention]:
    """The mentions of one document, as its records give them, from its processed pieces ``(offset, doc)``.

    The pieces are of ``view.model_text``; mentions are read from it (the repaired text, so that
    canonical names are whole words, in the case restored where the document had lost it, so that span
    hygiene reads ``la France`` and ``port de Calais`` in a document in capitals), then their offsets and
    surfaces are the document's own.  ``common_word``, ``rare_word``: see
    :func:`seedner.records.postprocess.postprocess`;
    ``places`` (see :func:`place_index`) gives place mentions their gazetteer ids.
    """
    text = view.model_text
    mentions: list[Mention] = []
    nested: list[Mention] = []
    named: list[tuple[int, int]] = []
    definitions: dict[str, str] = {}
    several = False
    for index, (offset, doc) in enumerate(pieces):
        mentions.extend(doc_mentions(doc, offset, text))
        nested.extend(nested_acronyms(doc, offset, text))
        if places is not None and PLACE_SPANS in doc.spans:
            named.extend(
                (span.start_char + offset, span.end_char + offset) for span in doc.spans[PLACE_SPANS]
            )
        for key, long_form in (doc._.acronym_definitions or {}).items():
            definitions.setdefault(key, long_form)
        several = index > 0
    if several and definitions:
        mentions = share_definitions(mentions, definitions)
        nested = share_definitions(nested, definitions)
    if text == view.text:  # read as written, no case restored: a lower-case name is a common noun
        mentions = [mention for mention in mentions if not _lower_case_model_name(mention)]
    resolve = None if places is None else partial(places.resolve_mentions, named=named)
    mentions = postprocess(
        text, mentions, nested, common_word=common_word, rare_word=rare_word, places=resolve
    )
    if text is not view.text:
        mentions = [replace(mention, text=view.text[mention.start : mention.end]) for mention in mentions]
    if not view.normalized.is_identity:
        mentions = in_original(mentions, view)
    return mentions


def _lower_case_model_name(mention: Mention) -> bool:
    """A model name without a capital, in a document given to the model as written: a common noun
    (``adulticide``, ``légionellose``), never a name.  In a recased document (all in capitals or in
    lower case) the model may find names it read in lower case."""
    return mention.source == "model" and not mention.acronym and mention.text.islower()


def place_index(nlp: Language) -> PlaceIndex | None:
    """The places of the pipeline's gazetteer, for :func:`document_records`; None without one."""
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, GazetteerMatcher):
            return PlaceIndex.from_entries(pipe.entries)
    return None


def in_original(mentions: Iterable[Mention], view: TextView) -> list[Mention]:
    """Mentions of the repaired text with the document's offsets and surfaces (``text`` is always
    ``document[start:end]``); canonical names stay repaired (``Direction``, not ``Direc-\ntion``)."""
    original = view.original
    moved = []
    for mention in mentions:
        start, end = view.normalized.to_original(mention.start, mention.end)
        moved.append(replace(mention, start=start, end=end, text=original[start:end]))
    return moved


def share_definitions(mentions: list[Mention], definitions: dict[str, str]) -> list[Mention]:
    """A document cut in pieces: a definition in one piece expands the acronym in all."""
    acronyms = [m for m in mentions if m.acronym]
    plain = [
        AcronymMention(m.text, m.start, m.end, m.expansion, m.expansion_source, m.expansion_candidates)
        for m in acronyms
    ]
    shared = {(a.start, a.end): a for a in propagate_definitions(plain, definitions)}
    result = []
    for mention in mentions:
        update = shared.get((mention.start, mention.end)) if mention.acronym else None
        if update is not None:
            mention = replace(
                mention,
                expansion=update.expansion,
                expansion_source=update.expansion_source,
                expansion_candidates=update.expansion_candidates,
            )
        result.append(mention)
    return result
