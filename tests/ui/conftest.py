"""Fixtures for the Qt interface tests: headless platform, workspaces and the main window."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Before any Qt import: the tests never open a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from creditdesk.services.context import FixedClock
from creditdesk.services.demo import build_demo
from creditdesk.services.workspace import Workspace, open_workspace
from creditdesk.ui.common.page import Page
from creditdesk.ui.shell.main_window import MainWindow

DEMO_DAY = dt.date(2025, 11, 12)
"""The day the demo is built for and the tests' clock shows: mid-quarter, after the notices."""

CLOCK = FixedClock(dt.datetime.combine(DEMO_DAY, dt.time(9, 0)))

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
"""A warning the headless platform prints for every new top-level window: not our fault."""

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Let the UI tests fail on Qt warnings, except the headless platform's own noise."""
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, built once; tests get their own copy."""
    directory = tmp_path_factory.mktemp("demo-template") / "demo"
    build_demo(directory, DEMO_DAY)
    return directory


@pytest.fixture
def empty_workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new workspace with no plan, units or submissions."""
    with open_workspace(tmp_path / "workspace", clock=CLOCK, user="测试员") as workspace:
        yield workspace


@pytest.fixture
def demo_workspace(tmp_path: Path, demo_template: Path) -> Iterator[Workspace]:
    """A private copy of the demo office: a plan, 30-odd units, a year of submissions."""
    directory = tmp_path / "demo"
    shutil.copytree(demo_template, directory)
    with open_workspace(directory, clock=CLOCK, user="测试员", backup=False) as workspace:
        yield workspace


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    """A thread pool of the test's own, drained afterwards so no job outlives the test."""
    own = QThreadPool()
    own.setMaxThreadCount(2)
    yield own
    own.waitForDone(5000)


def _shown_window(qtbot: QtBot, workspace: Workspace, pool: QThreadPool) -> MainWindow:
    window = MainWindow(workspace, pool=pool)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.pages[0].loaded, timeout=10000):
        window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def demo_window(qtbot: QtBot, demo_workspace: Workspace, pool: QThreadPool) -> MainWindow:
    """The main window, shown, over a copy of the demo office."""
    return _shown_window(qtbot, demo_workspace, pool)


@pytest.fixture
def empty_window(qtbot: QtBot, empty_workspace: Workspace, pool: QThreadPool) -> MainWindow:
    """The main window, shown, over a new empty workspace."""
    return _shown_window(qtbot, empty_workspace, pool)


TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def type_text(qtbot: QtBot) -> TypeText:
    """Type into a widget as a clerk would: keys for Latin text, the input method for Chinese.

    ``qtbot.keyClicks`` only knows Latin-1 key codes (QTest asserts on 县), and Chinese
    arrives through an input method anyway, as a committed string.
    """

    def type_into(widget: QWidget, text: str) -> None:
        widget.setFocus()
        for latin, chunk in itertools.groupby(text, key=lambda char: ord(char) < 128):
            run = "".join(chunk)
            if latin:
                qtbot.keyClicks(widget, run)
            else:
                event = QInputMethodEvent()
                event.setCommitString(run)
                QApplication.sendEvent(widget, event)

    return type_into


ShowPage = Callable[[MainWindow, int], Page[Any]]


@pytest.fixture
def show_page(qtbot: QtBot) -> ShowPage:
    """Switch the window to a page and wait until the page's data is on screen."""

    def show(window: MainWindow, row: int) -> Page[Any]:
        window.show_page(row)
        page = window.current_page()
        qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
        return page

    return show
