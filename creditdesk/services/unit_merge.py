"""Merging two units (合并单位) entered twice under different names, and undoing it.

Every reference of the unit given up moves to the one kept: task assignments, obligations,
submissions, notices and group memberships. Where both units have the same row (an assignment
of one task in one role, an obligation of one task and period), the kept unit's row stays and
the other's is removed after its submissions and notice lines are moved onto the kept row, so
no submission is lost. The other's name, short name and aliases become aliases of the kept
unit, and the kept unit's empty fields are filled from the other's.

``merge_units`` returns a :class:`MergeUndo`; ``unmerge_units`` puts everything back exactly
(same ids), as another audited transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from creditdesk.model import (
    Alias,
    Assignment,
    Base,
    GroupMember,
    Notice,
    NoticeItem,
    Obligation,
    Submission,
    Unit,
    UnitGroup,
)
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.roster_edit import (
    UNIT_FIELD_NAMES,
    UnitDetail,
    UnitSnapshot,
    check_version,
    detail_of,
    load_unit,
    name_owner,
    snapshot_unit,
    write,
)

_MOVABLE: dict[str, type[Assignment | Obligation | Submission | Notice]] = {
    "assignment": Assignment,
    "obligation": Obligation,
    "submission": Submission,
    "notice": Notice,
}
COUNT_LABELS = {
    "assignment": "任务分工",
    "obligation": "应报事项",
    "submission": "报送材料",
    "notice": "督办通知",
    "group": "分组",
    "alias": "别名",
}


@dataclass(frozen=True)
class MergeUndo:
    """What a merge changed, row by row, so that ``unmerge_units`` can reverse it."""

    keep_id: int
    drop: UnitSnapshot
    keep_before: dict[str, Any]
    added_alias_ids: tuple[int, ...] = ()
    moved: dict[str, tuple[int, ...]] = field(default_factory=dict)
    moved_groups: tuple[int, ...] = ()
    deleted_assignments: tuple[dict[str, Any], ...] = ()
    deleted_obligations: tuple[dict[str, Any], ...] = ()
    relinked_submissions: tuple[tuple[int, int], ...] = ()
    relinked_notice_items: tuple[tuple[int, int], ...] = ()
    reactivated_obligations: tuple[int, ...] = ()


@dataclass(frozen=True)
class MergeResult:
    """The kept unit after the merge, what moved (by kind) and what undo needs."""

    kept: UnitDetail
    counts: dict[str, int]
    undo: MergeUndo

    def summary(self) -> str:
        """One Chinese line for the status bar: 已合并：转移任务分工2条、报送材料5条…"""
        parts = [f"{COUNT_LABELS[k]}{n}条" for k, n in self.counts.items() if n]
        return f"已并入“{self.kept.name}”" + (f"：转移{'、'.join(parts)}" if parts else "")


def _values(row: Base) -> dict[str, Any]:
    """A row's column values as Python objects (dates stay dates), without the version."""
    return {
        c.key: getattr(row, c.key) for c in inspect(row).mapper.column_attrs if c.key != "version"
    }


def merge_units(
    ctx: ServiceContext, keep_id: int, drop_id: int, keep_version: int, drop_version: int
) -> MergeResult:
    """Merge unit ``drop_id`` into ``keep_id`` in one transaction.

    Raises:
        UserError: the two are the same unit.
        StaleEditError: either unit changed since it was read; nothing is written.
        NotFoundError: either unit no longer exists.
    """
    if keep_id == drop_id:
        raise UserError("不能把单位与它自己合并。")
    with write(ctx, "单位") as session:
        keep = load_unit(session, keep_id)
        drop = load_unit(session, drop_id)
        check_version(keep, keep_version, f"单位“{keep.name}”")
        check_version(drop, drop_version, f"单位“{drop.name}”")
        drop_snapshot = snapshot_unit(session, drop)
        keep_before = _values(keep)
        audit_before = {"kept": audit.snapshot(keep), "merged": audit.snapshot(drop)}
        changes = _Merge(session, keep, drop)
        changes.run()
        undo = MergeUndo(
            keep_id=keep.id,
            drop=drop_snapshot,
            keep_before=keep_before,
            added_alias_ids=tuple(changes.added_alias_ids),
            moved={k: tuple(v) for k, v in changes.moved.items()},
            moved_groups=tuple(changes.moved_groups),
            deleted_assignments=tuple(changes.deleted_assignments),
            deleted_obligations=tuple(changes.deleted_obligations),
            relinked_submissions=tuple(changes.relinked_submissions),
            relinked_notice_items=tuple(changes.relinked_notice_items),
            reactivated_obligations=tuple(changes.reactivated_obligations),
        )
        counts = {k: len(v) for k, v in changes.moved.items()}
        counts["group"] = len(drop_snapshot.group_ids)
        counts["alias"] = len(drop_snapshot.aliases) + len(changes.added_alias_ids)
        after = {"kept": audit.snapshot(keep), "moved": counts}
        audit.record(session, ctx, "合并单位", "unit", keep.id, audit_before, after)
        audit.record(
            session, ctx, "并入其他单位", "unit", drop_id, audit_before["merged"], {"kept": keep.id}
        )
        return MergeResult(detail_of(session, keep), counts, undo)


class _Merge:
    """The steps of one merge, collecting what undo needs."""

    def __init__(self, session: Session, keep: Unit, drop: Unit) -> None:
        self.session = session
        self.keep = keep
        self.drop = drop
        self.moved: dict[str, list[int]] = {k: [] for k in _MOVABLE}
        self.moved_groups: list[int] = []
        self.added_alias_ids: list[int] = []
        self.deleted_assignments: list[dict[str, Any]] = []
        self.deleted_obligations: list[dict[str, Any]] = []
        self.relinked_submissions: list[tuple[int, int]] = []
        self.relinked_notice_items: list[tuple[int, int]] = []
        self.reactivated_obligations: list[int] = []

    def run(self) -> None:
        self._obligations()
        self._assignments()
        for sub in self.session.scalars(
            select(Submission).where(Submission.unit_id == self.drop.id)
        ):
            sub.unit_id = self.keep.id
            self.moved["submission"].append(sub.id)
        for notice in self.session.scalars(select(Notice).where(Notice.unit_id == self.drop.id)):
            notice.unit_id = self.keep.id
            self.moved["notice"].append(notice.id)
        self._groups()
        self._fill_fields()
        for alias in self.session.scalars(select(Alias).where(Alias.unit_id == self.drop.id)):
            alias.unit_id = self.keep.id
        self.session.flush()
        names = [self.drop.name, self.drop.short_name]
        self.session.delete(self.drop)
        self.session.flush()
        for name in names:
            if name and name_owner(self.session, name) is None and name != self.keep.short_name:
                alias = Alias(name=name, unit_id=self.keep.id)
                self.session.add(alias)
                self.session.flush()
                self.added_alias_ids.append(alias.id)

    def _obligations(self) -> None:
        kept = {
            (o.node_id, o.period): o
            for o in self.session.scalars(
                select(Obligation).where(Obligation.unit_id == self.keep.id)
            )
        }
        mine = self.session.scalars(select(Obligation).where(Obligation.unit_id == self.drop.id))
        for row in list(mine):
            twin = kept.get((row.node_id, row.period))
            if twin is None:
                row.unit_id = self.keep.id
                self.moved["obligation"].append(row.id)
                continue
            for sub in self.session.scalars(
                select(Submission).where(Submission.obligation_id == row.id)
            ):
                self.relinked_submissions.append((sub.id, row.id))
                sub.obligation_id = twin.id
            for item in self.session.scalars(
                select(NoticeItem).where(NoticeItem.obligation_id == row.id)
            ):
                self.relinked_notice_items.append((item.id, row.id))
                item.obligation_id = twin.id
            if row.active and not twin.active:
                twin.active = True
                self.reactivated_obligations.append(twin.id)
            self.deleted_obligations.append(_values(row))
            self.session.flush()
            self.session.delete(row)
        self.session.flush()

    def _assignments(self) -> None:
        kept = {
            (a.node_id, a.role)
            for a in self.session.scalars(
                select(Assignment).where(Assignment.unit_id == self.keep.id)
            )
        }
        mine = self.session.scalars(select(Assignment).where(Assignment.unit_id == self.drop.id))
        for row in list(mine):
            if (row.node_id, row.role) in kept:
                self.deleted_assignments.append(_values(row))
                self.session.delete(row)
            else:
                row.unit_id = self.keep.id
                self.moved["assignment"].append(row.id)
        self.session.flush()

    def _groups(self) -> None:
        kept = set(
            self.session.scalars(
                select(GroupMember.group_id).where(GroupMember.unit_id == self.keep.id)
            )
        )
        mine = self.session.scalars(select(GroupMember).where(GroupMember.unit_id == self.drop.id))
        for member in list(mine):
            if member.group_id not in kept:
                self.session.add(GroupMember(group_id=member.group_id, unit_id=self.keep.id))
                self.moved_groups.append(member.group_id)
            self.session.delete(member)
        self.session.flush()

    def _fill_fields(self) -> None:
        for key in UNIT_FIELD_NAMES:
            if key == "name":
                continue
            if not getattr(self.keep, key) and getattr(self.drop, key):
                setattr(self.keep, key, getattr(self.drop, key))


def unmerge_units(ctx: ServiceContext, undo: MergeUndo, keep_version: int) -> UnitDetail:
    """Undo a merge: the other unit comes back with its id, rows and aliases.

    Args:
        ctx: the service context.
        undo: from :attr:`MergeResult.undo`.
        keep_version: the kept unit's version after the merge (``MergeResult.kept.version``).

    Returns:
        The restored unit.

    Raises:
        StaleEditError: the kept unit was edited after the merge.
        UserError: the other unit's name has been given to something else meanwhile.
    """
    values = {k: v for k, v in undo.drop.values.items() if k != "version"}
    with write(ctx, "单位") as session:
        keep = load_unit(session, undo.keep_id)
        check_version(keep, keep_version, f"单位“{keep.name}”")
        audit_before = audit.snapshot(keep)
        for alias_id in undo.added_alias_ids:
            added = session.get(Alias, alias_id)
            if added is not None:
                session.delete(added)
        session.flush()
        if session.get(Unit, values["id"]) is not None:
            raise UserError(f"单位“{values['name']}”已存在，无法撤销合并。")
        taken = name_owner(session, values["name"])
        if taken is not None:
            raise UserError(f"名称“{values['name']}”已被{taken}使用，无法撤销合并。")
        drop = Unit(**values)
        session.add(drop)
        session.flush()
        _restore_rows(session, undo, keep, drop.id)
        for key in UNIT_FIELD_NAMES:
            setattr(keep, key, undo.keep_before[key])
        session.flush()
        audit.record(
            session,
            ctx,
            "撤销合并",
            "unit",
            drop.id,
            {"kept": audit_before},
            {"kept": audit.snapshot(keep), "restored": audit.snapshot(drop)},
        )
        return detail_of(session, drop)


def _restore_rows(session: Session, undo: MergeUndo, keep: Unit, drop_id: int) -> None:
    for alias in undo.drop.aliases:
        kept_alias = session.get(Alias, alias.id)
        if kept_alias is None:
            session.add(Alias(id=alias.id, name=alias.name, unit_id=drop_id))
        else:
            kept_alias.unit_id = drop_id
    for group_id in undo.moved_groups:
        member = session.get(GroupMember, (group_id, keep.id))
        if member is not None:
            session.delete(member)
    for group_id in undo.drop.group_ids:
        if session.get(UnitGroup, group_id) is not None:
            session.add(GroupMember(group_id=group_id, unit_id=drop_id))
    session.flush()
    for values in undo.deleted_obligations:
        session.add(Obligation(**values))
    session.flush()
    for kind, ids in undo.moved.items():
        model = _MOVABLE[kind]
        session.execute(
            update(model)
            .where(model.id.in_(ids))
            .values(unit_id=drop_id, version=model.version + 1),
            execution_options={"synchronize_session": "fetch"},
        )
    for sub_id, obligation_id in undo.relinked_submissions:
        sub = session.get(Submission, sub_id)
        if sub is not None:
            sub.obligation_id = obligation_id
    for item_id, obligation_id in undo.relinked_notice_items:
        item = session.get(NoticeItem, item_id)
        if item is not None:
            item.obligation_id = obligation_id
    for obligation_id in undo.reactivated_obligations:
        twin = session.get(Obligation, obligation_id)
        if twin is not None:
            twin.active = False
    for values in undo.deleted_assignments:
        session.add(Assignment(**values))
    session.flush()
