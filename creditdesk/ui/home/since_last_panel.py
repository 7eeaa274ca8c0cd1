"""自上次打开以来: what changed while the clerk was away, handled in one pass.

In the spirit of GnuCash's "Since Last Run": periods that opened, obligations that fell overdue
or came due soon, units a notice could go to. 全部标记为已阅 starts the next look from now;
稍后提醒 hides the panel until a chosen day; 登记收件 and 延期 act on the selected line. The
panel hides itself when there is nothing to show or the reminder was postponed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QMenu,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from creditdesk.services.context import ServiceContext
from creditdesk.services.since_last import SinceLastTime
from creditdesk.services.status_types import ObligationLine
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.forms.ui_since_last_panel import Ui_SinceLastPanel

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``ObligationLine`` behind a line of the tree (None for headings and other lines)."""

DayChooser = Callable[[QWidget, dt.date], dt.date | None]
"""Asks for the day to be reminded on (a calendar dialog; tests pass a fake)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SinceLastPanel", text)


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


def _line_text(line: ObligationLine, days_text: str) -> str:
    return f"{line.unit}　{line.task_label}{line.task_title}　{line.period_label}　" + _tr(
        "截止{due}，{days}"
    ).format(due=format_date(line.due_date), days=days_text)


class SinceLastPanel(QFrame):
    """The changes since the clerk last marked them seen.

    Signals:
        log_requested(line): 登记收件 for an obligation line.
        extension_requested(line): 延期 for an obligation line.
        dismissed(): marked seen or postponed; the panel is hidden.
    """

    log_requested = Signal(object)
    extension_requested = Signal(object)
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
        self.ui.logButton.clicked.connect(self._log)
        self.ui.extendButton.clicked.connect(self._extend)
        self.ui.itemsTree.currentItemChanged.connect(self._update_buttons)
        self.ui.itemsTree.itemDoubleClicked.connect(lambda *_: self._log())
        self._update_buttons()
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
            [(p, None) for p in changes.opened_periods],
        )
        self._group(
            _tr("新逾期未报（{n}项）"),
            [
                (_line_text(line, _tr("已逾期{n}个工作日").format(n=line.days)), line)
                for line in changes.became_overdue
            ],
        )
        self._group(
            _tr("即将到期（{n}项）"),
            [
                (_line_text(line, _tr("还剩{n}个工作日").format(n=line.days)), line)
                for line in changes.became_due_soon
            ],
        )
        self._group(
            _tr("可发督办通知的单位（{n}个）"),
            [
                (_tr("{unit}：{n}项逾期未列入通知").format(unit=c.unit, n=c.items), None)
                for c in changes.notices_ready
            ],
        )
        self._update_buttons()
        self.show()

    def _group(self, title: str, lines: list[tuple[str, ObligationLine | None]]) -> None:
        if not lines:
            return
        heading = QTreeWidgetItem(self.ui.itemsTree, [title.format(n=len(lines))])
        font = QFont(heading.font(0))
        font.setBold(True)
        heading.setFont(0, font)
        for text, line in lines:
            item = QTreeWidgetItem(heading, [text])
            item.setData(0, LINE_ROLE, line)
        heading.setExpanded(len(lines) <= 8)

    def selected_line(self) -> ObligationLine | None:
        """The obligation line selected, if any."""
        item = self.ui.itemsTree.currentItem()
        line = item.data(0, LINE_ROLE) if item is not None else None
        return line if isinstance(line, ObligationLine) else None

    def _update_buttons(self) -> None:
        has_line = self.selected_line() is not None
        self.ui.logButton.setEnabled(has_line)
        self.ui.extendButton.setEnabled(has_line)

    # ---------------------------------------------------------------- actions

    def mark_seen(self) -> None:
        """全部标记为已阅: next time shows only what changes after now."""
        from creditdesk.services.since_last import mark_seen

        mark_seen(self.ctx, self.ctx.clock.now())
        self._dismiss()

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
        self._dismiss()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def _log(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.log_requested.emit(line)

    def _extend(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.extension_requested.emit(line)
