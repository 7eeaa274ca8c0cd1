"""Reporting periods: codes, labels, file-name forms, dates, neighbours and ordering."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from creditdesk.services.periods import (
    Period,
    PeriodKind,
    chinese_number,
    find_period,
    period_containing,
    periods_in_year,
    quarter_months,
)

D = dt.date
KINDS: tuple[PeriodKind, ...] = ("month", "quarter", "half", "year")


@st.composite
def periods(draw: st.DrawFn) -> Period:
    kind = draw(st.sampled_from(KINDS))
    count = {"month": 12, "quarter": 4, "half": 2, "year": 1}[kind]
    year = draw(st.integers(min_value=1000, max_value=9998))
    return Period(year, kind, draw(st.integers(min_value=1, max_value=count)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024Q3", Period.for_quarter(2024, 3)),
        ("2024q1", Period.for_quarter(2024, 1)),
        ("2024-09", Period.for_month(2024, 9)),
        ("2024-9", Period.for_month(2024, 9)),
        ("2024H2", Period.for_half(2024, 2)),
        ("2024", Period.for_year(2024)),
        ("2024年第3季度", Period.for_quarter(2024, 3)),
        ("2024年9月", Period.for_month(2024, 9)),
        ("2024年下半年", Period.for_half(2024, 2)),
        ("2024年", Period.for_year(2024)),
    ],
)
def test_parse_reads_cli_codes_and_display_labels(text: str, expected: Period) -> None:
    """The CLI's --period codes and the program's own labels both parse."""
    assert Period.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年三季度", Period.for_quarter(2024, 3)),
        ("2024年第三季度", Period.for_quarter(2024, 3)),
        ("2024年第四季度", Period.for_quarter(2024, 4)),
        ("2024年1季度", Period.for_quarter(2024, 1)),
        ("2024年09月", Period.for_month(2024, 9)),
        ("2024年十二月", Period.for_month(2024, 12)),
        ("2024年上半年", Period.for_half(2024, 1)),
        ("2024年度", Period.for_year(2024)),
        (" 2024 年 9 月 ", Period.for_month(2024, 9)),
    ],
)
def test_parse_reads_chinese_forms_clerks_use_in_file_names(text: str, expected: Period) -> None:
    """三季度, 第三季度, 上半年, 年度 and padded months are understood."""
    assert Period.parse(text) == expected


@pytest.mark.parametrize("text", ["", "2024Q5", "2024-13", "2024H3", "2024年第五季度", "明年"])
def test_parse_rejects_text_that_names_no_period(text: str) -> None:
    """A bad --period value gets a Chinese error, not a wrong period."""
    with pytest.raises(ValueError, match=r"期间|月份|季度|序号"):
        Period.parse(text)


@given(periods())
def test_code_and_label_round_trip_through_parse(period: Period) -> None:
    """Whatever the program prints, it reads back as the same period."""
    assert Period.parse(period.code) == period
    assert Period.parse(period.label) == period
    assert Period.parse(str(period)) == period


def test_codes_and_labels_look_as_the_design_fixes() -> None:
    """Codes 2024Q3 / 2024-09 / 2024H2 / 2024; labels 2024年第3季度 and so on."""
    assert [p.code for p in periods_in_year(2024, "quarterly")][2] == "2024Q3"
    assert Period.for_month(2024, 9).code == "2024-09"
    assert Period.for_half(2024, 2).code == "2024H2"
    assert Period.for_year(2024).code == "2024"
    assert Period.for_quarter(2024, 3).label == "2024年第3季度"
    assert Period.for_month(2024, 9).label == "2024年9月"
    assert Period.for_half(2024, 1).label == "2024年上半年"
    assert Period.for_year(2024).label == "2024年"


def test_start_and_end_dates_include_leap_february() -> None:
    """Each period runs from its first to its last calendar day."""
    assert Period.for_month(2024, 2).end == D(2024, 2, 29)
    assert Period.for_month(2025, 2).end == D(2025, 2, 28)
    q3 = Period.for_quarter(2024, 3)
    assert (q3.start, q3.end) == (D(2024, 7, 1), D(2024, 9, 30))
    h2 = Period.for_half(2024, 2)
    assert (h2.start, h2.end) == (D(2024, 7, 1), D(2024, 12, 31))
    year = Period.for_year(2024)
    assert (year.start, year.end) == (D(2024, 1, 1), D(2024, 12, 31))


def test_contains_is_inclusive_at_both_ends() -> None:
    """The first and the last day belong to the period; the next day does not."""
    q3 = Period.for_quarter(2024, 3)
    assert q3.contains(D(2024, 7, 1))
    assert q3.contains(D(2024, 9, 30))
    assert not q3.contains(D(2024, 10, 1))
    assert not q3.contains(D(2023, 8, 1))


def test_next_and_previous_cross_the_year_boundary() -> None:
    """2024Q4 → 2025Q1, 2024-01 ← 2023-12, 2024H1 ← 2023H2, 2024 → 2025."""
    assert Period.for_quarter(2024, 4).next() == Period.for_quarter(2025, 1)
    assert Period.for_month(2024, 1).previous() == Period.for_month(2023, 12)
    assert Period.for_half(2024, 1).previous() == Period.for_half(2023, 2)
    assert Period.for_year(2024).next() == Period.for_year(2025)


@given(periods().filter(lambda p: 1001 <= p.year <= 9997))
def test_next_then_previous_is_identity_and_periods_touch(period: Period) -> None:
    """Consecutive periods leave no gap and do not overlap."""
    assert period.next().previous() == period
    assert period.next().start == period.end + dt.timedelta(days=1)


def test_periods_in_year_for_each_frequency() -> None:
    """12 months, 4 quarters, 2 halves, 1 year; unknown rhythms are refused."""
    assert len(periods_in_year(2024, "monthly")) == 12
    assert periods_in_year(2024, "quarterly") == [Period.for_quarter(2024, q) for q in (1, 2, 3, 4)]
    assert periods_in_year(2024, "half-yearly") == [
        Period.for_half(2024, 1),
        Period.for_half(2024, 2),
    ]
    assert periods_in_year(2024, "annual") == [Period.for_year(2024)]
    with pytest.raises(ValueError, match="报送期"):
        periods_in_year(2024, "event")


def test_period_containing_a_date() -> None:
    """2024-08-15 is in 2024-08, 2024Q3, 2024H2 and 2024."""
    day = D(2024, 8, 15)
    assert period_containing(day, "monthly") == Period.for_month(2024, 8)
    assert period_containing(day, "quarterly") == Period.for_quarter(2024, 3)
    assert period_containing(day, "half-yearly") == Period.for_half(2024, 2)
    assert period_containing(day, "annual") == Period.for_year(2024)


def test_quarter_months_and_months_of_a_period() -> None:
    """Q3 holds July, August and September."""
    assert quarter_months(3) == (7, 8, 9)
    assert Period.for_quarter(2024, 3).months() == tuple(
        Period.for_month(2024, m) for m in (7, 8, 9)
    )
    with pytest.raises(ValueError, match="季度"):
        quarter_months(5)


def test_periods_sort_by_start_with_the_longer_first() -> None:
    """Lists show 2024, 2024H1, 2024Q1, 2024-01, 2024-02 … in time order."""
    shuffled = [
        Period.for_month(2024, 2),
        Period.for_quarter(2024, 1),
        Period.for_month(2023, 12),
        Period.for_year(2024),
        Period.for_month(2024, 1),
        Period.for_half(2024, 1),
    ]
    assert [p.code for p in sorted(shuffled)] == [
        "2023-12",
        "2024",
        "2024H1",
        "2024Q1",
        "2024-01",
        "2024-02",
    ]


def test_periods_are_hashable_value_objects() -> None:
    """Equal periods are one dictionary key; a frozen period cannot be changed."""
    counts = {Period.parse("2024Q3"): 1}
    counts[Period.parse("2024年三季度")] = 2
    assert counts == {Period.for_quarter(2024, 3): 2}
    with pytest.raises(AttributeError):
        Period.for_quarter(2024, 3).index = 4  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("西平县发改委2024年三季度信用报送材料.docx", "2024Q3"),
        ("关于报送2024年第3季度工作进展的函.pdf", "2024Q3"),
        ("市场监管局_2024Q2_双公示.xlsx", "2024Q2"),
        ("2024年上半年工作总结.docx", "2024H1"),
        ("税务局2024年9月信易贷白名单.xlsx", "2024-09"),
        ("2024-09报表.xlsx", "2024-09"),
        ("2024年度信用建设总结.docx", "2024"),
    ],
)
def test_find_period_picks_the_most_specific_mention_in_a_file_name(
    name: str, expected: str
) -> None:
    """The inbox proposes the period named in an attachment's file name."""
    found = find_period(name)
    assert found is not None
    assert found.code == expected


@pytest.mark.parametrize("name", ["2024年9月15日报送.docx", "2024-09-15.xlsx", "材料.docx"])
def test_find_period_ignores_plain_dates_and_names_without_periods(name: str) -> None:
    """A submission date in a file name is not a reporting period."""
    assert find_period(name) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("3", 3), ("三", 3), ("十", 10), ("十二", 12), ("二十五", 25), ("三十一", 31)],
)
def test_chinese_number_reads_digits_and_numerals(text: str, value: int) -> None:
    """Plans write numbers either way: 5个工作日 or 五个工作日."""
    assert chinese_number(text) == value


@pytest.mark.parametrize("text", ["", "十十", "三三", "百", "x"])
def test_chinese_number_rejects_what_is_not_a_small_number(text: str) -> None:
    """Garbage is an error, not a guess."""
    with pytest.raises(ValueError, match="数字"):
        chinese_number(text)
