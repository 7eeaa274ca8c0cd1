"""登记一批报送材料 (a dropped folder): one transaction, every file kept, nothing on failure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factories import add_units
from sqlalchemy import func, select

from creditdesk.model import Attachment, Submission
from creditdesk.services import submissions
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.progress import Cancelled
from creditdesk.services.submissions import SubmissionDraft, log_batch, unusable_files


def _count(ctx: ServiceContext, model: type[Submission] | type[Attachment]) -> int:
    with ctx.session_factory() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _drafts(ctx: ServiceContext, tmp_path: Path, n: int) -> list[SubmissionDraft]:
    with ctx.session_factory.begin() as session:
        units = add_units(session, *(f"县第{i}局" for i in range(n)))
        ids = [u.id for u in units]
    drafts = []
    for i, unit_id in enumerate(ids):
        path = tmp_path / f"县第{i}局材料.docx"
        path.write_bytes(f"材料{i}".encode())
        drafts.append(
            SubmissionDraft(unit_id, "2025Q3", dt.date(2025, 10, 9), files=(path,), title=path.stem)
        )
    return drafts


def test_a_batch_logs_every_file_as_an_attachment(ctx: ServiceContext, tmp_path: Path) -> None:
    logged = log_batch(ctx, _drafts(ctx, tmp_path, 4))
    assert len(logged) == 4
    assert _count(ctx, Submission) == 4
    assert _count(ctx, Attachment) == 4


def test_a_missing_or_oversized_file_is_named_and_nothing_is_logged(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = _drafts(ctx, tmp_path, 3)
    drafts[1].files[0].unlink()  # moved away after the drop
    with pytest.raises(UserError, match=r"县第1局材料\.docx"):
        log_batch(ctx, drafts)
    assert _count(ctx, Submission) == 0
    monkeypatch.setattr(submissions, "MAX_ATTACHMENT_BYTES", 5)
    assert unusable_files([drafts[0].files[0]]) == [
        "县第0局材料.docx：超过 500 MB，请压缩或拆分后再登记"
    ]


def test_a_unit_gone_meanwhile_rolls_back_the_whole_batch(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    drafts = _drafts(ctx, tmp_path, 3)
    drafts[2] = SubmissionDraft(99999, "2025Q3", dt.date(2025, 10, 9))
    with pytest.raises(UserError):
        log_batch(ctx, drafts)
    assert _count(ctx, Submission) == 0


class _CancelAt:
    """A progress bar whose 取消 is pressed once ``at`` files are copied."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.steps: list[tuple[int, int, str]] = []

    def step(self, done: int, total: int, text: str = "") -> None:
        self.steps.append((done, total, text))
        if done == self.at:
            raise Cancelled


def test_each_copied_file_is_a_step_and_a_cancel_while_copying_logs_nothing(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    drafts = _drafts(ctx, tmp_path, 4)
    progress = _CancelAt(2)
    with pytest.raises(Cancelled):
        log_batch(ctx, drafts, progress)
    assert progress.steps == [
        (0, 4, "县第0局材料.docx"),
        (1, 4, "县第1局材料.docx"),
        (2, 4, "县第2局材料.docx"),
    ]
    assert _count(ctx, Submission) == 0
    finished = _CancelAt(-1)
    assert len(log_batch(ctx, drafts, finished)) == 4
    assert finished.steps[-1] == (4, 4, "")


def test_undoing_a_batch_takes_all_back_or_none_and_puts_all_back(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    """Undo of a batch is one transaction: when one submission is already gone (another
    clerk deleted it), the others stay instead of half the batch vanishing."""
    logged = log_batch(ctx, _drafts(ctx, tmp_path, 3))
    ids = [s.id for s in logged]
    submissions.delete_submission(ctx, ids[1])
    with pytest.raises(UserError):
        submissions.delete_submissions(ctx, ids)
    assert _count(ctx, Submission) == 2
    snapshots = submissions.delete_submissions(ctx, [ids[0], ids[2]])
    assert _count(ctx, Submission) == 0
    submissions.restore_submissions(ctx, snapshots)
    assert _count(ctx, Submission) == 2
    assert _count(ctx, Attachment) == 2
