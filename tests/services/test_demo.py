"""The demo office is lively, plausible and the same for the same date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from creditdesk.model import Notice, PlanNode, Submission, Unit
from creditdesk.services.demo import build_demo
from creditdesk.services.overview import home_summary
from creditdesk.services.periods import Period
from creditdesk.services.status import period_status
from creditdesk.services.tasks import load_task_tree
from creditdesk.services.workspace import open_workspace

TODAY = dt.date(2026, 11, 22)


def _fingerprint(directory: Path) -> dict[str, object]:
    with open_workspace(directory, backup=False) as workspace:
        ctx = workspace.context
        with ctx.session_factory() as session:
            submissions = session.execute(
                select(
                    Submission.unit_id,
                    Submission.period,
                    Submission.received_on,
                    Submission.review_state,
                ).order_by(Submission.id)
            ).all()
            units = session.scalar(select(func.count(Unit.id)))
            tasks = session.scalar(select(func.count(PlanNode.id)).where(PlanNode.kind == "task"))
            notices = session.scalar(select(func.count(Notice.id)))
        summary = home_summary(ctx, TODAY)
        tree = load_task_tree(ctx)
        q3 = period_status(ctx, Period.parse("2026Q3"), TODAY)
    return {
        "submissions": submissions,
        "units": units,
        "tasks_per_year": tasks,
        "notices": notices,
        "summary": summary,
        "tree": tree,
        "q3": q3,
    }


def test_demo_is_a_living_office_and_deterministic(tmp_path: Path) -> None:
    build_demo(tmp_path / "一", TODAY)
    build_demo(tmp_path / "二", TODAY)
    first = _fingerprint(tmp_path / "一")
    assert first == _fingerprint(tmp_path / "二")
    assert first["units"] >= 30  # type: ignore[operator]
    tree = first["tree"]
    tasks = [t for section in tree for t in section.children]  # type: ignore[attr-defined]
    assert len(tasks) >= 20
    assert all(t.lead_units and t.responsible_units for t in tasks)
    assert {t.frequency for t in tasks} >= {"monthly", "quarterly", "half-yearly", "annual", "once"}
    summary = first["summary"]
    figures = summary.figures  # type: ignore[attr-defined]
    assert figures.received_on_time > 0 and figures.overdue > 0 and figures.not_yet_due > 0
    assert summary.overdue and summary.due_soon  # type: ignore[attr-defined]
    # the home page does not lead with items nobody chased for months (issue 15, item 14)
    assert max(line.days for line in summary.overdue) <= 35  # type: ignore[attr-defined]
    assert first["notices"] == 3


def test_another_day_gives_another_office(tmp_path: Path) -> None:
    build_demo(tmp_path / "a", TODAY)
    build_demo(tmp_path / "b", TODAY + dt.timedelta(days=1))
    assert (
        _fingerprint(tmp_path / "a")["submissions"] != _fingerprint(tmp_path / "b")["submissions"]
    )


def test_a_demo_made_weeks_ago_is_set_aside_for_a_fresh_one(tmp_path: Path) -> None:
    """Its overdue list would lead with items months old; the clerk's practice is kept aside."""
    from creditdesk.services.demo_age import demo_made_on, mark_demo, set_stale_demo_aside

    built = tmp_path / "built"
    build_demo(built, TODAY)
    assert demo_made_on(built) == TODAY
    demo = tmp_path / "演示"
    demo.mkdir()
    (demo / "practice.txt").write_text("练习", encoding="utf-8")
    mark_demo(demo, dt.date(2026, 1, 5))
    assert set_stale_demo_aside(demo, dt.date(2026, 1, 19)) is None  # two weeks: still fine
    moved = set_stale_demo_aside(demo, dt.date(2026, 4, 20))
    assert moved == tmp_path / "演示-20260105"
    assert not demo.exists()
    assert (moved / "practice.txt").read_text(encoding="utf-8") == "练习"
    assert demo_made_on(moved) == dt.date(2026, 1, 5)
    assert set_stale_demo_aside(tmp_path / "无标记", dt.date(2026, 4, 20)) is None
