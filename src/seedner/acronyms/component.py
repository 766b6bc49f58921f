"""The ``seedner_acronyms`` component: acronym mentions, their in-text definitions and their expansions.

It runs after ``ner``.  The rules live in :mod:`seedner.acronym_rules`
(mentions), :mod:`seedner.acronym_definitions` (in-text definitions) and :mod:`seedner.acronym_senses`
(dictionary senses); :mod:`seedner.acronym_entities` writes the results into ``doc.ents``.  This module
maps the Doc's tokens onto those rules.

Each acronym mention becomes an entity with ``acronym=True``, its ``expansion``, ``expansion_source``
(``"document"`` or ``"gazetteer"``, the acronym dictionary included) and ``expansion_candidates``.  It
takes the label of what it stands for: the long form's, the gazetteer entry's, the dictionary sense's
(ORG for a body such as ``Agence …``), else ``unknown_label`` (MISC): an acronym that names no entity,
``TVA``, is still reported.

The dictionary of senses (CSV: acronym, expansion, category, source) is component data: loaded by
``initialize`` or ``add_senses`` and saved with the pipeline.  The pipeline loads the curated common
acronyms (``acronyms_common.csv``), the usual meanings, then the imported administrative dictionary
(``acronyms.csv``), whose senses need the document's support (see :class:`acronym_senses.Sense`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from seedner.acronyms import rules
from seedner.acronyms import senses as sense_rules
from seedner.acronyms.definitions import DEFAULT_MAX_WORDS, Definition, definition_map, find_definitions
from seedner.acronyms.entities import (
    EntityTable,
    any_masked,
    place_long_forms,
    place_mention,
    sentence_starts,
    split_final_periods,
)
from seedner.acronyms.rules import AcronymMention
from seedner.acronyms.senses import DocumentStems, Sense, SenseDictionary, read_dictionary
from seedner.acronyms.tokens import Headlines, TokenView, hyphen_words, word_indices
from seedner.components.base import JsonRowsPipe
from seedner.components.extensions import doc_text, register_extensions, span_attribute_table
from seedner.components.masks import masked_tokens
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

    # ------------------------------------------------------------------ data

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        dictionary_path: str | Path | None = None,
        dictionary_paths: Iterable[str | Path] = (),
        senses: Iterable[Mapping[str, Any]] | None = None,
    ) -> None:
        """Replace the dictionary by the CSV files at ``dictionary_path`` and ``dictionary_paths``, in
        order, and/or the ``senses`` rows."""
        self.clear()
        for path in [*([dictionary_path] if dictionary_path is not None else []), *dictionary_paths]:
            self.add_senses(read_dictionary(path))
        if senses is not None:
            self.add_senses(senses)

    def add_senses(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Add dictionary rows (``acronym``, ``expansion``, optional ``category`` and ``source``)."""
        self._senses.add(rows)

    def senses(self, acronym: str) -> list[Sense]:
        """The dictionary senses of ``acronym``, in any casing."""
        return list(self._senses.get(acronym_key(acronym)))

    def known_keys(self) -> frozenset[str]:
        """The keys (``acronym_key``) of every acronym the dictionary has a sense for."""
        return self._senses.keys()

    def clear(self) -> None:
        self._senses = SenseDictionary()

    def __len__(self) -> int:
        return len(self._senses)

    def _dump(self) -> list[dict[str, Any]]:
        return self._senses.rows()

    def _load(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self._senses = SenseDictionary(rows)

    # ------------------------------------------------------------- per document

    def process(self, doc: Doc) -> None:
        view = TokenView.of(doc)
        if split_final_periods(doc, view):
            view = TokenView.of(doc)
        masked = masked_tokens(doc)
        text = doc_text(doc)
        definitions: list[Definition] = []
        if "(" in text:  # every definition has its parentheses; only then are sentences needed
            definitions = find_definitions(text, sentence_starts(doc, view), self.max_long_form_words)
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
        units = self._detect(doc, entities, view, masked, defined, gazetteer, curated, context)
        if not units and not definitions:
            return
        mentions, labels = self._resolve(doc, entities, units, definitions, gazetteer, attributes, context)
        table = EntityTable(doc)
        place_long_forms(doc, table, definitions, labels)
        for (start, end), mention in zip(units, mentions, strict=True):
            place_mention(doc, table, start, end, mention, labels[mention.key])
        doc.ents = table.sorted()

    def _detect(
        self,
        doc: Doc,
        entities: Sequence[Span],
        view: TokenView,
        masked: bytearray,
        defined: Mapping[str, str],
        gazetteer: Mapping[str, object],
        curated: list[tuple[Span, dict[str, Any]]],
        context: DocumentStems,
    ) -> list[tuple[int, int]]:
        """Token ranges of the acronym mentions, in order (``curated``: the gazetteer's entities)."""
        token_texts = view.texts

        def known(key: str) -> bool:
            return key in defined or key in gazetteer or key in self._senses

        # Words the rules could take: capitals, mixed case or dots, or title case with a definition, a
        # gazetteer entry or a sense.  The others (``Paris``, ``la``) are plain words: nothing to decide.
        acronym_like = [
            i
            for i in view.capitalised
            if (shape := rules.token_shape(token_texts[i])) is not None
            and (shape != "title" or known(acronym_key(token_texts[i])))
        ]
        if not gazetteer and not acronym_like:
            return []  # most sentences: no word the rules below could accept
        owner: list[Span | None] = [None] * len(doc)
        for entity in entities:
            owner[entity.start : entity.end] = [entity] * len(entity)
        blocked: list[int] = []  # tokens of the gazetteer's places and acronyms: never names
        curated_acronyms: set[int] = set()  # start tokens of the gazetteer's acronyms
        in_curated: set[int] = set()  # their tokens
        for entity, values in curated:
            if entity.label_ == "LOC" or values.get("acronym"):
                blocked.extend(range(entity.start, entity.end))
            if values.get("acronym"):
                curated_acronyms.add(entity.start)
                in_curated.update(range(entity.start, entity.end))
        words = hyphen_words(view)
        one_token_words = len(words) == len(token_texts)  # no hyphenated capitals: most texts
        texts = token_texts
        if not one_token_words:
            texts = [token_texts[start] if end - start == 1 else doc[start:end].text for start, end in words]
        surnames = rules.surname_indices(texts, word_indices(words, blocked))
        headlines = Headlines(context.text)
        support: dict[str, int] = {}
        units: list[tuple[int, int]] = []
        title_case: list[tuple[int, int, dict[str, Any]]] = []  # decided once all capitals are known
        # The words to examine: those holding an acronym-like token or one of the gazetteer's acronyms,
        # and every hyphenated word.
        examined = word_indices(words, in_curated.union(acronym_like))
        if not one_token_words:
            examined.update(w for w, (start, end) in enumerate(words) if end - start > 1)
        previous, previous_word = "", -1  # the text before the current piece, and its word
        for w in sorted(examined):
            if previous_word != w - 1:
                previous = texts[w - 1] if w else ""  # a plain word
            previous_word = w
            word = words[w]
            pieces = [word]
            if word[1] - word[0] > 1:
                pieces = self._hyphenated(doc, word, owner, defined, gazetteer)
            for start, end in pieces:
                text = token_texts[start] if end - start == 1 else doc[start:end].text
                ent = owner[start]
                shape = rules.token_shape(text)
                if masked[start] or text.isspace():
                    previous = text
                    continue
                if ent is not None and ent.start in curated_acronyms:
                    if ent.start == start:
                        units.append((ent.start, ent.end))
                    previous = text
                    continue
                if shape is None:
                    previous = text  # accept_mention refuses a shapeless word whatever the evidence
                    continue
                key = acronym_key(text)
                if shape == "title" and not known(key):
                    previous = text  # a title-case word needs a definition, the gazetteer or a sense
                    continue
                senses = self._senses.get(key)
                if key not in support:
                    support[key] = sense_rules.context_support(senses, context) if senses else 0
                evidence: dict[str, Any] = {
                    "previous": previous,
                    "strong": key in defined or key in gazetteer,
                    "in_dictionary": bool(senses),
                    "support": support[key],
                    "in_headline": view.starts[start] in headlines,
                    "surname": w in surnames,
                    "proper_name": ent is not None and ent.label_ in ("PER", "LOC"),
                    "min_title_length": self.title_case_min_length,
                    "title_spelling": self._senses.is_title_spelling(text),
                }
                if shape == "title":
                    title_case.append((start, end, evidence))
                elif rules.accept_mention(text, **evidence):
                    units.append((start, end))
                previous = text
        capitals = {acronym_key(doc[start:end].text) for start, end in units}
        for start, end, evidence in title_case:
            text = doc[start:end].text
            if rules.accept_mention(text, seen_in_capitals=acronym_key(text) in capitals, **evidence):
                units.append((start, end))
        return sorted(units)

    def _hyphenated(
        self,
        doc: Doc,
        word: tuple[int, int],
        owner: list[Span | None],
        defined: Mapping[str, str],
        gazetteer: Mapping[str, object],
    ) -> list[tuple[int, int]]:
        """A hyphenated word is one mention when the whole is a known acronym (``LCB-FT``), else its parts
        are (``DGSI-DGSE``); either way its parts are surnames together (``MOREAU-LAGARDE``)."""
        start, end = word
        key = acronym_key(doc[start:end].text)
        known = key in defined or key in gazetteer or key in self._senses
        if known and all(owner[i] is owner[start] for i in range(start, end)):
            return [word]
        return [(i, i + 1) for i in range(start, end)]

    def _resolve(
        self,
        doc: Doc,
        entities: Sequence[Span],
        units: list[tuple[int, int]],
        definitions: list[Definition],
        gazetteer: Mapping[str, tuple[Span, dict[str, Any]]],
        attributes: Mapping[tuple[int, int], dict[str, Any]],
        context: DocumentStems,
    ) -> tuple[list[AcronymMention], dict[str, str]]:
        """Expansion of every mention and label of every acronym key (defined keys: see long forms);
        ``attributes``: the span attributes of the Doc's entities (``span_attribute_table``)."""
        by_key: dict[str, list[tuple[int, int]]] = {}
        for start, end in units:
            by_key.setdefault(acronym_key(doc[start:end].text), []).append((start, end))
        categories: list[str | None] = [None] * len(doc)  # nearby entities' categories tell senses apart
        for ent in entities:
            category = attributes.get((ent.start_char, ent.end_char), {}).get("seedner_category")
            categories[ent.start : ent.end] = [category] * len(ent)
        found: dict[str, tuple[str | None, str | None, tuple[str, ...] | None]] = {}
        labels: dict[str, str] = {}
        for key, positions in by_key.items():
            labels[key] = self.unknown_label
            if key in gazetteer:
                entity, values = gazetteer[key]
                labels[key] = entity.label_
                found[key] = (values.get("expansion") or values.get("seedner_canonical"), "gazetteer", None)
            elif key in self._senses:
                chosen, others = self._choose(doc, key, positions, context, categories)
                kinds = {sense_rules.sense_label(s) for s in ((chosen,) if chosen else others)}
                labels[key] = kinds.pop() if len(kinds) == 1 else self.unknown_label
                expansion = chosen.expansion if chosen else None
                found[key] = (
                    expansion,
                    expansion and "gazetteer",
                    tuple(s.expansion for s in others) or None,
                )
        own = {(d.short_start, d.short_end): d.long for d in definitions}
        mentions = []
        for start, end in units:
            span = doc[start:end]
            at = (span.text, span.start_char, span.end_char)
            values = attributes.get((span.start_char, span.end_char), {})
            if (span.start_char, span.end_char) in own:
                mentions.append(AcronymMention(*at, own[(span.start_char, span.end_char)], "document"))
            elif values.get("seedner_source") == "gazetteer" and values.get("expansion"):
                mentions.append(AcronymMention(*at, values["expansion"], "gazetteer"))
            else:
                mentions.append(AcronymMention(*at, *found.get(acronym_key(span.text), (None, None, None))))
        return rules.propagate_definitions(mentions, doc._.acronym_definitions), labels

    def _choose(
        self,
        doc: Doc,
        key: str,
        positions: list[tuple[int, int]],
        context: DocumentStems,
        categories: list[str | None],
    ) -> tuple[Sense | None, tuple[Sense, ...]]:
        """Dictionary sense of ``key`` from the whole document and the mentions' neighbourhoods."""
        senses = self._senses.get(key)
        if len(senses) == 1 and senses[0].curated:
            return senses[0], ()
        local: set[str] = set()
        nearby: set[str | None] = set()
        for start, end in positions:
            low, high = max(0, start - self.context_window), min(len(doc), end + self.context_window)
            local |= sense_rules.stems(doc[low:start].text + " " + doc[end:high].text)
            nearby.update(categories[low:high])
        return sense_rules.choose_sense(senses, context, local, {c for c in nearby if c})
