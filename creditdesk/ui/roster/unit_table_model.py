"""The roster table (成员单位): one line per unit, inactive units greyed, fields editable in place.

Editing a cell does not change the row here: the model asks (``edit_requested``) and the page
saves through an undoable command, then shows the saved unit with :meth:`replace_row`.
"""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import QObject, Qt, Signal

from creditdesk.model.unit_fields import FIELD_LABELS, UNIT_FIELDS
from creditdesk.services.roster import UnitRow
from creditdesk.ui.common.formatting import join_units
from creditdesk.ui.common.row_table_model import AnyIndex, Column, RowTableModel
from creditdesk.ui.common.translate import translator

_tr = translator("UnitTableModel")


EDITABLE_FIELDS: tuple[str, ...] = tuple(name for name in UNIT_FIELDS if name != "notes")
"""The unit fields of the first columns, in column order; each can be edited in place."""

CATEGORY_COLUMN = EDITABLE_FIELDS.index("category")


class UnitTableModel(RowTableModel[UnitRow]):
    """Units as ``list_units`` returns them, filtered there (in SQL), not here.

    Signals:
        edit_requested(row, field, text): the clerk typed ``text`` into the ``field`` cell of
            ``row`` (a ``UnitRow``); always text, so a phone 13803960001 stays as typed.
    """

    edit_requested = Signal(object, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[UnitRow]] = [
            *(Column(FIELD_LABELS[name], attrgetter(name)) for name in EDITABLE_FIELDS),
            Column(FIELD_LABELS["aliases"], lambda unit: join_units(unit.aliases)),
            Column(_tr("状态"), lambda unit: _tr("在册") if unit.active else _tr("已撤销")),
        ]
        super().__init__(columns, parent, is_muted=lambda unit: not unit.active)

    def field_of(self, column: int) -> str | None:
        """The unit field a column edits, or None for a read-only column."""
        return EDITABLE_FIELDS[column] if 0 <= column < len(EDITABLE_FIELDS) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.EditRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.field_of(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.field_of(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or field is None or index.row() >= self.rowCount():
            return False
        text = "" if value is None else str(value)
        row = self.row_at(index.row())
        if text.strip() == str(getattr(row, field)):
            return False
        self.edit_requested.emit(row, field, text)
        return True

    def row_of_unit(self, unit_id: int) -> int:
        """The line showing unit ``unit_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == unit_id), -1)

    def replace_row(self, unit: UnitRow) -> None:
        """Show the saved state of one unit already in the table."""
        line = self.row_of_unit(unit.id)
        if line < 0:
            return
        self._rows[line] = unit
        self.dataChanged.emit(self.index(line, 0), self.index(line, self.columnCount() - 1))
