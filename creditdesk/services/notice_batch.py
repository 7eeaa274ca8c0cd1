"""The overdue batch (逾期催报批次): every unit with overdue items, chased once a day.

Two clerks starting the batch at the same moment must not both chase the same unit: the
batch is decided again inside the issuing transaction, after the numbering lock (see
:mod:`creditdesk.services.notice_issue`), so the second clerk's batch sees the first one's
notices. A unit that already received a 催报 or 督办 notice on the batch's day, for an item
of this batch, is left out; on a later day it is chased again, one level up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from creditdesk.services.context import ServiceContext
from creditdesk.services.notice_choice import OVERDUE, DraftRequest, choose_drafts
from creditdesk.services.notice_drafts import NoticeDraft
from creditdesk.services.notice_issue import IssuedNotice, issue_notices

if TYPE_CHECKING:
    from creditdesk.output.fonts import FontSet


def not_chased_on(drafts: Sequence[NoticeDraft], day: dt.date) -> list[NoticeDraft]:
    """The drafts whose unit has not been chased on ``day`` for any of their items."""
    return [
        draft
        for draft in drafts
        if not any(earlier.issued_on == day for item in draft.items for earlier in item.earlier)
    ]


def overdue_batch(ctx: ServiceContext, as_of: dt.date) -> list[NoticeDraft]:
    """What a batch on ``as_of`` would send, as it stands now."""
    return not_chased_on(choose_drafts(ctx, DraftRequest(OVERDUE, as_of)), as_of)


def issue_overdue_batch(
    ctx: ServiceContext,
    as_of: dt.date,
    fonts: FontSet | None = None,
    out: Path | None = None,
) -> list[IssuedNotice]:
    """Issue the day's batch, decided under the numbering lock; empty if nothing is left.

    With ``out``, each PDF is written there before the batch commits (see issue_notices).
    """
    return issue_notices(
        ctx,
        [],
        issued_on=as_of,
        fonts=fonts,
        out=out,
        redraft=lambda: overdue_batch(ctx, as_of),
    )
