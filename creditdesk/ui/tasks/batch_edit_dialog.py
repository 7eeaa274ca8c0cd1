"""批量修改任务: one rhythm, deadline or set of units for every selected task at once.

A plan names many tasks without a rhythm; setting each in the task dialog costs three clicks
a task. Each part is a checkable box: only the parts ticked change, the rest stays as each
task has it. When the tasks already owe items, a new rhythm asks from which period it applies
(本期起 by default), so changing it in April does not create a quarter of overdue items.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DUE_RULE_KINDS, DueRule, DueRuleKind, default_due_rule
from creditdesk.services.target_entries import target_entries
from creditdesk.services.task_edit import (
    CURRENT_PERIOD,
    KEEP,
    BatchEdit,
    Keep,
    Target,
    count_obligations,
)
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.formatting import frequency_label
from creditdesk.ui.common.target_picker import PickerEntry, TargetPicker
from creditdesk.ui.common.translate import translator
from creditdesk.ui.tasks.rhythm_start import AppliesFrom, RhythmStartChoice
from creditdesk.ui.tasks.task_edit_dialog import FREQUENCIES, KIND_NAMES, ROLE_NAMES

_tr = translator("BatchEditDialog")


@dataclass(frozen=True)
class BatchEditData:
    """What the dialog needs, read in a background job: the tasks, the roster, the day."""

    node_ids: list[int]
    obligations: int
    entries: list[PickerEntry]
    today: dt.date


def load_batch_data(ctx: ServiceContext, node_ids: list[int]) -> BatchEditData:
    """The chosen tasks' obligation count and the roster's units and groups."""
    return BatchEditData(
        node_ids, count_obligations(ctx, node_ids), target_entries(ctx), ctx.clock.today()
    )


class BatchEditDialog(QDialog):
    """Sets the ticked parts for all chosen tasks; :meth:`edit` holds them after OK."""

    def __init__(self, data: BatchEditData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.picker: TargetPicker | None = None
        self.setWindowTitle(_tr("批量修改任务"))
        layout = QVBoxLayout(self)
        self.summaryLabel = QLabel(
            _tr("已选择{n}项任务。勾选要统一修改的内容，未勾选的保持各任务原样。").format(
                n=len(data.node_ids)
            )
        )
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self._rhythm_box())
        layout.addWidget(self._rule_box())
        layout.addWidget(self._roles_box())
        self.errorLabel = QLabel()
        self.errorLabel.setStyleSheet("color: #c62828")
        layout.addWidget(self.errorLabel)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttonBox)
        self.buttonBox.accepted.connect(self._try_accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self._update()

    # ----------------------------------------------------------------- parts

    def _rhythm_box(self) -> QGroupBox:
        box = QGroupBox(_tr("报送频次(&F)"))
        box.setCheckable(True)
        box.setChecked(False)
        form = QFormLayout(box)
        self.frequencyCombo = QComboBox()
        self.frequencyCombo.addItem(_tr("（不报送）"), None)
        for code in FREQUENCIES:
            self.frequencyCombo.addItem(frequency_label(code), code)
        self.frequencyCombo.setCurrentIndex(self.frequencyCombo.findData("quarterly"))
        form.addRow(_tr("统一设为："), self.frequencyCombo)
        self.start = RhythmStartChoice(
            form,
            self.data.today,
            _tr("所选任务已有{n}项应报事项；").format(n=self.data.obligations),
            box,
        )
        self.start.set_asked(self.data.obligations > 0)
        self.startCombo = self.start.combo
        self.rhythmBox = box
        box.toggled.connect(self._update)
        self.frequencyCombo.currentIndexChanged.connect(self._frequency_changed)
        return box

    def _rule_box(self) -> QGroupBox:
        box = QGroupBox(_tr("报送时限(&D)"))
        box.setCheckable(True)
        box.setChecked(False)
        row = QHBoxLayout(box)
        self.ruleKindCombo = QComboBox()
        for kind in DUE_RULE_KINDS:
            self.ruleKindCombo.addItem(KIND_NAMES[kind], kind)
        self.nSpin = QSpinBox()
        self.nSpin.setRange(1, 60)
        self.nSpin.setValue(5)
        self.nSpin.setSuffix(_tr("个工作日"))
        self.daySpin = QSpinBox()
        self.daySpin.setRange(1, 31)
        self.daySpin.setValue(10)
        self.daySpin.setSuffix(_tr("日"))
        self.monthCombo = QComboBox()
        self.monthCombo.addItem(_tr("期末月"), None)
        for month in range(1, 13):
            self.monthCombo.addItem(_tr("{month}月").format(month=month), month)
        self.dueDateEdit = QDateEdit(QDate(self.data.today.year, 12, 31))
        self.dueDateEdit.setDisplayFormat("yyyy年M月d日")
        self.dueDateEdit.setCalendarPopup(True)
        for widget in (
            self.ruleKindCombo,
            self.nSpin,
            self.daySpin,
            self.monthCombo,
            self.dueDateEdit,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.ruleBox = box
        box.toggled.connect(self._update)
        self.ruleKindCombo.currentIndexChanged.connect(self._update)
        return box

    def _roles_box(self) -> QGroupBox:
        box = QGroupBox(_tr("分工单位（勾选的分工整体替换）"))
        form = QFormLayout(box)
        self._role_checks: dict[str, QCheckBox] = {}
        self._role_labels: dict[str, QLabel] = {}
        self._chosen: dict[str, list[PickerEntry]] = {}
        for role in ("lead", "responsible"):
            check = QCheckBox(_tr("替换{role}").format(role=_tr(ROLE_NAMES[role])))
            names = QLabel(_tr("（不修改）"))
            names.setWordWrap(True)
            choose = QPushButton(_tr("选择…"))
            choose.clicked.connect(lambda _=False, role=role: self.pick(role))
            line = QHBoxLayout()
            line.addWidget(names, 1)
            line.addWidget(choose)
            form.addRow(check, line)
            check.toggled.connect(lambda _on, role=role: self._show_role(role))
            self._role_checks[role] = check
            self._role_labels[role] = names
            self._chosen[role] = []
        return box

    # ------------------------------------------------------------- behaviour

    def _frequency_changed(self) -> None:
        frequency = self.frequencyCombo.currentData()
        default = default_due_rule(frequency)
        if default is not None and not self.ruleBox.isChecked():
            self._show_rule(default)
        elif frequency == "once":  # a one-off task needs its date
            self.ruleKindCombo.setCurrentIndex(self.ruleKindCombo.findData("fixed_date"))
            self.ruleBox.setChecked(True)
        self._update()

    def _show_rule(self, rule: DueRule) -> None:
        self.ruleKindCombo.setCurrentIndex(self.ruleKindCombo.findData(rule.kind))
        self.nSpin.setValue(rule.n or 5)
        self.daySpin.setValue(rule.day or 10)

    def _update(self) -> None:
        self.start.show_frequency(self.frequencyCombo.currentData())
        kind = self.ruleKindCombo.currentData()
        self.nSpin.setVisible(kind in ("after_period_end", "after_event"))
        self.daySpin.setVisible(kind in ("day_of_next_month", "day_of_month"))
        self.monthCombo.setVisible(kind == "day_of_month")
        self.dueDateEdit.setVisible(kind == "fixed_date")
        self.errorLabel.setText("")

    def set_frequency(self, frequency: str | None) -> None:
        """Tick 报送频次 and choose ``frequency`` (what the clerk does with two clicks)."""
        self.rhythmBox.setChecked(True)
        self.frequencyCombo.setCurrentIndex(self.frequencyCombo.findData(frequency))

    def set_start(self, choice: str) -> None:
        """Choose 自哪一期起: "current", "next" or "year"."""
        self.start.choose(choice)

    def pick(self, role: str) -> TargetPicker:
        """Open the searchable picker for ``role``; the chosen units replace the role's units."""
        picker = TargetPicker(
            self.data.entries,
            prompt=_tr("选择所选任务的{role}（可多选）").format(role=_tr(ROLE_NAMES[role])),
            title=_tr("选择{role}").format(role=_tr(ROLE_NAMES[role])),
            multiple=True,
            parent=self,
        )
        picker.accepted.connect(lambda: self.set_role(role, picker.chosen()))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()
        return picker

    def set_role(self, role: str, entries: list[PickerEntry]) -> None:
        """Replace ``role`` on every task with ``entries`` (an empty list clears the role)."""
        self._chosen[role] = list(entries)
        self._role_checks[role].setChecked(True)
        self._show_role(role)

    def _show_role(self, role: str) -> None:
        label = self._role_labels[role]
        if not self._role_checks[role].isChecked():
            label.setText(_tr("（不修改）"))
        elif not self._chosen[role]:
            label.setText(_tr("（清空）"))
        else:
            label.setText("、".join(e.name for e in self._chosen[role]))

    def due_rule(self) -> DueRule:
        """The due rule the widgets describe (ValueError when they make none)."""
        kind: DueRuleKind = self.ruleKindCombo.currentData()
        date = self.dueDateEdit.date()
        return DueRule(
            kind,
            n=self.nSpin.value() if kind in ("after_period_end", "after_event") else None,
            day=self.daySpin.value() if kind in ("day_of_next_month", "day_of_month") else None,
            month=self.monthCombo.currentData() if kind == "day_of_month" else None,
            fixed_date=(
                dt.date(date.year(), date.month(), date.day()) if kind == "fixed_date" else None
            ),
        )

    def edit(self) -> BatchEdit:
        """The ticked parts as one batch edit."""
        frequency: str | Keep | None = KEEP
        applies_from: AppliesFrom = CURRENT_PERIOD
        if self.rhythmBox.isChecked():
            chosen: str | None = self.frequencyCombo.currentData()
            frequency, applies_from = chosen, self.start.applies_from(chosen)
        rule: DueRule | Keep = self.due_rule() if self.ruleBox.isChecked() else KEEP
        roles = {
            role: tuple(
                Target(unit_id=e.id) if e.kind == "unit" else Target(group_id=e.id)
                for e in self._chosen[role]
            )
            for role, check in self._role_checks.items()
            if check.isChecked()
        }
        return BatchEdit(frequency, rule, applies_from, roles)

    def _try_accept(self) -> None:
        try:
            edit = self.edit()
        except ValueError as error:
            self.errorLabel.setText(str(error))
            return
        if isinstance(edit.frequency, Keep) and isinstance(edit.rule, Keep) and not edit.roles:
            self.errorLabel.setText(_tr("请勾选要修改的内容。"))
            return
        self.accept()
