"""Long documents are cut at good boundaries and positions map back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedner.text.chunking import LineIndex, split_text


def test_short_text_is_one_piece():
    [piece] = split_text("Bonjour Paris.", 100)
    assert (piece.offset, piece.text) == (0, "Bonjour Paris.")


def test_empty_text_is_one_empty_piece():
    assert [(p.offset, p.text) for p in split_text("", 10)] == [(0, "")]


def test_cuts_prefer_paragraphs():
    text = "Premier paragraphe ici.\n\nSecond paragraphe là.\n\nTroisième."
    pieces = split_text(text, 30)
    assert pieces[0].text == "Premier paragraphe ici.\n\n"
    assert "".join(p.text for p in pieces) == text


def test_one_long_line_is_cut_at_spaces():
    text = "mot " * 1000
    pieces = split_text(text, 100)
    assert all(len(p.text) <= 100 for p in pieces)
    assert all(p.text.endswith(" ") for p in pieces[:-1])


def test_text_without_any_space_is_still_cut():
    pieces = split_text("a" * 1050, 100)
    assert [len(p.text) for p in pieces] == [100] * 10 + [50]


def test_combining_marks_stay_with_their_letter():
    text = "e\u0301" * 60
    pieces = split_text(text, 51)
    assert all(p.text[0] != "́" for p in pieces)


@given(st.text(alphabet=st.sampled_from("ab \n.\r\t\u00e9\U0001f600"), max_size=400), st.integers(1, 50))
def test_pieces_reassemble_the_text(text, limit):
    pieces = split_text(text, limit)
    assert "".join(p.text for p in pieces) == text
    for piece in pieces:
        assert text[piece.offset : piece.offset + len(piece.text)] == piece.text
        assert len(piece.text) <= limit


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("abc", 0, (1, 1)),
        ("abc\ndef", 5, (2, 2)),
        ("abc\r\ndef", 5, (2, 1)),
        ("abc\rdef\nghi", 8, (3, 1)),
        ("😀 Paris", 2, (1, 3)),
    ],
)
def test_line_and_column(text, offset, expected):
    assert LineIndex(text).position(offset) == expected
