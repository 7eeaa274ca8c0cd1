"""Which drafts a batch of notices offers (生成通知的范围): every unit, one unit, or chosen items.

The 生成通知 dialog asks for a :class:`DraftRequest` as its choices stand and shows what
:func:`choose_drafts` returns; the command line and the tests ask the same function, so the
choice is made in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from creditdesk.services.context import ServiceContext
from creditdesk.services.notice_drafts import (
    NoticeDraft,
    draft_due_soon,
    draft_for_obligations,
    draft_overdue,
)

OVERDUE: Final = "overdue"
"""Every unit with overdue items (逾期催报)."""
ONE_UNIT: Final = "unit"
"""One unit's overdue items."""
CHOSEN: Final = "chosen"
"""Obligations the clerk ticked elsewhere (home page, matrix)."""


@dataclass(frozen=True)
class DraftRequest:
    """What the drafts are read for: a mode above, the day, and its unit or obligations.

    ``due_soon`` adds reminders (提醒) for items falling due soon, after the overdue notices
    of the same units; chosen obligations are drafted as they are.
    """

    mode: str
    as_of: dt.date
    unit_id: int | None = None
    obligation_ids: tuple[int, ...] = ()
    due_soon: bool = False


def choose_drafts(ctx: ServiceContext, request: DraftRequest) -> list[NoticeDraft]:
    """The drafts ``request`` asks for (reminders after the overdue notices of the same units)."""
    drafts: list[NoticeDraft]
    if request.mode == CHOSEN:
        drafts = draft_for_obligations(ctx, request.obligation_ids, request.as_of)
    elif request.mode == ONE_UNIT:
        if request.unit_id is None:
            drafts = []
        else:
            drafts = draft_overdue(ctx, request.as_of, request.unit_id)
    else:
        drafts = draft_overdue(ctx, request.as_of)
    if request.due_soon and request.mode != CHOSEN:
        unit_id = request.unit_id if request.mode == ONE_UNIT else None
        if request.mode == OVERDUE or unit_id is not None:
            drafts += draft_due_soon(ctx, request.as_of, unit_id)
    return drafts
