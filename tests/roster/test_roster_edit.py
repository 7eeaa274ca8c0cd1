"""Roster edits: units, aliases and groups, each audited and each undone by another call."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from factories import add_units
from sqlalchemy import func, select

from creditdesk.model import AuditEntry, GroupMember, Submission, Unit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.roster import list_units
from creditdesk.services.roster_edit import (
    UnitFields,
    add_alias,
    create_unit,
    deactivate_unit,
    delete_unit,
    get_unit,
    reactivate_unit,
    remove_alias,
    remove_unit,
    restore_alias,
    restore_unit,
    undo_remove_unit,
    update_unit,
)
from creditdesk.services.roster_groups import (
    create_group,
    delete_group,
    get_group,
    rename_group,
    restore_group,
    set_group_members,
)


def _audit(ctx: ServiceContext) -> list[AuditEntry]:
    with ctx.session_factory() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _unit_count(ctx: ServiceContext) -> int:
    with ctx.session_factory() as session:
        return session.scalar(select(func.count()).select_from(Unit)) or 0


def _log_submission(ctx: ServiceContext, unit_id: int) -> None:
    with ctx.session_factory.begin() as session:
        session.add(
            Submission(
                unit_id=unit_id,
                received_on=dt.date(2026, 10, 8),
                created_at=dt.datetime(2026, 10, 8, 9, 0),
            )
        )


def test_create_unit_trims_full_width_spaces_and_appears_in_the_roster(
    ctx: ServiceContext,
) -> None:
    created = create_unit(ctx, UnitFields(name="\u3000县　财政局 ", mobile=" 13803960002 "))
    assert created.name == "县财政局"
    rows = list_units(ctx)
    assert [(r.name, r.mobile) for r in rows] == [("县财政局", "13803960002")]
    entry = _audit(ctx)[-1]
    assert entry.action == "新增单位" and entry.user == "测试员"
    assert json.loads(entry.after or "{}")["name"] == "县财政局"


def test_create_unit_refuses_a_name_already_used_as_an_alias(ctx: ServiceContext) -> None:
    unit = create_unit(ctx, UnitFields(name="西平县发展和改革委员会"))
    add_alias(ctx, "县发改委", unit_id=unit.id)
    before = len(_audit(ctx))
    with pytest.raises(UserError, match=r"县发改委.*西平县发展和改革委员会"):
        create_unit(ctx, UnitFields(name="县 发改委"))
    assert _unit_count(ctx) == 1
    assert len(_audit(ctx)) == before


def test_update_unit_with_an_old_version_raises_stale_edit_and_writes_nothing(
    ctx: ServiceContext,
) -> None:
    unit = create_unit(ctx, UnitFields(name="县财政局"))
    update_unit(ctx, unit.id, UnitFields(name="县财政局", liaison="李娜"), unit.version)
    with pytest.raises(StaleEditError):
        update_unit(ctx, unit.id, UnitFields(name="县财政局", liaison="王五"), unit.version)
    assert get_unit(ctx, unit.id).fields.liaison == "李娜"


def test_undo_of_update_is_an_audited_update_back_to_the_old_fields(ctx: ServiceContext) -> None:
    unit = create_unit(ctx, UnitFields(name="县财政局", liaison="李娜"))
    change = update_unit(
        ctx, unit.id, UnitFields(name="县财政局", liaison="王五", mobile="139"), unit.version
    )
    undone = update_unit(ctx, unit.id, change.before.fields, change.after.version)
    assert undone.after.fields == unit.fields
    actions = [e.action for e in _audit(ctx)]
    assert actions == ["新增单位", "修改单位", "修改单位"]


def test_renaming_a_unit_to_its_own_alias_asks_to_remove_the_alias_first(
    ctx: ServiceContext,
) -> None:
    unit = create_unit(ctx, UnitFields(name="西平县财政局"))
    add_alias(ctx, "县财政局", unit_id=unit.id)
    with pytest.raises(UserError, match="本单位的别名"):
        update_unit(ctx, unit.id, UnitFields(name="县财政局"), get_unit(ctx, unit.id).version)


def test_referenced_unit_is_deactivated_never_deleted(ctx: ServiceContext) -> None:
    unit = create_unit(ctx, UnitFields(name="县财政局"))
    _log_submission(ctx, unit.id)
    with pytest.raises(UserError, match="只能撤销"):
        delete_unit(ctx, unit.id, unit.version)
    result = remove_unit(ctx, unit.id, unit.version)
    assert not result.deleted and result.detail is not None and not result.detail.active
    assert _unit_count(ctx) == 1
    assert list_units(ctx) == []
    assert [r.name for r in list_units(ctx, include_inactive=True)] == ["县财政局"]
    back = undo_remove_unit(ctx, result)
    assert back.active
    assert [e.action for e in _audit(ctx)][-2:] == ["撤销单位", "恢复单位"]


def test_unreferenced_unit_is_deleted_and_restored_with_aliases_and_groups(
    ctx: ServiceContext,
) -> None:
    unit = create_unit(ctx, UnitFields(name="县财政局", liaison="李娜"))
    alias = add_alias(ctx, "财政局", unit_id=unit.id)
    group = create_group(ctx, "各成员单位", member_ids=[unit.id])
    result = remove_unit(ctx, unit.id, get_unit(ctx, unit.id).version)
    assert result.deleted and _unit_count(ctx) == 0
    assert get_group(ctx, group.id).member_ids == ()
    assert result.snapshot is not None
    restored = restore_unit(ctx, result.snapshot)
    assert restored.id == unit.id and restored.fields.liaison == "李娜"
    assert [a.name for a in restored.aliases] == ["财政局"] and restored.aliases[0].id == alias.id
    assert get_group(ctx, group.id).member_ids == (unit.id,)
    assert [e.action for e in _audit(ctx)][-2:] == ["删除单位", "还原单位"]


def test_deactivate_and_reactivate_need_the_current_version(ctx: ServiceContext) -> None:
    unit = create_unit(ctx, UnitFields(name="县财政局"))
    off = deactivate_unit(ctx, unit.id, unit.version)
    with pytest.raises(StaleEditError):
        reactivate_unit(ctx, unit.id, unit.version)
    assert reactivate_unit(ctx, unit.id, off.version).active


def test_alias_names_are_unique_across_units_and_groups(ctx: ServiceContext) -> None:
    a = create_unit(ctx, UnitFields(name="县财政局"))
    b = create_unit(ctx, UnitFields(name="县税务局"))
    create_group(ctx, "各乡镇（街道）")
    add_alias(ctx, "财政", unit_id=a.id)
    with pytest.raises(UserError, match="已被“县财政局”的别名“财政”使用"):
        add_alias(ctx, "财政", unit_id=b.id)
    with pytest.raises(UserError, match="分组“各乡镇（街道）”"):
        add_alias(ctx, "各乡镇(街道)", unit_id=b.id)
    with pytest.raises(UserError, match="单位“县财政局”"):
        add_alias(ctx, "县财政局", unit_id=b.id)


def test_removed_alias_is_restored_with_its_id(ctx: ServiceContext) -> None:
    unit = create_unit(ctx, UnitFields(name="县财政局"))
    alias = add_alias(ctx, "财政局", unit_id=unit.id)
    removed = remove_alias(ctx, alias.id)
    assert get_unit(ctx, unit.id).aliases == ()
    assert restore_alias(ctx, removed) == alias
    assert [e.action for e in _audit(ctx)][-3:] == ["新增别名", "删除别名", "还原别名"]


def test_group_members_edit_bumps_the_version_and_undoes(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        ids = [u.id for u in add_units(session, "县财政局", "县税务局", "城关镇")]
    group = create_group(ctx, "各成员单位", member_ids=ids[:1])
    change = set_group_members(ctx, group.id, ids, group.version)
    assert change.after.member_ids == tuple(ids)
    assert change.after.version > group.version
    with pytest.raises(StaleEditError):
        set_group_members(ctx, group.id, [], group.version)
    undone = set_group_members(ctx, group.id, change.before.member_ids, change.after.version)
    assert undone.after.member_ids == (ids[0],)


def test_group_rename_refuses_a_unit_name_and_delete_restores_everything(
    ctx: ServiceContext,
) -> None:
    unit = create_unit(ctx, UnitFields(name="县财政局"))
    group = create_group(ctx, "各成员单位", description="全体", member_ids=[unit.id])
    add_alias(ctx, "成员单位", group_id=group.id)
    with pytest.raises(UserError):
        rename_group(ctx, group.id, "县财政局", group.version)
    renamed = rename_group(ctx, group.id, "全体成员单位", get_group(ctx, group.id).version)
    assert renamed.after.name == "全体成员单位" and renamed.after.description == "全体"
    snapshot = delete_group(ctx, group.id, renamed.after.version)
    with ctx.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(GroupMember)) == 0
    back = restore_group(ctx, snapshot)
    assert (back.name, back.member_ids) == ("全体成员单位", (unit.id,))
    assert [a.name for a in back.aliases] == ["成员单位"]


def test_roster_search_takes_percent_and_underscore_literally(ctx: ServiceContext) -> None:
    """A % or _ typed in the search box finds units holding it, not every unit."""
    with ctx.session_factory.begin() as session:
        add_units(session, "县财政局", "县信用_中心", "县税务局")
    assert [u.name for u in list_units(ctx, "_")] == ["县信用_中心"]
    assert list_units(ctx, "%") == []
    assert [u.name for u in list_units(ctx, "财政")] == ["县财政局"]
