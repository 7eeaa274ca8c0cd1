"""Chinese numerals read back to the number they were written from, in every form plans use.

Plans number their parts 一 … 二十一 …, Word renders list numbers up to 九千九百九十九, and
issue dates write the year digit by digit (二〇二四年). Whichever way a number was written,
the outline and the issue-date readers must get the same number back.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from creditdesk.chinese_numerals import from_chinese, to_chinese

DIGITS = "〇一二三四五六七八九"
NUMBERS = st.integers(min_value=0, max_value=9999)


@settings(max_examples=400)
@given(NUMBERS)
def test_a_number_written_as_word_does_reads_back(n: int) -> None:
    """int → 二十一 / 一百零五 / 三千零一 → int, over the whole range Word renders."""
    assert from_chinese(to_chinese(n)) == n


@settings(max_examples=200)
@given(NUMBERS)
def test_written_numbers_use_only_numeral_characters(n: int) -> None:
    """No Arabic digit or stray character leaks into a rendered list number."""
    assert set(to_chinese(n)) <= set("零一二三四五六七八九十百千")


@settings(max_examples=100)
@given(st.integers(min_value=10, max_value=19))
def test_the_teens_are_written_without_a_leading_one_and_read_either_way(n: int) -> None:
    """十五 is how plans write 15; 一十五 (Word's chineseCountingThousand) reads the same."""
    written = to_chinese(n)
    assert written.startswith("十")
    assert from_chinese("一" + written) == n


@settings(max_examples=200)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["〇", "零"]))
def test_a_number_written_digit_by_digit_reads_back(n: int, zero: str) -> None:
    """二〇二四 (a year in an issue date) and 二零二四 both read as 2024."""
    written = "".join(DIGITS[int(d)] for d in str(n)).replace("〇", zero)
    assert from_chinese(written) == n


@settings(max_examples=200)
@given(st.integers(min_value=200, max_value=2999))
def test_liang_reads_as_two_before_hundred_and_thousand(n: int) -> None:
    """两百 / 两千 are spoken forms of 二百 / 二千 and read as the same number."""
    written = to_chinese(n)
    if written[0] == "二" and written[1] in "百千":
        written = "两" + written[1:]
    assert from_chinese(written) == n
