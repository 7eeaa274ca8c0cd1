"""The office's working-day calendar as stored in the workspace (overrides, announced years)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from creditdesk.model import AnnouncedYear, CalendarOverride
from creditdesk.services.context import ServiceContext
from creditdesk.services.workdays import WorkdayCalendar


def load_calendar(session: Session) -> WorkdayCalendar:
    """The calendar with the office's make-up days and holidays applied."""
    overrides = {row.day: row.is_workday for row in session.scalars(select(CalendarOverride))}
    announced = list(session.scalars(select(AnnouncedYear.year)))
    return WorkdayCalendar(overrides, announced_years=announced)


def workday_calendar(ctx: ServiceContext) -> WorkdayCalendar:
    """The office's calendar as stored now, for a view that previews due dates."""
    with ctx.session_factory() as session:
        return load_calendar(session)
