"""Since last time (自上次以来): what changed while the clerk was away, handled in one pass.

In the spirit of GnuCash's "Since Last Run": on opening, the clerk sees the periods that
opened, the obligations that fell overdue or came due soon, and the units a notice could go
to; then marks it all seen, or postpones the reminder to a later day. Seeing it is enough:
once the changes have been on screen (:func:`mark_viewed`, called by the home page after a
few seconds in view or when the program closes) the next start looks only at what changed
after that, while the session that showed them keeps its own starting point
(:func:`changes_since`), so the panel does not empty itself under the clerk's eyes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from creditdesk.model import ClerkState, Notice, NoticeItem, OfficeSettings
from creditdesk.services import audit
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.context import ServiceContext
from creditdesk.services.overview import LOOK_BACK_DAYS, ObligationLine, line_of
from creditdesk.services.periods import periods_in_year
from creditdesk.services.status import NOT_YET_DUE, OVERDUE, states_due_between


@dataclass(frozen=True)
class NoticeCandidate:
    """A unit with overdue items that no notice has listed yet."""

    unit_id: int
    unit: str
    items: int


@dataclass(frozen=True)
class SinceLastTime:
    """Everything that changed since the clerk last marked it seen."""

    last_seen: dt.datetime | None
    postponed_until: dt.date | None
    opened_periods: list[str] = field(default_factory=list)
    became_overdue: list[ObligationLine] = field(default_factory=list)
    became_due_soon: list[ObligationLine] = field(default_factory=list)
    notices_ready: list[NoticeCandidate] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.opened_periods or self.became_overdue or self.became_due_soon or self.notices_ready
        )

    def postponed(self, today: dt.date) -> bool:
        """Whether the clerk asked not to be reminded before a later day."""
        return self.postponed_until is not None and today < self.postponed_until


def _opened(since: dt.date, today: dt.date) -> list[str]:
    opened = []
    for year in range(since.year, today.year + 1):
        for frequency in ("quarterly", "monthly"):
            for period in periods_in_year(year, frequency):
                if since < period.start <= today:
                    opened.append(period.label)
    return opened


def since_last_time(ctx: ServiceContext, now: dt.datetime) -> SinceLastTime:
    """What changed for this clerk since the last "mark seen" (everything open, the first time)."""
    with ctx.session_factory() as session:
        state = session.get(ClerkState, ctx.user)
        last_seen = state.last_seen_at if state else None
        postponed_until = state.postponed_until if state else None
    return changes_since(ctx, now, last_seen, postponed_until)


def changes_since(
    ctx: ServiceContext,
    now: dt.datetime,
    last_seen: dt.datetime | None,
    postponed_until: dt.date | None = None,
) -> SinceLastTime:
    """What changed since ``last_seen`` (None: the first look, everything open).

    The home page passes the starting point it showed first, so a reload in the same session
    still lists what the clerk is handling after :func:`mark_viewed` moved the stored one on.
    """
    today = now.date()
    with ctx.session_factory() as session:
        settings = session.get(OfficeSettings, 1)
        warn = settings.due_soon_workdays if settings else 3
        calendar = load_calendar(session)
        states = states_due_between(
            session, today - dt.timedelta(days=LOOK_BACK_DAYS), today + dt.timedelta(days=31), today
        )
        listed = set(
            session.scalars(
                select(NoticeItem.obligation_id)
                .join(Notice, Notice.id == NoticeItem.notice_id)
                .where(Notice.state != "void", NoticeItem.obligation_id.is_not(None))
            )
        )
    since = last_seen.date() if last_seen else today - dt.timedelta(days=LOOK_BACK_DAYS)
    overdue: list[ObligationLine] = []
    due_soon: list[ObligationLine] = []
    candidates: dict[int, NoticeCandidate] = {}
    for s in states:
        if s.state == OVERDUE:
            if s.due_date >= since:
                overdue.append(line_of(s, calendar.workdays_between(s.due_date, today)))
            if s.obligation_id not in listed:
                old = candidates.get(s.unit_id, NoticeCandidate(s.unit_id, s.unit, 0))
                candidates[s.unit_id] = NoticeCandidate(s.unit_id, s.unit, old.items + 1)
        elif s.state == NOT_YET_DUE:
            left = calendar.workdays_between(today, s.due_date)
            was_far = last_seen is None or calendar.workdays_between(since, s.due_date) > warn
            if left <= warn and was_far:
                due_soon.append(line_of(s, left))
    return SinceLastTime(
        last_seen=last_seen,
        postponed_until=postponed_until,
        opened_periods=_opened(since, today) if last_seen else [],
        became_overdue=sorted(overdue, key=lambda line: (-line.days, line.unit)),
        became_due_soon=sorted(due_soon, key=lambda line: (line.days, line.unit)),
        notices_ready=sorted(candidates.values(), key=lambda c: (-c.items, c.unit)),
    )


def _update_state(ctx: ServiceContext, action: str, **changes: object) -> None:
    with ctx.session_factory.begin() as session:
        state = session.get(ClerkState, ctx.user)
        before = None if state is None else audit.snapshot(state)
        if state is None:
            state = ClerkState(user=ctx.user)
            session.add(state)
        for key, value in changes.items():
            setattr(state, key, value)
        session.flush()
        audit.record(session, ctx, action, "clerk_state", ctx.user, before, audit.snapshot(state))


def mark_seen(ctx: ServiceContext, now: dt.datetime) -> None:
    """The clerk has handled everything shown; next time starts from ``now``."""
    _update_state(ctx, "标记已阅", last_seen_at=now, postponed_until=None)


def mark_viewed(ctx: ServiceContext, now: dt.datetime) -> None:
    """The clerk has had the changes on screen; the next start shows only later ones.

    Unlike :func:`mark_seen` it keeps a postponement: the clerk who chose 稍后提醒 has not
    looked at anything.
    """
    _update_state(ctx, "已查看自上次以来的变化", last_seen_at=now)


def postpone(ctx: ServiceContext, until: dt.date) -> None:
    """Do not show the changes again before ``until`` (they stay unseen)."""
    _update_state(ctx, "稍后提醒", postponed_until=until)
