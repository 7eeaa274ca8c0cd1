"""What the plan import review (核对导入的工作要点) opens with, read in one background job.

Reading the file, matching its unit names against the roster and comparing it with a plan
already saved for that year are the slow part of an import; the review dialog only shows the
result. Kept here, without Qt, so the command line and service tests get the same review.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from creditdesk.parsing.plan_model import PlanDraft
from creditdesk.services.context import ServiceContext
from creditdesk.services.plan_import import (
    ImportPreview,
    ImportResult,
    NameDecision,
    apply_import,
    preview_import,
    read_plan,
)
from creditdesk.services.progress import Progress
from creditdesk.services.roster import list_categories
from creditdesk.services.target_entries import TargetEntry, target_entries


@dataclass(frozen=True)
class PlanReview:
    """The parsed plan matched against the roster, and the roster to choose targets from.

    Attributes:
        preview: the draft, how each written name matched, and the changes to a saved plan.
        entries: every unit and group an unmatched name may be mapped to.
        categories: the roster's unit categories, offered when the clerk creates a unit.
    """

    preview: ImportPreview
    entries: list[TargetEntry]
    categories: list[str]


def load_plan_review(ctx: ServiceContext, path: Path, progress: Progress) -> PlanReview:
    """Read and parse the file, match its unit names, compare with a saved plan.

    Raises:
        PlanFileError: the file cannot be read or holds no tasks.
    """
    progress.step(0, 3, f"正在读取 {path.name}…")
    draft = read_plan(path)
    progress.step(1, 3, "正在对应单位名称…")
    preview = preview_import(ctx, draft)
    progress.step(2, 3, "正在读取成员单位…")
    return PlanReview(preview, target_entries(ctx), list_categories(ctx))


def import_reviewed_plan(
    ctx: ServiceContext,
    draft: PlanDraft,
    year: int,
    decisions: dict[str, NameDecision],
    *,
    source_name: str,
    starts_on: dt.date | None,
    progress: Progress,
) -> tuple[ImportPreview, ImportResult]:
    """Save the plan as the clerk left the review: its year, start and name decisions.

    The draft is compared afresh with what is saved, not with the review's opening state:
    the clerk may have edited titles, and another clerk may have imported meanwhile.

    Returns:
        The preview the import was made from (the undo step keeps it) and what was saved.

    Raises:
        UserError: the import was refused (a name still undecided, a stale save …).
    """
    preview = preview_import(ctx, draft, year)
    preview.starts_on = starts_on
    result = apply_import(ctx, preview, decisions, source_name=source_name, progress=progress)
    return preview, result
