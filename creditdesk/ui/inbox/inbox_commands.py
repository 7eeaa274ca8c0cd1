"""Undoable inbox edits: log, delete and review submissions, grant an extension (延期).

Each command's redo and undo are service calls (which write the audit log). A failing call is
reported and makes the command obsolete (``ui/common/undo.ServiceCommand``); ``on_done`` runs
after every successful redo and undo so the pages can refresh (submissions_changed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from creditdesk.services.context import ServiceContext
from creditdesk.services.extensions import Extension, grant_extension, restore_extension
from creditdesk.services.inbox import REVIEW_LABELS
from creditdesk.services.submissions import (
    LoggedSubmission,
    ReviewState,
    SubmissionDraft,
    delete_submission,
    log_batch,
    log_submission,
    restore_reviews,
    restore_submission,
    return_submissions,
    review,
)
from creditdesk.ui.common.undo import ErrorReporter, ServiceCommand

Done = Callable[[], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("InboxCommands", text)


class _ServiceCommand(ServiceCommand):
    """An inbox step: ``on_done`` runs after every redo and undo that happened."""

    def __init__(self, text: str, *, on_done: Done, on_error: ErrorReporter) -> None:
        super().__init__(text, on_error=on_error)
        self._on_done = on_done

    def succeeded(self) -> None:
        self._on_done()


class LogSubmissionCommand(_ServiceCommand):
    """登记报送材料: the first redo logs; undo deletes; a later redo puts the same row back."""

    def __init__(
        self, ctx: ServiceContext, draft: SubmissionDraft, *, on_done: Done, on_error: ErrorReporter
    ) -> None:
        super().__init__(_tr("登记报送材料"), on_done=on_done, on_error=on_error)
        self._ctx = ctx
        self._draft = draft
        self.logged: LoggedSubmission | None = None
        self._snapshot: dict[str, Any] | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.logged = log_submission(self._ctx, self._draft)
        else:
            restore_submission(self._ctx, self._snapshot)

    def revert(self) -> None:
        assert self.logged is not None
        self._snapshot = delete_submission(self._ctx, self.logged.id)


class LogBatchCommand(_ServiceCommand):
    """登记一批报送材料 (a dropped folder) as one undo step: all logged in one transaction;
    undo deletes them all, a later redo puts the same rows back."""

    def __init__(
        self,
        ctx: ServiceContext,
        drafts: list[SubmissionDraft],
        *,
        on_done: Done,
        on_error: ErrorReporter,
    ) -> None:
        super().__init__(
            _tr("登记{n}件报送材料").format(n=len(drafts)), on_done=on_done, on_error=on_error
        )
        self._ctx = ctx
        self._drafts = drafts
        self.logged: list[LoggedSubmission] = []
        self._snapshots: list[dict[str, Any]] = []

    def apply(self) -> None:
        if not self._snapshots:
            self.logged = log_batch(self._ctx, self._drafts)
        else:
            for snapshot in self._snapshots:
                restore_submission(self._ctx, snapshot)

    def revert(self) -> None:
        self._snapshots = [delete_submission(self._ctx, s.id) for s in self.logged]


class DeleteSubmissionsCommand(_ServiceCommand):
    """删除报送材料 (one or several, one undo step); undo restores them exactly."""

    def __init__(
        self, ctx: ServiceContext, ids: list[int], *, on_done: Done, on_error: ErrorReporter
    ) -> None:
        text = _tr("删除报送材料") if len(ids) == 1 else _tr("删除{n}件报送材料").format(n=len(ids))
        super().__init__(text, on_done=on_done, on_error=on_error)
        self._ctx = ctx
        self._ids = list(ids)
        self._snapshots: list[dict[str, Any]] = []

    def apply(self) -> None:
        self._snapshots = [delete_submission(self._ctx, i) for i in self._ids]

    def revert(self) -> None:
        for snapshot in self._snapshots:
            restore_submission(self._ctx, snapshot)


class ReviewCommand(_ServiceCommand):
    """审核 several submissions at once: 合格 / 退回补充 (with ``reason``) / 不合格 / 待审核."""

    def __init__(
        self,
        ctx: ServiceContext,
        ids: list[int],
        state: str,
        *,
        reason: str = "",
        on_done: Done,
        on_error: ErrorReporter,
    ) -> None:
        label = REVIEW_LABELS.get(state, state)
        super().__init__(
            _tr("审核为“{state}”（{n}件）").format(state=label, n=len(ids)),
            on_done=on_done,
            on_error=on_error,
        )
        self._ctx = ctx
        self._ids = list(ids)
        self._state = state
        self._reason = reason
        self._previous: list[ReviewState] = []

    def apply(self) -> None:
        if self._state == "returned":  # the service insists on the reason the unit is told
            self._previous = return_submissions(self._ctx, self._ids, self._reason)
        else:
            self._previous = review(self._ctx, self._ids, self._state)

    def revert(self) -> None:
        restore_reviews(self._ctx, self._previous)


class GrantExtensionCommand(_ServiceCommand):
    """批准延期 for one obligation (or withdraw it, with ``new_due`` None)."""

    def __init__(
        self,
        ctx: ServiceContext,
        obligation_id: int,
        new_due: dt.date | None,
        reason: str,
        *,
        on_done: Done,
        on_error: ErrorReporter,
    ) -> None:
        super().__init__(
            _tr("批准延期") if new_due else _tr("取消延期"), on_done=on_done, on_error=on_error
        )
        self._ctx = ctx
        self._obligation_id = obligation_id
        self._new_due = new_due
        self._reason = reason
        self._previous: Extension = (None, "")

    def apply(self) -> None:
        self._previous = grant_extension(
            self._ctx, self._obligation_id, self._new_due, self._reason
        )

    def revert(self) -> None:
        restore_extension(self._ctx, self._obligation_id, self._previous)
