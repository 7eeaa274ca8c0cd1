"""Obligations (应报事项): each task × owing unit × period, with its due date.

Generation is idempotent: it creates what is missing, moves due dates that changed, and
retires what no rule or assignment asks for any more — retiring (``active`` False) instead of
deleting whenever a submission was logged against it, so nothing the clerk entered is lost.
Lead and responsible units owe reports; supporting units (配合单位) do not.

Nothing is owed from before the plan's start (``Plan.starts_on``, its issue date unless the
clerk set another): an obligation that would fall due before it is not created. A rhythm
changed mid-year applies from ``ObligationRule.applies_from``: periods ending before that day
are neither created nor retired, so what was owed under the old rhythm stays as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from creditdesk.model import (
    Assignment,
    GroupMember,
    Obligation,
    ObligationRule,
    Plan,
    PlanNode,
    Submission,
    Unit,
    UnitGroup,
)
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.due_rules import DueRule, due_date
from creditdesk.services.periods import Period, periods_in_year
from creditdesk.services.progress import NO_PROGRESS, Progress
from creditdesk.services.workdays import WorkdayCalendar

OWING_ROLES = ("lead", "responsible")
PERIODIC = ("monthly", "quarterly", "half-yearly", "annual")


@dataclass(frozen=True)
class GenerationResult:
    """What a regeneration changed."""

    created: int = 0
    updated: int = 0
    retired: int = 0


def rule_from_row(row: ObligationRule) -> DueRule:
    """The due rule a stored obligation rule describes."""
    return DueRule(
        row.due_kind,  # type: ignore[arg-type]  # checked by DueRule itself
        n=row.due_n,
        day=row.due_day,
        month=row.due_month,
        fixed_date=row.due_date,
        roll_forward=row.roll_forward,  # type: ignore[arg-type]
    )


def apply_rule_to_row(row: ObligationRule, rule: DueRule) -> None:
    """Store a due rule's fields on an obligation-rule row."""
    row.due_kind = rule.kind
    row.due_n = rule.n
    row.due_day = rule.day
    row.due_month = rule.month
    row.due_date = rule.fixed_date
    row.roll_forward = rule.roll_forward


def owing_units(session: Session, node_id: int) -> list[int]:
    """Ids of active units that owe reports for a task, groups expanded."""
    unit_ids: set[int] = set()
    assignments = session.scalars(
        select(Assignment).where(Assignment.node_id == node_id, Assignment.role.in_(OWING_ROLES))
    )
    for assignment in assignments:
        if assignment.unit_id is not None:
            unit_ids.add(assignment.unit_id)
        elif assignment.group_id is not None:
            group = session.get(UnitGroup, assignment.group_id)
            if group is not None and group.all_units:
                unit_ids.update(session.scalars(select(Unit.id).where(Unit.active)))
            else:
                unit_ids.update(
                    session.scalars(
                        select(GroupMember.unit_id).where(
                            GroupMember.group_id == assignment.group_id
                        )
                    )
                )
    if not unit_ids:
        return []
    active = session.scalars(select(Unit.id).where(Unit.id.in_(unit_ids), Unit.active))
    return sorted(active)


def periods_for(frequency: str, year: int) -> list[Period]:
    """The reporting periods of a rhythm in a plan year ('once' reports once in the year)."""
    if frequency in PERIODIC:
        return periods_in_year(year, frequency)
    if frequency == "once":
        return [Period.for_year(year)]
    return []


def expected_obligations(
    session: Session,
    rule_row: ObligationRule,
    year: int,
    calendar: WorkdayCalendar,
    starts_on: dt.date | None = None,
) -> dict[tuple[int, str], tuple[dt.date, bool]]:
    """(unit id, period code) → (due date, provisional) a rule asks for.

    Args:
        starts_on: the plan's start; nothing falls due before it.
    """
    rule = rule_from_row(rule_row)
    if rule.kind in ("none", "after_event"):
        return {}
    periods = [p for p in periods_for(rule_row.frequency, year) if not _frozen(rule_row, p.code)]
    if not periods:
        return {}
    units = owing_units(session, rule_row.node_id)
    expected: dict[tuple[int, str], tuple[dt.date, bool]] = {}
    for period in periods:
        due = due_date(rule, period, calendar)
        if starts_on is not None and due.date < starts_on:
            continue
        for unit_id in units:
            expected[(unit_id, period.code)] = (due.date, due.provisional)
    return expected


def regenerate(
    session: Session,
    node_ids: Iterable[int] | None = None,
    progress: Progress = NO_PROGRESS,
) -> GenerationResult:
    """Bring obligations in line with rules and assignments, inside the caller's transaction.

    Args:
        session: the open transaction of the user action that changed rules or assignments.
        node_ids: only these tasks; all tasks with rules when None.
        progress: step per task; raises Cancelled to abandon (the caller rolls back).
    """
    calendar = load_calendar(session)
    query = select(ObligationRule, Plan.year, Plan.starts_on)
    query = query.join(PlanNode, PlanNode.id == ObligationRule.node_id)
    query = query.join(Plan, Plan.id == PlanNode.plan_id)
    if node_ids is not None:
        query = query.where(ObligationRule.node_id.in_(list(node_ids)))
    rules = session.execute(query).all()
    created = updated = retired = 0
    for done, (rule_row, year, starts_on) in enumerate(rules):
        progress.step(done, len(rules), "生成应报事项")
        expected = expected_obligations(session, rule_row, year, calendar, starts_on)
        existing = {
            (o.unit_id, o.period): o
            for o in session.scalars(
                select(Obligation).where(Obligation.node_id == rule_row.node_id)
            )
            if not _frozen(rule_row, o.period)
        }
        for (unit_id, period), (due, provisional) in expected.items():
            row = existing.pop((unit_id, period), None)
            if row is None:
                session.add(
                    Obligation(
                        node_id=rule_row.node_id,
                        unit_id=unit_id,
                        period=period,
                        due_date=due,
                        provisional=provisional,
                    )
                )
                created += 1
            elif (row.due_date, row.provisional, row.active) != (due, provisional, True):
                row.due_date, row.provisional, row.active = due, provisional, True
                updated += 1
        retired += _retire(session, existing.values())
    if node_ids is None:  # tasks whose rule was removed altogether
        orphans = select(Obligation).where(
            Obligation.active, Obligation.node_id.not_in(select(ObligationRule.node_id))
        )
        retired += _retire(session, session.scalars(orphans))
    progress.step(len(rules), len(rules), "生成应报事项")
    session.flush()
    return GenerationResult(created, updated, retired)


def _frozen(rule_row: ObligationRule, period_code: str) -> bool:
    """Whether a period ended before the rule's rhythm applied (kept as the old rhythm left it)."""
    if rule_row.applies_from is None:
        return False
    try:
        return Period.parse(period_code).end < rule_row.applies_from
    except ValueError:
        return False


def _retire(session: Session, rows: Iterable[Obligation]) -> int:
    count = 0
    for row in list(rows):
        logged = session.scalar(
            select(Submission.id).where(Submission.obligation_id == row.id).limit(1)
        )
        if logged is None:
            session.delete(row)
            count += 1
        elif row.active:
            row.active = False
            count += 1
    return count
