"""Importing the year's plan (导入工作要点): read, match unit names, review, save, undo.

The clerk's first act each year. Reading and parsing are pure (``creditdesk.parsing``); here
the written unit names meet the roster, the clerk's decisions for names that did not match
are applied (remembered as aliases for next time), and the tree is saved in one transaction.
A revised plan for a year already imported updates that plan in place: unchanged tasks keep
their rows, so submissions logged against them stay attached.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from creditdesk.model import (
    Alias,
    Assignment,
    GroupMember,
    Obligation,
    ObligationRule,
    OfficeSettings,
    Plan,
    PlanNode,
    Submission,
    Unit,
    UnitGroup,
)
from creditdesk.parsing.document_model import DocumentError
from creditdesk.parsing.plan_model import PlanDraft, SectionDraft, TaskDraft
from creditdesk.parsing.unit_names import (
    Match,
    NameRecord,
    bare_place,
    infer_place_names,
    match_unit_names,
)
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import default_due_rule, parse_due_rule
from creditdesk.services.errors import UserError
from creditdesk.services.obligations import apply_rule_to_row, regenerate
from creditdesk.services.progress import NO_PROGRESS, Progress
from creditdesk.services.roster_edit import remove_aliases, unit_references
from creditdesk.services.text_rules import fit_plan, unit_name

ROLE_FIELDS = (
    ("lead", "lead_units"),
    ("responsible", "responsible_units"),
    ("supporting", "supporting_units"),
)


WITHDRAWN_SECTION_LABEL = "已撤销"
WITHDRAWN_SECTION_TITLE = "已撤销的任务（修订后的工作要点已删除，因已登记报送材料予以保留）"


class PlanFileError(UserError):
    """The plan file cannot be read or holds no tasks."""


class UnresolvedNamesError(UserError):
    """Some unit names in the plan match no unit or group and no decision was given."""

    def __init__(self, names: list[str]):
        listed = "、".join(names[:10]) + ("等" if len(names) > 10 else "")
        super().__init__(
            f"有{len(names)}个单位名称未能对应到成员单位：{listed}。"
            "请在导入核对界面中逐一选择对应单位或新建单位（命令行可加 --create-units）。"
        )
        self.names = names


def read_plan(path: Path) -> PlanDraft:
    """Read and parse a plan file (.docx, .pdf, .txt, .xlsx, .doc/.wps via LibreOffice)."""
    return read_plan_with_notes(path)[0]


def read_plan_with_notes(path: Path) -> tuple[PlanDraft, list[str]]:
    """:func:`read_plan`, and what was changed to fit the database (see ``text_rules``)."""
    from creditdesk.parsing.document_model import Paragraph
    from creditdesk.parsing.documents import read_document
    from creditdesk.parsing.issue_date import find_issue_date
    from creditdesk.parsing.plan_parser import parse_plan

    try:
        document = read_document(path)
        draft = parse_plan(document)
    except DocumentError as error:
        raise PlanFileError(str(error)) from error
    if draft.issued_on is None:
        lines = (b.text for b in document.blocks if isinstance(b, Paragraph))
        draft.issued_on = find_issue_date(line for block in lines for line in block.splitlines())
    fitted, notes = fit_plan(draft)
    return fitted, [*document.notes, *notes]


@dataclass(frozen=True)
class NameDecision:
    """The clerk's answer for one written name: a unit, a group, or a new unit."""

    action: Literal["unit", "group", "create"]
    target_id: int | None = None
    category: str = ""


@dataclass(frozen=True)
class TaskChange:
    """A task of a revised plan compared with the saved one."""

    label: str
    title: str
    change: Literal["added", "changed", "removed", "unchanged"]
    node_id: int | None = None


@dataclass
class ImportPreview:
    """What the review screen shows before anything is saved."""

    draft: PlanDraft
    year: int
    matches: dict[str, Match]
    existing_plan_id: int | None = None
    changes: list[TaskChange] = field(default_factory=list)
    starts_on: dt.date | None = None
    """The plan's start, shown and editable on review: no obligation falls due before it.
    Its issue date when the document gives one, else the saved plan's start, else
    :func:`default_start`."""

    @property
    def unresolved(self) -> list[str]:
        return [name for name, match in self.matches.items() if match.kind == "unresolved"]


@dataclass(frozen=True)
class ImportUndo:
    """Everything needed to take an import back."""

    plan_id: int
    new_plan: bool
    snapshot: dict[str, Any]
    created_units: tuple[int, ...]
    created_aliases: tuple[int, ...]


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    plan_id: int
    added: int
    changed: int
    removed: int
    kept_with_submissions: int
    created_units: int
    undo: ImportUndo


def _records(session: Session) -> tuple[list[NameRecord], list[NameRecord]]:
    aliases: dict[tuple[str, int], list[str]] = {}
    for alias in session.scalars(select(Alias)):
        key = (
            ("unit", alias.unit_id) if alias.unit_id is not None else ("group", alias.group_id or 0)
        )
        aliases.setdefault(key, []).append(alias.name)
    units = [
        NameRecord(
            u.id,
            u.name,
            tuple([*([u.short_name] if u.short_name else []), *aliases.get(("unit", u.id), [])]),
        )
        for u in session.scalars(select(Unit).where(Unit.active))
    ]
    groups = [
        NameRecord(g.id, g.name, tuple(aliases.get(("group", g.id), [])), g.all_units)
        for g in session.scalars(select(UnitGroup))
    ]
    return units, groups


def resolve_names(ctx: ServiceContext, names: list[str]) -> dict[str, Match]:
    """Match written unit names against the roster's units, aliases and groups.

    The office's own place name (设置 → 地名, and the one the roster's full names begin with)
    is ignored when comparing, so 县司法局 is certainly 宝丰县司法局.
    """
    with ctx.session_factory() as session:
        units, groups = _records(session)
        settings = session.get(OfficeSettings, 1)
    places = infer_place_names(u.name for u in units)
    own = bare_place(settings.place_name) if settings is not None else ""
    if own and own not in places:
        places = (own, *places)
    return {m.name: m for m in match_unit_names(names, units, groups, places)}


DEFAULT_THRESHOLD = 85.0
"""Confidence (0–100) from which 全部接受建议 takes a suggestion."""


def accept_suggestions(
    preview: ImportPreview,
    threshold: float = DEFAULT_THRESHOLD,
    decisions: dict[str, NameDecision] | None = None,
) -> dict[str, NameDecision]:
    """The clerk's decisions plus one for every unresolved name with a likely suggestion.

    A suggestion is taken when it scores at least ``threshold`` and clearly ahead of the
    next one; names the clerk already decided keep their decision. The rest stay open.
    """
    chosen = dict(decisions or {})
    for name in preview.unresolved:
        if name in chosen:
            continue
        best = preview.matches[name].likely(threshold)
        if best is not None:
            assert isinstance(best.id, int)
            chosen[name] = NameDecision(best.kind, best.id)
    return chosen


def _key(text: str) -> str:
    return re.sub(r"[\s，。、；：,.;:（）()“”\"]", "", text)


def _task_key(label: str, title: str) -> str:
    return _key(title) or _key(label)


def _plan_year(draft: PlanDraft, fallback: int) -> int:
    return draft.year or fallback


def default_start(year: int, today: dt.date) -> dt.date:
    """The start of a plan whose document gives no issue date: the import day.

    A plan imported within its year starts that day; one entered for a past year (to keep its
    record) or ahead of its year starts on 1 January, since the import day says nothing then.
    """
    return today if today.year == year else dt.date(year, 1, 1)


def preview_import(ctx: ServiceContext, draft: PlanDraft, year: int | None = None) -> ImportPreview:
    """Match names and, for a year already imported, list added / changed / removed tasks."""
    year = year or _plan_year(draft, ctx.clock.today().year)
    preview = ImportPreview(draft, year, resolve_names(ctx, draft.unit_names()))
    preview.starts_on = draft.issued_on or default_start(year, ctx.clock.today())
    with ctx.session_factory() as session:
        plan = session.scalar(
            select(Plan).where(Plan.year == year).order_by(Plan.id.desc()).limit(1)
        )
        if plan is not None and draft.issued_on is None and plan.starts_on is not None:
            preview.starts_on = plan.starts_on
        if plan is None:
            preview.changes = [TaskChange(t.label, t.title, "added") for t in draft.tasks]
            return preview
        preview.existing_plan_id = plan.id
        saved = {
            _task_key(n.label, n.title): n
            for n in session.scalars(
                select(PlanNode).where(PlanNode.plan_id == plan.id, PlanNode.kind == "task")
            )
        }
        units = _saved_units(session, plan.id)
        for task in draft.tasks:
            node = saved.pop(_task_key(task.label, task.title), None)
            if node is None:
                preview.changes.append(TaskChange(task.label, task.title, "added"))
            else:
                same = (
                    node.text == task.text
                    and node.frequency == task.frequency
                    and node.deadline == task.deadline
                    and units.get(node.id, {}) == _written_targets(task, preview.matches)
                )
                preview.changes.append(
                    TaskChange(task.label, task.title, "unchanged" if same else "changed", node.id)
                )
        preview.changes += [TaskChange(n.label, n.title, "removed", n.id) for n in saved.values()]
    return preview


Target = tuple[object, object]


def _written_targets(task: TaskDraft, matches: dict[str, Match]) -> dict[str, frozenset[Target]]:
    """Per role, the units and groups the task's written names resolve to."""
    targets: dict[str, frozenset[Target]] = {}
    for role, attr in ROLE_FIELDS:
        resolved: set[Target] = set()
        for name in getattr(task, attr):
            match = matches[name]
            if match.kind == "unit":
                resolved.add((match.target_id, None))
            elif match.kind == "group":
                resolved.add((None, match.target_id))
            else:
                resolved.add(("?", name))
        if resolved:
            targets[role] = frozenset(resolved)
    return targets


def _saved_units(session: Session, plan_id: int) -> dict[int, dict[str, frozenset[Target]]]:
    """Per task, the units and groups saved for each role."""
    rows = session.execute(
        select(Assignment.node_id, Assignment.role, Assignment.unit_id, Assignment.group_id)
        .join(PlanNode, PlanNode.id == Assignment.node_id)
        .where(PlanNode.plan_id == plan_id)
    ).all()
    result: dict[int, dict[str, set[Target]]] = {}
    for node_id, role, unit_id, group_id in rows:
        result.setdefault(node_id, {}).setdefault(role, set()).add((unit_id, group_id))
    return {k: {r: frozenset(v) for r, v in roles.items()} for k, roles in result.items()}


def _snapshot(session: Session, plan: Plan) -> dict[str, Any]:
    ids = [n.id for n in plan.nodes]
    return {
        "plan": audit.snapshot(plan),
        "nodes": [audit.snapshot(n) for n in plan.nodes],
        "assignments": [
            audit.snapshot(a)
            for a in session.scalars(select(Assignment).where(Assignment.node_id.in_(ids)))
        ],
        "rules": [
            audit.snapshot(r)
            for r in session.scalars(select(ObligationRule).where(ObligationRule.node_id.in_(ids)))
        ],
    }


def _targets(
    session: Session,
    ctx: ServiceContext,
    preview: ImportPreview,
    decisions: dict[str, NameDecision],
    create_units: bool,
    created_units: list[int],
    created_aliases: list[int],
) -> dict[str, tuple[int | None, int | None]]:
    """Written name → (unit id, group id), creating units and remembering aliases."""
    missing = [n for n in preview.unresolved if n not in decisions and not create_units]
    if missing:
        raise UnresolvedNamesError(missing)
    known_aliases = set(session.scalars(select(Alias.name)))
    known_units = {u.name: u.id for u in session.scalars(select(Unit))}
    targets: dict[str, tuple[int | None, int | None]] = {}
    for name, match in preview.matches.items():
        decision = decisions.get(name)
        if decision is None and match.how == "all_units" and match.target_id is None:
            from creditdesk.services.phrase_groups import all_members_group

            targets[name] = (None, all_members_group(session, ctx))
            continue
        if decision is None and match.kind != "unresolved":
            assert isinstance(match.target_id, int)
            targets[name] = (
                (match.target_id, None) if match.kind == "unit" else (None, match.target_id)
            )
            continue
        decision = decision or NameDecision("create")
        if decision.action == "create":
            if name in known_units:
                targets[name] = (known_units[name], None)
                continue
            unit = Unit(
                name=unit_name(name), category=decision.category, position=len(known_units) + 1000
            )
            session.add(unit)
            session.flush()
            known_units[name] = unit.id
            created_units.append(unit.id)
            audit.record(
                session, ctx, "导入时新建单位", "unit", unit.id, None, audit.snapshot(unit)
            )
            targets[name] = (unit.id, None)
            continue
        if decision.target_id is None:
            raise UserError(
                f"“{name}”的对应{'单位' if decision.action == 'unit' else '分组'}未选择。"
            )
        targets[name] = (
            (decision.target_id, None) if decision.action == "unit" else (None, decision.target_id)
        )
        target_name = (
            session.get(Unit, decision.target_id)
            if decision.action == "unit"
            else session.get(UnitGroup, decision.target_id)
        )
        if target_name is None:
            raise UserError(f"“{name}”对应的单位或分组已不存在。")
        if name not in known_aliases and name != target_name.name:
            alias = Alias(name=name, unit_id=targets[name][0], group_id=targets[name][1])
            session.add(alias)
            session.flush()
            known_aliases.add(name)
            created_aliases.append(alias.id)
            audit.record(
                session, ctx, "记住单位别名", "alias", alias.id, None, audit.snapshot(alias)
            )
    return targets


def _write_task(
    session: Session,
    node: PlanNode,
    task: TaskDraft,
    targets: dict[str, tuple[int | None, int | None]],
) -> None:
    node.title, node.text, node.label = task.title, task.text, task.label
    node.frequency, node.deadline = task.frequency, task.deadline
    node.metrics = json.dumps(task.metrics, ensure_ascii=False)
    session.execute(delete(Assignment).where(Assignment.node_id == node.id))
    seen: set[tuple[str, int | None, int | None]] = set()
    for role, attr in ROLE_FIELDS:
        for name in getattr(task, attr):
            unit_id, group_id = targets[name]
            if (role, unit_id, group_id) not in seen:
                seen.add((role, unit_id, group_id))
                session.add(
                    Assignment(node_id=node.id, unit_id=unit_id, group_id=group_id, role=role)
                )
    session.execute(delete(ObligationRule).where(ObligationRule.node_id == node.id))
    rule = None
    if task.frequency:
        rule = parse_due_rule(task.deadline or "", task.frequency) or default_due_rule(
            task.frequency
        )
    if rule is not None and task.frequency:
        row = ObligationRule(node_id=node.id, frequency=task.frequency)
        apply_rule_to_row(row, rule)
        session.add(row)


def apply_import(
    ctx: ServiceContext,
    preview: ImportPreview,
    decisions: dict[str, NameDecision] | None = None,
    *,
    source_name: str = "",
    create_units: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Save the reviewed plan in one transaction (all or nothing) and regenerate obligations.

    Args:
        preview: from :func:`preview_import`, possibly with the draft edited on review.
        decisions: the clerk's answers for unresolved names.
        source_name: the file name, kept with the plan.
        create_units: create a unit for every unresolved name without a decision (CLI).
        progress: reports per task; cancelling rolls everything back.

    Raises:
        UnresolvedNamesError: a name has neither a match nor a decision.
    """
    decisions = decisions or {}
    draft = preview.draft
    created_units: list[int] = []
    created_aliases: list[int] = []
    kept = added = changed = removed = 0
    with ctx.session_factory.begin() as session:
        targets = _targets(
            session, ctx, preview, decisions, create_units, created_units, created_aliases
        )
        plan = session.get(Plan, preview.existing_plan_id) if preview.existing_plan_id else None
        new_plan = plan is None
        if plan is None:
            plan = Plan(year=preview.year, title=draft.title or f"{preview.year}年工作要点")
            session.add(plan)
            session.flush()
            snapshot: dict[str, Any] = {}
        else:
            snapshot = _snapshot(session, plan)
        plan.title = draft.title or plan.title
        plan.doc_number = draft.doc_number or ""
        plan.source_name = source_name
        plan.imported_at = ctx.clock.now()
        plan.starts_on = preview.starts_on
        existing = {n.id: n for n in plan.nodes}
        sections = _write_sections(session, plan, draft.sections, existing)
        by_change = {(c.label, c.title): c for c in preview.changes}
        touched: set[int] = set(sections.values())
        positions: dict[int | None, int] = {}
        for done, task in enumerate(draft.tasks):
            progress.step(done, len(draft.tasks), f"保存任务 {task.label}")
            change = by_change.get((task.label, task.title))
            node = existing.get(change.node_id) if change and change.node_id else None
            parent = sections.get(task.section) if task.section else None
            if node is None:
                node = PlanNode(plan_id=plan.id, kind="task", title=task.title)
                session.add(node)
                session.flush()
                added += 1
            elif change is not None and change.change == "changed":
                changed += 1
            node.parent_id = parent
            node.position = positions.get(parent, 0)
            positions[parent] = node.position + 1
            _write_task(session, node, task, targets)
            touched.add(node.id)
        removed, kept = _retire_nodes(session, plan, existing, touched)
        session.flush()
        # new units belong to groups of all units in other plans too: regenerate everything then
        regenerate(session, None if created_units else touched | set(existing))
        undo = ImportUndo(plan.id, new_plan, snapshot, tuple(created_units), tuple(created_aliases))
        audit.record(
            session,
            ctx,
            "导入工作要点",
            "plan",
            plan.id,
            None if new_plan else snapshot.get("plan"),
            {
                "source": source_name,
                "tasks": len(draft.tasks),
                "added": added,
                "changed": changed,
                "removed": removed,
            },
        )
        progress.step(len(draft.tasks), len(draft.tasks), "完成")
    return ImportResult(plan.id, added, changed, removed, kept, len(created_units), undo)


def _retire_nodes(
    session: Session, plan: Plan, existing: dict[int, PlanNode], touched: set[int]
) -> tuple[int, int]:
    """Delete the saved nodes the revised plan dropped, except those with logged materials.

    A dropped task with submissions keeps its row, obligations and submissions and moves,
    with its sub-items, into the 已撤销 section, so the clerk still sees it and its dropped
    section can go. Nodes are deleted deepest first: a section's delete would otherwise
    cascade (``plan_node.parent_id``) to rows the preview never listed.

    Returns:
        (tasks removed, tasks kept because materials were logged against them).
    """
    left = {i: n for i, n in existing.items() if i not in touched}
    logged = session.scalars(
        select(Submission.node_id).where(Submission.node_id.in_(left)).distinct()
    )
    keep: set[int] = set()
    for node_id in logged:
        # the logged node's task (a sub-item keeps the task it belongs to)
        node = left[node_id or 0]
        while node.parent_id in left and left[node.parent_id].kind != "section":
            node = left[node.parent_id]
        keep.add(node.id)
    kept_roots = sorted((left[i] for i in keep), key=lambda n: (n.position, n.id))
    withdrawn = next(
        (n for n in left.values() if n.kind == "section" and n.label == WITHDRAWN_SECTION_LABEL),
        None,
    )
    if kept_roots:
        if withdrawn is None:
            withdrawn = PlanNode(
                plan_id=plan.id, kind="section", label=WITHDRAWN_SECTION_LABEL, title=""
            )
            session.add(withdrawn)
            session.flush()
        withdrawn.title, withdrawn.parent_id = WITHDRAWN_SECTION_TITLE, None
        last = session.scalar(
            select(func.max(PlanNode.position)).where(
                PlanNode.plan_id == plan.id,
                PlanNode.parent_id.is_(None),
                PlanNode.id.not_in([*left, withdrawn.id]),
            )
        )
        withdrawn.position = 1 + (last if last is not None else -1)  # after the plan's sections
        touched.add(withdrawn.id)
        for position, node in enumerate(kept_roots):
            node.parent_id, node.position = withdrawn.id, position
        session.flush()
    keep |= {withdrawn.id} if kept_roots and withdrawn is not None else set()

    def kept_below(node: PlanNode) -> bool:
        parent = node.parent_id
        while parent is not None and parent in left:
            if parent in keep:
                return True
            parent = left[parent].parent_id
        return node.id in keep

    doomed = [n for n in left.values() if not kept_below(n)]
    removed = sum(1 for n in doomed if n.kind == "task")
    _delete_deepest_first(session, doomed)
    return removed, sum(1 for n in kept_roots if n.kind == "task")


def _delete_deepest_first(session: Session, nodes: list[PlanNode]) -> None:
    """Delete plan nodes children before parents, one flush per level of the tree."""
    ids = {n.id for n in nodes}
    parents = {n.id: n.parent_id for n in nodes}

    def depth(node_id: int) -> int:
        level = 0
        parent = parents[node_id]
        while parent in ids:
            level += 1
            parent = parents[parent]
        return level

    by_depth: dict[int, list[PlanNode]] = {}
    for node in nodes:
        by_depth.setdefault(depth(node.id), []).append(node)
    for level in sorted(by_depth, reverse=True):
        for node in by_depth[level]:
            session.delete(node)
        session.flush()


def _write_sections(
    session: Session, plan: Plan, sections: list[SectionDraft], existing: dict[int, PlanNode]
) -> dict[str, int]:
    """Sections by label → node id, reusing saved sections with the same label."""
    saved = {n.label: n for n in existing.values() if n.kind == "section"}
    ids: dict[str, int] = {}
    positions: dict[int | None, int] = {}
    for section in sections:
        node = saved.pop(section.label, None)
        if node is None:
            node = PlanNode(
                plan_id=plan.id, kind="section", label=section.label, title=section.title
            )
            session.add(node)
            session.flush()
        parent = ids.get(section.parent) if section.parent else None
        node.title, node.parent_id = section.title, parent
        node.position = positions.get(parent, 0)
        positions[parent] = node.position + 1
        ids[section.label] = node.id
    return ids


def undo_import(ctx: ServiceContext, undo: ImportUndo) -> None:
    """Take an import back: the previous plan as it was, created units and aliases removed.

    Raises:
        UserError: submissions were logged since against tasks the import added.
    """
    with ctx.session_factory.begin() as session:
        plan = session.get(Plan, undo.plan_id)
        if plan is None:
            return
        current = {n.id: n for n in plan.nodes}
        before = {v["id"]: v for v in undo.snapshot.get("nodes", [])}
        added_ids = [i for i in current if i not in before]
        if added_ids and session.scalar(
            select(Submission.id).where(Submission.node_id.in_(added_ids)).limit(1)
        ):
            raise UserError("导入后已有材料登记在新增的任务下，不能撤销这次导入。")
        if undo.new_plan:
            # the database cascades to nodes, units by role and obligations
            session.execute(delete(PlanNode).where(PlanNode.plan_id == plan.id))
            session.execute(delete(Plan).where(Plan.id == plan.id))
            session.expunge_all()
        else:
            # put kept tasks back under their old sections before the added nodes (such as the
            # 已撤销 section holding them) go, so no delete cascades to them
            _restore(session, plan, undo.snapshot, current)
            _delete_deepest_first(session, [current[i] for i in added_ids])
        session.flush()
        remove_aliases(session, undo.created_aliases)
        # Units the import created go before obligations are regenerated, or groups of all
        # units (各成员单位) would give them new obligations; a unit that meanwhile received
        # a task of its own, a submission or a notice stays.
        for unit_id in undo.created_units:
            unit = session.get(Unit, unit_id)
            # its obligations are regenerated below; any other reference keeps the unit
            references = unit_references(session, unit_id)
            references.pop("应报事项")
            if unit is not None and not any(references.values()):
                session.execute(delete(Obligation).where(Obligation.unit_id == unit_id))
                session.execute(delete(GroupMember).where(GroupMember.unit_id == unit_id))
                session.delete(unit)
        session.flush()
        regenerate(session)
        audit.record(
            session, ctx, "撤销导入工作要点", "plan", undo.plan_id, None, undo.snapshot.get("plan")
        )


def _restore(
    session: Session, plan: Plan, snapshot: dict[str, Any], current: dict[int, PlanNode]
) -> None:
    for key, value in audit.revive(snapshot["plan"], Plan).items():
        if key not in ("id", "version"):
            setattr(plan, key, value)
    ids = []
    nodes = []
    for values in snapshot["nodes"]:
        node = current.get(values["id"])
        if node is None:
            # inserted first, without a parent that may itself still be missing
            node = PlanNode(
                id=values["id"], plan_id=plan.id, kind=values["kind"], title=values["title"]
            )
            session.add(node)
        nodes.append((node, values))
        ids.append(values["id"])
    session.flush()
    for node, values in nodes:
        for key, value in values.items():
            if key not in ("id", "version"):
                setattr(node, key, value)
    session.flush()
    session.execute(delete(Assignment).where(Assignment.node_id.in_(ids)))
    session.execute(delete(ObligationRule).where(ObligationRule.node_id.in_(ids)))
    session.add_all(
        Assignment(**{k: v for k, v in a.items() if k != "id"}) for a in snapshot["assignments"]
    )
    for values in snapshot["rules"]:
        revived = audit.revive(values, ObligationRule)
        session.add(ObligationRule(**{k: v for k, v in revived.items() if k != "id"}))
