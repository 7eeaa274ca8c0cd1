"""What the plan import review (核对导入的工作要点) opens with, read in one background job.

Reading the file, matching its unit names against the roster and comparing it with a plan
already saved for that year are the slow part of an import; the review dialog only shows the
result. Kept here, without Qt, so the command line and service tests get the same review.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
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
from creditdesk.services.plan_review_draft import ReviewDraft, load_review_draft, plan_file_key
from creditdesk.services.progress import Progress
from creditdesk.services.roster import list_categories, list_units
from creditdesk.services.target_entries import TargetEntry, target_entries


@dataclass(frozen=True)
class PlanReview:
    """The parsed plan matched against the roster, and the roster to choose targets from.

    Attributes:
        preview: the draft, how each written name matched, and the changes to a saved plan.
        entries: every unit and group an unmatched name may be mapped to.
        categories: the roster's unit categories, offered when the clerk creates a unit.
        members_by_category: category → active units' names: who a group made from a
            phrase would hold.
        file_key: the plan file's SHA-256, the key of its review draft (草稿); None when
            no drafts are kept.
        saved: the decisions of an earlier review of the same file, cancelled before the
            import.
    """

    preview: ImportPreview
    entries: list[TargetEntry]
    categories: list[str]
    members_by_category: dict[str, list[str]] = field(default_factory=dict)
    file_key: str | None = None
    saved: ReviewDraft | None = None


def load_plan_review(
    ctx: ServiceContext, path: Path, progress: Progress, workspace_dir: Path | None = None
) -> PlanReview:
    """Read and parse the file, match its unit names, compare with a saved plan.

    Args:
        workspace_dir: where review drafts are kept; None keeps none (a review without a
            workspace folder, as in some tests).

    Raises:
        PlanFileError: the file cannot be read or holds no tasks.
    """
    progress.step(0, 3, f"正在读取 {path.name}…")
    draft = read_plan(path)
    progress.step(1, 3, "正在对应单位名称…")
    preview = preview_import(ctx, draft)
    progress.step(2, 3, "正在读取成员单位…")
    members: dict[str, list[str]] = {}
    for unit in list_units(ctx):
        members.setdefault(unit.category, []).append(unit.name)
    key = saved = None
    if workspace_dir is not None:
        key = plan_file_key(path)
        saved = load_review_draft(workspace_dir, key)
    return PlanReview(preview, target_entries(ctx), list_categories(ctx), members, key, saved)


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
