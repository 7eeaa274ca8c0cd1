"""The task tree (任务) of the current plan, with each node's units by role."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from creditdesk.model import Assignment, Plan, PlanNode, Unit, UnitGroup
from creditdesk.services.context import ServiceContext


@dataclass
class TaskNode:
    """A section, task or item as the task page shows it."""

    id: int
    kind: str
    label: str
    title: str
    text: str
    frequency: str | None
    deadline: str | None
    lead_units: list[str] = field(default_factory=list)
    responsible_units: list[str] = field(default_factory=list)
    supporting_units: list[str] = field(default_factory=list)
    children: list[TaskNode] = field(default_factory=list)


def current_plan(session: Session) -> Plan | None:
    """The plan of the latest year (the one the clerk works on)."""
    return session.scalar(select(Plan).order_by(Plan.year.desc(), Plan.id.desc()).limit(1))


def current_plan_title(ctx: ServiceContext) -> str | None:
    """Title of the current plan, if one was imported."""
    with ctx.session_factory() as session:
        plan = current_plan(session)
        return plan.title if plan else None


def load_task_tree(ctx: ServiceContext) -> list[TaskNode]:
    """The current plan's nodes as a tree, siblings in document order."""
    with ctx.session_factory() as session:
        plan = current_plan(session)
        if plan is None:
            return []
        rows = session.scalars(
            select(PlanNode)
            .where(PlanNode.plan_id == plan.id)
            .order_by(PlanNode.position, PlanNode.id)
        ).all()
        names = session.execute(
            select(Assignment.node_id, Assignment.role, Unit.name, UnitGroup.name)
            .join(PlanNode, PlanNode.id == Assignment.node_id)
            .outerjoin(Unit, Unit.id == Assignment.unit_id)
            .outerjoin(UnitGroup, UnitGroup.id == Assignment.group_id)
            .where(PlanNode.plan_id == plan.id)
            .order_by(Assignment.id)
        ).all()
    nodes = {
        row.id: TaskNode(
            row.id, row.kind, row.label, row.title, row.text, row.frequency, row.deadline
        )
        for row in rows
    }
    for node_id, role, unit_name, group_name in names:
        target = {
            "lead": nodes[node_id].lead_units,
            "responsible": nodes[node_id].responsible_units,
        }.get(role, nodes[node_id].supporting_units)
        target.append(unit_name or group_name or "")
    roots: list[TaskNode] = []
    for row in rows:
        parent = nodes.get(row.parent_id) if row.parent_id is not None else None
        (parent.children if parent else roots).append(nodes[row.id])
    return roots


def current_plan_ref(ctx: ServiceContext) -> tuple[int, str] | None:
    """The current plan's id and title, or None before the first import."""
    with ctx.session_factory() as session:
        plan = current_plan(session)
        return None if plan is None else (plan.id, plan.title)
