"""A read-only table model over a list of service rows, described by its columns.

Each concrete model (units, submissions, notices, …) only lists its columns; showing,
sorting and the row behind an index are the same for all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication, QTableView

R = TypeVar("R")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving a value that sorts correctly (dates as ISO text, counts as numbers)."""

SortKey = str | int

AnyIndex = QModelIndex | QPersistentModelIndex

_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, how a row shows in it and how it sorts.

    Attributes:
        header: the translated header text.
        display: the text shown for a row.
        sort_key: the value sorted on; the display text when omitted.
        numeric: right-aligned, as numbers are.
        tooltip: a longer text shown on hover, if any.
    """

    header: str
    display: Callable[[R], str]
    sort_key: Callable[[R], SortKey] | None = None
    numeric: bool = False
    tooltip: Callable[[R], str] | None = None


def read_only_flags(index: AnyIndex) -> Qt.ItemFlag:
    """The flags of a cell that can be selected but not edited, in a flat table."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )


class ColumnHeaders:
    """``headerData`` of an item model with fixed column titles, written once.

    The titles go across; down the side, rows are numbered 1, 2, … up to
    :meth:`numbered_rows` (none by default, as in trees). Put it before the Qt base class:
    ``class M(ColumnHeaders, QAbstractTableModel)``.
    """

    def column_titles(self) -> Sequence[str]:
        """The titles of the columns, in order."""
        raise NotImplementedError

    def numbered_rows(self) -> int:
        """How many rows carry a number down the side."""
        return 0

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.column_titles()
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(titles):
            return titles[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.numbered_rows():
            return str(section + 1)
        return None


class RowTableModel(ColumnHeaders, QAbstractTableModel, Generic[R]):
    """Rows of one service type, one per line, in the given columns; read-only.

    ``is_muted`` marks rows drawn in the disabled text colour (inactive units, for one).
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: QObject | None = None,
        *,
        is_muted: Callable[[R], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._is_muted = is_muted

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row (after a new query)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        """The rows in model order."""
        return list(self._rows)

    def row_at(self, row: int) -> R:
        """The service row shown on line ``row`` of this model."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_ALIGN_RIGHT if column.numeric else _ALIGN_LEFT).value)
        if role == Qt.ItemDataRole.ForegroundRole and self._is_muted and self._is_muted(row):
            return QBrush(
                QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
        return None

    def column_titles(self) -> Sequence[str]:
        return [column.header for column in self._columns]

    def numbered_rows(self) -> int:
        return len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)


def sorting_proxy(
    model: QAbstractTableModel, parent: QObject | None = None
) -> QSortFilterProxyModel:
    """A proxy that sorts ``model`` on :data:`SORT_ROLE`, comparing Chinese text by locale."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    proxy.setSourceModel(model)
    return proxy


def attach_sorted(
    view: QTableView,
    model: QAbstractTableModel,
    column: int = -1,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> QSortFilterProxyModel:
    """Show ``model`` in ``view`` through a sorting proxy, first sorted on ``column``.

    With ``column`` -1 the rows keep the order the service returned and no header shows a
    sort arrow until the user clicks one.
    """
    proxy = sorting_proxy(model, view)
    view.setModel(proxy)
    view.horizontalHeader().setSortIndicator(column, order)
    view.sortByColumn(column, order)
    return proxy
