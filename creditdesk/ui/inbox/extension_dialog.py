"""延期: approve a new due date for one obligation, with the reason the unit gave."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from creditdesk.services.inbox_lookups import ObligationChoice
from creditdesk.services.periods import Period
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_extension_dialog import Ui_ExtensionDialog

_tr = translator("ExtensionDialog")


def describe(choice: ObligationChoice, unit: str = "") -> str:
    """One obligation in a line: unit, task and period."""
    task = f"{choice.task_label}{choice.task_title}"
    period = Period.parse(choice.period).label
    return f"{unit}　{task}　{period}".strip()


class ExtensionDialog(QDialog):
    """Pick one of ``choices`` (a matrix cell may hold several), a new date and a reason.

    Args:
        today: the proposed date is a week after the due date, but never in the past: a week
            from ``today`` for an item long overdue.
    """

    def __init__(
        self,
        choices: list[ObligationChoice],
        unit: str = "",
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.ui = Ui_ExtensionDialog()
        self.ui.setupUi(self)
        self._choices = choices
        for choice in choices:
            self.ui.obligationCombo.addItem(describe(choice, unit), choice.obligation_id)
        self.ui.obligationCombo.currentIndexChanged.connect(self._show_choice)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.errorLabel.hide()
        self._show_choice()

    def choice(self) -> ObligationChoice:
        """The obligation chosen."""
        return self._choices[max(self.ui.obligationCombo.currentIndex(), 0)]

    def new_due(self) -> dt.date:
        """The date the extension runs to."""
        day = self.ui.newDate.date()
        return dt.date(day.year(), day.month(), day.day())

    def reason(self) -> str:
        """Why, as the unit asked."""
        return self.ui.reasonEdit.toPlainText().strip()

    def _show_choice(self) -> None:
        choice = self.choice()
        self.ui.dueLabel.setText(format_date(choice.due_date))
        if choice.extended_to is not None:
            self.ui.currentLabel.setText(
                _tr("{day}（{reason}）").format(
                    day=format_date(choice.extended_to), reason=choice.extension_reason
                )
            )
        else:
            self.ui.currentLabel.setText(_tr("无"))
        start = choice.effective_due + dt.timedelta(days=7)
        if self._today is not None:
            start = max(start, self._today + dt.timedelta(days=7))
        self.ui.newDate.setMinimumDate(QDate(*_ymd(choice.due_date + dt.timedelta(days=1))))
        self.ui.newDate.setDate(QDate(*_ymd(start)))
        if choice.extension_reason:
            self.ui.reasonEdit.setPlainText(choice.extension_reason)

    def accept(self) -> None:
        if not self.reason():
            self.ui.errorLabel.setText(_tr("请填写延期理由。"))
            self.ui.errorLabel.show()
            self.ui.reasonEdit.setFocus()
            return
        super().accept()


def _ymd(day: dt.date) -> tuple[int, int, int]:
    return day.year, day.month, day.day
