"""The ``seedner_gazetteer`` component: curated names preset as entities before ``ner``.

The stock model truncates or mislabels long agency names and acronyms; presetting
gazetteer matches makes ``ner`` respect them and predict around them.

Matching looks the entries up, as tuples of *pieces*, in two dictionaries (one
cased, one lower-cased) over a parallel sequence of the tokens' pieces
(:func:`seedner.gazetteer_text.pieces`: accents stripped, apostrophes straightened,
hyphens dropped).  Tokens are never modified, so the model's input (``NORM``
included) is unchanged.  The case rules of each kind of pattern are described in
:mod:`seedner.gazetteer_text`.

Overlap policy: when several entries match the very same tokens, ORG beats PER,
MISC then LOC, a name beats an acronym, a bigger population wins, then the entry
loaded last (user files come after the defaults).  :func:`longest_match_filter`
then keeps, among different spans, the longest, then the earliest; a gazetteer
span beats a preset entity it overlaps when ``overwrite_ents`` is true, else the
preset one stays.  With ``yield_embedded``, a place that only completes a
longer name (``Nancy Reagan``, ``Cour d'appel de Paris``, ``France 2``) is left to
the model, as is a one-word name or title-case acronym next to a capitalised
word.  Nothing is matched inside ``doc._.masked_ranges``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from seedner.components.base import MatchingPipe
from seedner.components.extensions import register_extensions
from seedner.components.masks import masked_tokens
from seedner.components.token_cache import PerTextCache
from seedner.gazetteer.entries import PROPER_NAME_CATEGORIES
from seedner.gazetteer.files import GazetteerEntry, load_gazetteer_entries
from seedner.gazetteer.matching import (
    ACRONYM,
    PLACE_SPANS,
    SHORT,
    TITLE_ACRONYM,
    WORD,
    glued_at,
    is_embedded,
    name_patterns,
    pieces,
    title_case_allowed,
)
from seedner.gazetteer.pattern_table import PatternTable, TokenPieces
from seedner.text.folding import unaccent

__all__ = ["GazetteerMatcher", "add_gazetteer", "longest_match_filter", "make_gazetteer", "pieces"]

EntsFilter = Callable[[Sequence[Span], Sequence[Span], bool], list[Span]]


_LABEL_RANK = {"ORG": 0, "PER": 1, "MISC": 2, "LOC": 3}


class Candidate(NamedTuple):
    """One entry matching tokens ``start:end``; ``kind`` is NAME, WORD, ACRONYM or TITLE_ACRONYM."""

    start: int
    end: int
    entry: int
    kind: str


class Match(NamedTuple):
    """A span proposed for ``doc.ents``, with the entry it stands for."""

    span: Span
    entry: GazetteerEntry
    kind: str


class GazetteerMatcher(MatchingPipe):
    """Presets gazetteer entries as ``doc.ents`` (rules in the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "seedner_gazetteer",
        *,
        overwrite_ents: bool = True,
        ents_filter: EntsFilter | None = None,
        yield_embedded: bool = True,
        title_case_min_length: int = 3,
        scorer: Callable[..., dict[str, Any]] | None = None,
    ) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.overwrite_ents = overwrite_ents
        self.ents_filter: EntsFilter = ents_filter or longest_match_filter
        self.yield_embedded = yield_embedded
        self.title_case_min_length = title_case_min_length
        self.scorer = scorer
        self._stop_words = frozenset(unaccent(word).lower() for word in nlp.Defaults.stop_words)
        self.clear()
        self._has_data = False  # the default gazetteers load on first use, unless given entries first

    # ------------------------------------------------------------ patterns as data

    def clear(self) -> None:
        """Forget every entry (the component then has none, not the defaults)."""
        self._entries: list[GazetteerEntry] = []
        self._has_data = True
        self._build()

    def add_entries(self, entries: Iterable[GazetteerEntry]) -> None:
        """Add entries after those already there (later entries win identical-span ties).

        Before any other data, they are the component's only entries: ``initialize()`` adds the defaults.
        """
        self._has_data = True
        self._entries.extend(entries)
        self._build()

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        paths: Sequence[str | Path] | None = None,
        include_defaults: bool = True,
    ) -> None:
        """Load the default gazetteers (unless excluded) and ``paths``; raises GazetteerError."""
        entries = load_gazetteer_entries(paths or (), include_defaults=include_defaults)
        self.clear()
        self.add_entries(entries)

    @property
    def entries(self) -> tuple[GazetteerEntry, ...]:
        self._ensure_initialized()
        return tuple(self._entries)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted({entry.label for entry in self.entries}))

    def __len__(self) -> int:
        self._ensure_initialized()
        return len(self._entries)

    def _build(self) -> None:
        """Rebuild the pattern tables from the entries (title-case acronyms depend on all names)."""
        self._tables = (PatternTable(cased=False), PatternTable(cased=True))
        self._token_pieces: PerTextCache[TokenPieces] = PerTextCache(self._split)
        self._capitals: dict[tuple[int, tuple[str, ...]], tuple[int, ...]] = {}  # positions to capitalise
        names = [[pieces(text) for text in (entry.name, *entry.aliases)] for entry in self._entries]
        one_word_names = {
            words[0].lower(): index for index, texts in enumerate(names) for words in texts if len(words) == 1
        }
        for index, entry in enumerate(self._entries):
            patterns: dict[tuple[str, bool], list[list[str]]] = {}
            for words in filter(None, names[index]):
                for kind, cased, variant, required in name_patterns(
                    words,
                    place=entry.label == "LOC",
                    stop_words=self._stop_words,
                    proper=entry.category in PROPER_NAME_CATEGORIES,
                ):
                    patterns.setdefault((kind, cased), []).append(variant)
                    if required is not None:
                        previous = self._capitals.get((index, tuple(variant)), required)
                        self._capitals[index, tuple(variant)] = tuple(sorted(required & set(previous)))
            for acronym in entry.acronyms:
                patterns.setdefault((ACRONYM, True), []).extend([pieces(acronym), pieces(acronym.upper())])
                if self._title_case_ok(acronym, index, one_word_names):
                    patterns.setdefault((TITLE_ACRONYM, True), []).append(pieces(acronym.title()))
            for (kind, cased), variants in patterns.items():
                table = self._tables[cased]
                for words in variants:
                    if words:
                        table.add(words, index, kind)

    def _title_case_ok(self, acronym: str, index: int, one_word_names: dict[str, int]) -> bool:
        return (
            title_case_allowed(acronym, self.title_case_min_length, self._stop_words)
            and one_word_names.get(unaccent(acronym).lower(), index) == index
        )

    # -------------------------------------------------------------------- matching

    def candidates(self, doc: Doc) -> list[Candidate]:
        """Every entry matching whole tokens of ``doc``, overlaps included."""
        self._ensure_initialized()
        if not self._entries or not len(doc):
            return []
        splits = self._token_pieces.of(doc)
        found: list[list[Candidate]] = [[] for _ in self._tables]  # by table, as the ranking expects
        for token in [token for token, split in enumerate(splits) if split.tables]:
            for number in splits[token].tables:
                for end, index, kind in self._tables[number].find(splits, token):
                    if kind in (SHORT, WORD) and not self._has_capitals(splits[token:end], index):
                        continue  # the name's capitals are missing: "le monde" is not "Le Monde"
                    found[number].append(Candidate(token, end, index, kind))
        return list(chain.from_iterable(found))

    def _has_capitals(self, tokens: Sequence[TokenPieces], index: int) -> bool:
        """Whether the pieces of ``tokens`` have the capitals entry ``index`` requires there."""
        words = [piece for token in tokens for piece in token.pieces]
        required = self._capitals.get(
            (index, tuple(piece for token in tokens for piece in token.lowered)), ()
        )
        return all(words[i][:1].isupper() for i in required)

    def _split(self, text: str) -> TokenPieces:
        """A token's pieces, and the tables where a pattern may start with its first piece."""
        split = tuple(pieces(text))
        tables = tuple(n for n, table in enumerate(self._tables) if split and table.may_start(split[0]))
        return TokenPieces(split, tuple(piece.lower() for piece in split), tables)

    def match(self, doc: Doc) -> list[Match]:
        """The best entry for each matched span; embedded places and masked text left out.

        Every place found, embedded or not, also goes to ``doc.spans[PLACE_SPANS]``.
        """
        best: dict[tuple[int, int], Candidate] = {}
        for candidate in self.candidates(doc):
            current = best.get((candidate.start, candidate.end))
            if current is None or self._rank(candidate) < self._rank(current):
                best[candidate.start, candidate.end] = candidate
        if not best:
            doc.spans[PLACE_SPANS] = []
            return []
        blocked = masked_tokens(doc)
        found, places = [], []
        for candidate in best.values():
            entry = self._entries[candidate.entry]
            start, end = candidate.start, candidate.end
            if any(blocked[start:end]):
                continue
            if entry.label == "LOC" and not glued_at(doc, start, end):
                places.append(Span(doc, start, end, label=entry.category, span_id=entry.id))
            if is_embedded(
                doc,
                start,
                end,
                place=entry.label == "LOC",
                one_word=candidate.kind in (WORD, TITLE_ACRONYM),
                yield_embedded=self.yield_embedded,
                stop_words=self._stop_words,
            ):
                continue
            found.append(
                Match(Span(doc, start, end, label=entry.label, span_id=entry.id), entry, candidate.kind)
            )
        doc.spans[PLACE_SPANS] = sorted(places)
        return sorted(found, key=lambda match: (match.span.start, match.span.end))

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        """Merge the matches into ``doc.ents``; tokens of displaced entities go back to the model."""
        if not matches:
            return
        existing = list(doc.ents)
        by_span = {(m.span.start, m.span.end, m.span.label): m for m in matches}
        merged = self.ents_filter(existing, [m.span for m in matches], self.overwrite_ents)
        covered = bytearray(len(doc))
        for span in merged:
            covered[span.start : span.end] = b"\x01" * len(span)
            match = by_span.get((span.start, span.end, span.label))
            if match is not None:
                _describe(span, match.entry, match.kind)
        kept = {(span.start, span.end) for span in merged}
        missing = [
            doc[i : i + 1]
            for ent in existing
            if (ent.start, ent.end) not in kept
            for i in range(ent.start, ent.end)
            if not covered[i]
        ]
        doc.set_ents(merged, missing=missing, default="unmodified")

    def lookup(self, text: str) -> list[GazetteerEntry]:
        """Entries matching in ``text``, those matching all of it first."""
        self._ensure_initialized()
        doc = self.nlp.make_doc(text)
        ranked = sorted(
            self.candidates(doc),
            key=lambda c: (c.start != 0 or c.end != len(doc), c.start - c.end, self._rank(c)),
        )
        return list({self._entries[c.entry].id: self._entries[c.entry] for c in ranked}.values())

    def _rank(self, candidate: Candidate) -> tuple[int, bool, int, int]:
        entry = self._entries[candidate.entry]
        acronym = candidate.kind in (ACRONYM, TITLE_ACRONYM)
        return (_LABEL_RANK.get(entry.label, 9), acronym, -(entry.population or 0), -candidate.entry)

    # --------------------------------------------------------------- serialisation

    def _dump(self) -> list[dict[str, Any]]:
        return [entry.to_dict() for entry in self._entries]

    def _load(self, rows: Iterable[dict[str, Any]]) -> None:
        self._entries = [GazetteerEntry.from_dict(row) for row in rows]
        self._build()


def _describe(span: Span, entry: GazetteerEntry, kind: str) -> None:
    span._.seedner_source = "gazetteer"
    span._.seedner_id = entry.id
    span._.seedner_canonical = entry.name
    span._.seedner_category = entry.category
    if kind in (ACRONYM, TITLE_ACRONYM):
        span._.acronym = True
        span._.expansion = entry.name
        span._.expansion_source = "gazetteer"


def longest_match_filter(
    entities: Sequence[Span], matches: Sequence[Span], overwrite_ents: bool
) -> list[Span]:
    """Non-overlapping entities: longest match first, then earliest (module docstring)."""
    taken = bytearray(len(matches[0].doc) if matches else 0)
    if not overwrite_ents:
        for ent in entities:
            taken[ent.start : ent.end] = b"\x01" * len(ent)
    chosen = []
    for span in sorted(matches, key=lambda s: (s.start - s.end, s.start)):
        if not any(taken[span.start : span.end]):
            chosen.append(span)
            taken[span.start : span.end] = b"\x01" * len(span)
    if overwrite_ents:
        entities = [ent for ent in entities if not any(taken[ent.start : ent.end])]
    return sorted([*entities, *chosen], key=lambda s: (s.start, s.end))


@registry.misc("seedner.longest_match_filter.v1")
def make_longest_match_filter() -> EntsFilter:
    return longest_match_filter


@Language.factory(
    "seedner_gazetteer",
    assigns=["doc.ents", "span._.seedner_id", "span._.seedner_canonical"],
    default_config={
        "overwrite_ents": True,
        "ents_filter": {"@misc": "seedner.longest_match_filter.v1"},
        "yield_embedded": True,
        "title_case_min_length": 3,
        "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"},
    },
    default_score_weights={"ents_f": None, "ents_p": None, "ents_r": None, "ents_per_type": None},
)
def make_gazetteer(
    nlp: Language,
    name: str,
    overwrite_ents: bool,
    ents_filter: EntsFilter,
    yield_embedded: bool,
    title_case_min_length: int,
    scorer: Callable[..., dict[str, Any]] | None,
) -> GazetteerMatcher:
    """Factory of ``seedner_gazetteer``; entries come from initialize() or add_entries(), else the
    default gazetteers load on first use."""
    return GazetteerMatcher(
        nlp,
        name,
        overwrite_ents=overwrite_ents,
        ents_filter=ents_filter,
        yield_embedded=yield_embedded,
        title_case_min_length=title_case_min_length,
        scorer=scorer,
    )


def add_gazetteer(
    nlp: Language,
    paths: Sequence[str | Path] = (),
    *,
    include_defaults: bool = True,
    name: str = "seedner_gazetteer",
    config: dict[str, Any] | None = None,
    **placement: Any,
) -> GazetteerMatcher:
    """Add the component (``before="ner"``… in ``placement``) and load its entries.

    The files are read first, so a malformed one raises GazetteerError before
    the pipeline is touched.
    """
    entries = load_gazetteer_entries(paths, include_defaults=include_defaults)
    component = nlp.add_pipe("seedner_gazetteer", name=name, config=config or {}, **placement)
    if not isinstance(component, GazetteerMatcher):
        raise TypeError(f"{name!r} is not a seedner_gazetteer component")
    component.add_entries(entries)
    return component
