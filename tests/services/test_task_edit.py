"""Editing the task tree: each edit is audited, undoable, and keeps obligations in step."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from factories import add_plan, add_task, add_units
from sqlalchemy import func, select

from creditdesk.model import AuditEntry, Obligation, PlanNode, Submission
from creditdesk.services.context import FixedClock, ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.obligations import regenerate
from creditdesk.services.task_edit import (
    RoleSet,
    RuleFields,
    Target,
    add_node,
    delete_node,
    load_roles,
    load_rule,
    move_node,
    node_fields,
    rebase,
    restore_subtree,
    search_tasks,
    set_roles,
    set_rule,
    update_node,
)
from creditdesk.services.tasks import load_task_tree

QUARTERLY = DueRule("after_period_end", n=5)


@pytest.fixture
def plan(ctx: ServiceContext) -> dict[str, int]:
    with ctx.session_factory.begin() as session:
        tax, civil = add_units(session, "县税务局", "县民政局")
        plan, section = add_plan(session, 2025)
        first = add_task(session, section, "纳税信息归集", "quarterly", QUARTERLY, [tax])
        second = add_task(session, section, "社会组织信用", "quarterly", QUARTERLY, [civil])
        regenerate(session)
        return {
            "plan": plan.id,
            "section": section.id,
            "first": first.id,
            "second": second.id,
            "tax": tax.id,
            "civil": civil.id,
        }


def _titles(ctx: ServiceContext) -> list[str]:
    return [t.title for s in load_task_tree(ctx) for t in s.children]


def _obligation_units(ctx: ServiceContext, node_id: int) -> set[int]:
    with ctx.session_factory() as session:
        return set(session.scalars(select(Obligation.unit_id).where(Obligation.node_id == node_id)))


def test_edit_saves_audits_and_refuses_a_stale_copy(
    ctx: ServiceContext, plan: dict[str, int]
) -> None:
    copy = node_fields(ctx, plan["first"])
    edited = replace(copy, title="纳税信用信息归集", deadline="季度结束后5个工作日内")
    saved = update_node(ctx, plan["first"], edited)
    assert saved.title == "纳税信用信息归集" and saved.version == copy.version + 1
    with pytest.raises(StaleEditError):
        update_node(ctx, plan["first"], copy)
    undone = update_node(ctx, plan["first"], rebase(copy, saved.version))
    assert undone.title == "纳税信息归集"
    with ctx.session_factory() as session:
        actions = list(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "plan_node"))
        )
    assert actions == ["修改任务", "修改任务"]


def test_add_and_move_keep_sibling_order(ctx: ServiceContext, plan: dict[str, int]) -> None:
    new = add_node(ctx, plan["plan"], plan["section"], "task", "信用修复", position=0)
    assert _titles(ctx) == ["信用修复", "纳税信息归集", "社会组织信用"]
    old_parent, old_position = move_node(ctx, new, plan["section"], 2)
    assert _titles(ctx) == ["纳税信息归集", "社会组织信用", "信用修复"]
    move_node(ctx, new, old_parent, old_position)  # undo
    assert _titles(ctx) == ["信用修复", "纳税信息归集", "社会组织信用"]
    with pytest.raises(UserError, match="自己的下级"):
        move_node(ctx, plan["section"], new, 0)


def test_delete_then_restore_brings_back_units_rule_and_obligations(
    ctx: ServiceContext, plan: dict[str, int]
) -> None:
    before = _obligation_units(ctx, plan["first"])
    snapshot = delete_node(ctx, plan["first"])
    assert _titles(ctx) == ["社会组织信用"]
    assert _obligation_units(ctx, plan["first"]) == set()
    restore_subtree(ctx, snapshot)
    assert _titles(ctx) == ["纳税信息归集", "社会组织信用"]
    assert _obligation_units(ctx, plan["first"]) == before
    assert load_rule(ctx, plan["first"]) is not None


def test_a_task_with_logged_submissions_cannot_be_deleted(
    ctx: ServiceContext, plan: dict[str, int]
) -> None:
    with ctx.session_factory.begin() as session:
        session.add(
            Submission(
                unit_id=plan["tax"],
                node_id=plan["first"],
                period="2025Q1",
                received_on=dt.date(2025, 4, 3),
                created_at=dt.datetime(2025, 4, 3, 9),
            )
        )
    with pytest.raises(UserError, match="1份报送材料"):
        delete_node(ctx, plan["section"])
    with ctx.session_factory() as session:
        assert session.scalar(select(func.count(PlanNode.id))) == 3


def test_changing_units_regenerates_obligations_and_undo_restores(
    ctx: ServiceContext, plan: dict[str, int]
) -> None:
    old = set_roles(
        ctx,
        plan["first"],
        RoleSet(lead=(Target(plan["tax"]),), responsible=(Target(plan["civil"]),)),
    )
    assert _obligation_units(ctx, plan["first"]) == {plan["tax"], plan["civil"]}
    set_roles(ctx, plan["first"], old)
    assert load_roles(ctx, plan["first"]) == old
    assert _obligation_units(ctx, plan["first"]) == {plan["tax"]}


def _periods(ctx: ServiceContext, node_id: int) -> set[str]:
    with ctx.session_factory() as session:
        return set(
            session.scalars(
                select(Obligation.period).where(Obligation.node_id == node_id, Obligation.active)
            )
        )


def test_changing_the_rule_moves_due_dates(ctx: ServiceContext, plan: dict[str, int]) -> None:
    whole_year = RuleFields(
        "monthly", DueRule("day_of_next_month", day=5), "月报", applies_from=None
    )
    old = set_rule(ctx, plan["first"], whole_year)
    assert old is not None and old.frequency == "quarterly"
    assert len(_periods(ctx, plan["first"])) == 12
    set_rule(ctx, plan["first"], old)
    assert _periods(ctx, plan["first"]) == {"2025Q1", "2025Q2", "2025Q3", "2025Q4"}


def test_a_changed_rhythm_applies_from_the_current_period_not_back_dated(
    ctx: ServiceContext, plan: dict[str, int]
) -> None:
    """Made monthly on 20 April: April on, and the Q1 report already owed stays."""
    april = replace(ctx, clock=FixedClock(dt.datetime(2025, 4, 20, 9)))
    monthly = RuleFields("monthly", DueRule("day_of_next_month", day=5), "月报")
    old = set_rule(april, plan["first"], monthly)
    months = {f"2025-{m:02d}" for m in range(4, 13)}
    assert _periods(ctx, plan["first"]) == {"2025Q1", *months}
    assert load_rule(ctx, plan["first"]) == replace(monthly, applies_from=dt.date(2025, 4, 1))
    # a later deadline tweak keeps the rhythm's start
    later = replace(monthly, rule=DueRule("day_of_next_month", day=10))
    set_rule(replace(ctx, clock=FixedClock(dt.datetime(2025, 9, 1, 9))), plan["first"], later)
    assert _periods(ctx, plan["first"]) == {"2025Q1", *months}
    # back to quarterly from a period the clerk names: April–June stay monthly
    assert old is not None
    set_rule(ctx, plan["first"], replace(old, applies_from=dt.date(2025, 7, 1)))
    assert _periods(ctx, plan["first"]) == {
        "2025Q1", "2025-04", "2025-05", "2025-06", "2025Q3", "2025Q4",
    }  # fmt: skip


def test_search_finds_tasks_by_text_and_by_unit(ctx: ServiceContext, plan: dict[str, int]) -> None:
    assert search_tasks(ctx, plan["plan"], "纳税") == {plan["first"]}
    assert search_tasks(ctx, plan["plan"], "民政") == {plan["second"]}


def test_units_saved_from_a_stale_copy_are_refused_naming_who_changed_them(
    ctx: ServiceContext, plan: dict[str, int]
) -> None:
    other = replace(ctx, user="王芳")  # a second clerk, in their own sessions
    seen_by_me = load_roles(ctx, plan["first"])
    seen_by_her = load_roles(other, plan["first"])
    hers = RoleSet(lead=(Target(plan["civil"]),))
    set_roles(other, plan["first"], hers, expected=seen_by_her)
    mine = RoleSet(lead=(Target(plan["tax"]),), responsible=(Target(plan["civil"]),))
    with pytest.raises(StaleEditError, match="王芳") as refused:
        set_roles(ctx, plan["first"], mine, expected=seen_by_me)
    assert refused.value.theirs == hers
    assert load_roles(ctx, plan["first"]) == hers
    assert _obligation_units(ctx, plan["first"]) == {plan["civil"]}


def test_a_rule_saved_from_a_stale_copy_is_refused_naming_who_changed_it(
    ctx: ServiceContext, plan: dict[str, int]
) -> None:
    other = replace(ctx, user="王芳")
    seen_by_me = load_rule(ctx, plan["first"])
    seen_by_her = load_rule(other, plan["first"])
    hers = RuleFields("monthly", DueRule("day_of_next_month", day=5), "月报")
    set_rule(other, plan["first"], hers, expected=seen_by_her)
    mine = RuleFields("half-yearly", DueRule("after_period_end", n=10), "半年报")
    with pytest.raises(StaleEditError, match="王芳"):
        set_rule(ctx, plan["first"], mine, expected=seen_by_me)
    theirs = load_rule(ctx, plan["first"])
    assert theirs is not None
    assert (theirs.frequency, theirs.rule, theirs.material) == (hers.frequency, hers.rule, "月报")
    # removing the rule is a change like any other
    with pytest.raises(StaleEditError, match="王芳"):
        set_rule(ctx, plan["first"], None, expected=seen_by_me)
    set_rule(ctx, plan["first"], None, expected=theirs)
    assert load_rule(ctx, plan["first"]) is None
