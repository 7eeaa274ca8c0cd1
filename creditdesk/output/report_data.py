"""The quarterly summary (季度通报) as plain data: what the PDF, chart and xlsx writers draw.

Built by :mod:`creditdesk.services.report`; kept here, below the services, so the writers stay
pure functions of this object. Rates are taken over the *assessed* obligations — those already
received or already past their due date — so items not yet due neither help nor hurt a unit:

    on-time rate  = received on time / (due − not yet due)
    received rate = (on time + late) / (due − not yet due)

A rate is ``None`` (shown "—") when nothing was assessable yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from creditdesk.chinese_dates import chinese_date as chinese_date  # report_pdf imports it here

CLOSING = "请各成员单位对照本通报，抓紧补报逾期未报事项，确保按时完成全年工作任务。"
"""The last paragraph when the clerk wrote no 有关要求: the signature never stands alone."""


def rate(part: int, whole: int) -> float | None:
    """``part / whole``, or ``None`` when ``whole`` is zero."""
    return part / whole if whole else None


def percent(value: float | None) -> str:
    """A rate as the report prints it: 87.5%, or — when there is none."""
    return "—" if value is None else f"{value * 100:.1f}%"


@dataclass(frozen=True)
class Figures:
    """Obligations by state; ``due`` counts all of them (the same five as ``creditdesk status``)."""

    due: int = 0
    received_on_time: int = 0
    received_late: int = 0
    overdue: int = 0
    not_yet_due: int = 0

    @property
    def received(self) -> int:
        return self.received_on_time + self.received_late

    @property
    def assessed(self) -> int:
        """Obligations received or past due: the base of both rates."""
        return self.due - self.not_yet_due

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.received_on_time, self.assessed)

    @property
    def received_rate(self) -> float | None:
        return rate(self.received, self.assessed)

    def as_dict(self) -> dict[str, int]:
        """The five counts under the status contract's keys."""
        return {
            "due": self.due,
            "received_on_time": self.received_on_time,
            "received_late": self.received_late,
            "overdue": self.overdue,
            "not_yet_due": self.not_yet_due,
        }


@dataclass(frozen=True)
class UnitLine:
    """A row of the unit ranking (单位排名); ``rank`` is shared by units with equal rates."""

    rank: int
    unit: str
    figures: Figures


@dataclass(frozen=True)
class TaskLine:
    """A row of the task table (任务情况), in plan order."""

    label: str
    title: str
    figures: Figures


@dataclass(frozen=True)
class MissingItem:
    """One obligation past its due date with nothing received (未报事项)."""

    task_label: str
    task_title: str
    period_label: str
    due_date: dt.date
    days_overdue: int
    extended: bool


@dataclass(frozen=True)
class MissingByUnit:
    """A unit's missing items, oldest due date first."""

    unit: str
    items: tuple[MissingItem, ...]


@dataclass(frozen=True)
class TrendLine:
    """One quarter of the report's year (季度趋势), counted as of the report's day."""

    period_code: str
    period_label: str
    figures: Figures


@dataclass(frozen=True)
class QuarterlyReport:
    """The quarterly summary (季度通报) of one period as of one day.

    Attributes:
        period_code: 2024Q3, 2024-09, 2024H2 or 2024.
        period_label: 2024年第3季度 and so on.
        year: the period's year (the trend covers its quarters).
        as_of: the day the figures are counted at; also the report's date.
        title: 青禾县2024年第3季度社会信用体系建设工作进展情况通报.
        number: the issue number printed under the title (2024年第3期).
        office_name: the issuing office, signed at the end.
        totals: the headline figures; equal to ``period_status(...).totals``.
        units: every unit with obligations in the period, ranked.
        best_units: the units named for a full on-time record (or the top ones).
        most_overdue: units with the most overdue items, with their counts.
        tasks: every task with obligations in the period, in plan order.
        missing: overdue items grouped by unit, units in ranking order reversed (worst first).
        trend: the quarters of the year up to the period's last quarter.
        notes: the clerk's paragraph (有关要求), possibly empty.
        praised: units whose assessed items were all on time (通报表扬).
        criticised: units whose overdue items reach ``criticise_at`` (通报批评), worst first.
        copy_to: the 抄送 line of the 版记, or "" for none.
    """

    period_code: str
    period_label: str
    year: int
    as_of: dt.date
    title: str
    number: str
    office_name: str
    totals: Figures
    units: tuple[UnitLine, ...]
    best_units: tuple[str, ...]
    most_overdue: tuple[tuple[str, int], ...]
    tasks: tuple[TaskLine, ...]
    missing: tuple[MissingByUnit, ...]
    trend: tuple[TrendLine, ...]
    notes: str = ""
    place_name: str = field(default="")
    praised: tuple[str, ...] = ()
    criticised: tuple[tuple[str, int], ...] = ()
    criticise_at: int = 3
    copy_to: str = ""

    @property
    def recipients(self) -> str:
        """The 主送 line's addressees: 青禾县社会信用体系建设领导小组各成员单位."""
        if self.place_name:
            return f"{self.place_name}社会信用体系建设领导小组各成员单位"
        return "各成员单位"

    def praise_text(self) -> str:
        """The 通报表扬 paragraph, or "" when no unit reported everything on time."""
        if not self.praised:
            return ""
        names = "、".join(self.praised)
        many = f"等{len(self.praised)}个单位" if len(self.praised) > 1 else ""
        return f"{names}{many}本期已到期事项全部按时报送，予以通报表扬。"

    def criticism_text(self) -> str:
        """The 通报批评 paragraph for units at or past the threshold, or ""."""
        if not self.criticised:
            return ""
        names = "、".join(f"{unit}（{count}项）" for unit, count in self.criticised)
        return (
            f"{names}逾期未报事项达到{self.criticise_at}项及以上，予以通报批评，"
            "请相关单位认真分析原因，立即补报。"
        )

    @property
    def date_text(self) -> str:
        """The report's date as printed: 2024年10月8日."""
        return chinese_date(self.as_of)

    @property
    def missing_count(self) -> int:
        return sum(len(group.items) for group in self.missing)

    def as_contract(self) -> dict[str, object]:
        """The figures in the shape of ``creditdesk status --json`` (for cross-checks)."""
        return {
            "period": self.period_code,
            "as_of": self.as_of.isoformat(),
            "totals": self.totals.as_dict(),
            "units": [{"unit": line.unit, **line.figures.as_dict()} for line in self.units],
        }

    def headline(self) -> str:
        """The overview sentence of section 一 (总体情况)."""
        t = self.totals
        scope = f"{self.place_name}各成员单位" if self.place_name else "各成员单位"
        text = (
            f"截至{self.date_text}，{self.period_label}{scope}共有应报事项{t.due}项，"
            f"其中按时报送{t.received_on_time}项、逾期报送{t.received_late}项、"
            f"逾期未报{t.overdue}项、尚未到期{t.not_yet_due}项。"
        )
        if t.assessed:
            text += (
                f"已到期或已报送的{t.assessed}项中，按时报送率{percent(t.on_time_rate)}，"
                f"报送率{percent(t.received_rate)}。"
            )
        return text

    def ranking_text(self) -> str:
        """The sentence of section 二 naming the best units and those most behind."""
        parts = []
        assessed = [u for u in self.units if u.figures.assessed]
        full = [u for u in assessed if u.figures.on_time_rate == 1.0]
        if full and len(full) == len(assessed) and len(assessed) > 1:
            parts.append("各单位已到期事项均按时报送")
        elif self.best_units and len(full) == len(self.best_units):
            parts.append(
                f"{'、'.join(self.best_units)}等{len(self.best_units)}个单位全部按时报送"
                if len(self.best_units) > 1
                else f"{self.best_units[0]}全部按时报送"
            )
        elif self.best_units:
            parts.append(f"按时报送率较高的单位是{'、'.join(self.best_units)}")
        if self.most_overdue:
            named = "、".join(f"{unit}（{count}项）" for unit, count in self.most_overdue)
            parts.append(f"逾期未报事项较多的单位是{named}")
        if not parts:
            return "本期暂无已到期事项，各单位排名待后续统计。"
        return "；".join(parts) + "。"
