"""Due rules: each kind's date, roll-forward, provisional years, and plan phrases."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from creditdesk.services.due_rules import (
    DueDate,
    DueRule,
    default_due_rule,
    due_date,
    parse_due_rule,
)
from creditdesk.services.periods import Period
from creditdesk.services.workdays import WorkdayCalendar

D = dt.date
CAL = WorkdayCalendar()


def test_after_period_end_counts_working_days_past_national_day() -> None:
    """2025Q3 + 5 working days: 10/1–10/8 rest, Sat 10/11 worked → Tue 2025-10-14."""
    rule = DueRule("after_period_end", n=5)
    assert due_date(rule, Period.for_quarter(2025, 3), CAL) == DueDate(D(2025, 10, 14), False)


def test_after_period_end_crosses_new_year_and_counts_makeup_sunday() -> None:
    """2025Q4 + 5 working days: 元旦 1/1–1/3 rest, Sun 1/4 worked → Thu 2026-01-08."""
    rule = DueRule("after_period_end", n=5)
    assert due_date(rule, Period.for_quarter(2025, 4), CAL) == DueDate(D(2026, 1, 8), False)


def test_after_period_end_before_spring_festival_reaches_its_makeup_saturday() -> None:
    """January 2026 + 10 working days is Fri 2/13; the 11th is the make-up Sat 2/14 (春节)."""
    rule = DueRule("after_period_end", n=10)
    assert due_date(rule, Period.for_month(2026, 1), CAL).date == D(2026, 2, 13)
    eleven = DueRule("after_period_end", n=11)
    assert due_date(eleven, Period.for_month(2026, 1), CAL).date == D(2026, 2, 14)


def test_day_of_next_month_on_a_holiday_rolls_to_next_working_day() -> None:
    """次月5日前 for September 2025: 10/5 is a 国庆 rest day → Thu 2025-10-09."""
    rule = DueRule("day_of_next_month", day=5)
    assert due_date(rule, Period.for_month(2025, 9), CAL) == DueDate(D(2025, 10, 9), False)


def test_roll_forward_rule_of_the_office_is_applied() -> None:
    """顺延至节假日后第二个工作日 → Fri 2025-10-10; 'none' keeps Sun 2025-10-05."""
    second = DueRule("day_of_next_month", day=5, roll_forward="second_workday_after")
    keep = DueRule("day_of_next_month", day=5, roll_forward="none")
    assert due_date(second, Period.for_month(2025, 9), CAL).date == D(2025, 10, 10)
    assert due_date(keep, Period.for_month(2025, 9), CAL).date == D(2025, 10, 5)


def test_day_of_next_month_after_december_is_in_january() -> None:
    """Year boundary: 次月10日前 for 2025Q4 is Sat 2026-01-10 → Mon 2026-01-12."""
    rule = DueRule("day_of_next_month", day=10)
    assert due_date(rule, Period.for_quarter(2025, 4), CAL).date == D(2026, 1, 12)


def test_day_of_next_month_clamps_to_the_months_last_day() -> None:
    """次月底前 (day 31) for January 2025 is Fri 2025-02-28."""
    rule = DueRule("day_of_next_month", day=31)
    assert due_date(rule, Period.for_month(2025, 1), CAL).date == D(2025, 2, 28)


def test_day_of_month_in_the_periods_last_month() -> None:
    """每月25日前 for October 2025: Sat 10/25 → Mon 10/27; 每季度末 for 2025Q1: Mon 3/31."""
    assert due_date(DueRule("day_of_month", day=25), Period.for_month(2025, 10), CAL).date == D(
        2025, 10, 27
    )
    assert due_date(DueRule("day_of_month", day=31), Period.for_quarter(2025, 1), CAL).date == D(
        2025, 3, 31
    )


def test_month_end_on_dragon_boat_rest_day_rolls_past_it() -> None:
    """每月底前 for May 2025: Sat 5/31 starts 端午 (5/31–6/2) → Tue 2025-06-03."""
    rule = DueRule("day_of_month", day=31)
    assert due_date(rule, Period.for_month(2025, 5), CAL).date == D(2025, 6, 3)


def test_day_of_month_with_a_fixed_month_uses_the_periods_year() -> None:
    """6月底前 for the 2026 plan year is Tue 2026-06-30."""
    rule = DueRule("day_of_month", day=31, month=6)
    assert due_date(rule, Period.for_year(2026), CAL) == DueDate(D(2026, 6, 30), False)


def test_fixed_date_ignores_the_period_and_rolls_off_a_sunday() -> None:
    """2023年11月30日 (Thu) stays; Sun 2025-11-30 moves to Mon 2025-12-01."""
    rule = DueRule("fixed_date", fixed_date=D(2023, 11, 30))
    assert due_date(rule, Period.for_year(2023), CAL).date == D(2023, 11, 30)
    sunday = DueRule("fixed_date", fixed_date=D(2025, 11, 30))
    assert due_date(sunday, Period.for_year(2025), CAL).date == D(2025, 12, 1)


def test_after_event_counts_from_the_event_date() -> None:
    """7个工作日内 of a decision on Fri 2025-09-26 → Mon 2025-10-13 (ARCHITECTURE.md)."""
    rule = DueRule("after_event", n=7)
    assert due_date(rule, D(2025, 9, 26), CAL) == DueDate(D(2025, 10, 13), False)


def test_after_event_lands_on_spring_festival_makeup_saturday() -> None:
    """7个工作日内 of Thu 2026-02-12 → Sat 2026-02-28, a make-up working day."""
    assert due_date(DueRule("after_event", n=7), D(2026, 2, 12), CAL).date == D(2026, 2, 28)


def test_continuous_rule_has_no_due_date() -> None:
    """持续推进: asking for a date is a caller error."""
    with pytest.raises(ValueError, match="持续推进"):
        due_date(DueRule("none"), Period.for_year(2025), CAL)


def test_rules_refuse_the_wrong_kind_of_anchor() -> None:
    """An event rule needs a date; a period rule needs a period."""
    with pytest.raises(TypeError, match="事件日期"):
        due_date(DueRule("after_event", n=7), Period.for_year(2025), CAL)
    with pytest.raises(TypeError, match="报送期"):
        due_date(DueRule("after_period_end", n=5), D(2025, 1, 1), CAL)


def test_unannounced_year_gives_provisional_monday_to_friday_dates() -> None:
    """2026Q4 + 5 working days runs into 2027 (unknown): Thu 2027-01-07, provisional."""
    rule = DueRule("after_period_end", n=5)
    assert due_date(rule, Period.for_quarter(2026, 4), CAL) == DueDate(D(2027, 1, 7), True)
    monthly = DueRule("day_of_next_month", day=5)
    assert due_date(monthly, Period.for_month(2027, 1), CAL) == DueDate(D(2027, 2, 5), True)


def test_entering_and_announcing_2027_makes_dates_final_and_moves_them() -> None:
    """The office enters 元旦 2027 (Fri 1/1 rest) and marks 2027 announced: Fri 2027-01-08."""
    calendar = WorkdayCalendar({D(2027, 1, 1): False}, announced_years={2027})
    rule = DueRule("after_period_end", n=5)
    assert due_date(rule, Period.for_quarter(2026, 4), calendar) == DueDate(D(2027, 1, 8), False)


def test_office_makeup_day_pulls_a_due_date_earlier() -> None:
    """An office-entered make-up Sat 2027-02-20 is the first working day after Fri 2/19."""
    calendar = WorkdayCalendar({D(2027, 2, 20): True}, announced_years={2027})
    rule = DueRule("after_event", n=1)
    assert due_date(rule, D(2027, 2, 19), CAL) == DueDate(D(2027, 2, 22), True)
    assert due_date(rule, D(2027, 2, 19), calendar) == DueDate(D(2027, 2, 20), False)


def test_calendar_day_rule_without_roll_forward_is_never_provisional() -> None:
    """A date that ignores rest days does not depend on the unknown calendar."""
    rule = DueRule("day_of_next_month", day=5, roll_forward="none")
    assert due_date(rule, Period.for_month(2027, 1), CAL) == DueDate(D(2027, 2, 5), False)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kind": "after_period_end"},
        {"kind": "after_period_end", "n": 0},
        {"kind": "after_event", "n": 3, "day": 5},
        {"kind": "day_of_month"},
        {"kind": "day_of_month", "day": 32},
        {"kind": "day_of_next_month", "day": 5, "month": 6},
        {"kind": "fixed_date"},
        {"kind": "none", "n": 5},
        {"kind": "weekly"},
        {"kind": "after_event", "n": 3, "roll_forward": "later"},
    ],
)
def test_due_rule_refuses_inconsistent_fields(kwargs: dict[str, object]) -> None:
    """A rule read back from the database with missing or stray fields fails loudly."""
    with pytest.raises(ValueError):
        DueRule(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "frequency", "expected"),
    [
        ("季度结束后5个工作日内", "quarterly", DueRule("after_period_end", n=5)),
        ("每季度末", "quarterly", DueRule("day_of_month", day=31)),
        ("每季度结束后10日内", "quarterly", DueRule("day_of_next_month", day=10)),
        ("每月25日前", "monthly", DueRule("day_of_month", day=25)),
        ("次月5日前", "monthly", DueRule("day_of_next_month", day=5)),
        ("每月底前", "monthly", DueRule("day_of_month", day=31)),
        ("6月底前", "once", DueRule("day_of_month", day=31, month=6)),
        ("年底前", "once", DueRule("day_of_month", day=31, month=12)),
        ("2023年11月30日前", "once", DueRule("fixed_date", fixed_date=D(2023, 11, 30))),
        ("2023年11月30日", None, DueRule("fixed_date", fixed_date=D(2023, 11, 30))),
        ("7个工作日内", "event", DueRule("after_event", n=7)),
        ("7个工作日内", None, DueRule("after_event", n=7)),
        ("持续推进", "continuous", DueRule("none")),
    ],
)
def test_parse_due_rule_reads_common_office_phrases(
    text: str, frequency: str | None, expected: DueRule
) -> None:
    """Each phrase from the brief becomes the rule an office means by it."""
    assert parse_due_rule(text, frequency) == expected


@pytest.mark.parametrize(
    ("text", "frequency", "expected"),
    [
        ("每季度终了后五个工作日以内", "quarterly", DueRule("after_period_end", n=5)),
        ("每月结束后 5 个工作日内报送", "monthly", DueRule("after_period_end", n=5)),
        ("7个工作日内", "quarterly", DueRule("after_period_end", n=7)),
        ("自作出行政决定之日起7个工作日内", "quarterly", DueRule("after_event", n=7)),
        ("次月十日前", "monthly", DueRule("day_of_next_month", day=10)),
        ("每季度末月25日前", "quarterly", DueRule("day_of_month", day=25)),
        ("每年12月20日前", "annual", DueRule("day_of_month", day=20, month=12)),
        ("2024年6月底前完成", "once", DueRule("fixed_date", fixed_date=D(2024, 6, 30))),
        ("次年1月15日前报送年度总结", "annual", DueRule("day_of_next_month", day=15)),
        ("次年一月底前", "annual", DueRule("day_of_next_month", day=31)),
        ("持续开展", None, DueRule("none")),
        ("长期坚持", None, DueRule("none")),
    ],
)
def test_parse_due_rule_reads_variants_seen_in_plans(
    text: str, frequency: str | None, expected: DueRule
) -> None:
    """终了/以内, Chinese numerals, spaces, "之日起" and trailing verbs do not confuse it."""
    assert parse_due_rule(text, frequency) == expected


@pytest.mark.parametrize(
    "text",
    ["每季度报送", "", "按要求报送", "2023年2月30日前", "季度结束后45日内", "次年3月底前"],
)
def test_parse_due_rule_returns_none_when_no_deadline_can_be_expressed(text: str) -> None:
    """A rhythm without a date, or an impossible date, leaves the choice to the clerk."""
    assert parse_due_rule(text, "quarterly") is None


def test_default_rules_for_each_frequency() -> None:
    """Defaults: 5 working days after a month/quarter, 10 after a half/year, 7 after an event."""
    assert default_due_rule("monthly") == DueRule("after_period_end", n=5)
    assert default_due_rule("quarterly") == DueRule("after_period_end", n=5)
    assert default_due_rule("half-yearly") == DueRule("after_period_end", n=10)
    assert default_due_rule("annual") == DueRule("after_period_end", n=10)
    assert default_due_rule("event") == DueRule("after_event", n=7)
    assert default_due_rule("continuous") == DueRule("none")
    assert default_due_rule("once") is None
    assert default_due_rule(None) is None


RULES = st.one_of(
    st.builds(lambda n: DueRule("after_period_end", n=n), st.integers(1, 60)),
    st.builds(lambda n: DueRule("after_event", n=n), st.integers(1, 60)),
    st.builds(lambda d: DueRule("day_of_next_month", day=d), st.integers(1, 31)),
    st.builds(lambda d: DueRule("day_of_month", day=d), st.integers(1, 31)),
    st.builds(
        lambda d, m: DueRule("day_of_month", day=d, month=m), st.integers(1, 31), st.integers(1, 12)
    ),
    st.builds(
        lambda d: DueRule("fixed_date", fixed_date=d),
        st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 31)),
    ),
    st.just(DueRule("none")),
)


@given(RULES)
def test_rule_label_parses_back_to_the_same_rule(rule: DueRule) -> None:
    """What the program shows for a rule, it reads back unchanged."""
    frequency = "event" if rule.kind == "after_event" else "quarterly"
    assert parse_due_rule(rule.label, frequency) == rule


@given(
    period=st.builds(Period.for_quarter, st.integers(2005, 2026), st.integers(1, 4)),
    rule=RULES.filter(lambda r: r.kind not in ("none", "after_event")),
)
def test_due_dates_in_announced_years_are_working_days_and_final(
    period: Period, rule: DueRule
) -> None:
    """With the default roll-forward every due date is a working day."""
    due = due_date(rule, period, CAL)
    assert CAL.is_workday(due.date)
    if due.date.year <= 2026 and (rule.fixed_date is None or rule.fixed_date.year >= 2004):
        assert not due.provisional
