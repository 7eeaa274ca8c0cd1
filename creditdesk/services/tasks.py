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


@dataclass(frozen=True)
class PlanTasks:
    """What the 任务 page lists: the current plan (None before the first import) and its tree.

    Attributes:
        plan_id: the current plan's id.
        title: its title, shown above the tree.
        tree: its sections, tasks and items, siblings in document order.
    """

    plan_id: int | None
    title: str | None
    tree: list[TaskNode]

    @property
    def task_count(self) -> int:
        """How many tasks the tree holds (共N项任务; sections and items not counted)."""
        return count_tasks(self.tree)


def count_tasks(nodes: list[TaskNode]) -> int:
    """How many nodes of kind 'task' the tree holds (sections and items not counted)."""
    return sum((node.kind == "task") + count_tasks(node.children) for node in nodes)


def load_plan_tasks(ctx: ServiceContext) -> PlanTasks:
    """The current plan's id, title and task tree, read in one transaction.

    One read, so the title and the tree never come from two different plans when another
    clerk imports a plan meanwhile (the page's background job calls this).
    """
    with ctx.session_factory() as session:
        plan = current_plan(session)
        if plan is None:
            return PlanTasks(None, None, [])
        return PlanTasks(plan.id, plan.title, _task_tree(session, plan.id))


def load_task_tree(ctx: ServiceContext) -> list[TaskNode]:
    """The current plan's nodes as a tree, siblings in document order."""
    with ctx.session_factory() as session:
        plan = current_plan(session)
        return [] if plan is None else _task_tree(session, plan.id)


def _task_tree(session: Session, plan_id: int) -> list[TaskNode]:
    rows = session.scalars(
        select(PlanNode).where(PlanNode.plan_id == plan_id).order_by(PlanNode.position, PlanNode.id)
    ).all()
    names = session.execute(
        select(Assignment.node_id, Assignment.role, Unit.name, UnitGroup.name)
        .join(PlanNode, PlanNode.id == Assignment.node_id)
        .outerjoin(Unit, Unit.id == Assignment.unit_id)
        .outerjoin(UnitGroup, UnitGroup.id == Assignment.group_id)
        .where(PlanNode.plan_id == plan_id)
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
