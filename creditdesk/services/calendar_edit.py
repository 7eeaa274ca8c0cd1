"""Editing the office's calendar for a year: holidays and make-up working days (调休上班).

For years the official data does not cover yet, the office enters the State Council's notice
itself; saving recomputes every due date, so provisional ones settle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select

from creditdesk.model import AnnouncedYear, CalendarOverride
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.obligations import regenerate
from creditdesk.services.progress import NO_PROGRESS, Progress


@dataclass(frozen=True)
class CalendarYear:
    """The office's entries for one year."""

    year: int
    holidays: frozenset[dt.date]
    makeup_workdays: frozenset[dt.date]
    announced: bool


def load_year(ctx: ServiceContext, year: int) -> CalendarYear:
    """The office's holidays, make-up days and announced mark for a year."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with ctx.session_factory() as session:
        rows = session.scalars(
            select(CalendarOverride).where(
                CalendarOverride.day >= first, CalendarOverride.day <= last
            )
        ).all()
        announced = session.get(AnnouncedYear, year) is not None
    return CalendarYear(
        year,
        frozenset(r.day for r in rows if not r.is_workday),
        frozenset(r.day for r in rows if r.is_workday),
        announced,
    )


def save_year(
    ctx: ServiceContext, entries: CalendarYear, progress: Progress = NO_PROGRESS
) -> CalendarYear:
    """Replace a year's entries and recompute every due date (provisional ones may settle).

    Returns:
        The entries as they were, for the undo.

    Raises:
        UserError: a day is both a holiday and a make-up day, or lies outside the year.
    """
    both = entries.holidays & entries.makeup_workdays
    if both:
        day = min(both)
        raise UserError(f"{day.month}月{day.day}日不能既是放假日又是调休上班日。")
    outside = [d for d in entries.holidays | entries.makeup_workdays if d.year != entries.year]
    if outside:
        raise UserError(f"{min(outside).isoformat()} 不在 {entries.year} 年内。")
    previous = load_year(ctx, entries.year)
    first, last = dt.date(entries.year, 1, 1), dt.date(entries.year, 12, 31)
    with ctx.session_factory.begin() as session:
        session.execute(
            delete(CalendarOverride).where(
                CalendarOverride.day >= first, CalendarOverride.day <= last
            )
        )
        session.add_all(
            CalendarOverride(day=d, is_workday=False, note="放假") for d in entries.holidays
        )
        session.add_all(
            CalendarOverride(day=d, is_workday=True, note="调休上班")
            for d in entries.makeup_workdays
        )
        marked = session.get(AnnouncedYear, entries.year)
        if entries.announced and marked is None:
            session.add(AnnouncedYear(year=entries.year, entered_at=ctx.clock.now()))
        elif not entries.announced and marked is not None:
            session.delete(marked)
        session.flush()
        result = regenerate(session, progress=progress)
        audit.record(
            session,
            ctx,
            "修改工作日历",
            "calendar",
            entries.year,
            _year_json(previous),
            _year_json(entries) | {"updated_due_dates": result.updated},
        )
    return previous


def _year_json(entries: CalendarYear) -> dict[str, object]:
    return {
        "holidays": sorted(d.isoformat() for d in entries.holidays),
        "makeup_workdays": sorted(d.isoformat() for d in entries.makeup_workdays),
        "announced": entries.announced,
    }
