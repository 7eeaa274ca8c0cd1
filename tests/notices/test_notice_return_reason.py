"""A returned submission (退回补充) keeps the item outstanding, and the next notice says why."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from creditdesk.model import Obligation
from creditdesk.output.fonts import FontSet
from creditdesk.services.errors import UserError
from creditdesk.services.notice_drafts import draft_overdue
from creditdesk.services.notice_issue import issue_notices
from creditdesk.services.notice_register import notice_pdf
from creditdesk.services.submissions import (
    SubmissionDraft,
    log_submission,
    restore_reviews,
    return_submissions,
)

TODAY = dt.date(2026, 11, 22)
Office = Any  # the conftest fixture: .ctx and .units by name
PdfToText = Any


def test_returning_needs_a_reason_and_the_next_notice_quotes_it(
    office: Office, fonts: FontSet, pdftotext: PdfToText
) -> None:
    ctx = office.ctx
    unit_id = office.units["青禾县财政局"]
    with ctx.session_factory() as session:
        september = session.scalars(
            select(Obligation).where(Obligation.unit_id == unit_id, Obligation.period == "2026-09")
        ).one()
        node_id, obligation_id = september.node_id, september.id
    logged = log_submission(
        ctx,
        SubmissionDraft(unit_id, "2026-09", dt.date(2026, 10, 8), node_id=node_id),
    )
    with pytest.raises(UserError, match="原因"):
        return_submissions(ctx, [logged.id], "  ")
    before = draft_overdue(ctx, TODAY, unit_id)[0]
    assert obligation_id not in [i.obligation_id for i in before.items]  # received on time
    previous = return_submissions(ctx, [logged.id], "缺少单位公章")
    (draft,) = draft_overdue(ctx, TODAY, unit_id)
    item = next(i for i in draft.items if i.obligation_id == obligation_id)
    assert item.return_reason == "缺少单位公章"
    assert item.material == "信用工作信息（已退回补充：缺少单位公章）"
    (issued,) = issue_notices(ctx, [draft], issued_on=TODAY, fonts=fonts)
    text = "".join(pdftotext(notice_pdf(ctx, issued.id, fonts)).split())
    assert "已退回补充：缺少单位公章" in text
    restore_reviews(ctx, previous)  # the undo: received again, no reason left
    assert obligation_id not in [
        i.obligation_id for i in draft_overdue(ctx, TODAY, unit_id)[0].items
    ]
