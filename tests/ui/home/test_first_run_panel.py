"""开始使用: the home page's first-run checklist guides an empty workspace, step by step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from creditdesk.services.settings import load_settings, save_settings
from creditdesk.ui.home.home_page import HomePage
from creditdesk.ui.roster.roster_page import RosterPage
from creditdesk.ui.shell.main_window import MainWindow
from creditdesk.ui.shell.settings_dialog import SettingsDialog


def _home(window: MainWindow) -> HomePage:
    page = window.page(0)
    assert isinstance(page, HomePage)
    return page


def _states(page: HomePage) -> list[str]:
    return [label.text() for label in page.first_run.states.values()]


def test_an_empty_workspace_shows_the_checklist_with_settings_next(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    home = _home(empty_window)
    qtbot.waitUntil(lambda: home.first_run.isVisible(), timeout=10000)
    assert _states(home) == ["→ 下一步", "未开始", "未开始", "未开始", "未开始"]

    qtbot.mouseClick(home.first_run.buttons["settings"], Qt.MouseButton.LeftButton)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()
    )
    dialog.reject()

    qtbot.mouseClick(home.first_run.buttons["units"], Qt.MouseButton.LeftButton)
    assert isinstance(empty_window.current_page(), RosterPage)


def test_a_step_done_is_ticked_and_the_next_one_named(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    home = _home(empty_window)
    qtbot.waitUntil(lambda: home.first_run.isVisible(), timeout=10000)
    ctx = empty_window.ctx
    saved = save_settings(
        ctx, replace(load_settings(ctx), office_name="宝丰县信用办", doc_prefix="宝信用办")
    )
    with qtbot.waitSignal(home.loaded, timeout=10000):
        empty_window.signals.settings_changed.emit(saved)
    assert _states(home)[:2] == ["✓ 已完成", "→ 下一步"]
    assert home.first_run.buttons["units"].isDefault()


def test_a_workspace_in_use_shows_no_checklist(qtbot: QtBot, demo_window: MainWindow) -> None:
    home = _home(demo_window)
    qtbot.waitUntil(lambda: not home.is_loading(), timeout=10000)
    assert not home.first_run.isVisible()
