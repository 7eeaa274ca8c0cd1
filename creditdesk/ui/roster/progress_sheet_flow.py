"""进度表… and 导入进度表… on the roster page: a unit's progress sheet out, the filled one back.

Out: the selected unit and a period → the blank .xlsx (``write_blank_progress_sheet``), then
an offer to open it. In: a period (and the selected unit, if any) → a filled sheet or the
office's 台账 → the rows with the task each goes to, unmatched rows placed by the clerk →
submissions in one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from creditdesk.services.periods import Period
from creditdesk.services.progress import Progress
from creditdesk.services.progress_sheets import (
    ProgressImportPreview,
    preview_progress_import,
    write_blank_progress_sheet,
)
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.file_dialogs import offer_to_open
from creditdesk.ui.common.jobs import run_job
from creditdesk.ui.common.translate import translator
from creditdesk.ui.roster.progress_sheet_dialog import PeriodDialog, ProgressImportDialog
from creditdesk.ui.roster.roster_commands import CommandHooks, ImportProgressCommand

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from creditdesk.ui.roster.roster_page import RosterPage


_tr = translator("ProgressSheetFlow")


class ProgressSheetFlow(QObject):
    """The two progress-sheet actions of the roster page.

    Attributes:
        period_dialog: the period question, while open.
        import_dialog: the rows to place, while open.
        open_box: the 已生成… 打开 offer after a blank sheet was written.
    """

    def __init__(self, page: RosterPage) -> None:
        super().__init__(page)
        self.page = page
        self.period_dialog: PeriodDialog | None = None
        self.import_dialog: ProgressImportDialog | None = None
        self.open_box: QMessageBox | None = None

    def _ask_period(self, title: str, intro: str, unit_name: str) -> PeriodDialog:
        dialog = PeriodDialog(title, intro, unit_name, self.page.ctx.clock.today(), self.page)
        self.period_dialog = dialog
        open_dialog(dialog)
        return dialog

    # ------------------------------------------------------------ blank sheet out

    @Slot()
    def write_blank(self) -> PeriodDialog | None:
        """进度表…: for the selected unit, choose the period, then where to save."""
        rows = self.page.selected_rows()
        if len(rows) != 1:
            self.page.say(_tr("请先在表格中选中一个单位。"))
            return None
        unit = rows[0]
        dialog = self._ask_period(
            _tr("生成进展情况表"),
            _tr("生成该单位本期应报任务的空白进展情况表（.xlsx），发给单位填写“进展情况”一栏。"),
            unit.name,
        )
        dialog.accepted.connect(lambda: self._save_blank(unit.id, unit.name, dialog.period()))
        return dialog

    def _save_blank(self, unit_id: int, unit_name: str, period: Period) -> None:
        self.period_dialog = None
        page = self.page
        suggested = _tr("{unit}{period}进展情况表.xlsx").format(unit=unit_name, period=period.label)
        path = page.files.save_file(
            page, _tr("保存进展情况表"), suggested, _tr("Excel 工作簿 (*.xlsx)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        ctx = page.ctx

        def write(_progress: Progress) -> int:
            return write_blank_progress_sheet(ctx, unit_id, period, path)

        def done(count: int) -> None:
            text = _tr("已生成{unit}{period}进展情况表（{n}项任务）：{name}").format(
                unit=unit_name, period=period.label, n=count, name=path.name
            )
            page.say(text)
            self.open_box = offer_to_open(page, _tr("进展情况表"), text, path, page.open_file)

        run_job(
            write,
            title=_tr("正在生成进展情况表…"),
            on_success=done,
            on_error=lambda error: page.show_error(_tr("生成进展情况表"), error),
            parent=page,
            pool=page.pool,
        )

    # ------------------------------------------------------------ filled sheet in

    @Slot()
    def import_filled(self) -> PeriodDialog:
        """导入进度表…: the period, then the file (the selected unit's, or a 台账 of all)."""
        rows = self.page.selected_rows()
        unit = rows[0] if len(rows) == 1 else None
        dialog = self._ask_period(
            _tr("导入进展情况表"),
            _tr("导入单位填好的进展情况表，或每个单位一个工作表的台账，登记为该期的报送材料。"),
            unit.name if unit else _tr("按工作表名称识别单位（台账）"),
        )
        unit_id = unit.id if unit else None
        dialog.accepted.connect(lambda: self._open_filled(unit_id, dialog.period()))
        return dialog

    def _open_filled(self, unit_id: int | None, period: Period) -> None:
        self.period_dialog = None
        page = self.page
        path = page.files.open_file(
            page, _tr("选择填好的进展情况表"), _tr("Excel 工作簿 (*.xlsx);;所有文件 (*)")
        )
        if path is None:
            return
        ctx = page.ctx

        def read(_progress: Progress) -> ProgressImportPreview:
            return preview_progress_import(ctx, Path(path), period, unit_id)

        run_job(
            read,
            title=_tr("正在读取“{name}”…").format(name=path.name),
            on_success=self.show_rows,
            on_error=lambda error: page.show_error(_tr("导入进展情况表"), error),
            parent=page,
            pool=page.pool,
        )

    def show_rows(self, preview: ProgressImportPreview) -> None:
        """The rows with their tasks; 登记 logs them as one undo step."""
        dialog = ProgressImportDialog(preview, self.page)
        self.import_dialog = dialog
        open_dialog(dialog, lambda: self._apply(dialog))

    def _apply(self, dialog: ProgressImportDialog) -> None:
        self.import_dialog = None
        page = self.page
        hooks = CommandHooks(page.signals.submissions_changed.emit, page.refused, page.say)
        command = ImportProgressCommand(page.ctx, hooks, dialog.preview, dialog.model.placements())
        page.undo_stack.push(command)
