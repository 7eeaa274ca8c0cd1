"""Chinese line breaking: closing punctuation never starts a line, opening never ends one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from creditdesk.output.cjk_lines import break_lines, line_violations

# A "word" is a character with the punctuation that must stay next to it.
_words = st.tuples(
    st.sampled_from(["", "（", "《", "“", "〔", "【"]),
    st.sampled_from(list("信用体系建设单位报送材料")),
    st.sampled_from(["", "，", "。", "、", "；", "：", "？", "！", "）", "》", "”", "〕", "】"]),
).map("".join)


def _lines(text: str, room: int) -> list[str]:
    return [text[s:e] for s, e in break_lines(text, [1.0] * len(text), room - 2, room)]


@given(st.lists(_words, min_size=1, max_size=80), st.integers(min_value=5, max_value=28))
def test_breaks_keep_the_text_and_the_rules_and_fit_the_line(words: list[str], room: int) -> None:
    text = "".join(words)
    lines = _lines(text, room)
    assert "".join(lines) == text
    assert line_violations(lines) == []
    assert len(lines[0]) <= room - 2 and all(len(line) <= room for line in lines[1:])


def test_a_closing_mark_at_the_break_takes_the_previous_character_down() -> None:
    assert _lines("一二三四五六。七八", 8) == ["一二三四五", "六。七八"]


def test_an_opening_mark_at_the_line_end_goes_down() -> None:
    assert _lines("一二三四五（六七）", 8) == ["一二三四五", "（六七）"]


def test_numbers_and_phone_numbers_are_not_split() -> None:
    text = "联系电话0391-6218800"
    lines = [text[s:e] for s, e in break_lines(text, [1.0] * 4 + [0.5] * 12, 7)]
    assert lines == ["联系电话", "0391-6218800"]


@given(st.integers(min_value=0, max_value=20), st.integers(min_value=12, max_value=28))
def test_dates_counts_and_short_brackets_go_down_whole(lead: int, room: int) -> None:
    """2026年4月8日 / 27个工作日 / （1/项） / 〔2026〕4号 never end one line and start the next
    (on lines wide enough to hold them with their comma)."""
    tokens = ("2026年4月8日", "27个工作日", "（1/项）", "〔2026〕4号")
    text = "请" * lead + "于" + "，".join(tokens) + "。"
    lines = _lines(text, room)
    assert "".join(lines) == text
    for token in tokens:
        assert any(token in line for line in lines), (token, lines)


def test_a_date_wider_than_a_narrow_cell_still_breaks_inside_the_cell() -> None:
    lines = _lines("2026年10月13日", 6)
    assert max(len(line) for line in lines) <= 6 and "".join(lines) == "2026年10月13日"
