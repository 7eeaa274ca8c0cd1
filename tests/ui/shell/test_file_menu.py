"""文件 and 帮助 menu entries: triggering each one shows what the clerk asked for."""

from __future__ import annotations

import zipfile
from pathlib import Path

from helpers.fakes import FakeFiles
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from creditdesk import __version__
from creditdesk.services.settings import load_settings
from creditdesk.ui.home.calendar_dialog import CalendarDialog
from creditdesk.ui.home.home_page import HomePage
from creditdesk.ui.notices.notices_page import NoticesPage
from creditdesk.ui.shell.main_window import MainWindow
from creditdesk.ui.shell.settings_dialog import SettingsDialog
from creditdesk.ui.tasks.tasks_page import TasksPage

PLAN = Path(__file__).parents[2] / "data" / "plans" / "xiping-plan.docx"


def _page_title(window: MainWindow) -> str:
    item = window.ui.navList.currentItem()
    assert item is not None
    return item.text()


def test_settings_entry_opens_the_settings_of_the_office(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.ui.actionSettings.trigger()
    dialogs = demo_window.findChildren(SettingsDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    office = load_settings(demo_window.ctx).office_name
    assert dialogs[0].ui.officeNameEdit.text() == office
    dialogs[0].reject()


def test_backup_entry_writes_the_archive_where_the_clerk_chose(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "备份.zip"
    demo_window.files = files = FakeFiles(to_save=target)
    demo_window.ui.actionBackup.trigger()
    assert files.suggested and files.suggested[0].endswith(".zip")  # the save dialog was asked
    qtbot.waitUntil(lambda: "已备份到" in demo_window.statusBar().currentMessage(), timeout=20000)
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist()


def test_backup_entry_cancelled_writes_nothing(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    archives = set(tmp_path.rglob("*.zip"))
    demo_window.files = files = FakeFiles(to_save=None)
    demo_window.ui.actionBackup.trigger()
    assert len(files.suggested) == 1
    demo_window.pool.waitForDone(20000)
    qtbot.wait(50)
    assert "已备份到" not in demo_window.statusBar().currentMessage()
    assert set(tmp_path.rglob("*.zip")) == archives


def test_import_plan_entry_shows_the_tasks_page_and_the_review_of_the_file(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    tasks = demo_window.page(1)
    assert isinstance(tasks, TasksPage)
    tasks.choose_plan_file = lambda: PLAN
    demo_window.ui.actionImportPlan.trigger()
    assert _page_title(demo_window) == "任务"
    qtbot.waitUntil(lambda: tasks.review is not None and tasks.review.isVisible(), timeout=30000)
    assert tasks.review is not None
    assert tasks.review.plan_model.rowCount() > 0  # the plan's sections, ready to check
    tasks.review.reject()


def test_calendar_entry_opens_the_work_calendar_from_the_home_page(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.show_page(2)
    demo_window.ui.actionCalendar.trigger()
    assert _page_title(demo_window) == "工作台"
    home = demo_window.page(0)
    assert isinstance(home, HomePage)
    assert isinstance(home.dialog, CalendarDialog) and home.dialog.isVisible()
    home.dialog.reject()


def test_notice_templates_entry_opens_the_template_editor_on_the_notices_page(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.ui.actionNoticeTemplates.trigger()
    assert _page_title(demo_window) == "督办"
    notices = demo_window.current_page()
    assert isinstance(notices, NoticesPage)
    dialog = notices.template_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_about_entry_names_the_program_and_its_version(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()

    QTimer.singleShot(0, read_and_close)
    demo_window.ui.actionAbout.trigger()  # modal: returns once the box is closed
    assert len(shown) == 1
    assert "信用办工作台" in shown[0] and __version__ in shown[0]


def test_quit_entry_closes_the_window(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.ui.actionQuit.trigger()
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=5000)


def test_a_local_workspace_offers_backup_but_no_user_accounts(demo_window: MainWindow) -> None:
    ui = demo_window.ui
    assert ui.actionBackup.isVisible() and not ui.actionUsers.isVisible()
