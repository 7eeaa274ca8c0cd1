"""批量修改: rhythm, deadline or units of many tasks in one transaction, undone in one step."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from factories import add_plan, add_task, add_units
from sqlalchemy import select

from creditdesk.model import Obligation
from creditdesk.services.context import FixedClock, ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.obligations import regenerate
from creditdesk.services.task_edit import (
    BatchEdit,
    RoleSet,
    Target,
    count_obligations,
    edit_tasks,
    load_roles,
    load_rule,
    restore_tasks,
    set_roles,
)

QUARTERLY = DueRule("after_period_end", n=5)


@pytest.fixture
def plan(ctx: ServiceContext) -> dict[str, list[int]]:
    with ctx.session_factory.begin() as session:
        tax, civil, court = add_units(session, "县税务局", "县民政局", "县法院")
        _plan, section = add_plan(session, 2025)
        tasks = [
            add_task(
                session, section, f"任务{n}", "annual", DueRule("after_period_end", n=10), [tax]
            )
            for n in range(3)
        ]
        regenerate(session)
        return {
            "section": [section.id],
            "tasks": [t.id for t in tasks],
            "units": [tax.id, civil.id, court.id],
        }


def _periods(ctx: ServiceContext, node_id: int) -> set[str]:
    with ctx.session_factory() as session:
        return set(
            session.scalars(
                select(Obligation.period).where(Obligation.node_id == node_id, Obligation.active)
            )
        )


def test_a_new_rhythm_for_many_tasks_applies_from_the_asked_period_and_undoes_at_once(
    ctx: ServiceContext, plan: dict[str, list[int]]
) -> None:
    """Made quarterly in May from the current period: Q2 on, every task; undo puts all back."""
    may = replace(ctx, clock=FixedClock(dt.datetime(2025, 5, 20, 9)))
    tasks = plan["tasks"]
    assert count_obligations(ctx, tasks) == 3
    before, after = edit_tasks(may, tasks + plan["section"], BatchEdit(frequency="quarterly"))
    assert [s.node_id for s in before] == tasks  # the section is left out
    for task in tasks:
        rule = load_rule(ctx, task)
        assert rule is not None and rule.frequency == "quarterly" and rule.rule == QUARTERLY
        assert rule.applies_from == dt.date(2025, 4, 1)
        assert _periods(ctx, task) == {"2025Q2", "2025Q3", "2025Q4"}
    restore_tasks(ctx, before, after)
    for task in tasks:
        rule = load_rule(ctx, task)
        assert rule is not None and rule.frequency == "annual"
        assert _periods(ctx, task) == {"2025"}


def test_the_whole_year_and_a_common_deadline(
    ctx: ServiceContext, plan: dict[str, list[int]]
) -> None:
    monthly = BatchEdit(
        frequency="monthly", rule=DueRule("day_of_next_month", day=10), applies_from=None
    )
    edit_tasks(ctx, plan["tasks"][:2], monthly)
    assert len(_periods(ctx, plan["tasks"][0])) == 12
    rule = load_rule(ctx, plan["tasks"][1])
    assert rule is not None and rule.rule.label == "次月10日前"
    assert _periods(ctx, plan["tasks"][2]) == {"2025"}
    # a deadline alone keeps each task's rhythm
    edit_tasks(ctx, plan["tasks"], BatchEdit(rule=DueRule("after_period_end", n=3)))
    rules = [load_rule(ctx, task) for task in plan["tasks"]]
    assert [r.frequency for r in rules if r] == ["monthly", "monthly", "annual"]
    assert {r.rule.label for r in rules if r} == {"期末后3个工作日内"}


def test_units_replace_only_the_roles_named(
    ctx: ServiceContext, plan: dict[str, list[int]]
) -> None:
    tax, civil, court = plan["units"]
    before, after = edit_tasks(
        ctx, plan["tasks"], BatchEdit(roles={"responsible": (Target(civil), Target(court))})
    )
    for task in plan["tasks"]:
        roles = load_roles(ctx, task)
        assert roles.lead == (Target(tax),)
        assert set(roles.responsible) == {Target(civil), Target(court)}
    with ctx.session_factory() as session:
        units = set(
            session.scalars(
                select(Obligation.unit_id).where(Obligation.node_id == plan["tasks"][0])
            )
        )
    assert units == {tax, civil, court}
    restore_tasks(ctx, before, after)
    assert load_roles(ctx, plan["tasks"][0]) == RoleSet(lead=(Target(tax),))


def test_a_failure_changes_no_task(ctx: ServiceContext, plan: dict[str, list[int]]) -> None:
    """A one-off rhythm with no date is refused before any task changes."""
    with pytest.raises(UserError):
        edit_tasks(ctx, plan["tasks"], BatchEdit(frequency="once"))
    with pytest.raises(UserError):
        edit_tasks(ctx, plan["tasks"], BatchEdit(roles={"lead": (Target(99999),)}))
    rules = [load_rule(ctx, task) for task in plan["tasks"]]
    assert {r.frequency for r in rules if r} == {"annual"}
    assert load_roles(ctx, plan["tasks"][2]).lead == (Target(plan["units"][0]),)


def test_undo_after_another_clerks_change_is_refused_whole(
    ctx: ServiceContext, plan: dict[str, list[int]]
) -> None:
    before, after = edit_tasks(ctx, plan["tasks"], BatchEdit(frequency="quarterly"))
    set_roles(ctx, plan["tasks"][1], RoleSet(lead=(Target(plan["units"][2]),)))
    with pytest.raises(StaleEditError):
        restore_tasks(ctx, before, after)
    rule = load_rule(ctx, plan["tasks"][0])
    assert rule is not None and rule.frequency == "quarterly"
