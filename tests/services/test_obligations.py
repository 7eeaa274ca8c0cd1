"""Obligation generation: every owing unit and period once, updated, never losing a submission."""

from __future__ import annotations

import datetime as dt

from factories import add_plan, add_task, add_units
from sqlalchemy import delete, func, select

from creditdesk.model import (
    Assignment,
    GroupMember,
    Obligation,
    ObligationRule,
    Submission,
    UnitGroup,
)
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.obligations import apply_rule_to_row, regenerate

QUARTERLY_5 = DueRule("after_period_end", n=5)


def _obligations(ctx: ServiceContext) -> list[tuple[str, str, dt.date, bool]]:
    from creditdesk.model import Unit

    with ctx.session_factory() as session:
        rows = session.execute(
            select(Unit.name, Obligation.period, Obligation.due_date, Obligation.active)
            .join(Unit, Unit.id == Obligation.unit_id)
            .order_by(Obligation.period, Unit.name)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_quarterly_task_owes_one_report_per_quarter_from_lead_and_responsible(
    ctx: ServiceContext,
) -> None:
    with ctx.session_factory.begin() as session:
        lead, resp, helper = add_units(session, "县发改委", "县税务局", "县统计局")
        _, section = add_plan(session, 2025)
        add_task(
            session, section, "纳税信息归集", "quarterly", QUARTERLY_5, [lead], [resp], [helper]
        )
        result = regenerate(session)
    assert result.created == 8
    rows = _obligations(ctx)
    assert {r[0] for r in rows} == {"县发改委", "县税务局"}  # supporting units do not report
    # Q3 2025 ends Tue 9/30; 国庆+中秋 10/1-10/8 rest; make-up Sat 10/11 counts:
    # 10/9, 10/10, 10/11, 10/13, 10/14 -> due Tue 2025-10-14
    q3 = [r for r in rows if r[1] == "2025Q3"]
    assert {r[2] for r in q3} == {dt.date(2025, 10, 14)}


def test_regenerating_twice_changes_nothing(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        (unit,) = add_units(session, "县税务局")
        _, section = add_plan(session, 2025)
        add_task(session, section, "月报", "monthly", DueRule("day_of_next_month", day=5), [unit])
        first = regenerate(session)
        second = regenerate(session)
    assert (first.created, second.created, second.updated, second.retired) == (12, 0, 0, 0)


def test_changed_rule_moves_due_dates_in_place(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        (unit,) = add_units(session, "县税务局")
        _, section = add_plan(session, 2025)
        task = add_task(session, section, "季报", "quarterly", QUARTERLY_5, [unit])
        regenerate(session)
        ids_before = set(session.scalars(select(Obligation.id)))
        rule = session.scalars(
            select(ObligationRule).where(ObligationRule.node_id == task.id)
        ).one()
        apply_rule_to_row(rule, DueRule("day_of_next_month", day=10))
        result = regenerate(session, [task.id])
        assert set(session.scalars(select(Obligation.id))) == ids_before
    assert result.updated == 4
    due = {r[1]: r[2] for r in _obligations(ctx)}
    assert due["2025Q1"] == dt.date(2025, 4, 10)


def test_removed_assignment_retires_but_keeps_logged_submissions(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        kept, dropped = add_units(session, "县税务局", "县民政局")
        _, section = add_plan(session, 2025)
        task = add_task(session, section, "季报", "quarterly", QUARTERLY_5, [kept, dropped])
        regenerate(session)
        logged = session.scalars(
            select(Obligation).where(
                Obligation.unit_id == dropped.id, Obligation.period == "2025Q1"
            )
        ).one()
        session.add(
            Submission(
                unit_id=dropped.id,
                node_id=task.id,
                obligation_id=logged.id,
                period="2025Q1",
                received_on=dt.date(2025, 4, 3),
                created_at=dt.datetime(2025, 4, 3, 9),
            )
        )
        session.execute(delete(Assignment).where(Assignment.unit_id == dropped.id))
        result = regenerate(session)
        submission = session.scalars(select(Submission)).one()
        assert submission.obligation_id == logged.id
    assert result.retired == 4
    remaining = [r for r in _obligations(ctx) if r[0] == "县民政局"]
    assert remaining == [("县民政局", "2025Q1", dt.date(2025, 4, 8), False)]


def test_group_assignment_follows_membership(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        town_a, town_b, office = add_units(session, "城关镇", "河口镇", "县发改委")
        group = UnitGroup(name="各乡镇（街道）")
        session.add(group)
        session.flush()
        group.members = [GroupMember(unit_id=town_a.id)]
        _, section = add_plan(session, 2025)
        add_task(
            session,
            section,
            "年度总结",
            "annual",
            DueRule("day_of_month", day=20, month=12),
            [office],
            [group],
        )
        regenerate(session)
        assert session.scalar(select(func.count(Obligation.id))) == 2
        group.members.append(GroupMember(unit_id=town_b.id))
        session.flush()
        regenerate(session)
    assert sorted(r[0] for r in _obligations(ctx)) == ["县发改委", "城关镇", "河口镇"]


def test_due_dates_in_an_unannounced_year_are_provisional(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        (unit,) = add_units(session, "县税务局")
        _, section = add_plan(session, 2026)
        add_task(session, section, "季报", "quarterly", QUARTERLY_5, [unit])
        regenerate(session)
        provisional = dict(session.execute(select(Obligation.period, Obligation.provisional)).all())
    # the fourth quarter's report falls due in January 2027, which is not announced yet
    assert provisional == {"2026Q1": False, "2026Q2": False, "2026Q3": False, "2026Q4": True}
