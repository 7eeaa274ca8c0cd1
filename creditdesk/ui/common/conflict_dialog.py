"""修改冲突: another clerk saved the same record first; show both versions, keep one.

Nothing is lost: the clerk sees the other clerk's values beside their own and either applies
their own on top (re-apply) or discards them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from creditdesk.services.errors import StaleEditError
from creditdesk.ui.forms.ui_conflict_dialog import Ui_ConflictDialog


def _as_dict(value: object) -> dict[str, object]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, Mapping):
        return dict(value)
    return {}


class ConflictDialog(QDialog):
    """Both versions side by side; accepted means "apply mine on top of theirs"."""

    def __init__(
        self, error: StaleEditError, labels: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.setText(str(error))
        theirs, mine = _as_dict(error.theirs), _as_dict(error.mine)
        rows = [key for key in labels if theirs.get(key) != mine.get(key)]
        table = self.ui.table
        table.setRowCount(len(rows))
        for row, key in enumerate(rows):
            for column, text in enumerate((labels[key], theirs.get(key, ""), mine.get(key, ""))):
                table.setItem(row, column, QTableWidgetItem(str(text)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
