"""Obligations (应报事项) to act on, as the home page lists them: overdue or due soon."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from creditdesk.services.status_types import ObligationLine
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.row_table_model import AnyIndex, Column, RowTableModel
from creditdesk.ui.common.translate import translator

_tr = translator("ObligationTableModel")


def _task(line: ObligationLine) -> str:
    return f"{line.task_label} {line.task_title}".strip()


def _due(line: ObligationLine) -> str:
    """The due date, marked * when it may still move and 延 when it is an extension."""
    text = format_date(line.due_date)
    if line.extended:
        text += _tr("（延）")
    return text + ("*" if line.provisional else "")


def _due_tip(line: ObligationLine) -> str:
    tips = []
    if line.provisional:
        tips.append(_tr("节假日安排未公布，截止日期暂定"))
    if line.extended:
        tips.append(_tr("已批准延期"))
    return "；".join(tips)


class ObligationTableModel(RowTableModel[ObligationLine]):
    """Lines of ``home_summary``; ``days_header`` names what ``days`` counts in this list.

    Args:
        days_header: 逾期工作日 for the overdue list, 剩余工作日 for the due-soon list.
    """

    def __init__(self, days_header: str, parent: QObject | None = None) -> None:
        columns: list[Column[ObligationLine]] = [
            Column(_tr("单位"), lambda line: line.unit),
            Column(_tr("任务"), _task, tooltip=_task),
            Column(_tr("报送期"), lambda line: line.period_label),
            Column(
                _tr("截止日期"),
                _due,
                sort_key=lambda line: line.due_date.isoformat(),
                tooltip=_due_tip,
            ),
            Column(
                days_header,
                lambda line: str(line.days),
                sort_key=lambda line: line.days,
                numeric=True,
            ),
        ]
        super().__init__(columns, parent)

    _new: frozenset[ObligationLine] = frozenset()

    def mark_new(self, lines: Iterable[ObligationLine]) -> None:
        """Show these lines in bold: they changed since the clerk last looked (自上次以来).

        The since-last panel above names only how many there are, so the list is not shown
        twice; the bold rows here are where to find them.
        """
        self._new = frozenset(lines)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def is_new(self, row: int) -> bool:
        """Whether line ``row`` is one of those marked new."""
        return self.row_at(row) in self._new

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and self._new and self.is_new(index.row()):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
                return _tr("自上次打开以来新出现")
        return super().data(index, role)
