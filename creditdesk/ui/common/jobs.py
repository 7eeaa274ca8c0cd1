"""Running a service job off the GUI thread, with a cancellable progress dialog.

A job is a plain function from ``services/`` taking a :class:`Progress`; it opens its own
database session and never touches Qt. :class:`Job` runs it on a ``QThreadPool`` and brings
the result, the error or the cancellation back to the GUI thread as signals. The dialog's
取消 button makes the job's next ``progress.step`` raise :class:`Cancelled`, which rolls the
job's transaction back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from creditdesk.services.progress import Cancelled, Progress

T = TypeVar("T")

SHOW_AFTER_MS = 400
"""Jobs quicker than this finish without a dialog flashing up."""


class _ThreadProgress:
    """The :class:`Progress` a job sees: forwards steps as a signal, raises once cancelled."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self.cancel_requested = threading.Event()

    def step(self, done: int, total: int, text: str = "") -> None:
        if self.cancel_requested.is_set():
            raise Cancelled
        self._report(done, total, text)


class Job(QObject, Generic[T]):
    """One run of ``fn`` on a thread pool; emits exactly one of its three outcome signals.

    Signals (all delivered on the GUI thread):
        succeeded(result): ``fn`` returned ``result``.
        failed(error): ``fn`` raised ``error`` (a ``UserError`` carries a Chinese message).
        cancelled(): the user pressed 取消 and ``fn`` stopped at its next step.
        finished(): after any of the three, when the dialog is gone.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # Worker → GUI thread. Emitted from the pool thread; Qt queues them to this object's
    # thread because the receiving slots live here.
    _progressed = Signal(int, int, str)
    _returned = Signal(object)
    _raised = Signal(object)
    _stopped = Signal()

    # Keeps a running job alive even when the caller drops its reference; a job removes
    # itself when it ends.
    _running: ClassVar[set[Job[Any]]] = set()

    def __init__(
        self,
        fn: Callable[[Progress], T],
        *,
        title: str,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
        show_after_ms: int | None = SHOW_AFTER_MS,
    ) -> None:
        # No QObject parent: the job must outlive a window closed while its worker runs.
        super().__init__()
        self._fn = fn
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._progress = _ThreadProgress(self._progressed.emit)
        self._done = False
        self._dialog = self._make_dialog(title, parent)
        self._dialog_alive = True
        self._dialog.destroyed.connect(self._forget_dialog)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(show_after_ms or 0)
        self._show_timer.timeout.connect(self._dialog.show)
        self._quiet = show_after_ms is None
        self._progressed.connect(self._on_progress)
        self._returned.connect(self._on_returned)
        self._raised.connect(self._on_raised)
        self._stopped.connect(self._on_stopped)

    @property
    def dialog(self) -> QProgressDialog:
        """The progress dialog (shown only when the job runs longer than ``show_after_ms``;
        never when that is None, as for a page quietly loading its data)."""
        return self._dialog

    def start(self) -> None:
        """Queue the job on the pool; outcome signals follow on the GUI thread."""
        Job._running.add(self)
        if not self._quiet:
            self._show_timer.start()
        self._pool.start(self._run)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress step."""
        if not self._done:
            self._progress.cancel_requested.set()
            if self._dialog_alive:
                self._dialog.setLabelText(QCoreApplication.translate("Job", "正在取消…"))

    # ------------------------------------------------------------ worker thread

    def _run(self) -> None:
        try:
            result = self._fn(self._progress)
        except Cancelled:
            self._stopped.emit()
        except Exception as error:  # every failure goes back to the GUI
            self._raised.emit(error)
        else:
            self._returned.emit(result)

    # --------------------------------------------------------------- GUI thread

    def _make_dialog(self, title: str, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        dialog.setCancelButtonText(QCoreApplication.translate("Job", "取消"))
        # Our own bar, driven directly: QProgressDialog.setValue would run a nested event
        # loop (processEvents) for a modal dialog.
        self._bar = QProgressBar(dialog)
        self._bar.setRange(0, 0)
        dialog.setBar(self._bar)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(2**31 - 1)  # shown by our timer, not by Qt's own guess
        dialog.setModal(True)
        dialog.canceled.connect(self.cancel)
        dialog.hide()
        return dialog

    @Slot()
    def _forget_dialog(self) -> None:
        self._dialog_alive = False

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._done or self._progress.cancel_requested.is_set() or not self._dialog_alive:
            return
        self._bar.setRange(0, max(total, 0))
        self._bar.setValue(min(done, total) if total > 0 else 0)
        if text:
            self._dialog.setLabelText(text)

    @Slot(object)
    def _on_returned(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_raised(self, error: object) -> None:
        self._finish()
        self.failed.emit(error)
        self.finished.emit()

    @Slot()
    def _on_stopped(self) -> None:
        self._finish()
        self.cancelled.emit()
        self.finished.emit()

    def _finish(self) -> None:
        self._done = True
        self._show_timer.stop()
        if self._dialog_alive:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.hide()
            self._dialog.deleteLater()
        Job._running.discard(self)


def run_job(
    fn: Callable[[Progress], T],
    *,
    title: str,
    on_success: Callable[[T], None],
    on_error: Callable[[Exception], None],
    on_cancel: Callable[[], None] | None = None,
    parent: QWidget | None = None,
    pool: QThreadPool | None = None,
    show_after_ms: int | None = SHOW_AFTER_MS,
) -> Job[T]:
    """Start ``fn`` in the background and call back on the GUI thread with its outcome.

    Args:
        fn: the service job; gets a :class:`Progress` whose ``step`` raises once cancelled.
        title: what the progress dialog says is happening.
        on_success: receives ``fn``'s return value.
        on_error: receives the exception ``fn`` raised.
        on_cancel: called when the user cancelled; nothing happens when omitted.
        parent: the window the dialog is modal to.
        pool: where ``fn`` runs; the global pool unless a test passes its own.
        show_after_ms: how long the job runs before the dialog appears; None for never.
    """
    job: Job[T] = Job(fn, title=title, parent=parent, pool=pool, show_after_ms=show_after_ms)
    job.succeeded.connect(on_success)
    job.failed.connect(on_error)
    if on_cancel is not None:
        job.cancelled.connect(on_cancel)
    job.start()
    return job


class LatestJob:
    """Quiet background jobs of one kind for a widget, where only the latest result counts.

    A preview redrawn on every keystroke, the details of the row just selected: each
    :meth:`start` supersedes the runs before it, whose outcomes are dropped when they arrive,
    as are all outcomes once the widget is deleted. :meth:`drop` supersedes the running one
    without starting another (the widget shows something else now).
    """

    def __init__(self, owner: QWidget, pool: QThreadPool | None, title: str) -> None:
        self._owner = owner
        self._pool = pool
        self._title = title
        self._latest = 0

    def drop(self) -> None:
        """Ignore the outcome of the run under way."""
        self._latest += 1

    def start(
        self,
        fn: Callable[[Progress], T],
        on_success: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> Job[T]:
        """Run ``fn``; its outcome reaches the callbacks only if no newer run started since."""
        self._latest += 1
        run = self._latest

        def current() -> bool:
            return run == self._latest and shiboken6.isValid(self._owner)

        def succeeded(result: T) -> None:
            if current():
                on_success(result)

        def failed(error: Exception) -> None:
            if current():
                on_error(error)

        return run_job(
            fn,
            title=self._title,
            on_success=succeeded,
            on_error=failed,
            parent=self._owner,
            pool=self._pool,
            show_after_ms=None,
        )
