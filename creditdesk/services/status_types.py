"""The plain figures pages and reports show (counts, lines to chase), free of the database.

Kept apart from status.py and overview.py so the window can lay out its first page before
the models and queries behind these figures are even imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from creditdesk.output.report_data import Figures

StatusCounts = Figures
"""Obligations of a period by state; ``due`` is all of them. The very five counts the report
prints (``output.report_data.Figures``, where the rates are), so a page and the report
cannot count differently."""


@dataclass(frozen=True)
class ObligationLine:
    """An obligation to act on; ``days`` is working days overdue, or left until due.

    ``provisional``: the due date lies in a year whose holidays are not announced yet and may
    still move; ``extended``: the date is an approved extension (延期).
    """

    unit: str
    task_label: str
    task_title: str
    period_label: str
    due_date: dt.date
    days: int
    provisional: bool = False
    extended: bool = False


@dataclass(frozen=True)
class HomeSummary:
    """What the clerk sees first: this quarter's figures and every item to chase."""

    period_label: str
    figures: StatusCounts
    overdue: list[ObligationLine]
    due_soon: list[ObligationLine]
