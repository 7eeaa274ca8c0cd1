"""What every page of the main window shares: it loads from the services only when seen,
and off the GUI thread.

A page that is not on screen just remembers that its data changed; it queries again the next
time it is shown. The query runs as a quiet background job, so the window paints at once and
a slow period computation never freezes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QThreadPool, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from creditdesk.services.context import ServiceContext
from creditdesk.services.progress import Progress
from creditdesk.services.status_types import StatusCounts
from creditdesk.ui.common.jobs import Job
from creditdesk.ui.common.messages import error_box
from creditdesk.ui.common.signals import AppSignals

D = TypeVar("D")


class Page(QWidget, Generic[D]):
    """A main-window page over one workspace.

    Subclasses build their widgets in :meth:`setup` and implement :meth:`fetch`, which reads
    the widgets' filter values on the GUI thread and returns a job that calls the services, and
    :meth:`present`, which shows the job's result.

    Signals:
        loaded(): new data is on screen.
    """

    loaded = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        signals: AppSignals,
        pool: QThreadPool,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self.pool = pool
        # the window's one undo history; a page on its own (in a test) keeps a private one
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._stale = True
        self._loading = False
        self._again = False
        self._held = False
        self.setup()

    def setup(self) -> None:
        """Build the page's widgets and connect them, once ``ctx``, ``signals``, ``pool`` and
        ``undo_stack`` are set; every page has the same constructor, this is what differs."""

    def fetch(self) -> Callable[[Progress], D]:
        """The service calls for the current filters, as a job for the thread pool."""
        raise NotImplementedError

    def present(self, data: D) -> None:
        """Show what :meth:`fetch`'s job returned."""
        raise NotImplementedError

    def focus_on(self, focus: object) -> None:
        """Show ``focus``, which another page asked for with a :class:`Navigation`.

        Pages that can be opened on something (the inbox on a filter) override this; the others
        ignore it.
        """

    def reload(self) -> None:
        """Query again now; a query already running is followed by one more."""
        self._stale = False
        if self._loading:
            self._again = True
            return
        self._loading = True
        job: Job[D] = Job(
            self.fetch(), title=self.windowTitle(), parent=self, pool=self.pool, show_after_ms=None
        )
        job.succeeded.connect(self._loaded)
        job.failed.connect(self._failed)
        job.start()

    def is_loading(self) -> bool:
        """Whether a query is running (the page shows older data, or none yet)."""
        return self._loading

    def mark_stale(self) -> None:
        """The data behind the page changed: reload now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def hold(self) -> None:
        """Do not query when shown until :meth:`release` (the window's first paint comes first)."""
        self._held = True

    def release(self) -> None:
        """Allow queries again, and run the one that was held back."""
        self._held = False
        if self._stale and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self._held:
            self.reload()

    @Slot(object)
    def _loaded(self, data: D) -> None:
        self._finished_one()
        self.present(data)
        self.loaded.emit()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._finished_one()
        error_box(self, self.windowTitle(), error)

    def _finished_one(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.reload()


FIGURE_LABELS = ("dueValue", "onTimeValue", "lateValue", "overdueValue", "notYetDueValue")
"""Names of the five figure labels the home and reports forms share (see figuresBox)."""


def _figure_labels(form: object) -> list[QLabel]:
    return [getattr(form, name) for name in FIGURE_LABELS]


def emphasize_figures(form: object, point_size: float = 20) -> None:
    """Make a form's five figure labels large and bold."""
    for label in _figure_labels(form):
        font = QFont(label.font())
        font.setPointSizeF(point_size)
        font.setBold(True)
        label.setFont(font)


def show_figures(form: object, counts: StatusCounts) -> None:
    """Put a period's counts into a form's five figure labels."""
    values = (
        counts.due,
        counts.received_on_time,
        counts.received_late,
        counts.overdue,
        counts.not_yet_due,
    )
    for label, value in zip(_figure_labels(form), values, strict=True):
        label.setText(str(value))


def emphasize_heading(label: QLabel) -> None:
    """Make a page heading a little larger than body text."""
    font = QFont(label.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
