"""自哪一期起执行: the one question a changed rhythm asks of a task that already owes items.

Setting a task to monthly in April would otherwise create every month since January as
overdue. Both the task dialog and 批量修改 ask it with this one widget, so the choices and
what each means (a day inside the first period it applies to) cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from creditdesk.services.obligations import PERIODIC
from creditdesk.services.periods import period_containing
from creditdesk.services.task_edit import CURRENT_PERIOD
from creditdesk.ui.common.translate import translator

START_CHOICES = ("current", "next", "year")
"""自哪一期起: the current period (default), the next one, or every period of the plan year."""

AppliesFrom = dt.date | Literal["current"] | None
"""``RuleFields.applies_from``: a day in the first period, the current one, or the whole year."""


_tr = translator("RhythmStartChoice")


class RhythmStartChoice:
    """The 自哪一期起执行 row of a rhythm form: a label, a combo box and a hint.

    Args:
        form: the form the rows are added to.
        today: the day "本期" is judged by.
        hint: the line under the choice (how many items the task or tasks already owe).
        parent: the widgets' parent.
        row: where in ``form`` the rows go (at the end by default).
    """

    def __init__(
        self, form: QFormLayout, today: dt.date, hint: str, parent: QWidget, row: int = -1
    ) -> None:
        self.today = today
        self.combo = QComboBox(parent)
        self.label = QLabel(_tr("自哪一期起执行："), parent)
        self.label.setBuddy(self.combo)
        self.hint = QLabel(hint + _tr("此前各期已生成的事项保留不变。"), parent)
        self.hint.setWordWrap(True)
        form.insertRow(row, self.label, self.combo)
        form.insertRow(row if row < 0 else row + 1, self.hint)

    def set_asked(self, asked: bool) -> None:
        """Show the question, or hide it (no items owed, or the rhythm is not changed)."""
        for widget in (self.combo, self.label, self.hint):
            widget.setVisible(asked)

    def is_asked(self) -> bool:
        """Whether the clerk is shown the question."""
        return not self.combo.isHidden()

    def show_frequency(self, frequency: str | None) -> None:
        """Name the periods of ``frequency`` in the choices, keeping the clerk's choice."""
        self.combo.blockSignals(True)
        chosen = self.combo.currentData()
        self.combo.clear()
        if frequency in PERIODIC:
            current = period_containing(self.today, frequency)
            self.combo.addItem(_tr("本期起（{period}）").format(period=current.label), "current")
            self.combo.addItem(
                _tr("下一期起（{period}）").format(period=current.next().label), "next"
            )
            self.combo.addItem(_tr("全年各期（补生成已过去的各期）"), "year")
            self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self.combo.setEnabled(self.combo.count() > 0)
        self.combo.blockSignals(False)

    def choose(self, choice: str) -> None:
        """Choose one of :data:`START_CHOICES`."""
        self.combo.setCurrentIndex(self.combo.findData(choice))

    def applies_from(self, frequency: str | None) -> AppliesFrom:
        """The first period ``frequency`` applies from, as the service takes it."""
        choice = self.combo.currentData()
        if frequency not in PERIODIC or choice in (None, "current"):
            return CURRENT_PERIOD
        if choice == "year":
            return None
        return period_containing(self.today, frequency).next().start
