"""Reporting periods (报送期): months, quarters, halves and years, with their codes and labels.

Codes are what the command line takes (``2024-09``, ``2024Q3``, ``2024H2``, ``2024``); labels
are what the program shows (2024年9月, 2024年第3季度, 2024年下半年, 2024年). :meth:`Period.parse`
reads both, plus the forms clerks write in file names (2024年三季度, 2024年上半年, 2024年度);
:func:`find_period` picks a period out of a longer text such as a file name.

One-off tasks (一次性) have no period of their own: their obligation is filed under the plan
year's period and takes its date from a fixed-date rule, and counts in the work period its due
date falls in (see ``services.status``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal, get_args

from creditdesk.chinese_numerals import LABEL_NUMERALS, small_number

PeriodKind = Literal["month", "quarter", "half", "year"]
Frequency = Literal["monthly", "quarterly", "half-yearly", "annual"]
"""The periodic reporting frequencies (报送频次); once/event/continuous have no periods."""

FREQUENCIES: Final[tuple[Frequency, ...]] = get_args(Frequency)

_KIND_OF_FREQUENCY: Final[dict[str, PeriodKind]] = {
    "monthly": "month",
    "quarterly": "quarter",
    "half-yearly": "half",
    "annual": "year",
}
_FREQUENCY_OF_KIND: Final[dict[PeriodKind, Frequency]] = {
    "month": "monthly",
    "quarter": "quarterly",
    "half": "half-yearly",
    "year": "annual",
}
_MONTHS_PER_PERIOD: Final[dict[PeriodKind, int]] = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def chinese_number(text: str) -> int:
    """Read a small number written in Arabic digits or Chinese numerals (三, 十二, 二十五).

    Raises:
        ValueError: when ``text`` is neither.
    """
    value = small_number(text)
    if value is not None:
        return value
    raise ValueError(f"无法识别的数字：{text}")


def quarter_months(quarter: int) -> tuple[int, int, int]:
    """The three months (1–12) of ``quarter`` (1–4)."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"季度应为1至4：{quarter}")
    first = 3 * quarter - 2
    return (first, first + 1, first + 2)


@dataclass(frozen=True, slots=True)
class Period:
    """One reporting period; ordered by start date, a longer period before its parts.

    Attributes:
        year: the calendar year.
        kind: month, quarter, half or year.
        index: month 1–12, quarter 1–4, half 1–2 (上/下半年), or 1 for a year.
    """

    year: int
    kind: PeriodKind
    index: int = 1

    def __post_init__(self) -> None:
        if self.kind not in _MONTHS_PER_PERIOD:
            raise ValueError(f"未知的期间类型：{self.kind!r}")
        if not 1 <= self.index <= 12 // _MONTHS_PER_PERIOD[self.kind]:
            raise ValueError(f"期间序号超出范围：{self.kind} {self.index}")
        if not dt.MINYEAR <= self.year <= dt.MAXYEAR:
            raise ValueError(f"年份超出范围：{self.year}")

    @classmethod
    def for_month(cls, year: int, month: int) -> Period:
        """The month period, e.g. 2024年9月."""
        return cls(year, "month", month)

    @classmethod
    def for_quarter(cls, year: int, quarter: int) -> Period:
        """The quarter period, e.g. 2024年第3季度."""
        return cls(year, "quarter", quarter)

    @classmethod
    def for_half(cls, year: int, half: int) -> Period:
        """The half-year period: 1 is 上半年, 2 is 下半年."""
        return cls(year, "half", half)

    @classmethod
    def for_year(cls, year: int) -> Period:
        """The whole year, e.g. 2024年."""
        return cls(year, "year", 1)

    # ----------------------------------------------------------------- dates

    @property
    def first_month(self) -> int:
        """The period's first month (1–12)."""
        return (self.index - 1) * _MONTHS_PER_PERIOD[self.kind] + 1

    @property
    def last_month(self) -> int:
        """The period's last month (1–12): where 每月25日前-style deadlines fall."""
        return self.index * _MONTHS_PER_PERIOD[self.kind]

    @property
    def start(self) -> dt.date:
        """The first day of the period."""
        return dt.date(self.year, self.first_month, 1)

    @property
    def end(self) -> dt.date:
        """The last day of the period."""
        month = self.last_month
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls inside the period."""
        return day.year == self.year and self.first_month <= day.month <= self.last_month

    @property
    def frequency(self) -> Frequency:
        """The reporting frequency whose periods are of this kind."""
        return _FREQUENCY_OF_KIND[self.kind]

    def months(self) -> tuple[Period, ...]:
        """The month periods inside this period."""
        return tuple(
            Period.for_month(self.year, m) for m in range(self.first_month, self.last_month + 1)
        )

    def next(self) -> Period:
        """The period of the same kind that follows."""
        if self.index == 12 // _MONTHS_PER_PERIOD[self.kind]:
            return Period(self.year + 1, self.kind, 1)
        return Period(self.year, self.kind, self.index + 1)

    def previous(self) -> Period:
        """The period of the same kind that precedes."""
        if self.index == 1:
            return Period(self.year - 1, self.kind, 12 // _MONTHS_PER_PERIOD[self.kind])
        return Period(self.year, self.kind, self.index - 1)

    # ----------------------------------------------------------- text forms

    @property
    def code(self) -> str:
        """The command-line code: 2024-09, 2024Q3, 2024H2 or 2024."""
        if self.kind == "month":
            return f"{self.year:04d}-{self.index:02d}"
        if self.kind == "quarter":
            return f"{self.year:04d}Q{self.index}"
        if self.kind == "half":
            return f"{self.year:04d}H{self.index}"
        return f"{self.year:04d}"

    @property
    def label(self) -> str:
        """The label shown to the user: 2024年9月, 2024年第3季度, 2024年下半年, 2024年."""
        if self.kind == "month":
            return f"{self.year}年{self.index}月"
        if self.kind == "quarter":
            return f"{self.year}年第{self.index}季度"
        if self.kind == "half":
            return f"{self.year}年{'上' if self.index == 1 else '下'}半年"
        return f"{self.year}年"

    def __str__(self) -> str:
        return self.code

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read a code, a label or a file-name form (2024年三季度, 2024年度) of a period.

        Raises:
            ValueError: with a Chinese message when ``text`` names no period.
        """
        stripped = text.strip()
        for pattern, build in _FORMS:
            match = pattern.fullmatch(stripped)
            if match:
                return build(match)
        raise ValueError(f"无法识别的期间：{text}（应如 2024Q3、2024-09、2024H2、2024年第3季度）")

    # -------------------------------------------------------------- ordering

    @property
    def sort_key(self) -> tuple[int, int]:
        """Start date first; for the same start, the longer period first."""
        return (self.start.toordinal(), -self.end.toordinal())

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key <= other.sort_key

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key > other.sort_key

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key >= other.sort_key


def _kind_for(frequency: str) -> PeriodKind:
    try:
        return _KIND_OF_FREQUENCY[frequency]
    except KeyError:
        raise ValueError(f"该报送频次没有报送期：{frequency!r}") from None


def periods_in_year(year: int, frequency: str) -> list[Period]:
    """All periods of ``frequency`` (monthly, quarterly, half-yearly, annual) in ``year``."""
    kind = _kind_for(frequency)
    return [Period(year, kind, i) for i in range(1, 12 // _MONTHS_PER_PERIOD[kind] + 1)]


def period_containing(day: dt.date, frequency: str) -> Period:
    """The period of ``frequency`` that ``day`` falls in."""
    kind = _kind_for(frequency)
    return Period(day.year, kind, (day.month - 1) // _MONTHS_PER_PERIOD[kind] + 1)


def work_period_codes(period: Period) -> frozenset[str]:
    """Codes of every reporting period whose work falls in ``period`` (报送期间).

    A period covers what units owe for it: the periods of any rhythm that end inside it. The
    2024Q3 work period holds 2024-07, 2024-08, 2024-09 and 2024Q3; 2024-12 also holds 2024Q4,
    2024H2 and 2024, because they end on its last day. Due dates play no part, so the Q3
    summary written in October covers the Q3 reports due in October.
    """
    return frozenset(
        p.code
        for frequency in FREQUENCIES
        for p in periods_in_year(period.year, frequency)
        if period.start <= p.end <= period.end
    )


# ------------------------------------------------------------------ parsing

_YEAR = r"(?P<year>\d{4})"
MONTH_NUMBER: Final = rf"(?:1[0-2]|0?[1-9]|十[{LABEL_NUMERALS[:2]}]?|[{LABEL_NUMERALS[:9]}])"
"""A month's number, 1-12, in digits or Chinese numerals (3, 03, 三, 十二), for a pattern."""
QUARTER_NUMBER: Final = rf"[1-4{LABEL_NUMERALS[:4]}]"
"""A quarter's number, 1-4, in digits or Chinese numerals (第三季度), for a pattern."""
_NUM = r"[0-9" + LABEL_NUMERALS + r"〇零]{1,3}"
_Builder = Callable[[re.Match[str]], Period]


def _month(match: re.Match[str]) -> Period:
    month = chinese_number(match["n"])
    if not 1 <= month <= 12:
        raise ValueError(f"月份应为1至12：{match[0]}")
    return Period.for_month(int(match["year"]), month)


def _quarter(match: re.Match[str]) -> Period:
    return Period.for_quarter(int(match["year"]), chinese_number(match["n"]))


def _half(match: re.Match[str]) -> Period:
    half = 1 if match["n"] in ("1", "上") else 2
    return Period.for_half(int(match["year"]), half)


def _year(match: re.Match[str]) -> Period:
    return Period.for_year(int(match["year"]))


_FORMS: Final[tuple[tuple[re.Pattern[str], _Builder], ...]] = (
    (re.compile(_YEAR + r"\s*[Qq](?P<n>[1-4])"), _quarter),
    (re.compile(_YEAR + r"\s*[Hh](?P<n>[12])"), _half),
    (re.compile(_YEAR + r"\s*[-./]\s*(?P<n>\d{1,2})"), _month),
    (re.compile(_YEAR), _year),
    (re.compile(_YEAR + r"\s*年\s*第?\s*(?P<n>" + QUARTER_NUMBER + r")\s*季度?"), _quarter),
    (re.compile(_YEAR + r"\s*年\s*(?P<n>[上下])\s*半\s*年度?"), _half),
    (re.compile(_YEAR + r"\s*年\s*(?P<n>" + _NUM + r")\s*月份?"), _month),
    (re.compile(_YEAR + r"\s*年\s*(?:度|全年)?"), _year),
)

# In running text: the most specific form wins; a month followed by a day is a date, not a
# month period, and digits must not run on into longer numbers.
_SEARCH_FORMS: Final[tuple[tuple[re.Pattern[str], _Builder], ...]] = (
    (
        re.compile(r"(?<!\d)" + _YEAR + r"\s*年\s*第?\s*(?P<n>" + QUARTER_NUMBER + r")\s*季度?"),
        _quarter,
    ),
    (re.compile(r"(?<!\d)" + _YEAR + r"\s*[Qq](?P<n>[1-4])(?!\d)"), _quarter),
    (re.compile(r"(?<!\d)" + _YEAR + r"\s*年\s*(?P<n>[上下])\s*半\s*年"), _half),
    (re.compile(r"(?<!\d)" + _YEAR + r"\s*[Hh](?P<n>[12])(?!\d)"), _half),
    (
        re.compile(
            r"(?<!\d)" + _YEAR + r"\s*年\s*(?P<n>" + MONTH_NUMBER + r")"
            r"\s*月(?!\s*" + _NUM + r"\s*[日号])"
        ),
        _month,
    ),
    (re.compile(r"(?<!\d)" + _YEAR + r"[-.](?P<n>1[0-2]|0[1-9])(?![-.]?\d)"), _month),
    (re.compile(r"(?<!\d)" + _YEAR + r"\s*(?:年度|年(?!\s*" + _NUM + r"\s*月))"), _year),
)


def find_period(text: str) -> Period | None:
    """The period named somewhere in ``text`` (a file name, a title), or ``None``.

    The most specific mention wins: in 发改委2024年三季度报送材料.docx the quarter, not the
    year. A date such as 2024年9月15日 names no period (neither the month nor the year).
    """
    for pattern, build in _SEARCH_FORMS:
        for match in pattern.finditer(text):
            try:
                return build(match)
            except ValueError:
                continue
    return None
