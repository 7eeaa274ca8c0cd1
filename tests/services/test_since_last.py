"""Since last time: what fell overdue or came due while away, then marked seen or postponed."""

from __future__ import annotations

import datetime as dt

from factories import add_plan, add_task, add_units

from creditdesk.services.calendar_edit import CalendarYear, load_year, save_year
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.obligations import regenerate
from creditdesk.services.since_last import (
    changes_since,
    mark_seen,
    mark_viewed,
    postpone,
    since_last_time,
)


def _office(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        a, b = add_units(session, "甲局", "乙局")
        _, section = add_plan(session, 2025)
        add_task(session, section, "月报", "monthly", DueRule("day_of_month", day=25), [a, b])
        regenerate(session)


def test_first_look_then_only_what_changed_after_mark_seen(ctx: ServiceContext) -> None:
    _office(ctx)
    first = since_last_time(ctx, dt.datetime(2025, 7, 22, 9))
    assert first.last_seen is None
    assert {line.unit for line in first.became_due_soon} == {"甲局", "乙局"}  # July, due 7/25
    assert [c.items for c in first.notices_ready] == [6, 6]  # Jan–Jun unsent, nothing noticed yet
    mark_seen(ctx, dt.datetime(2025, 7, 22, 9))
    nothing = since_last_time(ctx, dt.datetime(2025, 7, 23, 9))
    assert nothing.became_overdue == [] and nothing.became_due_soon == []
    later = since_last_time(ctx, dt.datetime(2025, 8, 4, 9))
    assert {(line.unit, line.period_label) for line in later.became_overdue} == {
        ("甲局", "2025年7月"),
        ("乙局", "2025年7月"),
    }
    assert later.opened_periods == ["2025年8月"]


def test_postpone_hides_the_reminder_until_the_day(ctx: ServiceContext) -> None:
    _office(ctx)
    postpone(ctx, dt.date(2025, 7, 25))
    shown = since_last_time(ctx, dt.datetime(2025, 7, 22, 9))
    assert shown.postponed(dt.date(2025, 7, 22)) and not shown.postponed(dt.date(2025, 7, 25))


def test_having_seen_the_changes_moves_the_next_start_on_but_not_the_session_that_saw_them(
    ctx: ServiceContext,
) -> None:
    _office(ctx)
    opened = since_last_time(ctx, dt.datetime(2025, 8, 4, 9))
    assert opened.became_overdue  # July's reports, first look
    mark_viewed(ctx, dt.datetime(2025, 8, 4, 9, 1))
    next_start = since_last_time(ctx, dt.datetime(2025, 8, 5, 9))
    assert next_start.last_seen == dt.datetime(2025, 8, 4, 9, 1)
    assert next_start.became_overdue == [] and next_start.notices_ready  # still unsent
    same_session = changes_since(ctx, dt.datetime(2025, 8, 4, 9, 5), opened.last_seen)
    assert same_session.became_overdue == opened.became_overdue


def test_viewing_keeps_a_postponement_marking_seen_ends_it(ctx: ServiceContext) -> None:
    _office(ctx)
    postpone(ctx, dt.date(2025, 7, 25))
    mark_viewed(ctx, dt.datetime(2025, 7, 22, 9))
    assert since_last_time(ctx, dt.datetime(2025, 7, 22, 10)).postponed_until == dt.date(
        2025, 7, 25
    )
    mark_seen(ctx, dt.datetime(2025, 7, 22, 11))
    assert since_last_time(ctx, dt.datetime(2025, 7, 22, 12)).postponed_until is None


def test_entering_an_unannounced_year_settles_provisional_due_dates(ctx: ServiceContext) -> None:
    from sqlalchemy import select

    from creditdesk.model import Obligation

    with ctx.session_factory.begin() as session:
        (a,) = add_units(session, "甲局")
        _, section = add_plan(session, 2027)
        add_task(session, section, "月报", "monthly", DueRule("day_of_next_month", day=5), [a])
        regenerate(session)
        january = session.scalars(select(Obligation).where(Obligation.period == "2027-01")).one()
        # Mon–Fri guess: Fri 2027-02-05 and provisional
        assert (january.due_date, january.provisional) == (dt.date(2027, 2, 5), True)
    # the office enters the (hypothetical) 2027 notice: 2/5 is a holiday, Sun 2/7 a make-up day
    previous = save_year(
        ctx,
        CalendarYear(
            2027, frozenset({dt.date(2027, 2, 5)}), frozenset({dt.date(2027, 2, 7)}), True
        ),
    )
    assert previous == CalendarYear(2027, frozenset(), frozenset(), False)
    with ctx.session_factory() as session:
        january = session.scalars(select(Obligation).where(Obligation.period == "2027-01")).one()
        assert (january.due_date, january.provisional) == (dt.date(2027, 2, 7), False)
    save_year(ctx, previous)  # undo
    assert load_year(ctx, 2027) == previous
