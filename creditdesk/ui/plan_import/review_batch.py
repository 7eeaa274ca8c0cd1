"""批量设置 in the import review: one rhythm or deadline for many selected tasks of the draft.

Plans often state no rhythm for a whole part; setting 14 tasks one double-click at a time is
what the clerk complained of. The review's tree takes Ctrl/Shift-click and Ctrl+A; this sets
报送频次 and 完成时限 on every selected task of the draft at once (the import saves the draft
as reviewed, so the rhythm chosen here is the one imported).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
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
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from creditdesk.services.due_rules import default_due_rule
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.formatting import frequency_label
from creditdesk.ui.plan_import.plan_review_model import (
    DEADLINE,
    FREQUENCY,
    FREQUENCY_CODES,
    PlanReviewModel,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewBatch", text)


class ReviewBatchDialog(QDialog):
    """Asks which rhythm and deadline the selected draft tasks get; ticked parts only."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout.addLayout(form)
        self.frequencyCombo.currentIndexChanged.connect(self._frequency_chosen)
        self.deadlineEdit.textEdited.connect(lambda _text: self.deadlineCheck.setChecked(True))
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttonBox)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self.frequencyCheck.setChecked(True)
        self._frequency_chosen()

    def _frequency_chosen(self) -> None:
        self.frequencyCheck.setChecked(True)
        rule = default_due_rule(self.frequencyCombo.currentData())
        self.deadlineEdit.setPlaceholderText(
            _tr("不勾选则各任务保留原写法；未写时限的按{rule}").format(rule=rule.label)
            if rule is not None
            else _tr("如：季度结束后5个工作日内、次月5日前、6月底前")
        )

    def set_frequency(self, frequency: str | None) -> None:
        """Choose the rhythm (ticks 报送频次)."""
        self.frequencyCombo.setCurrentIndex(self.frequencyCombo.findData(frequency))

    def values(self) -> dict[int, object]:
        """The ticked columns of the review and the value each gets."""
        chosen: dict[int, object] = {}
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
        self, view: QTreeView, model: PlanReviewModel, layout: QVBoxLayout, parent: QWidget
    ) -> None:
        super().__init__(parent)
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
            _tr("按住Ctrl或Shift点选多项任务（Ctrl+A全选），可统一设置报送频次和完成时限。")
        )
        hint.setWordWrap(True)
        self.button = QPushButton(_tr("批量设置(&B)…"))
        self.button.setToolTip(_tr("为选中的任务统一设置报送频次、完成时限（Ctrl+Shift+E）"))
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
        dialog = ReviewBatchDialog(len(rows), self._parent)
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
                model.setData(index, value, Qt.ItemDataRole.EditRole)
