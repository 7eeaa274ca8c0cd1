"""批量生成… and 批量导入… on the roster page: progress sheets for many units in one action.

Out: the units selected (two or more), else every active unit, and a period → a folder → one
.xlsx per unit (``send_blank_sheets``), with a cancellable progress dialog, then a summary
offering to open the folder. In: a period → many files (or a folder) → read all-or-nothing
(``preview_returned_sheets``): a bad file stops the batch with its name and row; otherwise a
confirmation of what will be logged, then the submissions in one undo step, each with its file
attached.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from creditdesk.services.attachments import StoredFile
from creditdesk.services.periods import Period
from creditdesk.services.progress import Progress
from creditdesk.services.progress_batch import (
    BatchImportPreview,
    BatchSendResult,
    log_returned_sheets,
    preview_returned_sheets,
    send_blank_sheets,
    store_returned_files,
)
from creditdesk.services.progress_sheets import ProgressImportResult, undo_progress_import
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.file_dialogs import offer_to_open
from creditdesk.ui.common.jobs import run_job
from creditdesk.ui.common.translate import translator
from creditdesk.ui.roster.progress_sheet_dialog import PeriodDialog
from creditdesk.ui.roster.roster_commands import CommandHooks, RosterCommand

if TYPE_CHECKING:
    from creditdesk.services.context import ServiceContext
    from creditdesk.ui.roster.roster_page import RosterPage


_tr = translator("ProgressBatchFlow")


class BatchFiles(Protocol):
    """The file questions of a batch: a folder, or several files (tests pass a fake)."""

    def folder(self, parent: QWidget | None, title: str) -> Path | None:
        """A folder, or None when the clerk cancelled."""
        ...

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        """Files to read; empty when the clerk cancelled."""
        ...


class DesktopBatchFiles:
    """The desktop's folder and multi-file dialogs."""

    def folder(self, parent: QWidget | None, title: str) -> Path | None:
        """A folder, or None when the clerk cancelled."""
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        """Files to read; empty when the clerk cancelled."""
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return [Path(name) for name in names]


class ImportBatchCommand(RosterCommand):
    """批量导入进展情况表: every file's rows, with the files attached, as one undo step."""

    def __init__(self, ctx: ServiceContext, hooks: CommandHooks, batch: BatchImportPreview) -> None:
        super().__init__(_tr("批量导入{n}个进展情况表").format(n=len(batch.files)), ctx, hooks)
        self._batch = batch
        self._stored: list[StoredFile] | None = None
        self._result: ProgressImportResult | None = None

    def apply(self) -> None:
        if self._stored is None:  # a redo uses the stored copies: the files may have moved
            self._stored = store_returned_files(self.ctx, self._batch)
        self._result = log_returned_sheets(self.ctx, self._batch, stored=self._stored)
        text = _tr("已从{files}个文件登记报送材料{n}条，原文件已作为附件保存").format(
            files=len(self._batch.files), n=len(self._result.submission_ids)
        )
        if self._result.already_logged:
            text += _tr("；{n}行此前已登记").format(n=len(self._result.already_logged))
        self.hooks.said(text + _tr("。"))

    def revert(self) -> None:
        assert self._result is not None
        undo_progress_import(self.ctx, self._result)


class ProgressBatchFlow(QObject):
    """The two batch progress-sheet actions of the roster page.

    Attributes:
        files: the folder and multi-file dialogs (tests pass a fake).
        period_dialog: the period question, while open.
        confirm_box: 将登记… asked before a batch is logged, while open.
        done_box: the summary after the sheets were written, offering to open the folder.
    """

    def __init__(self, page: RosterPage) -> None:
        super().__init__(page)
        self.page = page
        self.files: BatchFiles = DesktopBatchFiles()
        self.period_dialog: PeriodDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.done_box: QMessageBox | None = None
        self.import_menu = QMenu(page)
        self.pick_files_action = self.import_menu.addAction(_tr("选择多个文件…"))
        self.pick_folder_action = self.import_menu.addAction(_tr("选择文件夹…"))
        self.pick_files_action.triggered.connect(lambda: self.import_many(folder=False))
        self.pick_folder_action.triggered.connect(lambda: self.import_many(folder=True))

    def _ask_period(self, title: str, intro: str, who: str) -> PeriodDialog:
        dialog = PeriodDialog(title, intro, who, self.page.ctx.clock.today(), self.page)
        self.period_dialog = dialog
        open_dialog(dialog)
        return dialog

    # ------------------------------------------------------------ blank sheets out

    def chosen_units(self) -> tuple[list[int] | None, str]:
        """The units a batch goes to (None: every active one) and how to name them."""
        rows = self.page.selected_rows()
        if len(rows) >= 2:
            return [r.id for r in rows], _tr("所选的{n}个单位").format(n=len(rows))
        return None, _tr("全部在册单位")

    @Slot()
    def send_many(self) -> PeriodDialog:
        """批量生成…: the period, then a folder; one sheet per unit."""
        unit_ids, who = self.chosen_units()
        dialog = self._ask_period(
            _tr("批量生成进展情况表"),
            _tr("为每个单位生成一份本期应报任务的进展情况表（.xlsx），保存到所选文件夹，"
                "文件名为“单位名称+报送期+进展情况表”。本期没有应报事项的单位不生成。"),
            who,
        )  # fmt: skip
        dialog.accepted.connect(lambda: self._send(unit_ids, dialog.period()))
        return dialog

    def _send(self, unit_ids: list[int] | None, period: Period) -> None:
        self.period_dialog = None
        page = self.page
        folder = self.files.folder(page, _tr("选择保存进展情况表的文件夹"))
        if folder is None:
            return
        ctx = page.ctx

        def send(progress: Progress) -> BatchSendResult:
            return send_blank_sheets(ctx, period, folder, unit_ids, progress)

        def done(result: BatchSendResult) -> None:
            text = result.summary()
            page.say(text)
            self.done_box = offer_to_open(
                page, _tr("批量生成进展情况表"), text, folder, page.open_file
            )
            for button in self.done_box.buttons():
                if button.text() == _tr("打开"):
                    button.setText(_tr("打开文件夹"))

        run_job(
            send,
            title=_tr("正在生成进展情况表…"),
            on_success=done,
            on_error=lambda error: page.show_error(_tr("批量生成进展情况表"), error),
            on_cancel=lambda: page.say(_tr("已取消；已生成的文件保留在文件夹中。")),
            parent=page,
            pool=page.pool,
        )

    # ------------------------------------------------------------ many files in

    @Slot()
    def import_many(self, folder: bool = False) -> PeriodDialog:
        """批量导入…: the period, then several files (or a folder of them)."""
        dialog = self._ask_period(
            _tr("批量导入进展情况表"),
            _tr("一次导入多个单位退回的进展情况表。任何一个文件有问题时整批都不登记，"
                "并指出是哪个文件的哪一行。每个文件作为其报送材料的附件保存。"),
            _tr("按文件内容识别单位"),
        )  # fmt: skip
        dialog.accepted.connect(lambda: self._pick(dialog.period(), folder))
        return dialog

    def _pick(self, period: Period, folder: bool) -> None:
        self.period_dialog = None
        page = self.page
        if folder:
            chosen = self.files.folder(page, _tr("选择存放退回进展情况表的文件夹"))
            paths = [chosen] if chosen is not None else []
        else:
            paths = self.files.open_files(
                page, _tr("选择退回的进展情况表（可多选）"), _tr("Excel 工作簿 (*.xlsx)")
            )
        if not paths:
            return
        ctx = page.ctx

        def read(progress: Progress) -> BatchImportPreview:
            return preview_returned_sheets(ctx, paths, period, progress)

        run_job(
            read,
            title=_tr("正在读取进展情况表…"),
            on_success=self.confirm,
            on_error=lambda error: page.show_error(_tr("批量导入进展情况表"), error),
            parent=page,
            pool=page.pool,
        )

    def confirm(self, batch: BatchImportPreview) -> None:
        """Say how many rows of which units will be logged (the box is ``confirm_box``); 登记
        logs them as one undo step."""
        page = self.page
        units = batch.units
        names = "、".join(units[:6]) + (_tr("等") if len(units) > 6 else "")
        text = _tr("将从{files}个文件登记{period}报送材料{rows}条（{units}个单位：{names}），"
                   "每个文件作为附件保存。").format(
            files=len(batch.files), period=Period.parse(batch.period).label, rows=batch.rows,
            units=len(units), names=names,
        )  # fmt: skip
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("批量导入进展情况表"),
            text,
            QMessageBox.StandardButton.NoButton,
            page,
        )
        log = box.addButton(_tr("登记"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(log)

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is log:
                hooks = CommandHooks(page.signals.submissions_changed.emit, page.refused, page.say)
                page.undo_stack.push(ImportBatchCommand(page.ctx, hooks, batch))

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()
