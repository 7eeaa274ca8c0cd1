"""Model round trips: what a service stores comes back the same, constraints hold."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from creditdesk.model import (
    Alias,
    Assignment,
    Attachment,
    CalendarOverride,
    GroupMember,
    Notice,
    NoticeItem,
    Obligation,
    Plan,
    PlanNode,
    Submission,
    Unit,
    UnitGroup,
)
from creditdesk.services.context import ServiceContext


def test_unit_with_aliases_and_group_round_trips(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        unit = Unit(name="西平县发展和改革委员会", short_name="县发改委", mobile="13803960001")
        unit.aliases = [Alias(name="县发改委"), Alias(name="县发展改革委")]
        group = UnitGroup(name="各成员单位", all_units=True)
        session.add_all([unit, group])
        session.flush()
        group.members = [GroupMember(unit_id=unit.id)]
    with ctx.session_factory() as session:
        loaded = session.scalar(select(Unit).where(Unit.name == "西平县发展和改革委员会"))
        assert loaded is not None
        assert [a.name for a in loaded.aliases] == ["县发改委", "县发展改革委"]
        assert loaded.mobile == "13803960001"
        assert loaded.active and loaded.version == 1
        members = session.scalars(select(GroupMember.unit_id)).all()
        assert members == [loaded.id]


def test_plan_tree_keeps_order_roles_and_a_full_obligation_chain(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        unit = Unit(name="县税务局")
        plan = Plan(year=2024, title="2024年工作要点")
        session.add_all([unit, plan])
        session.flush()
        section = PlanNode(plan_id=plan.id, kind="section", label="一、", title="制度", position=0)
        session.add(section)
        session.flush()
        for pos, title in [(1, "第二项"), (0, "第一项")]:
            session.add(
                PlanNode(
                    plan_id=plan.id, parent_id=section.id, kind="task", position=pos, title=title
                )
            )
        session.flush()
        first = session.scalar(select(PlanNode).where(PlanNode.title == "第一项"))
        assert first is not None
        session.add(Assignment(node_id=first.id, unit_id=unit.id, role="lead"))
        obligation = Obligation(
            node_id=first.id, unit_id=unit.id, period="2024Q3", due_date=dt.date(2024, 10, 12)
        )
        session.add(obligation)
        session.flush()
        submission = Submission(
            unit_id=unit.id,
            node_id=first.id,
            obligation_id=obligation.id,
            period="2024Q3",
            received_on=dt.date(2024, 10, 9),
            created_at=dt.datetime(2024, 10, 9, 10),
        )
        submission.attachments = [
            Attachment(
                sha256="a" * 64,
                original_name="县税务局-2024年三季度.docx",
                size=10,
                stored_at=dt.datetime(2024, 10, 9, 10),
            )
        ]
        session.add(submission)
        notice = Notice(
            year=2024,
            seq=1,
            number="西信用办督〔2024〕1号",
            unit_id=unit.id,
            level="overdue",
            issued_on=dt.date(2024, 10, 20),
        )
        notice.items = [
            NoticeItem(
                task_title="第一项",
                period_label="2024年第3季度",
                due_date=dt.date(2024, 10, 12),
                workdays_overdue=6,
            )
        ]
        session.add(notice)
    with ctx.session_factory() as session:
        plan = session.scalars(select(Plan)).one()
        assert [n.title for n in plan.nodes] == ["制度", "第一项", "第二项"]
        saved = session.scalars(select(Submission)).one()
        assert saved.attachments[0].original_name == "县税务局-2024年三季度.docx"
        assert saved.review_state == "pending"
        assert session.scalars(select(Notice)).one().items[0].workdays_overdue == 6


def test_stale_update_is_refused(ctx: ServiceContext) -> None:
    """Two clerks' copies of one unit: the save based on the older version fails."""
    with ctx.session_factory.begin() as session:
        session.add(Unit(name="县民政局"))
    first = ctx.session_factory()
    second = ctx.session_factory()
    try:
        a = first.scalars(select(Unit)).one()
        b = second.scalars(select(Unit)).one()
        second.commit()  # the copy stays in the dialog; its read transaction has ended
        a.liaison = "张三"
        first.commit()
        b.liaison = "李四"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with ctx.session_factory() as session:
        kept = session.scalars(select(Unit)).one()
        assert (kept.liaison, kept.version) == ("张三", 2)


def test_duplicate_unit_name_and_alias_without_target_are_rejected(ctx: ServiceContext) -> None:
    with pytest.raises(IntegrityError), ctx.session_factory.begin() as session:
        session.add_all([Unit(name="县法院"), Unit(name="县法院")])
    with pytest.raises(IntegrityError), ctx.session_factory.begin() as session:
        session.add(Alias(name="孤立别名"))


def test_foreign_keys_are_enforced(ctx: ServiceContext) -> None:
    """SQLite checks references (PRAGMA foreign_keys=ON on every connection)."""
    with pytest.raises(IntegrityError), ctx.session_factory.begin() as session:
        session.add(Assignment(node_id=999, unit_id=999, role="lead"))


def test_calendar_override_round_trips(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        session.add(CalendarOverride(day=dt.date(2027, 2, 6), is_workday=True, note="春节调休上班"))
    with ctx.session_factory() as session:
        row = session.get(CalendarOverride, dt.date(2027, 2, 6))
        assert row is not None and row.is_workday and row.note == "春节调休上班"
