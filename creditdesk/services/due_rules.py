"""Deadline rules (报送时限) and the due dates they give for a period or an event.

A task's deadline as written in a plan (季度结束后5个工作日内, 次月5日前, 每月25日前,
2023年11月30日前, 7个工作日内, 持续推进) becomes a :class:`DueRule`; :func:`due_date` applies it
to a :class:`~creditdesk.services.periods.Period` (or an event date) with a
:class:`~creditdesk.services.workdays.WorkdayCalendar`. Working-day counts land on working days
by construction; calendar-day deadlines that land on a rest day move by the rule's roll-forward.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass
from typing import Final, Literal, NamedTuple, get_args

from creditdesk.chinese_dates import chinese_date
from creditdesk.chinese_numerals import LABEL_NUMERALS
from creditdesk.services.periods import Period, chinese_number
from creditdesk.services.workdays import ROLL_RULES, RollRule, WorkdayCalendar

DueRuleKind = Literal[
    "after_period_end", "day_of_next_month", "day_of_month", "fixed_date", "after_event", "none"
]
DUE_RULE_KINDS: Final[tuple[DueRuleKind, ...]] = get_args(DueRuleKind)

_PERIODIC_FREQUENCIES: Final = frozenset({"monthly", "quarterly", "half-yearly", "annual"})


@dataclass(frozen=True, slots=True)
class DueRule:
    """How a task's due date follows from its period or event.

    Kinds:
        ``after_period_end``: ``n`` working days after the period's last day
        (季度结束后5个工作日内).
        ``day_of_next_month``: day ``day`` of the month after the period (次月5日前,
        季度结束后10日内).
        ``day_of_month``: day ``day`` of month ``month`` of the period's year, or of the
        period's last month when ``month`` is ``None`` (每月25日前, 每季度末, 6月底前).
        ``fixed_date``: once, by ``fixed_date`` (2023年11月30日前).
        ``after_event``: ``n`` working days after an event date (作出决定之日起7个工作日内).
        ``none``: continuous work with no reporting deadline (持续推进).

    A ``day`` past the end of its month means the month's last day (``31`` is 月底).
    ``roll_forward`` applies to the calendar-day kinds only.
    """

    kind: DueRuleKind
    n: int | None = None
    day: int | None = None
    month: int | None = None
    fixed_date: dt.date | None = None
    roll_forward: RollRule = "next_workday"

    def __post_init__(self) -> None:
        if self.kind not in DUE_RULE_KINDS:
            raise ValueError(f"未知的报送时限类型：{self.kind!r}")
        if self.roll_forward not in ROLL_RULES:
            raise ValueError(f"未知的顺延规则：{self.roll_forward!r}")
        needs_n = self.kind in ("after_period_end", "after_event")
        needs_day = self.kind in ("day_of_next_month", "day_of_month")
        if needs_n != (self.n is not None):
            raise ValueError(f"{self.kind} 规则{'需要' if needs_n else '不应有'}工作日数 n")
        if self.n is not None and self.n < 1:
            raise ValueError(f"工作日数应为正数：{self.n}")
        if needs_day != (self.day is not None):
            raise ValueError(f"{self.kind} 规则{'需要' if needs_day else '不应有'}日期 day")
        if self.day is not None and not 1 <= self.day <= 31:
            raise ValueError(f"日期应为1至31：{self.day}")
        if self.month is not None and (self.kind != "day_of_month" or not 1 <= self.month <= 12):
            raise ValueError(f"月份只用于 day_of_month 规则且应为1至12：{self.month}")
        if (self.kind == "fixed_date") != (self.fixed_date is not None):
            raise ValueError("fixed_date 规则需要且只有它需要固定日期")

    @property
    def label(self) -> str:
        """The rule in the plan's own words, for display (季度结束后5个工作日内)."""
        if self.kind == "after_period_end":
            return f"期末后{self.n}个工作日内"
        if self.kind == "day_of_next_month":
            return "次月底前" if self.day == 31 else f"次月{self.day}日前"
        if self.kind == "day_of_month":
            prefix = f"{self.month}月" if self.month is not None else "当月"
            return prefix + ("底前" if self.day == 31 else f"{self.day}日前")
        if self.kind == "fixed_date":
            assert self.fixed_date is not None
            return chinese_date(self.fixed_date) + "前"
        if self.kind == "after_event":
            return f"{self.n}个工作日内"
        return "持续推进"


class DueDate(NamedTuple):
    """A computed due date.

    Attributes:
        date: the last day to hand in.
        provisional: the date depends on a year whose holidays are not announced yet
            (Monday–Friday guess), so it may still move.
    """

    date: dt.date
    provisional: bool


def _day_in_month(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, monthrange(year, month)[1]))


def _provisional(workdays: WorkdayCalendar, first: dt.date, last: dt.date) -> bool:
    """Whether any year whose working days decided the result is unannounced."""
    return any(not workdays.is_announced(y) for y in range(first.year, last.year + 1))


def due_date(
    rule: DueRule, period_or_event: Period | dt.date, calendar: WorkdayCalendar
) -> DueDate:
    """The due date ``rule`` gives for a period (or, for ``after_event``, an event date).

    ``fixed_date`` rules ignore the period. Callers skip ``none`` rules: continuous work
    (持续推进) has no due date.

    Raises:
        ValueError: for a ``none`` rule.
        TypeError: an event rule given a period, or a period rule given a date.
    """
    if rule.kind == "none":
        raise ValueError("持续推进的工作没有报送期限")
    if rule.kind == "after_event":
        if isinstance(period_or_event, Period):
            raise TypeError("after_event 规则需要事件日期，而不是报送期")
        assert rule.n is not None
        due = calendar.add_workdays(period_or_event, rule.n)
        return DueDate(due, _provisional(calendar, period_or_event + dt.timedelta(days=1), due))
    if rule.kind == "fixed_date":
        assert rule.fixed_date is not None
        raw = rule.fixed_date
    else:
        if not isinstance(period_or_event, Period):
            raise TypeError(f"{rule.kind} 规则需要报送期，而不是日期")
        end = period_or_event.end
        if rule.kind == "after_period_end":
            assert rule.n is not None
            due = calendar.add_workdays(end, rule.n)
            return DueDate(due, _provisional(calendar, end + dt.timedelta(days=1), due))
        assert rule.day is not None
        if rule.kind == "day_of_next_month":
            after = end + dt.timedelta(days=1)
            raw = _day_in_month(after.year, after.month, rule.day)
        else:  # day_of_month
            month = rule.month if rule.month is not None else end.month
            raw = _day_in_month(end.year, month, rule.day)
    if rule.roll_forward == "none":
        return DueDate(raw, False)
    due = calendar.roll_forward(raw, rule.roll_forward)
    return DueDate(due, _provisional(calendar, raw, due))


def default_due_rule(frequency: str | None) -> DueRule | None:
    """The deadline to assume when a plan gives a rhythm but no time limit.

    Office practice: monthly and quarterly material within 5 working days after the period
    (月后/季后5个工作日内); half-yearly and annual summaries within 10 working days, since they
    are longer; event-driven items within 7 working days (the 双公示 rule); continuous work
    has no deadline. ``None`` for a one-off task (the clerk must give its date) and for an
    unknown frequency.
    """
    if frequency in ("monthly", "quarterly"):
        return DueRule("after_period_end", n=5)
    if frequency in ("half-yearly", "annual"):
        return DueRule("after_period_end", n=10)
    if frequency == "event":
        return DueRule("after_event", n=7)
    if frequency == "continuous":
        return DueRule("none")
    return None


# ------------------------------------------------------------------ parsing

_N = r"([0-9]{1,3}|[" + LABEL_NUMERALS + r"两]{1,3})"
_END_WORD = r"(?:结束|终了|期满|末)"

_WORKDAYS_AFTER_END = re.compile(_END_WORD + r"后\s*" + _N + r"\s*个工作日")
_WORKDAYS_FROM_EVENT = re.compile(r"起\s*" + _N + r"\s*个工作日")
_WORKDAYS = re.compile(_N + r"\s*个工作日")
_DAYS_AFTER_END = re.compile(_END_WORD + r"后\s*" + _N + r"\s*(?:日|天)(?:内|之内|以内)")
_NEXT_MONTH = re.compile(r"(?:次月|下月|下个月|次季度?首月|下季度?首月)\s*" + _N + r"\s*(?:日|号)")
_NEXT_MONTH_END = re.compile(r"(?:次月|下月|下个月)\s*(?:底|末)")
_NEXT_YEAR = re.compile(
    r"(?:次年|下一年|翌年|下年)度?\s*" + _N + r"\s*月\s*(?:" + _N + r"\s*(?:日|号)|底|末)"
)
_FULL_DATE = re.compile(r"(\d{4})\s*年\s*" + _N + r"\s*月\s*" + _N + r"\s*(?:日|号)")
_FULL_MONTH_END = re.compile(r"(\d{4})\s*年\s*" + _N + r"\s*月\s*(?:底|末)")
_MONTH_DAY = re.compile(r"(?<!\d年)(?<!\d)" + _N + r"\s*月(?:份)?\s*" + _N + r"\s*(?:日|号)")
_MONTH_END = re.compile(r"(?<!\d年)(?<!\d)" + _N + r"\s*月(?:份)?\s*(?:底|末)")
_EACH_MONTH_DAY = re.compile(r"(?:每月|当月|本月|每季度?末月|季度?末月)\s*" + _N + r"\s*(?:日|号)")
_EACH_MONTH_END = re.compile(r"(?:每月|当月|本月)\s*(?:底|末)")
_PERIOD_END = re.compile(r"(?:每|本|当)?(?:季度|季|半年|年度)\s*(?:底|末)")
_YEAR_END = re.compile(r"(?:年底|年末|年终)")
_CONTINUOUS = re.compile(r"持续|长期|常态化")


def _number(text: str) -> int:
    return chinese_number(text.replace("两", "二"))


def parse_due_rule(text: str, frequency: str | None = None) -> DueRule | None:
    """Read a deadline phrase from a plan (完成时限 / 报送时限) into a rule.

    ``frequency`` disambiguates a bare "7个工作日内": after each period for a periodic task,
    after the event otherwise. Returns ``None`` when the text holds no deadline the program
    can express (每季度报送 names a rhythm, not a date) — use :func:`default_due_rule` then.

    Understood: 季度结束后5个工作日内, 每季度末, 每季度结束后10日内, 每月25日前, 次月5日前,
    每月底前, 6月底前, 年底前, 次年1月15日前, 2023年11月30日前, 7个工作日内, 持续推进, and
    their variants (终了, 以内, 之日起, Chinese numerals).
    """
    text = re.sub(r"\s+", "", text)
    periodic = frequency in _PERIODIC_FREQUENCIES
    try:
        if match := _WORKDAYS_AFTER_END.search(text):
            return DueRule("after_period_end", n=_number(match[1]))
        if match := _WORKDAYS_FROM_EVENT.search(text):
            return DueRule("after_event", n=_number(match[1]))
        if match := _WORKDAYS.search(text):
            n = _number(match[1])
            return DueRule("after_period_end" if periodic else "after_event", n=n)
        if match := _DAYS_AFTER_END.search(text):
            days = _number(match[1])
            # A period ends on a month's last day, so N calendar days later is day N of the
            # next month (as long as N fits in every month).
            return DueRule("day_of_next_month", day=days) if days <= 28 else None
        if match := _NEXT_YEAR.search(text):
            # 次年1月15日前 for a year (or its last quarter/month) is the month after the
            # period; later months of the next year have no rule to express them.
            if _number(match[1]) != 1:
                return None
            return DueRule("day_of_next_month", day=_number(match[2]) if match[2] else 31)
        if match := _FULL_DATE.search(text):
            year, month, day = int(match[1]), _number(match[2]), _number(match[3])
            return DueRule("fixed_date", fixed_date=dt.date(year, month, day))
        if match := _FULL_MONTH_END.search(text):
            year, month = int(match[1]), _number(match[2])
            return DueRule("fixed_date", fixed_date=_day_in_month(year, month, 31))
        if match := _NEXT_MONTH.search(text):
            return DueRule("day_of_next_month", day=_number(match[1]))
        if _NEXT_MONTH_END.search(text):
            return DueRule("day_of_next_month", day=31)
        if match := _EACH_MONTH_DAY.search(text):
            return DueRule("day_of_month", day=_number(match[1]))
        if _EACH_MONTH_END.search(text) or _PERIOD_END.search(text):
            return DueRule("day_of_month", day=31)
        if match := _MONTH_DAY.search(text):
            return DueRule("day_of_month", day=_number(match[2]), month=_number(match[1]))
        if match := _MONTH_END.search(text):
            return DueRule("day_of_month", day=31, month=_number(match[1]))
        if _YEAR_END.search(text):
            return DueRule("day_of_month", day=31, month=12)
    except ValueError:
        return None
    if _CONTINUOUS.search(text):
        return DueRule("none")
    return None
