"""Merging two units: every reference moves to the kept unit, nothing is lost, undo restores."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

import pytest
from factories import add_plan, add_task, add_units
from sqlalchemy import func, select

from creditdesk.model import (
    Alias,
    Assignment,
    AuditEntry,
    GroupMember,
    Notice,
    NoticeItem,
    Obligation,
    Submission,
    Unit,
    UnitGroup,
)
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.obligations import regenerate
from creditdesk.services.roster_edit import get_unit, update_unit
from creditdesk.services.unit_merge import merge_units, unmerge_units


@dataclass
class Office:
    keep: int
    drop: int
    shared_task: int
    own_task: int
    group_both: int
    group_drop: int


def _office(ctx: ServiceContext) -> Office:
    """县发改委 (kept) and 发改局 (a duplicate) sharing a task; the duplicate has its own too."""
    with ctx.session_factory.begin() as session:
        keep, drop = add_units(session, "西平县发展和改革委员会", "县发改局")
        keep.office_phone = "0396-6012345"
        drop.mobile = "13803960001"
        drop.short_name = "发改局"
        session.add(Alias(name="发改局（物价）", unit_id=drop.id))
        _, section = add_plan(session, 2026)
        quarterly = DueRule("after_period_end", n=5)
        shared = add_task(
            session, section, "归集双公示信息", "quarterly", quarterly, responsible=[keep, drop]
        )
        own = add_task(session, section, "价格信用监管", "quarterly", quarterly, lead=[drop])
        both = UnitGroup(name="各成员单位")
        only = UnitGroup(name="县直部门")
        session.add_all([both, only])
        session.flush()
        session.add_all(
            [
                GroupMember(group_id=both.id, unit_id=keep.id),
                GroupMember(group_id=both.id, unit_id=drop.id),
                GroupMember(group_id=only.id, unit_id=drop.id),
            ]
        )
        regenerate(session)
        dup = session.scalar(
            select(Obligation).where(
                Obligation.unit_id == drop.id,
                Obligation.node_id == shared.id,
                Obligation.period == "2026Q3",
            )
        )
        assert dup is not None
        for obligation_id, node_id in ((dup.id, shared.id), (None, own.id)):
            session.add(
                Submission(
                    unit_id=drop.id,
                    node_id=node_id,
                    obligation_id=obligation_id,
                    period="2026Q3",
                    received_on=dt.date(2026, 10, 9),
                    title="三季度材料",
                    created_at=dt.datetime(2026, 10, 9, 9, 0),
                )
            )
        notice = Notice(
            year=2026, seq=1, number="西信用办督〔2026〕1号", unit_id=drop.id,
            level="overdue", issued_on=dt.date(2026, 10, 20),
        )  # fmt: skip
        session.add(notice)
        session.flush()
        session.add(
            NoticeItem(
                notice_id=notice.id,
                obligation_id=dup.id,
                task_title="归集双公示信息",
                period_label="2026年第3季度",
                due_date=dt.date(2026, 10, 14),
            )
        )
        return Office(keep.id, drop.id, shared.id, own.id, both.id, only.id)


def _state(ctx: ServiceContext) -> dict[str, Any]:
    """Every roster reference as plain tuples, to compare before and after."""
    with ctx.session_factory() as session:
        return {
            "units": sorted(session.execute(select(Unit.id, Unit.name, Unit.mobile)).all()),
            "aliases": sorted(session.execute(select(Alias.id, Alias.name, Alias.unit_id)).all()),
            "assignments": sorted(
                session.execute(select(Assignment.id, Assignment.unit_id, Assignment.role)).all()
            ),
            "obligations": sorted(
                session.execute(
                    select(Obligation.id, Obligation.unit_id, Obligation.node_id, Obligation.period)
                ).all()
            ),
            "submissions": sorted(
                session.execute(
                    select(Submission.id, Submission.unit_id, Submission.obligation_id)
                ).all()
            ),
            "notices": sorted(session.execute(select(Notice.id, Notice.unit_id)).all()),
            "items": sorted(session.execute(select(NoticeItem.id, NoticeItem.obligation_id)).all()),
            "members": sorted(
                session.execute(select(GroupMember.group_id, GroupMember.unit_id)).all()
            ),
        }


def test_merge_moves_every_reference_to_the_kept_unit_without_losing_submissions(
    ctx: ServiceContext,
) -> None:
    office = _office(ctx)
    keep, drop = get_unit(ctx, office.keep), get_unit(ctx, office.drop)
    result = merge_units(ctx, keep.id, drop.id, keep.version, drop.version)
    with ctx.session_factory() as session:
        assert session.get(Unit, office.drop) is None
        for model in (Assignment, Obligation, Submission, Notice):
            left = session.scalar(
                select(func.count()).select_from(model).where(model.unit_id == office.drop)
            )
            assert left == 0, model
        subs = session.scalars(select(Submission)).all()
        assert len(subs) == 2 and all(s.unit_id == office.keep for s in subs)
        linked = {s.obligation_id for s in subs} - {None}
        kept_obligation = session.get(Obligation, linked.pop())
        assert kept_obligation is not None and kept_obligation.unit_id == office.keep
        item = session.scalars(select(NoticeItem)).one()
        assert item.obligation_id == kept_obligation.id
        roles = session.execute(
            select(Assignment.node_id, Assignment.role).where(Assignment.unit_id == office.keep)
        ).all()
        assert sorted(roles) == sorted(
            [(office.shared_task, "responsible"), (office.own_task, "lead")]
        )
        # one obligation per task and period: the duplicate was folded into the kept one
        pairs = session.execute(select(Obligation.node_id, Obligation.period)).all()
        assert len(pairs) == len(set(pairs))
        members = session.execute(select(GroupMember.group_id, GroupMember.unit_id)).all()
        assert sorted(members) == sorted(
            [(office.group_both, office.keep), (office.group_drop, office.keep)]
        )
    kept = result.kept
    assert sorted(a.name for a in kept.aliases) == ["县发改局", "发改局（物价）"]
    assert kept.fields.mobile == "13803960001" and kept.fields.office_phone == "0396-6012345"
    assert kept.fields.short_name == "发改局"  # empty fields filled from the merged unit
    assert "报送材料2条" in result.summary()


def test_undo_of_merge_restores_the_unit_and_every_row_exactly(ctx: ServiceContext) -> None:
    office = _office(ctx)
    before = _state(ctx)
    keep, drop = get_unit(ctx, office.keep), get_unit(ctx, office.drop)
    result = merge_units(ctx, keep.id, drop.id, keep.version, drop.version)
    restored = unmerge_units(ctx, result.undo, result.kept.version)
    assert restored.id == office.drop and restored.name == "县发改局"
    assert _state(ctx) == before
    assert get_unit(ctx, office.keep).fields.mobile == ""
    with ctx.session_factory() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-3:] == ["合并单位", "并入其他单位", "撤销合并"]


def test_merge_with_a_stale_version_changes_nothing(ctx: ServiceContext) -> None:
    office = _office(ctx)
    before = _state(ctx)
    keep, drop = get_unit(ctx, office.keep), get_unit(ctx, office.drop)
    with pytest.raises(StaleEditError):
        merge_units(ctx, keep.id, drop.id, keep.version, drop.version + 1)
    with pytest.raises(UserError):
        merge_units(ctx, keep.id, keep.id, keep.version, keep.version)
    assert _state(ctx) == before


def test_undo_of_merge_refuses_when_the_kept_unit_was_edited_since(ctx: ServiceContext) -> None:
    office = _office(ctx)
    keep, drop = get_unit(ctx, office.keep), get_unit(ctx, office.drop)
    result = merge_units(ctx, keep.id, drop.id, keep.version, drop.version)
    edited = replace(result.kept.fields, liaison="张伟")
    update_unit(ctx, keep.id, edited, result.kept.version)
    with pytest.raises(StaleEditError):
        unmerge_units(ctx, result.undo, result.kept.version)
