"""文件 → 操作记录: the audit log with filters, and one entry's values before and after.

Filters: a date range (off by default: the whole log), who did it, the kind of record, and a
text searched in the operation, the record number and the recorded values. Typing waits for
a pause before it queries; the table reads more entries as it is scrolled.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from creditdesk.services.audit_view import AuditFilter, audit_detail, audit_kinds, audit_users
from creditdesk.services.context import ServiceContext
from creditdesk.ui.audit.audit_table_model import AuditTableModel
from creditdesk.ui.common.translate import translator

SEARCH_DELAY_MS = 300
"""Pause after typing before the log is searched."""


_tr = translator("AuditLogDialog")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AuditLogDialog(QDialog):
    """The audit log, newest first, narrowed by the filters at the top.

    Attributes:
        model: the entries shown (fetched page by page).
    """

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_tr("操作记录"))
        self.resize(980, 640)
        today = ctx.clock.today()
        self.dateCheck = QCheckBox(_tr("日期(&D)"), self)
        self.startDate = QDateEdit(_qdate(today - dt.timedelta(days=30)), self)
        self.endDate = QDateEdit(_qdate(today), self)
        for edit in (self.startDate, self.endDate):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy年M月d日")
            edit.setEnabled(False)
        self.userCombo = QComboBox(self)
        self.userCombo.addItem(_tr("全部操作人"), "")
        for user in audit_users(ctx):
            self.userCombo.addItem(user, user)
        self.kindCombo = QComboBox(self)
        self.kindCombo.addItem(_tr("全部类别"), "")
        for kind, label in audit_kinds(ctx):
            self.kindCombo.addItem(label, kind)
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setPlaceholderText(_tr("搜索操作、对象或内容…"))
        self.searchEdit.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self.dateCheck)
        filters.addWidget(self.startDate)
        filters.addWidget(QLabel(_tr("至"), self))
        filters.addWidget(self.endDate)
        for label, widget in (
            (_tr("操作人(&U)"), self.userCombo),
            (_tr("类别(&K)"), self.kindCombo),
        ):
            buddy = QLabel(label, self)
            buddy.setBuddy(widget)
            filters.addWidget(buddy)
            filters.addWidget(widget)
        filters.addWidget(self.searchEdit, 1)
        self.model = AuditTableModel(ctx, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detailEdit = QPlainTextEdit(self)
        self.detailEdit.setReadOnly(True)
        self.detailEdit.setPlaceholderText(_tr("选中一条记录，查看修改前后的内容"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detailEdit)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.countLabel = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.countLabel, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.searchEdit.textChanged.connect(self._search_timer.start)
        self.dateCheck.toggled.connect(self.startDate.setEnabled)
        self.dateCheck.toggled.connect(self.endDate.setEnabled)
        self.dateCheck.toggled.connect(self.apply_filters)
        self.startDate.dateChanged.connect(self.apply_filters)
        self.endDate.dateChanged.connect(self.apply_filters)
        self.userCombo.currentIndexChanged.connect(self.apply_filters)
        self.kindCombo.currentIndexChanged.connect(self.apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.apply_filters()
        self.searchEdit.setFocus()

    def filters(self) -> AuditFilter:
        """The filter the widgets describe."""
        dated = self.dateCheck.isChecked()
        return AuditFilter(
            start=self.startDate.date().toPython() if dated else None,  # type: ignore[arg-type]
            end=self.endDate.date().toPython() if dated else None,  # type: ignore[arg-type]
            user=str(self.userCombo.currentData() or ""),
            kind=str(self.kindCombo.currentData() or ""),
            text=self.searchEdit.text(),
        )

    @Slot()
    def apply_filters(self) -> None:
        """Query the log again with the filters as they are now."""
        self._search_timer.stop()
        self.model.set_filters(self.filters())
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detailEdit.clear()
        self.countLabel.setText(_tr("共{n}条记录").format(n=self.model.total))

    @Slot()
    def _show_detail(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.detailEdit.clear()
            return
        row = self.model.row_at(index.row())
        detail = audit_detail(self.ctx, row.id)
        parts = [f"{row.action}（{row.kind_label} {row.record_id}）".replace(" ）", "）")]
        if detail.before:
            parts += [_tr("修改前："), *("　" + line for line in detail.before)]
        if detail.after:
            parts += [_tr("修改后："), *("　" + line for line in detail.after)]
        self.detailEdit.setPlainText("\n".join(parts))
