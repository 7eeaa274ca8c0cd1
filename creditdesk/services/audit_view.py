"""Reading the audit log (操作记录): who did what and when, filtered in SQL, newest first.

The log is written by :mod:`creditdesk.services.audit` with every service write; this module
is its reader for the 操作记录 window. Filters (date range, user, kind of record, text) become
one ``WHERE``; rows come a page at a time so a log of years opens at once. Each entry's kind
is the table it touched (``entity``), shown with a Chinese label.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Select, func, select

from creditdesk.model import AuditEntry
from creditdesk.model.unit_fields import FIELD_LABELS as UNIT_FIELD_LABELS
from creditdesk.services.context import ServiceContext
from creditdesk.services.text_rules import contains_any

KIND_LABELS: Final[dict[str, str]] = {
    "unit": "单位",
    "alias": "单位别名",
    "unit_group": "单位分组",
    "roster_import": "名册导入",
    "plan": "工作要点",
    "plan_node": "任务",
    "obligation_rule": "报送规则",
    "obligation": "应报事项（延期）",
    "submission": "报送材料",
    "progress_import": "进展情况表导入",
    "notice": "督办通知",
    "report_issue": "季度通报",
    "office_settings": "单位设置",
    "calendar": "工作日历",
    "clerk_state": "自上次以来",
    "account": "用户账号",
    "app_user": "用户",
    "workspace": "工作区",
}
"""Chinese names of the kinds of record the services write to the log."""


FIELD_LABELS: Final[dict[str, str]] = {
    **UNIT_FIELD_LABELS,
    "active": "在册",
    "title": "标题",
    "label": "编号",
    "period": "报送期",
    "received_on": "收到日期",
    "channel": "报送方式",
    "review_state": "审核状态",
    "reviewer": "审核人",
    "reviewed_on": "审核日期",
    "return_reason": "退回原因",
    "due_date": "截止日期",
    "extended_to": "延期至",
    "frequency": "报送频次",
    "material": "报送材料",
    "unit_id": "单位编号",
    "node_id": "任务编号",
    "obligation_id": "应报事项编号",
    "files": "附件",
    "members": "成员",
    "description": "说明",
    "version": "版本",
    "created_at": "创建时间",
}
"""Chinese names of the recorded values most often read; others show their code name."""


def kind_label(kind: str) -> str:
    """The Chinese name of a kind of record (the code itself for one not named yet)."""
    return KIND_LABELS.get(kind, kind)


@dataclass(frozen=True)
class AuditFilter:
    """What the clerk narrowed the log to; empty fields do not filter.

    Attributes:
        start: first day shown (inclusive).
        end: last day shown (inclusive).
        user: who did it.
        kind: the kind of record (``entity``: unit, submission…).
        text: found in the operation, the record's id, or its values before or after.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    user: str = ""
    kind: str = ""
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    """One line of the log as the window shows it."""

    id: int
    at: dt.datetime
    user: str
    action: str
    kind: str
    kind_label: str
    record_id: str


@dataclass(frozen=True)
class AuditDetail:
    """An entry's values before and after, as readable ``key: value`` lines."""

    before: tuple[str, ...]
    after: tuple[str, ...]


def _where(query: Select[*tuple[Any, ...]], filters: AuditFilter) -> Select[*tuple[Any, ...]]:
    if filters.start is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(filters.start, dt.time()))
    if filters.end is not None:
        after_end = dt.datetime.combine(filters.end + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEntry.at < after_end)
    if filters.user:
        query = query.where(AuditEntry.user == filters.user)
    if filters.kind:
        query = query.where(AuditEntry.entity == filters.kind)
    text = filters.text.strip()
    if text:
        query = query.where(
            contains_any(
                text, AuditEntry.action, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after
            )
        )
    return query


def audit_rows(
    ctx: ServiceContext, filters: AuditFilter, offset: int = 0, limit: int = 200
) -> list[AuditRow]:
    """One page of the log under ``filters``, newest first."""
    columns: Select[*tuple[Any, ...]] = select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.user,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
    )
    query = _where(columns, filters)
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).offset(offset).limit(limit)
    with ctx.session_factory() as session:
        return [
            AuditRow(id_, at, user, action, kind, kind_label(kind), record_id)
            for id_, at, user, action, kind, record_id in session.execute(query)
        ]


def count_audit_rows(ctx: ServiceContext, filters: AuditFilter) -> int:
    """How many entries match ``filters``."""
    with ctx.session_factory() as session:
        query = _where(select(func.count()).select_from(AuditEntry), filters)
        return session.scalar(query) or 0


def audit_users(ctx: ServiceContext) -> list[str]:
    """Everyone who appears in the log, by name."""
    with ctx.session_factory() as session:
        return list(session.scalars(select(AuditEntry.user).distinct().order_by(AuditEntry.user)))


def audit_kinds(ctx: ServiceContext) -> list[tuple[str, str]]:
    """The kinds of record in the log as (code, Chinese label), by label."""
    with ctx.session_factory() as session:
        kinds = session.scalars(select(AuditEntry.entity).distinct())
        return sorted(((k, kind_label(k)) for k in kinds), key=lambda pair: pair[1])


def _lines(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    try:
        values = json.loads(text)
    except ValueError:
        return (text,)
    if not isinstance(values, dict):
        return (json.dumps(values, ensure_ascii=False),)
    return tuple(
        f"{FIELD_LABELS.get(key, key)}: "
        f"{value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}"
        for key, value in values.items()
    )


def audit_detail(ctx: ServiceContext, entry_id: int) -> AuditDetail:
    """The values an entry recorded before and after the change."""
    with ctx.session_factory() as session:
        entry = session.get(AuditEntry, entry_id)
        if entry is None:
            return AuditDetail((), ())
        return AuditDetail(_lines(entry.before), _lines(entry.after))
