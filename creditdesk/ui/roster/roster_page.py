"""单位: the roster of member units (成员单位), its groups, and the units' spreadsheets.

The table is searched and filtered in SQL; cells are edited in place (double-click) or in the
unit dialog; every edit is an undoable command on the window's stack (``roster_commands``).
Import, export and the progress sheets (进展情况表) run their file work as background jobs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QTimer,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from creditdesk.model.unit_fields import FIELD_LABELS, UNIT_FIELDS
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.progress import Progress
from creditdesk.services.roster import UnitRow, list_categories, list_units
from creditdesk.services.roster_edit import UnitDetail, get_unit
from creditdesk.services.roster_export import export_roster
from creditdesk.services.roster_groups import GroupDetail, list_groups
from creditdesk.ui.common.combos import refill_keeping_choice
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.file_dialogs import (
    DesktopFiles,
    FileChooser,
    Opener,
    offer_to_open,
    open_on_desktop,
)
from creditdesk.ui.common.jobs import run_job
from creditdesk.ui.common.messages import error_box, error_text, tell
from creditdesk.ui.common.page import Page
from creditdesk.ui.common.row_table_model import AnyIndex, attach_sorted
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_roster_page import Ui_RosterPage
from creditdesk.ui.roster.group_panel import GroupPanel
from creditdesk.ui.roster.merge_dialog import MergeDialog
from creditdesk.ui.roster.progress_batch_flow import ProgressBatchFlow
from creditdesk.ui.roster.progress_sheet_flow import ProgressSheetFlow
from creditdesk.ui.roster.roster_commands import (
    AddAliasCommand,
    CommandHooks,
    CreateUnitCommand,
    MergeUnitsCommand,
    RemoveAliasCommand,
    RemoveUnitCommand,
    SetActiveCommand,
    UpdateUnitCommand,
)
from creditdesk.ui.roster.roster_import_dialog import RosterImportFlow
from creditdesk.ui.roster.unit_dialog import UnitDialog
from creditdesk.ui.roster.unit_table_model import CATEGORY_COLUMN, UnitTableModel

SEARCH_DELAY_MS = 250
"""Typing pauses this long before the query runs, so each keystroke does not hit the database."""

XLSX_FILTER = "Excel 工作簿 (*.xlsx)"


_tr = translator("RosterPage")


@dataclass(frozen=True)
class RosterData:
    """What the page shows: the filtered units, and what the panels and dialogs need."""

    categories: list[str]
    units: list[UnitRow]
    everyone: list[UnitRow]
    groups: list[GroupDetail]


class CategoryDelegate(QStyledItemDelegate):
    """The category cell edits in a combo of the categories in use, with free text allowed."""

    def __init__(self, categories: Callable[[], list[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self._categories = categories

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(self._categories())
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class RosterPage(Page[RosterData]):
    """The unit table with search, category filter and 显示已停用单位, the groups beside it.

    Attributes:
        files: the file dialogs (tests pass a fake).
        open_file: opens a written file on the desktop (tests pass a recorder).
    """

    def setup(self) -> None:
        self.ui = Ui_RosterPage()
        self.ui.setupUi(self)
        self.setWindowTitle(_tr("单位"))
        self.files: FileChooser = DesktopFiles()
        self.open_file: Opener = open_on_desktop
        self.hooks = CommandHooks(self._edited, self.refused, self.say)
        # decides a dialog save another clerk overtook (tests put in a non-modal stand-in)
        self.resolve_conflict: Callable[[StaleEditError], bool] = self.ask_about_conflict
        self.model = UnitTableModel(self)
        self.proxy = attach_sorted(self.ui.unitView, self.model)
        self._categories: list[str] = []
        self._everyone: list[UnitRow] = []
        self.import_flow: RosterImportFlow | None = None
        self.export_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self._reselect: list[int] = []
        self.progress_flow = ProgressSheetFlow(self)
        self.batch_flow = ProgressBatchFlow(self)
        view = self.ui.unitView
        view.setItemDelegateForColumn(
            CATEGORY_COLUMN, CategoryDelegate(lambda: list(self._categories), view)
        )
        self.groups = GroupPanel(self.ctx, self.undo_stack, self.hooks, self.selected_ids, self)
        self.ui.groupAreaLayout.addWidget(self.groups)
        self.ui.splitter.setStretchFactor(0, 4)
        self.ui.splitter.setStretchFactor(1, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.categoryCombo.currentIndexChanged.connect(self.reload)
        self.ui.inactiveCheck.toggled.connect(self.reload)
        self.model.edit_requested.connect(self._edit_in_place)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._connect_actions()
        self.signals.units_changed.connect(self.mark_stale)
        self._update_buttons()

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.addButton.clicked.connect(self.add_unit)
        ui.editButton.clicked.connect(self.edit_unit)
        ui.removeButton.clicked.connect(self.remove_units)
        ui.reactivateButton.clicked.connect(self.reactivate_units)
        ui.mergeButton.clicked.connect(self.merge_units)
        ui.importButton.clicked.connect(self.import_roster)
        ui.exportButton.clicked.connect(self.export_roster)
        ui.progressSheetButton.clicked.connect(self.progress_flow.write_blank)
        ui.progressImportButton.clicked.connect(self.progress_flow.import_filled)
        ui.batchSheetButton.clicked.connect(self.batch_flow.send_many)
        ui.batchImportButton.setMenu(self.batch_flow.import_menu)
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.activated.connect(self.add_unit)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.unitView)
        delete.setContext(delete.context().WidgetShortcut)
        delete.activated.connect(self.remove_units)

    # ------------------------------------------------------------------ loading

    def fetch(self) -> Callable[[Progress], RosterData]:
        self._search_timer.stop()
        ctx = self.ctx
        text = self.ui.searchEdit.text().strip()
        category = self.ui.categoryCombo.currentData()
        include_inactive = self.ui.inactiveCheck.isChecked()

        def query(_progress: Progress) -> RosterData:
            units = list_units(ctx, text, category, include_inactive)
            everyone = list_units(ctx, include_inactive=True)
            return RosterData(list_categories(ctx), units, everyone, list_groups(ctx))

        return query

    def present(self, data: RosterData) -> None:
        chosen = self._reselect or self.selected_ids()
        self._reselect = []
        self._categories = data.categories
        self._everyone = data.everyone
        self._fill_categories(data.categories)
        self.model.set_rows(data.units)
        self.ui.unitView.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.ui.unitView.columnWidth(column) > 260:
                self.ui.unitView.setColumnWidth(column, 260)
        self.select_units(chosen)
        self.ui.countLabel.setText(_tr("共{n}个单位").format(n=len(data.units)))
        self.groups.set_groups(data.groups, {u.id: u.name for u in data.everyone})
        self._update_buttons()

    def _fill_categories(self, categories: list[str]) -> None:
        entries = ((category, category) for category in categories)
        refill_keeping_choice(self.ui.categoryCombo, entries, first=_tr("全部类别"))

    # ------------------------------------------------------------------ selection

    def selected_rows(self) -> list[UnitRow]:
        """The units selected in the table, top to bottom."""
        view = self.ui.unitView
        lines = sorted(
            {self.proxy.mapToSource(i).row() for i in view.selectionModel().selectedRows()},
            key=lambda line: self.proxy.mapFromSource(self.model.index(line, 0)).row(),
        )
        return [self.model.row_at(line) for line in lines]

    def selected_ids(self) -> list[int]:
        """The ids of the selected units."""
        return [row.id for row in self.selected_rows()]

    def select_units(self, unit_ids: list[int]) -> None:
        """Select these units (those shown), the first one current."""
        view = self.ui.unitView
        selection = view.selectionModel()
        selection.clearSelection()
        first = True
        for unit_id in unit_ids:
            line = self.model.row_of_unit(unit_id)
            if line < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(line, 0))
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            if first:
                flags |= selection.SelectionFlag.Current
                view.scrollTo(index)
                first = False
            selection.select(index, flags)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        ui = self.ui
        ui.editButton.setEnabled(len(rows) == 1)
        ui.removeButton.setEnabled(any(r.active for r in rows))
        ui.reactivateButton.setEnabled(any(not r.active for r in rows))
        ui.mergeButton.setEnabled(len(self._everyone) >= 2)
        ui.progressSheetButton.setEnabled(len(rows) == 1)

    # ------------------------------------------------------------------ feedback

    def say(self, text: str) -> None:
        """Tell the clerk what the last action did, below the table."""
        self.ui.messageLabel.setText(text)

    def _edited(self) -> None:
        self.signals.units_changed.emit()

    def refused(self, error: UserError) -> None:
        """A service refused an edit: show why and show the roster as it now is."""
        text = error_text(error)
        if isinstance(error, StaleEditError):
            text += _tr("\n表格已刷新为最新内容，请重新修改。")
        self.say(text)
        tell(self, _tr("单位"), text, warning=True)
        self.mark_stale()

    def _detail(self, unit_id: int) -> UnitDetail | None:
        try:
            return get_unit(self.ctx, unit_id)
        except UserError as error:
            self.refused(error)
            return None

    # ------------------------------------------------------------------ unit edits

    @Slot(object, str, str)
    def _edit_in_place(self, row: UnitRow, field: str, text: str) -> None:
        """A cell was edited: save that one field, unless someone changed it meanwhile."""
        detail = self._detail(row.id)
        if detail is None:
            return
        if getattr(detail.fields, field) != getattr(row, field):
            self.refused(StaleEditError(_tr("单位“{name}”").format(name=row.name)))
            return
        values = replace(detail.fields, **{field: text})
        command = UpdateUnitCommand(self.ctx, self.hooks, row.id, detail.version, values)
        self.undo_stack.push(command)
        if not command.isObsolete():
            self.model.replace_row(replace(row, **cast(dict[str, Any], {field: text.strip()})))

    @Slot()
    def add_unit(self) -> UnitDialog:
        """新增单位 (Ctrl+N): the dialog, then one undoable step."""
        dialog = UnitDialog(None, self._categories, self)
        open_dialog(dialog, lambda: self._create(dialog))
        return dialog

    def _create(self, dialog: UnitDialog) -> None:
        command = CreateUnitCommand(
            self.ctx, self.hooks, dialog.fields().cleaned(), dialog.added_aliases()
        )
        self.undo_stack.push(command)
        if command.unit_id is not None:
            self.say(_tr("已新增单位“{name}”。").format(name=dialog.fields().cleaned().name))
            self._reselect = [command.unit_id]

    @Slot()
    def edit_unit(self) -> UnitDialog | None:
        """编辑…: every field and the aliases of the selected unit."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        detail = self._detail(rows[0].id)
        if detail is None:
            return None
        dialog = UnitDialog(detail, self._categories, self)
        open_dialog(dialog, lambda: self._save(dialog, detail))
        return dialog

    def ask_about_conflict(self, error: StaleEditError) -> bool:
        """Both versions of the unit side by side; True applies the clerk's own on top."""
        from creditdesk.ui.common.conflict_dialog import ConflictDialog

        labels = {name: FIELD_LABELS[name] for name in UNIT_FIELDS}
        return ConflictDialog(error, labels, self).exec() == QDialog.DialogCode.Accepted

    def _save(self, dialog: UnitDialog, detail: UnitDetail) -> None:
        """The dialog's changes as one undo step: fields, aliases, 在册/停用."""
        fields = dialog.fields().cleaned()
        removed, added = dialog.removed_aliases(), dialog.added_aliases()
        active = dialog.is_active()
        if not (dialog.fields_changed() or removed or added or active != detail.active):
            return
        stack = self.undo_stack
        # a save another clerk overtook shows both versions (fields, and 在册/停用)
        asking = replace(self.hooks, conflict=lambda error: self.resolve_conflict(error))
        stack.beginMacro(_tr("修改单位“{name}”").format(name=fields.name))
        if dialog.fields_changed():
            stack.push(UpdateUnitCommand(self.ctx, asking, detail.id, detail.version, fields))
        for alias in removed:
            stack.push(RemoveAliasCommand(self.ctx, self.hooks, alias))
        for name in added:
            stack.push(AddAliasCommand(self.ctx, self.hooks, name, unit_id=detail.id))
        if active != detail.active:
            now = self._detail(detail.id)  # read after the field edit moved the version
            if now is not None:
                stack.push(SetActiveCommand(self.ctx, asking, now, active))
        stack.endMacro()

    @Slot()
    def remove_units(self) -> None:
        """删除: delete unreferenced units, deactivate referenced ones (and say which)."""
        rows = [r for r in self.selected_rows() if r.active]
        details = [d for d in (self._detail(r.id) for r in rows) if d is not None]
        if not details:
            return
        if len(details) == 1:
            self.undo_stack.push(RemoveUnitCommand(self.ctx, self.hooks, details[0]))
            return
        said: list[str] = []
        hooks = replace(self.hooks, said=said.append)
        self.undo_stack.beginMacro(_tr("删除{n}个单位").format(n=len(details)))
        for detail in details:
            self.undo_stack.push(RemoveUnitCommand(self.ctx, hooks, detail))
        self.undo_stack.endMacro()
        self.say("\n".join(said))

    @Slot()
    def reactivate_units(self) -> None:
        """恢复 the selected inactive units."""
        rows = [r for r in self.selected_rows() if not r.active]
        details = [d for d in (self._detail(r.id) for r in rows) if d is not None]
        if not details:
            return
        self.undo_stack.beginMacro(_tr("恢复{n}个单位").format(n=len(details)))
        for detail in details:
            self.undo_stack.push(SetActiveCommand(self.ctx, self.hooks, detail, True))
        self.undo_stack.endMacro()
        names = "、".join(d.name for d in details)
        self.say(_tr("已恢复：{names}。").format(names=names))

    @Slot()
    def merge_units(self) -> MergeDialog:
        """合并…: the two selected units preselected, the first one kept."""
        chosen = self.selected_ids()
        keep = chosen[0] if chosen else None
        drop = chosen[1] if len(chosen) > 1 else None
        units = [u for u in self._everyone if u.active or u.id in chosen]
        dialog = MergeDialog(units, keep, drop, self)
        open_dialog(dialog, lambda: self._merge(dialog))
        return dialog

    def _merge(self, dialog: MergeDialog) -> None:
        keep_id, drop_id = dialog.keep_id(), dialog.drop_id()
        if keep_id is None or drop_id is None:
            return
        keep, drop = self._detail(keep_id), self._detail(drop_id)
        if keep is not None and drop is not None:
            self.undo_stack.push(MergeUnitsCommand(self.ctx, self.hooks, keep, drop))

    # ------------------------------------------------------------------ files

    def workspace_dir(self) -> Path | None:
        """The workspace folder (where remembered column mappings live)."""
        store = self.ctx.attachments_dir
        return store.parent if store is not None else None

    @Slot()
    def import_roster(self) -> RosterImportFlow | None:
        """导入…: choose the office's unit spreadsheet, then map, preview and apply it."""
        path = self.files.open_file(
            self, _tr("导入单位名册"), _tr("单位名册 (*.xlsx *.csv *.xls);;所有文件 (*)")
        )
        if path is None:
            return None
        self.import_flow = RosterImportFlow(self, path)
        self.import_flow.start()
        return self.import_flow

    @Slot()
    def export_roster(self) -> None:
        """导出…: the roster (inactive units too when shown) to an .xlsx; offer to open it."""
        path = self.files.save_file(
            self, _tr("导出单位名册"), _tr("成员单位名册.xlsx"), XLSX_FILTER
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        ctx, inactive = self.ctx, self.ui.inactiveCheck.isChecked()

        def done(count: int) -> None:
            text = _tr("已导出{n}个单位到“{name}”。").format(n=count, name=path.name)
            self.say(text)
            self.export_box = offer_to_open(self, _tr("导出单位名册"), text, path, self.open_file)

        run_job(
            lambda _p: export_roster(ctx, path, include_inactive=inactive),
            title=_tr("正在导出单位名册…"),
            on_success=done,
            on_error=lambda error: self.show_error(_tr("导出单位名册"), error),
            parent=self,
            pool=self.pool,
        )

    def show_error(self, title: str, error: BaseException) -> None:
        """Show a failed job's message without blocking."""
        self.say(error_text(error))
        self.error_box = error_box(self, title, error)
