"""The audit log (操作日志): every service write records who, when, what, before and after."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from creditdesk.model import AuditEntry, Base
from creditdesk.services.context import ServiceContext


def snapshot(row: Base) -> dict[str, Any]:
    """A row's column values as JSON-ready data (dates as ISO text)."""
    values: dict[str, Any] = {}
    for column in inspect(row).mapper.column_attrs:
        value = getattr(row, column.key)
        if isinstance(value, dt.date | dt.datetime):
            value = value.isoformat()
        values[column.key] = value
    return values


def revive(values: dict[str, Any], model: type[Base]) -> dict[str, Any]:
    """The inverse of :func:`snapshot`: ISO texts back to dates, for re-creating a row."""
    columns = model.__table__.columns
    converted = dict(values)
    for key, value in values.items():
        if isinstance(value, str) and key in columns:
            kind = columns[key].type.python_type
            if kind is dt.datetime:
                converted[key] = dt.datetime.fromisoformat(value)
            elif kind is dt.date:
                converted[key] = dt.date.fromisoformat(value)
    return converted


def record(
    session: Session,
    ctx: ServiceContext,
    action: str,
    entity: str,
    entity_id: object = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an audit entry to the session's transaction (it commits or rolls back with it)."""
    entry = AuditEntry(
        at=ctx.clock.now(),
        user=ctx.user,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=None if before is None else json.dumps(before, ensure_ascii=False, default=str),
        after=None if after is None else json.dumps(after, ensure_ascii=False, default=str),
    )
    session.add(entry)
    return entry


def recent_entries(ctx: ServiceContext, limit: int = 200) -> list[AuditEntry]:
    """The newest audit entries, newest first."""
    with ctx.session_factory() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
        return list(rows)


def last_change(session: Session, entity: str, entity_id: object) -> str | None:
    """Who last changed a row and when, e.g. "王芳（2026-11-22 09:30）", from the audit log."""
    key = str(entity_id)
    # a batch action (审核 of several submissions) names its rows as "3,7,12"
    named = or_(
        AuditEntry.entity_id == key,
        AuditEntry.entity_id.like(f"{key},%"),
        AuditEntry.entity_id.like(f"%,{key}"),
        AuditEntry.entity_id.like(f"%,{key},%"),
    )
    entry = session.scalar(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, named)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    if entry is None:
        return None
    return f"{entry.user}（{entry.at:%Y-%m-%d %H:%M}）"
