"""The home page (工作台): the current quarter at a glance and what needs chasing."""

from __future__ import annotations

import datetime as dt

from creditdesk.model import OfficeSettings
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import Period, period_containing
from creditdesk.services.status import (
    NOT_YET_DUE,
    OVERDUE,
    ObligationState,
    count_states,
    obligation_states,
    states_due_between,
)
from creditdesk.services.status_types import HomeSummary as HomeSummary  # re-exported
from creditdesk.services.status_types import ObligationLine as ObligationLine

LOOK_BACK_DAYS = 400  # overdue items older than a year and a month are no longer chased here
LOOK_AHEAD_DAYS = 31


def line_of(state: ObligationState, days: int) -> ObligationLine:
    """An obligation's state as a line of the home page's lists."""
    return ObligationLine(
        state.unit,
        state.task_label,
        state.task_title,
        Period.parse(state.period).label,
        state.due_date,
        days,
        provisional=state.provisional,
        extended=state.extended,
    )


def home_summary(ctx: ServiceContext, as_of: dt.date) -> HomeSummary:
    """The current quarter's figures, all overdue items, and those due within the warning days."""
    period = period_containing(as_of, "quarterly")
    with ctx.session_factory() as session:
        settings = session.get(OfficeSettings, 1)
        warn_days = settings.due_soon_workdays if settings else 3
        calendar = load_calendar(session)
        quarter = obligation_states(session, period, as_of)
        around = states_due_between(
            session,
            as_of - dt.timedelta(days=LOOK_BACK_DAYS),
            as_of + dt.timedelta(days=LOOK_AHEAD_DAYS),
            as_of,
        )
    overdue: list[ObligationLine] = []
    due_soon: list[ObligationLine] = []
    for state in around:
        if state.state == OVERDUE:
            overdue.append(line_of(state, calendar.workdays_between(state.due_date, as_of)))
        elif state.state == NOT_YET_DUE:
            days = calendar.workdays_between(as_of, state.due_date)
            if days <= warn_days:
                due_soon.append(line_of(state, days))
    overdue.sort(key=lambda line: (-line.days, line.unit))
    due_soon.sort(key=lambda line: (line.days, line.unit))
    return HomeSummary(period.label, count_states(quarter), overdue, due_soon)
