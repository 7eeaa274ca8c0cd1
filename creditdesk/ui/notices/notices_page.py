"""督办: the register of supervisory notices (督办通知), generating, printing and tracking them.

The register lists every notice, newest number first, with its level in the three-colour
practice (提醒 yellow, 催报 red, 督办 deep red) and its state; it filters by state, level, year
and text. The selected notice's stored document shows beside the list. From here the clerk
generates a new batch (生成通知…, Ctrl+N), reprints the very same document (重新打印, Ctrl+P),
prints through the system dialog, opens it in the PDF viewer, exports PDFs, marks a notice
replied or closed, or cancels it (作废, which keeps its number); every state change is one
step on the window's undo stack. The notice wording is edited in 通知模板….

Other pages call :meth:`NoticesPage.new_notices` (with a unit or chosen obligations) and the
window's menu :meth:`NoticesPage.edit_templates`.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from creditdesk import atomic_files
from creditdesk.services.errors import UserError
from creditdesk.services.file_names import inside
from creditdesk.services.notice_issue import IssuedNotice
from creditdesk.services.notice_register import NoticeDetail
from creditdesk.services.notice_states import can_change_state
from creditdesk.services.notices import LEVEL_LABELS, STATE_LABELS, NoticeRow, list_notices
from creditdesk.services.progress import Progress
from creditdesk.ui.common.alive import while_alive
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.file_dialogs import DesktopFiles, Opener, open_on_desktop
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.jobs import LatestJob, run_job
from creditdesk.ui.common.messages import error_box, error_text
from creditdesk.ui.common.page import Page
from creditdesk.ui.common.pdf_view import (
    PdfPreview,
    PdfPreviewDialog,
    ask_with_dialog,
    default_printer_available,
    print_pdf,
)
from creditdesk.ui.forms.ui_notices_page import Ui_NoticesPage
from creditdesk.ui.notices.notice_commands import NoticeStateCommand
from creditdesk.ui.notices.notice_table_model import (
    NoticeFilter,
    NoticeFilterProxy,
    NoticeTableModel,
    state_code,
)

if TYPE_CHECKING:  # the dialogs load when first opened
    from creditdesk.ui.notices.notice_issue_dialog import NoticeIssueDialog
    from creditdesk.ui.notices.notice_template_dialog import NoticeTemplateDialog

PdfPrinter = Callable[[QWidget, bytes, str, bool], bool]
"""Prints a PDF: (parent, bytes, job title, ask with the print dialog) → sent or not."""

ReasonAsker = Callable[[QWidget, str], str | None]
"""Asks why a notice is cancelled (作废); None when the clerk backed out."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoticesPage", text)


def print_with_system(parent: QWidget, pdf: bytes, title: str, ask: bool) -> bool:
    """Print through the system: with the print dialog, or straight to the default printer
    (which still asks when the system has none)."""
    asker = ask_with_dialog if ask or not default_printer_available() else None
    return print_pdf(parent, pdf, title, ask=asker)


def ask_cancel_reason(parent: QWidget, number: str) -> str | None:
    """The reason a notice is cancelled, typed in a small dialog."""
    text, ok = QInputDialog.getText(
        parent,
        _tr("作废通知"),
        _tr("作废{number}：文号保留并登记为作废，不再使用。\n作废原因：").format(number=number),
    )
    return text.strip() if ok else None


class NoticeFiles(DesktopFiles):
    """The desktop's file dialogs, and a folder to export into."""

    def folder(self, parent: QWidget | None, title: str) -> Path | None:
        """A folder to write into, or None when the clerk cancelled."""
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None


@dataclass(frozen=True)
class ShownNotice:
    """The selected notice's details and stored document, read in the background."""

    detail: NoticeDetail
    pdf: bytes


class NoticesPage(Page[list[NoticeRow]]):
    """The notice register with its filters, document pane and actions.

    Attributes:
        print_document: how a PDF is printed (tests record instead).
        open_file: how a PDF is opened in the system viewer (tests record instead).
        files: the file and folder dialogs (tests hand in fixed paths).
        ask_reason: asks why a notice is cancelled (tests answer).
        issue_dialog, template_dialog, issued_box: the dialogs last opened, while open.
    """

    def setup(self) -> None:
        self.ui = Ui_NoticesPage()
        self.ui.setupUi(self)
        self.print_document: PdfPrinter = print_with_system
        self.open_file: Opener = open_on_desktop
        self.files = NoticeFiles()
        self.ask_reason: ReasonAsker = ask_cancel_reason
        self.issue_dialog: NoticeIssueDialog | None = None
        self.template_dialog: NoticeTemplateDialog | None = None
        self.issued_box: QMessageBox | None = None
        self.model = NoticeTableModel(self)
        self.proxy = NoticeFilterProxy(self.model, self)
        self.preview = PdfPreview(self.ui.previewBox)
        self.ui.previewLayout.addWidget(self.preview)
        self.preview.set_message(_tr("选择一份通知查看原文。"))
        self._keep_selected: set[int] = set()
        self._shown_reads = LatestJob(self, self.pool, _tr("读取通知"))
        self._shown: ShownNotice | None = None
        self._setup_table()
        self._setup_filters()
        self._setup_actions()
        self.signals.notices_changed.connect(self.mark_stale)
        self.signals.settings_changed.connect(lambda _settings: self.mark_stale())

    # ------------------------------------------------------------------ setup

    def _setup_table(self) -> None:
        view = self.ui.noticeView
        view.setModel(self.proxy)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.horizontalHeader().setStretchLastSection(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.doubleClicked.connect(self._double_clicked)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        ui = self.ui
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([640, 460])

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.stateCombo.addItem(_tr("全部"), None)
        for code, label in STATE_LABELS.items():
            ui.stateCombo.addItem(_tr(label), code)
        ui.levelCombo.addItem(_tr("全部"), None)
        for code, label in LEVEL_LABELS.items():
            ui.levelCombo.addItem(_tr(label), code)
        ui.yearCombo.addItem(_tr("全部"), None)
        for combo in (ui.stateCombo, ui.levelCombo, ui.yearCombo):
            combo.currentIndexChanged.connect(self._apply_filter)
        ui.filterEdit.textChanged.connect(self._apply_filter)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.new_notices())
        ui.templateButton.clicked.connect(lambda: self.edit_templates())
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(lambda: self.new_notices())
        reprint = QShortcut(QKeySequence.StandardKey.Print, self)
        reprint.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reprint.activated.connect(self.reprint_selected)
        ui.viewButton.clicked.connect(self.view_selected)
        ui.reprintButton.clicked.connect(self.reprint_selected)
        ui.printButton.clicked.connect(lambda: self.print_selected())
        ui.openButton.clicked.connect(self.open_selected)
        export_menu = QMenu(self)
        export_menu.addAction(_tr("每份通知一个PDF…"), lambda: self.export_selected())
        export_menu.addAction(_tr("合并为一个PDF（便于批量打印）…"), lambda: self.export_combined())
        ui.exportButton.setMenu(export_menu)
        ui.repliedButton.clicked.connect(lambda: self.set_selected_state("replied"))
        ui.closedButton.clicked.connect(lambda: self.set_selected_state("closed"))
        ui.voidButton.clicked.connect(lambda: self.cancel_selected())
        self._update_actions()

    # ---------------------------------------------------------------- loading

    def fetch(self) -> Callable[[Progress], list[NoticeRow]]:
        self._keep_selected |= set(self.selected_ids())
        ctx = self.ctx
        return lambda _progress: list_notices(ctx)

    def present(self, notices: list[NoticeRow]) -> None:
        self.model.set_rows(notices)
        self._fill_years(sorted({row.issued_on.year for row in notices}, reverse=True))
        view = self.ui.noticeView
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.emptyLabel.setVisible(not notices)
        keep = self._keep_selected
        self._keep_selected = set()
        if keep:
            self.select_ids(keep)
        self._show_count()
        self._update_actions()
        if self._shown is not None and self.selected_ids() == [self._shown.detail.id]:
            self._show_selected()  # its state may have changed

    def _fill_years(self, years: list[int]) -> None:
        combo = self.ui.yearCombo
        wanted = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_tr("全部"), None)
        for year in years:
            combo.addItem(_tr("{year}年").format(year=year), year)
        combo.setCurrentIndex(max(combo.findData(wanted), 0))
        combo.blockSignals(False)
        self._apply_filter()

    # ---------------------------------------------------------------- filters

    def notice_filter(self) -> NoticeFilter:
        """The filters as the widgets show them."""
        ui = self.ui
        return NoticeFilter(
            state=ui.stateCombo.currentData(),
            level=ui.levelCombo.currentData(),
            year=ui.yearCombo.currentData(),
            text=ui.filterEdit.text(),
        )

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.notice_filter())
        self._show_count()
        self._update_actions()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = _tr("共{n}份").format(n=total)
        if shown != total:
            text = _tr("显示{shown}份，共{n}份").format(shown=shown, n=total)
        self.ui.countLabel.setText(text)

    # -------------------------------------------------------------- selection

    def shown_rows(self) -> list[NoticeRow]:
        """The register rows on screen, top to bottom (after filter and sort)."""
        proxy = self.proxy
        return [
            self.model.row_at(proxy.mapToSource(proxy.index(line, 0)).row())
            for line in range(proxy.rowCount())
        ]

    def selected_rows(self) -> list[NoticeRow]:
        """The selected notices, top to bottom."""
        selection = self.ui.noticeView.selectionModel()
        if selection is None:
            return []
        lines = sorted({index.row() for index in selection.selectedRows()})
        rows = []
        for line in lines:
            source = self.proxy.mapToSource(self.proxy.index(line, 0))
            if source.isValid():
                rows.append(self.model.row_at(source.row()))
        return rows

    def selected_ids(self) -> list[int]:
        """The ids of the selected notices."""
        return [row.id for row in self.selected_rows()]

    def select_ids(self, ids: set[int]) -> None:
        """Select these notices where the filter shows them; the first becomes current."""
        view = self.ui.noticeView
        selection = view.selectionModel()
        selection.clearSelection()
        first = True
        for line, row in enumerate(self.model.rows()):
            if row.id not in ids:
                continue
            index = self.proxy.mapFromSource(self.model.index(line, 0))
            if not index.isValid():
                continue
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            selection.select(index, flags)
            if first:
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
                view.scrollTo(index)
                first = False

    def _selection_changed(self) -> None:
        self._update_actions()
        self._show_selected()

    def _update_actions(self) -> None:
        ui = self.ui
        rows = self.selected_rows()
        one = len(rows) == 1
        ui.viewButton.setEnabled(one)
        for button in (ui.reprintButton, ui.printButton, ui.openButton):
            button.setEnabled(bool(rows))
        ui.exportButton.setEnabled(bool(rows) or self.proxy.rowCount() > 0)
        state = state_code(rows[0]) if one else ""
        # the service says which state may follow which
        ui.repliedButton.setEnabled(one and can_change_state(state, "replied"))
        ui.closedButton.setEnabled(one and can_change_state(state, "closed"))
        ui.voidButton.setEnabled(one and can_change_state(state, "void"))

    # --------------------------------------------------------- document pane

    def _show_selected(self) -> None:
        """Read the selected notice's details and document, and show them beside the list."""
        ids = self.selected_ids()
        if len(ids) != 1:
            self._shown_reads.drop()
            self._shown = None
            self.ui.detailLabel.clear()
            message = _tr("已选{n}份通知。").format(n=len(ids)) if ids else ""
            self.preview.set_message(message or _tr("选择一份通知查看原文。"))
            return
        ctx = self.ctx
        notice_id = ids[0]

        def read(_progress: Progress) -> ShownNotice:
            from creditdesk.services.notice_register import notice_detail, notice_pdf

            return ShownNotice(notice_detail(ctx, notice_id), notice_pdf(ctx, notice_id))

        self._shown_reads.start(read, self._shown_read, self._shown_failed)

    def _shown_read(self, shown: ShownNotice) -> None:
        same = self._shown is not None and self._shown.pdf == shown.pdf
        self._shown = shown
        self.ui.detailLabel.setText(self._describe(shown.detail))
        if not same:
            self.preview.set_pdf(shown.pdf)

    def _shown_failed(self, error: Exception) -> None:
        self._shown = None
        self.ui.detailLabel.clear()
        self.preview.set_message(error_text(error))

    @staticmethod
    def _describe(detail: NoticeDetail) -> str:
        heading = f"{detail.number}　{detail.title}"
        facts = [
            _tr("发文：{date}（{who}）").format(
                date=format_date(detail.issued_on), who=detail.issued_by or _tr("未记录")
            ),
        ]
        if detail.reply_by is not None:
            facts.append(_tr("回复期限：{date}").format(date=format_date(detail.reply_by)))
        facts.append(_tr("状态：{state}").format(state=detail.state_label))
        if not detail.has_stored_pdf:
            facts.append(_tr("原文件不在工作区中，按登记内容重新生成"))
        return heading + "\n" + "　".join(facts)

    def shown_pdf(self) -> bytes:
        """The document in the pane beside the list (empty while none is shown)."""
        return self._shown.pdf if self._shown is not None else b""

    # -------------------------------------------------------------- documents

    def _documents(self, ids: Sequence[int]) -> bytes:
        """One notice's stored document, or the notices combined for printing."""
        from creditdesk.services.notice_register import combined_pdf, notice_pdf

        if len(ids) == 1:
            return notice_pdf(self.ctx, ids[0])
        return combined_pdf(self.ctx, ids)

    def _job_title(self, rows: Sequence[NoticeRow]) -> str:
        if len(rows) == 1:
            return f"{rows[0].number} {rows[0].unit}"
        return _tr("督办通知（{n}份）").format(n=len(rows))

    def view_selected(self) -> PdfPreviewDialog | None:
        """查看: the selected notice's stored document in a window of its own."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        try:
            pdf = self._documents([rows[0].id])
        except UserError as error:
            self.report_error(error)
            return None
        dialog = PdfPreviewDialog(pdf, self._job_title(rows), self)
        dialog.print_button.clicked.disconnect()
        dialog.print_button.clicked.connect(
            lambda: self.print_document(dialog, pdf, self._job_title(rows), True)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def reprint_selected(self) -> bytes | None:
        """重新打印: the very document issued (the stored bytes), to the default printer."""
        return self.print_selected(ask=False)

    def print_selected(self, ask: bool = True) -> bytes | None:
        """打印…: the selected notices through the system print dialog; returns what printed."""
        rows = self.selected_rows()
        if not rows:
            return None
        try:
            pdf = self._documents([row.id for row in rows])
        except UserError as error:
            self.report_error(error)
            return None
        self.print_document(self, pdf, self._job_title(rows), ask)
        return pdf

    def open_selected(self) -> Path | None:
        """用查看器打开: write the selected notices to a temporary folder and open them."""
        from creditdesk.services.notice_register import export_notice_pdfs

        rows = self.selected_rows()
        if not rows:
            return None
        folder = Path(tempfile.gettempdir()) / "creditdesk-notices"
        try:
            if len(rows) == 1:
                path = export_notice_pdfs(self.ctx, [rows[0].id], folder)[0]
            else:
                folder.mkdir(parents=True, exist_ok=True)
                path = inside(folder, self._job_title(rows), "督办通知", ".pdf", is_path=False)
                atomic_files.write_bytes(path, self._documents([row.id for row in rows]))
        except (UserError, OSError) as error:
            self.report_error(error)
            return None
        if not self.open_file(path):
            self.report_error(UserError(_tr("没有可打开PDF文件的程序：{path}").format(path=path)))
        return path

    def _export_ids(self) -> list[int]:
        selected = self.selected_ids()
        return selected or [row.id for row in self.shown_rows()]

    def export_selected(self, folder: Path | None = None) -> None:
        """导出PDF: each selected notice (all shown when none is) as its own file in a folder."""
        ids = self._export_ids()
        if not ids:
            return
        folder = folder or self.files.folder(self, _tr("导出到文件夹"))
        if folder is None:
            return
        self._export_files(ids, folder)

    def _export_files(self, ids: Sequence[int], folder: Path) -> None:
        from creditdesk.services.notice_register import export_notice_pdfs

        ctx = self.ctx
        wanted = list(ids)
        run_job(
            lambda _progress: export_notice_pdfs(ctx, wanted, folder),
            title=_tr("正在导出督办通知"),
            on_success=while_alive(self, lambda paths: self._exported(paths, folder)),
            on_error=self.report_error,
            parent=self,
            pool=self.pool,
        )

    def export_combined(self, path: Path | None = None) -> None:
        """导出PDF: the selected notices (all shown when none is) in one PDF for printing."""
        from creditdesk.services.notice_register import combined_pdf

        ids = self._export_ids()
        if not ids:
            return
        suggested = _tr("督办通知（{n}份）.pdf").format(n=len(ids))
        path = path or self.files.save_file(
            self, _tr("导出合并的PDF"), suggested, _tr("PDF 文件 (*.pdf)")
        )
        if path is None:
            return
        ctx = self.ctx
        target = path

        def write(_progress: Progress) -> list[Path]:
            data = combined_pdf(ctx, ids)
            try:
                atomic_files.write_bytes(target, data)
            except OSError as error:
                raise UserError(
                    _tr("无法写入{path}：{reason}").format(
                        path=target, reason=error.strerror or error
                    )
                ) from error
            return [target]

        run_job(
            write,
            title=_tr("正在导出督办通知"),
            on_success=while_alive(self, lambda paths: self._exported(paths, target.parent)),
            on_error=self.report_error,
            parent=self,
            pool=self.pool,
        )

    def _exported(self, paths: list[Path], folder: Path) -> None:
        from creditdesk.ui.common.file_dialogs import offer_to_open

        if len(paths) == 1:
            text = _tr("已导出：{path}").format(path=paths[0])
            offer_to_open(self, _tr("导出PDF"), text, paths[0], self.open_file)
        else:
            text = _tr("已导出{n}个PDF文件到：{folder}").format(n=len(paths), folder=folder)
            offer_to_open(self, _tr("导出PDF"), text, folder, self.open_file)

    # ------------------------------------------------------------------ states

    def set_selected_state(self, state: str) -> NoticeStateCommand | None:
        """标记已回复 / 办结 the selected notice, as one undo step."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        command = NoticeStateCommand(
            self.ctx,
            row.id,
            row.number,
            state,
            on_done=self._changed,
            on_error=self.report_error,
        )
        self._keep_selected = {row.id}
        self.undo_stack.push(command)
        return command

    def cancel_selected(self, reason: str | None = None) -> NoticeStateCommand | None:
        """作废 the selected notice (after asking why); the number stays taken. Undoable."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        if reason is None:
            reason = self.ask_reason(self, row.number)
            if reason is None:
                return None
        command = NoticeStateCommand(
            self.ctx,
            row.id,
            row.number,
            "void",
            reason=reason,
            on_done=self._changed,
            on_error=self.report_error,
        )
        self._keep_selected = {row.id}
        self.undo_stack.push(command)
        return command

    def _changed(self) -> None:
        self.signals.notices_changed.emit()

    def report_error(self, error: Exception) -> None:
        """Tell the clerk a service refused an action, without blocking."""
        error_box(self, _tr("督办"), error)

    # -------------------------------------------------------- generating

    def new_notices(
        self,
        as_of: dt.date | None = None,
        unit_id: int | None = None,
        obligation_ids: list[int] | None = None,
    ) -> NoticeIssueDialog:
        """生成通知…: the dialog that drafts, previews and issues notices.

        Args:
            as_of: count overdue items on this day (today when None).
            unit_id: start with this unit's overdue items (from the roster or the matrix).
            obligation_ids: start with these obligations (ticked on the home page or matrix).

        Returns:
            The dialog, open and modal to the window; issuing refreshes every page.
        """
        from creditdesk.ui.notices.notice_issue_dialog import NoticeIssueDialog

        dialog = NoticeIssueDialog(
            self.ctx,
            self.pool,
            self,
            as_of=as_of,
            unit_id=unit_id,
            obligation_ids=obligation_ids,
        )
        dialog.setModal(True)
        dialog.issued.connect(self._issued)
        self.issue_dialog = open_dialog(
            dialog, on_closed=lambda: setattr(self, "issue_dialog", None)
        )
        return dialog

    def _issued(self, notices: list[IssuedNotice]) -> None:
        if not notices:
            return
        self._keep_selected = {n.id for n in notices}
        self.signals.notices_changed.emit()
        self.issued_box = self._offer_batch(notices)

    def _offer_batch(self, notices: list[IssuedNotice]) -> QMessageBox:
        """Say what was issued and offer to print, open or export the batch."""
        numbers = (
            notices[0].number
            if len(notices) == 1
            else _tr("{first}至{last}").format(first=notices[0].number, last=notices[-1].number)
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            _tr("督办通知已发出"),
            _tr("已发出{n}份通知：{numbers}。\n通知已登记，原文件保存在工作区中。").format(
                n=len(notices), numbers=numbers
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        print_button = box.addButton(_tr("打印全部…"), QMessageBox.ButtonRole.AcceptRole)
        open_button = box.addButton(_tr("打开"), QMessageBox.ButtonRole.ActionRole)
        export_button = box.addButton(_tr("导出到文件夹…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(_tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(print_button)
        ids = [n.id for n in notices]

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is print_button:
                self.print_batch(ids)
            elif clicked is open_button:
                self.select_ids(set(ids))
                self.open_selected()
            elif clicked is export_button:
                folder = self.files.folder(self, _tr("导出到文件夹"))
                if folder is not None:
                    self._export_files(ids, folder)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _result: setattr(self, "issued_box", None))
        box.open()
        return box

    def print_batch(self, ids: Sequence[int]) -> bytes | None:
        """Print notices together (one after another, each on new sheets)."""
        try:
            pdf = self._documents(ids)
        except UserError as error:
            self.report_error(error)
            return None
        title = _tr("督办通知（{n}份）").format(n=len(ids))
        self.print_document(self, pdf, title, True)
        return pdf

    # -------------------------------------------------------------- templates

    def edit_templates(self) -> NoticeTemplateDialog | None:
        """通知模板…: edit the three levels' wording; 保存 is one undo step."""
        from creditdesk.services.notice_template import load_notice_templates
        from creditdesk.ui.notices.notice_template_dialog import NoticeTemplateDialog

        try:
            templates = load_notice_templates(self.ctx)
        except UserError as error:
            self.report_error(error)
            return None
        dialog = NoticeTemplateDialog(self.ctx, self.pool, templates, self)
        dialog.setModal(True)
        self.template_dialog = open_dialog(
            dialog,
            lambda: self._save_templates(dialog),
            on_closed=lambda: setattr(self, "template_dialog", None),
        )
        return dialog

    def _save_templates(self, dialog: NoticeTemplateDialog) -> None:
        from creditdesk.ui.notices.notice_commands import SaveTemplatesCommand

        if not dialog.changed():
            return
        self.undo_stack.push(
            SaveTemplatesCommand(
                self.ctx,
                dialog.original,
                dialog.edited(),
                on_saved=lambda _saved: None,
                on_error=self.report_error,
            )
        )

    # ------------------------------------------------------------------ menus

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view_selected()

    def _context_menu(self, pos: QPoint) -> None:
        if not self.selected_ids():
            return
        ui = self.ui
        menu = QMenu(self)
        for button in (ui.viewButton, ui.reprintButton, ui.printButton, ui.openButton):
            menu.addAction(button.text(), button.click).setEnabled(button.isEnabled())
        menu.addSeparator()
        for button in (ui.repliedButton, ui.closedButton, ui.voidButton):
            menu.addAction(button.text(), button.click).setEnabled(button.isEnabled())
        menu.popup(ui.noticeView.viewport().mapToGlobal(pos))
