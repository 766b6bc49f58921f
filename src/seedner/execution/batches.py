"""Results and batches, without spaCy: what the run loop, ``--jobs`` and the result cache share.

:class:`Result` is what every runner yields per input, in input order;
:func:`bounded_batches` cuts a stream of documents into the batches the
pipeline takes.  Nothing here loads the model, so a run whose documents all
come from the result cache never imports spaCy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from seedner.io.readers import Document, Item
from seedner.records.record import Record

# A batch holds at most this many documents (or pieces of one) and, past the
# first, this many characters.  Short texts go through in batches big enough
# for the model's matrix products; longer ones in batches small enough that
# what ``ner`` works on stays in the processor's cache (it parses a quarter of
# a batch at a time): on documents of ten sentences, 40,000 characters ran
# about 6 % faster than 100,000, for ``ner`` alone as for the whole pipeline.
# Memory for one batch, which grows with its tokens, stays bounded on any text.
DEFAULT_BATCH_SIZE = 256
DEFAULT_BATCH_CHARS = 40_000

T = TypeVar("T")


def bounded_batches(
    items: Iterable[T],
    size: int,
    chars: int,
    length: Callable[[T], int],
    idle: Callable[[], bool] | None = None,
) -> Iterator[list[T]]:
    """Consecutive batches of at most ``size`` items and ``chars`` characters.

    An item longer than ``chars`` makes a batch of its own; an empty batch is never yielded.
    ``idle``: whether the next item would have to be waited for (a stream, such as stdin, with
    nothing more available right now); the batch is then yielded as it is, so that what has
    arrived is processed before the wait.
    """
    batch: list[T] = []
    total = 0
    for item in items:
        item_length = length(item)
        if batch and (len(batch) >= size or total + item_length > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += item_length
        if idle is not None and idle():
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def item_length(item: Item) -> int:
    """Characters of a document; a read failure weighs nothing."""
    return len(item.text) if isinstance(item, Document) else 0


@dataclass(frozen=True)
class Result:
    """The records of one document, or why it could not be processed.

    ``text`` is the document itself (the same string, not a copy), for writers
    that print it: ``doc --include-text``, spans, brat and the HTML report.
    """

    doc: str
    records: tuple[Record, ...] = ()
    error: str | None = None
    text: str | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None
