"""Unit groups (单位分组) such as 各成员单位 or 各乡镇（街道）, and their members.

Like ``roster_edit``, each write is one audited transaction returning what its undo needs:

==========================  ==============================================================
edit                        undo
==========================  ==============================================================
``create_group``            ``delete_group(ctx, g.id, g.version)``
``update_group``            ``update_group(ctx, c.after.id, c.before.name,``
                            ``c.before.description, c.before.all_units, c.after.version)``
``rename_group``            ``rename_group(ctx, c.after.id, c.before.name, c.after.version)``
``set_group_members``       ``set_group_members(ctx, c.after.id, c.before.member_ids,``
                            ``c.after.version)``
``delete_group``            ``restore_group(ctx, snapshot)``
==========================  ==============================================================

Changing a group's members bumps the group's version, so two clerks editing one group's
members cannot overwrite each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from creditdesk.model import Alias, Assignment, GroupMember, Unit, UnitGroup
from creditdesk.parsing.roster_text import clean_text
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import NotFoundError, UserError
from creditdesk.services.roster_edit import (
    AliasRow,
    alias_row,
    check_version,
    require_name_free,
    write,
)


@dataclass(frozen=True)
class GroupDetail:
    """A group with its members' ids (roster order) and aliases; ``version`` as read."""

    id: int
    name: str
    description: str
    all_units: bool
    version: int
    member_ids: tuple[int, ...]
    aliases: tuple[AliasRow, ...]


@dataclass(frozen=True)
class GroupChange:
    """A group before and after an edit."""

    before: GroupDetail
    after: GroupDetail


@dataclass(frozen=True)
class GroupSnapshot:
    """Everything needed to bring back a deleted group."""

    values: dict[str, Any]
    member_ids: tuple[int, ...]
    aliases: tuple[AliasRow, ...]


def _load(session: Session, group_id: int) -> UnitGroup:
    group = session.get(UnitGroup, group_id)
    if group is None:
        raise NotFoundError("该分组已不存在。")
    return group


def _detail(session: Session, group: UnitGroup) -> GroupDetail:
    session.flush()
    members = session.scalars(
        select(GroupMember.unit_id)
        .join(Unit, Unit.id == GroupMember.unit_id)
        .where(GroupMember.group_id == group.id)
        .order_by(Unit.position, Unit.name)
    )
    aliases = session.scalars(select(Alias).where(Alias.group_id == group.id).order_by(Alias.id))
    return GroupDetail(
        group.id,
        group.name,
        group.description,
        group.all_units,
        group.version,
        tuple(members),
        tuple(alias_row(a) for a in aliases),
    )


def _clean_name(name: str) -> str:
    name = clean_text(name)
    if not name:
        raise UserError("分组名称不能为空。")
    if len(name) > 120:
        raise UserError("分组名称过长（最多120个字）。")
    return name


def _audit_values(detail: GroupDetail) -> dict[str, Any]:
    return {
        "id": detail.id,
        "name": detail.name,
        "description": detail.description,
        "all_units": detail.all_units,
        "version": detail.version,
        "members": list(detail.member_ids),
    }


def _replace_members(session: Session, group: UnitGroup, unit_ids: Iterable[int]) -> None:
    wanted = set(unit_ids)
    known = set(session.scalars(select(Unit.id).where(Unit.id.in_(wanted))))
    if missing := wanted - known:
        raise NotFoundError(f"有{len(missing)}个单位已不存在，请刷新后再选择。")
    current = {
        m.unit_id: m
        for m in session.scalars(select(GroupMember).where(GroupMember.group_id == group.id))
    }
    for unit_id, member in current.items():
        if unit_id not in wanted:
            session.delete(member)
    for unit_id in sorted(wanted - current.keys()):
        session.add(GroupMember(group_id=group.id, unit_id=unit_id))


# ------------------------------------------------------------------ reads


def list_groups(ctx: ServiceContext) -> list[GroupDetail]:
    """All groups by name, with members and aliases."""
    with ctx.session_factory() as session:
        groups = session.scalars(select(UnitGroup).order_by(UnitGroup.name))
        return [_detail(session, g) for g in groups]


def get_group(ctx: ServiceContext, group_id: int) -> GroupDetail:
    """One group."""
    with ctx.session_factory() as session:
        return _detail(session, _load(session, group_id))


# ------------------------------------------------------------------ edits


def create_group(
    ctx: ServiceContext,
    name: str,
    description: str = "",
    all_units: bool = False,
    member_ids: Iterable[int] = (),
) -> GroupDetail:
    """Add a group (``all_units`` means every active unit, whatever the member list says).

    Raises:
        UserError: empty name, or the name is already a unit, group or alias.
    """
    name = _clean_name(name)
    with write(ctx, "分组") as session:
        require_name_free(session, name)
        group = UnitGroup(name=name, description=description.strip(), all_units=all_units)
        session.add(group)
        session.flush()
        _replace_members(session, group, member_ids)
        detail = _detail(session, group)
        audit.record(session, ctx, "新增分组", "unit_group", group.id, None, _audit_values(detail))
        return detail


def update_group(
    ctx: ServiceContext,
    group_id: int,
    name: str,
    description: str,
    all_units: bool,
    expected_version: int,
) -> GroupChange:
    """Save a group's name, description and 全部单位 switch.

    Raises:
        StaleEditError: the group changed since it was read.
        UserError: the new name is taken.
    """
    name = _clean_name(name)
    with write(ctx, "该分组") as session:
        group = _load(session, group_id)
        check_version(group, expected_version, f"分组“{group.name}”")
        before = _detail(session, group)
        if name != group.name:
            require_name_free(session, name, group_id=group.id)
        group.name, group.description, group.all_units = name, description.strip(), all_units
        after = _detail(session, group)
        audit.record(
            session,
            ctx,
            "修改分组",
            "unit_group",
            group.id,
            _audit_values(before),
            _audit_values(after),
        )
        return GroupChange(before, after)


def rename_group(
    ctx: ServiceContext, group_id: int, name: str, expected_version: int
) -> GroupChange:
    """Rename a group, keeping its description and members."""
    current = get_group(ctx, group_id)
    return update_group(
        ctx, group_id, name, current.description, current.all_units, expected_version
    )


def set_group_members(
    ctx: ServiceContext, group_id: int, unit_ids: Iterable[int], expected_version: int
) -> GroupChange:
    """Make ``unit_ids`` the group's members.

    Raises:
        StaleEditError: the group or its members changed since they were read.
        NotFoundError: a unit no longer exists.
    """
    with write(ctx, "该分组") as session:
        group = _load(session, group_id)
        check_version(group, expected_version, f"分组“{group.name}”")
        before = _detail(session, group)
        _replace_members(session, group, unit_ids)
        flag_modified(group, "name")  # an UPDATE that bumps the version
        after = _detail(session, group)
        audit.record(
            session,
            ctx,
            "调整分组成员",
            "unit_group",
            group.id,
            _audit_values(before),
            _audit_values(after),
        )
        return GroupChange(before, after)


def add_group_members(
    ctx: ServiceContext, group_id: int, unit_ids: Iterable[int], expected_version: int
) -> GroupChange:
    """Add units to a group (those already in it stay)."""
    current = get_group(ctx, group_id)
    wanted = [*current.member_ids, *unit_ids]
    return set_group_members(ctx, group_id, wanted, expected_version)


def remove_group_members(
    ctx: ServiceContext, group_id: int, unit_ids: Iterable[int], expected_version: int
) -> GroupChange:
    """Take units out of a group."""
    current = get_group(ctx, group_id)
    dropped = set(unit_ids)
    wanted = [u for u in current.member_ids if u not in dropped]
    return set_group_members(ctx, group_id, wanted, expected_version)


def tasks_using_group(ctx: ServiceContext, group_id: int) -> int:
    """How many tasks name the group in their division of work (分工); such a group stays."""
    with ctx.session_factory() as session:
        query = select(func.count(func.distinct(Assignment.node_id))).where(
            Assignment.group_id == group_id
        )
        return session.scalar(query) or 0


def delete_group(ctx: ServiceContext, group_id: int, expected_version: int) -> GroupSnapshot:
    """Delete a group no task is assigned to (its units stay).

    Raises:
        UserError: tasks are assigned to the group.
        StaleEditError: the group changed since it was read.
    """
    with write(ctx, "该分组") as session:
        group = _load(session, group_id)
        check_version(group, expected_version, f"分组“{group.name}”")
        used = session.scalar(
            select(func.count()).select_from(Assignment).where(Assignment.group_id == group.id)
        )
        if used:
            raise UserError(f"分组“{group.name}”已在{used}项任务分工中使用，不能删除。")
        detail = _detail(session, group)
        snapshot = GroupSnapshot(audit.snapshot(group), detail.member_ids, detail.aliases)
        for alias in session.scalars(select(Alias).where(Alias.group_id == group.id)):
            session.delete(alias)
        session.delete(group)
        session.flush()
        audit.record(
            session,
            ctx,
            "删除分组",
            "unit_group",
            group_id,
            {**_audit_values(detail), "aliases": [a.name for a in detail.aliases]},
            None,
        )
        return snapshot


def restore_group(ctx: ServiceContext, snapshot: GroupSnapshot) -> GroupDetail:
    """Bring back a deleted group with its id, members (those still existing) and aliases."""
    values = {k: v for k, v in snapshot.values.items() if k != "version"}
    with write(ctx, "分组") as session:
        if session.get(UnitGroup, values["id"]) is not None:
            raise UserError(f"分组“{values['name']}”已存在，无需还原。")
        require_name_free(session, values["name"])
        for alias in snapshot.aliases:
            require_name_free(session, alias.name)
        group = UnitGroup(**values)
        session.add(group)
        session.flush()
        existing = set(session.scalars(select(Unit.id).where(Unit.id.in_(snapshot.member_ids))))
        _replace_members(session, group, [u for u in snapshot.member_ids if u in existing])
        for alias in snapshot.aliases:
            session.add(Alias(id=alias.id, name=alias.name, group_id=group.id))
        detail = _detail(session, group)
        audit.record(session, ctx, "还原分组", "unit_group", group.id, None, _audit_values(detail))
        return detail
