"""Small reads the inbox, matrix and home views need: attachments, a unit's obligations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select

from creditdesk.model import Attachment, Obligation, PlanNode, Unit
from creditdesk.services.context import ServiceContext
from creditdesk.services.inbox import period_codes_within
from creditdesk.services.periods import Period
from creditdesk.services.status_types import ObligationLine


@dataclass(frozen=True)
class AttachmentRef:
    """One stored file of a submission: where the store keeps it and the name it came with."""

    sha256: str
    name: str
    size: int


@dataclass(frozen=True)
class ObligationChoice:
    """An obligation (应报事项) offered when logging: its task, period and due date."""

    obligation_id: int
    unit_id: int
    node_id: int
    task_label: str
    task_title: str
    period: str
    due_date: dt.date
    extended_to: dt.date | None
    extension_reason: str

    @property
    def effective_due(self) -> dt.date:
        """The due date that counts: the extension's, when granted."""
        return self.extended_to or self.due_date


def attachments_of(ctx: ServiceContext, submission_id: int) -> list[AttachmentRef]:
    """The files of one submission in the order they were attached."""
    with ctx.session_factory() as session:
        rows = session.execute(
            select(Attachment.sha256, Attachment.original_name, Attachment.size)
            .where(Attachment.submission_id == submission_id)
            .order_by(Attachment.id)
        ).all()
    return [AttachmentRef(sha, name, size) for sha, name, size in rows]


def _choice_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Obligation.id,
            Obligation.unit_id,
            Obligation.node_id,
            PlanNode.label,
            PlanNode.title,
            Obligation.period,
            Obligation.due_date,
            Obligation.extended_to,
            Obligation.extension_reason,
        )
        .join(PlanNode, PlanNode.id == Obligation.node_id)
        .where(Obligation.active)
    )


def unit_obligations(ctx: ServiceContext, unit_id: int, period: str) -> list[ObligationChoice]:
    """A unit's obligations for a period and the shorter periods inside it, by task."""
    query = _choice_query().where(
        Obligation.unit_id == unit_id, Obligation.period.in_(period_codes_within(period))
    )
    with ctx.session_factory() as session:
        rows = session.execute(query.order_by(PlanNode.id, Obligation.period)).all()
    return [ObligationChoice(*row) for row in rows]


def obligations_by_id(ctx: ServiceContext, ids: list[int]) -> list[ObligationChoice]:
    """The obligations with these ids (for the extension dialog)."""
    with ctx.session_factory() as session:
        rows = session.execute(
            _choice_query().where(Obligation.id.in_(ids)).order_by(Obligation.due_date)
        ).all()
    return [ObligationChoice(*row) for row in rows]


def obligation_of_line(ctx: ServiceContext, line: ObligationLine) -> ObligationChoice | None:
    """The obligation a home-page or since-last line stands for (those lines carry names only)."""
    try:
        code = Period.parse(line.period_label).code
    except ValueError:
        return None
    query = (
        _choice_query()
        .join(Unit, Unit.id == Obligation.unit_id)
        .where(
            Unit.name == line.unit,
            PlanNode.label == line.task_label,
            PlanNode.title == line.task_title,
            Obligation.period == code,
        )
        .order_by(Obligation.id.desc())
    )
    with ctx.session_factory() as session:
        row = session.execute(query.limit(1)).first()
    return ObligationChoice(*row) if row is not None else None
