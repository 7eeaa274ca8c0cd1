"""The inbox (收件): submissions the clerk has logged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from creditdesk.model import Attachment, PlanNode, Submission, Unit
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import Period, periods_in_year
from creditdesk.services.text_rules import contains_any

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


SORT_COLUMNS = {
    "received_on": Submission.received_on,
    "unit": Unit.name,
    "task": PlanNode.label,
    "period": Submission.period,
    "title": Submission.title,
    "review_state": Submission.review_state,
}


@dataclass(frozen=True)
class InboxFilter:
    """What the inbox page filters on; a period also matches the months inside it."""

    text: str = ""
    unit_id: int | None = None
    node_id: int | None = None
    period: str | None = None
    review_state: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None


def period_codes_within(code: str) -> list[str]:
    """A period's code and the codes of the shorter periods inside it (2024Q3 → 2024-07 …)."""
    period = Period.parse(code)
    codes = {period.code}
    for frequency in ("half-yearly", "quarterly", "monthly"):
        for inner in periods_in_year(period.year, frequency):
            if period.start <= inner.start and inner.end <= period.end:
                codes.add(inner.code)
    return sorted(codes)


def _apply(query: Select[Any], filters: InboxFilter) -> Select[Any]:
    text = filters.text.strip()
    if text:
        query = query.where(
            contains_any(text, Unit.name, PlanNode.title, Submission.title, Submission.notes)
        )
    if filters.unit_id is not None:
        query = query.where(Submission.unit_id == filters.unit_id)
    if filters.node_id is not None:
        query = query.where(Submission.node_id == filters.node_id)
    if filters.period:
        query = query.where(Submission.period.in_(period_codes_within(filters.period)))
    if filters.review_state:
        query = query.where(Submission.review_state == filters.review_state)
    if filters.received_from is not None:
        query = query.where(Submission.received_on >= filters.received_from)
    if filters.received_to is not None:
        query = query.where(Submission.received_on <= filters.received_to)
    return query


def list_submissions(
    ctx: ServiceContext,
    text: str = "",
    limit: int = 500,
    *,
    filters: InboxFilter | None = None,
    offset: int = 0,
    sort: str = "received_on",
    descending: bool = True,
) -> list[SubmissionRow]:
    """A page of submissions matching the filters (or a plain text search), newest first.

    Filtering, sorting and paging run in SQL, so the inbox stays quick with 200 000 rows.
    """
    filters = filters or InboxFilter(text=text)
    files = (
        select(func.count(Attachment.id))
        .where(Attachment.submission_id == Submission.id)
        .correlate(Submission)
        .scalar_subquery()
    )
    order = SORT_COLUMNS.get(sort, Submission.received_on)
    query = (
        select(Submission, Unit.name, PlanNode.label, PlanNode.title, files)
        .join(Unit, Unit.id == Submission.unit_id)
        .outerjoin(PlanNode, PlanNode.id == Submission.node_id)
        .order_by(order.desc() if descending else order.asc(), Submission.id.desc())
        .offset(offset)
        .limit(limit)
    )
    query = _apply(query, filters)
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


def count_submissions(ctx: ServiceContext, filters: InboxFilter) -> int:
    """How many submissions match the filters (for lazy loading and the page's count)."""
    query = (
        select(func.count(Submission.id))
        .select_from(Submission)
        .join(Unit, Unit.id == Submission.unit_id)
        .outerjoin(PlanNode, PlanNode.id == Submission.node_id)
    )
    with ctx.session_factory() as session:
        return int(session.scalar(_apply(query, filters)) or 0)
