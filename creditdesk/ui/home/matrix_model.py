"""The quarter matrix (季度一览) as a table: units down, tasks across, one coloured cell each.

A cell reads "2/3" (received / owed) in the colour of its most urgent state; an extension
(延期) shows in italics and with a corner mark, a due date counted on a calendar not yet
announced with an asterisk. The last row and column hold the totals per task and per unit.
Everything shown is computed by ``quarter_matrix``; the model only looks cells up, so switching
quarters costs the query plus an O(1) reset.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from creditdesk.services.matrix import DUE_SOON, MatrixCell, MatrixTask, MatrixUnit, QuarterMatrix
from creditdesk.services.periods import Period
from creditdesk.services.status import LATE, NOT_YET_DUE, ON_TIME, OVERDUE
from creditdesk.services.status_types import StatusCounts
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.row_table_model import read_only_flags
from creditdesk.ui.common.translate import translator

AnyIndex = QModelIndex | QPersistentModelIndex

CELL_ROLE = Qt.ItemDataRole.UserRole + 10
"""The cell's ``MatrixCell`` (None for the totals and for a unit without that task)."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 11
"""The cell's state code (overdue, due_soon, …), None when it has none."""
EXTENDED_ROLE = Qt.ItemDataRole.UserRole + 12
"""True when an obligation of the cell has an extension (the view draws a corner mark)."""
PROVISIONAL_ROLE = Qt.ItemDataRole.UserRole + 13
"""True when a due date of the cell is provisional (calendar not announced)."""

STATE_COLOURS = {
    ON_TIME: "#a5d6a7",  # green
    LATE: "#d4e09b",  # light olive
    DUE_SOON: "#fff176",  # yellow
    OVERDUE: "#ef9a9a",  # red
    NOT_YET_DUE: "#e3e3e3",  # light grey
}
"""Background of a cell by state, after the traffic lights clerks already use."""

EXTENSION_COLOUR = "#1e63c4"
"""The corner mark of an extended cell."""

_TEXT = QColor("#202020")


_tr = translator("MatrixModel")


def state_names() -> dict[str, str]:
    """The Chinese name of each cell state, for tooltips and the legend."""
    return {
        ON_TIME: _tr("按时报送"),
        LATE: _tr("逾期后报送"),
        DUE_SOON: _tr("即将到期"),
        OVERDUE: _tr("逾期未报"),
        NOT_YET_DUE: _tr("未到期"),
    }


def _period_label(code: str) -> str:
    try:
        return Period.parse(code).label
    except ValueError:
        return code


def _counts_text(counts: StatusCounts) -> str:
    return f"{counts.received}/{counts.due}"


def _counts_tooltip(title: str, counts: StatusCounts) -> str:
    return _tr(
        "{title}\n应报 {due}　按时报送 {on_time}　逾期后报送 {late}\n"
        "逾期未报 {overdue}　未到期 {open}"
    ).format(
        title=title,
        due=counts.due,
        on_time=counts.received_on_time,
        late=counts.received_late,
        overdue=counts.overdue,
        open=counts.not_yet_due,
    )


class MatrixModel(QAbstractTableModel):
    """One ``QuarterMatrix``: a row per unit and a column per task, plus a totals row and column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix: QuarterMatrix | None = None
        self._units: list[MatrixUnit] = []
        self._tasks: list[MatrixTask] = []
        self._grand = StatusCounts()
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes = {state: QBrush(QColor(colour)) for state, colour in STATE_COLOURS.items()}

    # --------------------------------------------------------------- content

    def set_matrix(self, matrix: QuarterMatrix | None) -> None:
        """Show another period's matrix (or nothing)."""
        self.beginResetModel()
        self._matrix = matrix
        self._units = list(matrix.units) if matrix else []
        self._tasks = list(matrix.tasks) if matrix else []
        self._grand = _sum(matrix.row_counts.values()) if matrix else StatusCounts()
        self.endResetModel()

    @property
    def matrix(self) -> QuarterMatrix | None:
        """The matrix shown."""
        return self._matrix

    def unit_at(self, row: int) -> MatrixUnit | None:
        """The unit of a row; None for the totals row."""
        return self._units[row] if 0 <= row < len(self._units) else None

    def task_at(self, column: int) -> MatrixTask | None:
        """The task of a column; None for the totals column."""
        return self._tasks[column] if 0 <= column < len(self._tasks) else None

    def cell_at(self, row: int, column: int) -> MatrixCell | None:
        """The cell of a unit and a task, if that unit owes that task in the period."""
        unit, task = self.unit_at(row), self.task_at(column)
        if self._matrix is None or unit is None or task is None:
            return None
        return self._matrix.cells.get((unit.unit_id, task.node_id))

    def is_total(self, row: int, column: int) -> bool:
        """Whether the index lies in the totals row or column."""
        return row == len(self._units) or column == len(self._tasks)

    # ------------------------------------------------------------- Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() or not self._units:
            return 0
        return len(self._units) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() or not self._tasks:
            return 0
        return len(self._tasks) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._matrix is None:
            return None
        row, column = index.row(), index.column()
        if self.is_total(row, column):
            return self._total_data(row, column, role)
        cell = self.cell_at(row, column)
        if role == CELL_ROLE:
            return cell
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{cell.received}/{len(cell.obligations)}"
            return f"{text}*" if cell.provisional else text
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes.get(cell.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _TEXT
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if cell.extended else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(row, column, cell)
        if role == STATE_ROLE:
            return cell.state
        if role == EXTENDED_ROLE:
            return cell.extended
        if role == PROVISIONAL_ROLE:
            return cell.provisional
        return None

    def _total_data(self, row: int, column: int, role: int) -> object:
        assert self._matrix is not None
        counts: StatusCounts | None = None
        title = ""
        unit, task = self.unit_at(row), self.task_at(column)
        if unit is not None:
            counts = self._matrix.row_counts.get(unit.unit_id)
            title = unit.name
        elif task is not None:
            counts = self._matrix.column_counts.get(task.node_id)
            title = f"{task.label} {task.title}".strip()
        else:
            counts = self._grand
            title = _tr("合计")
        if counts is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _counts_text(counts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _counts_tooltip(title, counts)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter.value)
        return None

    def _cell_tooltip(self, row: int, column: int, cell: MatrixCell) -> str:
        names = state_names()
        unit, task = self._units[row], self._tasks[column]
        lines = [f"{unit.name}　{task.label} {task.title}".strip()]
        # the service names the cell due soon; of its open obligations the nearest is the one
        open_dues = [o.due_date for o in cell.obligations if o.state == NOT_YET_DUE]
        soon = min(open_dues) if cell.state == DUE_SOON and open_dues else None
        for o in cell.obligations:
            due = format_date(o.due_date)
            state = DUE_SOON if o.state == NOT_YET_DUE and o.due_date == soon else o.state
            line = _tr("{period}：截止{due}，{state}").format(
                period=_period_label(o.period), due=due, state=names.get(state, state)
            )
            if o.received_on is not None:
                line += _tr("（{day}收到）").format(day=format_date(o.received_on))
            if o.extended:
                line += _tr("［已延期］")
            if o.provisional:
                line += "*"
            lines.append(line)
        if cell.provisional:
            lines.append(_tr("* 节假日安排未公布，截止日期暂定"))
        return "\n".join(lines)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            task = self.task_at(section)
            if section == len(self._tasks) and self._tasks:
                text, tip = _tr("合计"), _tr("该单位本期已报/应报")
            elif task is not None:
                text, tip = _short_header(section, task), f"{task.label} {task.title}".strip()
            else:
                return None
        else:
            unit = self.unit_at(section)
            if section == len(self._units) and self._units:
                text, tip = _tr("合计"), _tr("该任务本期已报/应报")
            elif unit is not None:
                text, tip = unit.name, unit.name
            else:
                return None
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)


def _sum(counts: Iterable[StatusCounts]) -> StatusCounts:
    total = StatusCounts()
    for c in counts:
        total = StatusCounts(
            total.due + c.due,
            total.received_on_time + c.received_on_time,
            total.received_late + c.received_late,
            total.overdue + c.overdue,
            total.not_yet_due + c.not_yet_due,
        )
    return total


HEADER_TITLE_CHARS = 5
"""How much of a task's title its column header shows (the tooltip has all of it)."""


def _short_header(section: int, task: MatrixTask) -> str:
    title = task.title
    if len(title) > HEADER_TITLE_CHARS:
        title = title[:HEADER_TITLE_CHARS] + "…"
    return f"{section + 1}. {task.label}\n{title}"
