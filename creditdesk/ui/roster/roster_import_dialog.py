"""导入…: the office's unit spreadsheet into the roster, in three steps.

1. The file is read in the background; a remembered column layout is tried first.
2. When no header row with a 单位名称 column is found (or the clerk asks), the column-mapping
   step shows each column's header and first cells with a combo choosing its field; the choice
   is remembered in the workspace folder for files laid out the same way.
3. The preview lists new, changed (field by field) and unchanged units and the rows left out;
   导入 applies it all in one transaction, as one undo step.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from creditdesk.parsing.roster_sheet import (
    FIELDS,
    RosterSheetError,
    find_header_row,
    guess_mapping,
    rows_from_grid,
)
from creditdesk.parsing.spreadsheet import SheetGrid, read_grid
from creditdesk.services.context import ServiceContext
from creditdesk.services.progress import Progress
from creditdesk.services.roster_import import (
    RosterImportError,
    RosterImportPreview,
    preview_roster_import,
    read_roster_file,
)
from creditdesk.services.roster_mapping import remember_layout
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.jobs import run_job
from creditdesk.ui.common.messages import error_text
from creditdesk.ui.common.row_table_model import AnyIndex
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_column_mapping_dialog import Ui_ColumnMappingDialog
from creditdesk.ui.forms.ui_roster_preview_dialog import Ui_RosterPreviewDialog
from creditdesk.ui.roster.roster_commands import ImportRosterCommand
from creditdesk.ui.roster.roster_import_models import (
    ColumnMappingModel,
    changes_model,
    field_label,
    new_units_model,
    problems_model,
    unchanged_model,
)

if TYPE_CHECKING:
    from creditdesk.ui.roster.roster_page import RosterPage

NOT_IN_FILE_SHOWN = 12
"""How many roster units missing from the file the preview names before saying 等N个."""


_tr = translator("RosterImport")


@dataclass(frozen=True)
class NeedsMapping:
    """The file was read but its columns are unclear: the mapping step comes next."""

    grid: SheetGrid
    reason: str
    header_row: int | None = None
    mapping: Mapping[str, int] = field(default_factory=dict)


# ------------------------------------------------------------------ background reads


def read_for_import(
    ctx: ServiceContext, path: Path, directory: Path | None
) -> RosterImportPreview | NeedsMapping:
    """Read ``path`` (remembered layout first) and compare it with the roster; writes nothing.

    Raises:
        RosterImportError: the file cannot be read (wrong type, locked, too many rows…).
    """
    try:
        sheet = read_roster_file(path, remembered_in=directory)
    except RosterImportError as error:
        try:
            grid = read_grid(path)
        except RosterSheetError:
            raise error from None
        if find_header_row(grid) is None:
            return NeedsMapping(grid, str(error))
        raise
    return preview_roster_import(ctx, sheet)


def read_mapped(
    ctx: ServiceContext,
    grid: SheetGrid,
    header_row: int | None,
    mapping: Mapping[str, int],
    remember_in: Path | None,
) -> RosterImportPreview:
    """Read units with the clerk's mapping, remember it, and compare with the roster.

    Raises:
        RosterImportError: the mapping finds no units (the message names the row).
    """
    try:
        sheet = rows_from_grid(grid, header_row, mapping)
    except RosterSheetError as error:
        raise RosterImportError(str(error)) from error
    if remember_in is not None and sheet.header_row is not None:
        with contextlib.suppress(OSError):  # a convenience only: the import goes on
            remember_layout(remember_in, sheet.headers, sheet.mapping)
    return preview_roster_import(ctx, sheet)


# ------------------------------------------------------------------ the mapping step


class FieldDelegate(QStyledItemDelegate):
    """A combo of the roster fields (and 不导入) in the 对应为 column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(field_label(None), "")
        for name in FIELDS:
            combo.addItem(field_label(name), name)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or ""), 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or None)


class ColumnMappingDialog(QDialog):
    """Which field each column of the sheet fills, and which row is the header.

    Signals:
        chosen(header_row, mapping, remember): OK with a name column chosen; the dialog stays
            open until the caller calls :meth:`accept` (or shows a problem with :meth:`say`).
    """

    chosen = Signal(object, object, bool)

    def __init__(
        self,
        grid: SheetGrid,
        reason: str,
        header_row: int | None,
        mapping: Mapping[str, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ColumnMappingDialog()
        self.ui.setupUi(self)
        self.grid = grid
        intro = _tr("“{file}”（工作表“{sheet}”）：请为每一列选择对应的内容，至少指定“单位名称”列。")
        intro = intro.format(file=grid.file_name, sheet=grid.sheet_name)
        self.ui.introLabel.setText(f"{reason}\n{intro}" if reason else intro)
        if header_row is not None and not mapping:
            mapping = guess_mapping(grid.rows[header_row - 1], grid.hidden_columns)
        self.model = ColumnMappingModel(grid, header_row, mapping, self)
        view: QTableView = self.ui.columnView
        view.setModel(self.model)
        view.setItemDelegateForColumn(ColumnMappingModel.FIELD_COLUMN, FieldDelegate(view))
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        view.setColumnWidth(3, 140)
        header.setStretchLastSection(False)
        self._open_editors()
        self.ui.headerSpin.setMaximum(min(15, len(grid.rows)))
        self.ui.headerSpin.setValue(header_row or 0)
        self.ui.headerSpin.valueChanged.connect(self._header_changed)
        name_buttons(self.ui.buttonBox, _tr("下一步"))
        self.ui.buttonBox.accepted.connect(self._check)

    def _open_editors(self) -> None:
        for line in range(self.model.rowCount()):
            index = self.model.index(line, ColumnMappingModel.FIELD_COLUMN)
            self.ui.columnView.openPersistentEditor(index)

    def combo(self, column: int) -> QComboBox:
        """The field combo of sheet column ``column`` (0-based)."""
        index = self.model.index(column, ColumnMappingModel.FIELD_COLUMN)
        widget = self.ui.columnView.indexWidget(index)
        assert isinstance(widget, QComboBox)
        return widget

    @Slot(int)
    def _header_changed(self, value: int) -> None:
        header_row = value or None
        self.model.set_header_row(header_row)
        if header_row is not None:
            guessed = guess_mapping(self.grid.rows[header_row - 1], self.grid.hidden_columns)
            if "name" in guessed:
                for column in range(self.model.rowCount()):
                    self.model.set_field(column, None)
                for name, column in guessed.items():
                    self.model.set_field(column, name)
        self._open_editors()

    def say(self, text: str) -> None:
        """Show a problem with the chosen mapping."""
        self.ui.messageLabel.setText(text)

    @Slot()
    def _check(self) -> None:
        mapping = self.model.mapping()
        if "name" not in mapping:
            self.say(_tr("请指定哪一列是“单位名称”。"))
            return
        self.say(_tr("正在读取…"))
        self.chosen.emit(self.model.header_row, mapping, self.ui.rememberCheck.isChecked())


# ------------------------------------------------------------------ the preview


class RosterPreviewDialog(QDialog):
    """What the import will do; 导入 applies it.

    Signals:
        remap(): the clerk asked for the column-mapping step (调整列对应…).
    """

    remap = Signal()

    def __init__(self, preview: RosterImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RosterPreviewDialog()
        self.ui.setupUi(self)
        self.preview = preview
        ui = self.ui
        font = ui.summaryLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.summaryLabel.setFont(font)
        ui.summaryLabel.setText(preview.summary())
        sheet = preview.sheet
        where = _tr("文件“{file}”，工作表“{sheet}”").format(
            file=preview.file_name, sheet=sheet.grid.sheet_name
        )
        if sheet.header_row is not None:
            where += _tr("，表头在第{row}行").format(row=sheet.header_row)
        where += _tr("，共读到{n}个单位").format(n=len(sheet.rows))
        if sheet.skipped:
            where += _tr("（跳过标题、空行、合计等{n}行）").format(n=len(sheet.skipped))
        ui.sourceLabel.setText(where + _tr("。"))
        self.models: dict[str, QAbstractItemModel] = {
            "new": new_units_model(preview, self),
            "changed": changes_model(preview, self),
            "unchanged": unchanged_model(preview, self),
            "problems": problems_model(preview, self),
        }
        views = {
            "new": ui.newView,
            "changed": ui.changedView,
            "unchanged": ui.unchangedView,
            "problems": ui.problemsView,
        }
        tabs = {
            "new": ui.newTab,
            "changed": ui.changedTab,
            "unchanged": ui.unchangedTab,
            "problems": ui.problemsTab,
        }
        counts = {
            "new": len(preview.new),
            "changed": len(preview.changed),
            "unchanged": len(preview.unchanged),
            "problems": len(preview.problems),
        }
        titles = {"new": "新增", "changed": "修改", "unchanged": "无变化", "problems": "未导入"}
        for key, view in views.items():
            view.setModel(self.models[key])
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
            tab = ui.tabs.indexOf(tabs[key])
            ui.tabs.setTabText(
                tab, _tr("{title}（{n}）").format(title=_tr(titles[key]), n=counts[key])
            )
        first = next((k for k in ("new", "changed", "problems") if counts[k]), "unchanged")
        ui.tabs.setCurrentWidget(tabs[first])
        ui.notesLabel.setText(self._notes())
        name_buttons(ui.buttonBox, _tr("导入"))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        refusal = preview.refusal()
        ok.setEnabled(bool(preview.new or preview.changed) and refusal is None)
        if refusal is not None:
            ui.summaryLabel.setText(refusal)
        elif not ok.isEnabled():
            ui.summaryLabel.setText(preview.summary() + _tr("——名册已是最新，无需导入。"))
        ui.remapButton.clicked.connect(self.remap)

    def _notes(self) -> str:
        lines = list(self.preview.sheet.warnings)
        missing = self.preview.not_in_file
        if missing:
            names = "、".join(missing[:NOT_IN_FILE_SHOWN])
            if len(missing) > NOT_IN_FILE_SHOWN:
                names += _tr("等")
            lines.append(
                _tr("名册中另有{n}个单位不在文件中（导入不会删除它们）：{names}").format(
                    n=len(missing), names=names
                )
            )
        lines.append(_tr("导入后可用“编辑 → 撤销”一步还原。"))
        return "\n".join(lines)


# ------------------------------------------------------------------ the whole flow


class RosterImportFlow(QObject):
    """One import from file to undo step, driven by the roster page.

    Attributes:
        mapping_dialog: the column-mapping step, while open.
        preview_dialog: the preview, while open.
    Signals:
        ended(): the flow is over (applied, cancelled or failed).
    """

    ended = Signal()

    def __init__(self, page: RosterPage, path: Path) -> None:
        super().__init__(page)
        self.page = page
        self.path = path
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.preview_dialog: RosterPreviewDialog | None = None
        self._remapping = False

    def start(self) -> None:
        """Read the file in the background."""
        ctx, path, directory = self.page.ctx, self.path, self.page.workspace_dir()

        def read(_progress: Progress) -> RosterImportPreview | NeedsMapping:
            return read_for_import(ctx, path, directory)

        run_job(
            read,
            title=_tr("正在读取“{name}”…").format(name=path.name),
            on_success=self._read,
            on_error=self._failed,
            parent=self.page,
            pool=self.page.pool,
        )

    def _read(self, outcome: RosterImportPreview | NeedsMapping) -> None:
        if isinstance(outcome, NeedsMapping):
            self.ask_mapping(outcome)
        else:
            self.show_preview(outcome)

    def _failed(self, error: Exception) -> None:
        self.page.show_error(_tr("导入单位名册"), error)
        self.ended.emit()

    def ask_mapping(self, needs: NeedsMapping) -> ColumnMappingDialog:
        """Open the column-mapping step."""
        dialog = ColumnMappingDialog(
            needs.grid, needs.reason, needs.header_row, needs.mapping, self.page
        )
        self.mapping_dialog = dialog
        dialog.chosen.connect(lambda header, mapping, remember: self._mapped(
            dialog, header, mapping, remember
        ))  # fmt: skip
        dialog.rejected.connect(self.ended)
        open_dialog(dialog)
        return dialog

    def _mapped(
        self,
        dialog: ColumnMappingDialog,
        header_row: int | None,
        mapping: dict[str, int],
        remember: bool,
    ) -> None:
        ctx, grid = self.page.ctx, dialog.grid
        directory = self.page.workspace_dir() if remember else None

        def read(_progress: Progress) -> RosterImportPreview:
            return read_mapped(ctx, grid, header_row, mapping, directory)

        def done(preview: RosterImportPreview) -> None:
            dialog.accept()
            self.mapping_dialog = None
            self.show_preview(preview)

        run_job(
            read,
            title=_tr("正在读取…"),
            on_success=done,
            on_error=lambda error: dialog.say(error_text(error)),
            parent=dialog,
            pool=self.page.pool,
        )

    def show_preview(self, preview: RosterImportPreview) -> RosterPreviewDialog:
        """Open the preview."""
        dialog = RosterPreviewDialog(preview, self.page)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self._apply(preview))
        dialog.rejected.connect(self._cancelled)
        dialog.remap.connect(lambda: self._remap(dialog, preview))
        open_dialog(dialog)
        return dialog

    def _cancelled(self) -> None:
        if not self._remapping:
            self.preview_dialog = None
            self.ended.emit()

    def _remap(self, dialog: RosterPreviewDialog, preview: RosterImportPreview) -> None:
        self._remapping = True
        dialog.reject()
        self._remapping = False
        self.preview_dialog = None
        sheet = preview.sheet
        self.ask_mapping(NeedsMapping(sheet.grid, "", sheet.header_row, dict(sheet.mapping)))

    def _apply(self, preview: RosterImportPreview) -> None:
        self.preview_dialog = None
        self.page.undo_stack.push(ImportRosterCommand(self.page.ctx, self.page.hooks, preview))
        self.ended.emit()
