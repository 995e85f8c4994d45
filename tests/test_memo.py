"""memo: remembered results stay within their bound."""

from syncheck.memo import Memo


def test_a_full_memo_is_emptied_before_it_keeps_the_next_result():
    memo = Memo(2)
    assert memo.keep("a", 1) == 1 and memo.keep("b", None) is None
    assert memo == {"a": 1, "b": None}
    assert memo.keep("c", 3) == 3
    assert memo == {"c": 3}
