"""操作记录: the audit log read back newest first, filtered by day, user, kind and text."""

from __future__ import annotations

import datetime as dt

from creditdesk.model import AuditEntry
from creditdesk.services.audit_view import (
    AuditFilter,
    audit_detail,
    audit_kinds,
    audit_rows,
    audit_users,
    count_audit_rows,
)
from creditdesk.services.context import ServiceContext

ENTRIES = [
    (dt.datetime(2025, 3, 1, 9), "王芳", "新增单位", "unit", "7", None, '{"name": "县财政局"}'),
    (dt.datetime(2025, 3, 2, 10), "李强", "审核报送材料", "submission", "3,4", None, None),
    (dt.datetime(2025, 3, 2, 23, 59), "王芳", "修改单位", "unit", "7",
     '{"name": "县财政局"}', '{"name": "宝丰县财政局"}'),
    (dt.datetime(2025, 3, 5, 8), "王芳", "发出督办通知", "notice", "12", None, None),
    (dt.datetime(2025, 3, 5, 8), "李强", "100%完成_x", "mystery_kind", "", None, None),
]  # fmt: skip


def _log(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        for at, user, action, entity, entity_id, before, after in ENTRIES:
            session.add(AuditEntry(at=at, user=user, action=action, entity=entity,
                                   entity_id=entity_id, before=before, after=after))  # fmt: skip


def _actions(ctx: ServiceContext, filters: AuditFilter) -> list[str]:
    return [row.action for row in audit_rows(ctx, filters)]


def test_the_log_reads_newest_first_with_chinese_kinds(ctx: ServiceContext) -> None:
    _log(ctx)
    rows = audit_rows(ctx, AuditFilter(start=dt.date(2025, 1, 1)))
    assert [r.action for r in rows] == [
        "100%完成_x", "发出督办通知", "修改单位", "审核报送材料", "新增单位",
    ]  # fmt: skip
    assert [r.kind_label for r in rows][1:] == ["督办通知", "单位", "报送材料", "单位"]
    assert rows[0].kind_label == "mystery_kind"  # a kind with no name yet shows its code


def test_filters_narrow_by_days_user_kind_and_text(ctx: ServiceContext) -> None:
    _log(ctx)
    days = AuditFilter(start=dt.date(2025, 3, 2), end=dt.date(2025, 3, 2))
    assert _actions(ctx, days) == ["修改单位", "审核报送材料"]  # 23:59 is still that day
    assert count_audit_rows(ctx, days) == 2
    assert _actions(ctx, AuditFilter(user="李强", start=dt.date(2025, 1, 1))) == [
        "100%完成_x", "审核报送材料",
    ]  # fmt: skip
    assert _actions(ctx, AuditFilter(kind="unit")) == ["修改单位", "新增单位"]
    assert _actions(ctx, AuditFilter(text="宝丰县财政局")) == ["修改单位"]  # in the values
    assert _actions(ctx, AuditFilter(text="%")) == ["100%完成_x"]  # % is a character
    assert _actions(ctx, AuditFilter(text="督办")) == ["发出督办通知"]


def test_pages_follow_each_other_and_details_read_as_lines(ctx: ServiceContext) -> None:
    _log(ctx)
    everything = AuditFilter(kind="", text="")
    first, second = audit_rows(ctx, everything, 0, 3), audit_rows(ctx, everything, 3, 3)
    own = [r for r in first + second if r.user in ("王芳", "李强")]
    assert len(own) == 5 and len({r.id for r in first + second}) == len(first + second)
    changed = next(r for r in first + second if r.action == "修改单位")
    detail = audit_detail(ctx, changed.id)
    assert detail.before == ("单位名称: 县财政局",) and detail.after == ("单位名称: 宝丰县财政局",)
    assert {"王芳", "李强"} <= set(audit_users(ctx))
    assert ("unit", "单位") in audit_kinds(ctx)
