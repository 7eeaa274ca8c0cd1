"""Logging what units hand in (报送材料登记), reviewing it, and spotting files seen before."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from creditdesk.chinese_dates import chinese_date
from creditdesk.model import Attachment, Obligation, Submission, Unit
from creditdesk.model.obligations import CHANNELS, REVIEW_STATES
from creditdesk.services import audit
from creditdesk.services.attachment_blobs import save_blobs
from creditdesk.services.attachments import MAX_ATTACHMENT_BYTES, StoredFile, store_file
from creditdesk.services.backups import file_sha256
from creditdesk.services.context import ServiceContext
from creditdesk.services.disk_full import describe_os_error
from creditdesk.services.errors import NotFoundError, StaleEditError, UserError
from creditdesk.services.inbox import period_label
from creditdesk.services.periods import Period
from creditdesk.services.progress import NO_PROGRESS, Progress
from creditdesk.services.text_rules import check_text, column_limit


@dataclass(frozen=True)
class SubmissionDraft:
    """What the clerk fills in when logging a submission."""

    unit_id: int
    period: str
    received_on: dt.date
    channel: str = "email"
    title: str = ""
    notes: str = ""
    node_id: int | None = None
    obligation_id: int | None = None
    files: tuple[Path, ...] = ()


@dataclass(frozen=True)
class EarlierArrival:
    """A file with the same content that arrived before."""

    file_name: str
    earlier: list[str]


@dataclass(frozen=True)
class LoggedSubmission:
    """The new submission's id and any of its files that had arrived before."""

    id: int
    duplicates: list[EarlierArrival] = field(default_factory=list)


def _check(draft: SubmissionDraft) -> None:
    check_text(draft.title, "材料标题", column_limit(Submission.__table__, "title"))
    if draft.channel not in CHANNELS:
        raise UserError(f"未知的报送方式：{draft.channel}")
    try:
        Period.parse(draft.period)
    except ValueError as error:
        raise UserError(f"报送期间无法识别：{draft.period}") from error


def _earlier(session: Session, stored: StoredFile, exclude: int | None) -> EarlierArrival | None:
    rows = session.execute(
        select(Attachment.original_name, Submission.received_on, Unit.name, Submission.title)
        .join(Submission, Submission.id == Attachment.submission_id)
        .join(Unit, Unit.id == Submission.unit_id)
        .where(Attachment.sha256 == stored.sha256, Submission.id != (exclude or 0))
        .order_by(Submission.received_on)
    ).all()
    if not rows:
        return None
    return EarlierArrival(
        stored.original_name,
        [
            f"{chinese_date(day)} {unit}《{title or name}》（文件名 {name}）"
            for name, day, unit, title in rows
        ],
    )


def find_earlier_arrivals(ctx: ServiceContext, paths: list[Path]) -> list[EarlierArrival]:
    """Files among ``paths`` whose content was already logged (checked before logging)."""
    found = []
    with ctx.session_factory() as session:
        for path in paths:
            stored = StoredFile(file_sha256(path), path.stat().st_size, path.name)
            earlier = _earlier(session, stored, None)
            if earlier is not None:
                found.append(earlier)
    return found


def _link_obligation(session: Session, draft: SubmissionDraft) -> tuple[int | None, int | None]:
    if draft.obligation_id is not None:
        obligation = session.get(Obligation, draft.obligation_id)
        if obligation is None:
            raise NotFoundError("所选应报事项已不存在。")
        if obligation.unit_id != draft.unit_id:
            raise UserError("所选应报事项不属于该单位。")
        return obligation.node_id, obligation.id
    if draft.node_id is None:
        return None, None
    obligation_id = session.scalar(
        select(Obligation.id).where(
            Obligation.node_id == draft.node_id,
            Obligation.unit_id == draft.unit_id,
            Obligation.period == draft.period,
        )
    )
    return draft.node_id, obligation_id


def _store_files(store: Path, paths: list[Path], progress: Progress) -> list[StoredFile]:
    """Copy ``paths`` into the store, one progress step a file (a cancel stops between files)."""
    stored = []
    for done, path in enumerate(paths):
        progress.step(done, len(paths), path.name)
        stored.append(store_file(store, path))
    progress.step(len(paths), len(paths))
    return stored


def log_submission(
    ctx: ServiceContext, draft: SubmissionDraft, progress: Progress = NO_PROGRESS
) -> LoggedSubmission:
    """Log a submission with its files in one transaction.

    The files are copied into the store first (content-addressed, so a file left there by a
    failed transaction is harmless and reused next time). The window runs this as a
    background job: a large file takes a while to copy.
    """
    _check(draft)
    store = ctx.attachments_dir
    if store is None and draft.files:
        raise UserError("该工作区没有附件库，无法保存附件。")
    stored = _store_files(store, list(draft.files), progress) if store is not None else []
    with ctx.session_factory.begin() as session:
        return _add_submission(session, ctx, draft, stored)


def _add_submission(
    session: Session, ctx: ServiceContext, draft: SubmissionDraft, stored: list[StoredFile]
) -> LoggedSubmission:
    """Insert one submission with its stored files in the caller's transaction."""
    if session.get(Unit, draft.unit_id) is None:
        raise NotFoundError("所选单位已不存在。")
    node_id, obligation_id = _link_obligation(session, draft)
    duplicates = [d for d in (_earlier(session, s, None) for s in stored) if d is not None]
    submission = Submission(
        unit_id=draft.unit_id,
        node_id=node_id,
        obligation_id=obligation_id,
        period=draft.period,
        received_on=draft.received_on,
        channel=draft.channel,
        title=draft.title.strip(),
        notes=draft.notes,
        created_at=ctx.clock.now(),
    )
    submission.attachments = [
        Attachment(
            sha256=s.sha256,
            original_name=s.original_name,
            size=s.size,
            stored_at=ctx.clock.now(),
        )
        for s in stored
    ]
    session.add(submission)
    session.flush()
    store = ctx.attachments_dir
    if ctx.blobs_in_database and store is not None:
        save_blobs(session, store, stored)
    after = audit.snapshot(submission) | {"files": [s.original_name for s in stored]}
    audit.record(session, ctx, "登记报送材料", "submission", submission.id, None, after)
    return LoggedSubmission(submission.id, duplicates)


def unusable_files(paths: list[Path]) -> list[str]:
    """Why any of ``paths`` cannot be kept as an attachment, one line per file naming it."""
    problems = []
    for path in paths:
        try:
            if not path.is_file():
                problems.append(f"{path.name}：不是文件")
                continue
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                problems.append(f"{path.name}：超过 500 MB，请压缩或拆分后再登记")
                continue
            with path.open("rb") as handle:
                handle.read(1)
        except OSError as error:
            problems.append(f"{path.name}：无法读取（{describe_os_error(error)}）")
    return problems


def log_batch(
    ctx: ServiceContext, drafts: list[SubmissionDraft], progress: Progress = NO_PROGRESS
) -> list[LoggedSubmission]:
    """Log many submissions (a dropped folder) in one transaction: all of them or none.

    Every file is checked and copied into the store before the transaction; a file that
    cannot be read, or is too large, stops the batch before anything is logged, as does a
    cancel while copying (the window runs this as a background job with a progress bar).

    Raises:
        UserError: a draft is invalid or a file unusable (the message names every such file).
    """
    for draft in drafts:
        _check(draft)
    problems = unusable_files([path for draft in drafts for path in draft.files])
    if problems:
        raise UserError("以下文件无法登记，本批均未登记：\n" + "\n".join(problems))
    store = ctx.attachments_dir
    if store is None and any(draft.files for draft in drafts):
        raise UserError("该工作区没有附件库，无法保存附件。")
    paths = [path for draft in drafts for path in draft.files]
    copied = iter(_store_files(store, paths, progress) if store is not None else [])
    stored = [[next(copied) for _ in draft.files] for draft in drafts]  # each draft's own
    with ctx.session_factory.begin() as session:
        logged = [
            _add_submission(session, ctx, draft, files)
            for draft, files in zip(drafts, stored, strict=True)
        ]
        audit.record(
            session,
            ctx,
            "批量登记报送材料",
            "submission",
            "",
            None,
            {"ids": [s.id for s in logged]},
        )
        return logged


def delete_submission(ctx: ServiceContext, submission_id: int) -> dict[str, Any]:
    """Remove a logged submission (its stored files stay in the store); returns the undo data."""
    return delete_submissions(ctx, [submission_id])[0]


def delete_submissions(ctx: ServiceContext, submission_ids: list[int]) -> list[dict[str, Any]]:
    """Remove several logged submissions in one transaction: all go, or none when one of them
    is already gone. Returns their undo data, in order."""
    snapshots: list[dict[str, Any]] = []
    with ctx.session_factory.begin() as session:
        for submission_id in submission_ids:
            submission = session.get(Submission, submission_id)
            if submission is None:
                raise NotFoundError("该报送材料已不存在。")
            snapshot = audit.snapshot(submission)
            snapshot["attachments"] = [audit.snapshot(a) for a in submission.attachments]
            session.delete(submission)
            audit.record(session, ctx, "删除报送材料", "submission", submission_id, snapshot, None)
            snapshots.append(snapshot)
    return snapshots


def restore_submission(ctx: ServiceContext, snapshot: dict[str, Any]) -> None:
    """Put a deleted submission back exactly (undo of delete)."""
    restore_submissions(ctx, [snapshot])


def restore_submissions(ctx: ServiceContext, snapshots: list[dict[str, Any]]) -> None:
    """Put several deleted submissions back exactly, in one transaction (undo of a batch)."""
    with ctx.session_factory.begin() as session:
        for snapshot in snapshots:
            values = dict(snapshot)
            files = values.pop("attachments")
            submission = Submission(**audit.revive(values, Submission))
            submission.attachments = [Attachment(**audit.revive(f, Attachment)) for f in files]
            session.add(submission)
            session.flush()
            audit.record(session, ctx, "恢复报送材料", "submission", submission.id, None, snapshot)


ReviewState = tuple[int, str, str, dt.date | None, str, int]
"""(submission id, state, reviewer, review date, return reason) before a review, and the row's
version after it."""


def review(
    ctx: ServiceContext,
    submission_ids: list[int],
    state: str,
    reviewer: str | None = None,
    reason: str = "",
) -> list[ReviewState]:
    """Set the review state (待审核/合格/退回补充/不合格) of several submissions at once.

    A returned submission (退回补充) keeps ``reason``, which the next notice to the unit
    quotes; the item stays outstanding until the unit hands in again. Use
    :func:`return_submissions` to return: it insists on a reason.

    Returns:
        Each submission's previous (id, state, reviewer, date, reason), for
        :func:`restore_reviews`.
    """
    if state not in REVIEW_STATES:
        raise UserError(f"未知的审核状态：{state}")
    with ctx.session_factory.begin() as session:
        rows = list(session.scalars(select(Submission).where(Submission.id.in_(submission_ids))))
        if len(rows) != len(set(submission_ids)):
            raise NotFoundError("部分报送材料已不存在，请刷新后重试。")
        before = [(r.id, r.review_state, r.reviewer, r.reviewed_on, r.return_reason) for r in rows]
        for row in rows:
            row.review_state = state
            row.reviewer = "" if state == "pending" else (reviewer or ctx.user)
            row.reviewed_on = None if state == "pending" else ctx.clock.today()
            row.return_reason = reason.strip() if state == "returned" else ""
        session.flush()
        previous = [(*old, row.version) for old, row in zip(before, rows, strict=True)]
        audit.record(
            session,
            ctx,
            "审核报送材料",
            "submission",
            ",".join(str(i) for i in sorted(submission_ids)),
            {"states": [[i, s] for i, s, _, _, _ in before]},
            {"state": state, **({"reason": reason.strip()} if state == "returned" else {})},
        )
        return previous


def return_submissions(
    ctx: ServiceContext, submission_ids: list[int], reason: str, reviewer: str | None = None
) -> list[ReviewState]:
    """Return submissions for more material (退回补充), saying why; undo with restore_reviews.

    Raises:
        UserError: no reason given — the unit must be told what to add.
    """
    if not reason.strip():
        raise UserError("退回补充须写明原因，以便在下一份通知中告知单位需补充什么。")
    return review(ctx, submission_ids, "returned", reviewer, reason)


def restore_reviews(ctx: ServiceContext, previous: list[ReviewState]) -> None:
    """Put review states back as :func:`review` found them (its undo).

    Raises:
        StaleEditError: a submission changed after the review being undone (another clerk
            reviewed or edited it); nothing is restored, and the message names who.
    """
    with ctx.session_factory.begin() as session:
        for submission_id, state, reviewer, reviewed_on, reason, version in previous:
            row = session.get(Submission, submission_id, with_for_update=True)
            if row is None:
                continue
            if row.version != version:
                by = audit.last_change(session, "submission", row.id)
                raise StaleEditError(
                    f"报送材料（{row.period}）的审核状态", theirs=audit.snapshot(row), by=by
                )
            row.review_state, row.reviewer, row.reviewed_on = state, reviewer, reviewed_on
            row.return_reason = reason
        audit.record(session, ctx, "撤销审核", "submission", "", None, {"restored": len(previous)})


def describe_period(code: str) -> str:
    """A period code in Chinese for messages (2024Q3 → 2024年第3季度)."""
    return period_label(code)
