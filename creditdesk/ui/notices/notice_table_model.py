"""The notice register (督办通知登记): number, unit, date, level and state of each notice.

The level column wears the usual three colours: yellow for a reminder (提醒), red for an
overdue notice (催报), deep red for a repeated one (督办). Void notices (已作废) are muted.
A register holds a few hundred notices a year, so :class:`NoticeFilterProxy` filters the
loaded rows in memory.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from creditdesk.services.notices import LEVEL_LABELS, STATE_LABELS, NoticeRow
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.row_table_model import SORT_ROLE, Column, RowTableModel
from creditdesk.ui.common.translate import translator

LEVEL_CODES = {label: code for code, label in LEVEL_LABELS.items()}
STATE_CODES = {label: code for code, label in STATE_LABELS.items()}

LEVEL_COLUMN = 3
STATE_COLUMN = 4

LEVEL_COLOURS: dict[str, tuple[str, str]] = {
    "reminder": ("#fff3b0", "#5c4a00"),  # yellow: before the due date
    "overdue": ("#f8c9c9", "#8e0000"),  # red: overdue
    "supervise": ("#c62828", "#ffffff"),  # deep red: overdue again after a notice
}
"""Background and text colour of the level cell, after the three-colour practice."""

STATE_COLOURS: dict[str, str] = {
    "issued": "#1e63c4",
    "replied": "#b35c00",
    "closed": "#1b7f3b",
    "void": "#8a8a8a",
}
"""Text colour of the state cell: open (blue), answered (amber), done (green), void (grey)."""

AnyIndex = QModelIndex | QPersistentModelIndex


_tr = translator("NoticeTableModel")


def level_code(row: NoticeRow) -> str:
    """reminder / overdue / supervise for a register row (which carries the Chinese label)."""
    return LEVEL_CODES.get(row.level, row.level)


def state_code(row: NoticeRow) -> str:
    """issued / replied / closed / void for a register row."""
    return STATE_CODES.get(row.state, row.state)


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
        super().__init__(columns, parent, is_muted=lambda row: state_code(row) == "void")
        self._level_brushes = {
            code: (QBrush(QColor(back)), QBrush(QColor(text)))
            for code, (back, text) in LEVEL_COLOURS.items()
        }
        self._state_brushes = {code: QBrush(QColor(c)) for code, c in STATE_COLOURS.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    def row_of(self, notice_id: int) -> int | None:
        """The model row of a notice, if loaded."""
        for line, row in enumerate(self.rows()):
            if row.id == notice_id:
                return line
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        column = index.column()
        if column == LEVEL_COLUMN and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            row = self.row_at(index.row())
            brushes = self._level_brushes.get(level_code(row))
            void = state_code(row) == "void"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter.value)
            if brushes is None or void:
                return super().data(index, role)
            if role == Qt.ItemDataRole.BackgroundRole:
                return brushes[0]
            if role == Qt.ItemDataRole.ForegroundRole:
                return brushes[1]
            return self._bold if level_code(row) == "supervise" else None
        if column == STATE_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            return self._state_brushes.get(state_code(self.row_at(index.row())))
        return super().data(index, role)


@dataclass(frozen=True)
class NoticeFilter:
    """What the register shows: each None or empty value lets every notice through.

    Attributes:
        state: issued / replied / closed / void.
        level: reminder / overdue / supervise.
        year: the year of the issue date.
        text: part of the number or the unit's name.
    """

    state: str | None = None
    level: str | None = None
    year: int | None = None
    text: str = ""

    def accepts(self, row: NoticeRow) -> bool:
        """Whether ``row`` passes every filter."""
        if self.state is not None and state_code(row) != self.state:
            return False
        if self.level is not None and level_code(row) != self.level:
            return False
        if self.year is not None and row.issued_on.year != self.year:
            return False
        text = self.text.strip()
        return not text or text in row.number or text in row.unit


class NoticeFilterProxy(QSortFilterProxyModel):
    """Sorts a :class:`NoticeTableModel` like every table (on the sort role, Chinese by
    locale) and shows only the notices its :class:`NoticeFilter` accepts."""

    def __init__(self, model: NoticeTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSourceModel(model)
        self._model = model
        self._filter = NoticeFilter()

    @property
    def notice_filter(self) -> NoticeFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, notice_filter: NoticeFilter) -> None:
        """Show only the rows ``notice_filter`` accepts."""
        if notice_filter != self._filter:
            self.beginFilterChange()
            self._filter = notice_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if source_parent.isValid() or source_row >= self._model.rowCount():
            return False
        return self._filter.accepts(self._model.row_at(source_row))
