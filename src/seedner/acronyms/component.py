"""The ``seedner_acronyms`` component: acronym mentions, their in-text definitions and their expansions.

It runs after ``ner``.  The rules live in :mod:`seedner.acronyms.rules` (mentions),
:mod:`seedner.acronyms.definitions` (in-text definitions) and :mod:`seedner.acronyms.senses` (dictionary
senses); :mod:`seedner.acronyms.detection` maps the Doc's tokens onto the mention rules,
:mod:`seedner.acronyms.resolution` gives each mention its expansion and label, and
:mod:`seedner.acronyms.entities` writes the results into ``doc.ents``.  This module holds the data and
runs them in turn.

Each acronym mention becomes an entity with ``acronym=True``, its ``expansion``, ``expansion_source``
(``"document"`` or ``"gazetteer"``, the acronym dictionary included) and ``expansion_candidates``.  It
takes the label of what it stands for: the long form's, the gazetteer entry's, the dictionary sense's
(ORG for a body such as ``Agence …``), else ``unknown_label`` (MISC): an acronym that names no entity,
``TVA``, is still reported.

The dictionary of senses (CSV: acronym, expansion, category, source) is component data: loaded by
``initialize`` or ``add_senses`` and saved with the pipeline.  The default dictionaries, which
``initialize()`` loads when given no data and the first use loads when the component was given none, are
the curated common acronyms (``acronyms_common.csv``), the usual meanings, then the imported
administrative dictionary (``acronyms.csv``), whose senses need the document's support (see
:class:`seedner.acronyms.senses.Sense`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from seedner.acronyms.definitions import DEFAULT_MAX_WORDS, Definition, definition_map, find_definitions
from seedner.acronyms.detection import detect_mentions
from seedner.acronyms.entities import (
    EntityTable,
    any_masked,
    drop_model_spans,
    place_long_forms,
    place_mention,
    sentence_starts,
    split_glued,
)
from seedner.acronyms.resolution import mention_label, resolve_mentions
from seedner.acronyms.senses import DocumentStems, Sense, SenseDictionary, read_dictionary
from seedner.acronyms.tokens import TokenView
from seedner.acronyms.words import FrenchWords
from seedner.components.base import JsonRowsPipe
from seedner.components.extensions import doc_text, register_extensions, span_attribute_table
from seedner.components.masks import masked_tokens
from seedner.resources import default_dictionary_files
from seedner.text.folding import acronym_key


@Language.factory(
    "seedner_acronyms",
    default_config={
        "max_long_form_words": DEFAULT_MAX_WORDS,
        "title_case_min_length": 4,
        "unknown_label": "MISC",
        "context_window": 20,
    },
)
def make_acronym_detector(
    nlp: Language,
    name: str,
    max_long_form_words: int,
    title_case_min_length: int,
    unknown_label: str,
    context_window: int,
) -> AcronymDetector:
    return AcronymDetector(
        nlp,
        name,
        max_long_form_words=max_long_form_words,
        title_case_min_length=title_case_min_length,
        unknown_label=unknown_label,
        context_window=context_window,
    )


class AcronymDetector(JsonRowsPipe):
    """Finds acronyms, their definitions and expansions; see the module docstring."""

    data_name = "senses"

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = "seedner_acronyms",
        *,
        max_long_form_words: int = DEFAULT_MAX_WORDS,
        title_case_min_length: int = 4,
        unknown_label: str = "MISC",
        context_window: int = 20,
    ) -> None:
        register_extensions()
        self.name = name
        self.max_long_form_words = max_long_form_words
        self.title_case_min_length = title_case_min_length
        self.unknown_label = unknown_label
        self.context_window = context_window
        self._senses = SenseDictionary()
        self._french: tuple[object, FrenchWords] | None = None
        self._has_data = False  # the default dictionaries load on first use, unless given senses first

    def _french_words(self, doc: Doc) -> FrenchWords:
        """The French words of ``doc``'s vocabulary, read once per vector table."""
        vectors = doc.vocab.vectors
        if self._french is None or self._french[0] is not vectors:
            self._french = (vectors, FrenchWords(vectors))
        return self._french[1]

    # ------------------------------------------------------------------ data

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        dictionary_path: str | Path | None = None,
        dictionary_paths: Iterable[str | Path] | None = None,
        senses: Iterable[Mapping[str, Any]] | None = None,
    ) -> None:
        """Replace the dictionary by the CSV files at ``dictionary_path`` and ``dictionary_paths``, in
        order, and/or the ``senses`` rows; given none of them, by the default dictionaries."""
        if dictionary_path is None and dictionary_paths is None and senses is None:
            dictionary_paths = default_dictionary_files()
        self.clear()
        for path in [*([dictionary_path] if dictionary_path is not None else []), *(dictionary_paths or ())]:
            self.add_senses(read_dictionary(path))
        if senses is not None:
            self.add_senses(senses)

    def add_senses(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Add dictionary rows (``acronym``, ``expansion``, optional ``category`` and ``source``).

        Before any other data, they are the component's only senses: ``initialize()`` loads the defaults.
        """
        self._has_data = True
        self._senses.add(rows)

    def senses(self, acronym: str) -> list[Sense]:
        """The dictionary senses of ``acronym``, in any casing."""
        self._ensure_initialized()
        return list(self._senses.get(acronym_key(acronym)))

    def _long_forms(self, acronym: str) -> list[str]:
        """The dictionary's long forms of ``acronym``, which define it when the text writes one out."""
        return [sense.expansion for sense in self._senses.get(acronym_key(acronym))]

    def known_keys(self) -> frozenset[str]:
        """The keys (``acronym_key``) of every acronym the dictionary has a sense for."""
        self._ensure_initialized()
        return self._senses.keys()

    def spellings(self) -> list[tuple[str, bool]]:
        """Every acronym as the dictionary writes it, and whether that row is curated (``Urssaf``,
        ``DGFiP``: the press's spelling; imported rows write capitals)."""
        return [(written, sense.curated) for written, sense in self._senses.spellings()]

    def clear(self) -> None:
        """Forget every sense (the component then has none, not the defaults)."""
        self._has_data = True
        self._senses = SenseDictionary()

    def __len__(self) -> int:
        self._ensure_initialized()
        return len(self._senses)

    def _dump(self) -> list[dict[str, Any]]:
        return self._senses.rows()

    def _load(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self._senses = SenseDictionary(rows)

    # ------------------------------------------------------------- per document

    def process(self, doc: Doc) -> None:
        view = TokenView.of(doc)
        if split_glued(doc, view):
            view = TokenView.of(doc)
        masked = masked_tokens(doc)
        text = doc_text(doc)
        definitions: list[Definition] = []
        if "(" in text:  # every definition has its parentheses; only then are sentences needed
            definitions = find_definitions(
                text, sentence_starts(doc, view), self.max_long_form_words, self._long_forms
            )
        if any(masked):
            definitions = [d for d in definitions if not any_masked(doc, masked, d)]
        defined = definition_map(definitions)
        doc._.acronym_definitions = defined
        attributes = span_attribute_table(doc)
        entities = doc.ents  # each read of doc.ents builds every Span again: read once
        curated = [  # the gazetteer's entities, with their attributes
            (ent, values)
            for ent in entities
            if (values := attributes.get((ent.start_char, ent.end_char)))
            and values.get("seedner_source") == "gazetteer"
        ]
        gazetteer: dict[str, tuple[Span, dict[str, Any]]] = {}
        for ent, values in curated:
            if values.get("acronym"):
                gazetteer.setdefault(acronym_key(ent.text), (ent, values))
        context = DocumentStems(text)
        units, not_names = detect_mentions(
            doc,
            entities,
            view,
            masked,
            defined,
            gazetteer,
            curated,
            context,
            self._senses,
            self.title_case_min_length,
            self._french_words(doc),
        )
        if not units and not definitions and not not_names:
            return
        mentions, labels = resolve_mentions(
            doc,
            entities,
            units,
            definitions,
            gazetteer,
            attributes,
            context,
            self._senses,
            self.unknown_label,
            self.context_window,
        )
        table = EntityTable(doc)
        drop_model_spans(doc, table, not_names)
        place_long_forms(doc, table, definitions, labels)
        for (start, end), mention in zip(units, mentions, strict=True):
            label = mention_label(doc, start, mention, labels[mention.key], self._senses)
            place_mention(doc, table, start, end, mention, label)
        doc.ents = table.sorted()
