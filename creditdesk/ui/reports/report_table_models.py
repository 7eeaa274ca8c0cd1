"""The tables of the quarterly summary (季度通报) as the 报表 page previews them.

Three models over one :class:`~creditdesk.output.report_data.QuarterlyReport`: the unit
ranking (单位排名), the tasks (任务情况) and the missing items by unit (未报事项, a two-level
tree). They show the report's own rows, so what the clerk sees is what the PDF prints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    Qt,
)

from creditdesk.output.report_data import Figures, MissingByUnit, TaskLine, UnitLine, percent
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.row_table_model import (
    SORT_ROLE,
    AnyIndex,
    Column,
    ColumnHeaders,
    RowTableModel,
)
from creditdesk.ui.common.translate import translator

R = TypeVar("R")


_tr = translator("ReportTableModels")


def _rate_key(value: float | None) -> int:
    """Sorts rates as numbers, a unit with nothing assessable ("—") below 0 %."""
    return -1 if value is None else round(value * 100000)


def _figure_columns(figures: Callable[[R], Figures]) -> list[Column[R]]:
    """The seven figure columns both tables share, in the PDF's order."""

    def count(header: str, field: Callable[[Figures], int]) -> Column[R]:
        return Column(
            header,
            lambda row: str(field(figures(row))),
            sort_key=lambda row: field(figures(row)),
            numeric=True,
        )

    def share(header: str, field: Callable[[Figures], float | None]) -> Column[R]:
        return Column(
            header,
            lambda row: percent(field(figures(row))),
            sort_key=lambda row: _rate_key(field(figures(row))),
            numeric=True,
        )

    return [
        count(_tr("应报事项"), lambda f: f.due),
        count(_tr("按时报送"), lambda f: f.received_on_time),
        count(_tr("逾期报送"), lambda f: f.received_late),
        count(_tr("逾期未报"), lambda f: f.overdue),
        count(_tr("尚未到期"), lambda f: f.not_yet_due),
        share(_tr("按时报送率"), lambda f: f.on_time_rate),
        share(_tr("报送率"), lambda f: f.received_rate),
    ]


class UnitRankingModel(RowTableModel[UnitLine]):
    """The ranked units (单位排名): rank, unit, the five counts and the two rates."""

    RANK, UNIT = 0, 1
    ON_TIME_RATE = 7

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[UnitLine]] = [
            Column(
                _tr("排名"), lambda row: str(row.rank), sort_key=lambda row: row.rank, numeric=True
            ),
            Column(_tr("单位"), lambda row: row.unit),
            *_figure_columns(lambda row: row.figures),
        ]
        super().__init__(columns, parent)


PlacedTask = tuple[int, TaskLine]
"""A task row with its position in the plan, so the 序号 column sorts in plan order."""


class TaskFiguresModel(RowTableModel[PlacedTask]):
    """The tasks (任务情况) in plan order: 序号, task, the five counts and the two rates."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[PlacedTask]] = [
            Column(_tr("序号"), lambda row: row[1].label, sort_key=lambda row: row[0]),
            Column(_tr("任务"), lambda row: row[1].title, tooltip=lambda row: row[1].title),
            *_figure_columns(lambda row: row[1].figures),
        ]
        super().__init__(columns, parent)

    def set_tasks(self, tasks: Sequence[TaskLine]) -> None:
        """Show the report's tasks, numbered in the order given (the plan's)."""
        self.set_rows(list(enumerate(tasks)))


_NO_PARENT = 0
"""internalId of a unit row; an item row stores its unit's row number + 1."""


class MissingItemsModel(ColumnHeaders, QAbstractItemModel):
    """Missing items by unit (未报事项): unit rows (worst first) with their items below.

    Columns: unit or task, the item's period, its due date, days overdue, and 已延期 when
    the due date was extended.
    """

    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[MissingByUnit] = []
        self._headers = [
            _tr("单位 / 未报事项"),
            _tr("报送期"),
            _tr("截止日期"),
            _tr("逾期工作日"),
            _tr("备注"),
        ]

    def set_groups(self, groups: Sequence[MissingByUnit]) -> None:
        """Replace every row with the report's ``missing``."""
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def item_count(self) -> int:
        """How many missing items the model lists (over all units)."""
        return sum(len(group.items) for group in self._groups)

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return self.COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if column == 3 else Qt.AlignmentFlag.AlignLeft
            return int((align | Qt.AlignmentFlag.AlignVCenter).value)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.internalId() == _NO_PARENT:
            group = self._groups[index.row()]
            if column == 0:
                return _tr("{unit}（{n}项）").format(unit=group.unit, n=len(group.items))
            return None if role == Qt.ItemDataRole.ToolTipRole else ""
        item = self._groups[index.internalId() - 1].items[index.row()]
        if column == 0:
            return f"{item.task_label}{item.task_title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if column == 1:
            return item.period_label
        if column == 2:
            return item.due_date.isoformat() if role == SORT_ROLE else format_date(item.due_date)
        if column == 3:
            return item.days_overdue if role == SORT_ROLE else str(item.days_overdue)
        return _tr("已延期") if item.extended else ""

    def column_titles(self) -> Sequence[str]:
        return self._headers

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _NO_PARENT:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags


__all__ = [
    "MissingItemsModel",
    "PlacedTask",
    "TaskFiguresModel",
    "UnitRankingModel",
]
