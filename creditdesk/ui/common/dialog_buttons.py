"""OK and Cancel of a dialog's button box in Chinese, whatever Qt translations are installed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox


def name_buttons(box: QDialogButtonBox, ok: str | None = None) -> None:
    """Label 确定 (or ``ok``, e.g. 导入) and 取消; Qt's own texts stay English without .qm files."""
    accept = box.button(QDialogButtonBox.StandardButton.Ok)
    if accept is not None:
        accept.setText(ok or QCoreApplication.translate("DialogButtons", "确定"))
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setText(QCoreApplication.translate("DialogButtons", "取消"))
