"""Messages for the user: the one error box, the one note box, and what an error says.

Every page and dialog reports a refusal or failure through :func:`error_box`, so the wording
(a service's Chinese message, or a note of an internal fault) and the behaviour (a warning box
that does not block the caller) are the same everywhere.
"""

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


def tell(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """Show a message without blocking the caller; returns the box (tests read its text)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def error_box(parent: QWidget | None, title: str, error: BaseException) -> QMessageBox:
    """Tell the user a service refused an action or a job failed, without blocking."""
    return tell(parent, title, error_text(error), warning=True)
