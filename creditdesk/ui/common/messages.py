"""Error messages for the user: a service's Chinese message, or a note of an internal fault."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from creditdesk.services.errors import UserError


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error``: its own message when it is a ``UserError``."""
    if isinstance(error, UserError):
        return str(error)
    return QCoreApplication.translate(
        "Messages", "程序内部错误（{kind}）：{detail}\n请将此信息告知技术支持人员。"
    ).format(kind=type(error).__name__, detail=error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show ``error`` in a modal message box and wait until the user closes it."""
    QMessageBox.critical(
        parent,
        title or QCoreApplication.translate("Messages", "信用办工作台"),
        error_text(error),
    )
