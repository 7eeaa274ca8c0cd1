"""The inbox (收件): submissions the clerk has logged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from creditdesk.model import Attachment, PlanNode, Submission, Unit
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import Period

REVIEW_LABELS = {
    "pending": "待审核",
    "accepted": "合格",
    "returned": "退回补充",
    "rejected": "不合格",
}
CHANNEL_LABELS = {
    "email": "邮件",
    "paper": "纸质",
    "intranet": "内网",
    "im": "即时通讯",
    "onsite": "现场",
}


@dataclass(frozen=True)
class SubmissionRow:
    """A submission as the inbox table shows it (states and channels in Chinese)."""

    id: int
    unit: str
    task_label: str
    task_title: str
    period_label: str
    received_on: dt.date
    channel: str
    title: str
    review_state: str
    attachment_count: int


def period_label(code: str) -> str:
    """The Chinese label of a period code, or the code itself if it is not one."""
    try:
        return Period.parse(code).label
    except ValueError:
        return code


def list_submissions(ctx: ServiceContext, text: str = "", limit: int = 500) -> list[SubmissionRow]:
    """The newest submissions matching a text (unit, task, title, notes)."""
    files = (
        select(func.count(Attachment.id))
        .where(Attachment.submission_id == Submission.id)
        .correlate(Submission)
        .scalar_subquery()
    )
    query = (
        select(Submission, Unit.name, PlanNode.label, PlanNode.title, files)
        .join(Unit, Unit.id == Submission.unit_id)
        .outerjoin(PlanNode, PlanNode.id == Submission.node_id)
        .order_by(Submission.received_on.desc(), Submission.id.desc())
        .limit(limit)
    )
    text = text.strip()
    if text:
        pattern = f"%{text}%"
        query = query.where(
            or_(
                Unit.name.like(pattern),
                PlanNode.title.like(pattern),
                Submission.title.like(pattern),
                Submission.notes.like(pattern),
            )
        )
    with ctx.session_factory() as session:
        return [
            SubmissionRow(
                s.id,
                unit,
                label or "",
                title or "",
                period_label(s.period),
                s.received_on,
                CHANNEL_LABELS.get(s.channel, s.channel),
                s.title,
                REVIEW_LABELS.get(s.review_state, s.review_state),
                count,
            )
            for s, unit, label, title, count in session.execute(query)
        ]
