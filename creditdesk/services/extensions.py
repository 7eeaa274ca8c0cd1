"""Extensions (延期): an approved new due date for one obligation, with its reason."""

from __future__ import annotations

import datetime as dt

from creditdesk.model import Obligation
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import NotFoundError, UserError

Extension = tuple[dt.date | None, str]


def grant_extension(
    ctx: ServiceContext, obligation_id: int, new_due: dt.date | None, reason: str
) -> Extension:
    """Set (or, with ``new_due`` None, withdraw) an extension; returns the previous one for undo.

    Raises:
        UserError: no reason given, or the new date is not after the original due date.
    """
    with ctx.session_factory.begin() as session:
        obligation = session.get(Obligation, obligation_id)
        if obligation is None:
            raise NotFoundError("该应报事项已不存在。")
        if new_due is not None:
            if not reason.strip():
                raise UserError("请填写延期理由。")
            if new_due <= obligation.due_date:
                raise UserError("延期后的日期应晚于原截止日期。")
        previous: Extension = (obligation.extended_to, obligation.extension_reason)
        before = audit.snapshot(obligation)
        obligation.extended_to = new_due
        obligation.extension_reason = reason.strip() if new_due else ""
        session.flush()
        action = "批准延期" if new_due else "取消延期"
        audit.record(
            session, ctx, action, "obligation", obligation.id, before, audit.snapshot(obligation)
        )
        return previous


def restore_extension(ctx: ServiceContext, obligation_id: int, previous: Extension) -> None:
    """Undo of :func:`grant_extension`."""
    with ctx.session_factory.begin() as session:
        obligation = session.get(Obligation, obligation_id)
        if obligation is None:
            raise NotFoundError("该应报事项已不存在。")
        before = audit.snapshot(obligation)
        obligation.extended_to, obligation.extension_reason = previous
        session.flush()
        audit.record(
            session,
            ctx,
            "撤销延期操作",
            "obligation",
            obligation.id,
            before,
            audit.snapshot(obligation),
        )
