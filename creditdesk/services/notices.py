"""The register of supervisory notices (督办通知登记)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from creditdesk.model import Notice, NoticeItem, Unit
from creditdesk.services.context import ServiceContext

LEVEL_LABELS = {"reminder": "提醒", "overdue": "催报", "supervise": "督办"}
STATE_LABELS = {"issued": "已发出", "replied": "已回复", "closed": "已办结", "void": "已作废"}


@dataclass(frozen=True)
class NoticeRow:
    """A notice as the register shows it (level and state in Chinese)."""

    id: int
    number: str
    unit: str
    issued_on: dt.date
    level: str
    state: str
    item_count: int


def list_notices(ctx: ServiceContext) -> list[NoticeRow]:
    """All notices, newest number first."""
    items = (
        select(func.count(NoticeItem.id))
        .where(NoticeItem.notice_id == Notice.id)
        .correlate(Notice)
        .scalar_subquery()
    )
    query = (
        select(Notice, Unit.name, items)
        .join(Unit, Unit.id == Notice.unit_id)
        .order_by(Notice.year.desc(), Notice.seq.desc())
    )
    with ctx.session_factory() as session:
        return [
            NoticeRow(
                n.id,
                n.number,
                unit,
                n.issued_on,
                LEVEL_LABELS.get(n.level, n.level),
                STATE_LABELS.get(n.state, n.state),
                count,
            )
            for n, unit, count in session.execute(query)
        ]
