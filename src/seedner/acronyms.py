"""The ``seedner_acronyms`` component: acronym mentions, their in-text definitions and their expansions.

It runs after ``ner`` and a sentence splitter.  The rules live in :mod:`seedner.acronym_rules`; this
module only maps the Doc's tokens onto them and writes the results into ``doc.ents``:

* each definition's long form becomes an entity (``seedner_source="definition"``, ``acronym_of`` set),
  replacing the shorter or truncated spans it overlaps, unless a gazetteer name already covers it;
* each acronym mention becomes an entity with ``acronym=True``, its ``expansion``, ``expansion_source``
  (``"document"`` or ``"gazetteer"``, the acronym dictionary included) and ``expansion_candidates``.
  It takes the label of what it stands for: the long form's, the gazetteer entry's, the dictionary
  sense's (ORG for a body such as ``Agence …``), else ``unknown_label`` (MISC): an acronym that names
  no entity, ``TVA``, is still reported.  A mention inside a larger model span is split off when that
  span is MISC or LOC, or when punctuation separates it from the rest (``Thomas SAMSON - AFP``);
  otherwise the span is left to the cleaning stage.

The dictionary of senses (``acronyms.csv``: acronym, expansion, category, source) is component data:
loaded by ``initialize`` or ``add_senses`` and saved with the pipeline.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import srsly
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import SimpleFrozenList

from . import acronym_rules as rules
from .acronym_rules import AcronymMention, Definition, Sense
from .extensions import SPAN_ATTRIBUTES, register_extensions

_SEPARATORS = frozenset("-–—/|,;:(")


@Language.factory(
    "seedner_acronyms",
    default_config={
        "max_long_form_words": rules.DEFAULT_MAX_WORDS,
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


def read_dictionary(path: str | Path) -> list[dict[str, str]]:
    """Rows of an acronym dictionary CSV (``acronym,expansion,category,source``)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


class AcronymDetector:
    """Finds acronyms, their definitions and expansions; see the module docstring."""

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = "seedner_acronyms",
        *,
        max_long_form_words: int = rules.DEFAULT_MAX_WORDS,
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
        self._senses: dict[str, list[Sense]] = {}

    # ------------------------------------------------------------------ data

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        dictionary_path: str | Path | None = None,
        senses: Iterable[Mapping[str, Any]] | None = None,
    ) -> None:
        """Replace the dictionary by the CSV at ``dictionary_path`` and/or the ``senses`` rows."""
        self.clear()
        if dictionary_path is not None:
            self.add_senses(read_dictionary(dictionary_path))
        if senses is not None:
            self.add_senses(senses)

    def add_senses(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Add dictionary rows (``acronym``, ``expansion``, optional ``category`` and ``source``)."""
        for row in rows:
            acronym = str(row.get("acronym") or "").strip()
            expansion = " ".join(str(row.get("expansion") or "").split()).rstrip(" .")
            if not acronym or not expansion:
                continue
            sense = Sense(expansion, row.get("category") or None, row.get("source") or None)
            bucket = self._senses.setdefault(rules.acronym_key(acronym), [])
            if sense not in bucket:
                bucket.append(sense)

    def senses(self, acronym: str) -> list[Sense]:
        """The dictionary senses of ``acronym``, in any casing."""
        return list(self._senses.get(rules.acronym_key(acronym), ()))

    def clear(self) -> None:
        self._senses = {}

    def __len__(self) -> int:
        return len(self._senses)

    def _rows(self) -> list[dict[str, Any]]:
        return [
            {"acronym": key, "expansion": s.expansion, "category": s.category, "source": s.source}
            for key, senses in self._senses.items()
            for s in senses
        ]

    def _load(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.clear()
        self.add_senses(rows)

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        return util.to_bytes({"senses": lambda: srsly.json_dumps(self._rows())}, exclude)

    def from_bytes(
        self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()
    ) -> AcronymDetector:
        util.from_bytes(bytes_data, {"senses": lambda b: self._load(srsly.json_loads(b))}, exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        serializers = {"senses": lambda p: srsly.write_jsonl(p.with_suffix(".jsonl"), self._rows())}
        util.to_disk(util.ensure_path(path), serializers, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> AcronymDetector:
        def load(p: Path) -> None:
            file = p.with_suffix(".jsonl")
            self._load(srsly.read_jsonl(file) if file.exists() else ())

        util.from_disk(util.ensure_path(path), {"senses": load}, exclude)
        return self

    # ------------------------------------------------------------- per document

    def __call__(self, doc: Doc) -> Doc:
        _split_final_periods(doc)
        masked = _masked_tokens(doc)
        starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else []
        definitions = rules.find_definitions(doc.text, starts, self.max_long_form_words)
        if any(masked):
            definitions = [d for d in definitions if not _any_masked(doc, masked, d)]
        defined = rules.definition_map(definitions)
        doc._.acronym_definitions = defined
        gazetteer: dict[str, Span] = {}
        for ent in doc.ents:
            if ent._.acronym and ent._.seedner_source == "gazetteer":
                gazetteer.setdefault(rules.acronym_key(ent.text), ent)
        context = rules.stems(doc.text)
        units = self._detect(doc, masked, defined, gazetteer, context)
        if not units and not definitions:
            return doc
        mentions, labels = self._resolve(doc, units, definitions, gazetteer, context)
        table = _Entities(doc)
        self._place_long_forms(doc, table, definitions, labels)
        for (start, end), mention in zip(units, mentions, strict=True):
            self._place_mention(doc, table, start, end, mention, labels[mention.key])
        doc.ents = table.sorted()
        return doc

    def _detect(
        self,
        doc: Doc,
        masked: bytearray,
        defined: Mapping[str, str],
        gazetteer: Mapping[str, Span],
        context: set[str],
    ) -> list[tuple[int, int]]:
        """Token ranges of the acronym mentions, in order."""
        words = [token.text for token in doc]
        owner: list[Span | None] = [None] * len(doc)
        blocked: set[int] = set()
        for entity in doc.ents:
            owner[entity.start : entity.end] = [entity] * len(entity)
            if entity._.seedner_source == "gazetteer" and (entity.label_ == "LOC" or entity._.acronym):
                blocked.update(range(entity.start, entity.end))
        surnames = rules.surname_indices(words, blocked)
        headline = _headline_tokens(doc)
        support: dict[str, int] = {}
        units: list[tuple[int, int]] = []
        previous = ""
        for token in doc:
            i = token.i
            ent = owner[i]
            if token.is_space or masked[i] or (ent is None and rules.token_shape(token.text) is None):
                previous = token.text
                continue
            if ent is not None and ent._.acronym and ent._.seedner_source == "gazetteer":
                if ent.start == i:
                    units.append((ent.start, ent.end))
            else:
                key = rules.acronym_key(token.text)
                senses = self._senses.get(key, ())
                if key not in support:
                    support[key] = rules.context_support(senses, context) if senses else 0
                if rules.accept_mention(
                    token.text,
                    previous=previous,
                    strong=key in defined or key in gazetteer,
                    in_dictionary=bool(senses),
                    support=support[key],
                    in_headline=headline[i],
                    surname=i in surnames,
                    proper_name=ent is not None and ent.label_ in ("PER", "LOC"),
                    min_title_length=self.title_case_min_length,
                ):
                    units.append((i, i + 1))
            previous = token.text
        return units

    def _resolve(
        self,
        doc: Doc,
        units: list[tuple[int, int]],
        definitions: list[Definition],
        gazetteer: Mapping[str, Span],
        context: set[str],
    ) -> tuple[list[AcronymMention], dict[str, str]]:
        """Expansion of every mention and label of every acronym key (defined keys: see long forms)."""
        by_key: dict[str, list[tuple[int, int]]] = {}
        for start, end in units:
            by_key.setdefault(rules.acronym_key(doc[start:end].text), []).append((start, end))
        categories: list[str | None] = [None] * len(doc)  # nearby entities' categories tell senses apart
        for ent in doc.ents:
            categories[ent.start : ent.end] = [ent._.seedner_category] * len(ent)
        found: dict[str, tuple[str | None, str | None, tuple[str, ...] | None]] = {}
        labels: dict[str, str] = {}
        for key, positions in by_key.items():
            labels[key] = self.unknown_label
            if key in gazetteer:
                labels[key] = gazetteer[key].label_
                found[key] = (
                    gazetteer[key]._.expansion or gazetteer[key]._.seedner_canonical,
                    "gazetteer",
                    None,
                )
            elif key in self._senses:
                chosen, others = self._choose(doc, key, positions, context, categories)
                kinds = {rules.sense_label(s) for s in ((chosen,) if chosen else others)}
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
            if (span.start_char, span.end_char) in own:
                mentions.append(AcronymMention(*at, own[(span.start_char, span.end_char)], "document"))
            elif span._.seedner_source == "gazetteer" and span._.expansion:
                mentions.append(AcronymMention(*at, span._.expansion, "gazetteer"))
            else:
                mentions.append(
                    AcronymMention(*at, *found.get(rules.acronym_key(span.text), (None, None, None)))
                )
        return rules.propagate_definitions(mentions, doc._.acronym_definitions), labels

    def _choose(
        self,
        doc: Doc,
        key: str,
        positions: list[tuple[int, int]],
        context: set[str],
        categories: list[str | None],
    ) -> tuple[Sense | None, tuple[Sense, ...]]:
        """Dictionary sense of ``key`` from the whole document and the mentions' neighbourhoods."""
        senses = self._senses[key]
        if len(rules.merge_senses(senses)) < 2:
            return rules.choose_sense(senses, ())
        local: set[str] = set()
        nearby: set[str | None] = set()
        for start, end in positions:
            low, high = max(0, start - self.context_window), min(len(doc), end + self.context_window)
            local |= rules.stems(doc[low:start].text + " " + doc[end:high].text)
            nearby.update(categories[low:high])
        return rules.choose_sense(senses, context, local, {c for c in nearby if c})

    def _place_long_forms(
        self, doc: Doc, table: _Entities, definitions: list[Definition], labels: dict[str, str]
    ) -> None:
        """Put each long form into the entities; a defined acronym takes its first long form's label."""
        defined_labels: dict[str, str] = {}
        for definition in definitions:
            span = doc.char_span(definition.long_start, definition.long_end, alignment_mode="contract")
            if span is None or not len(span):
                continue
            overlapping = table.overlapping(span.start, span.end)
            if any(
                o._.seedner_source == "definition"
                or (o._.seedner_source == "gazetteer" and o.start <= span.start and span.end <= o.end)
                for o in overlapping
                if (o.start, o.end) != (span.start, span.end)
            ):
                continue
            exact = table.get(span.start, span.end)
            label = rules.long_form_label(
                span.text, exact.label_ if exact is not None else None, labels.get(definition.key)
            )
            if exact is not None and exact._.seedner_source == "gazetteer":
                long = exact
            else:
                for other in overlapping:
                    table.remove(other)
                long = table.add(Span(doc, span.start, span.end, label=label))
                long._.seedner_source = "definition"
                long._.acronym = False
            long._.acronym_of = definition.short
            defined_labels.setdefault(definition.key, long.label_)
        labels.update(defined_labels)

    def _place_mention(
        self, doc: Doc, table: _Entities, start: int, end: int, mention: AcronymMention, label: str
    ) -> None:
        overlapping = table.overlapping(start, end)
        exact = table.get(start, end)
        if any(o._.seedner_source == "definition" for o in overlapping):
            return
        if exact is not None:
            span = (
                exact
                if exact._.seedner_source == "gazetteer"
                else table.add(Span(doc, start, end, label=label))
            )
        elif overlapping:
            outer = overlapping[0]
            if len(overlapping) > 1 or outer._.seedner_source == "gazetteer":
                return
            rest = None if outer.label_ in ("MISC", "LOC") else _split_edge(doc, outer, start, end)
            if outer.label_ not in ("MISC", "LOC") and rest is None:
                return
            table.remove(outer)
            if rest is not None and len(rest):
                table.add(rest)
            span = table.add(Span(doc, start, end, label=label))
            span._.seedner_source = "acronym"
        else:
            span = table.add(Span(doc, start, end, label=label))
            span._.seedner_source = "acronym"
        span._.acronym = True
        span._.expansion = mention.expansion
        span._.expansion_source = mention.expansion_source
        span._.expansion_candidates = list(mention.expansion_candidates or ()) or None
        span._.acronym_of = None


class _Entities:
    """``doc.ents`` under edit, with each token's entity so overlap tests cost the span's length."""

    def __init__(self, doc: Doc) -> None:
        self._spans: dict[tuple[int, int], Span] = {(e.start, e.end): e for e in doc.ents}
        self._owner: list[tuple[int, int] | None] = [None] * len(doc)
        for start, end in self._spans:
            self._owner[start:end] = [(start, end)] * (end - start)

    def get(self, start: int, end: int) -> Span | None:
        return self._spans.get((start, end))

    def overlapping(self, start: int, end: int) -> list[Span]:
        keys = dict.fromkeys(k for k in self._owner[start:end] if k is not None)
        return [self._spans[k] for k in keys]

    def add(self, span: Span) -> Span:
        """Add ``span``, replacing an entity with the same tokens (whose attributes it keeps)."""
        self._spans[(span.start, span.end)] = span
        self._owner[span.start : span.end] = [(span.start, span.end)] * len(span)
        return span

    def remove(self, span: Span) -> None:
        del self._spans[(span.start, span.end)]
        self._owner[span.start : span.end] = [None] * len(span)
        for name, default in SPAN_ATTRIBUTES.items():
            span._.set(name, default)

    def sorted(self) -> list[Span]:
        return sorted(self._spans.values(), key=lambda span: span.start)


def _split_edge(doc: Doc, outer: Span, start: int, end: int) -> Span | None:
    """What is left of ``outer`` once the mention at one of its edges is cut off at a punctuation mark
    (``Thomas SAMSON - AFP`` gives ``Thomas SAMSON``, ``DGFiP .`` nothing), or None if no mark separates
    them (``DGSI de Lyon``)."""
    if end == outer.end:
        cut = start
        while cut > outer.start and (doc[cut - 1].is_punct or doc[cut - 1].is_space):
            cut -= 1
        rest = Span(doc, outer.start, cut, label=outer.label_)
        gap = doc[cut:start]
    elif start == outer.start:
        cut = end
        while cut < outer.end and (doc[cut].is_punct or doc[cut].is_space):
            cut += 1
        rest = Span(doc, cut, outer.end, label=outer.label_)
        gap = doc[end:cut]
    else:
        return None
    return rest if not len(rest) or any(token.text in _SEPARATORS for token in gap) else None


def _masked_tokens(doc: Doc) -> bytearray:
    """1 for each token inside ``doc._.masked_ranges`` (URLs, e-mail addresses, file names)."""
    masked = bytearray(len(doc))
    for start, end in doc._.masked_ranges or ():
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            masked[span.start : span.end] = b"\x01" * len(span)
    return masked


def _any_masked(doc: Doc, masked: bytearray, definition: Definition) -> bool:
    start = min(definition.long_start, definition.short_start)
    span = doc.char_span(start, max(definition.long_end, definition.short_end), alignment_mode="expand")
    return span is not None and any(masked[span.start : span.end])


def _headline_tokens(doc: Doc) -> list[bool]:
    """Whether each token lies on a line written in capitals."""
    flags = [False] * len(doc)
    ranges = rules.headline_ranges(doc.text)
    index = 0
    for token in doc:
        while index < len(ranges) and ranges[index][1] <= token.idx:
            index += 1
        flags[token.i] = index < len(ranges) and ranges[index][0] <= token.idx
    return flags


def _split_final_periods(doc: Doc) -> None:
    """``… de la DGFiP.``: the French tokenizer keeps the period on a mixed-case word; split it off."""
    targets = [
        token
        for token in doc
        if token.text.endswith(".")
        and rules.token_shape(token.text[:-1]) in ("caps", "mixed")
        and not rules.not_acronym_form(token.text[:-1])
    ]
    if not targets:
        return
    entities = [(e.start_char, e.end_char, e.label_, e.kb_id_, e.id_) for e in doc.ents]
    with doc.retokenize() as retokenizer:
        for token in targets:
            head = (token, 0) if token.head.i == token.i else token.head  # keep a parse, if any
            retokenizer.split(token, [token.text[:-1], "."], heads=[head, (token, 0)])
    doc.ents = [
        span
        for start, end, label, kb_id, span_id in entities
        if (span := doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)) is not None
    ]
