"""Small builders of workspace rows for tests (units, a plan with tasks and rules)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from creditdesk.model import Assignment, ObligationRule, Plan, PlanNode, Unit, UnitGroup
from creditdesk.services.due_rules import DueRule
from creditdesk.services.obligations import apply_rule_to_row


def add_units(session: Session, *names: str, category: str = "县直部门") -> list[Unit]:
    """Active units with the given names, in that roster order."""
    units = [Unit(name=name, category=category, position=i) for i, name in enumerate(names)]
    session.add_all(units)
    session.flush()
    return units


def add_plan(session: Session, year: int, title: str = "工作要点") -> tuple[Plan, PlanNode]:
    """A plan with one section; returns the plan and the section."""
    plan = Plan(year=year, title=f"{year}年{title}")
    session.add(plan)
    session.flush()
    section = PlanNode(plan_id=plan.id, kind="section", label="一、", title="信息归集", position=0)
    session.add(section)
    session.flush()
    return plan, section


def add_task(
    session: Session,
    section: PlanNode,
    title: str,
    frequency: str,
    rule: DueRule,
    lead: Sequence[Unit | UnitGroup] = (),
    responsible: Sequence[Unit | UnitGroup] = (),
    supporting: Sequence[Unit | UnitGroup] = (),
) -> PlanNode:
    """A task under ``section`` with its reporting rule and assigned units or groups."""
    task = PlanNode(
        plan_id=section.plan_id,
        parent_id=section.id,
        kind="task",
        label="（一）",
        title=title,
        frequency=frequency,
    )
    session.add(task)
    session.flush()
    for role, targets in (("lead", lead), ("responsible", responsible), ("supporting", supporting)):
        for target in targets:
            if isinstance(target, Unit):
                session.add(Assignment(node_id=task.id, unit_id=target.id, role=role))
            else:
                session.add(Assignment(node_id=task.id, group_id=target.id, role=role))
    row = ObligationRule(node_id=task.id, frequency=frequency)
    apply_rule_to_row(row, rule)
    session.add(row)
    session.flush()
    return task
