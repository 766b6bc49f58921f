"""Values computed once: a memo answers from what it kept, and forgets all at once past its limit."""

from __future__ import annotations

from seedner.components.token_cache import Memo


def test_a_memo_computes_each_answer_once_none_included() -> None:
    asked: list[str] = []

    def acronym(word: str) -> str | None:
        asked.append(word)
        return word.upper() if len(word) <= 4 else None

    memo = Memo(acronym)
    assert [memo("caf"), memo("décision"), memo("caf"), memo("décision")] == ["CAF", None, "CAF", None]
    assert asked == ["caf", "décision"]


def test_a_memo_past_its_limit_starts_afresh() -> None:
    asked: list[int] = []

    def double(number: int) -> int:
        asked.append(number)
        return 2 * number

    memo = Memo(double, limit=2)
    assert [memo(1), memo(2), memo(3), memo(1)] == [2, 4, 6, 2]
    assert asked == [1, 2, 3, 1]  # 3 came past the limit: 1 was forgotten with 2
