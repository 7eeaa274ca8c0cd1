"""自上次打开以来: what changed while the clerk was away, handled in one pass.

In the spirit of GnuCash's "Since Last Run": periods that opened, how many obligations fell
overdue or came due soon (the items themselves are the bold rows of the lists just below, not
repeated here; double-clicking the line selects them there), units a notice could go to.
Having it on screen for a few seconds, or closing the program after it was shown, counts as
seen: the next start shows only later changes. 全部标记为已阅 also hides it now; 稍后提醒
hides it until a chosen day without counting as seen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QMenu,
    QSizePolicy,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.since_last import SinceLastTime
from creditdesk.services.status_types import ObligationLine
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_since_last_panel import Ui_SinceLastPanel

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
"""Which list below a summary line points at: ``OVERDUE_LIST`` or ``DUE_SOON_LIST``."""
OVERDUE_LIST = "overdue"
DUE_SOON_LIST = "due_soon"
MAX_TREE_HEIGHT = 210
"""The list's height when it has many lines (then it scrolls)."""
VIEWED_AFTER_MS = 5000
"""How long the panel stays on screen before its changes count as seen."""

DayChooser = Callable[[QWidget, dt.date], dt.date | None]
"""Asks for the day to be reminded on (a calendar dialog; tests pass a fake)."""


_tr = translator("SinceLastPanel")


def choose_day(parent: QWidget, earliest: dt.date) -> dt.date | None:
    """A small calendar dialog; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("稍后提醒"))
    layout = QVBoxLayout(dialog)
    calendar = QCalendarWidget(dialog)
    calendar.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
    calendar.setSelectedDate(QDate(earliest.year, earliest.month, earliest.day))
    layout.addWidget(calendar)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    day = calendar.selectedDate()
    return dt.date(day.year(), day.month(), day.day())


def _units_text(lines: list[ObligationLine]) -> str:
    units = list(dict.fromkeys(line.unit for line in lines))
    shown = "、".join(units[:3])
    return shown + (_tr("等{n}个单位").format(n=len(units)) if len(units) > 3 else "")


class SinceLastPanel(QFrame):
    """The changes since the clerk last marked them seen.

    Signals:
        lines_requested(kind): show the new lines of this list below (``OVERDUE_LIST``…).
        dismissed(): marked seen or postponed; the panel is hidden.

    Attributes:
        viewed_after_ms: how long on screen counts as seen (tests shorten it).
        viewed: whether this session has already recorded the changes as seen.
        shown: whether the changes have been on screen (and not put off with 稍后提醒).
    """

    lines_requested = Signal(str)
    dismissed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        day_chooser: DayChooser = choose_day,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SinceLastPanel()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.day_chooser = day_chooser
        self.changes: SinceLastTime | None = None
        font = QFont(self.ui.titleLabel.font())
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.setStyleSheet("SinceLastPanel { background: #fffbe6; border: 1px solid #e6cf7a; }")
        menu = QMenu(self)
        menu.addAction(_tr("明天再提醒"), self.postpone_to_tomorrow)
        menu.addAction(_tr("选择日期…"), self._postpone_to_chosen_day)
        self.ui.postponeButton.setMenu(menu)
        self.ui.postponeButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.ui.markSeenButton.clicked.connect(self.mark_seen)
        # no taller than its lines: the lists below get the room
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.ui.itemsTree.itemActivated.connect(self._activated)
        self.ui.itemsTree.itemExpanded.connect(lambda _item: self._fit_tree())
        self.ui.itemsTree.itemCollapsed.connect(lambda _item: self._fit_tree())
        self.viewed_after_ms = VIEWED_AFTER_MS
        self.viewed = False
        self.shown = False
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.timeout.connect(self._seen_long_enough)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.record_viewed)
        self.hide()

    # ---------------------------------------------------------------- content

    def show_changes(self, changes: SinceLastTime) -> None:
        """Fill the panel; hidden when empty or postponed past today."""
        self.changes = changes
        today = self.ctx.clock.today()
        if changes.empty or changes.postponed(today):
            self.hide()
            return
        if changes.last_seen is not None:
            self.ui.titleLabel.setText(
                _tr("自上次打开以来（{day}）的变化").format(
                    day=format_date(changes.last_seen.date())
                )
            )
        else:
            self.ui.titleLabel.setText(_tr("需要关注的事项（首次打开）"))
        tree = self.ui.itemsTree
        tree.clear()
        self._group(
            _tr("新开始的报送期（{n}个）"),
            changes.opened_periods,
        )
        self._summary(
            _tr("新逾期未报{n}项（{units}），已在下方“逾期未报”中以粗体标出"),
            changes.became_overdue,
            OVERDUE_LIST,
        )
        self._summary(
            _tr("新进入即将到期{n}项（{units}），已在下方“即将到期”中以粗体标出"),
            changes.became_due_soon,
            DUE_SOON_LIST,
        )
        self._group(
            _tr("可发督办通知的单位（{n}个）"),
            [
                _tr("{unit}：{n}项逾期未列入通知").format(unit=c.unit, n=c.items)
                for c in changes.notices_ready
            ],
        )
        self._fit_tree()
        self.show()
        self.shown = True
        if not self.viewed:
            self._view_timer.start(self.viewed_after_ms)

    def _group(self, title: str, lines: list[str]) -> None:
        if not lines:
            return
        heading = QTreeWidgetItem(self.ui.itemsTree, [title.format(n=len(lines))])
        font = QFont(heading.font(0))
        font.setBold(True)
        heading.setFont(0, font)
        for text in lines:
            QTreeWidgetItem(heading, [text])
        heading.setExpanded(len(lines) <= 8)

    def _fit_tree(self) -> None:
        """As tall as its lines (up to the form's maximum): two lines need no empty box."""
        tree = self.ui.itemsTree
        tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        lines = len(tops) + sum(t.childCount() for t in tops if t is not None and t.isExpanded())
        row = max(tree.sizeHintForRow(0), tree.fontMetrics().height() + 4)
        tree.setFixedHeight(min(MAX_TREE_HEIGHT, row * max(lines, 1) + 2 * tree.frameWidth() + 4))

    def _summary(self, text: str, lines: list[ObligationLine], kind: str) -> None:
        if not lines:
            return
        item = QTreeWidgetItem(
            self.ui.itemsTree, [text.format(n=len(lines), units=_units_text(lines))]
        )
        item.setData(0, KIND_ROLE, kind)
        item.setToolTip(0, _tr("双击在下方列表中选中这些事项"))

    def _activated(self, item: QTreeWidgetItem) -> None:
        kind = item.data(0, KIND_ROLE)
        if isinstance(kind, str):
            self.lines_requested.emit(kind)

    # ---------------------------------------------------------------- actions

    def mark_seen(self) -> None:
        """全部标记为已阅: next time shows only what changes after now."""
        from creditdesk.services.since_last import mark_seen

        mark_seen(self.ctx, self.ctx.clock.now())
        self.viewed = True
        self._dismiss()

    @Slot()
    def _seen_long_enough(self) -> None:
        if self.isVisible():
            self.record_viewed()

    @Slot()
    def record_viewed(self) -> None:
        """The changes were on screen: the next start shows only what changes after now.

        Once per session, and only if the panel was shown (not postponed, not empty).
        """
        if self.viewed or not self.shown:
            return
        from creditdesk.services.since_last import mark_viewed

        self.viewed = True
        self._view_timer.stop()
        try:
            mark_viewed(self.ctx, self.ctx.clock.now())
        except UserError:
            self.viewed = False  # bookkeeping only: the changes show again next time

    def postpone_to_tomorrow(self) -> None:
        """稍后提醒 → 明天."""
        self.postpone(self.ctx.clock.today() + dt.timedelta(days=1))

    def _postpone_to_chosen_day(self) -> None:
        day = self.day_chooser(self, self.ctx.clock.today() + dt.timedelta(days=1))
        if day is not None:
            self.postpone(day)

    def postpone(self, day: dt.date) -> None:
        """Hide the changes until ``day`` (they stay unseen)."""
        from creditdesk.services.since_last import postpone

        postpone(self.ctx, day)
        self.shown = False  # put off, not looked at
        self._view_timer.stop()
        self._dismiss()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
