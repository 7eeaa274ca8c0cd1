"""Notice drafts (督办通知草稿) before issuing: one row per unit, ticked to send, level editable.

The clerk unticks a unit to leave it out of the batch and may change a draft's level (提醒 /
催报 / 督办) in the level column; :meth:`NoticeDraftModel.checked_drafts` gives the drafts to
issue, each with its level applied through ``dataclasses.replace``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from creditdesk.services.notice_drafts import NoticeDraft
from creditdesk.services.notice_template import LEVEL_LABELS, LEVELS, Level
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.row_table_model import ColumnHeaders
from creditdesk.ui.common.translate import translator
from creditdesk.ui.notices.notice_table_model import LEVEL_COLOURS

AnyIndex = QModelIndex | QPersistentModelIndex

UNIT_COLUMN, LEVEL_COLUMN, ITEMS_COLUMN, OVERDUE_COLUMN, EARLIER_COLUMN = range(5)

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
"""The level code (reminder / overdue / supervise) of a row, on the level column."""


_tr = translator("NoticeDraftModel")


class NoticeDraftModel(ColumnHeaders, QAbstractTableModel):
    """Drafts with a tick each (column 0) and an editable level (column 1).

    Signals:
        draft_changed(row): a row's tick or level changed.
    """

    draft_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[NoticeDraft] = []
        self._checked: list[bool] = []
        self._headers = [_tr("收文单位"), _tr("类别"), _tr("事项"), _tr("逾期"), _tr("此前通知")]
        self._brushes = {
            code: (QBrush(QColor(back)), QBrush(QColor(text)))
            for code, (back, text) in LEVEL_COLOURS.items()
        }

    def set_drafts(self, drafts: Sequence[NoticeDraft]) -> None:
        """Show new drafts, all ticked."""
        self.beginResetModel()
        self._drafts = list(drafts)
        self._checked = [True] * len(self._drafts)
        self.endResetModel()

    def drafts(self) -> list[NoticeDraft]:
        """Every draft, with the levels as edited."""
        return list(self._drafts)

    def draft_at(self, row: int) -> NoticeDraft:
        """The draft on line ``row``, with its level as edited."""
        return self._drafts[row]

    def checked_drafts(self) -> list[NoticeDraft]:
        """The ticked drafts, in the order shown: what 发出 issues."""
        return [d for d, on in zip(self._drafts, self._checked, strict=True) if on]

    def set_all_checked(self, checked: bool) -> None:
        """Tick or untick every draft."""
        if not self._drafts:
            return
        self._checked = [checked] * len(self._drafts)
        self.dataChanged.emit(
            self.index(0, UNIT_COLUMN),
            self.index(len(self._drafts) - 1, UNIT_COLUMN),
            [Qt.ItemDataRole.CheckStateRole],
        )
        for row in range(len(self._drafts)):
            self.draft_changed.emit(row)

    def set_wording(self, row: int, title: str | None, body: str | None) -> None:
        """Give the draft on line ``row`` its own title and body (None: the template's)."""
        draft = self._drafts[row]
        if (draft.title, draft.body) == (title, body):
            return
        self._drafts[row] = replace(draft, title=title, body=body)
        self.dataChanged.emit(self.index(row, UNIT_COLUMN), self.index(row, LEVEL_COLUMN))
        self.draft_changed.emit(row)

    def set_level(self, row: int, level: Level) -> None:
        """Send the draft on line ``row`` as ``level``."""
        self.setData(self.index(row, LEVEL_COLUMN), level, Qt.ItemDataRole.EditRole)

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._drafts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._drafts):
            return None
        draft = self._drafts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(draft, column)
        if role == Qt.ItemDataRole.EditRole and column == LEVEL_COLUMN:
            return draft.level
        if role == LEVEL_ROLE and column == LEVEL_COLUMN:
            return draft.level
        if role == Qt.ItemDataRole.CheckStateRole and column == UNIT_COLUMN:
            checked = self._checked[index.row()]
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(draft, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (ITEMS_COLUMN, OVERDUE_COLUMN):
                return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
            if column == LEVEL_COLUMN:
                return int(Qt.AlignmentFlag.AlignCenter.value)
        if column == LEVEL_COLUMN and role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[draft.level][0]
        if column == LEVEL_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            return self._brushes[draft.level][1]
        return None

    def _display(self, draft: NoticeDraft, column: int) -> str:
        if column == UNIT_COLUMN:
            if draft.title is not None or draft.body is not None:
                return _tr("{unit}（已改措辞）").format(unit=draft.unit)
            return draft.unit
        if column == LEVEL_COLUMN:
            return _tr(LEVEL_LABELS[draft.level])
        if column == ITEMS_COLUMN:
            return str(len(draft.items))
        if column == OVERDUE_COLUMN:
            return str(draft.overdue_count)
        return "、".join(e.number for e in draft.earlier)

    def _tooltip(self, draft: NoticeDraft, column: int) -> str | None:
        if column == LEVEL_COLUMN:
            return _tr("双击更改本通知的类别")
        if column == EARLIER_COLUMN and draft.earlier:
            return "\n".join(f"{e.number}（{format_date(e.issued_on)}）" for e in draft.earlier)
        if column == UNIT_COLUMN:
            return "\n".join(
                f"{item.task_title}（{item.period_label}，{format_date(item.due_date)}）"
                for item in draft.items
            )
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() >= len(self._drafts):
            return False
        row = index.row()
        if index.column() == UNIT_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            if checked == self._checked[row]:
                return True
            self._checked[row] = checked
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.draft_changed.emit(row)
            return True
        if index.column() == LEVEL_COLUMN and role == Qt.ItemDataRole.EditRole:
            if value not in LEVELS:
                return False
            level: Level = value
            if level != self._drafts[row].level:
                self._drafts[row] = replace(self._drafts[row], level=level)
                self.dataChanged.emit(index, index)
                self.draft_changed.emit(row)
            return True
        return False

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == UNIT_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == LEVEL_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def column_titles(self) -> Sequence[str]:
        return self._headers

    def numbered_rows(self) -> int:
        return len(self._drafts)
