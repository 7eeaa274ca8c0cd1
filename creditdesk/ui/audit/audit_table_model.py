"""The audit log's lines (操作记录) for a table, a page at a time as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject

from creditdesk.chinese_dates import chinese_date
from creditdesk.services.audit_view import AuditFilter, AuditRow, audit_rows, count_audit_rows
from creditdesk.services.context import ServiceContext
from creditdesk.ui.common.row_table_model import AnyIndex, Column, RowTableModel
from creditdesk.ui.common.translate import translator

PAGE_SIZE = 200
"""Entries read per query; more come when the view scrolls near the end."""


_tr = translator("AuditTableModel")


def _when(row: AuditRow) -> str:
    return f"{chinese_date(row.at.date())} {row.at:%H:%M:%S}"


class AuditTableModel(RowTableModel[AuditRow]):
    """Entries matching a filter, newest first; :meth:`fetchMore` reads the next page.

    The order is the log's (newest first) and the filter runs in SQL, so a log of years
    opens as fast as a new one.
    """

    def __init__(
        self, ctx: ServiceContext, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        columns: list[Column[AuditRow]] = [
            Column(_tr("时间"), _when),
            Column(_tr("操作人"), lambda row: row.user),
            Column(_tr("类别"), lambda row: row.kind_label),
            Column(_tr("操作"), lambda row: row.action),
            Column(_tr("对象编号"), lambda row: row.record_id),
        ]
        super().__init__(columns, parent)
        self.ctx = ctx
        self.page_size = page_size
        self.filters = AuditFilter()
        self.total = 0

    def set_filters(self, filters: AuditFilter) -> None:
        """Show the first page of what ``filters`` match."""
        self.filters = filters
        self.total = count_audit_rows(self.ctx, filters)
        self.set_rows(audit_rows(self.ctx, filters, 0, self.page_size))

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self.rowCount() < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        first = self.rowCount()
        rows = audit_rows(self.ctx, self.filters, first, self.page_size)
        if not rows:  # entries vanished since the count (a restored backup): stop asking
            self.total = first
            return
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
