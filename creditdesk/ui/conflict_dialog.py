"""修改冲突: another clerk saved the same record first; show both versions, keep one.

Nothing is lost: the clerk sees the other clerk's values beside their own and either applies
their own on top (re-apply) or discards them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from creditdesk.services.errors import StaleEditError


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


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
        self.setWindowTitle(_tr("修改冲突"))
        layout = QVBoxLayout(self)
        message = QLabel(str(error), self)
        message.setWordWrap(True)
        layout.addWidget(message)
        theirs, mine = _as_dict(error.theirs), _as_dict(error.mine)
        rows = [key for key in labels if theirs.get(key) != mine.get(key)]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([_tr("项目"), _tr("对方保存的"), _tr("您的修改")])
        for row, key in enumerate(rows):
            for column, text in enumerate((labels[key], theirs.get(key, ""), mine.get(key, ""))):
                self.table.setItem(row, column, QTableWidgetItem(str(text)))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.reapply_button = buttons.addButton(
            _tr("用我的修改覆盖"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            _tr("放弃我的修改"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
