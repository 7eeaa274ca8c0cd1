"""The quarter matrix colours each unit × task cell for a hand-built case."""

from __future__ import annotations

import datetime as dt

from factories import add_plan, add_task, add_units
from sqlalchemy import select

from creditdesk.model import Obligation, Submission
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.matrix import DUE_SOON, quarter_matrix
from creditdesk.services.obligations import regenerate
from creditdesk.services.periods import Period
from creditdesk.services.status import LATE, NOT_YET_DUE, ON_TIME, OVERDUE


def test_cells_show_on_time_late_overdue_due_soon_and_not_yet_due(ctx: ServiceContext) -> None:
    """A quarter's matrix holds its work period: the Q2 reports due in July count in Q2."""
    with ctx.session_factory.begin() as session:
        a, b, c, d = add_units(session, "甲局", "乙局", "丙局", "丁局")
        _, section = add_plan(session, 2025)
        quarterly = add_task(
            session, section, "季报", "quarterly", DueRule("after_period_end", n=5), [a, b, c]
        )
        monthly = add_task(
            session, section, "月报", "monthly", DueRule("day_of_month", day=25), [d]
        )
        regenerate(session)
        q3 = {
            o.unit_id: o
            for o in session.scalars(select(Obligation).where(Obligation.period == "2025Q2"))
        }
        # Q2's report is due 2025-07-07 (6/30 + 5 working days)
        assert q3[a.id].due_date == dt.date(2025, 7, 7)
        for unit, day in ((a, dt.date(2025, 7, 4)), (b, dt.date(2025, 7, 9))):
            session.add(
                Submission(
                    unit_id=unit.id,
                    node_id=quarterly.id,
                    obligation_id=q3[unit.id].id,
                    period="2025Q2",
                    received_on=day,
                    created_at=dt.datetime(2025, 7, 9),
                )
            )
    as_of = dt.date(2025, 7, 22)  # Tue; the July monthly report is due Fri 7/25: 3 working days
    q2 = quarter_matrix(ctx, Period.parse("2025Q2"), as_of)
    state = {(u, t): cell.state for (u, t), cell in q2.cells.items()}
    assert state[(a.id, quarterly.id)] == ON_TIME
    assert state[(b.id, quarterly.id)] == LATE
    assert state[(c.id, quarterly.id)] == OVERDUE
    assert state[(d.id, monthly.id)] == OVERDUE  # April–June monthly reports, all past due
    assert q2.column_counts[quarterly.id].overdue == 1
    assert q2.row_counts[a.id].received_on_time == 1
    matrix = quarter_matrix(ctx, Period.parse("2025Q3"), as_of)
    state = {(u, t): cell.state for (u, t), cell in matrix.cells.items()}
    assert state[(a.id, quarterly.id)] == NOT_YET_DUE  # the Q3 report falls due in October
    assert state[(d.id, monthly.id)] == DUE_SOON  # July due soon dominates Aug/Sep not yet due
    assert len(matrix.cells[(d.id, monthly.id)].obligations) == 3
    later = quarter_matrix(ctx, Period.parse("2025Q3"), dt.date(2025, 7, 10))
    assert later.cells[(d.id, monthly.id)].state == NOT_YET_DUE
    assert [u.name for u in matrix.units] == ["甲局", "乙局", "丙局", "丁局"]
