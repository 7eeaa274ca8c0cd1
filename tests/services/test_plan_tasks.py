"""The 任务 page's list: the current plan's title and tree, read in one go without Qt."""

from __future__ import annotations

from factories import add_plan, add_task, add_units

from creditdesk.model import UnitGroup
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.tasks import PlanTasks, load_plan_tasks

QUARTERLY_5 = DueRule("after_period_end", n=5)


def test_before_the_first_import_there_is_no_plan_and_no_task(ctx: ServiceContext) -> None:
    assert load_plan_tasks(ctx) == PlanTasks(None, None, [])
    assert load_plan_tasks(ctx).task_count == 0


def test_the_latest_year_is_listed_with_each_task_s_units_by_role(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        add_plan(session, 2025)
        plan, section = add_plan(session, 2026)
        lead, responsible = add_units(session, "青禾县发展和改革委员会", "青禾县税务局")
        group = UnitGroup(name="各成员单位", all_units=True)
        session.add(group)
        session.flush()
        add_task(
            session, section, "纳税信用信息归集", "quarterly", QUARTERLY_5, [lead], [responsible]
        )
        add_task(session, section, "双公示", "monthly", QUARTERLY_5, [lead], [], [group])
        plan_id = plan.id
    listed = load_plan_tasks(ctx)
    assert (listed.plan_id, listed.title) == (plan_id, "2026年工作要点")
    assert [node.title for node in listed.tree] == ["信息归集"]
    first, second = listed.tree[0].children
    assert first.title == "纳税信用信息归集" and first.frequency == "quarterly"
    assert first.lead_units == ["青禾县发展和改革委员会"]
    assert first.responsible_units == ["青禾县税务局"]
    assert second.supporting_units == ["各成员单位"]
    assert listed.task_count == 2  # the section is not a task
