"""Working-day arithmetic against the official calendar, office overrides and unknown years."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from creditdesk.services.workdays import WorkdayCalendar

D = dt.date


@pytest.fixture(scope="module")
def official() -> WorkdayCalendar:
    return WorkdayCalendar()


class FakeOfficial:
    """An official source that knows only 2030, where 2030-01-02 (Wed) is a holiday."""

    def workdays_in_year(self, year: int) -> frozenset[dt.date] | None:
        if year != 2030:
            return None
        days = (D(2030, 1, 1) + dt.timedelta(days=i) for i in range(365))
        return frozenset(d for d in days if d.weekday() < 5 and d != D(2030, 1, 2))


def test_reference_example_national_day_counts_makeup_sunday_and_saturday(
    official: WorkdayCalendar,
) -> None:
    """ARCHITECTURE.md: 7 working days after Fri 2025-09-26 is Mon 2025-10-13."""
    assert official.add_workdays(D(2025, 9, 26), 7) == D(2025, 10, 13)


def test_reference_example_spring_festival_ends_on_makeup_saturday(
    official: WorkdayCalendar,
) -> None:
    """ARCHITECTURE.md: 7 working days after Thu 2026-02-12 is the make-up Sat 2026-02-28."""
    due = official.add_workdays(D(2026, 2, 12), 7)
    assert due == D(2026, 2, 28)
    assert due.weekday() == 5


def test_national_day_and_mid_autumn_2025_rest_days_and_makeup_saturdays(
    official: WorkdayCalendar,
) -> None:
    """国庆+中秋 2025: 10/1–10/8 rest, Sun 9/28 and Sat 10/11 worked."""
    assert official.is_workday(D(2025, 9, 28))
    assert official.is_workday(D(2025, 10, 11))
    assert not any(official.is_workday(D(2025, 10, day)) for day in range(1, 9))
    assert official.is_workday(D(2025, 10, 9))


def test_spring_festival_2026_is_nine_rest_days_between_two_makeup_saturdays(
    official: WorkdayCalendar,
) -> None:
    """春节 2026: 2/15–2/23 rest, Sat 2/14 and Sat 2/28 worked."""
    assert official.is_workday(D(2026, 2, 14))
    assert not any(official.is_workday(D(2026, 2, day)) for day in range(15, 24))
    assert official.is_workday(D(2026, 2, 24))
    assert official.is_workday(D(2026, 2, 28))
    assert official.workdays_between(D(2026, 2, 13), D(2026, 2, 24)) == 2


def test_counting_across_new_year_skips_yuandan_and_counts_its_makeup_sunday(
    official: WorkdayCalendar,
) -> None:
    """元旦 2026: 1/1–1/3 rest, Sun 1/4 worked, so the first working day after 12/31 is 1/4."""
    assert official.add_workdays(D(2025, 12, 31), 1) == D(2026, 1, 4)
    assert official.add_workdays(D(2025, 12, 31), 2) == D(2026, 1, 5)
    assert official.workdays_between(D(2025, 12, 31), D(2026, 1, 5)) == 2


def test_event_day_itself_does_not_count(official: WorkdayCalendar) -> None:
    """民法典 art. 201: one working day after Mon 2025-06-09 is Tue 2025-06-10."""
    assert official.add_workdays(D(2025, 6, 9), 1) == D(2025, 6, 10)


def test_counting_from_a_rest_day_starts_with_the_next_working_day(
    official: WorkdayCalendar,
) -> None:
    """An event on Sat 2025-06-07: the first working day after it is Mon 2025-06-09."""
    assert official.add_workdays(D(2025, 6, 7), 1) == D(2025, 6, 9)


def test_zero_and_negative_counts(official: WorkdayCalendar) -> None:
    """n=0 keeps the date; negative n counts back, skipping the 国庆 rest days."""
    assert official.add_workdays(D(2025, 10, 4), 0) == D(2025, 10, 4)
    assert official.add_workdays(D(2025, 10, 9), -1) == D(2025, 9, 30)
    assert official.add_workdays(D(2026, 1, 4), -1) == D(2025, 12, 31)


def test_workdays_between_same_day_is_zero_and_reversed_is_negative(
    official: WorkdayCalendar,
) -> None:
    """Overdue counting: reversed arguments give the negative count, same day gives zero."""
    assert official.workdays_between(D(2025, 10, 13), D(2025, 10, 13)) == 0
    assert official.workdays_between(D(2025, 9, 26), D(2025, 10, 13)) == 7
    assert official.workdays_between(D(2025, 10, 13), D(2025, 9, 26)) == -7


def test_unannounced_year_is_monday_to_friday_and_provisional(
    official: WorkdayCalendar,
) -> None:
    """2027 is not announced: weekdays work, weekends rest, dates are provisional."""
    assert not official.is_announced(2027)
    assert official.is_provisional(D(2027, 3, 1))
    assert not official.is_provisional(D(2026, 12, 31))
    assert official.is_workday(D(2027, 1, 1))  # a Friday: 元旦 unknown until announced
    assert not official.is_workday(D(2027, 1, 2))
    assert official.add_workdays(D(2026, 12, 31), 5) == D(2027, 1, 7)


def test_office_overrides_and_announcement_make_an_unknown_year_final() -> None:
    """The office enters 2027's 元旦 and marks 2027 announced: no longer provisional."""
    calendar = WorkdayCalendar({D(2027, 1, 1): False}, announced_years={2027})
    assert calendar.is_announced(2027)
    assert not calendar.is_provisional(D(2027, 1, 1))
    assert not calendar.is_workday(D(2027, 1, 1))
    assert calendar.add_workdays(D(2026, 12, 31), 5) == D(2027, 1, 8)


def test_overrides_without_announcement_stay_provisional() -> None:
    """Entering a few days is not the same as having the whole year's schedule."""
    calendar = WorkdayCalendar({D(2027, 1, 1): False})
    assert not calendar.is_workday(D(2027, 1, 1))
    assert calendar.is_provisional(D(2027, 1, 1))


def test_office_entered_makeup_saturday_counts_as_working_day() -> None:
    """A make-up Saturday the office entered shortens a count that runs over it."""
    saturday = D(2027, 2, 20)
    assert saturday.weekday() == 5
    plain = WorkdayCalendar()
    with_makeup = WorkdayCalendar({saturday: True}, announced_years={2027})
    assert plain.add_workdays(D(2027, 2, 19), 1) == D(2027, 2, 22)
    assert with_makeup.add_workdays(D(2027, 2, 19), 1) == saturday
    assert with_makeup.workdays_between(D(2027, 2, 19), D(2027, 2, 22)) == 2


def test_office_override_corrects_official_data() -> None:
    """Overrides win over chinesecalendar, so an office can correct a wrong entry."""
    calendar = WorkdayCalendar({D(2025, 10, 8): True, D(2025, 10, 9): False})
    assert calendar.is_workday(D(2025, 10, 8))
    assert not calendar.is_workday(D(2025, 10, 9))
    assert calendar.is_announced(2025)


def test_official_source_is_replaceable() -> None:
    """A fake official source decides the known years; None means Monday–Friday everywhere."""
    fake = WorkdayCalendar(official=FakeOfficial())
    assert fake.is_announced(2030)
    assert not fake.is_announced(2025)
    assert not fake.is_workday(D(2030, 1, 2))
    bare = WorkdayCalendar(official=None)
    assert bare.is_workday(D(2025, 10, 1))
    assert not bare.is_announced(2025)


@pytest.mark.parametrize(
    ("day", "rule", "expected"),
    [
        (D(2025, 10, 1), "next_workday", D(2025, 10, 9)),
        (D(2025, 10, 1), "second_workday_after", D(2025, 10, 10)),
        (D(2025, 10, 1), "none", D(2025, 10, 1)),
        (D(2026, 2, 15), "next_workday", D(2026, 2, 24)),
        (D(2026, 2, 15), "second_workday_after", D(2026, 2, 25)),
        (D(2025, 10, 11), "next_workday", D(2025, 10, 11)),  # make-up Saturday: a working day
        (D(2025, 10, 11), "second_workday_after", D(2025, 10, 11)),
        (D(2025, 10, 14), "second_workday_after", D(2025, 10, 14)),
    ],
)
def test_roll_forward_moves_only_rest_days(
    official: WorkdayCalendar, day: dt.date, rule: str, expected: dt.date
) -> None:
    """顺延: rest days move to the next / second working day; working days stay."""
    assert official.roll_forward(day, rule) == expected  # type: ignore[arg-type]


def test_roll_forward_defaults_to_next_workday(official: WorkdayCalendar) -> None:
    """民法典 art. 203 is the default: the next working day."""
    assert official.roll_forward(D(2025, 10, 5)) == D(2025, 10, 9)


def test_roll_forward_rejects_unknown_rule(official: WorkdayCalendar) -> None:
    """A misspelt rule is an error, not a silent no-op."""
    with pytest.raises(ValueError, match="顺延规则"):
        official.roll_forward(D(2025, 10, 5), "next_working_day")  # type: ignore[arg-type]


DAYS = st.dates(min_value=D(2024, 6, 1), max_value=D(2028, 6, 30))
CALENDAR = WorkdayCalendar({D(2027, 10, 9): True, D(2027, 10, 4): False}, announced_years={2027})


def _naive_count(calendar: WorkdayCalendar, a: dt.date, b: dt.date) -> int:
    if a <= b:
        days = (a + dt.timedelta(days=i) for i in range(1, (b - a).days + 1))
        return sum(calendar.is_workday(d) for d in days)
    days = (b + dt.timedelta(days=i) for i in range((a - b).days))
    return -sum(calendar.is_workday(d) for d in days)


@given(start=DAYS, n=st.integers(min_value=-40, max_value=40))
def test_add_workdays_and_workdays_between_are_inverse(start: dt.date, n: int) -> None:
    """workdays_between(a, add_workdays(a, n)) == n, and the result is a working day."""
    due = CALENDAR.add_workdays(start, n)
    assert CALENDAR.workdays_between(start, due) == n
    if n != 0:
        assert CALENDAR.is_workday(due)


@given(a=DAYS, b=DAYS)
def test_workdays_between_matches_day_by_day_count(a: dt.date, b: dt.date) -> None:
    """The cached bisect count agrees with counting day by day, across years."""
    assert CALENDAR.workdays_between(a, b) == _naive_count(CALENDAR, a, b)
