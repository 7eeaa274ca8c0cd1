"""收件: the submissions (报送材料) units handed in — filtered, sorted and paged in SQL.

The clerk logs what arrives (登记…, Ctrl+N, or files dropped on the page), reviews several rows
at once, opens an attachment in the system viewer and deletes a mistaken entry; every change
is one step on the window's undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QComboBox, QHeaderView, QMenu

from creditdesk.services.arrival_guess import load_guess_book
from creditdesk.services.errors import UserError
from creditdesk.services.inbox import REVIEW_LABELS, InboxFilter
from creditdesk.services.progress import Progress
from creditdesk.services.roster import UnitRow
from creditdesk.services.submissions import LoggedSubmission, SubmissionDraft
from creditdesk.services.tasks import TaskNode
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.jobs import Job
from creditdesk.ui.common.messages import error_box
from creditdesk.ui.common.page import Page
from creditdesk.ui.common.period_choices import fill_period_combo, recent_periods, select_period
from creditdesk.ui.common.selection import select_rows
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_inbox_page import Ui_InboxPage
from creditdesk.ui.inbox.arrival_batch_dialog import ArrivalBatchDialog, dropped_paths, files_in
from creditdesk.ui.inbox.attachment_actions import AttachmentActions, temporary_folder
from creditdesk.ui.inbox.inbox_commands import (
    DeleteSubmissionsCommand,
    ReviewCommand,
)
from creditdesk.ui.inbox.log_job import log_in_background
from creditdesk.ui.inbox.return_reason_dialog import ReturnReasonDialog
from creditdesk.ui.inbox.submission_dialog import Prefill, SubmissionDialog
from creditdesk.ui.inbox.submission_table_model import (
    FirstPage,
    InboxQuery,
    InboxSource,
    SubmissionTableModel,
)

SEARCH_DELAY_MS = 250
"""Typing pauses this long before the query runs, so each keystroke does not hit the database."""

FileOpener = Callable[[Path], bool]
"""Opens a file in the system's viewer (tests hand in a recorder)."""


_tr = translator("InboxPage")


def open_with_system(path: Path) -> bool:
    """Open a file with the program the desktop associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass(frozen=True)
class FilterChoices:
    """What the unit and task filters offer."""

    units: list[UnitRow]
    tasks: list[TaskNode]


@dataclass(frozen=True)
class InboxData:
    """One background read: the first page, and the filter choices when they were stale."""

    page: FirstPage
    choices: FilterChoices | None


def _task_nodes(tree: list[TaskNode], depth: int = 0) -> list[tuple[int, TaskNode]]:
    found: list[tuple[int, TaskNode]] = []
    for node in tree:
        found.append((depth, node))
        found.extend(_task_nodes(node.children, depth + 1))
    return found


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class InboxPage(Page[InboxData]):
    """The submission register with its filters, logging, review and attachments.

    Attributes:
        open_file: how an attachment is shown (the system viewer; tests replace it).
        dialog_files: what a new log dialog's 添加文件… asks with (tests replace it).
    """

    def setup(self) -> None:
        self.ui = Ui_InboxPage()
        self.ui.setupUi(self)
        self.open_file: FileOpener = open_with_system
        self.dialog: SubmissionDialog | None = None
        self.batch_dialog: ArrivalBatchDialog | None = None
        self.reason_dialog: ReturnReasonDialog | None = None
        """The open 退回补充 reason dialog, if any."""
        self.source = InboxSource(self.ctx)
        self.model = SubmissionTableModel(self, source=self.source)
        self._choices_stale = True
        self._keep_selected: set[int] = set()
        self._setup_table()
        self._setup_filters()
        self._setup_actions()
        self.signals.submissions_changed.connect(self.mark_stale)
        self.signals.units_changed.connect(self._choices_changed)
        self.signals.plan_imported.connect(self._choices_changed)

    # ------------------------------------------------------------------ setup

    def _setup_table(self) -> None:
        view = self.ui.submissionView
        view.setModel(self.model)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        view.doubleClicked.connect(self._double_clicked)
        view.selectionModel().selectionChanged.connect(self._update_actions)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)

    def _setup_filters(self) -> None:
        ui = self.ui
        today = self.ctx.clock.today()
        ui.unitFilterCombo.addItem(_tr("全部单位"), None)
        ui.taskFilterCombo.addItem(_tr("全部任务"), None)
        fill_period_combo(ui.periodFilterCombo, recent_periods(today), _tr("全部期间"))
        ui.reviewFilterCombo.addItem(_tr("全部"), None)
        for code, label in REVIEW_LABELS.items():
            ui.reviewFilterCombo.addItem(_tr(label), code)
        ui.fromDate.setDate(_qdate(today - dt.timedelta(days=30)))
        ui.toDate.setDate(_qdate(today))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(SEARCH_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        ui.filterEdit.textChanged.connect(self._filter_timer.start)
        for combo in (
            ui.unitFilterCombo,
            ui.taskFilterCombo,
            ui.periodFilterCombo,
            ui.reviewFilterCombo,
        ):
            combo.currentIndexChanged.connect(self.reload)
        ui.dateCheck.toggled.connect(self._dates_toggled)
        ui.fromDate.dateChanged.connect(self.reload)
        ui.toDate.dateChanged.connect(self.reload)
        ui.clearFiltersButton.clicked.connect(lambda: self.show_filter(InboxFilter()))

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.logButton.clicked.connect(lambda: self.open_log_dialog())
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.open_log_dialog())
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.submissionView)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        for button, state in (
            (ui.acceptButton, "accepted"),
            (ui.returnButton, "returned"),
            (ui.rejectButton, "rejected"),
            (ui.pendingButton, "pending"),
        ):
            button.clicked.connect(lambda _=False, state=state: self.review_selected(state))
        ui.openButton.clicked.connect(self.open_selected_attachment)
        self.attachments = AttachmentActions(self)
        ui.saveAsButton.clicked.connect(self.attachments.save_selected)
        ui.showFolderButton.clicked.connect(self.attachments.show_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        self._update_actions()

    # ---------------------------------------------------------------- filters

    def filters(self) -> InboxFilter:
        """The filters as the widgets show them."""
        ui = self.ui
        dated = ui.dateCheck.isChecked()
        return InboxFilter(
            text=ui.filterEdit.text().strip(),
            unit_id=ui.unitFilterCombo.currentData(),
            node_id=ui.taskFilterCombo.currentData(),
            period=ui.periodFilterCombo.currentData(),
            review_state=ui.reviewFilterCombo.currentData(),
            received_from=_pydate(ui.fromDate.date()) if dated else None,
            received_to=_pydate(ui.toDate.date()) if dated else None,
        )

    def focus_on(self, focus: object) -> None:
        """Another page asked to see submissions: show the filter it sent."""
        if isinstance(focus, InboxFilter):
            self.show_filter(focus)

    def show_filter(self, filters: InboxFilter) -> None:
        """Set every filter widget to ``filters`` and query once (the matrix opens a cell so)."""
        ui = self.ui
        widgets = (
            ui.filterEdit,
            ui.unitFilterCombo,
            ui.taskFilterCombo,
            ui.periodFilterCombo,
            ui.reviewFilterCombo,
            ui.dateCheck,
            ui.fromDate,
            ui.toDate,
        )
        for widget in widgets:
            widget.blockSignals(True)
        ui.filterEdit.setText(filters.text)
        self._select_data(ui.unitFilterCombo, filters.unit_id, _tr("单位#{id}"))
        self._select_data(ui.taskFilterCombo, filters.node_id, _tr("任务#{id}"))
        if filters.period:
            select_period(ui.periodFilterCombo, filters.period)
        else:
            ui.periodFilterCombo.setCurrentIndex(0)
        ui.reviewFilterCombo.setCurrentIndex(
            max(ui.reviewFilterCombo.findData(filters.review_state), 0)
        )
        dated = filters.received_from is not None or filters.received_to is not None
        ui.dateCheck.setChecked(dated)
        ui.fromDate.setEnabled(dated)
        ui.toDate.setEnabled(dated)
        if filters.received_from is not None:
            ui.fromDate.setDate(_qdate(filters.received_from))
        if filters.received_to is not None:
            ui.toDate.setDate(_qdate(filters.received_to))
        for widget in widgets:
            widget.blockSignals(False)
        self._filter_timer.stop()
        self.mark_stale()

    @staticmethod
    def _select_data(combo: QComboBox, value: int | None, missing: str) -> None:
        if value is None:
            combo.setCurrentIndex(0)
            return
        found = combo.findData(value)
        if found < 0:  # choices not loaded yet: keep the id until they are
            combo.addItem(missing.format(id=value), value)
            found = combo.count() - 1
        combo.setCurrentIndex(found)

    def _dates_toggled(self, on: bool) -> None:
        self.ui.fromDate.setEnabled(on)
        self.ui.toDate.setEnabled(on)
        self.reload()

    def _choices_changed(self) -> None:
        self._choices_stale = True
        self.mark_stale()

    def _fill_choices(self, choices: FilterChoices) -> None:
        ui = self.ui
        for combo in (ui.unitFilterCombo, ui.taskFilterCombo):
            combo.blockSignals(True)
        unit_id = ui.unitFilterCombo.currentData()
        node_id = ui.taskFilterCombo.currentData()
        ui.unitFilterCombo.clear()
        ui.unitFilterCombo.addItem(_tr("全部单位"), None)
        for unit in choices.units:
            text = unit.name if unit.active else _tr("{name}（已撤销）").format(name=unit.name)
            ui.unitFilterCombo.addItem(text, unit.id)
        ui.taskFilterCombo.clear()
        ui.taskFilterCombo.addItem(_tr("全部任务"), None)
        for depth, node in _task_nodes(choices.tasks):
            ui.taskFilterCombo.addItem("　" * depth + f"{node.label}{node.title}", node.id)
            if node.kind == "section":  # a section is a heading, not a filter of its own
                item = ui.taskFilterCombo.model().index(ui.taskFilterCombo.count() - 1, 0)
                ui.taskFilterCombo.model().setData(item, 0, Qt.ItemDataRole.UserRole - 1)
        ui.unitFilterCombo.setCurrentIndex(max(ui.unitFilterCombo.findData(unit_id), 0))
        ui.taskFilterCombo.setCurrentIndex(max(ui.taskFilterCombo.findData(node_id), 0))
        for combo in (ui.unitFilterCombo, ui.taskFilterCombo):
            combo.blockSignals(False)

    # ------------------------------------------------------------------ loading

    def fetch(self) -> Callable[[Progress], InboxData]:
        self._filter_timer.stop()
        self._keep_selected = set(self.selected_ids()) | self._keep_selected
        ctx = self.ctx
        source = self.source
        query = InboxQuery(self.filters(), self.model.query.sort, self.model.query.descending)
        want_choices = self._choices_stale
        self._choices_stale = False

        def read(_progress: Progress) -> InboxData:
            choices = None
            if want_choices:
                from creditdesk.services.roster import list_units
                from creditdesk.services.tasks import load_task_tree

                choices = FilterChoices(list_units(ctx, include_inactive=True), load_task_tree(ctx))
            return InboxData(source.first_page(query), choices)

        return read

    def present(self, data: InboxData) -> None:
        if data.choices is not None:
            self._fill_choices(data.choices)
        self.model.show_first_page(data.page)
        view = self.ui.submissionView
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        if view.columnWidth(2) > 320:
            view.setColumnWidth(2, 320)
        self._reselect()
        total = self.model.total
        self.ui.countLabel.setText(_tr("共{n}件").format(n=total))
        self._update_actions()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        # Channel and attachment count are not sortable in SQL: show the real order again.
        real = self.model.sort_column()
        if column != real:
            header = self.ui.submissionView.horizontalHeader()
            header.blockSignals(True)
            descending = self.model.query.descending
            header.setSortIndicator(
                real, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(False)

    # ---------------------------------------------------------------- selection

    def selected_ids(self) -> list[int]:
        """The submissions selected in the table, top to bottom."""
        selection = self.ui.submissionView.selectionModel()
        if selection is None:
            return []
        rows = sorted({index.row() for index in selection.selectedRows()})
        return [self.model.row_at(row).id for row in rows if row < self.model.rowCount()]

    def select_ids(self, ids: set[int]) -> None:
        """Select the loaded rows of these submissions."""
        rows = enumerate(self.model.rows())
        select_rows(
            self.ui.submissionView, (self.model.index(n, 0) for n, r in rows if r.id in ids)
        )

    def _reselect(self) -> None:
        if self._keep_selected:
            self.select_ids(self._keep_selected)
        self._keep_selected = set()

    def _update_actions(self) -> None:
        count = len(self.selected_ids())
        ui = self.ui
        for button in (
            ui.acceptButton,
            ui.returnButton,
            ui.rejectButton,
            ui.pendingButton,
            ui.deleteButton,
        ):
            button.setEnabled(count > 0)
        ui.openButton.setEnabled(count == 1 and self._current_row_files() > 0)
        ui.saveAsButton.setEnabled(ui.openButton.isEnabled())
        ui.showFolderButton.setEnabled(ui.openButton.isEnabled())

    def _current_row_files(self) -> int:
        ids = self.selected_ids()
        if len(ids) != 1:
            return 0
        line = self.model.row_of(ids[0])
        return self.model.row_at(line).attachment_count if line is not None else 0

    # ------------------------------------------------------------------ writes

    def report_error(self, error: Exception) -> None:
        """Tell the clerk a service refused an action, without blocking."""
        error_box(self, _tr("收件"), error)

    def _changed(self) -> None:
        self.signals.submissions_changed.emit()

    def open_log_dialog(
        self, prefill: Prefill | None = None, files: list[Path] | None = None
    ) -> SubmissionDialog:
        """Open 登记报送材料 (non-modal for tests; modal to the window for the clerk)."""
        dialog = SubmissionDialog(self.ctx, self, prefill=prefill, files=files)
        dialog.setModal(True)
        self.dialog = open_dialog(
            dialog, lambda: self.log(dialog), on_closed=lambda: setattr(self, "dialog", None)
        )
        return dialog

    def log(self, dialog: SubmissionDialog) -> Job[list[LoggedSubmission]]:
        """Log what the dialog holds in the background, as one undo step."""
        return self._log([dialog.draft()])

    def _log(self, drafts: list[SubmissionDraft]) -> Job[list[LoggedSubmission]]:
        def select(logged: list[LoggedSubmission]) -> None:
            self._keep_selected = {s.id for s in logged}

        return log_in_background(
            self.ctx,
            drafts,
            undo_stack=self.undo_stack,
            on_done=self._changed,
            on_error=self.report_error,
            on_logged=select,
            parent=self,
            pool=self.pool,
        )

    def review_selected(self, state: str) -> None:
        """Set the review state of every selected submission (one undo step).

        退回补充 first asks for the reason (the next notice quotes it); cancelling changes nothing.
        """
        ids = self.selected_ids()
        if not ids:
            return
        if state == "returned":
            self.ask_return_reason(ids)
            return
        self._push_review(ids, state)

    def ask_return_reason(self, ids: list[int]) -> ReturnReasonDialog:
        """Open 退回补充's reason dialog; OK returns ``ids`` with that reason."""
        dialog = ReturnReasonDialog(len(ids), self)
        dialog.setModal(True)
        self.reason_dialog = open_dialog(
            dialog,
            lambda: self._push_review(ids, "returned", dialog.reason()),
            on_closed=lambda: setattr(self, "reason_dialog", None),
        )
        return dialog

    def _push_review(self, ids: list[int], state: str, reason: str = "") -> None:
        self._keep_selected = set(ids)
        self.undo_stack.push(
            ReviewCommand(
                self.ctx,
                ids,
                state,
                reason=reason,
                on_done=self._changed,
                on_error=self.report_error,
            )
        )

    def delete_selected(self) -> None:
        """Delete the selected submissions (undo puts them back)."""
        ids = self.selected_ids()
        if ids:
            self.undo_stack.push(
                DeleteSubmissionsCommand(
                    self.ctx, ids, on_done=self._changed, on_error=self.report_error
                )
            )

    # -------------------------------------------------------------- attachments

    def open_selected_attachment(self) -> None:
        """Open the selected submission's file; with several, the clerk picks one from a menu."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        from creditdesk.services.inbox_lookups import attachments_of

        files = attachments_of(self.ctx, ids[0])
        if not files:
            return
        if len(files) == 1:
            self.open_attachment(ids[0], files[0].sha256, files[0].name)
            return
        menu = QMenu(self)
        for ref in files:
            action = menu.addAction(ref.name)
            action.triggered.connect(
                lambda _=False, ref=ref: self.open_attachment(ids[0], ref.sha256, ref.name)
            )
        button = self.ui.openButton
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def open_attachment(self, submission_id: int, sha256: str, name: str) -> Path | None:
        """Copy a stored file under its original name into a temporary folder and open it."""
        from creditdesk.services.attachment_blobs import local_copy
        from creditdesk.services.attachments import export_copy

        store = self.ctx.attachments_dir
        if store is None:
            self.report_error(UserError(_tr("该工作区没有附件库。")))
            return None
        # keyed on the content, not the submission number: two workspaces both have a No. 5
        folder = temporary_folder(sha256)
        try:
            local_copy(self.ctx, sha256)  # shared mode: fetch the content from the server first
            path = export_copy(store, sha256, name, folder)
        except (UserError, OSError) as error:
            self.report_error(error)
            return None
        if not self.open_file(path):
            self.report_error(UserError(_tr("没有可打开“{name}”的程序。").format(name=name)))
        return path

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.row_at(index.row()).attachment_count:
            self.open_selected_attachment()

    def _context_menu(self, pos: QPoint) -> None:
        if not self.selected_ids():
            return
        ui = self.ui
        menu = QMenu(self)
        for button in (ui.acceptButton, ui.returnButton, ui.rejectButton, ui.pendingButton):
            action = menu.addAction(_tr("审核为“{state}”").format(state=button.text()))
            action.triggered.connect(button.click)
        menu.addSeparator()
        menu.addAction(ui.openButton.text().replace("(&O)", ""), ui.openButton.click).setEnabled(
            ui.openButton.isEnabled()
        )
        for button in (ui.saveAsButton, ui.showFolderButton):
            menu.addAction(button.text().replace("(&S)", ""), button.click).setEnabled(
                button.isEnabled()
            )
        menu.addAction(ui.deleteButton.text(), ui.deleteButton.click)
        menu.popup(ui.submissionView.viewport().mapToGlobal(pos))

    # -------------------------------------------------------------- drag & drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """One file: 登记 with it; a folder or several files: the batch table."""
        paths = dropped_paths(event)
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        files = files_in(paths)
        if self.dialog is not None:
            self.dialog.add_files(files)
        elif len(files) == 1 and not paths[0].is_dir():
            self.open_log_dialog(files=files)
        elif files:
            self.open_batch_dialog(files)
        else:
            self.report_error(UserError(_tr("拖入的文件夹中没有文件。")))

    def open_batch_dialog(self, files: list[Path]) -> ArrivalBatchDialog:
        """登记一批报送材料: the guesses for every file in one table, logged on one confirm."""
        dialog = ArrivalBatchDialog(load_guess_book(self.ctx), files, self)
        dialog.setModal(True)
        self.batch_dialog = dialog
        open_dialog(
            dialog,
            lambda: self.log_batch(dialog),
            on_closed=lambda: setattr(self, "batch_dialog", None),
        )
        return dialog

    def log_batch(self, dialog: ArrivalBatchDialog) -> Job[list[LoggedSubmission]]:
        """Log the confirmed batch in the background as one undo step (all or nothing)."""
        return self._log(dialog.drafts())
