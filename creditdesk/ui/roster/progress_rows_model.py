"""The rows of a filled progress sheet (进展情况表) and the task each will be logged under.

Matched rows start on their task, unplaced rows on 不导入; the last column is the one the clerk
edits (a combo of the sheet unit's tasks). :meth:`ProgressRowsModel.placements` gives what
``apply_progress_import`` takes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from creditdesk.services.progress_sheets import ProgressImportPreview, ProgressTask, RowKey
from creditdesk.ui.common.row_table_model import AnyIndex, ColumnHeaders
from creditdesk.ui.common.translate import translator

_tr = translator("ProgressRowsModel")


def task_text(task: ProgressTask) -> str:
    """A task as the combo lists it: （一）归集报送双公示信息."""
    return f"{task.label}{task.title}"


@dataclass(frozen=True)
class ProgressLine:
    """One sheet row with progress text, and where the import puts it."""

    key: RowKey
    unit: str
    text: str
    progress: str
    how: str
    matched: int | None
    tasks: tuple[ProgressTask, ...]


def progress_lines(preview: ProgressImportPreview) -> list[ProgressLine]:
    """The rows of every sheet that names a unit: matched first, then those to place."""
    lines: list[ProgressLine] = []
    for sheet in preview.sheets:
        if sheet.unit_id is None:
            continue
        for row in sheet.matched:
            lines.append(
                ProgressLine(
                    row.key, sheet.unit_name, row.title, row.progress, row.how,
                    row.obligation_id, sheet.tasks,
                )
            )  # fmt: skip
        for unplaced in sheet.unplaced:
            text = " ".join(t for t in (unplaced.label, unplaced.title) if t)
            lines.append(
                ProgressLine(
                    unplaced.key, sheet.unit_name, text, unplaced.progress, "", None, sheet.tasks
                )
            )
    return lines


class ProgressRowsModel(ColumnHeaders, QAbstractTableModel):
    """Rows to import, each with a chosen task (obligation id) or None for 不导入."""

    COLUMNS = ("单位", "行", "表中任务", "进展情况", "匹配方式", "登记到任务")
    TASK_COLUMN = 5

    def __init__(self, preview: ProgressImportPreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines = progress_lines(preview)
        self._chosen: list[int | None] = [line.matched for line in self._lines]

    def line(self, row: int) -> ProgressLine:
        """The sheet row on line ``row``."""
        return self._lines[row]

    def choices(self, row: int) -> list[tuple[str, int | None]]:
        """(text, obligation id) the line can be placed on, 不导入 first."""
        tasks = self._lines[row].tasks
        return [(_tr("（不导入）"), None), *((task_text(t), t.obligation_id) for t in tasks)]

    def chosen(self, row: int) -> int | None:
        """The obligation the line goes to, or None."""
        return self._chosen[row]

    def placements(self) -> dict[RowKey, int | None]:
        """The clerk's placements: every unplaced line, and matched lines moved or left out."""
        return {
            line.key: chosen
            for line, chosen in zip(self._lines, self._chosen, strict=True)
            if line.matched is None or chosen != line.matched
        }

    def units(self) -> list[str]:
        """The units the lines belong to, in order."""
        return list(dict.fromkeys(line.unit for line in self._lines))

    def counts(self) -> tuple[int, int]:
        """(lines to import, lines left out)."""
        placed = sum(1 for chosen in self._chosen if chosen is not None)
        return placed, len(self._chosen) - placed

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _task_name(self, row: int) -> str:
        chosen = self._chosen[row]
        for text, obligation_id in self.choices(row):
            if obligation_id == chosen:
                return text
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.TASK_COLUMN:
            return self._chosen[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2, 3):
            tips = {1: _tr("工作表“{sheet}”").format(sheet=line.key.sheet), 2: line.text}
            return tips.get(column, line.progress)
        if role == Qt.ItemDataRole.BackgroundRole and line.matched is None:
            return QBrush(QColor(255, 243, 205))  # to place: pale yellow
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            line.unit,
            str(line.key.row_number),
            line.text,
            line.progress,
            line.how or _tr("待指定"),
            self._task_name(index.row()),
        )
        return values[column]

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != self.TASK_COLUMN or index.row() >= len(self._lines):
            return False
        allowed = {obligation_id for _, obligation_id in self.choices(index.row())}
        if value not in allowed:
            return False
        self._chosen[index.row()] = value if isinstance(value, int) else None
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.TASK_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def column_titles(self) -> Sequence[str]:
        return [_tr(title) for title in self.COLUMNS]

    def numbered_rows(self) -> int:
        return len(self._lines)
