"""The ``seedner_cleaning`` component: the Doc's entities become the command line's records.

Placed last, after ``seedner_acronyms``.  The command line turns the pipeline's entities into records
through document-level passes (:func:`seedner.pipeline.doc_records.document_mentions`: masked regions and
unknown labels out, law firms, span hygiene — titles out of people's names, articles, edge punctuation,
generic and one-letter spans —, functions, canonical names, roles).  This component runs the same
function and writes its result back into the Doc:

* ``doc.ents``: the mentions, with the records' labels and offsets;
* ``doc.spans["seedner_mentions"]``: one span per record, in the records' order, acronyms nested in a
  longer name (``CPAM`` in ``CPAM de la Gironde``, label MISC) included; ``doc._.nested_acronyms`` holds
  these nested ones, ``doc._.acronym_definitions`` the definitions the mentions were read with;
* each span's attributes are its record's (``seedner_source``, ``seedner_id``, ``seedner_canonical``,
  ``acronym``, ``expansion``, ``expansion_source``, ``expansion_candidates``, ``acronym_of``,
  ``seedner_role``), and ``seedner_category`` for a gazetteer name; clusters are the records'.

A mention boundary inside a token (``siège d'`` gives ``siège d``) splits the token.

The command line does not give the pipeline a document's text as it is but repaired, and recased where
it is in capitals (:mod:`seedner.pipeline.text_view`), in pieces of at most ``max_chars`` characters
(:mod:`seedner.text.chunking`).  When that is not the Doc's text, the pipes before this one run again over
those pieces and their mentions are carried back to the Doc's characters, as the command line does: the
entities are the command line's whatever the text, for a second run over such texts.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise
from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from seedner.acronyms.component import AcronymDetector
from seedner.components.base import SeednerPipe
from seedner.components.extensions import (
    SPAN_ATTRIBUTES,
    clear_span_attributes,
    doc_text,
    keep_source_text,
    register_extensions,
)
from seedner.gazetteer.component import GazetteerMatcher
from seedner.gazetteer.homonyms import PlaceIndex
from seedner.pipeline.doc_records import document_mentions, place_index
from seedner.pipeline.text_view import Lexicon
from seedner.records.mentions import Mention
from seedner.text.chunking import DEFAULT_MAX_CHARS, defuse, iter_pieces

MENTION_SPANS = "seedner_mentions"

# What the component reads of a Doc: its mentions, and the acronym definitions they were read with.
Reading = tuple[list[Mention], dict[str, str]]


class MentionCleaner(SeednerPipe):
    """Writes a Doc's records back into it as spans (see the module docstring)."""

    def __init__(
        self, nlp: Language, name: str = "seedner_cleaning", *, max_chars: int = DEFAULT_MAX_CHARS
    ) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.max_chars = max_chars
        self._lexicon: tuple[tuple[int, ...], Lexicon, PlaceIndex | None] | None = None

    def process(self, doc: Doc) -> None:
        (reading,) = self.read([doc])
        write_mentions(doc, *reading)

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Docs in batches: the texts read again go through the pipes before this one together."""
        for batch in minibatch(stream, size=batch_size):
            try:
                readings = self.read(batch)
            except Exception:  # one Doc at a time, so that an error is that Doc's, for the error handler
                yield from (self(doc) for doc in batch)
                continue
            error_handler = self.get_error_handler()
            for doc, reading in zip(batch, readings, strict=True):
                try:
                    write_mentions(doc, *reading)
                    yield doc
                except Exception as error:
                    yield error_handler(self.name, self, [doc], error)

    def read(self, docs: Sequence[Doc]) -> list[Reading]:
        """The mentions of each Doc as the command line reads its text (module docstring)."""
        lexicon, places = self._current_lexicon()
        limit = min(self.max_chars, self.nlp.max_length)
        pieces: list[list[tuple[int, Doc]]] = []
        again: list[tuple[int, int, str]] = []  # (which Doc, offset, text) of each piece to read again
        views = []
        for index, doc in enumerate(docs):
            text = doc_text(doc)
            view = lexicon.view(text)
            views.append(view)
            if view.model_text == text and len(text) <= limit and defuse(text) == text:
                pieces.append([(0, doc)])  # what the pipeline has read is what the command line reads
                continue
            pieces.append([])
            again.extend(
                (index, piece.offset, defuse(piece.text)) for piece in iter_pieces(view.model_text, limit)
            )
        read_again = self._run_before([text for _, _, text in again])
        for (index, offset, _), piece in zip(again, read_again, strict=True):
            pieces[index].append((offset, piece))
        return [
            (
                document_mentions(view, parts, lexicon.is_common_word, places, lexicon.is_rare_word),
                _definitions(parts),
            )
            for view, parts in zip(views, pieces, strict=True)
        ]

    def _run_before(self, texts: list[str]) -> list[Doc]:
        """Docs of ``texts`` through the pipes before this one (all of them if it is in no pipeline)."""
        docs = [keep_source_text(self.nlp.make_doc(text), text) for text in texts]
        if not docs:
            return docs
        for name, proc in self.nlp.pipeline:
            if proc is self:
                break
            pipe = getattr(proc, "pipe", None)
            docs = list(pipe(docs, batch_size=len(docs)) if pipe is not None else map(proc, docs))
            if len(docs) != len(texts):  # an error handler dropped one: the Docs are no longer in step
                raise RuntimeError(f"the pipe {name!r} dropped a document read again")
        return docs

    def _current_lexicon(self) -> tuple[Lexicon, PlaceIndex | None]:
        """The words and acronyms the view of a text needs, and the gazetteer's places, read again when the
        pipeline's data changes."""
        key = (
            id(self.nlp.vocab.vectors),
            *(
                value
                for _, pipe in self.nlp.pipeline
                if isinstance(pipe, AcronymDetector | GazetteerMatcher)
                for value in (id(pipe), len(pipe))  # len() loads a component's default data
            ),
        )
        if self._lexicon is None or self._lexicon[0] != key:
            self._lexicon = (key, Lexicon(self.nlp), place_index(self.nlp))
        return self._lexicon[1], self._lexicon[2]

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_lexicon"] = None  # built again on first use: it holds the vectors' tables
        return state


def _definitions(pieces: Sequence[tuple[int, Doc]]) -> dict[str, str]:
    definitions: dict[str, str] = {}
    for _, doc in pieces:
        for key, long_form in (doc._.acronym_definitions or {}).items():
            definitions.setdefault(key, long_form)
    return definitions


def write_mentions(doc: Doc, mentions: Sequence[Mention], definitions: dict[str, str]) -> None:
    """Make ``mentions`` (offsets of ``doc``) its entities and ``doc.spans[MENTION_SPANS]``, with their
    attributes (module docstring); a mention nested in a longer one is in the span group only."""
    split_tokens_at(doc, {offset for mention in mentions for offset in (mention.start, mention.end)})
    clear_span_attributes(doc)
    spans = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, label=mention.label, span_id=mention.id or 0)
        if span is None:  # split_tokens_at made every boundary a token's
            raise ValueError(f"no span for the mention {mention.text!r} at {mention.start}-{mention.end}")
        _describe(span, mention)
        spans.append(span)
    outer, reach = set(), 0
    for index in sorted(range(len(spans)), key=lambda i: (mentions[i].start, -mentions[i].end)):
        if mentions[index].start >= reach:
            outer.add(index)
            reach = mentions[index].end
    doc.set_ents([span for index, span in enumerate(spans) if index in outer], default="outside")
    doc.spans[MENTION_SPANS] = spans
    doc._.nested_acronyms = [
        (m.start, m.end, m.expansion, m.expansion_source, m.expansion_candidates)
        for index, m in enumerate(mentions)
        if index not in outer
    ]
    doc._.acronym_definitions = definitions


def _describe(span: Span, mention: Mention) -> None:
    values = {
        "seedner_source": mention.source,
        "seedner_id": mention.id,
        "seedner_canonical": mention.canonical,
        "seedner_category": mention.extra.get("seedner_category"),
        "acronym": mention.acronym,
        "expansion": mention.expansion,
        "expansion_source": mention.expansion_source,
        "expansion_candidates": mention.expansion_candidates,
        "acronym_of": mention.acronym_of,
        "seedner_role": mention.role,
    }
    for name, value in values.items():
        if value != SPAN_ATTRIBUTES[name]:
            span._.set(name, value)


def split_tokens_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Make each character offset a token boundary, splitting the tokens that hold one inside their text;
    the span groups keep their spans."""
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    cuts: dict[int, set[int]] = {}
    for offset in offsets:
        i = bisect_right(starts, offset) - 1
        if i >= 0 and starts[i] < offset < starts[i] + len(doc[i].text):
            cuts.setdefault(i, set()).add(offset - starts[i])
    if not cuts:
        return
    groups = {
        key: [(s.start_char, s.end_char, s.label, s.kb_id, s.id) for s in group]
        for key, group in doc.spans.items()
    }
    with doc.retokenize() as retokenizer:
        for i, inside in cuts.items():
            token = doc[i]
            bounds = [0, *sorted(inside), len(token.text)]
            orths = [token.text[a:b] for a, b in pairwise(bounds)]
            head = (token, 0) if token.head.i == token.i else token.head  # keep a parse, if any
            retokenizer.split(token, orths, heads=[head, *[(token, 0)] * (len(orths) - 1)])
    for key, values in groups.items():
        doc.spans[key] = [
            span
            for start, end, label, kb_id, span_id in values
            if (span := doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)) is not None
        ]


@Language.factory(
    "seedner_cleaning",
    assigns=["doc.ents", "doc.spans", "doc._.nested_acronyms", "doc._.acronym_definitions"],
    retokenizes=True,
    default_config={"max_chars": DEFAULT_MAX_CHARS},
)
def make_cleaning(nlp: Language, name: str, max_chars: int) -> MentionCleaner:
    """Factory of ``seedner_cleaning`` (see the module docstring); add it last."""
    return MentionCleaner(nlp, name, max_chars=max_chars)
