"""What the plan import review opens with, read from a file without Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factories import add_units

from creditdesk.services.context import ServiceContext
from creditdesk.services.plan_import import NameDecision, PlanFileError
from creditdesk.services.plan_review import import_reviewed_plan, load_plan_review
from creditdesk.services.plan_start import plan_start
from creditdesk.services.progress import NO_PROGRESS
from creditdesk.services.tasks import current_plan_title, load_task_tree

PLAN = """青禾县2026年社会信用体系建设工作要点

一、信用信息归集
（一）纳税信息归集。按季度将纳税信用信息归集到县公共信用信息平台，每季度结束后5个工作日内报送。\
（牵头单位：县发改委。责任单位：青禾县税务局、县档案馆）
"""


class Steps:
    """Records the progress texts a job reports."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def step(self, done: int, total: int, text: str = "") -> None:
        self.texts.append(text)


def test_the_review_holds_the_parsed_plan_its_name_matches_and_the_roster(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    with ctx.session_factory.begin() as session:
        ndrc, tax = add_units(session, "青禾县发展和改革委员会", "青禾县税务局")
        ndrc.short_name = "县发改委"
        session.add(ndrc)
        ids = (ndrc.id, tax.id)
    path = tmp_path / "工作要点.txt"
    path.write_text(PLAN, encoding="utf-8")
    steps = Steps()
    review = load_plan_review(ctx, path, steps)
    assert review.preview.year == 2026
    assert review.preview.matches["县发改委"].target_id == ids[0]
    assert review.preview.matches["青禾县税务局"].target_id == ids[1]
    assert review.preview.matches["县档案馆"].target_id is None  # left for the clerk
    assert [(e.kind, e.id) for e in review.entries] == [("unit", ids[0]), ("unit", ids[1])]
    assert review.categories == ["县直部门"]
    assert steps.texts[0] == "正在读取 工作要点.txt…"  # the clerk sees which file is read


def test_a_file_without_tasks_is_refused_with_a_message(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = tmp_path / "空.txt"
    path.write_text("会议纪要\n\n今天开会。\n", encoding="utf-8")
    with pytest.raises(PlanFileError):
        load_plan_review(ctx, path, NO_PROGRESS)


def test_the_reviewed_plan_is_saved_with_the_clerk_s_title_start_and_name_decisions(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    with ctx.session_factory.begin() as session:
        ndrc, _tax, archive = add_units(
            session, "青禾县发展和改革委员会", "青禾县税务局", "青禾县档案局"
        )
        ndrc.short_name = "县发改委"
        archive_id = archive.id
    path = tmp_path / "工作要点.txt"
    path.write_text(PLAN, encoding="utf-8")
    opened = load_plan_review(ctx, path, NO_PROGRESS).preview
    assert opened.unresolved == ["县档案馆"]  # the clerk maps it to the 档案局 by hand
    draft = opened.draft
    draft.title = "青禾县2026年信用工作要点（修订）"  # edited on review
    start = dt.date(2026, 3, 1)
    preview, result = import_reviewed_plan(
        ctx,
        draft,
        2026,
        {"县档案馆": NameDecision("unit", archive_id)},
        source_name="工作要点.txt",
        starts_on=start,
        progress=NO_PROGRESS,
    )
    assert preview.starts_on == start and result.added == 1
    assert plan_start(ctx, result.plan_id) == start
    assert current_plan_title(ctx) == "青禾县2026年信用工作要点（修订）"
    (section,) = load_task_tree(ctx)
    assert section.children[0].responsible_units == ["青禾县税务局", "青禾县档案局"]
