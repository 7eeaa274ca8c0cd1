"""The table of a dropped folder: each file with its guessed unit, task and period, editable.

A guess the services are not sure of is shaded yellow with a tooltip saying so; once the
clerk sets a cell it counts as checked. Changing unit, task or period finds that unit's
obligation (应报事项) for the task and period again, so the submission is linked to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from creditdesk.services.arrival_guess import ArrivalGuess, GuessBook
from creditdesk.services.periods import Period
from creditdesk.ui.common.row_table_model import AnyIndex, ColumnHeaders
from creditdesk.ui.common.translate import translator

UNSURE = QColor("#fff4ce")
"""Yellow: a guess to check."""

FILE, UNIT, TASK, PERIOD = range(4)
_COLUMNS = ("文件", "报送单位", "任务", "报送期")


_tr = translator("ArrivalBatchModel")


@dataclass(frozen=True)
class ArrivalRow:
    """One dropped file and what it will be logged as."""

    path: Path
    unit_id: int | None
    node_id: int | None
    period: str
    obligation_id: int | None
    unsure: frozenset[int]
    """Columns whose guess is not sure (UNIT, TASK, PERIOD)."""


def row_from_guess(path: Path, guess: ArrivalGuess) -> ArrivalRow:
    """A table row for a file from the services' guess."""
    unsure = {
        column
        for column, sure in (
            (UNIT, guess.unit_sure),
            (TASK, guess.task_sure),
            (PERIOD, guess.period_sure),
        )
        if not sure
    }
    return ArrivalRow(
        path,
        guess.unit_id,
        guess.node_id,
        guess.period.code,
        guess.obligation_id,
        frozenset(unsure),
    )


class ArrivalBatchModel(ColumnHeaders, QAbstractTableModel):
    """Rows of :class:`ArrivalRow`; unit, task and period cells edit with ids as EditRole."""

    def __init__(self, book: GuessBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._units = {u.unit_id: u.name for u in book.units}
        self._tasks = {t.node_id: f"{t.label}{t.title}" for t in book.tasks}
        self._headers = [_tr(h) for h in _COLUMNS]
        self.rows: list[ArrivalRow] = []

    def set_rows(self, rows: list[ArrivalRow]) -> None:
        """Show a new batch."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    def column_titles(self) -> Sequence[str]:
        return self._headers

    def numbered_rows(self) -> int:
        return len(self.rows)

    def _text(self, row: ArrivalRow, column: int) -> str:
        if column == FILE:
            return row.path.name
        if column == UNIT:
            return self._units.get(row.unit_id or 0, _tr("（请选择单位）"))
        if column == TASK:
            return self._tasks.get(row.node_id or 0, _tr("（不关联任务）"))
        return Period.parse(row.period).label

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return {FILE: str(row.path), UNIT: row.unit_id, TASK: row.node_id}.get(
                column, row.period
            )
        if role == Qt.ItemDataRole.BackgroundRole and column in row.unsure:
            return QBrush(UNSURE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FILE:
                return str(row.path)
            if column in row.unsure:
                return _tr("按文件名推测，不确定，请核对（双击修改）")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() != FILE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == FILE:
            return False
        row = self.rows[index.row()]
        column = index.column()
        if column == UNIT:
            row = replace(row, unit_id=value if isinstance(value, int) else None)
        elif column == TASK:
            row = replace(row, node_id=value if isinstance(value, int) else None)
        else:
            try:
                row = replace(row, period=Period.parse(str(value)).code)
            except ValueError:
                return False
        row = replace(row, unsure=row.unsure - {column}, obligation_id=self._obligation(row))
        self.rows[index.row()] = row
        self.dataChanged.emit(self.index(index.row(), UNIT), self.index(index.row(), PERIOD))
        return True

    def _obligation(self, row: ArrivalRow) -> int | None:
        return next(
            (
                o.obligation_id
                for o in self._book.owed
                if (o.unit_id, o.node_id, o.period) == (row.unit_id, row.node_id, row.period)
            ),
            None,
        )

    def remove_rows(self, rows: list[int]) -> None:
        """Leave files out of the batch (a stray file in the folder)."""
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def unsure_count(self) -> int:
        """How many rows still hold a guess to check."""
        return sum(bool(row.unsure) for row in self.rows)

    def rows_without_unit(self) -> list[int]:
        """Rows (0-based) with no unit: they cannot be logged."""
        return [i for i, row in enumerate(self.rows) if row.unit_id is None]
