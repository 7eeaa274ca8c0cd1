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
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox

from creditdesk.services.errors import UserError
from creditdesk.services.notice_issue import IssuedNotice
from creditdesk.services.notices import LEVEL_LABELS, STATE_LABELS, NoticeRow, list_notices
from creditdesk.services.progress import Progress
from creditdesk.ui.common.combos import refill_keeping_choice
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.file_dialogs import Opener, open_on_desktop
from creditdesk.ui.common.jobs import Job
from creditdesk.ui.common.messages import error_box
from creditdesk.ui.common.page import Page
from creditdesk.ui.common.pdf_view import PdfPreview, PdfPreviewDialog
from creditdesk.ui.common.selection import select_rows
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_notices_page import Ui_NoticesPage
from creditdesk.ui.notices.notice_detail_pane import NoticeDetailPane
from creditdesk.ui.notices.notice_documents import (
    NoticeDocuments,
    NoticeFiles,
    PdfPrinter,
    print_with_system,
)
from creditdesk.ui.notices.notice_state_actions import (
    NoticeStateActions,
    ReasonAsker,
    allowed_moves,
    ask_cancel_reason,
)
from creditdesk.ui.notices.notice_table_model import (
    NoticeFilter,
    NoticeFilterProxy,
    NoticeTableModel,
    state_code,
)

if TYPE_CHECKING:  # the dialogs load when first opened
    from creditdesk.ui.notices.notice_issue_dialog import NoticeIssueDialog
    from creditdesk.ui.notices.notice_template_dialog import NoticeTemplateDialog


_tr = translator("NoticesPage")


class NoticesPage(Page[list[NoticeRow]]):
    """The notice register with its filters, document pane and actions.

    The document actions live in :mod:`~creditdesk.ui.notices.notice_documents`, the state
    changes in :mod:`~creditdesk.ui.notices.notice_state_actions` and the pane beside the list
    in :mod:`~creditdesk.ui.notices.notice_detail_pane`; the page holds the register and hands
    them its selection and collaborators.

    Attributes:
        print_document: how a PDF is printed (tests record instead).
        open_file: how a PDF is opened in the system viewer (tests record instead).
        files: the file and folder dialogs (tests hand in fixed paths).
        ask_reason: asks why a notice is cancelled (tests answer).
        documents: view, print, open and export (each read in the background).
        states: 标记已回复, 办结, 作废.
        issue_dialog, template_dialog, issued_box, viewer: the dialogs last opened.
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
        self.viewer: PdfPreviewDialog | None = None
        self.model = NoticeTableModel(self)
        self.proxy = NoticeFilterProxy(self.model, self)
        self.preview = PdfPreview(self.ui.previewBox)
        self.ui.previewLayout.addWidget(self.preview)
        self.pane = NoticeDetailPane(self.ctx, self.pool, self, self.ui.detailLabel, self.preview)
        self.documents = NoticeDocuments(self)
        self.states = NoticeStateActions(self)
        self._keep_selected: set[int] = set()
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
        documents = self.documents
        ui.viewButton.clicked.connect(lambda: documents.view_selected())
        ui.reprintButton.clicked.connect(lambda: self.reprint_selected())
        ui.printButton.clicked.connect(lambda: documents.print_selected())
        ui.openButton.clicked.connect(lambda: documents.open_selected())
        export_menu = QMenu(self)
        export_menu.addAction(_tr("每份通知一个PDF…"), lambda: documents.export_selected())
        export_menu.addAction(
            _tr("合并为一个PDF（便于批量打印）…"), lambda: documents.export_combined()
        )
        ui.exportButton.setMenu(export_menu)
        ui.repliedButton.clicked.connect(lambda: self.states.set_selected_state("replied"))
        ui.closedButton.clicked.connect(lambda: self.states.set_selected_state("closed"))
        ui.voidButton.clicked.connect(lambda: self.states.cancel_selected())
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
        shown = self.pane.shown_id()
        if shown is not None and self.selected_ids() == [shown]:
            self._show_selected()  # its state may have changed

    def _fill_years(self, years: list[int]) -> None:
        entries = ((_tr("{year}年").format(year=year), year) for year in years)
        refill_keeping_choice(self.ui.yearCombo, entries, first=_tr("全部"))
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
        rows = (line for line, row in enumerate(self.model.rows()) if row.id in ids)
        indexes = (self.proxy.mapFromSource(self.model.index(line, 0)) for line in rows)
        select_rows(self.ui.noticeView, indexes)

    def keep_selected(self, ids: set[int]) -> None:
        """Select these notices again once the register has reloaded."""
        self._keep_selected = set(ids)

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
        allowed = allowed_moves(state_code(rows[0]) if one else "")  # the service's rule
        ui.repliedButton.setEnabled(allowed["replied"])
        ui.closedButton.setEnabled(allowed["closed"])
        ui.voidButton.setEnabled(allowed["void"])

    # --------------------------------------------------------- document pane

    def _show_selected(self) -> None:
        """Read the selected notice's details and document, and show them beside the list."""
        ids = self.selected_ids()
        if len(ids) == 1:
            self.pane.show(ids[0])
        else:
            self.pane.show_nothing(len(ids))

    def shown_pdf(self) -> bytes:
        """The document in the pane beside the list (empty while none is shown)."""
        return self.pane.shown_pdf()

    # ------------------------------------------------------ documents, states

    def reprint_selected(self) -> Job[bytes] | None:
        """重新打印 (Ctrl+P): the document as issued (stored bytes), to the default printer."""
        return self.documents.print_selected(ask=False)

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
                self.documents.print_batch(ids)
            elif clicked is open_button:
                self.select_ids(set(ids))
                self.documents.open_selected()
            elif clicked is export_button:
                folder = self.files.folder(self, _tr("导出到文件夹"))
                if folder is not None:
                    self.documents.export_files(ids, folder)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _result: setattr(self, "issued_box", None))
        box.open()
        return box

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
            self.documents.view_selected()

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
