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


def test_a_date_box_calendar_names_months_and_weekdays_in_chinese(qtbot: QtBot) -> None:
    """The pop-up of a date box reads 四月 / 周一, not April / Mon."""
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QDateEdit

    make_application()
    edit = QDateEdit(QDate(2026, 4, 20))
    qtbot.addWidget(edit)
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    assert calendar.locale().language() == QLocale.Language.Chinese
    assert calendar.locale().monthName(4) == "四月"
    assert calendar.locale().dayName(1, QLocale.FormatType.ShortFormat) == "周一"


def test_the_window_title_names_the_program_once(qtbot: QtBot, empty_window: object) -> None:
    """The platform appends the display name unless the title already ends with it."""
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from creditdesk.services.settings import load_settings
    from creditdesk.ui.shell.main_window import MainWindow

    make_application()
    assert isinstance(empty_window, MainWindow)
    settings = replace(load_settings(empty_window.ctx), office_name="宝丰县信用办")
    empty_window.signals.settings_changed.emit(settings)
    title = empty_window.windowTitle()
    assert title == "宝丰县信用办 — 信用办工作台"
    assert title.endswith(QApplication.applicationDisplayName())
    assert title.count("信用办工作台") == 1


def test_the_command_line_help_reads_in_chinese(capsys: object) -> None:
    """`creditdesk --help` says 用法 and 选项, not usage and options."""
    import pytest

    from creditdesk.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert out.startswith("用法：")
    assert "usage" not in out and "options" not in out


def test_the_file_dialog_reads_in_chinese_throughout(qtbot: QtBot) -> None:
    """Qt's own translation leaves "Look in:" and "Files of type:" in English; not here."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QToolButton

    make_application()
    dialog = QFileDialog(None, "导入工作要点")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels == ["查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："]
    tips = [button.toolTip() for button in dialog.findChildren(QToolButton)]
    assert "后退" in tips and all(tips)  # the texts Qt does translate are still there
