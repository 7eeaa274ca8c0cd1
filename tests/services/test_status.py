"""Period status: each obligation classified as a clerk would, counted per unit."""

from __future__ import annotations

import datetime as dt

from factories import add_plan, add_task, add_units
from sqlalchemy import select

from creditdesk.model import Obligation, Submission
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.obligations import regenerate
from creditdesk.services.periods import Period
from creditdesk.services.status import obligation_states, period_status


def _receive(session, obligation: Obligation, day: dt.date, state: str = "accepted") -> None:  # type: ignore[no-untyped-def]
    session.add(
        Submission(
            unit_id=obligation.unit_id,
            node_id=obligation.node_id,
            obligation_id=obligation.id,
            period=obligation.period,
            received_on=day,
            review_state=state,
            created_at=dt.datetime.combine(day, dt.time(9)),
        )
    )


def test_hand_built_quarter_counts_on_time_late_overdue_and_not_yet_due(
    ctx: ServiceContext,
) -> None:
    with ctx.session_factory.begin() as session:
        a, b, c, d = add_units(session, "甲局", "乙局", "丙局", "丁局")
        _, section = add_plan(session, 2025)
        add_task(
            session, section, "月报", "monthly", DueRule("day_of_next_month", day=5), [a, b, c, d]
        )
        regenerate(session)
        due = {(o.unit_id, o.period): o for o in session.scalars(select(Obligation))}
        # September's report is due 2025-10-09 (10/5 is in the National Day holiday; rolled forward)
        assert due[(a.id, "2025-09")].due_date == dt.date(2025, 10, 9)
        _receive(session, due[(a.id, "2025-09")], dt.date(2025, 10, 9))  # on the day: on time
        _receive(session, due[(b.id, "2025-09")], dt.date(2025, 10, 10))  # a day late
        _receive(session, due[(c.id, "2025-09")], dt.date(2025, 10, 2), "rejected")  # 不合格
        # d sent nothing
    # the Q3 work period: July, August and September of each unit, whenever due
    status = period_status(ctx, Period.parse("2025Q3"), dt.date(2025, 10, 20))
    by_unit = {u.unit: u.counts for u in status.units}
    assert (by_unit["甲局"].received_on_time, by_unit["甲局"].overdue) == (1, 2)
    assert by_unit["乙局"].received_late == 1
    assert by_unit["丙局"].overdue == 3  # a rejected submission does not count as received
    assert by_unit["丁局"].overdue == 3
    contract = status.as_contract()
    assert contract["period"] == "2025Q3" and contract["as_of"] == "2025-10-20"
    assert contract["totals"] == {
        "due": 12,
        "received_on_time": 1,
        "received_late": 1,
        "overdue": 10,
        "not_yet_due": 0,
    }
    # October–December reports fall due from November on: Q4 holds nothing overdue yet
    q4 = period_status(ctx, Period.parse("2025Q4"), dt.date(2025, 10, 20)).totals
    assert (q4.due, q4.not_yet_due) == (12, 12)


def test_submission_after_the_as_of_day_is_not_yet_counted(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        (a,) = add_units(session, "甲局")
        _, section = add_plan(session, 2025)
        add_task(session, section, "季报", "quarterly", DueRule("after_period_end", n=5), [a])
        regenerate(session)
        q2 = session.scalars(select(Obligation).where(Obligation.period == "2025Q2")).one()
        _receive(session, q2, dt.date(2025, 7, 20))
    early = period_status(ctx, Period.parse("2025Q2"), dt.date(2025, 7, 15)).totals
    later = period_status(ctx, Period.parse("2025Q2"), dt.date(2025, 7, 21)).totals
    assert (early.overdue, early.received_late) == (1, 0)
    assert (later.overdue, later.received_late) == (0, 1)


def test_extension_replaces_the_due_date(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        (a,) = add_units(session, "甲局")
        _, section = add_plan(session, 2025)
        add_task(session, section, "季报", "quarterly", DueRule("after_period_end", n=5), [a])
        regenerate(session)
        q2 = session.scalars(select(Obligation).where(Obligation.period == "2025Q2")).one()
        q2.extended_to = dt.date(2025, 7, 31)
        q2.extension_reason = "系统故障，申请延期"
    totals = period_status(ctx, Period.parse("2025Q2"), dt.date(2025, 7, 20)).totals
    assert (totals.overdue, totals.not_yet_due) == (0, 1)


def test_a_returned_submission_stays_outstanding_until_the_unit_hands_in_again(
    ctx: ServiceContext,
) -> None:
    """退回补充 is not a receipt: the item is overdue until the resubmission, then late."""
    with ctx.session_factory.begin() as session:
        (a,) = add_units(session, "甲局")
        _, section = add_plan(session, 2025)
        add_task(session, section, "季报", "quarterly", DueRule("after_period_end", n=5), [a])
        regenerate(session)
        q2 = session.scalars(select(Obligation).where(Obligation.period == "2025Q2")).one()
        _receive(session, q2, dt.date(2025, 7, 3), "returned")
        _receive(session, q2, dt.date(2025, 7, 15), "pending")
    before = period_status(ctx, Period.parse("2025Q2"), dt.date(2025, 7, 14)).totals
    after = period_status(ctx, Period.parse("2025Q2"), dt.date(2025, 7, 16)).totals
    assert (before.overdue, before.received_on_time) == (1, 0)
    assert (after.overdue, after.received_late) == (0, 1)


def test_work_periods_hold_every_rhythm_that_ends_in_them(ctx: ServiceContext) -> None:
    """December holds the monthly, Q4, 下半年 and annual items; a one-off counts when due."""
    with ctx.session_factory.begin() as session:
        (a,) = add_units(session, "甲局")
        _, section = add_plan(session, 2025)
        for title, frequency in (("月报", "monthly"), ("季报", "quarterly")):
            add_task(session, section, title, frequency, DueRule("after_period_end", n=5), [a])
        add_task(session, section, "半年", "half-yearly", DueRule("after_period_end", n=10), [a])
        add_task(session, section, "年报", "annual", DueRule("after_period_end", n=10), [a])
        add_task(
            session,
            section,
            "一次性",
            "once",
            DueRule("fixed_date", fixed_date=dt.date(2025, 5, 30)),
            [a],
        )
        regenerate(session)
    as_of = dt.date(2026, 3, 1)

    def periods(code: str) -> list[str]:
        with ctx.session_factory() as session:
            return sorted(s.period for s in obligation_states(session, Period.parse(code), as_of))

    assert periods("2025-12") == ["2025", "2025-12", "2025H2", "2025Q4"]
    assert periods("2025Q2") == ["2025", "2025-04", "2025-05", "2025-06", "2025H1", "2025Q2"]
    assert periods("2025-05") == ["2025", "2025-05"]  # the one-off, due 30 May
    assert len(periods("2025")) == 12 + 4 + 2 + 1 + 1
