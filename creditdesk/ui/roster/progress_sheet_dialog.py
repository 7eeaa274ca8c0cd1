"""进度表 dialogs: choosing the period of a unit's progress sheet, and placing imported rows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractItemModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from creditdesk.services.periods import Period
from creditdesk.services.progress_sheets import ProgressImportPreview
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.row_table_model import AnyIndex
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_progress_import_dialog import Ui_ProgressImportDialog
from creditdesk.ui.forms.ui_progress_period_dialog import Ui_ProgressPeriodDialog
from creditdesk.ui.roster.progress_rows_model import ProgressRowsModel

_tr = translator("ProgressSheetDialog")


def offered_periods(today: dt.date) -> list[Period]:
    """Periods to choose from: this year's and last year's, started by today, newest first.

    Quarters come first (the usual rhythm), then half-years and years, then months.
    """
    quarters: list[Period] = []
    halves: list[Period] = []
    months: list[Period] = []
    for year in (today.year, today.year - 1):
        quarters += [Period.for_quarter(year, q) for q in range(4, 0, -1)]
        halves += [Period.for_half(year, h) for h in range(2, 0, -1)]
        halves.append(Period.for_year(year))
        months += [Period.for_month(year, m) for m in range(12, 0, -1)]
    return [p for p in (*quarters, *halves, *months) if p.start <= today]


class PeriodDialog(QDialog):
    """Which period's sheet (生成空白表 or 导入已填表) for a unit, or for every unit (台账)."""

    def __init__(
        self, title: str, intro: str, unit_name: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressPeriodDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.introLabel.setText(intro)
        self.ui.unitLabel.setText(unit_name)
        name_buttons(self.ui.buttonBox)
        current = Period.for_quarter(today.year, (today.month - 1) // 3 + 1)
        for period in offered_periods(today):
            self.ui.periodCombo.addItem(period.label, period.code)
        self.select(current.code)

    def select(self, code: str) -> None:
        """Choose the period with this code (2025Q3, 2025-09…)."""
        self.ui.periodCombo.setCurrentIndex(max(self.ui.periodCombo.findData(code), 0))

    def period(self) -> Period:
        """The chosen period."""
        return Period.parse(str(self.ui.periodCombo.currentData()))


class TaskDelegate(QStyledItemDelegate):
    """A combo of the unit's tasks (and 不导入) in the 登记到任务 column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        assert isinstance(model, ProgressRowsModel)
        for text, obligation_id in model.choices(index.row()):
            combo.addItem(text, obligation_id)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class ProgressImportDialog(QDialog):
    """The rows of a filled sheet: matched ones on their task, the others for the clerk to place."""

    def __init__(self, preview: ProgressImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressImportDialog()
        self.ui.setupUi(self)
        self.preview = preview
        self.model = ProgressRowsModel(preview, self)
        view = self.ui.rowsView
        view.setModel(self.model)
        view.setItemDelegateForColumn(ProgressRowsModel.TASK_COLUMN, TaskDelegate(view))
        header = view.horizontalHeader()
        for column in (0, 1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(2, 180)
        view.setColumnWidth(5, 240)
        view.setColumnHidden(0, len(self.model.units()) <= 1)  # one unit: named above
        for row in range(self.model.rowCount()):
            view.openPersistentEditor(self.model.index(row, ProgressRowsModel.TASK_COLUMN))
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        name_buttons(self.ui.buttonBox, _tr("登记"))
        self.model.dataChanged.connect(self._summarize)
        self.ui.notesLabel.setText(self._notes())
        self._summarize()

    def combo(self, row: int) -> QComboBox:
        """The task combo of line ``row``."""
        widget = self.ui.rowsView.indexWidget(self.model.index(row, ProgressRowsModel.TASK_COLUMN))
        assert isinstance(widget, QComboBox)
        return widget

    @Slot()
    def _summarize(self) -> None:
        placed, left = self.model.counts()
        to_place = sum(len(s.unplaced) for s in self.preview.sheets if s.unit_id is not None)
        units = self.model.units()
        text = _tr("“{file}”，{unit}{period}：将登记{placed}条报送材料").format(
            file=self.preview.file_name,
            unit=units[0] if len(units) == 1 else "",
            period=Period.parse(self.preview.period).label,
            placed=placed,
        )
        if left:
            text += _tr("，{n}行不导入").format(n=left)
        if to_place:
            text += _tr("。黄色的{n}行未能自动对应任务，请在最后一列指定，或保持“不导入”").format(
                n=to_place
            )
        self.ui.summaryLabel.setText(text + _tr("。"))
        self.ok.setEnabled(placed > 0)

    def _notes(self) -> str:
        lines = []
        for sheet in self.preview.sheets:
            name = sheet.unit_name or sheet.sheet
            if sheet.note:
                lines.append(_tr("工作表“{sheet}”（{name}）：{note}").format(
                    sheet=sheet.sheet, name=name, note=sheet.note
                ))  # fmt: skip
            if sheet.empty_rows:
                lines.append(_tr("工作表“{sheet}”有{n}行未填写进展情况，已略过。").format(
                    sheet=sheet.sheet, n=sheet.empty_rows
                ))  # fmt: skip
        return "\n".join(lines)
