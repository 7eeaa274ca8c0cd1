"""The notice register (督办通知登记): number, unit, date, level and state of each notice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from creditdesk.services.notices import NoticeRow
from creditdesk.ui.formatting import format_date
from creditdesk.ui.models.row_table_model import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoticeTableModel", text)


class NoticeTableModel(RowTableModel[NoticeRow]):
    """Notices as ``list_notices`` returns them (level and state already Chinese)."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[NoticeRow]] = [
            Column(_tr("文号"), lambda row: row.number),
            Column(_tr("单位"), lambda row: row.unit),
            Column(
                _tr("发文日期"),
                lambda row: format_date(row.issued_on),
                sort_key=lambda row: row.issued_on.isoformat(),
            ),
            Column(_tr("类别"), lambda row: row.level),
            Column(_tr("状态"), lambda row: row.state),
            Column(
                _tr("督办事项"),
                lambda row: str(row.item_count),
                sort_key=lambda row: row.item_count,
                numeric=True,
            ),
        ]
        super().__init__(columns, parent)
