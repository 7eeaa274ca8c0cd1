"""The quarterly summary (季度通报): figures of a period, then its PDF and .xlsx.

:func:`build_report` reads the period once through :func:`status.obligation_states` and
counts it with :func:`status.count_states` — the very functions behind ``creditdesk status``
and the home page — so the summary can never disagree with them. The figures are counted as
of the day asked for, which is also the report's printed date.

What the 报表 page calls (none of it imports Qt, matplotlib, reportlab or openpyxl at import):

* ``build_report(ctx, period, as_of, notes="", number=None) -> QuarterlyReport`` — quick
  (~0.2 s for 60 units × 40 tasks); the page shows ``report.totals`` (a
  :class:`~creditdesk.output.report_data.Figures` with the five counts, ``on_time_rate`` and
  ``received_rate``), ``report.units`` (ranked :class:`UnitLine`), ``report.tasks``,
  ``report.missing``, ``report.trend``, ``report.headline()`` and ``report.ranking_text()``.
* ``creditdesk.output.report_charts.render_charts(report, dpi=96) -> ReportCharts`` — three
  PNGs (``.units``, ``.status``, ``.trend``) for QPixmap.loadFromData; run it in the worker.
* ``write_report(report, pdf_path, xlsx_path=None, progress)`` — exports exactly the report
  previewed (with the notes the clerk typed put in by ``dataclasses.replace(report,
  notes=...)`` or by building it with ``notes``); reports ``done`` 0, 1, … up to ``total``
  (5, or 6 with the workbook).
* ``export_report(ctx, period, as_of, pdf_path, xlsx_path=None, notes="", progress)`` — both
  in one job (the CLI's path); one more step. Both write through a temporary file beside the
  target and a rename: a :class:`Cancelled` from ``progress`` (raised before the last step)
  leaves no file, and an open, older file is replaced only by a complete one. A missing folder
  or a file locked by a PDF viewer is a :class:`UserError` with a Chinese message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from creditdesk import atomic_files
from creditdesk.model import PlanNode
from creditdesk.output.report_data import (
    Figures,
    MissingByUnit,
    MissingItem,
    QuarterlyReport,
    TaskLine,
    TrendLine,
    UnitLine,
)
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.context import ServiceContext
from creditdesk.services.disk_full import describe_os_error
from creditdesk.services.errors import UserError
from creditdesk.services.periods import Period, periods_in_year
from creditdesk.services.progress import NO_PROGRESS, Cancelled, Progress
from creditdesk.services.settings import load_settings, settings_row
from creditdesk.services.status import (
    OVERDUE,
    ObligationState,
    count_states,
    obligation_states,
)

__all__ = [
    "QuarterlyReport",
    "build_report",
    "default_number",
    "export_report",
    "report_title",
    "write_report",
]

BEST_FALLBACK = 3
"""Without any unit on a full on-time record, the top this many units are named."""


def report_title(place_name: str, period: Period) -> str:
    """青禾县2024年第3季度社会信用体系建设工作进展情况通报 (月/半年/年度 alike)."""
    when = f"{period.year}年度" if period.kind == "year" else period.label
    return f"{place_name}{when}社会信用体系建设工作进展情况通报"


def default_number(period: Period) -> str:
    """The issue number when the clerk gives none: 2024年第3期 (the period's index)."""
    if period.kind == "year":
        return f"{period.year}年度"
    return f"{period.year}年第{period.index}期"


def _rank_key(line: tuple[str, Figures]) -> tuple[int, float, float, str]:
    name, figures = line
    on_time, received = figures.on_time_rate, figures.received_rate
    if on_time is None or received is None:
        return (1, 0.0, 0.0, name)  # nothing assessable yet: after every ranked unit
    return (0, -on_time, -received, name)


def rank_units(by_unit: Iterable[tuple[str, Figures]]) -> tuple[UnitLine, ...]:
    """Units by on-time rate, then received rate, then name; equal rates share a rank."""
    ordered = sorted(by_unit, key=_rank_key)
    lines: list[UnitLine] = []
    for position, (name, figures) in enumerate(ordered, start=1):
        rank = position
        if (
            lines
            and _rank_key((name, figures))[:3] == _rank_key((lines[-1].unit, lines[-1].figures))[:3]
        ):
            rank = lines[-1].rank
        lines.append(UnitLine(rank, name, figures))
    return tuple(lines)


def _best(units: tuple[UnitLine, ...]) -> tuple[str, ...]:
    assessed = [u for u in units if u.figures.assessed]
    full = [u.unit for u in assessed if u.figures.on_time_rate == 1.0]
    if full:
        return tuple(full)
    return tuple(u.unit for u in assessed if u.figures.received_on_time)[:BEST_FALLBACK]


def _most_overdue(units: tuple[UnitLine, ...], threshold: int) -> tuple[tuple[str, int], ...]:
    """Units with at least ``threshold`` overdue items (通报批评), worst first."""
    return tuple(
        sorted(
            ((u.unit, u.figures.overdue) for u in units if u.figures.overdue >= threshold),
            key=lambda pair: (-pair[1], pair[0]),
        )
    )


def _praised(units: tuple[UnitLine, ...]) -> tuple[str, ...]:
    """Units whose assessed items were all received on time (通报表扬)."""
    return tuple(u.unit for u in units if u.figures.assessed and u.figures.on_time_rate == 1.0)


def _task_order(session: Session, node_ids: set[int]) -> dict[int, tuple[int, ...]]:
    """Each node's position path from its plan's root: the plan's own order."""
    if not node_ids:
        return {}
    plans = select(PlanNode.plan_id).where(PlanNode.id.in_(node_ids)).distinct()
    rows = session.execute(
        select(PlanNode.id, PlanNode.parent_id, PlanNode.position, PlanNode.plan_id).where(
            PlanNode.plan_id.in_(plans)
        )
    ).all()
    parent = {node: (up, position, plan) for node, up, position, plan in rows}

    @cache
    def path(node: int) -> tuple[int, ...]:
        up, position, plan = parent[node]
        return (*(path(up) if up is not None else (plan,)), position, node)

    return {node: path(node) for node in node_ids}


def _tasks(session: Session, states: list[ObligationState]) -> tuple[TaskLine, ...]:
    by_node: dict[int, list[ObligationState]] = {}
    for state in states:
        by_node.setdefault(state.node_id, []).append(state)
    order = _task_order(session, set(by_node))
    return tuple(
        TaskLine(rows[0].task_label, rows[0].task_title, count_states(rows))
        for _, rows in sorted(by_node.items(), key=lambda kv: order[kv[0]])
    )


@cache
def _period_label(code: str) -> str:
    try:
        return Period.parse(code).label
    except ValueError:
        return code


def _missing(
    states: list[ObligationState],
    units: tuple[UnitLine, ...],
    as_of: dt.date,
    workdays_between: Callable[[dt.date, dt.date], int],
) -> tuple[MissingByUnit, ...]:
    """Overdue items by unit; days overdue counted in working days, as on the notices."""
    by_unit: dict[str, list[MissingItem]] = {}
    for state in states:
        if state.state == OVERDUE:
            by_unit.setdefault(state.unit, []).append(
                MissingItem(
                    task_label=state.task_label,
                    task_title=state.task_title,
                    period_label=_period_label(state.period),
                    due_date=state.due_date,
                    days_overdue=workdays_between(state.due_date, as_of),
                    extended=state.extended,
                )
            )
    overdue = {u.unit: u.figures.overdue for u in units}
    return tuple(
        MissingByUnit(unit, tuple(sorted(items, key=lambda item: item.due_date)))
        for unit, items in sorted(by_unit.items(), key=lambda kv: (-overdue[kv[0]], kv[0]))
    )


def _trend(
    session: Session, period: Period, as_of: dt.date, states: list[ObligationState]
) -> tuple[TrendLine, ...]:
    lines = []
    for quarter in periods_in_year(period.year, "quarterly"):
        if quarter.start > period.end:
            break
        rows = states if quarter == period else obligation_states(session, quarter, as_of)
        lines.append(TrendLine(quarter.code, quarter.label, count_states(rows)))
    return tuple(lines)


def build_report(
    ctx: ServiceContext,
    period: Period,
    as_of: dt.date,
    notes: str = "",
    number: str | None = None,
) -> QuarterlyReport:
    """The summary of ``period`` counted as of ``as_of`` (also the date it carries).

    Args:
        notes: the clerk's paragraph, printed as section 六 (有关要求) when not blank.
        number: the issue number under the title; :func:`default_number` when ``None``.
    """
    settings = load_settings(ctx)
    with ctx.session_factory() as session:
        states = obligation_states(session, period, as_of)
        # grouped exactly as status.period_status does: by unit name, in roster order
        by_unit: dict[str, list[ObligationState]] = {}
        for state in states:
            by_unit.setdefault(state.unit, []).append(state)
        units = rank_units((name, count_states(rows)) for name, rows in by_unit.items())
        tasks = _tasks(session, states)
        trend = _trend(session, period, as_of, states)
        calendar = load_calendar(session)
        row = settings_row(session)
        threshold = max(1, row.report_criticise_overdue)
        copy_to = row.report_copy_to
        missing = _missing(states, units, as_of, calendar.workdays_between)
        session.rollback()  # settings_row may have added the row: a report writes nothing
    return QuarterlyReport(
        period_code=period.code,
        period_label=period.label,
        year=period.year,
        as_of=as_of,
        title=report_title(settings.place_name, period),
        number=default_number(period) if number is None else number,
        office_name=settings.office_name,
        place_name=settings.place_name,
        totals=count_states(states),
        units=units,
        best_units=_best(units),
        most_overdue=_most_overdue(units, threshold),
        tasks=tasks,
        missing=missing,
        trend=trend,
        notes=notes.strip(),
        praised=_praised(units),
        criticised=_most_overdue(units, threshold),
        criticise_at=threshold,
        copy_to=copy_to,
    )


# --------------------------------------------------------------------------- files


def _temp_beside(target: Path, data: bytes) -> Path:
    """``data`` in a hidden temporary file next to ``target`` (same disk, so rename is atomic).

    Opened like any new file (not with mkstemp's private 0600 mode), so the report gets the
    permissions the user's other files get.
    """
    if not target.parent.is_dir():
        raise UserError(f"文件夹不存在：{target.parent}")
    temp = atomic_files.part_path(target)
    try:
        with temp.open("xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise UserError(f"无法写入 {target}：{describe_os_error(error)}") from error
    return temp


def _put_in_place(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise UserError(
            f"无法保存 {target}：{describe_os_error(error)}"
            "（如该文件正在其他程序中打开，请关闭后重试）"
        ) from error
    atomic_files.fsync_directory(target.parent)


def write_report(
    report: QuarterlyReport,
    pdf_path: Path,
    xlsx_path: Path | None = None,
    progress: Progress = NO_PROGRESS,
) -> None:
    """Draw the charts, lay out the PDF (and the workbook) and write the files atomically.

    Nothing is written until everything is rendered; a :class:`Cancelled` raised by
    ``progress`` before then leaves no file behind, and an existing file at either path is
    replaced only by a complete one.

    Raises:
        Cancelled: ``progress`` asked to stop; no file was written.
        UserError: a target folder is missing or a file cannot be replaced.
    """
    _render_and_write(report, pdf_path, xlsx_path, progress, 0, _steps(xlsx_path))


def _steps(xlsx_path: Path | None) -> int:
    return 5 + (xlsx_path is not None)  # 3 charts, PDF, [xlsx], write; then done == total


def _render_and_write(
    report: QuarterlyReport,
    pdf_path: Path,
    xlsx_path: Path | None,
    progress: Progress,
    done: int,
    total: int,
) -> None:
    from creditdesk.output import report_charts, report_pdf
    from creditdesk.output.fonts import load_fonts

    charts = []
    for chart_done, (text, draw) in enumerate(
        (
            ("绘制各单位报送率图", report_charts.unit_chart),
            ("绘制报送状态构成图", report_charts.status_chart),
            ("绘制季度趋势图", report_charts.trend_chart),
        )
    ):
        progress.step(done + chart_done, total, text)
        charts.append(draw(report))
    done += 3
    progress.step(done, total, "排版 PDF")
    drawn = report_charts.ReportCharts(*charts)
    pdf = report_pdf.render_report_pdf(report, drawn, load_fonts())
    done += 1
    outputs = [(pdf, Path(pdf_path))]
    if xlsx_path is not None:
        from creditdesk.output import report_xlsx

        progress.step(done, total, "生成 Excel 表格")
        outputs.append((report_xlsx.render_report_xlsx(report, drawn), Path(xlsx_path)))
        done += 1
    progress.step(done, total, "写入文件")  # the last chance to cancel
    temps: list[tuple[Path, Path]] = []
    try:
        for data, target in outputs:
            temps.append((_temp_beside(target, data), target))
        for temp, target in temps:
            _put_in_place(temp, target)
    finally:
        for temp, _ in temps:
            temp.unlink(missing_ok=True)
    with contextlib.suppress(Cancelled):  # too late to stop: the files are complete and in place
        progress.step(total, total, "完成")


def export_report(
    ctx: ServiceContext,
    period: Period,
    as_of: dt.date,
    pdf_path: Path,
    xlsx_path: Path | None = None,
    notes: str = "",
    progress: Progress = NO_PROGRESS,
    number: str | None = None,
) -> QuarterlyReport:
    """Build the summary of ``period`` as of ``as_of`` and write its PDF (and .xlsx).

    Returns the report written, so the caller can show its figures.

    Raises:
        Cancelled: ``progress`` asked to stop; no file was written.
        UserError: a target folder is missing or a file cannot be replaced.
    """
    total = 1 + _steps(xlsx_path)
    progress.step(0, total, "统计报送情况")
    report = build_report(ctx, period, as_of, notes, number)
    _render_and_write(report, Path(pdf_path), xlsx_path and Path(xlsx_path), progress, 1, total)
    return report
