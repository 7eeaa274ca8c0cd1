"""Tables of the roster import: the column-mapping step and the preview's four lists.

The preview models are read-only row tables over the service's preview; the mapping model is
the one editable table: one line per sheet column, its last cell choosing the field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from creditdesk.model.unit_fields import FIELD_LABELS
from creditdesk.parsing.roster_sheet import FIELDS
from creditdesk.parsing.spreadsheet import SheetGrid
from creditdesk.services.roster_import import (
    ChangedUnit,
    NewUnit,
    RosterImportPreview,
    RowProblem,
    UnchangedUnit,
)
from creditdesk.ui.common.row_table_model import AnyIndex, Column, ColumnHeaders, RowTableModel
from creditdesk.ui.common.translate import translator

SAMPLE_ROWS = 3
"""How many cells under the header the mapping step shows per column."""


_tr = translator("RosterImportModels")


def column_letter(index: int) -> str:
    """Excel's name of a 0-based column: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def field_label(field: str | None) -> str:
    """The Chinese name of a roster field, 不导入 for None."""
    return _tr("（不导入）") if field is None else _tr(FIELD_LABELS[field])


# ------------------------------------------------------------------ the mapping step


class ColumnMappingModel(ColumnHeaders, QAbstractTableModel):
    """One line per sheet column: letter, header text, first cells, and the field it fills.

    Args:
        grid: the sheet as read.
        header_row: 1-based header row, or None when the sheet has none.
        mapping: field → 0-based column to start from.
    """

    COLUMNS = ("列", "表头", "前几行内容", "对应为")
    FIELD_COLUMN = 3

    def __init__(
        self,
        grid: SheetGrid,
        header_row: int | None,
        mapping: Mapping[str, int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._grid = grid
        self._header_row = header_row
        self._fields: list[str | None] = [None] * grid.width
        for field, column in mapping.items():
            if field in FIELDS and 0 <= column < grid.width:
                self._fields[column] = field

    @property
    def header_row(self) -> int | None:
        """1-based header row, None for a sheet without one."""
        return self._header_row

    def set_header_row(self, header_row: int | None) -> None:
        """Show headers and sample cells for another header row."""
        self.beginResetModel()
        self._header_row = header_row
        self.endResetModel()

    def mapping(self) -> dict[str, int]:
        """Field → 0-based column as chosen."""
        return {f: c for c, f in enumerate(self._fields) if f is not None}

    def set_field(self, column: int, field: str | None) -> None:
        """Make sheet column ``column`` fill ``field``; a field fills one column only."""
        if field is not None:
            for other, chosen in enumerate(self._fields):
                if chosen == field and other != column:
                    self._fields[other] = None
                    self._changed(other)
        self._fields[column] = field
        self._changed(column)

    def _changed(self, line: int) -> None:
        index = self.index(line, self.FIELD_COLUMN)
        self.dataChanged.emit(index, index)

    def header_text(self, column: int) -> str:
        """The header cell of a sheet column."""
        if self._header_row is None:
            return ""
        return self._grid.cell(self._header_row - 1, column)

    def samples(self, column: int) -> list[str]:
        """The first non-empty cells under the header."""
        start = 0 if self._header_row is None else self._header_row
        found: list[str] = []
        for row in range(start, len(self._grid.rows)):
            text = self._grid.cell(row, column)
            if text:
                found.append(text)
            if len(found) == SAMPLE_ROWS:
                break
        return found

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._fields):
            return None
        column, part = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole and part == self.FIELD_COLUMN:
            return self._fields[column]
        if role == Qt.ItemDataRole.ToolTipRole and part == 2:
            return "\n".join(self.samples(column))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if part == 0:
            hidden = _tr("（隐藏）") if column in self._grid.hidden_columns else ""
            return column_letter(column) + hidden
        if part == 1:
            return self.header_text(column)
        if part == 2:
            return " | ".join(self.samples(column))
        return field_label(self._fields[column])

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != self.FIELD_COLUMN or index.row() >= len(self._fields):
            return False
        if value is not None and value not in FIELDS:
            return False
        self.set_field(index.row(), value if isinstance(value, str) else None)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.FIELD_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def column_titles(self) -> Sequence[str]:
        return [_tr(title) for title in self.COLUMNS]

    def numbered_rows(self) -> int:
        return len(self._fields)


# ------------------------------------------------------------------ the preview


@dataclass(frozen=True)
class ChangeLine:
    """One field of one unit the import changes (the 修改 list is field by field)."""

    row_number: int
    unit: str
    field: str
    old: str
    new: str


def change_lines(changed: Sequence[ChangedUnit]) -> list[ChangeLine]:
    """Each changed unit's field changes, new aliases and reactivation as lines."""
    lines = []
    for unit in changed:
        for change in unit.changes:
            lines.append(
                ChangeLine(unit.row_number, unit.name, change.label, change.old, change.new)
            )
        if unit.new_aliases:
            aliases = "、".join(unit.new_aliases)
            lines.append(
                ChangeLine(unit.row_number, unit.name, _tr("别名"), "", _tr("新增：") + aliases)
            )
        if unit.reactivate:
            lines.append(
                ChangeLine(unit.row_number, unit.name, _tr("状态"), _tr("已停用"), _tr("恢复在册"))
            )
    return lines


class _Numbered(Protocol):
    @property
    def row_number(self) -> int: ...


N = TypeVar("N", bound=_Numbered)


def _row_column() -> Column[N]:
    """The sheet's row number (行) of a line, sorted as a number."""
    return Column(
        _tr("行"),
        lambda line: str(line.row_number),
        sort_key=lambda line: line.row_number,
        numeric=True,
    )


def new_units_model(
    preview: RosterImportPreview, parent: QObject | None = None
) -> RowTableModel[NewUnit]:
    """The 新增 list."""
    columns: list[Column[NewUnit]] = [
        _row_column(),
        Column(_tr("单位名称"), lambda n: n.fields.name),
        Column(_tr("类别"), lambda n: n.fields.category),
        Column(_tr("联络员"), lambda n: n.fields.liaison),
        Column(_tr("办公电话"), lambda n: n.fields.office_phone),
        Column(_tr("手机"), lambda n: n.fields.mobile),
        Column(_tr("别名"), lambda n: "、".join(n.aliases)),
    ]
    model = RowTableModel(columns, parent)
    model.set_rows(preview.new)
    return model


def changes_model(
    preview: RosterImportPreview, parent: QObject | None = None
) -> RowTableModel[ChangeLine]:
    """The 修改 list, field by field: old value → new value."""
    columns: list[Column[ChangeLine]] = [
        _row_column(),
        Column(_tr("单位名称"), lambda c: c.unit),
        Column(_tr("项目"), lambda c: c.field),
        Column(_tr("原内容"), lambda c: c.old),
        Column(_tr("新内容"), lambda c: c.new),
    ]
    model = RowTableModel(columns, parent)
    model.set_rows(change_lines(preview.changed))
    return model


def unchanged_model(
    preview: RosterImportPreview, parent: QObject | None = None
) -> RowTableModel[UnchangedUnit]:
    """The 无变化 list."""
    columns: list[Column[UnchangedUnit]] = [
        _row_column(),
        Column(_tr("单位名称"), lambda u: u.name),
    ]
    model = RowTableModel(columns, parent)
    model.set_rows(preview.unchanged)
    return model


def problems_model(
    preview: RosterImportPreview, parent: QObject | None = None
) -> RowTableModel[RowProblem]:
    """The 未导入 list: the row, its name and why."""
    columns: list[Column[RowProblem]] = [
        _row_column(),
        Column(_tr("单位名称"), lambda p: p.name),
        Column(_tr("原因"), lambda p: p.message),
    ]
    model = RowTableModel(columns, parent)
    model.set_rows(preview.problems)
    return model
