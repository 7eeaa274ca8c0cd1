"""Qt's own buttons and dialogs speak Chinese like the rest of the program."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from creditdesk.ui.shell.app import make_application


def test_standard_buttons_read_in_chinese(qtbot: QtBot) -> None:
    make_application()
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert {button.text() for button in box.buttons()} == {"确定", "取消"}
