"""Before 发出: how many numbers a batch takes and for whom, and exactly those are then taken."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from creditdesk.model import Notice
from creditdesk.output.fonts import FontSet
from creditdesk.services.notice_drafts import draft_overdue
from creditdesk.services.notice_issue import issue_notices
from creditdesk.services.notice_numbers import plan_numbers

TODAY = dt.date(2026, 11, 22)
Office = Any  # the conftest fixture: .ctx and .units by name


def test_the_summary_names_the_numbers_and_units_that_issuing_then_takes(
    office: Office, fonts: FontSet
) -> None:
    drafts = draft_overdue(office.ctx, TODAY)
    plan = plan_numbers(office.ctx, drafts, TODAY)
    assert plan.count == 3
    assert plan.summary() == (
        "将占用文号青信用办督〔2026〕1号至青信用办督〔2026〕3号，共3个，发给："
        "青禾县财政局、青禾县犇淼鑫垚商贸有限公司、青禾县教育体育局。"
    )
    with office.ctx.session_factory() as session:
        assert session.scalar(select(func.count(Notice.id))) == 0  # nothing taken yet
    issued = issue_notices(office.ctx, drafts, issued_on=TODAY, fonts=fonts)
    assert [(n.number, n.unit) for n in issued] == [(p.number, p.unit) for p in plan.notices]
    assert plan_numbers(office.ctx, [], TODAY).summary() == "没有需要发出的通知，不占用文号。"
