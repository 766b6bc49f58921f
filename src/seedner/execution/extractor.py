"""Running the pipeline over a stream of documents, one result per input, in order.

The :class:`Extractor` is the library's main entry point: give it documents
(or read failures), get back :class:`Result` objects in the same order.  Long
documents are cut into pieces (see ``chunking``); a document that makes the
pipeline raise is reported as failed and the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain, groupby

from spacy.language import Language
from spacy.tokens import Doc

from seedner.components.extensions import keep_source_text
from seedner.execution.batches import (
    DEFAULT_BATCH_CHARS,
    DEFAULT_BATCH_SIZE,
    Result,
    bounded_batches,
    item_length,
)
from seedner.io.readers import Document, InputFailure, Item
from seedner.pipeline.build import build_pipeline
from seedner.pipeline.cleaning import MentionCleaner
from seedner.pipeline.doc_records import document_records, place_index
from seedner.pipeline.settings import PipelineSettings
from seedner.pipeline.text_view import Lexicon
from seedner.records.record import Record
from seedner.text.chunking import DEFAULT_MAX_CHARS, defuse, iter_pieces


def _piece_length(piece: tuple[str, object]) -> int:
    return len(piece[0])


class Extractor:
    """Extracts mention records from documents with one loaded pipeline."""

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        settings: PipelineSettings | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        batch_chars: int = DEFAULT_BATCH_CHARS,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.nlp = nlp if nlp is not None else build_pipeline(settings or PipelineSettings())
        self.batch_size = batch_size
        self.batch_chars = batch_chars
        self.max_chars = min(max_chars, self.nlp.max_length)
        self.lexicon = Lexicon(self.nlp)
        # A pipeline from seedner.load() writes records back into its Docs: here records are made of the
        # Docs, so that pipe does not run.
        self._record_pipes = [name for name, pipe in self.nlp.pipeline if isinstance(pipe, MentionCleaner)]
        self.places = place_index(self.nlp)

    def extract_text(self, text: str, name: str = "-") -> list[Record]:
        """Records of one text; raises if the pipeline fails on it."""
        result = self._process([Document(name, text)], isolate=False)[0]
        return list(result.records)

    def run(self, items: Iterable[Item], *, idle: Callable[[], bool] | None = None) -> Iterator[Result]:
        """Results for a stream of documents and read failures, in input order.

        ``idle`` (see :func:`bounded_batches`) has a live stream's documents processed as they arrive.
        """
        for batch in bounded_batches(items, self.batch_size, self.batch_chars, item_length, idle):
            yield from self.process_batch(batch)

    def process_batch(self, batch: list[Item]) -> list[Result]:
        """Results of one batch; a failing document is isolated and reported alone."""
        try:
            return self._process(batch, isolate=False)
        except Exception:
            return self._process(batch, isolate=True)

    def _process(self, batch: list[Item], *, isolate: bool) -> list[Result]:
        if isolate:
            return [self._process_one(item) for item in batch]
        documents = [item for item in batch if isinstance(item, Document)]
        views = [self.lexicon.view(document.text) for document in documents]
        # Everything streams: a piece is cut, processed and turned into mentions, then
        # its Doc is dropped, so a 50 MB document never has all its Docs alive at once.
        stream = (
            (defuse(piece.text), (index, piece.offset))
            for index, view in enumerate(views)
            for piece in iter_pieces(view.model_text, self.max_chars)
        )
        outputs = chain.from_iterable(
            self.nlp.pipe(
                ((self._doc(text), context) for text, context in batch),
                as_tuples=True,
                batch_size=len(batch),
                disable=self._record_pipes,
            )
            for batch in bounded_batches(stream, self.batch_size, self.batch_chars, _piece_length)
        )
        processed: dict[int, Result] = {}
        for index, group in groupby(outputs, key=lambda output: output[1][0]):
            document = documents[index]
            parts = ((offset, doc) for doc, (_, offset) in group)
            records = document_records(
                document.name,
                views[index],
                parts,
                document.page_starts,
                self.lexicon.is_common_word,
                places=self.places,
                rare_word=self.lexicon.is_rare_word,
            )
            processed[id(document)] = Result(document.name, tuple(records), text=document.text)
        return [
            processed[id(item)] if isinstance(item, Document) else Result(item.source, error=item.cause)
            for item in batch
        ]

    def _doc(self, text: str) -> Doc:
        """A Doc of ``text`` that keeps it, so that components need not rebuild it from the tokens."""
        return keep_source_text(self.nlp.make_doc(text), text)

    def _process_one(self, item: Item) -> Result:
        if isinstance(item, InputFailure):
            return Result(item.source, error=item.cause)
        try:
            return self._process([item], isolate=False)[0]
        except Exception as error:  # a pipeline bug must not stop the corpus
            return Result(item.name, error=f"processing failed: {type(error).__name__}: {error}")
