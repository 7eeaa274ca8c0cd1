"""Where each obligation stands on a given day: on time, late, overdue or not yet due.

A period means the work period (报送期间): 2024Q3 holds what units owe for July–September (the
monthly items of July, August and September, the Q3 item, half-yearly and annual items whose
period ends then), whenever they fall due, judged as of the day asked; a one-off item (一次性)
counts in the period its due date falls in. A submission counts once it was received on or
before the day asked about and was neither judged 不合格 (rejected) nor returned for more
material (退回补充: outstanding until the unit hands in again); an extension (延期) replaces
the due date. The figures here feed the home page, the status command, the quarter matrix and
the quarterly summary alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from creditdesk.model import Obligation, ObligationRule, PlanNode, Submission, Unit
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import Period, work_period_codes
from creditdesk.services.status_types import StatusCounts as StatusCounts  # re-exported

ON_TIME = "received_on_time"
LATE = "received_late"
OVERDUE = "overdue"
NOT_YET_DUE = "not_yet_due"
NOT_RECEIVED = ("rejected", "returned")
"""Review states (不合格, 退回补充) under which a submission does not count as received."""


@dataclass(frozen=True)
class UnitStatus:
    """One unit's counts in a period."""

    unit: str
    counts: StatusCounts


@dataclass(frozen=True)
class PeriodStatus:
    """A period's state as of a day, overall and per unit."""

    period_code: str
    period_label: str
    as_of: dt.date
    totals: StatusCounts
    units: list[UnitStatus]

    def as_contract(self) -> dict[str, Any]:
        """The JSON shape of ``creditdesk status --json`` (ARCHITECTURE.md)."""
        return {
            "period": self.period_code,
            "as_of": self.as_of.isoformat(),
            "totals": self.totals.as_dict(),
            "units": [{"unit": u.unit, **u.counts.as_dict()} for u in self.units],
        }


@dataclass(frozen=True)
class ObligationState:
    """One obligation with its effective due date, first receipt and state."""

    obligation_id: int
    unit_id: int
    unit: str
    node_id: int
    task_label: str
    task_title: str
    period: str
    due_date: dt.date
    extended: bool
    provisional: bool
    received_on: dt.date | None
    state: str


def classify(due: dt.date, received_on: dt.date | None, as_of: dt.date) -> str:
    """The state of one obligation."""
    if received_on is not None:
        return ON_TIME if received_on <= due else LATE
    return OVERDUE if as_of > due else NOT_YET_DUE


def in_work_period(period: Period) -> ColumnElement[bool]:
    """The condition for an obligation to belong to the work period ``period``."""
    one_off = ObligationRule.frequency == "once"
    by_due = and_(Obligation.due_date >= period.start, Obligation.due_date <= period.end)
    return or_(
        and_(one_off, by_due),
        and_(
            or_(ObligationRule.frequency.is_(None), ~one_off),
            Obligation.period.in_(sorted(work_period_codes(period))),
        ),
    )


def obligation_states(
    session: Session, period: Period, as_of: dt.date, unit_id: int | None = None
) -> list[ObligationState]:
    """Every active obligation of the work period ``period`` with its state as of a day."""
    return _states(session, in_work_period(period), as_of, unit_id)


def states_due_between(
    session: Session,
    first: dt.date,
    last: dt.date,
    as_of: dt.date,
    unit_id: int | None = None,
) -> list[ObligationState]:
    """Every active obligation originally due from ``first`` to ``last``, with its state.

    For chasing (notices, the home page's overdue list), where the due date matters, not the
    work period.
    """
    due = and_(Obligation.due_date >= first, Obligation.due_date <= last)
    return _states(session, due, as_of, unit_id)


def _states(
    session: Session,
    condition: ColumnElement[bool],
    as_of: dt.date,
    unit_id: int | None,
) -> list[ObligationState]:
    first_receipt = (
        select(func.min(Submission.received_on))
        .where(
            Submission.obligation_id == Obligation.id,
            Submission.review_state.not_in(NOT_RECEIVED),
            Submission.received_on <= as_of,
        )
        .correlate(Obligation)
        .scalar_subquery()
    )
    query = (
        select(
            Obligation.id,
            Obligation.unit_id,
            Unit.name,
            Obligation.node_id,
            PlanNode.label,
            PlanNode.title,
            Obligation.period,
            Obligation.due_date,
            Obligation.extended_to,
            Obligation.provisional,
            first_receipt,
        )
        .join(Unit, Unit.id == Obligation.unit_id)
        .join(PlanNode, PlanNode.id == Obligation.node_id)
        .outerjoin(ObligationRule, ObligationRule.node_id == Obligation.node_id)
        .where(Obligation.active, condition)
        .order_by(Unit.position, Unit.name, PlanNode.id, Obligation.period)
    )
    if unit_id is not None:
        query = query.where(Obligation.unit_id == unit_id)
    states = []
    # plain columns, not ORM entities: a quarter of a large office is thousands of rows
    for (
        obligation_id,
        owner_id,
        unit_name,
        node_id,
        label,
        title,
        period,
        original_due,
        extended_to,
        provisional,
        received,
    ) in session.execute(query):
        due = extended_to or original_due
        states.append(
            ObligationState(
                obligation_id=obligation_id,
                unit_id=owner_id,
                unit=unit_name,
                node_id=node_id,
                task_label=label,
                task_title=title,
                period=period,
                due_date=due,
                extended=extended_to is not None,
                provisional=provisional,
                received_on=received,
                state=classify(due, received, as_of),
            )
        )
    return states


def count_states(states: list[ObligationState]) -> StatusCounts:
    """Totals of a list of obligation states."""
    tally = {ON_TIME: 0, LATE: 0, OVERDUE: 0, NOT_YET_DUE: 0}
    for state in states:
        tally[state.state] += 1
    return StatusCounts(due=len(states), **tally)


def period_status(ctx: ServiceContext, period: Period, as_of: dt.date) -> PeriodStatus:
    """The period's figures overall and per unit, as of a day."""
    with ctx.session_factory() as session:
        states = obligation_states(session, period, as_of)
    by_unit: dict[str, list[ObligationState]] = {}
    for state in states:
        by_unit.setdefault(state.unit, []).append(state)
    return PeriodStatus(
        period_code=period.code,
        period_label=period.label,
        as_of=as_of,
        totals=count_states(states),
        units=[UnitStatus(unit, count_states(rows)) for unit, rows in by_unit.items()],
    )
