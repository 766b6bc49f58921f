"""Stdin as it arrives: each line as soon as it is complete, and whether the next would be waited for."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import suppress

import pytest

from seedner.execution.extractor import bounded_batches
from seedner.io.readers import Document, InputFormat, ReadOptions, iter_documents
from seedner.io.stdin import STDIN_NOTICE, LiveInput


@pytest.fixture
def pipe() -> Iterator[tuple[LiveInput, int]]:
    """A :class:`LiveInput` on the reading end of a pipe, and the writing end."""
    read_end, write_end = os.pipe()
    yield LiveInput(read_end), write_end
    os.close(read_end)
    with suppress(OSError):  # closed by the test
        os.close(write_end)


def test_lines_come_as_they_are_complete_and_idle_says_when_the_next_would_wait(pipe):
    live, writer = pipe
    os.write(writer, b'{"a": 1}\n\n{"b"')
    assert not live.idle()  # nothing asked yet: another input may be read first
    assert live.readline() == b'{"a": 1}\n'
    assert live.idle()  # a blank line, then half a line: the next document would be waited for
    os.write(writer, b": 2}\n")
    assert not live.idle()
    assert live.readline() == b"\n"
    assert live.readline() == b'{"b": 2}\n'
    assert live.idle()
    os.write(writer, b"last")
    os.close(writer)
    assert not live.idle()  # the end: nothing to wait for
    assert list(live) == [b"last"]
    assert live.readline() == b""


def test_read_gives_everything_to_the_end(pipe):
    live, writer = pipe
    os.write(writer, b"Selon Marie Dubois,\nla DGSI")
    os.close(writer)
    assert live.read(6) == b"Selon "
    assert live.read() == b"Marie Dubois,\nla DGSI"


def test_jsonl_documents_are_read_one_line_at_a_time(pipe):
    live, writer = pipe
    os.write(writer, b'{"id": "one", "text": "Lyon"}\n')
    documents = iter_documents(["-"], ReadOptions(input_format=InputFormat.jsonl), stdin=live)
    assert next(documents) == Document("one", "Lyon")  # the second line is not written yet
    os.write(writer, b'{"id": "two", "text": "Nice"}\n')
    os.close(writer)
    assert list(documents) == [Document("two", "Nice")]


def test_a_batch_is_handed_out_when_the_next_item_would_be_waited_for():
    waiting_after = {2, 5}
    seen: list[int] = []

    def items() -> Iterator[int]:
        for item in range(1, 8):
            seen.append(item)
            yield item

    batches = bounded_batches(items(), 10, 1000, lambda _: 1, idle=lambda: seen[-1] in waiting_after)
    assert list(batches) == [[1, 2], [3, 4, 5], [6, 7]]
    assert list(bounded_batches(range(1, 8), 3, 1000, lambda _: 1)) == [[1, 2, 3], [4, 5, 6], [7]]


class _Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def test_reading_a_terminal_is_announced_at_once():
    notes: list[str] = []
    documents = iter_documents([], stdin=_Terminal(b"Lyon"), notify=notes.append)
    assert notes == [STDIN_NOTICE]  # before anything is read
    assert list(documents) == [Document("-", "Lyon")]
    iter_documents(["-"], stdin=io.BytesIO(b"Lyon"), notify=notes.append)  # a pipe or a file: nothing said
    assert notes == [STDIN_NOTICE]
