"""What every page of the main window shares: it reloads from the services only when seen.

A page that is not on screen just remembers that its data changed; it queries again the next
time it is shown. Start-up therefore reads only what the first page needs.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from creditdesk.services.context import ServiceContext
from creditdesk.services.status import StatusCounts
from creditdesk.ui.signals import AppSignals


class Page(QWidget):
    """A main-window page over one workspace; subclasses implement :meth:`reload`."""

    def __init__(
        self, ctx: ServiceContext, signals: AppSignals, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self._stale = True

    def reload(self) -> None:
        """Query the services again and show the result."""
        raise NotImplementedError

    def mark_stale(self) -> None:
        """The data behind the page changed: reload now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._reload_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload_now()

    def _reload_now(self) -> None:
        self._stale = False
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
