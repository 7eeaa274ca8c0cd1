"""What issuing a batch of notices would take, before it takes it (发出前确认).

Document numbers (文号) are never given back once taken, so the clerk sees first how many a
batch uses, which ones, and for whom: the 发出 button shows :meth:`NumberPlan.summary` for
confirmation and ``creditdesk notices --dry-run`` prints it. Nothing here writes; another
clerk issuing meanwhile only shifts the numbers, which :func:`issue_notices` takes afresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from creditdesk.model import Notice
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.notice_drafts import NoticeDraft
from creditdesk.services.notice_issue import number_text
from creditdesk.services.notices import LEVEL_LABELS
from creditdesk.services.settings import settings_row


@dataclass(frozen=True)
class PlannedNotice:
    """One notice of the batch: the number it would get, its unit, level and items."""

    number: str
    unit: str
    level_label: str
    item_count: int


@dataclass(frozen=True)
class NumberPlan:
    """The numbers a batch would take, in the order they would be given."""

    issued_on: dt.date
    notices: tuple[PlannedNotice, ...]

    @property
    def count(self) -> int:
        return len(self.notices)

    def summary(self) -> str:
        """将占用文号 X〔2026〕4号至X〔2026〕6号，共3个，发给：甲局、乙局、丙局。"""
        if not self.notices:
            return "没有需要发出的通知，不占用文号。"
        first, last = self.notices[0].number, self.notices[-1].number
        span = first if first == last else f"{first}至{last}"
        units = "、".join(n.unit for n in self.notices)
        return f"将占用文号{span}，共{self.count}个，发给：{units}。"


def plan_numbers(
    ctx: ServiceContext, drafts: Sequence[NoticeDraft], issued_on: dt.date | None = None
) -> NumberPlan:
    """The numbers :func:`~creditdesk.services.notice_issue.issue_notices` would give now.

    Raises:
        UserError: the settings have no document-number prefix (issuing would fail too).
    """
    issued_on = issued_on or ctx.clock.today()
    with ctx.session_factory() as session:
        prefix = settings_row(session).doc_prefix.strip()
        if not prefix:
            raise UserError("请先在“单位设置”中填写发文字号前缀（如 西信用办督）。")
        seq = session.scalar(select(func.max(Notice.seq)).where(Notice.year == issued_on.year)) or 0
    planned = tuple(
        PlannedNotice(
            number_text(prefix, issued_on.year, seq + offset),
            draft.unit,
            LEVEL_LABELS.get(draft.level, draft.level),
            len(draft.items),
        )
        for offset, draft in enumerate(drafts, start=1)
    )
    return NumberPlan(issued_on, planned)
