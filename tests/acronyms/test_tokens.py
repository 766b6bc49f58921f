"""A Doc's tokens read from its arrays, and the passes over them, against what spaCy itself gives."""

from __future__ import annotations

import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from seedner.acronyms.entities import sentence_starts
from seedner.acronyms.rules import token_shape
from seedner.acronyms.tokens import (
    Headlines,
    TokenView,
    hyphen_words,
    rule_sentence_starts,
    word_indices,
)
from seedner.components.token_cache import PerTextCache
from tests.acronyms.test_rules import headline_ranges

_BLANK = spacy.blank("fr")
# Words that exercise sentence ends, punctuation runs and hyphenated capitals.
_WORDS = st.sampled_from(
    ["Le", "DGSI", "LCB", "FT", "Moreau", "-", ".", "!", "?", "...", ")", "«", "»", ",", "x"]
)


def _doc(words: list[str], spaces: list[bool]) -> Doc:
    return Doc(_BLANK.vocab, words=words, spaces=spaces)


def _docs(words: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[list[str], list[bool]]]:
    return st.integers(0, 40).flatmap(
        lambda n: st.tuples(
            st.lists(words, min_size=n, max_size=n), st.lists(st.booleans(), min_size=n, max_size=n)
        )
    )


_DOCS = _docs(_WORDS)
_HYPHENATED = _docs(st.sampled_from(["DGSI", "FT", "DGFiP", "-", "-", "Moreau", "x"]))


@given(st.text(max_size=80))
def test_the_view_has_the_tokens_and_text_of_the_doc(text):
    doc = _BLANK.make_doc(text)
    view = TokenView.of(doc)
    assert view.texts == [token.text for token in doc]
    assert view.starts == [token.idx for token in doc]
    assert view.spaces == [int(bool(token.whitespace_)) for token in doc]
    assert view.punct == [int(token.is_punct) for token in doc]
    assert view.capitalised == [token.i for token in doc if token.text[0].isupper()]


@given(_DOCS)
def test_rule_sentence_starts_are_the_sentencizers(words_and_spaces):
    doc = _doc(*words_and_spaces)
    [guesses] = Sentencizer().predict([doc])
    assert rule_sentence_starts(TokenView.of(doc)) == [i for i, start in enumerate(guesses) if start]


def test_sentence_starts_come_from_the_doc_when_a_component_set_them():
    doc = _BLANK.make_doc("Une phrase. Une autre (UA) ici")
    assert sentence_starts(doc, TokenView.of(doc)) == [0, 12]
    assert not doc.has_annotation("SENT_START")
    for token in doc:
        token.is_sent_start = token.i in (0, 4)  # a parser's own, different boundaries
    assert sentence_starts(doc, TokenView.of(doc)) == [0, doc[4].idx]


@given(_HYPHENATED)
def test_hyphen_words_join_capitals_linked_by_glued_hyphens_and_nothing_else(words_and_spaces):
    words, spaces = words_and_spaces
    found = hyphen_words(TokenView.of(_doc(words, spaces)))
    assert [i for start, end in found for i in range(start, end)] == list(range(len(words)))

    def linked(h: int) -> bool:  # the hyphen at h joins its neighbours
        return (
            0 < h < len(words) - 1
            and words[h] == "-"
            and not spaces[h - 1]
            and not spaces[h]
            and token_shape(words[h - 1]) in ("caps", "mixed")
            and token_shape(words[h + 1]) in ("caps", "mixed")
        )

    word_of = {i: number for number, (start, end) in enumerate(found) for i in range(start, end)}
    for start, end in found:  # a word of several tokens is capitals linked by hyphens
        assert end - start == 1 or all(linked(h) for h in range(start + 1, end, 2))
    for h in range(len(words)):  # and every link joins
        assert not linked(h) or word_of[h - 1] == word_of[h + 1]


def test_hyphen_words_examples():
    doc = _BLANK.make_doc("La LCB-FT et MOREAU-LAGARDE-DURAND, pas Jean-Luc ni DGSI - DGSE.")
    texts = [token.text for token in doc]
    joined = [" ".join(texts[s:e]) for s, e in hyphen_words(TokenView.of(doc)) if e - s > 1]
    assert joined == ["LCB - FT", "MOREAU - LAGARDE - DURAND"]


def test_headlines_mark_the_tokens_of_capital_lines():
    text = "COMMUNIQUE DE PRESSE\nLa DGSI enquête."
    doc = _BLANK.make_doc(text)
    headlines = Headlines(text)
    assert [token.text for token in doc if token.idx in headlines] == ["COMMUNIQUE", "DE", "PRESSE"]


@given(st.text(alphabet="AB cd\n1-", max_size=40))
def test_headlines_are_the_offsets_inside_headline_ranges(text):
    ranges = headline_ranges(text)
    headlines = Headlines(text)
    for offset in range(len(text)):
        assert (offset in headlines) == any(start <= offset < end for start, end in ranges), offset


def test_word_indices_find_the_words_holding_tokens():
    assert word_indices([(0, 1), (1, 2), (2, 3)], [0, 2]) == {0, 2}
    assert word_indices([(0, 1), (1, 4), (4, 5)], [2, 3, 4]) == {1, 2}
    assert word_indices([], []) == set()


def test_per_text_cache_computes_each_token_text_once_and_starts_afresh_past_its_limit():
    computed: list[str] = []
    cache = PerTextCache(lambda text: computed.append(text) or text.lower(), limit=2)
    doc = _BLANK.make_doc("La DGSI et la DGSI")
    assert cache.of(doc) == ["la", "dgsi", "et", "la", "dgsi"]
    assert computed == ["La", "DGSI", "et", "la"]
    assert cache.of(doc) == ["la", "dgsi", "et", "la", "dgsi"]
    assert computed == ["La", "DGSI", "et", "la"] * 2  # four texts kept, more than the limit: recomputed
