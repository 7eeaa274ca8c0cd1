"""Plan import: names resolved through the roster, decisions remembered, revisions keep work."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from creditdesk.model import Alias, Obligation, Plan, PlanNode, Submission, Unit, UnitGroup
from creditdesk.parsing.plan_parser import parse_text
from creditdesk.services.context import ServiceContext
from creditdesk.services.plan_import import (
    NameDecision,
    UnresolvedNamesError,
    apply_import,
    preview_import,
    undo_import,
)
from creditdesk.services.plan_start import plan_start, set_plan_start
from creditdesk.services.tasks import load_task_tree

PLAN = """西平县2025年社会信用体系建设工作要点

一、信用信息归集
（一）纳税信息归集。按季度将纳税信用信息归集到县公共信用信息平台，每季度结束后5个工作日内报送。（牵头单位：县发改委。责任单位：县税务局、县民政局）
（二）双公示信息报送。在作出决定之日起7个工作日内公示，上报率达到100%，每月报送情况。（牵头单位：县发改委。责任单位：各成员单位）
二、信用应用
（三）信易贷推广。推动金融机构扩大信用贷款，每季度报送进展。（人行西平县支行牵头，县金融服务中心配合）
"""


@pytest.fixture
def roster(ctx: ServiceContext) -> dict[str, int]:
    with ctx.session_factory.begin() as session:
        units = {
            name: Unit(name=name, short_name=short, position=i)
            for i, (name, short) in enumerate(
                [
                    ("西平县发展和改革委员会", "县发改委"),
                    ("国家税务总局西平县税务局", "县税务局"),
                    ("西平县民政局", "县民政局"),
                    ("中国人民银行西平县支行", ""),
                ]
            )
        }
        session.add_all(units.values())
        group = UnitGroup(name="各成员单位", all_units=True)
        session.add(group)
        session.flush()
        return {**{n: u.id for n, u in units.items()}, "各成员单位": group.id}


def test_names_match_units_aliases_normalised_forms_and_groups(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    preview = preview_import(ctx, parse_text(PLAN))
    assert preview.year == 2025
    matches = preview.matches
    assert matches["县发改委"].target_id == roster["西平县发展和改革委员会"]
    assert matches["县税务局"].target_id == roster["国家税务总局西平县税务局"]
    assert matches["人行西平县支行"].target_id == roster["中国人民银行西平县支行"]
    assert (matches["各成员单位"].kind, matches["各成员单位"].target_id) == (
        "group",
        roster["各成员单位"],
    )
    assert preview.unresolved == ["县金融服务中心"]  # never guessed


def test_unresolved_names_block_the_import_and_nothing_is_written(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    preview = preview_import(ctx, parse_text(PLAN))
    with pytest.raises(UnresolvedNamesError, match="县金融服务中心"):
        apply_import(ctx, preview)
    with ctx.session_factory() as session:
        assert session.scalar(select(func.count(Plan.id))) == 0


def test_a_decision_is_remembered_as_an_alias_for_next_year(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    preview = preview_import(ctx, parse_text(PLAN))
    result = apply_import(
        ctx,
        preview,
        {"县金融服务中心": NameDecision("unit", roster["西平县发展和改革委员会"])},
        source_name="工作要点.docx",
    )
    assert result.added == 3 and result.created_units == 0
    with ctx.session_factory() as session:
        alias = session.scalars(select(Alias).where(Alias.name == "县金融服务中心")).one()
        assert alias.unit_id == roster["西平县发展和改革委员会"]
        # quarterly: 发改委, 税务局, 民政局 × 4; monthly: 各成员单位 = all four units × 12;
        # quarterly 信易贷: only the lead bank × 4 (supporting units owe nothing)
        assert session.scalar(select(func.count(Obligation.id))) == 3 * 4 + 4 * 12 + 1 * 4
    next_year = preview_import(ctx, parse_text(PLAN.replace("2025", "2026")))
    assert next_year.unresolved == []
    tree = load_task_tree(ctx)
    assert [s.title for s in tree] == ["信用信息归集", "信用应用"]
    assert tree[1].children[0].lead_units == ["中国人民银行西平县支行"]


def test_create_units_makes_new_roster_entries_and_undo_removes_them(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    result = apply_import(ctx, preview_import(ctx, parse_text(PLAN)), create_units=True)
    assert result.created_units == 1
    undo_import(ctx, result.undo)
    with ctx.session_factory() as session:
        assert session.scalar(select(func.count(Plan.id))) == 0
        assert session.scalar(select(func.count(Obligation.id))) == 0
        assert session.scalar(select(Unit.id).where(Unit.name == "县金融服务中心")) is None


def test_revised_plan_shows_changes_and_keeps_submissions_of_unchanged_tasks(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    first = apply_import(ctx, preview_import(ctx, parse_text(PLAN)), create_units=True)
    with ctx.session_factory.begin() as session:
        node = session.scalars(select(PlanNode).where(PlanNode.title == "纳税信息归集")).one()
        obligation = session.scalars(
            select(Obligation).where(Obligation.node_id == node.id, Obligation.period == "2025Q1")
        ).first()
        assert obligation is not None
        session.add(
            Submission(
                unit_id=obligation.unit_id,
                node_id=node.id,
                obligation_id=obligation.id,
                period="2025Q1",
                received_on=dt.date(2025, 4, 3),
                created_at=dt.datetime(2025, 4, 3, 9),
            )
        )
        kept_node_id = node.id
    revised = (
        PLAN.replace("每月报送情况", "每季度报送情况").replace(
            "（三）信易贷推广。推动金融机构扩大信用贷款，每季度报送进展。（人行西平县支行牵头，县金融服务中心配合）\n",
            "",
        )
        + "（三）信用修复。主动告知修复渠道。（责任单位：县发改委）\n"
    )
    preview = preview_import(ctx, parse_text(revised))
    kinds = {c.title: c.change for c in preview.changes}
    assert kinds == {
        "纳税信息归集": "unchanged",
        "双公示信息报送": "changed",
        "信用修复": "added",
        "信易贷推广": "removed",
    }
    result = apply_import(ctx, preview)
    assert (result.added, result.changed, result.removed) == (1, 1, 1)
    with ctx.session_factory() as session:
        submission = session.scalars(select(Submission)).one()
        assert submission.node_id == kept_node_id and submission.obligation_id == obligation.id
        assert session.scalar(select(func.count(Plan.id))) == 1
    undo_import(ctx, result.undo)
    titles = [t.title for s in load_task_tree(ctx) for t in s.children]
    assert titles == ["纳税信息归集", "双公示信息报送", "信易贷推广"]
    assert first.plan_id == result.plan_id


def test_undo_removes_created_units_even_when_another_plan_addresses_all_units(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    """Another year's 各成员单位 task must not keep the new units alive (or crash the undo)."""
    apply_import(
        ctx, preview_import(ctx, parse_text(PLAN.replace("2025", "2024"))), create_units=True
    )
    with ctx.session_factory() as session:
        before = session.scalar(select(func.count(Obligation.id)))
    result = apply_import(ctx, preview_import(ctx, parse_text(PLAN)), create_units=True)
    assert result.created_units == 0  # 县金融服务中心 exists since the 2024 import
    third = PLAN.replace("县金融服务中心配合", "县金融服务中心、县数据局配合").replace(
        "2025", "2026"
    )
    created = apply_import(ctx, preview_import(ctx, parse_text(third)), create_units=True)
    assert created.created_units == 1
    undo_import(ctx, created.undo)
    with ctx.session_factory() as session:
        assert session.scalar(select(Unit.id).where(Unit.name == "县数据局")) is None
        assert session.scalar(select(func.count(Plan.id))) == 2
    undo_import(ctx, result.undo)
    with ctx.session_factory() as session:
        assert session.scalar(select(func.count(Obligation.id))) == before


def test_the_plan_starts_on_its_issue_date_and_nothing_falls_due_before_it(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    """Issued 16 February: January's monthly report (due 7 February) is not owed."""
    draft = parse_text(PLAN)
    draft.issued_on = dt.date(2025, 2, 16)
    preview = preview_import(ctx, draft)
    assert preview.starts_on == dt.date(2025, 2, 16)
    result = apply_import(ctx, preview, create_units=True)
    with ctx.session_factory() as session:
        plan = session.get(Plan, result.plan_id)
        assert plan is not None and plan.starts_on == dt.date(2025, 2, 16)
        first_due = session.scalar(select(func.min(Obligation.due_date)))
        monthly = set(
            session.scalars(select(Obligation.period).where(Obligation.period.like("2025-%")))
        )
    assert first_due is not None and first_due >= dt.date(2025, 2, 16)
    assert "2025-01" not in monthly and "2025-02" in monthly
    # the clerk moves the start to 1 July: nothing of the first half is owed any more
    old, changed = set_plan_start(ctx, result.plan_id, dt.date(2025, 7, 1))
    assert old == dt.date(2025, 2, 16) and changed.retired > 0
    with ctx.session_factory() as session:
        assert session.scalar(select(func.min(Obligation.due_date))) >= dt.date(2025, 7, 1)  # type: ignore[operator]
    assert plan_start(ctx, result.plan_id) == dt.date(2025, 7, 1)
    set_plan_start(ctx, result.plan_id, old)  # the undo
    with ctx.session_factory() as session:
        assert session.scalar(select(func.min(Obligation.due_date))) == first_due


def test_without_an_issue_date_the_plan_starts_on_the_import_day(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    """Imported on 22 November 2026 with no date in the file: only what falls due from then."""
    preview = preview_import(ctx, parse_text(PLAN.replace("2025", "2026")))
    assert preview.starts_on == ctx.clock.today()
    past_year = preview_import(ctx, parse_text(PLAN))
    assert past_year.starts_on == dt.date(2025, 1, 1)  # a past year's record: the whole year
    apply_import(ctx, preview, create_units=True)
    with ctx.session_factory() as session:
        dues = set(session.scalars(select(Obligation.due_date)))
    assert dues and min(dues) >= ctx.clock.today()
