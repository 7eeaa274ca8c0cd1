"""The first-run checklist (开始使用) of the home page: what a new office has done so far.

An empty workspace gives no hint where to begin; the checklist names the five steps of the
first day in order — 设置, 导入成员单位, 导入工作要点, 登记已收材料, 生成通知 — each done or next,
and disappears once all are done.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select

from creditdesk.model import Notice, Plan, Submission, Unit
from creditdesk.services.context import ServiceContext
from creditdesk.services.settings import load_settings

STEP_KEYS = ("settings", "units", "plan", "submissions", "notices")
"""The steps in the order the first day takes them."""


@dataclass(frozen=True)
class FirstRunSteps:
    """Which of the first day's steps are done (by :data:`STEP_KEYS`)."""

    done: dict[str, bool]

    @property
    def next_step(self) -> str | None:
        """The first step not done; None once the office is set up."""
        return next((key for key in STEP_KEYS if not self.done[key]), None)

    @property
    def all_done(self) -> bool:
        return self.next_step is None


def first_run_steps(ctx: ServiceContext) -> FirstRunSteps:
    """Read what the workspace holds: settings filled in, units, a plan, submissions, notices."""
    settings = load_settings(ctx)
    with ctx.session_factory() as session:
        done = {
            "settings": bool(settings.office_name.strip() and settings.doc_prefix.strip()),
            "units": bool(session.scalar(select(exists().where(Unit.id.is_not(None))))),
            "plan": bool(session.scalar(select(exists().where(Plan.id.is_not(None))))),
            "submissions": bool(session.scalar(select(exists().where(Submission.id.is_not(None))))),
            "notices": bool(session.scalar(select(exists().where(Notice.id.is_not(None))))),
        }
    return FirstRunSteps(done)
