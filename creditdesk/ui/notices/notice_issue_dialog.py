"""生成督办通知: choose what to chase, check the drafts one unit at a time, issue the batch.

The clerk starts from everything overdue as of a day, from one unit, or from the obligations
ticked on another page (the home page, the quarter matrix), and may add reminders (提醒函) for
items falling due soon. Each unit's draft is listed with its level (提醒 / 催报 / 督办), which
the clerk may change; the selected draft is previewed exactly as it will print, numbered
〔待编号〕. 发出 first says which document numbers the batch will take and for whom (numbers
are never given back), and only on 确定发出 numbers, draws and registers the ticked drafts in
one transaction, as a job with a progress dialog; nothing is written before that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.notice_choice import (
    CHOSEN,
    ONE_UNIT,
    OVERDUE,
    DraftRequest,
    choose_drafts,
)
from creditdesk.services.notice_drafts import NoticeDraft
from creditdesk.services.notice_issue import IssuedNotice
from creditdesk.services.notice_numbers import plan_numbers
from creditdesk.services.notice_template import LEVEL_LABELS, LEVELS, NoticeTemplates
from creditdesk.services.progress import Progress
from creditdesk.services.roster import UnitRow
from creditdesk.ui.common.combos import refill_keeping_choice
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.jobs import Job, LatestJob, run_job
from creditdesk.ui.common.messages import error_text
from creditdesk.ui.common.pdf_view import PdfPreview
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_notice_issue_dialog import Ui_NoticeIssueDialog
from creditdesk.ui.notices.notice_draft_model import (
    EARLIER_COLUMN,
    LEVEL_COLUMN,
    UNIT_COLUMN,
    NoticeDraftModel,
)

PREVIEW_DELAY_MS = 150
"""Moving through the drafts waits this long before drawing the preview."""

EARLIER_WIDTH = 170
"""The earlier-notices column is cut at this width so the unit names stay readable."""

AnyIndex = QModelIndex | QPersistentModelIndex


_tr = translator("NoticeIssueDialog")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


@dataclass(frozen=True)
class DraftsRead:
    """The drafts, and the roster and wording when the dialog did not have them yet."""

    drafts: list[NoticeDraft]
    units: list[UnitRow] | None
    templates: NoticeTemplates | None = None


def read_drafts(ctx: ServiceContext, request: DraftRequest, want_units: bool) -> DraftsRead:
    """The drafts for ``request``, with the roster and wording when the dialog lacks them."""
    from creditdesk.services.notice_template import load_notice_templates
    from creditdesk.services.roster import list_units

    units = list_units(ctx) if want_units else None
    templates = load_notice_templates(ctx) if want_units else None
    return DraftsRead(choose_drafts(ctx, request), units, templates)


class LevelDelegate(QStyledItemDelegate):
    """Edits a draft's level with a combo box of 提醒 / 催报 / 督办; a choice applies at once."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for level in LEVELS:
            combo.addItem(_tr(LEVEL_LABELS[level]), level)
        combo.activated.connect(lambda _row: self._chosen(combo))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NoticeIssueDialog(QDialog):
    """Drafts → preview → 发出.

    Args:
        ctx: the workspace's service context.
        pool: where drafts, previews and the issue job run.
        as_of: the day overdue is counted on (截至); today when None.
        unit_id: start with this unit's overdue items.
        obligation_ids: start with these obligations (chosen on another page).

    Signals:
        drafts_loaded(): the draft list was read again.
        preview_shown(): the preview pane shows the current draft.
        issued(list[IssuedNotice]): the batch was issued (the dialog then closes).
    """

    drafts_loaded = Signal()
    preview_shown = Signal()
    issued = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        pool: QThreadPool,
        parent: QWidget | None = None,
        *,
        as_of: dt.date | None = None,
        unit_id: int | None = None,
        obligation_ids: Sequence[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NoticeIssueDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.pool = pool
        self._obligation_ids = tuple(obligation_ids or ())
        self._unit_id = unit_id
        self._units_loaded = False
        self._drafts = LatestJob(self, pool, _tr("生成督办通知"))
        self._previews = LatestJob(self, pool, _tr("预览"))
        self._loading = False
        self._issuing: Job[list[IssuedNotice]] | None = None
        self.confirm_box: QMessageBox | None = None
        self._templates: NoticeTemplates | None = None
        self.wording_dialog: QWidget | None = None
        self.model = NoticeDraftModel(self)
        self.preview = PdfPreview(self.ui.previewBox)
        self.ui.previewLayout.addWidget(self.preview)
        self._setup(as_of or ctx.clock.today())
        self.refresh()

    # ------------------------------------------------------------------ setup

    def _setup(self, as_of: dt.date) -> None:
        ui = self.ui
        name_buttons(ui.buttonBox, _tr("发出"))
        ui.asOfDate.setDate(_qdate(as_of))
        ui.issuedOnDate.setDate(_qdate(self.ctx.clock.today()))
        ui.chosenRadio.setEnabled(bool(self._obligation_ids))
        ui.chosenRadio.setText(
            _tr("所选事项（{n}项）").format(n=len(self._obligation_ids))
            if self._obligation_ids
            else _tr("所选事项")
        )
        if self._unit_id is not None:
            ui.unitCombo.addItem(_tr("单位#{id}").format(id=self._unit_id), self._unit_id)
        if self._obligation_ids:
            ui.chosenRadio.setChecked(True)
        elif self._unit_id is not None:
            ui.unitRadio.setChecked(True)
        else:
            ui.overdueRadio.setChecked(True)
        view = ui.draftView
        view.setModel(self.model)
        view.setItemDelegateForColumn(LEVEL_COLUMN, LevelDelegate(view))
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = view.horizontalHeader()
        header.setSectionResizeMode(UNIT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.draft_changed.connect(self._draft_changed)
        self.model.modelReset.connect(self._update_summary)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_preview)

        for radio in (ui.overdueRadio, ui.unitRadio, ui.chosenRadio):
            radio.toggled.connect(self._mode_toggled)
        ui.unitCombo.currentIndexChanged.connect(self._unit_changed)
        ui.dueSoonCheck.toggled.connect(lambda _on: self.refresh())
        ui.asOfDate.dateChanged.connect(self._refresh_timer.start)
        ui.issuedOnDate.dateChanged.connect(self._preview_timer.start)
        ui.checkAllButton.clicked.connect(lambda: self.model.set_all_checked(True))
        ui.checkNoneButton.clicked.connect(lambda: self.model.set_all_checked(False))
        ui.wordingButton.clicked.connect(lambda: self.edit_wording())
        ui.buttonBox.accepted.connect(self.issue)
        ui.buttonBox.rejected.connect(self.reject)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([540, 620])
        ui.wordingButton.setEnabled(False)
        self._update_modes()

    # ---------------------------------------------------------------- choices

    def mode(self) -> str:
        """overdue, unit or chosen: how the drafts are chosen."""
        if self.ui.chosenRadio.isChecked():
            return CHOSEN
        if self.ui.unitRadio.isChecked():
            return ONE_UNIT
        return OVERDUE

    def as_of(self) -> dt.date:
        """The day overdue is counted on."""
        return _pydate(self.ui.asOfDate.date())

    def issued_on(self) -> dt.date:
        """The date the letters carry (and whose year numbers them)."""
        return _pydate(self.ui.issuedOnDate.date())

    def request(self) -> DraftRequest:
        """The choices on screen."""
        unit_id = self.ui.unitCombo.currentData()
        return DraftRequest(
            mode=self.mode(),
            as_of=self.as_of(),
            unit_id=unit_id if isinstance(unit_id, int) else None,
            obligation_ids=self._obligation_ids,
            due_soon=self.ui.dueSoonCheck.isChecked(),
        )

    def _mode_toggled(self, on: bool) -> None:
        if on:
            self._update_modes()
            self.refresh()

    def _update_modes(self) -> None:
        mode = self.mode()
        self.ui.unitCombo.setEnabled(mode == ONE_UNIT)
        self.ui.dueSoonCheck.setEnabled(mode != CHOSEN)

    def _unit_changed(self) -> None:
        if self.mode() == ONE_UNIT:
            self.refresh()

    def _fill_units(self, units: list[UnitRow]) -> None:
        refill_keeping_choice(self.ui.unitCombo, ((unit.name, unit.id) for unit in units))
        self._units_loaded = True

    # ----------------------------------------------------------------- drafts

    def is_loading(self) -> bool:
        """Whether the drafts are being read."""
        return self._loading

    def refresh(self) -> None:
        """Read the drafts again for the choices on screen (in the background)."""
        self._refresh_timer.stop()
        request = self.request()
        want_units = not self._units_loaded
        ctx = self.ctx
        self._loading = True
        self.ui.summaryLabel.setText(_tr("正在查找逾期事项…"))
        self.ui.errorLabel.clear()

        def read(_progress: Progress) -> DraftsRead:
            return read_drafts(ctx, request, want_units)

        self._drafts.start(read, self._drafts_read, self._drafts_failed)

    def _drafts_read(self, result: DraftsRead) -> None:
        self._loading = False
        if result.units is not None:
            self._fill_units(result.units)
        if result.templates is not None:
            self._templates = result.templates
        self.model.set_drafts(result.drafts)
        view = self.ui.draftView
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(UNIT_COLUMN, QHeaderView.ResizeMode.Stretch)
        if view.columnWidth(EARLIER_COLUMN) > EARLIER_WIDTH:  # the tooltip lists them all
            view.setColumnWidth(EARLIER_COLUMN, EARLIER_WIDTH)
        if result.drafts:
            view.selectRow(0)
        else:
            self._previews.drop()
            self.preview.set_message(self._nothing_to_notify())
        self._update_summary()
        self.drafts_loaded.emit()

    def _nothing_to_notify(self) -> str:
        when = format_date(self.as_of())
        if self.mode() == CHOSEN:
            return _tr("所选事项均已报送，不需要发通知。")
        return _tr("截至{date}没有需要催报的事项。").format(date=when)

    def _drafts_failed(self, error: Exception) -> None:
        self._loading = False
        self.model.set_drafts([])
        self.ui.summaryLabel.clear()
        self.ui.errorLabel.setText(error_text(error))
        self.drafts_loaded.emit()

    def _update_summary(self) -> None:
        checked = self.model.checked_drafts()
        total = self.model.rowCount()
        items = sum(len(d.items) for d in checked)
        if not self._loading:
            self.ui.summaryLabel.setText(
                _tr("共{total}个单位，已选{n}份通知、{items}项").format(
                    total=total, n=len(checked), items=items
                )
            )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("发出（{n}份）").format(n=len(checked)) if checked else _tr("发出"))
        ok.setEnabled(bool(checked) and self._issuing is None)

    def _draft_changed(self, row: int) -> None:
        self._update_summary()
        if row == self.current_row():
            self._preview_timer.start()

    def edit_wording(self) -> QWidget | None:
        """修改本份措辞…: the selected draft's own title and body (the template stays)."""
        from creditdesk.ui.notices.notice_wording_dialog import NoticeWordingDialog

        row = self.current_row()
        if row < 0 or self._templates is None:
            return None
        draft = self.model.draft_at(row)
        template = self._templates.for_level(draft.level)
        dialog = NoticeWordingDialog(draft.unit, template, draft.title, draft.body, self)
        dialog.setModal(True)
        self.wording_dialog = open_dialog(
            dialog,
            lambda: self.model.set_wording(row, *dialog.wording()),
            on_closed=lambda: setattr(self, "wording_dialog", None),
        )
        return dialog

    # ---------------------------------------------------------------- preview

    def current_row(self) -> int:
        """The draft line selected (previewed), -1 when none."""
        rows = self.ui.draftView.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.ui.wordingButton.setEnabled(self.current_row() >= 0)
        self._preview_timer.start()

    def _start_preview(self) -> None:
        row = self.current_row()
        if row < 0:
            self._previews.drop()
            return
        draft = self.model.draft_at(row)
        issued_on = self.issued_on()
        ctx = self.ctx

        def draw(_progress: Progress) -> bytes:
            from creditdesk.services.notice_letters import preview_pdf

            return preview_pdf(ctx, [draft], issued_on)

        if not self.preview.page_count():
            self.preview.set_message(_tr("正在生成预览…"))
        self._previews.start(draw, self._preview_drawn, self._preview_failed)

    def _preview_drawn(self, pdf: bytes) -> None:
        self.preview.set_pdf(pdf)
        self.preview_shown.emit()

    def _preview_failed(self, error: Exception) -> None:
        self.preview.set_message(error_text(error))
        self.preview_shown.emit()

    # ------------------------------------------------------------------ issue

    def issue(self) -> QMessageBox | None:
        """发出: say which numbers the ticked drafts will take and for whom, and ask first.

        Nothing is taken here; 确定发出 in the box (:attr:`confirm_box`) starts the issue,
        取消 leaves every number free.
        """
        drafts = self.model.checked_drafts()
        if not drafts or self._issuing is not None or self.confirm_box is not None:
            if not drafts:
                self.ui.errorLabel.setText(_tr("请至少勾选一个单位。"))
            return None
        self.ui.errorLabel.clear()
        issued_on = self.issued_on()
        try:
            plan = plan_numbers(self.ctx, drafts, issued_on)
        except UserError as error:  # no 文号 prefix yet: issuing would fail the same way
            self.ui.errorLabel.setText(error_text(error))
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("发出督办通知"),
            plan.summary() + "\n" + _tr("文号一经占用不再收回，确定发出吗？"),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Ok).setText(_tr("确定发出"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: (
                self._confirmed(drafts, issued_on)
                if box.standardButton(button) == QMessageBox.StandardButton.Ok
                else None
            )
        )
        box.finished.connect(self._confirm_closed)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()
        return box

    def _confirm_closed(self, _result: int) -> None:
        self.confirm_box = None

    def _confirmed(
        self, drafts: list[NoticeDraft], issued_on: dt.date
    ) -> Job[list[IssuedNotice]] | None:
        """Number, draw and register the drafts as confirmed; the dialog closes when done."""
        if self._issuing is not None:
            return None
        ctx = self.ctx

        def issue(progress: Progress) -> list[IssuedNotice]:
            from creditdesk.services.notice_issue import issue_notices

            return issue_notices(ctx, drafts, issued_on, progress)

        job = run_job(
            issue,
            title=_tr("正在发出督办通知"),
            on_success=self._issued,
            on_error=self._issue_failed,
            on_cancel=self._issue_cancelled,
            parent=self,
            pool=self.pool,
        )
        self._issuing = job
        self._set_busy(True)
        return job

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.modeBox, self.ui.draftPane, self.ui.issuedOnDate):
            widget.setEnabled(not busy)
        self._update_summary()

    def _issued(self, notices: list[IssuedNotice]) -> None:
        self._issuing = None
        self.issued.emit(notices)
        self.accept()

    def _issue_failed(self, error: Exception) -> None:
        self._issuing = None
        self._set_busy(False)
        self.ui.errorLabel.setText(error_text(error))

    def _issue_cancelled(self) -> None:
        self._issuing = None
        self._set_busy(False)
        self.ui.errorLabel.setText(_tr("已取消，没有发出任何通知。"))

    def reject(self) -> None:
        if self._issuing is None:  # a running issue finishes (or is cancelled) first
            super().reject()
