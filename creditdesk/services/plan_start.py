"""A plan's start (起始日期): the day from which its obligations count.

An office imports its plan weeks after the year began; without a start, every monthly and
quarterly item from January on would be overdue the moment the plan is saved. The start
defaults to the issue date read from the document (成文日期), else the import day, and the clerk
can move it: every obligation of the plan that would fall due before it is left out.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from creditdesk.model import Plan, PlanNode
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import NotFoundError
from creditdesk.services.obligations import GenerationResult, regenerate


def plan_start(ctx: ServiceContext, plan_id: int) -> dt.date | None:
    """The plan's start; None for a plan saved before starts existed (the whole year counts)."""
    with ctx.session_factory() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise NotFoundError("该工作要点已不存在。")
        return plan.starts_on


def set_plan_start(
    ctx: ServiceContext, plan_id: int, starts_on: dt.date | None
) -> tuple[dt.date | None, GenerationResult]:
    """Move a plan's start and regenerate its obligations, in one audited transaction.

    Returns:
        The previous start (for the undo, which is another call of this function) and what
        the regeneration changed.
    """
    with ctx.session_factory.begin() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise NotFoundError("该工作要点已不存在。")
        old = plan.starts_on
        plan.starts_on = starts_on
        session.flush()
        nodes = list(session.scalars(select(PlanNode.id).where(PlanNode.plan_id == plan_id)))
        result = regenerate(session, nodes)
        audit.record(
            session,
            ctx,
            "修改工作要点起始日期",
            "plan",
            plan_id,
            {"starts_on": None if old is None else old.isoformat()},
            {"starts_on": None if starts_on is None else starts_on.isoformat()},
        )
    return old, result
