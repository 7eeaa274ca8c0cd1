"""One row of a notice's items table (督办通知的事项), the one notice item type.

Kept apart from :mod:`creditdesk.output.notice_pdf` so that the services can build and pass
items around without loading reportlab; a draft's item
(:class:`creditdesk.services.notice_drafts.DraftItem`) is a ``LetterItem`` with what choosing
the level needs added, so drafts, the register and the drawing share this one type.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class LetterItem:
    """One row of the items table (a snapshot of an obligation).

    ``workdays`` is the working days overdue; for a reminder, the working days left.
    """

    task_title: str
    material: str
    period_label: str
    due_date: dt.date
    workdays: int
