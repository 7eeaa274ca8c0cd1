"""Editing the task tree (任务): nodes, their units by role, and their reporting rules.

Every function is one audited transaction and returns what its undo needs; the undo is
another call of this module (the UI wraps both in a QUndoCommand). Changing units or rules
regenerates the task's obligations in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import Enum, auto
from typing import Any, Final, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from creditdesk.model import (
    Assignment,
    Obligation,
    ObligationRule,
    Plan,
    PlanNode,
    Submission,
    Unit,
    UnitGroup,
)
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule, default_due_rule
from creditdesk.services.errors import NotFoundError, StaleEditError, UserError
from creditdesk.services.obligations import PERIODIC, apply_rule_to_row, regenerate, rule_from_row
from creditdesk.services.periods import period_containing

ROLES = ("lead", "responsible", "supporting")


@dataclass(frozen=True)
class NodeFields:
    """The editable text of a node; ``version`` is the row version the copy was read at."""

    label: str
    title: str
    text: str
    frequency: str | None
    deadline: str | None
    version: int = 0


@dataclass(frozen=True)
class Target:
    """A unit or a group given a role (exactly one of the ids is set)."""

    unit_id: int | None = None
    group_id: int | None = None


@dataclass(frozen=True)
class RoleSet:
    """A task's assigned units and groups by role."""

    lead: tuple[Target, ...] = ()
    responsible: tuple[Target, ...] = ()
    supporting: tuple[Target, ...] = ()

    def by_role(self) -> dict[str, tuple[Target, ...]]:
        return {"lead": self.lead, "responsible": self.responsible, "supporting": self.supporting}


CURRENT_PERIOD: Final = "current"
"""``RuleFields.applies_from`` for a new rhythm: from the current period on, not back-dated."""


@dataclass(frozen=True)
class RuleFields:
    """A task's reporting rhythm, due rule and the material it asks for.

    ``applies_from`` says from which period a changed rhythm applies: a day inside the first
    period it applies to, ``None`` for the whole plan year, or :data:`CURRENT_PERIOD` (the
    default): from the period of today when the rhythm is new or changed, keeping the saved
    day when only the deadline or material changes. Periods before it keep their obligations.
    """

    frequency: str
    rule: DueRule
    material: str = ""
    applies_from: dt.date | Literal["current"] | None = CURRENT_PERIOD


@dataclass(frozen=True)
class SubtreeSnapshot:
    """A deleted node with its descendants, assignments and rules, to put back exactly."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    assignments: list[dict[str, Any]] = field(default_factory=list)
    rules: list[dict[str, Any]] = field(default_factory=list)


def _node(session: Session, node_id: int, lock: bool = False) -> PlanNode:
    """The node; ``lock`` holds its row until commit, so two replaces of its parts queue."""
    node = session.get(PlanNode, node_id, with_for_update=lock)
    if node is None:
        raise NotFoundError("该任务已不存在，可能已被删除。")
    return node


def _fields(node: PlanNode) -> NodeFields:
    return NodeFields(
        node.label, node.title, node.text, node.frequency, node.deadline, node.version
    )


def node_fields(ctx: ServiceContext, node_id: int) -> NodeFields:
    """A node's editable fields as stored now."""
    with ctx.session_factory() as session:
        return _fields(_node(session, node_id))


def update_node(ctx: ServiceContext, node_id: int, new: NodeFields) -> NodeFields:
    """Save edited fields; returns the saved copy (with its new version).

    Raises:
        StaleEditError: the node changed since ``new.version`` was read.
    """
    title = new.title.strip()
    if not title:
        raise UserError("任务名称不能为空。")
    with ctx.session_factory.begin() as session:
        node = _node(session, node_id)
        if node.version != new.version:
            by = audit.last_change(session, "plan_node", node.id)
            raise StaleEditError(f"任务“{node.title}”", theirs=_fields(node), mine=new, by=by)
        before = audit.snapshot(node)
        node.label, node.title, node.text = new.label.strip(), title, new.text
        node.frequency, node.deadline = new.frequency, new.deadline
        session.flush()
        audit.record(session, ctx, "修改任务", "plan_node", node.id, before, audit.snapshot(node))
        return _fields(node)


def rebase(fields: NodeFields, version: int) -> NodeFields:
    """The same values on another version (undo applies old values to the newest row)."""
    return replace(fields, version=version)


def _siblings(session: Session, plan_id: int, parent_id: int | None) -> list[PlanNode]:
    query = select(PlanNode).where(PlanNode.plan_id == plan_id)
    query = query.where(
        PlanNode.parent_id.is_(None) if parent_id is None else PlanNode.parent_id == parent_id
    )
    return list(session.scalars(query.order_by(PlanNode.position, PlanNode.id)))


def _renumber(nodes: list[PlanNode]) -> None:
    for position, node in enumerate(nodes):
        if node.position != position:
            node.position = position


def add_node(
    ctx: ServiceContext,
    plan_id: int,
    parent_id: int | None,
    kind: str,
    title: str,
    label: str = "",
    text: str = "",
    position: int | None = None,
) -> int:
    """Insert a node among its siblings (at the end when ``position`` is None); returns its id."""
    if kind not in ("section", "task", "item"):
        raise UserError(f"未知的节点类型：{kind}")
    if not title.strip():
        raise UserError("任务名称不能为空。")
    with ctx.session_factory.begin() as session:
        if session.get(Plan, plan_id) is None:
            raise NotFoundError("该工作要点已不存在。")
        if parent_id is not None and _node(session, parent_id).plan_id != plan_id:
            raise UserError("上级节点不属于该工作要点。")
        siblings = _siblings(session, plan_id, parent_id)
        node = PlanNode(
            plan_id=plan_id,
            parent_id=parent_id,
            kind=kind,
            title=title.strip(),
            label=label,
            text=text,
        )
        session.add(node)
        index = len(siblings) if position is None else max(0, min(position, len(siblings)))
        siblings.insert(index, node)
        _renumber(siblings)
        session.flush()
        audit.record(session, ctx, "新增任务", "plan_node", node.id, None, audit.snapshot(node))
        return node.id


def _descendants(session: Session, node: PlanNode) -> list[PlanNode]:
    found = [node]
    index = 0
    while index < len(found):
        children = session.scalars(select(PlanNode).where(PlanNode.parent_id == found[index].id))
        found.extend(children)
        index += 1
    return found


def move_node(
    ctx: ServiceContext, node_id: int, new_parent_id: int | None, new_position: int
) -> tuple[int | None, int]:
    """Move a node (with its subtree) under another parent at a position.

    Returns:
        The old parent and position, for the undo.
    """
    with ctx.session_factory.begin() as session:
        node = _node(session, node_id)
        if new_parent_id is not None:
            parent = _node(session, new_parent_id)
            if parent.plan_id != node.plan_id:
                raise UserError("不能把任务移到另一份工作要点中。")
            if parent.id in {n.id for n in _descendants(session, node)}:
                raise UserError("不能把任务移到它自己的下级中。")
        old = (node.parent_id, node.position)
        before = audit.snapshot(node)
        old_siblings = [
            n for n in _siblings(session, node.plan_id, node.parent_id) if n.id != node.id
        ]
        _renumber(old_siblings)
        new_siblings = [
            n for n in _siblings(session, node.plan_id, new_parent_id) if n.id != node.id
        ]
        node.parent_id = new_parent_id
        new_siblings.insert(max(0, min(new_position, len(new_siblings))), node)
        _renumber(new_siblings)
        session.flush()
        audit.record(session, ctx, "移动任务", "plan_node", node.id, before, audit.snapshot(node))
        return old


def delete_node(ctx: ServiceContext, node_id: int) -> SubtreeSnapshot:
    """Delete a node and its subtree; refused while submissions are logged against it.

    Returns:
        Everything removed, for :func:`restore_subtree`.
    """
    with ctx.session_factory.begin() as session:
        node = _node(session, node_id)
        subtree = _descendants(session, node)
        ids = [n.id for n in subtree]
        logged = session.scalar(
            select(func.count(Submission.id)).where(Submission.node_id.in_(ids))
        )
        if logged:
            raise UserError(
                f"“{node.title}”下已登记{logged}份报送材料，不能删除。如不再需要，可修改其报送频次为持续推进。"
            )
        snapshot = SubtreeSnapshot(
            nodes=[audit.snapshot(n) for n in subtree],
            assignments=[
                audit.snapshot(a)
                for a in session.scalars(select(Assignment).where(Assignment.node_id.in_(ids)))
            ],
            rules=[
                audit.snapshot(r)
                for r in session.scalars(
                    select(ObligationRule).where(ObligationRule.node_id.in_(ids))
                )
            ],
        )
        siblings = [n for n in _siblings(session, node.plan_id, node.parent_id) if n.id != node.id]
        session.delete(node)
        _renumber(siblings)
        session.flush()
        regenerate(session, ids)
        audit.record(
            session, ctx, "删除任务", "plan_node", node_id, {"subtree": snapshot.nodes}, None
        )
        return snapshot


def restore_subtree(ctx: ServiceContext, snapshot: SubtreeSnapshot) -> None:
    """Put a deleted subtree back with its ids, order, units and rules (undo of delete)."""
    with ctx.session_factory.begin() as session:
        root = snapshot.nodes[0]
        siblings = _siblings(session, root["plan_id"], root["parent_id"])
        for values in snapshot.nodes:
            session.add(PlanNode(**audit.revive(values, PlanNode)))
        session.flush()
        restored = session.get(PlanNode, root["id"])
        assert restored is not None
        siblings.insert(min(root["position"], len(siblings)), restored)
        _renumber(siblings)
        session.add_all(Assignment(**audit.revive(v, Assignment)) for v in snapshot.assignments)
        session.add_all(ObligationRule(**audit.revive(v, ObligationRule)) for v in snapshot.rules)
        session.flush()
        regenerate(session, [n["id"] for n in snapshot.nodes])
        audit.record(
            session, ctx, "恢复任务", "plan_node", root["id"], None, {"subtree": snapshot.nodes}
        )


def load_roles(ctx: ServiceContext, node_id: int) -> RoleSet:
    """A task's units and groups by role, in the order they were assigned."""
    with ctx.session_factory() as session:
        return _roles(session, node_id)


def _roles(session: Session, node_id: int) -> RoleSet:
    grouped: dict[str, list[Target]] = {role: [] for role in ROLES}
    for a in session.scalars(
        select(Assignment).where(Assignment.node_id == node_id).order_by(Assignment.id)
    ):
        grouped[a.role].append(Target(a.unit_id, a.group_id))
    return RoleSet(*(tuple(grouped[role]) for role in ROLES))


class Unchecked(Enum):
    """Marks a replace that is not based on a copy the clerk saw (a new task's first save)."""

    UNCHECKED = auto()


UNCHECKED = Unchecked.UNCHECKED


def _same_roles(a: RoleSet, b: RoleSet) -> bool:
    return all(
        set(x) == set(y) for x, y in zip(a.by_role().values(), b.by_role().values(), strict=True)
    )


def _refuse_stale(session: Session, node: PlanNode, what: str, entity: str, theirs: object) -> None:
    by = audit.last_change(session, entity, node.id)
    raise StaleEditError(f"任务“{node.title}”的{what}", theirs=theirs, by=by)


def set_roles(
    ctx: ServiceContext, node_id: int, roles: RoleSet, expected: RoleSet | None = None
) -> RoleSet:
    """Replace a task's units by role and regenerate its obligations; returns the old roles.

    Args:
        expected: the units the clerk saw when choosing ``roles``; when another clerk has
            changed them since, nothing is saved. None only for a task no one else has seen.

    Raises:
        StaleEditError: the task's units are no longer ``expected`` (names who changed them).
    """
    with ctx.session_factory.begin() as session:
        node = _node(session, node_id, lock=True)
        old = _replace_roles(session, ctx, node, roles, expected)
        regenerate(session, [node_id])
        return old


def _replace_roles(
    session: Session, ctx: ServiceContext, node: PlanNode, roles: RoleSet, expected: RoleSet | None
) -> RoleSet:
    """Replace a task's units inside the caller's transaction (obligations not regenerated)."""
    node_id = node.id
    old = _roles(session, node_id)
    if expected is not None and not _same_roles(old, expected):
        _refuse_stale(session, node, "分工单位", "plan_node", old)
    for assignment in list(node.assignments):
        session.delete(assignment)
    session.flush()
    for role, targets in roles.by_role().items():
        for target in dict.fromkeys(targets):  # a unit once per role
            if (target.unit_id is None) == (target.group_id is None):
                raise UserError("每个分工只能指定一个单位或一个分组。")
            if target.unit_id is not None and session.get(Unit, target.unit_id) is None:
                raise NotFoundError("所选单位已不存在。")
            if target.group_id is not None and session.get(UnitGroup, target.group_id) is None:
                raise NotFoundError("所选分组已不存在。")
            session.add(
                Assignment(
                    node_id=node_id, unit_id=target.unit_id, group_id=target.group_id, role=role
                )
            )
    session.flush()
    session.expire(node, ["assignments"])
    audit.record(
        session, ctx, "修改任务分工", "plan_node", node_id, _roles_json(old), _roles_json(roles)
    )
    return old


def _roles_json(roles: RoleSet) -> dict[str, Any]:
    return {
        role: [{"unit_id": t.unit_id, "group_id": t.group_id} for t in targets]
        for role, targets in roles.by_role().items()
    }


def load_rule(ctx: ServiceContext, node_id: int) -> RuleFields | None:
    """A task's reporting rule, or None when it has none."""
    with ctx.session_factory() as session:
        row = session.scalar(select(ObligationRule).where(ObligationRule.node_id == node_id))
        return None if row is None else _rule_fields(row)


def _same_rule(saved: RuleFields | None, seen: RuleFields | Unchecked | None) -> bool:
    """Whether the saved rule is the one the clerk saw (rhythm, deadline and material).

    ``applies_from`` is left out: a dialog or an undo holds it as "from the current period",
    which the save turns into that period's first day.
    """
    if saved is None or seen is None or isinstance(seen, Unchecked):
        return saved is seen
    return (saved.frequency, saved.rule, saved.material) == (
        seen.frequency,
        seen.rule,
        seen.material,
    )


def _rule_fields(row: ObligationRule) -> RuleFields:
    return RuleFields(row.frequency, rule_from_row(row), row.material, row.applies_from)


def _applies_from(
    ctx: ServiceContext, row: ObligationRule | None, rule: RuleFields
) -> dt.date | None:
    """The day a rule applies from: as asked, else the current period for a new rhythm."""
    if rule.applies_from != CURRENT_PERIOD:
        assert not isinstance(rule.applies_from, str)
        return rule.applies_from
    if row is not None and row.frequency == rule.frequency:
        return row.applies_from
    if rule.frequency not in PERIODIC:
        return None
    return period_containing(ctx.clock.today(), rule.frequency).start


def set_rule(
    ctx: ServiceContext,
    node_id: int,
    rule: RuleFields | None,
    expected: RuleFields | Unchecked | None = UNCHECKED,
) -> RuleFields | None:
    """Replace a task's reporting rule (None removes it) and regenerate its obligations.

    A new or changed rhythm applies from ``rule.applies_from`` (by default the current period):
    no item of an earlier period is created, and those already owed stay.

    Args:
        expected: the rule (or None, no rule) the clerk saw; when another clerk has changed
            it since, nothing is saved. ``UNCHECKED`` only for a task no one else has seen.

    Returns:
        The previous rule, for the undo.

    Raises:
        StaleEditError: the task's rule is no longer ``expected`` (names who changed it).
    """
    with ctx.session_factory.begin() as session:
        node = _node(session, node_id, lock=True)
        old = _replace_rule(session, ctx, node, rule, expected)
        regenerate(session, [node_id])
        return old


def _replace_rule(
    session: Session,
    ctx: ServiceContext,
    node: PlanNode,
    rule: RuleFields | None,
    expected: RuleFields | Unchecked | None,
) -> RuleFields | None:
    """Replace a task's rule inside the caller's transaction (obligations not regenerated)."""
    node_id = node.id
    row = session.scalar(select(ObligationRule).where(ObligationRule.node_id == node_id))
    old = None if row is None else _rule_fields(row)
    if expected is not UNCHECKED and not _same_rule(old, expected):
        _refuse_stale(session, node, "报送规则", "obligation_rule", old)
    before = None if row is None else audit.snapshot(row)
    if rule is None:
        if row is not None:
            session.delete(row)
    else:
        applies_from = _applies_from(ctx, row, rule)
        if row is None:
            row = ObligationRule(node_id=node_id, frequency=rule.frequency)
            session.add(row)
        row.frequency, row.material = rule.frequency, rule.material
        row.applies_from = applies_from
        apply_rule_to_row(row, rule.rule)
        node.frequency = rule.frequency
        node.deadline = rule.rule.label
    session.flush()
    after = None if rule is None or row is None else audit.snapshot(row)
    audit.record(session, ctx, "修改报送规则", "obligation_rule", node_id, before, after)
    return old


def search_tasks(ctx: ServiceContext, plan_id: int, text: str) -> set[int]:
    """Ids of nodes whose label, title or text, or a unit or group assigned to them, match."""
    pattern = f"%{text.strip()}%"
    with ctx.session_factory() as session:
        by_text = select(PlanNode.id).where(
            PlanNode.plan_id == plan_id,
            PlanNode.title.like(pattern)
            | PlanNode.text.like(pattern)
            | PlanNode.label.like(pattern),
        )
        by_unit = (
            select(Assignment.node_id)
            .join(PlanNode, PlanNode.id == Assignment.node_id)
            .outerjoin(Unit, Unit.id == Assignment.unit_id)
            .outerjoin(UnitGroup, UnitGroup.id == Assignment.group_id)
            .where(
                PlanNode.plan_id == plan_id,
                Unit.name.like(pattern)
                | Unit.short_name.like(pattern)
                | UnitGroup.name.like(pattern),
            )
        )
        return set(session.scalars(by_text)) | set(session.scalars(by_unit))


# ------------------------------------------------------------ many tasks at once


class Keep(Enum):
    """Marks a part of :class:`BatchEdit` each task keeps as it has it."""

    KEEP = auto()


KEEP = Keep.KEEP


@dataclass(frozen=True)
class BatchEdit:
    """What 批量修改 sets on every chosen task at once.

    Attributes:
        frequency: the new rhythm (报送频次), None for no reporting, or ``KEEP``.
        rule: the due rule (报送时限) for all, or ``KEEP``: a task whose rhythm stays keeps its
            own, one given a new rhythm takes that rhythm's usual deadline.
        applies_from: from which period a changed rhythm applies (as ``RuleFields``).
        roles: the roles to replace ("lead", "responsible", "supporting"); a role not named
            keeps each task's own units.
    """

    frequency: str | Keep | None = KEEP
    rule: DueRule | Keep = KEEP
    applies_from: dt.date | Literal["current"] | None = CURRENT_PERIOD
    roles: dict[str, tuple[Target, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class TaskState:
    """A task's rhythm, deadline phrase, units and rule, to put back exactly."""

    node_id: int
    frequency: str | None
    deadline: str | None
    roles: RoleSet
    rule: RuleFields | None


def _state(session: Session, node: PlanNode) -> TaskState:
    row = session.scalar(select(ObligationRule).where(ObligationRule.node_id == node.id))
    rule = None if row is None else _rule_fields(row)
    return TaskState(node.id, node.frequency, node.deadline, _roles(session, node.id), rule)


def _batch_rule(
    node: PlanNode, old: RuleFields | None, edit: BatchEdit
) -> RuleFields | Keep | None:
    """The rule one task gets from ``edit``; ``KEEP`` when its rule is left alone."""
    if isinstance(edit.frequency, Keep):
        if isinstance(edit.rule, Keep):
            return KEEP
        frequency = old.frequency if old is not None else node.frequency
        if frequency is None:
            return KEEP  # no rhythm to attach a deadline to: the clerk sets one first
        material = old.material if old is not None else ""
        return RuleFields(frequency, edit.rule, material)
    if edit.frequency is None:
        return None
    if not isinstance(edit.rule, Keep):
        due: DueRule | None = edit.rule
    elif old is not None and old.frequency == edit.frequency:
        due = old.rule
    else:
        due = default_due_rule(edit.frequency)
    if due is None:
        raise UserError("一次性任务没有通用的报送时限，请同时指定完成日期。")
    material = old.material if old is not None else ""
    return RuleFields(edit.frequency, due, material, edit.applies_from)


def edit_tasks(
    ctx: ServiceContext, node_ids: list[int], edit: BatchEdit
) -> tuple[list[TaskState], list[TaskState]]:
    """Set rhythm, deadline or units of many tasks in one transaction (all or nothing).

    Sections among ``node_ids`` are left out: they have no units or rule.

    Returns:
        Each task's state before and after, for :func:`restore_tasks` (undo and redo).
    """
    for role in edit.roles:
        if role not in ROLES:
            raise UserError(f"未知的分工：{role}")
    with ctx.session_factory.begin() as session:
        nodes = [_node(session, node_id, lock=True) for node_id in dict.fromkeys(node_ids)]
        nodes = [node for node in nodes if node.kind != "section"]
        if not nodes:
            raise UserError("请先选择要修改的任务。")
        before = [_state(session, node) for node in nodes]
        for node, state in zip(nodes, before, strict=True):
            rule = _batch_rule(node, state.rule, edit)
            if not isinstance(rule, Keep):
                _replace_rule(session, ctx, node, rule, UNCHECKED)
            if edit.roles:
                kept = state.roles.by_role()
                roles = RoleSet(*(edit.roles.get(role, kept[role]) for role in ROLES))
                _replace_roles(session, ctx, node, roles, None)
        session.flush()
        regenerate(session, [node.id for node in nodes])
        after = [_state(session, node) for node in nodes]
        audit.record(
            session,
            ctx,
            "批量修改任务",
            "plan_node",
            nodes[0].id,
            {"tasks": [node.id for node in nodes]},
            None,
        )
        return before, after


def restore_tasks(ctx: ServiceContext, states: list[TaskState], expected: list[TaskState]) -> None:
    """Put tasks back as ``states`` hold them, in one transaction (undo and redo of a batch).

    Raises:
        StaleEditError: a task's units or rule are no longer as in ``expected`` (another
            clerk changed them since); nothing is changed.
    """
    seen = {state.node_id: state for state in expected}
    with ctx.session_factory.begin() as session:
        for state in states:
            node = _node(session, state.node_id, lock=True)
            other = seen.get(state.node_id)
            _replace_rule(
                session, ctx, node, state.rule, UNCHECKED if other is None else other.rule
            )
            _replace_roles(session, ctx, node, state.roles, None if other is None else other.roles)
            node.frequency, node.deadline = state.frequency, state.deadline
        session.flush()
        regenerate(session, [state.node_id for state in states])


def count_obligations(ctx: ServiceContext, node_ids: list[int]) -> int:
    """How many obligations (应报事项) the tasks already have: a new rhythm asks from when."""
    with ctx.session_factory() as session:
        return (
            session.scalar(
                select(func.count(Obligation.id)).where(Obligation.node_id.in_(node_ids))
            )
            or 0
        )
