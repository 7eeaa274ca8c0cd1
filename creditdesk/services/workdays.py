"""The Chinese working-day calendar (工作日, with 调休 make-up days) that deadlines count in.

The official calendar comes from the ``chinesecalendar`` package for the years it knows. A year
the State Council has not announced yet (each November it publishes the next year) falls back
to Monday–Friday, and the office can enter its own overrides: a date mapped to ``True`` is a
make-up working day (调休上班), ``False`` a holiday. Overrides also win over the official data,
so an office can correct it without waiting for a package update.

Counting follows the Civil Code (民法典 art. 201): the day of the event does not count, and every
official working day counts, make-up weekend days included.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Final, Literal, Protocol, get_args

import chinese_calendar

RollRule = Literal["next_workday", "second_workday_after", "none"]
"""What to do with a calendar-day deadline that lands on a rest day.

``next_workday``: the next working day (民法典 art. 203, the default);
``second_workday_after``: the second working day after the rest days (顺延至节假日后第二个工作日);
``none``: keep the date.
"""

ROLL_RULES: Final[tuple[RollRule, ...]] = get_args(RollRule)


class OfficialCalendar(Protocol):
    """A source of announced calendars (replaceable in tests)."""

    def workdays_in_year(self, year: int) -> frozenset[dt.date] | None:
        """All working days of ``year``, or ``None`` when the year is not announced."""
        ...


@cache
def _chinese_calendar_year(year: int) -> frozenset[dt.date] | None:
    try:
        chinese_calendar.is_workday(dt.date(year, 1, 1))
    except NotImplementedError:
        return None
    # Read the package's tables directly: its is_workday() rescans them on every call.
    holidays: Mapping[dt.date, object] = chinese_calendar.holidays
    makeup: Mapping[dt.date, object] = chinese_calendar.workdays
    day = dt.date(year, 1, 1)
    result: set[dt.date] = set()
    while day.year == year:
        if day in makeup or (day.weekday() < 5 and day not in holidays):
            result.add(day)
        day += dt.timedelta(days=1)
    return frozenset(result)


class ChineseCalendarData:
    """The official calendar published by the ``chinesecalendar`` package (国务院办公厅通知)."""

    def workdays_in_year(self, year: int) -> frozenset[dt.date] | None:
        """All working days of ``year``, or ``None`` for years the package does not know."""
        return _chinese_calendar_year(year)


OFFICIAL_CALENDAR: Final = ChineseCalendarData()

_NO_OVERRIDES: Final[Mapping[dt.date, bool]] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class _Year:
    """One year's working days as sorted ordinals, for bisecting."""

    ordinals: tuple[int, ...]
    members: frozenset[int]
    announced: bool


class WorkdayCalendar:
    """Working days for deadline arithmetic: official data, Monday–Friday fallback, overrides.

    The calendar is immutable; after the office edits its overrides, build a new one. Each
    year's working days are computed once and cached, so counting is a binary search.

    Args:
        overrides: the office's own entries, date → ``True`` for a make-up working day
            (调休上班), ``False`` for a holiday. They win over the official data.
        announced_years: years the office has entered completely from the State Council's
            notice; they count as announced (not provisional) even without official data.
        official: where announced calendars come from; ``None`` for none at all.
    """

    def __init__(
        self,
        overrides: Mapping[dt.date, bool] = _NO_OVERRIDES,
        announced_years: Iterable[int] = (),
        official: OfficialCalendar | None = OFFICIAL_CALENDAR,
    ) -> None:
        by_year: dict[int, dict[int, bool]] = {}
        for day, is_workday in overrides.items():
            by_year.setdefault(day.year, {})[day.toordinal()] = bool(is_workday)
        self._overrides = by_year
        self._announced_years = frozenset(announced_years)
        self._official = official
        self._years: dict[int, _Year] = {}

    def _year(self, year: int) -> _Year:
        cached = self._years.get(year)
        if cached is None:
            cached = self._years[year] = self._build_year(year)
        return cached

    def _build_year(self, year: int) -> _Year:
        official = self._official.workdays_in_year(year) if self._official is not None else None
        if official is None:
            first = dt.date(year, 1, 1).toordinal()
            last = dt.date(year, 12, 31).toordinal()
            # date.fromordinal(1) is a Monday, so (ordinal - 1) % 7 is the weekday.
            days = {o for o in range(first, last + 1) if (o - 1) % 7 < 5}
        else:
            days = {day.toordinal() for day in official}
        for ordinal, is_workday in self._overrides.get(year, {}).items():
            if is_workday:
                days.add(ordinal)
            else:
                days.discard(ordinal)
        announced = official is not None or year in self._announced_years
        return _Year(tuple(sorted(days)), frozenset(days), announced)

    def is_workday(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day (make-up weekend days included)."""
        return day.toordinal() in self._year(day.year).members

    def is_announced(self, year: int) -> bool:
        """Whether ``year``'s calendar is known: official data, or marked so by the office."""
        return self._year(year).announced

    def is_provisional(self, day: dt.date) -> bool:
        """Whether ``day`` lies in a year with no announced calendar (Monday–Friday guess)."""
        return not self._year(day.year).announced

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``start`` (``start`` itself never counts).

        Negative ``n`` counts backwards: the ``|n|``-th working day before ``start``.
        ``n == 0`` returns ``start`` unchanged, working day or not.
        """
        if n == 0:
            return start
        ordinal = start.toordinal()
        year = start.year
        data = self._year(year)
        if n > 0:
            index = bisect_right(data.ordinals, ordinal)
            remaining = n
            while remaining > len(data.ordinals) - index:
                remaining -= len(data.ordinals) - index
                year += 1
                data = self._year(year)
                index = 0
            return dt.date.fromordinal(data.ordinals[index + remaining - 1])
        index = bisect_left(data.ordinals, ordinal)
        remaining = -n
        while remaining > index:
            remaining -= index
            year -= 1
            data = self._year(year)
            index = len(data.ordinals)
        return dt.date.fromordinal(data.ordinals[index - remaining])

    def workdays_between(self, a: dt.date, b: dt.date) -> int:
        """Working days after ``a`` up to and including ``b``.

        Zero when ``a == b``. When ``b`` is before ``a`` the result is negative: minus the
        working days from ``b`` (included) up to ``a`` (excluded). So
        ``workdays_between(a, add_workdays(a, n)) == n`` for every ``n``.
        """
        if a <= b:
            after_a = self._rank(a, inclusive=True)
            return self._span(a.year, b.year) + self._rank(b, inclusive=True) - after_a
        before_b = self._rank(b, inclusive=False)
        return -(self._span(b.year, a.year) + self._rank(a, inclusive=False) - before_b)

    def _span(self, first_year: int, end_year: int) -> int:
        """Working days in the whole years ``first_year`` up to, not including, ``end_year``."""
        return sum(len(self._year(year).ordinals) for year in range(first_year, end_year))

    def _rank(self, day: dt.date, *, inclusive: bool) -> int:
        """Working days from 1 January of ``day``'s year up to ``day`` (included or not)."""
        ordinals = self._year(day.year).ordinals
        bisect = bisect_right if inclusive else bisect_left
        return bisect(ordinals, day.toordinal())

    def roll_forward(self, day: dt.date, rule: RollRule = "next_workday") -> dt.date:
        """Move a calendar-day deadline off a rest day according to ``rule``.

        A deadline on a working day stays where it is under every rule.

        Raises:
            ValueError: for an unknown rule.
        """
        if rule == "none":
            return day
        if rule == "next_workday":
            return day if self.is_workday(day) else self.add_workdays(day, 1)
        if rule == "second_workday_after":
            return day if self.is_workday(day) else self.add_workdays(day, 2)
        raise ValueError(f"未知的顺延规则：{rule!r}")
