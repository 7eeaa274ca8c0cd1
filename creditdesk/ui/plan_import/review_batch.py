"""批量设置 in the import review: one rhythm, deadline or units for many selected draft tasks.

Plans often state no rhythm for a whole part; setting 14 tasks one double-click at a time is
what the clerk complained of. The review's tree takes Ctrl/Shift-click and Ctrl+A; this sets
报送频次, 完成时限 and 牵头/责任/配合单位 on every selected task of the draft at once (the import
saves the draft as reviewed, so what is chosen here is imported). Units are written with
their roster names, which then match without a click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from creditdesk.services.due_rules import default_due_rule
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.formatting import frequency_label
from creditdesk.ui.common.target_picker import PickerEntry, TargetPicker
from creditdesk.ui.common.translate import translator
from creditdesk.ui.plan_import.plan_review_model import (
    DEADLINE,
    FREQUENCY,
    FREQUENCY_CODES,
    LEAD,
    RESPONSIBLE,
    SUPPORTING,
    PlanReviewModel,
)

ROLE_COLUMNS = {LEAD: "牵头单位", RESPONSIBLE: "责任单位", SUPPORTING: "配合单位"}


_tr = translator("ReviewBatch")


class ReviewBatchDialog(QDialog):
    """Asks which rhythm, deadline and units the selected draft tasks get; ticked parts only.

    Attributes:
        role_buttons: each role column's 选择… button, which opens the roster picker.
    """

    def __init__(
        self, count: int, entries: list[PickerEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._entries = entries
        self.picker: TargetPicker | None = None
        self._role_checks: dict[int, QCheckBox] = {}
        self._role_labels: dict[int, QLabel] = {}
        self.role_buttons: dict[int, QPushButton] = {}
        self._chosen: dict[int, list[PickerEntry]] = {}
        self.setWindowTitle(_tr("批量设置任务"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.summaryLabel = QLabel(_tr("为选中的{n}项任务统一设置：").format(n=count))
        layout.addWidget(self.summaryLabel)
        form = QFormLayout()
        self.frequencyCheck = QCheckBox(_tr("报送频次(&F)"))
        self.frequencyCombo = QComboBox()
        self.frequencyCombo.addItem(_tr("（未注明）"), None)
        for code in FREQUENCY_CODES:
            self.frequencyCombo.addItem(frequency_label(code), code)
        self.frequencyCombo.setCurrentIndex(self.frequencyCombo.findData("quarterly"))
        form.addRow(self.frequencyCheck, self.frequencyCombo)
        self.deadlineCheck = QCheckBox(_tr("完成时限(&D)"))
        self.deadlineEdit = QLineEdit()
        form.addRow(self.deadlineCheck, self.deadlineEdit)
        for column, role in ROLE_COLUMNS.items():
            check = QCheckBox(_tr("替换{role}").format(role=_tr(role)))
            names = QLabel(_tr("（不修改）"))
            names.setWordWrap(True)
            choose = QPushButton(_tr("选择…"))
            choose.clicked.connect(lambda _=False, column=column: self.pick(column))
            line = QHBoxLayout()
            line.addWidget(names, 1)
            line.addWidget(choose)
            form.addRow(check, line)
            check.toggled.connect(lambda _on, column=column: self._show_role(column))
            self._role_checks[column] = check
            self._role_labels[column] = names
            self.role_buttons[column] = choose
            self._chosen[column] = []
        layout.addLayout(form)
        self.frequencyCombo.currentIndexChanged.connect(self._frequency_chosen)
        self.deadlineEdit.textEdited.connect(lambda _text: self.deadlineCheck.setChecked(True))
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttonBox)
        self.buttonBox.accepted.connect(self._try_accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self._show_default_rule()

    def _try_accept(self) -> None:
        """OK sets what is ticked; with nothing ticked there is nothing to set."""
        ticked = [self.frequencyCheck, self.deadlineCheck, *self._role_checks.values()]
        if not any(check.isChecked() for check in ticked):
            QMessageBox.information(
                self,
                self.windowTitle(),
                _tr("请先勾选要统一设置的项目（报送频次、完成时限或单位）。"),
            )
            return
        self.accept()

    def _frequency_chosen(self) -> None:
        # only a rhythm the clerk picks is set: opening the dialog to replace units must not
        # overwrite every task's rhythm read from the plan
        self.frequencyCheck.setChecked(True)
        self._show_default_rule()

    def _show_default_rule(self) -> None:
        rule = default_due_rule(self.frequencyCombo.currentData())
        self.deadlineEdit.setPlaceholderText(
            _tr("不勾选则各任务保留原写法；未写时限的按{rule}").format(rule=rule.label)
            if rule is not None
            else _tr("如：季度结束后5个工作日内、次月5日前、6月底前")
        )

    def set_frequency(self, frequency: str | None) -> None:
        """Choose the rhythm (ticks 报送频次)."""
        self.frequencyCombo.setCurrentIndex(self.frequencyCombo.findData(frequency))
        self._frequency_chosen()

    def pick(self, column: int) -> TargetPicker:
        """Choose from the roster the units (or groups) that replace a role on every task."""
        role = _tr(ROLE_COLUMNS[column])
        picker = TargetPicker(
            self._entries,
            prompt=_tr("选择所选任务的{role}（可多选）").format(role=role),
            title=_tr("选择{role}").format(role=role),
            multiple=True,
            parent=self,
        )
        picker.accepted.connect(lambda: self.set_role(column, picker.chosen()))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()
        return picker

    def set_role(self, column: int, entries: list[PickerEntry]) -> None:
        """Replace the role of ``column`` with ``entries`` on every selected task."""
        self._chosen[column] = list(entries)
        self._role_checks[column].setChecked(True)
        self._show_role(column)

    def _show_role(self, column: int) -> None:
        label = self._role_labels[column]
        if not self._role_checks[column].isChecked():
            label.setText(_tr("（不修改）"))
        else:
            label.setText("、".join(e.name for e in self._chosen[column]) or _tr("（清空）"))

    def values(self) -> dict[int, object]:
        """The ticked columns of the review and the value each gets."""
        chosen: dict[int, object] = {}
        for column, check in self._role_checks.items():
            if check.isChecked():
                chosen[column] = [e.name for e in self._chosen[column]]
        if self.frequencyCheck.isChecked():
            chosen[FREQUENCY] = self.frequencyCombo.currentData()
        if self.deadlineCheck.isChecked():
            chosen[DEADLINE] = self.deadlineEdit.text().strip()
        return chosen


class ReviewBatchEdit(QObject):
    """Multi-selection on the review's tree and the 批量设置 action (button and Ctrl+Shift+E).

    Attributes:
        dialog: the dialog last opened (tests drive it).
    """

    def __init__(
        self,
        view: QTreeView,
        model: PlanReviewModel,
        layout: QVBoxLayout,
        parent: QWidget,
        *,
        entries: list[PickerEntry],
        on_units_changed: Callable[[], object],
    ) -> None:
        super().__init__(parent)
        self._entries = entries
        self._on_units_changed = on_units_changed
        self._view = view
        self._model = model
        self._parent = parent
        self.dialog: ReviewBatchDialog | None = None
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.action = QAction(_tr("批量设置…"), parent)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.triggered.connect(lambda _=False: self.open())
        parent.addAction(self.action)
        row = QHBoxLayout()
        hint = QLabel(
            _tr(
                "按住Ctrl或Shift点选多项任务（Ctrl+A全选），"
                "可统一设置报送频次、完成时限和分工单位。"
            )
        )
        hint.setWordWrap(True)
        self.button = QPushButton(_tr("批量设置(&B)…"))
        self.button.setToolTip(
            _tr("为选中的任务统一设置报送频次、完成时限和分工单位（Ctrl+Shift+E）")
        )
        self.button.clicked.connect(lambda: self.open())
        row.addWidget(hint, 1)
        row.addWidget(self.button)
        layout.insertLayout(layout.indexOf(view) + 1, row)
        view.selectionModel().selectionChanged.connect(self._update)
        self._update()

    def selected_tasks(self) -> list[QModelIndex]:
        """The selected rows that are tasks (sections left out), in column 0."""
        rows = self._view.selectionModel().selectedRows(0)
        return [index for index in rows if self._model.task(index) is not None]

    def _update(self) -> None:
        count = len(self.selected_tasks())
        self.button.setEnabled(count > 0)
        self.action.setEnabled(count > 0)

    def open(self) -> ReviewBatchDialog | None:
        """Open 批量设置 for the selected tasks; OK writes the values into the draft."""
        rows = [QPersistentModelIndex(index) for index in self.selected_tasks()]
        if not rows:
            return None
        dialog = ReviewBatchDialog(len(rows), self._entries, self._parent)
        self.dialog = dialog
        open_dialog(dialog, lambda: self.apply(rows, dialog.values()))
        return dialog

    def apply(self, rows: list[QPersistentModelIndex], values: dict[int, object]) -> None:
        """Write ``values`` (column → value) into every task row still shown."""
        model = self._model
        for row in rows:
            if not row.isValid():
                continue
            for column, value in values.items():
                index = model.index(row.row(), column, row.parent())
                if column in ROLE_COLUMNS:
                    assert isinstance(value, list)
                    model.set_units(index, column, value)
                else:
                    model.setData(index, value, Qt.ItemDataRole.EditRole)
        if any(column in ROLE_COLUMNS for column in values):
            self._on_units_changed()  # the names to match have changed
