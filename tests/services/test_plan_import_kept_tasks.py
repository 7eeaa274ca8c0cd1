"""A revised plan never deletes a task with logged materials, whatever the section order."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from creditdesk.model import Obligation, PlanNode, Submission, Unit
from creditdesk.parsing.plan_parser import parse_text
from creditdesk.services.context import ServiceContext
from creditdesk.services.plan_import import (
    WITHDRAWN_SECTION_LABEL,
    apply_import,
    preview_import,
    undo_import,
)
from creditdesk.services.tasks import load_task_tree

HEAD = "西平县2025年社会信用体系建设工作要点\n\n"
FIRST = (
    "一、信用信息归集\n"
    "（一）纳税信息归集。每季度结束后5个工作日内报送。（牵头单位：县发改委。责任单位：县税务局）\n"
)
SECOND = (
    "二、信用应用\n"
    "（二）信易贷推广。推动金融机构扩大信用贷款，每季度报送进展。（牵头单位：县发改委）\n"
    "（三）信用承诺。推行告知承诺制，每季度报送进展。（牵头单位：县税务局）\n"
)


@pytest.fixture
def units(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        session.add_all(
            [
                Unit(name="西平县发展和改革委员会", short_name="县发改委", position=1),
                Unit(name="国家税务总局西平县税务局", short_name="县税务局", position=2),
            ]
        )


def _log_submission(ctx: ServiceContext, title: str) -> tuple[int, int, int]:
    """Log a Q1 submission on the task; returns (task id, obligation id, submission id)."""
    with ctx.session_factory.begin() as session:
        node = session.scalars(select(PlanNode).where(PlanNode.title == title)).one()
        obligation = session.scalars(
            select(Obligation).where(Obligation.node_id == node.id, Obligation.period == "2025Q1")
        ).first()
        assert obligation is not None
        submission = Submission(
            unit_id=obligation.unit_id,
            node_id=node.id,
            obligation_id=obligation.id,
            period="2025Q1",
            received_on=dt.date(2025, 4, 3),
            created_at=dt.datetime(2025, 4, 3, 9),
        )
        session.add(submission)
        session.flush()
        return node.id, obligation.id, submission.id


def _obligations(ctx: ServiceContext, node_id: int) -> int:
    with ctx.session_factory() as session:
        return session.scalar(
            select(func.count(Obligation.id)).where(Obligation.node_id == node_id)
        )


@pytest.mark.parametrize(
    "original",
    [HEAD + FIRST + SECOND, HEAD + SECOND.replace("二、", "一、") + FIRST.replace("一、", "二、")],
    ids=["removed-section-last", "removed-section-first"],
)
def test_task_with_materials_survives_removal_of_its_section(
    ctx: ServiceContext, units: None, original: str
) -> None:
    """The old task stays, with obligations and submission, under a visible 已撤销 section."""
    apply_import(ctx, preview_import(ctx, parse_text(original)))
    node_id, obligation_id, submission_id = _log_submission(ctx, "信易贷推广")
    obligations_before = _obligations(ctx, node_id)
    only_first = HEAD + (
        FIRST if original.startswith(HEAD + FIRST) else FIRST.replace("一、", "二、")
    )
    preview = preview_import(ctx, parse_text(only_first))
    removed = {c.title for c in preview.changes if c.change == "removed"}
    assert removed == {"信易贷推广", "信用承诺"}

    result = apply_import(ctx, preview)

    assert (result.removed, result.kept_with_submissions) == (1, 1)
    with ctx.session_factory() as session:
        submission = session.get(Submission, submission_id)
        assert submission is not None
        assert (submission.node_id, submission.obligation_id) == (node_id, obligation_id)
        assert session.get(Obligation, obligation_id) is not None
        assert session.scalar(select(PlanNode.id).where(PlanNode.title == "信用承诺")) is None
    assert _obligations(ctx, node_id) == obligations_before
    tree = {s.title: [t.title for t in s.children] for s in load_task_tree(ctx)}
    withdrawn = [title for title in tree if title not in ("信用信息归集",)]
    assert len(withdrawn) == 1 and "已撤销" in withdrawn[0]
    assert tree[withdrawn[0]] == ["信易贷推广"]
    assert list(tree)[-1] == withdrawn[0]  # shown after the plan's own sections
    assert tree["信用信息归集"] == ["纳税信息归集"]


def test_a_second_revision_keeps_the_withdrawn_section_and_undo_restores_each_step(
    ctx: ServiceContext, units: None
) -> None:
    """Re-importing keeps kept tasks in one 已撤销 section; undo puts the task back in 二、."""
    apply_import(ctx, preview_import(ctx, parse_text(HEAD + FIRST + SECOND)))
    node_id, _, submission_id = _log_submission(ctx, "信易贷推广")
    first = apply_import(ctx, preview_import(ctx, parse_text(HEAD + FIRST)))
    second = apply_import(ctx, preview_import(ctx, parse_text(HEAD + FIRST)))
    assert second.kept_with_submissions == 1
    with ctx.session_factory() as session:
        withdrawn = session.scalars(
            select(PlanNode).where(PlanNode.label == WITHDRAWN_SECTION_LABEL)
        ).all()
        assert len(withdrawn) == 1
        assert session.get(PlanNode, node_id).parent_id == withdrawn[0].id  # type: ignore[union-attr]
    undo_import(ctx, second.undo)
    undo_import(ctx, first.undo)
    tree = {s.title: [t.title for t in s.children] for s in load_task_tree(ctx)}
    assert tree == {"信用信息归集": ["纳税信息归集"], "信用应用": ["信易贷推广", "信用承诺"]}
    with ctx.session_factory() as session:
        submission = session.get(Submission, submission_id)
        assert submission is not None and submission.node_id == node_id


def test_the_only_task_of_a_dropped_section_is_not_deleted_through_the_section(
    ctx: ServiceContext, units: None
) -> None:
    """The section's delete used to cascade silently to its one task and its obligations."""
    lone = SECOND.replace(
        "（三）信用承诺。推行告知承诺制，每季度报送进展。（牵头单位：县税务局）\n", ""
    )
    apply_import(ctx, preview_import(ctx, parse_text(HEAD + FIRST + lone)))
    node_id, obligation_id, submission_id = _log_submission(ctx, "信易贷推广")
    result = apply_import(ctx, preview_import(ctx, parse_text(HEAD + FIRST)))
    assert (result.removed, result.kept_with_submissions) == (0, 1)
    with ctx.session_factory() as session:
        submission = session.get(Submission, submission_id)
        assert submission is not None
        assert (submission.node_id, submission.obligation_id) == (node_id, obligation_id)
    titles = [t.title for s in load_task_tree(ctx) for t in s.children]
    assert titles == ["纳税信息归集", "信易贷推广"]
