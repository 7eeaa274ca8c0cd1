"""登记报送材料 off the GUI thread: copying a folder of large files must not freeze the window.

The job copies the files into the store and logs the submissions (one file, or a batch all
or nothing, as :mod:`creditdesk.services.submissions` does); only when it has succeeded is
the step pushed on the undo stack, already done. A refusal or a cancel logs nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from creditdesk.services.context import ServiceContext
from creditdesk.services.progress import Progress
from creditdesk.services.submissions import (
    LoggedSubmission,
    SubmissionDraft,
    log_batch,
    log_submission,
)
from creditdesk.ui.common.jobs import Job, run_job
from creditdesk.ui.common.translate import translator
from creditdesk.ui.inbox.inbox_commands import Done, LoggedCommand

_tr = translator("LogJob")


def log_in_background(
    ctx: ServiceContext,
    drafts: list[SubmissionDraft],
    *,
    undo_stack: QUndoStack,
    on_done: Done,
    on_error: Callable[[Exception], None],
    on_logged: Callable[[list[LoggedSubmission]], None] | None = None,
    parent: QWidget | None = None,
    pool: QThreadPool | None = None,
) -> Job[list[LoggedSubmission]]:
    """Log ``drafts`` in a background job, then push the logged step (one undo step).

    Args:
        drafts: one draft logs as a single submission; several as one batch (all or none).
        on_done: after the push and every undo and redo (the pages refresh).
        on_error: the refusal (a file unreadable, too large, the unit gone).
        on_logged: the submissions just logged, before the pages refresh (to select them).
    """

    def work(progress: Progress) -> list[LoggedSubmission]:
        if len(drafts) == 1:
            return [log_submission(ctx, drafts[0], progress)]
        return log_batch(ctx, drafts, progress)

    def logged(done: list[LoggedSubmission]) -> None:
        if on_logged is not None:
            on_logged(done)
        undo_stack.push(LoggedCommand(ctx, done, on_done=on_done, on_error=on_error))

    return run_job(
        work,
        title=_tr("正在复制并登记{n}件材料…").format(n=len(drafts)),
        on_success=logged,
        on_error=on_error,
        parent=parent,
        pool=pool,
    )
