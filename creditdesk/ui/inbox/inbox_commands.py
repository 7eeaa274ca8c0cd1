"""Undoable inbox edits: log, delete and review submissions, grant an extension (延期).

Each command's redo and undo are service calls (which write the audit log). A failing call is
reported and makes the command obsolete (``ui/common/undo.ServiceCommand``); ``on_done`` runs
after every successful redo and undo so the pages can refresh (submissions_changed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from creditdesk.services.context import ServiceContext
from creditdesk.services.extensions import Extension, grant_extension, restore_extension
from creditdesk.services.inbox import REVIEW_LABELS
from creditdesk.services.submissions import (
    LoggedSubmission,
    ReviewState,
    delete_submissions,
    restore_reviews,
    restore_submissions,
    return_submissions,
    review,
)
from creditdesk.ui.common.translate import translator
from creditdesk.ui.common.undo import ErrorReporter, ServiceCommand

Done = Callable[[], None]


_tr = translator("InboxCommands")


class _ServiceCommand(ServiceCommand):
    """An inbox step: ``on_done`` runs after every redo and undo that happened."""

    def __init__(self, text: str, *, on_done: Done, on_error: ErrorReporter) -> None:
        super().__init__(text, on_error=on_error)
        self._on_done = on_done

    def succeeded(self) -> None:
        self._on_done()


class LoggedCommand(_ServiceCommand):
    """登记报送材料 (one file or a dropped folder) as one undo step, pushed once logged.

    The logging itself copies files, so it runs as a background job
    (:mod:`creditdesk.ui.inbox.log_job`); this command records what it logged. Its first redo
    only refreshes the pages; undo deletes every submission logged, and a later redo puts
    the same rows back.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        logged: list[LoggedSubmission],
        *,
        on_done: Done,
        on_error: ErrorReporter,
    ) -> None:
        text = (
            _tr("登记报送材料")
            if len(logged) == 1
            else _tr("登记{n}件报送材料").format(n=len(logged))
        )
        super().__init__(text, on_done=on_done, on_error=on_error)
        self._ctx = ctx
        self.logged = list(logged)
        self._snapshots: list[dict[str, Any]] = []

    def apply(self) -> None:
        if self._snapshots:  # none on the push: the job has logged them
            restore_submissions(self._ctx, self._snapshots)
        self._snapshots = []

    def revert(self) -> None:
        self._snapshots = delete_submissions(self._ctx, [s.id for s in self.logged])


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
        self._snapshots = delete_submissions(self._ctx, self._ids)

    def revert(self) -> None:
        restore_submissions(self._ctx, self._snapshots)


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
